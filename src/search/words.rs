//! How text becomes the words of the index. `search.js` does exactly the same to a query
//! (`fold` and `WORD` there), so the two must change together.

use std::ops::Range;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Characters kept inside words besides letters and digits: "A&E" is one word, "a&e", found
/// only by text that contains it, not split into "a" and "e".
const WORD_CHARACTERS: [char; 1] = ['&'];

/// Appends the words of `text` to `out`, in order, and tells `found` where each one is in
/// `out`: decomposed, accents dropped ("Gwasanaethau Ŵyr" and "gwasanaethau wyr" match),
/// lower case, split at anything but a letter, digit or `&`.
///
/// One buffer holds all the words of a document: a string for each word was most of the
/// index's allocations (millions at 10k+10k). Each character is decomposed on its own: the
/// string's NFD only reorders combining marks as well, and those are dropped. ASCII, most of
/// any English text, skips the tables.
pub fn words(text: &str, out: &mut String, mut found: impl FnMut(Range<usize>)) {
    let mut start = out.len();
    let mut take = |c: char, out: &mut String| {
        if in_word(c) {
            out.push(c);
        } else if out.len() > start {
            found(start..out.len());
            start = out.len();
        }
    };
    for c in text.chars() {
        if c.is_ascii() {
            take(c.to_ascii_lowercase(), out);
        } else {
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    d.to_lowercase().for_each(|l| take(l, out));
                }
            });
        }
    }
    take(' ', out);
}

fn in_word(c: char) -> bool {
    c.is_alphanumeric() || WORD_CHARACTERS.contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<String> {
        let mut out = String::from("before ");
        let mut ranges = Vec::new();
        words(text, &mut out, |r| ranges.push(r));
        ranges.into_iter().map(|r| out[r].to_string()).collect()
    }

    #[test]
    fn words_are_lower_case_without_accents_and_keep_ampersands() {
        assert_eq!(all("Waiting in A&E, at the Café!"), ["waiting", "in", "a&e", "at", "the", "cafe"]);
        assert_eq!(all("Gwasanaethau  Ŵyr — 8pm"), ["gwasanaethau", "wyr", "8pm"]);
        assert_eq!(all("don't"), ["don", "t"]);
        assert!(all(" … ").is_empty());
        // Decomposed on its own, a capital I with a dot is "i", as the script's NFD makes it.
        assert_eq!(all("İSTANBUL’S"), ["istanbul", "s"]);
    }
}
