//! What each fuzz target does with one input, and what must hold. Shared by the targets in
//! `fuzz_targets/` and by `tests/it/fuzz_corpus.rs`, which replays every seed in `corpus/` and
//! every reproducer in `regressions/` under plain `cargo test`.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;
use wedid::diagnostics::Diagnostics;
use wedid::render::highlight::Highlighter;
use wedid::render::markdown::{render, MarkdownContext, Source};

/// The targets, by the names of their folders in `corpus/` and `regressions/`.
pub const TARGETS: [&str; 4] = ["front_matter", "load_project", "load_story", "markdown"];

/// Runs `target` on one input; panics if it breaks a rule.
pub fn run(target: &str, bytes: &[u8]) {
    match target {
        "front_matter" => front_matter(bytes),
        "load_project" => load("content/projects/x.yaml", bytes),
        "load_story" => load("content/stories/x.md", bytes),
        "markdown" => markdown(bytes),
        _ => panic!("no fuzz target {target}; the targets are {TARGETS:?}"),
    }
}

/// Splitting never panics, and the parts it returns are the file's own.
fn front_matter(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    if let Ok(split) = wedid::content::front_matter::split(text, Path::new("content/stories/x.md")) {
        assert!(text.contains(split.yaml) && text.ends_with(split.body));
        assert!(split.body_first_line >= 3);
    }
}

/// A whole file from its bytes, loaded as a build loads it (decoding, YAML into the content
/// model, the privacy scan): it ends in a record or in an error.
fn load(path: &str, bytes: &[u8]) {
    let mut diagnostics = Diagnostics::new();
    let parsed = wedid::content::load_bytes(Path::new(path), bytes.to_vec(), &mut diagnostics);
    assert!(parsed.is_some() || diagnostics.has_errors(), "no record and no error");
}

static HIGHLIGHTER: OnceLock<Highlighter> = OnceLock::new();

/// Markdown rendering (links, headings, accessibility checks, sanitising, highlighting),
/// with raw HTML refused and allowed, never panics.
fn markdown(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let urls: BTreeSet<String> = ["stories/".to_string(), "media/cafe.svg".to_string()].into();
    let highlighter = HIGHLIGHTER.get_or_init(Highlighter::default);
    let source = Source { file: Path::new("content/stories/x.md"), first_line: &|| 6 };
    for allow_raw_html in [false, true] {
        let ctx = MarkdownContext { urls: &urls, base_path: "/sub/", allow_raw_html, highlighter };
        render(text, &ctx, &source, &mut Diagnostics::new());
    }
}
