//! `&SiteGraph` + theme → output files. Reads no file and writes none: every page is handed
//! to a [`Sink`] (the staging folder in `build`, memory in `serve`).
//!
//! Steps: (1) render every Markdown document once, in parallel, collecting link and
//! accessibility diagnostics; stop if any is an error. (2) Make the list of [`Job`]s, one per
//! output file, tiny values. (3) Render the jobs in parallel with rayon; each builds its typed
//! view from the graph and the Markdown of step 1, renders it with tera, and hands the bytes
//! to the sink.

mod data;
pub mod highlight;
pub mod markdown;
mod pages;
pub mod views;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::graph::{urls, SiteGraph};
use crate::theme::{StaticSource, Theme};
use highlight::Highlighter;
use markdown::{MarkdownContext, Rendered, Source};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Mutex;

/// List pages show this many items per page, so no page grows with the corpus.
pub const PAGE_SIZE: usize = 50;

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

/// Markdown of every document, rendered once.
#[derive(Default)]
pub struct MarkdownOut {
    pub stories: Vec<Rendered>,
    pub pages: Vec<Rendered>,
    pub outcomes: Vec<Option<Rendered>>,
    pub strategy_summaries: Vec<Option<Rendered>>,
}

/// One output file to make.
#[derive(Debug, Clone, Copy)]
pub enum Job {
    Home,
    ProjectList { filter: Filter, page: usize },
    Project(usize),
    StoryList { page: usize },
    Story(usize),
    StrategyList,
    Strategy(usize),
    Ambition(usize, usize),
    Involvement,
    InvolvementType(usize),
    ServiceList,
    Service(usize),
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

/// A filter of the project list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    All,
    Service(usize),
    Type(usize),
    Status(crate::content::model::ProjectStatus),
    Year(u16),
}

/// Renders the site into `sink`. Problems go to `diagnostics`; when any is an error the
/// caller must discard what the sink received.
pub fn render(graph: &SiteGraph, theme: &Theme, options: RenderOptions, sink: &dyn Sink, diagnostics: &mut Diagnostics) {
    let highlighter = Highlighter::default();
    let markdown = render_markdown(graph, &highlighter, diagnostics);
    if diagnostics.has_errors() {
        return;
    }
    let ctx = pages::Ctx::new(graph, &markdown, options);
    let failures = Mutex::new(Vec::new());
    let fail = |d: Diagnostic| failures.lock().unwrap_or_else(|e| e.into_inner()).push(d);
    jobs(graph).par_iter().for_each(|job| match pages::render_job(&ctx, theme, *job) {
        Ok(file) => {
            if let Err(err) = sink.put(file) {
                fail(
                    Diagnostic::error("write", "output", format!("could not write the site: {err:#}"))
                        .hint("check the disk has space and the output folder is writable"),
                );
            }
        }
        Err(d) => fail(d),
    });
    for (path, source) in &theme.statics {
        let body = match source {
            StaticSource::BuiltIn(bytes) => Body::Static(bytes),
            StaticSource::Site(p) => Body::CopyOf(p.clone()),
        };
        if let Err(err) = sink.put(OutputFile { path: format!("{}{path}", urls::ASSETS), body }) {
            fail(Diagnostic::error("write", "output", format!("could not write the site: {err:#}")));
        }
    }
    for media in &graph.media {
        let under = media.strip_prefix("content/media").unwrap_or(media).to_string_lossy().replace('\\', "/");
        if let Err(err) = sink.put(OutputFile { path: urls::media(under.trim_start_matches('/')), body: Body::CopyOf(media.clone()) }) {
            fail(Diagnostic::error("write", media, format!("could not copy this file: {err:#}")));
        }
    }
    diagnostics.extend(failures.into_inner().unwrap_or_else(|e| e.into_inner()));
}

fn render_markdown(graph: &SiteGraph, highlighter: &Highlighter, diagnostics: &mut Diagnostics) -> MarkdownOut {
    let ctx =
        MarkdownContext { urls: &graph.urls, base_path: &graph.base.path, allow_raw_html: graph.config.data.allow_raw_html, highlighter };
    let body = |file: &std::path::Path, body: Option<&crate::content::Body>| -> (Rendered, Diagnostics) {
        let mut d = Diagnostics::new();
        let r = body.map(|b| markdown::render(&b.text, &ctx, &Source { file, first_line: b.first_line }, &mut d)).unwrap_or_default();
        (r, d)
    };
    // A YAML block scalar's text starts on the line after its key.
    let field = |file: &std::path::Path, text: Option<&String>, at: crate::diagnostics::Location| -> (Option<Rendered>, Diagnostics) {
        let mut d = Diagnostics::new();
        let r = text.map(|t| markdown::render(t, &ctx, &Source { file, first_line: at.line as usize }, &mut d));
        (r, d)
    };
    let stories: Vec<_> = graph.stories.par_iter().map(|s| body(&s.doc.file, s.doc.body.as_ref())).collect();
    let pages: Vec<_> = graph.pages.par_iter().map(|p| body(&p.file, p.body.as_ref())).collect();
    let outcomes: Vec<_> =
        graph.projects.par_iter().map(|p| field(&p.doc.file, p.doc.data.outcome.as_ref(), p.doc.locs.at("outcome"))).collect();
    let summaries: Vec<_> =
        graph.strategies.iter().map(|s| field(&s.doc.file, s.doc.data.summary.as_ref(), s.doc.locs.at("summary"))).collect();
    MarkdownOut {
        stories: keep(stories, diagnostics),
        pages: keep(pages, diagnostics),
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
fn jobs(graph: &SiteGraph) -> Vec<Job> {
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
    let pages_of = |n: usize| n.div_ceil(PAGE_SIZE).max(1);
    let mut filters = vec![(Filter::All, graph.projects.len())];
    filters.extend(graph.services.iter().enumerate().map(|(i, s)| (Filter::Service(i), s.projects.len())));
    filters.extend(graph.types.iter().enumerate().map(|(i, t)| (Filter::Type(i), t.projects.len())));
    filters.extend(graph.statuses.iter().map(|(s, group)| (Filter::Status(*s), group.projects.len())));
    filters.extend(graph.years.iter().map(|(y, group)| (Filter::Year(*y), group.projects.len())));
    for (filter, n) in filters {
        jobs.extend((1..=pages_of(n)).map(|page| Job::ProjectList { filter, page }));
    }
    jobs.extend((1..=pages_of(graph.stories.len())).map(|page| Job::StoryList { page }));
    jobs.extend((0..graph.projects.len()).map(Job::Project));
    jobs.extend((0..graph.stories.len()).map(Job::Story));
    for (si, s) in graph.strategies.iter().enumerate() {
        jobs.push(Job::Strategy(si));
        jobs.extend((0..s.ambitions.len()).map(|ai| Job::Ambition(si, ai)));
    }
    jobs.extend((0..graph.types.len()).map(Job::InvolvementType));
    jobs.extend((0..graph.services.len()).flat_map(|i| [Job::Service(i), Job::Poster(i)]));
    jobs.extend((0..graph.pages.len()).map(Job::Page));
    jobs
}
