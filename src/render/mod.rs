//! `&SiteGraph` + theme → output files. Reads no file and writes none: every page is handed
//! to a [`Sink`] (the staging folder in `build`, memory in `serve`).
//!
//! Steps: (1) check every Markdown document, in parallel, collecting link and accessibility
//! diagnostics and the search text; stop if any is an error. (2) Make the list of [`Job`]s,
//! one per output file, tiny values. (3) Render the jobs in parallel with rayon; each builds
//! its typed view from the graph and the Markdown of step 1, renders it with tera, and hands
//! the bytes to the sink. A story's or page's body is shown on its own page only, so its HTML
//! is made in that page's job and dropped with it: at 10k stories, holding every body's HTML
//! from step 1 to the end was a quarter of the build's memory.

mod data;
pub mod highlight;
pub mod markdown;
mod pages;
pub mod views;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::graph::{urls, Filter, Listing, SiteGraph};
use crate::theme::{StaticSource, Theme};
use highlight::Highlighter;
use markdown::{MarkdownContext, Rendered, Source};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Mutex;

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Relative to the output root, `/`-separated: `stories/cafe/index.html`.
    pub path: String,
    pub body: Body,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Bytes(Vec<u8>),
    Static(&'static [u8]),
    /// Copy this file (relative to the site root) as it is: media and theme assets.
    CopyOf(PathBuf),
}

/// Where rendered files go. Implementations must be callable from many threads.
pub trait Sink: Sync {
    fn put(&self, file: OutputFile) -> anyhow::Result<()>;
}

/// How to render.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// `serve`: draft banners are shown.
    pub preview: bool,
}

/// What step 1 keeps of each Markdown document.
#[derive(Default)]
pub struct MarkdownOut {
    /// Search text of each story's and page's body (their HTML is made by their own jobs).
    pub story_text: Vec<String>,
    pub page_text: Vec<String>,
    /// Project outcomes and strategy summaries, rendered: short, and shown on more than one page.
    pub outcomes: Vec<Option<Rendered>>,
    pub strategy_summaries: Vec<Option<Rendered>>,
}

/// One output file to make. A `page` counts from 1; page 1 is at the family's own URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Job {
    Home,
    ProjectList { filter: Filter, page: usize },
    Project(usize),
    StoryList { page: usize },
    Story(usize),
    StrategyList,
    Strategy(usize),
    Ambition { strategy: usize, ambition: usize, page: usize },
    Involvement,
    InvolvementType { kind: usize, page: usize },
    ServiceList,
    Service { service: usize, page: usize },
    Poster(usize),
    Page(usize),
    Search,
    Data,
    NotFound,
    Csv,
    Json,
    SearchIndex,
    Feed,
    Sitemap,
    Robots,
}

impl Job {
    /// Whole-site data files (open data, search index, feed, sitemap): large at scale and
    /// never the page a reader is looking at, so `serve` renders them just after the pages.
    pub fn is_site_data(self) -> bool {
        matches!(self, Job::Csv | Job::Json | Job::SearchIndex | Job::Feed | Job::Sitemap | Job::Robots)
    }
}

/// Renders the site into `sink`. Problems go to `diagnostics`; when any is an error the
/// caller must discard what the sink received.
pub fn render(graph: &SiteGraph, theme: &Theme, options: RenderOptions, sink: &dyn Sink, diagnostics: &mut Diagnostics) {
    let highlighter = Highlighter::default();
    let markdown = markdown(graph, &highlighter, diagnostics);
    if diagnostics.has_errors() {
        return;
    }
    diagnostics.extend(pages(graph, &markdown, &highlighter, theme, options, &jobs(graph), sink));
    diagnostics.extend(assets(graph, theme, sink));
}

/// Renders `jobs` into `sink` in parallel; returns the failures.
pub fn pages(
    graph: &SiteGraph,
    markdown: &MarkdownOut,
    highlighter: &Highlighter,
    theme: &Theme,
    options: RenderOptions,
    jobs: &[Job],
    sink: &dyn Sink,
) -> Vec<Diagnostic> {
    let ctx = pages::Ctx::new(graph, markdown, highlighter, options);
    let failures = Mutex::new(Vec::new());
    let fail = |d: Diagnostic| failures.lock().unwrap_or_else(|e| e.into_inner()).push(d);
    jobs.par_iter().for_each(|job| match pages::render_job(&ctx, theme, *job) {
        Ok(files) => {
            for file in files {
                if let Err(err) = sink.put(file) {
                    fail(write_failed(err));
                }
            }
        }
        Err(d) => fail(d),
    });
    failures.into_inner().unwrap_or_else(|e| e.into_inner())
}

/// Copies the theme's static files and the site's media into `sink`; returns the failures.
pub fn assets(graph: &SiteGraph, theme: &Theme, sink: &dyn Sink) -> Vec<Diagnostic> {
    let mut failures = Vec::new();
    for (path, source) in &theme.statics {
        let body = match source {
            StaticSource::BuiltIn(bytes) => Body::Static(bytes),
            StaticSource::Site(p) => Body::CopyOf(p.clone()),
        };
        if let Err(err) = sink.put(OutputFile { path: format!("{}{path}", urls::ASSETS), body }) {
            failures.push(write_failed(err));
        }
    }
    for media in &graph.media {
        let under = media.strip_prefix("content/media").unwrap_or(media).to_string_lossy().replace('\\', "/");
        if let Err(err) = sink.put(OutputFile { path: urls::media(under.trim_start_matches('/')), body: Body::CopyOf(media.clone()) }) {
            failures.push(Diagnostic::error("write", media, format!("could not copy this file: {err:#}")));
        }
    }
    failures
}

fn write_failed(err: anyhow::Error) -> Diagnostic {
    Diagnostic::error("write", "output", format!("could not write the site: {err:#}"))
        .hint("check the disk has space and the output folder is writable")
}

/// A document whose Markdown body is rendered on its own (stories and pages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyOf {
    Story(usize),
    Page(usize),
}

impl BodyOf {
    /// The jobs that read this document's rendered body: its own page and the search index.
    /// Everything else (cards, lists, feeds, data) reads only front matter. `serve` relies
    /// on this to re-render just these after a body-only edit; its test compares the result
    /// with a clean build.
    pub fn readers(self) -> [Job; 2] {
        match self {
            BodyOf::Story(i) => [Job::Story(i), Job::SearchIndex],
            BodyOf::Page(i) => [Job::Page(i), Job::SearchIndex],
        }
    }
}

/// Checks one document's body: its search text and its own diagnostics.
pub fn markdown_of(graph: &SiteGraph, highlighter: &Highlighter, doc: BodyOf) -> (String, Diagnostics) {
    let mut d = Diagnostics::new();
    let r = body_markdown(graph, highlighter, doc, markdown::check, &mut d);
    (r.text, d)
}

/// The HTML of one document's body, for its page. Its problems were reported by
/// [`markdown_of`], which reads the same text.
pub fn body_html(graph: &SiteGraph, highlighter: &Highlighter, doc: BodyOf) -> String {
    body_markdown(graph, highlighter, doc, markdown::render, &mut Diagnostics::new()).html
}

/// [`markdown::render`] or [`markdown::check`].
type MarkdownPass = fn(&str, &MarkdownContext, &Source, &mut Diagnostics) -> Rendered;

fn body_markdown(graph: &SiteGraph, highlighter: &Highlighter, doc: BodyOf, pass: MarkdownPass, d: &mut Diagnostics) -> Rendered {
    let (file, body) = match doc {
        BodyOf::Story(i) => (&graph.stories[i].doc.file, graph.stories[i].doc.body.as_ref()),
        BodyOf::Page(i) => (&graph.pages[i].file, graph.pages[i].body.as_ref()),
    };
    body.map(|b| pass(&b.text, &context(graph, highlighter), &Source { file, first_line: &|| b.first_line }, d)).unwrap_or_default()
}

fn context<'a>(graph: &'a SiteGraph, highlighter: &'a Highlighter) -> MarkdownContext<'a> {
    MarkdownContext { urls: &graph.urls, base_path: &graph.base.path, allow_raw_html: graph.config.data.allow_raw_html, highlighter }
}

/// Renders every Markdown document once, in parallel.
pub fn markdown(graph: &SiteGraph, highlighter: &Highlighter, diagnostics: &mut Diagnostics) -> MarkdownOut {
    let ctx = context(graph, highlighter);
    // A YAML block scalar's text starts on the line after its key.
    let field = |doc_file: &std::path::Path, text: Option<&String>, locs: &crate::content::Locations, path: &str| {
        let mut d = Diagnostics::new();
        let first_line = || locs.at(path).line as usize;
        let r = text.map(|t| markdown::render(t, &ctx, &Source { file: doc_file, first_line: &first_line }, &mut d));
        (r, d)
    };
    let stories: Vec<_> = (0..graph.stories.len()).into_par_iter().map(|i| markdown_of(graph, highlighter, BodyOf::Story(i))).collect();
    let pages: Vec<_> = (0..graph.pages.len()).into_par_iter().map(|i| markdown_of(graph, highlighter, BodyOf::Page(i))).collect();
    let outcomes: Vec<_> =
        graph.projects.par_iter().map(|p| field(&p.doc.file, p.doc.data.outcome.as_ref(), &p.doc.locs, "outcome")).collect();
    let summaries: Vec<_> =
        graph.strategies.iter().map(|s| field(&s.doc.file, s.doc.data.summary.as_ref(), &s.doc.locs, "summary")).collect();
    MarkdownOut {
        story_text: keep(stories, diagnostics),
        page_text: keep(pages, diagnostics),
        outcomes: keep(outcomes, diagnostics),
        strategy_summaries: keep(summaries, diagnostics),
    }
}

/// Keeps each result and moves its diagnostics into the build's.
fn keep<T>(results: Vec<(T, Diagnostics)>, diagnostics: &mut Diagnostics) -> Vec<T> {
    results
        .into_iter()
        .map(|(r, d)| {
            diagnostics.extend(d.into_sorted());
            r
        })
        .collect()
}

/// Every output file of the site, as a job.
pub fn jobs(graph: &SiteGraph) -> Vec<Job> {
    let mut jobs = vec![
        Job::Home,
        Job::StrategyList,
        Job::Involvement,
        Job::ServiceList,
        Job::Search,
        Job::Data,
        Job::NotFound,
        Job::Csv,
        Job::Json,
        Job::SearchIndex,
        Job::Feed,
        Job::Sitemap,
        Job::Robots,
    ];
    for (listing, _, items) in graph.listings() {
        jobs.extend((1..=graph.pages_of(items)).map(|page| match listing {
            Listing::Projects(filter) => Job::ProjectList { filter, page },
            Listing::Stories => Job::StoryList { page },
            Listing::Service(service) => Job::Service { service, page },
            Listing::InvolvementType(kind) => Job::InvolvementType { kind, page },
            Listing::Ambition { strategy, ambition } => Job::Ambition { strategy, ambition, page },
        }));
    }
    jobs.extend((0..graph.projects.len()).map(Job::Project));
    jobs.extend((0..graph.stories.len()).map(Job::Story));
    jobs.extend((0..graph.strategies.len()).map(Job::Strategy));
    jobs.extend((0..graph.services.len()).map(Job::Poster));
    jobs.extend((0..graph.pages.len()).map(Job::Page));
    jobs
}
