//! How text becomes the words of the index. `search.js` does exactly the same to a query
//! (`fold` and `WORD` there), so the two must change together.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Characters kept inside words besides letters and digits: "A&E" is one word, "a&e", found
/// only by text that contains it, not split into "a" and "e".
const WORD_CHARACTERS: [char; 1] = ['&'];

/// The words of `text`, in order: decomposed, accents dropped ("Gwasanaethau Ŵyr" and
/// "gwasanaethau wyr" match), lower case, split at anything but a letter, digit or `&`.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    let mut folded = text.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).peekable();
    std::iter::from_fn(move || {
        while folded.next_if(|c| !in_word(*c)).is_some() {}
        let mut word = String::new();
        while let Some(c) = folded.next_if(|c| in_word(*c)) {
            word.push(c);
        }
        (!word.is_empty()).then_some(word)
    })
}

fn in_word(c: char) -> bool {
    c.is_alphanumeric() || WORD_CHARACTERS.contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<String> {
        words(text).collect()
    }

    #[test]
    fn words_are_lower_case_without_accents_and_keep_ampersands() {
        assert_eq!(all("Waiting in A&E, at the Café!"), ["waiting", "in", "a&e", "at", "the", "cafe"]);
        assert_eq!(all("Gwasanaethau  Ŵyr — 8pm"), ["gwasanaethau", "wyr", "8pm"]);
        assert_eq!(all("don't"), ["don", "t"]);
        assert!(all(" … ").is_empty());
    }
}
