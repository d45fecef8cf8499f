//! What each fuzz target does with one input, and what must hold. Shared by the targets in
//! `fuzz_targets/` and by `tests/it/fuzz_corpus.rs`, which replays every seed in `corpus/` and
//! every reproducer in `regressions/` under plain `cargo test`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use wedid::content::{Content, Doc, Parsed};
use wedid::diagnostics::Diagnostics;
use wedid::graph::urls::Addresses;
use wedid::render::highlight::Highlighter;
use wedid::render::markdown::{render, MarkdownContext, Source};
use wedid::site::{SourceFile, SourceKind};

/// The targets, by the names of their folders in `corpus/` and `regressions/`.
pub const TARGETS: [&str; 5] = ["front_matter", "graph", "load_project", "load_story", "markdown"];

/// Runs `target` on one input; panics if it breaks a rule.
pub fn run(target: &str, bytes: &[u8]) {
    match target {
        "front_matter" => front_matter(bytes),
        "graph" => graph(bytes),
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

/// The files a `graph` input becomes, in order: its parts are separated by NUL bytes.
const GRAPH_FILES: [&str; 6] = [
    "content/projects/a.yaml",
    "content/projects/b.yaml",
    "content/stories/a.md",
    "content/strategy/a.yaml",
    "content/pages/a.md",
    "content/projects/c.yaml",
];

const SITE_YAML: &str = "title: T\norganisation: O\nbase_url: https://example.org/sub/\n";

/// A small site from one input: each part loaded as a build loads it, then the graph built
/// from whatever loaded (references resolved, services, URLs, figures, the cross-file
/// rules). Whatever the content, that ends in a graph, never a panic, and every problem is
/// located in one of the site's files.
fn graph(bytes: &[u8]) {
    let mut diagnostics = Diagnostics::new();
    let parsed = wedid::content::yaml::parse::<wedid::content::model::SiteConfig>(SITE_YAML, Path::new("site.yaml"), 1);
    let Ok((config, locs)) = parsed else { panic!("the fixed site.yaml loads") };
    let mut content = Content {
        config: Doc { slug: String::new(), file: PathBuf::from("site.yaml"), data: config.into(), locs, body: None },
        strategies: Vec::new(),
        projects: Vec::new(),
        stories: Vec::new(),
        pages: Vec::new(),
        media: vec![PathBuf::from("content/media/cafe.svg")],
        theme_files: Vec::new(),
        unparsed: Vec::new(),
        translations: Vec::new(),
    };
    let mut lines = std::collections::BTreeMap::from([(Path::new("site.yaml"), SITE_YAML.lines().count())]);
    for (part, path) in bytes.split(|&b| b == b'\x00').zip(GRAPH_FILES) {
        let path = Path::new(path);
        // A line ends at LF, CRLF or a lone CR, as wedid (and YAML, and editors) count them.
        let breaks = part.iter().enumerate().filter(|&(i, &b)| b == b'\n' || (b == b'\r' && part.get(i + 1) != Some(&b'\n'))).count();
        lines.insert(path, breaks + 1);
        match wedid::content::load_bytes(path, part.to_vec(), &mut diagnostics) {
            Some(Parsed::Project(d)) => content.projects.push(d),
            Some(Parsed::Story(d)) => content.stories.push(d),
            Some(Parsed::Strategy(d)) => content.strategies.push(d),
            Some(Parsed::Page(d)) => content.pages.push(d),
            None => {
                assert!(diagnostics.has_errors(), "{} neither loads nor has an error", path.display());
                let kind = wedid::site::classify(path).unwrap_or(SourceKind::Media);
                content.unparsed.push(SourceFile { kind, path: path.to_path_buf() });
            }
        }
    }
    let options = wedid::graph::GraphOptions {
        include_drafts: false,
        today: wedid::content::Date::parse("2026-11-23").unwrap_or_else(|_| panic!("a fixed date")),
        base_url: None,
        origin: None,
    };
    let graph = wedid::graph::build(content, &options, &wedid::history::History::none(), &mut diagnostics);
    for d in diagnostics.into_sorted() {
        let in_file = lines.get(d.file.as_path()).is_some_and(|&n| (1..=n.max(1) as u32).contains(&d.location.line));
        assert!(in_file, "not located in its file: {d:?}");
    }
    // Every index the graph holds points at something that exists.
    for p in &graph.projects {
        assert!(p.service < graph.services.len() && p.involvement < graph.vocab.types.len());
        assert!(p.stories.iter().all(|&s| s < graph.stories.len()));
    }
}

static HIGHLIGHTER: OnceLock<Highlighter> = OnceLock::new();

/// Markdown rendering (links, headings, accessibility checks, sanitising, highlighting),
/// with raw HTML refused and allowed, never panics.
fn markdown(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let urls: Addresses = ["stories/".to_string(), "media/cafe.svg".to_string()].into();
    let highlighter = HIGHLIGHTER.get_or_init(Highlighter::default);
    let source = Source { file: Path::new("content/stories/x.md"), first_line: &|| 6 };
    let Some(base) = wedid::graph::BaseUrl::parse("https://example.org/sub/") else { return };
    for allow_raw_html in [false, true] {
        let ctx = MarkdownContext { urls: &urls, base: &base, allow_raw_html, highlighter };
        render(text, &ctx, &source, &mut Diagnostics::new());
    }
}
