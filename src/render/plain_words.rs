//! The plain-words check of Easy Read text: a sentence over [`MAX_WORDS`] words, or a word
//! over [`MAX_SYLLABLES`] syllables that is not in [`KNOWN_WORDS`], is a warning on its own
//! line. These are the two things Easy Read guidance asks of every sentence (short, common
//! words); they are warnings, not errors, because only a reader can judge whether a long
//! word is the right one.
//!
//! Syllables are counted by a heuristic, not a dictionary (no pronunciation dictionary is
//! both small and well kept): each run of vowels (`a e i o u y`) is a syllable, a silent
//! final `e` is not (`make`), but a final `le` after a consonant is (`table`), and the endings
//! `-es` and `-ed` add none unless they follow a `t`/`d` or a hissing sound (`washes`,
//! `needed`). It errs on the generous side for words with a silent `e` inside
//! (`involvement` counts 4): such words that Easy Read uses often are in [`KNOWN_WORDS`].

use crate::diagnostics::{Diagnostic, Diagnostics, Location};
use std::path::Path;

/// The most words a sentence may have.
pub const MAX_WORDS: usize = 15;

/// The most syllables a word may have unless it is known.
pub const MAX_SYLLABLES: usize = 3;

/// Long words people who use health services meet often and Easy Read groups keep (with a
/// picture) rather than replace: health and involvement words, and the long months. Each
/// counts over [`MAX_SYLLABLES`] by [`syllables`] (a test holds the list to that), in
/// lowercase, plurals listed separately.
pub const KNOWN_WORDS: [&str; 29] = [
    "activities",
    "activity",
    "advocacy",
    "ambulances",
    "available",
    "comfortable",
    "communities",
    "community",
    "disabilities",
    "disability",
    "emergency",
    "everybody",
    "everything",
    "independent",
    "information",
    "interested",
    "interpreter",
    "involvement",
    "medication",
    "occupational",
    "opportunity",
    "physiotherapist",
    "physiotherapy",
    "receptionist",
    "receptionists",
    "television",
    "understanding",
    "university",
    "vaccination",
];

/// Checks one line of Easy Read text (Markdown: images are skipped, links read as their
/// words). `location` is where the line starts in its file.
pub fn check(line: &str, file: &Path, location: Location, diagnostics: &mut Diagnostics) {
    let text = words_of(line);
    for sentence in sentences(&text) {
        let words: Vec<&str> = sentence.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect();
        if words.len() > MAX_WORDS {
            let start: String = words[..4].join(" ");
            diagnostics.push(
                Diagnostic::warning(
                    "easy-read-long-sentence",
                    file,
                    format!(
                        "this Easy Read sentence has {} words (\"{start} …\"); keep each sentence to {MAX_WORDS} words or fewer",
                        words.len()
                    ),
                )
                .at(location)
                .hint("split it into two sentences, each on its own line, with one idea in each"),
            );
        }
        for (n, word) in words.iter().enumerate() {
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
            if is_name(bare, n) || KNOWN_WORDS.contains(&bare.to_lowercase().as_str()) {
                continue;
            }
            let count = syllables(bare);
            if count > MAX_SYLLABLES {
                diagnostics.push(
                    Diagnostic::warning(
                        "easy-read-long-word",
                        file,
                        format!("\"{bare}\" is a long word ({count} syllables) for Easy Read"),
                    )
                    .at(location)
                    .hint("use a shorter, everyday word, or explain it on the next line with a picture"),
                );
            }
        }
    }
}

/// A name or an abbreviation, which no shorter word can replace: a capital letter that does
/// not start the sentence (`Riverside`), or capitals throughout (`NHS`), or digits.
fn is_name(word: &str, position: usize) -> bool {
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    (capital && position > 0) || (word.len() > 1 && word.chars().all(|c| !c.is_lowercase())) || word.chars().any(|c| c.is_ascii_digit())
}

/// The words a reader reads in a line of Markdown: images dropped, links as their text.
fn words_of(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let image = rest[..open].ends_with('!');
        out.push_str(&rest[..if image { open - 1 } else { open }]);
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else {
            out.push('[');
            rest = after;
            continue;
        };
        let target_end = after[close..].find(')').map_or(after.len(), |i| close + i + 1);
        if !image {
            out.push_str(&after[..close]);
        }
        rest = &after[target_end..];
    }
    out.push_str(rest);
    out
}

/// Sentences end at `.`, `!` or `?` followed by a space or the end of the line.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut starts = 0;
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        let end = matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace);
        if end {
            out.push(&text[starts..=i]);
            starts = i + 1;
        }
    }
    out.push(&text[starts..]);
    out.into_iter().filter(|s| !s.trim().is_empty())
}

/// The heuristic syllable count of one word (see the module's documentation). At least 1.
pub fn syllables(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().filter(char::is_ascii_alphabetic).collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut count = 0;
    let mut previous = false;
    for (i, &c) in w.iter().enumerate() {
        // A `y` starting a word is a consonant (`yes`).
        let v = vowel(c) && !(c == 'y' && i == 0);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    let n = w.len();
    let ends = |s: &str| w.iter().rev().take(s.len()).rev().copied().eq(s.chars());
    let before = |k: usize| if n > k { w[n - k - 1] } else { 'a' };
    // `table`: the final `le` after a consonant is a syllable of its own.
    let syllabic_le = ends("le") && !vowel(before(2));
    if n > 2 && ends("e") && !vowel(before(1)) && !syllabic_le {
        count -= 1;
    } else if n > 3 && (ends("es") || ends("ed")) && !vowel(before(2)) {
        let syllabic = if ends("ed") { matches!(before(2), 't' | 'd') } else { matches!(before(2), 's' | 'x' | 'z' | 'h' | 'c' | 'g') };
        if !syllabic {
            count -= 1;
        }
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_syllables_of_common_words() {
        for (word, n) in [
            ("we", 1),
            ("make", 1),
            ("table", 2),
            ("asked", 1),
            ("needed", 2),
            ("washes", 2),
            ("people", 2),
            ("hospital", 3),
            ("appointment", 3),
            ("yes", 1),
            ("happy", 2),
            ("consultation", 4),
            ("accessibility", 6),
        ] {
            assert_eq!(syllables(word), n, "{word}");
        }
    }

    #[test]
    fn every_known_word_is_one_the_check_would_flag() {
        for word in KNOWN_WORDS {
            assert!(syllables(word) > MAX_SYLLABLES, "{word} counts {} syllables: it need not be listed", syllables(word));
            assert_eq!(word, word.to_lowercase());
        }
        assert!(KNOWN_WORDS.windows(2).all(|w| w[0] < w[1]), "keep the list in order");
    }

    #[test]
    fn reads_links_as_words_and_skips_images() {
        assert_eq!(words_of("![A phone](media/phone.svg) You can [phone us](/contact/)."), " You can phone us.");
        assert_eq!(words_of("A [bracket without a link."), "A [bracket without a link.");
    }

    #[test]
    fn names_and_numbers_are_not_long_words() {
        let mut d = Diagnostics::new();
        check("We met at Riverside Community Hospital on 12 November. NHS Lindenfield", Path::new("p.yaml"), Location::START, &mut d);
        assert!(d.into_sorted().is_empty());
    }
}
