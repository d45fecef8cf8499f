//! The site search index: static files that `search.js` (the search page's script) reads.
//!
//! Why wedid makes its own instead of using a search engine's indexer: Pagefind, used before,
//! took a third of a 10k+10k build's CPU time and four times its memory (see
//! `bench/README.md`), for an index of the same shape. This one is made in a few hundred
//! milliseconds and still lets a phone download only what a query needs:
//!
//! - `index.json` names the build's folder and lists the word chunks, by the start their words
//!   share;
//! - `<build>/w/<n>.json` is one chunk: each word with the documents (and the part of each)
//!   that hold it;
//! - `<build>/d/<n>.json` holds [`SHARD`] documents: address, title, kind and the text shown
//!   under a result.
//!
//! The folder is named by a hash of its contents, so a browser or host that still has the
//! last build's files never mixes them with this build's. Words are made in [`words`]; the
//! script does the same to a query, matches words that start with each query word (less a
//! plural or verb ending, in English) and ranks matches in a title above those in a part.

mod chunks;
mod words;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::ops::Range;

/// Documents per file: results found together (in the same order as the site's lists) mostly
/// come from the same file, and a file stays a few kilobytes.
const SHARD: usize = 8;
/// The most characters of a document's or part's text kept for the excerpt under a result:
/// as much as the index holds of a story or page (`render::markdown::SEARCH_TEXT_CHARS`), so
/// the excerpt can show the word that was found.
const EXCERPT_CHARS: usize = 600;
/// Documents whose words are found in parallel before they join the index.
const BATCH: usize = 256;
/// What the script expects; changed whenever the files change shape.
const FORMAT: u32 = 1;

/// One thing a search can find: a project, story or page.
pub struct Document {
    /// Where the result links, with the site's base path.
    pub href: String,
    pub title: String,
    /// Shown beside the result: "Project", "Story", "Page".
    pub kind: String,
    /// Text found on the document as a whole (its summary, for example).
    pub text: String,
    pub sections: Vec<Section>,
}

/// A part of a document that has its own anchor on the page, such as one thing people said
/// with what was done about it.
pub struct Section {
    /// The `id` of this part on the real page.
    pub anchor: String,
    pub heading: String,
    pub text: String,
}

/// One file of the bundle, relative to the search page's folder.
pub struct BundleFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Where a word was found in a document: its title, its own text, or one of its sections.
/// `search.js` reads the same numbers.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Part(u32);

impl Part {
    const TITLE: Part = Part(0);
    const TEXT: Part = Part(1);
    fn section(n: usize) -> Part {
        Part(2 + n as u32)
    }
}

/// Indexes `documents` (in a fixed order, so the bundle is the same on every build) for a
/// site written in `language` (a BCP 47 tag such as `en-GB`). `abandoned` is asked between
/// batches of documents; once it says yes (the preview has a newer save to serve first), the
/// bundle is given up and `None` returned.
pub fn bundle(documents: &[Document], language: &str, abandoned: &(dyn Fn() -> bool + Sync)) -> Option<Vec<BundleFile>> {
    let postings = postings(documents, abandoned)?;
    let chunks = chunks::split(postings);
    if abandoned() {
        return None;
    }
    let mut files: Vec<BundleFile> =
        chunks.par_iter().enumerate().map(|(n, chunk)| BundleFile { name: format!("w/{n}.json"), bytes: json(&chunk.words) }).collect();
    // The words are in their files now: letting them go before the documents' files are made
    // keeps the two apart, and a build's memory is at its peak here.
    let keys: Vec<String> = chunks.into_iter().map(|c| c.key).collect();
    files.par_extend(documents.par_chunks(SHARD).enumerate().map(|(n, shard)| {
        let shown: Vec<Shown> = shard.iter().map(Shown::of).collect();
        BundleFile { name: format!("d/{n}.json"), bytes: json(&shown) }
    }));
    let build = build_name(&files);
    for f in &mut files {
        f.name = format!("{build}/{}", f.name);
    }
    let primary = language.split(['-', '_']).next().unwrap_or("en").to_ascii_lowercase();
    let index = Index { format: FORMAT, language: primary, build, documents: documents.len(), shard: SHARD, chunks: keys };
    files.push(BundleFile { name: "index.json".into(), bytes: json(&index) });
    Some(files)
}

/// For every word, the documents and parts that hold it, each as two numbers: the document's
/// distance from the word's previous document (so most are 0 or small), then the part.
/// `None` once `abandoned` says so.
fn postings(documents: &[Document], abandoned: &(dyn Fn() -> bool + Sync)) -> Option<Vec<(String, Vec<u32>)>> {
    let mut found: HashMap<String, (u32, Vec<u32>)> = HashMap::new();
    let mut add = |first: usize, per_document: Vec<Found>| {
        for (n, seen) in per_document.into_iter().enumerate() {
            let doc = (first + n) as u32;
            for (word, part) in seen.iter() {
                // A word's own string is made only the first time the site uses it.
                let (last, list) = match found.get_mut(word) {
                    Some(entry) => entry,
                    None => found.entry(word.to_owned()).or_insert((0, Vec::new())),
                };
                list.extend([doc - *last, part.0]);
                *last = doc;
            }
        }
    };
    // The words of a batch of documents at a time, on every other core, while this one adds
    // the batch before to the index (one map, so one core): all of them at once would hold
    // each word of the site as a string of its own (about 100 MB at 10k+10k).
    let mut made: Option<(usize, Vec<Found>)> = None;
    for (batch, docs) in documents.chunks(BATCH).enumerate() {
        if abandoned() {
            return None;
        }
        let earlier = made.take();
        let ((), words) = rayon::join(
            || earlier.into_iter().for_each(|(first, words)| add(first, words)),
            || docs.par_iter().map(words_of).collect::<Vec<_>>(),
        );
        made = Some((batch * BATCH, words));
    }
    made.into_iter().for_each(|(first, words)| add(first, words));
    let mut postings: Vec<(String, Vec<u32>)> = found.into_iter().map(|(w, (_, list))| (w, list)).collect();
    postings.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Some(postings)
}

/// Each word of a document with each part that holds it, once, in the order first seen: the
/// words side by side in one string, and where each is.
#[derive(Default)]
struct Found {
    words: String,
    seen: Vec<(Range<usize>, Part)>,
}

impl Found {
    fn iter(&self) -> impl Iterator<Item = (&str, Part)> {
        self.seen.iter().map(|(at, part)| (&self.words[at.clone()], *part))
    }
}

/// The words of a document (see [`Found`]).
fn words_of(d: &Document) -> Found {
    let mut found = Found::default();
    let mut add = |text: &str, part: Part| words::words(text, &mut found.words, |at| found.seen.push((at, part)));
    add(&d.title, Part::TITLE);
    add(&d.text, Part::TEXT);
    for (n, s) in d.sections.iter().enumerate() {
        add(&s.heading, Part::section(n));
        add(&s.text, Part::section(n));
    }
    // The first time each word is seen in each part: parts come in order, so each word's
    // parts are in order too, as the index lists them. (Sorting the words instead was a
    // tenth of the build.)
    let Found { words, seen } = &mut found;
    let mut first = HashSet::with_capacity(seen.len());
    seen.retain(|(at, part)| first.insert((&words[at.clone()], *part)));
    found
}

/// What a result shows of its document.
#[derive(Serialize)]
struct Shown<'a> {
    href: &'a str,
    title: &'a str,
    kind: &'a str,
    text: String,
    /// Each section as its anchor, heading and text.
    sections: Vec<(&'a str, &'a str, String)>,
}

impl<'a> Shown<'a> {
    fn of(d: &'a Document) -> Self {
        Shown {
            href: &d.href,
            title: &d.title,
            kind: &d.kind,
            text: clip(&d.text),
            sections: d.sections.iter().map(|s| (s.anchor.as_str(), s.heading.as_str(), clip(&s.text))).collect(),
        }
    }
}

/// `index.json`: what the script reads first.
#[derive(Serialize)]
struct Index {
    format: u32,
    /// The primary language subtag ("en", "cy"): the script strips English endings only.
    language: String,
    /// The folder holding this build's chunks and documents.
    build: String,
    documents: usize,
    shard: usize,
    /// The key of chunk `n` is `chunks[n]`: see [`chunks::Chunk::key`].
    chunks: Vec<String>,
}

/// The start of `text`, cut at a space, with whitespace collapsed.
fn clip(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(EXCERPT_CHARS + 8));
    let mut chars = 0;
    for word in text.split_whitespace() {
        let more = word.chars().count() + usize::from(chars > 0);
        if chars + more > EXCERPT_CHARS {
            out.push('…');
            break;
        }
        if chars > 0 {
            out.push(' ');
        }
        out.push_str(word);
        chars += more;
    }
    out
}

/// The build's folder: a hash of every chunk and document file.
fn build_name(files: &[BundleFile]) -> String {
    let mut hash = Sha256::new();
    hash.update(FORMAT.to_le_bytes());
    for f in files {
        hash.update(f.name.as_bytes());
        hash.update((f.bytes.len() as u64).to_le_bytes());
        hash.update(&f.bytes);
    }
    hash.finalize().iter().take(6).map(|b| format!("{b:02x}")).collect()
}

fn json(value: &impl Serialize) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(href: &str, title: &str, said: &str) -> Document {
        Document {
            href: href.into(),
            title: title.into(),
            kind: "Project".into(),
            text: "On the ground floor.".into(),
            sections: vec![Section {
                anchor: "item-1".into(),
                heading: said.into(),
                text: "We moved the clinic to the ground floor.".into(),
            }],
        }
    }

    /// A bundle nobody abandons.
    fn made<const N: usize>(documents: [Document; N], language: &str) -> Vec<BundleFile> {
        bundle(&documents, language, &|| false).expect("a bundle nobody abandons is made")
    }

    fn file(files: &[BundleFile], suffix: &str) -> serde_json::Value {
        let f = files.iter().find(|f| f.name.ends_with(suffix)).unwrap_or_else(|| panic!("no {suffix}"));
        serde_json::from_slice(&f.bytes).unwrap()
    }

    #[test]
    fn the_index_names_its_build_folder_and_the_chunks_in_it() {
        let files = made([doc("/a/", "Waiting in A&E", "Too long"), doc("/b/", "Parking", "Not enough spaces")], "en-GB");
        let index = file(&files, "index.json");
        assert_eq!(index["language"], "en");
        assert_eq!(index["documents"], 2);
        let build = index["build"].as_str().unwrap();
        assert_eq!(build.len(), 12);
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, [format!("{build}/w/0.json"), format!("{build}/d/0.json"), "index.json".into()]);
    }

    #[test]
    fn each_word_lists_its_documents_and_parts() {
        let files = made([doc("/a/", "Waiting in A&E", "Too long"), doc("/b/", "Parking", "Too many cars")], "en");
        let words = file(&files, "w/0.json");
        // "a&e" is one word, in the title (part 0) of the first document.
        assert_eq!(words["a&e"], serde_json::json!([0, 0]));
        // "too": section 0 (part 2) of document 0, then of document 1 (one further on).
        assert_eq!(words["too"], serde_json::json!([0, 2, 1, 2]));
        // "ground": the text (1) and section 0 (2) of both.
        assert_eq!(words["ground"], serde_json::json!([0, 1, 0, 2, 1, 1, 0, 2]));
        assert!(words.get("a").is_none() && words.get("e").is_none());
    }

    #[test]
    fn a_result_shows_its_title_kind_and_sections() {
        let files = made([doc("/a/", "<b>Parking</b>", "Not enough spaces")], "en");
        let shown = file(&files, "d/0.json");
        assert_eq!(shown[0]["href"], "/a/");
        assert_eq!(shown[0]["title"], "<b>Parking</b>", "JSON keeps it as text; the script never parses it as HTML");
        assert_eq!(shown[0]["sections"][0], serde_json::json!(["item-1", "Not enough spaces", "We moved the clinic to the ground floor."]));
    }

    #[test]
    fn the_bundle_is_the_same_on_every_build_and_its_folder_changes_with_it() {
        let make = |title: &str| made([doc("/a/", title, "x"), doc("/b/", "Two", "y")], "en");
        let names = |files: Vec<BundleFile>| files.into_iter().map(|f| (f.name, f.bytes)).collect::<Vec<_>>();
        assert!(names(make("One")) == names(make("One")));
        assert_ne!(file(&make("One"), "index.json")["build"], file(&make("Uno"), "index.json")["build"]);
    }

    #[test]
    fn an_abandoned_bundle_is_given_up_between_batches() {
        let documents: Vec<Document> = (0..BATCH * 3).map(|n| doc(&format!("/{n}/"), "Parking", "Too many cars")).collect();
        let asked = std::sync::atomic::AtomicUsize::new(0);
        // Yes from the second question on: after the first batch.
        let abandoned = || asked.fetch_add(1, std::sync::atomic::Ordering::Relaxed) >= 1;
        assert!(bundle(&documents, "en", &abandoned).is_none());
        assert_eq!(asked.into_inner(), 2, "asked before each batch, and given up at the second");
        assert!(bundle(&documents, "en", &|| false).is_some());
    }

    #[test]
    fn excerpts_are_cut_at_a_word() {
        let long = "word ".repeat(200);
        let clipped = clip(&long);
        assert!(clipped.ends_with("word…"), "{clipped}");
        assert!(clipped.chars().count() <= EXCERPT_CHARS + 1);
        assert_eq!(clip("  two\n words "), "two words");
    }
}
