//! Splits the index's words into chunks by the start they share, so that a query downloads
//! only the chunks its words can be in.
//!
//! A chunk's key is either a start ("wa": every word beginning "wa" that no longer key takes)
//! or a whole word followed by `$` ("the$": that word alone). A chunk over [`CHUNK_BYTES`] is
//! split by the next character, and a word as long as the start it was split at goes to a
//! chunk of its own, so that "therapy" never downloads the postings of "the". `search.js`
//! picks the chunks for a query word `q` by the same rule: a start `k` where `q` starts with
//! `k` or `k` starts with `q`; a whole word `k$` where `k` starts with `q`. A query word that
//! finds only itself (one or two letters) needs only the start `k` it begins with, or `q$`.

use serde::ser::{Serialize, SerializeMap, Serializer};

/// Above this size (of its JSON, roughly) a chunk is split. Small enough that a phone's query
/// downloads tens of kilobytes, large enough that a 10k+10k site has hundreds of chunks,
/// not tens of thousands.
const CHUNK_BYTES: usize = 16 * 1024;

pub struct Chunk {
    pub key: String,
    pub words: Words,
}

/// Words with their postings, in order; written as one JSON object.
pub struct Words(Vec<(String, Vec<u32>)>);

impl Serialize for Words {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (word, postings) in &self.0 {
            map.serialize_entry(word, postings)?;
        }
        map.end()
    }
}

/// `words` sorted by word.
pub fn split(words: Vec<(String, Vec<u32>)>) -> Vec<Chunk> {
    let mut chunks = Vec::new();
    split_at(String::new(), words, &mut chunks);
    chunks
}

fn split_at(start: String, mut words: Vec<(String, Vec<u32>)>, chunks: &mut Vec<Chunk>) {
    if words.len() <= 1 || words.iter().map(size).sum::<usize>() <= CHUNK_BYTES {
        chunks.push(Chunk { key: start, words: Words(words) });
        return;
    }
    if words[0].0 == start {
        let whole = words.remove(0);
        chunks.push(Chunk { key: format!("{start}$"), words: Words(vec![whole]) });
    }
    let at = start.len();
    while let Some(next) = words.first().and_then(|(w, _)| w[at..].chars().next()) {
        let longer = format!("{start}{next}");
        let cut = words.iter().position(|(w, _)| !w.starts_with(&longer)).unwrap_or(words.len());
        let rest = words.split_off(cut);
        split_at(longer, std::mem::replace(&mut words, rest), chunks);
    }
}

/// About the length of a word's entry in JSON: its quotes, colon and brackets, and each
/// number with its comma.
fn size((word, postings): &(String, Vec<u32>)) -> usize {
    word.len()
        + 5
        + postings
            .iter()
            .map(|n| {
                if *n < 10 {
                    2
                } else if *n < 100 {
                    3
                } else {
                    7
                }
            })
            .sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(word: &str, docs: usize) -> (String, Vec<u32>) {
        (word.to_string(), vec![1; docs * 2])
    }

    fn keys(chunks: &[Chunk]) -> Vec<&str> {
        chunks.iter().map(|c| c.key.as_str()).collect()
    }

    #[test]
    fn a_small_index_is_one_chunk_for_every_word() {
        let chunks = split(vec![entry("car", 3), entry("park", 2)]);
        assert_eq!(keys(&chunks), [""]);
    }

    #[test]
    fn a_large_chunk_is_split_by_the_next_character_and_a_common_word_goes_alone() {
        let words = vec![entry("the", 5000), entry("their", 2000), entry("therapy", 10), entry("then", 3000), entry("wait", 10)];
        let chunks = split(words);
        assert_eq!(keys(&chunks), ["the$", "thei", "ther", "then", "w"]);
        let all: Vec<&str> = chunks.iter().flat_map(|c| c.words.0.iter().map(|(w, _)| w.as_str())).collect();
        assert_eq!(all, ["the", "their", "therapy", "then", "wait"], "every word once, in order");
    }
}
