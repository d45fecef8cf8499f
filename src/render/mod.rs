//! `&SiteGraph` + theme → output files. Reads no file and writes none: every page is handed
//! to a [`Sink`] (the staging folder in `build`, memory in `serve`).
//!
//! Steps: (1) check every Markdown document, in parallel, collecting link and accessibility
//! diagnostics and the search text; stop if any is an error. (2) Render the graph's routes
//! (its one list of pages, each with its URL) in parallel with rayon; each makes its typed
//! view from the graph and the Markdown of step 1, renders it with the theme, and hands the
//! bytes to the sink. A story's or page's body is shown on its own page only, so its HTML is
//! made by that page and dropped with it: at 10k stories, holding every body's HTML from
//! step 1 to the end was a quarter of the build's memory.

mod affected;
mod cards;
mod context;
mod data;
mod feeds;
pub use data::{in_search_bundle, SearchJob};
mod easy_read;
pub mod highlight;
mod languages;
mod link_text;
pub mod markdown;
mod pages;
mod plain_words;
pub mod views;

use crate::content::Body as MarkdownBody;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::graph::{urls, Route, RouteKind, SiteGraph};
use crate::images::Images;
use crate::qr::Codes;
use crate::theme::{StaticSource, Theme};
pub use affected::affected;
use context::Ctx;
use highlight::Highlighter;
use markdown::{MarkdownContext, Rendered, Source};
use rayon::prelude::*;
use std::collections::HashMap;
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

/// What the build made ready from the site's cache for rendering: the pictures' sizes and
/// resized copies, and the QR codes' masks.
#[derive(Clone, Copy)]
pub struct Cached<'a> {
    pub images: &'a Images,
    pub qr: &'a Codes,
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
    /// Each project's Easy Read version, as its ideas (short, and checked with the rest).
    pub easy_read: Vec<Option<Vec<views::IdeaView>>>,
}

/// Renders the site into `sink`: `wedid build` and `check`. Problems go to `diagnostics`;
/// when any is an error the caller must discard what the sink received.
pub fn render(graph: &SiteGraph, cached: Cached, theme: &Theme, options: RenderOptions, sink: &dyn Sink, diagnostics: &mut Diagnostics) {
    let images = cached.images;
    if pages(graph, cached, theme, options, &|_| true, sink, diagnostics) {
        diagnostics.extend(assets(graph, images, theme, sink));
    }
}

/// Checks the Markdown and renders the routes `wanted` picks into `sink`, without the
/// assets: [`render`], and each further language of a bilingual site, whose pages share the
/// main language's assets. False when an error stopped it.
pub fn pages(
    graph: &SiteGraph,
    Cached { images, qr }: Cached,
    theme: &Theme,
    options: RenderOptions,
    wanted: &(dyn Fn(&Route) -> bool + Sync),
    sink: &dyn Sink,
    diagnostics: &mut Diagnostics,
) -> bool {
    let highlighter = Highlighter::default();
    let bodies = Bodies::default();
    let markdown = markdown(graph, &bodies, &highlighter, diagnostics);
    if diagnostics.has_errors() {
        return false;
    }
    let renderer = Renderer { graph, images, qr, bodies: &bodies, markdown: &markdown, highlighter: &highlighter, theme, options };
    diagnostics.extend(renderer.routes(wanted, sink));
    true
}

/// Everything pages are rendered from. `build` makes one for a whole site; the preview keeps
/// the parts between saves and asks it for just the routes a change affects, so both render
/// every page the same way.
pub struct Renderer<'a> {
    pub graph: &'a SiteGraph,
    pub images: &'a Images,
    pub qr: &'a Codes,
    /// Bodies edited since `graph` was built (the preview); empty in a build.
    pub bodies: &'a Bodies,
    pub markdown: &'a MarkdownOut,
    pub highlighter: &'a Highlighter,
    pub theme: &'a Theme,
    pub options: RenderOptions,
}

impl Renderer<'_> {
    /// Renders, in parallel, the routes `wanted` picks into `sink`; returns the failures.
    pub fn routes(&self, wanted: impl Fn(&Route) -> bool + Sync, sink: &dyn Sink) -> Vec<Diagnostic> {
        let ctx = Ctx::new(self);
        let failures = Mutex::new(Vec::new());
        let fail = |d: Diagnostic| failures.lock().unwrap_or_else(|e| e.into_inner()).push(d);
        let render = |route: &Route| match pages::render(&ctx, self.theme, route) {
            Ok(files) => {
                for file in files {
                    if let Err(err) = sink.put(file) {
                        fail(write_failed(err));
                    }
                }
            }
            Err(d) => fail(d),
        };
        self.graph.routes.par_iter().filter(|route| wanted(route)).for_each(render);
        failures.into_inner().unwrap_or_else(|e| e.into_inner())
    }

    /// The input of the search index, to make it apart from the pages (see [`SearchJob`]).
    pub fn search_job(&self) -> SearchJob {
        let ctx = Ctx::new(self);
        data::search_job(&ctx)
    }
}

/// Copies the theme's static files, the site's media and the pictures' resized copies into
/// `sink`; returns the failures.
pub fn assets(graph: &SiteGraph, images: &Images, theme: &Theme, sink: &dyn Sink) -> Vec<Diagnostic> {
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
    for v in images.variants() {
        if let Err(err) = sink.put(OutputFile { path: v.path.clone(), body: Body::CopyOf(v.file.clone()) }) {
            failures.push(write_failed(err));
        }
    }
    failures
}

fn write_failed(err: anyhow::Error) -> Diagnostic {
    Diagnostic::error("write", "output", format!("could not write the site: {err:#}"))
        .hint("check the disk has space and the output folder is writable")
}

/// A document whose Markdown body is rendered on its own (stories and pages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BodyOf {
    Story(usize),
    Page(usize),
}

impl BodyOf {
    /// The routes that read this document's rendered body: its own page and the search index.
    /// Everything else (cards, lists, feeds, data) reads only front matter. The preview relies
    /// on this to re-render just these after a body-only edit; its test compares the result
    /// with a clean build.
    pub fn readers(self) -> [RouteKind; 2] {
        match self {
            BodyOf::Story(i) => [RouteKind::Story(i), RouteKind::SearchIndex],
            BodyOf::Page(i) => [RouteKind::Page(i), RouteKind::SearchIndex],
        }
    }
}

/// Bodies edited in the preview since the graph was built, beside the graph rather than in
/// it: the graph stays exactly what `graph::build` made, and a body-only save does not have
/// to rebuild it. A build has none.
#[derive(Debug, Default)]
pub struct Bodies {
    edited: HashMap<BodyOf, Option<MarkdownBody>>,
}

impl Bodies {
    pub fn set(&mut self, doc: BodyOf, body: Option<MarkdownBody>) {
        self.edited.insert(doc, body);
    }

    /// The document's file and its current body.
    fn of<'a>(&'a self, graph: &'a SiteGraph, doc: BodyOf) -> (&'a std::path::Path, Option<&'a MarkdownBody>) {
        let (file, built) = match doc {
            BodyOf::Story(i) => (&graph.stories[i].doc.file, graph.stories[i].doc.body.as_ref()),
            BodyOf::Page(i) => (&graph.pages[i].file, graph.pages[i].body.as_ref()),
        };
        (file, self.edited.get(&doc).map_or(built, Option::as_ref))
    }
}

/// Checks one document's body: its search text and its own diagnostics.
pub fn markdown_of(graph: &SiteGraph, bodies: &Bodies, highlighter: &Highlighter, doc: BodyOf) -> (String, Diagnostics) {
    let mut d = Diagnostics::new();
    let r = body_markdown(graph, bodies, highlighter, doc, markdown::check, &mut d);
    (r.text, d)
}

/// The HTML of one document's body, for its page. Its problems were reported by
/// [`markdown_of`], which reads the same text.
pub fn body_html(graph: &SiteGraph, bodies: &Bodies, highlighter: &Highlighter, doc: BodyOf) -> String {
    body_markdown(graph, bodies, highlighter, doc, markdown::render, &mut Diagnostics::new()).html
}

/// [`markdown::render`] or [`markdown::check`].
type MarkdownPass = fn(&str, &MarkdownContext, &Source, &mut Diagnostics) -> Rendered;

fn body_markdown(
    graph: &SiteGraph,
    bodies: &Bodies,
    highlighter: &Highlighter,
    doc: BodyOf,
    pass: MarkdownPass,
    d: &mut Diagnostics,
) -> Rendered {
    let (file, body) = bodies.of(graph, doc);
    body.map(|b| pass(&b.text, &context(graph, highlighter), &Source { file, first_line: &|| b.first_line }, d)).unwrap_or_default()
}

fn context<'a>(graph: &'a SiteGraph, highlighter: &'a Highlighter) -> MarkdownContext<'a> {
    MarkdownContext { urls: &graph.urls, base: &graph.base, allow_raw_html: graph.config.data.allow_raw_html, highlighter }
}

/// Renders every Markdown document once, in parallel.
pub fn markdown(graph: &SiteGraph, bodies: &Bodies, highlighter: &Highlighter, diagnostics: &mut Diagnostics) -> MarkdownOut {
    let stories: Vec<_> =
        (0..graph.stories.len()).into_par_iter().map(|i| markdown_of(graph, bodies, highlighter, BodyOf::Story(i))).collect();
    let pages: Vec<_> = (0..graph.pages.len()).into_par_iter().map(|i| markdown_of(graph, bodies, highlighter, BodyOf::Page(i))).collect();
    let outcomes: Vec<_> = (0..graph.projects.len()).into_par_iter().map(|i| outcome(graph, highlighter, i)).collect();
    let easy_read: Vec<_> = (0..graph.projects.len()).into_par_iter().map(|i| easy_read_of(graph, highlighter, i)).collect();
    let summaries: Vec<_> = graph
        .strategies
        .iter()
        .map(|s| field(&context(graph, highlighter), &s.doc.file, s.doc.data.summary.as_ref(), &s.doc.locs, "summary"))
        .collect();
    MarkdownOut {
        story_text: keep(stories, diagnostics),
        page_text: keep(pages, diagnostics),
        outcomes: keep(outcomes, diagnostics),
        strategy_summaries: keep(summaries, diagnostics),
        easy_read: keep(easy_read, diagnostics),
    }
}

/// Re-checks the Markdown of the projects, stories and pages saved in `files`, in a graph
/// whose records sit where they sat when `markdown` was made (see [`affected`]); returns each
/// file's Markdown problems, which replace its earlier ones.
pub fn remark(
    markdown: &mut MarkdownOut,
    graph: &SiteGraph,
    bodies: &Bodies,
    highlighter: &Highlighter,
    files: &[&std::path::Path],
) -> Vec<(PathBuf, Diagnostics)> {
    let mut out = Vec::new();
    for (i, p) in graph.projects.iter().enumerate().filter(|(_, p)| files.contains(&p.doc.file.as_path())) {
        let (rendered, mut d) = outcome(graph, highlighter, i);
        markdown.outcomes[i] = rendered;
        let (ideas, easy_read_problems) = easy_read_of(graph, highlighter, i);
        markdown.easy_read[i] = ideas;
        d.extend(easy_read_problems.into_sorted());
        out.push((p.doc.file.clone(), d));
    }
    for (i, s) in graph.stories.iter().enumerate().filter(|(_, s)| files.contains(&s.doc.file.as_path())) {
        let (text, d) = markdown_of(graph, bodies, highlighter, BodyOf::Story(i));
        markdown.story_text[i] = text;
        out.push((s.doc.file.clone(), d));
    }
    for (i, p) in graph.pages.iter().enumerate().filter(|(_, p)| files.contains(&p.file.as_path())) {
        let (text, d) = markdown_of(graph, bodies, highlighter, BodyOf::Page(i));
        markdown.page_text[i] = text;
        out.push((p.file.clone(), d));
    }
    out
}

/// Project `i`'s outcome, rendered, with its problems.
fn outcome(graph: &SiteGraph, highlighter: &Highlighter, i: usize) -> (Option<Rendered>, Diagnostics) {
    let p = &graph.projects[i].doc;
    field(&context(graph, highlighter), &p.file, p.data.outcome.as_ref(), &p.locs, "outcome")
}

/// Project `i`'s Easy Read version as its ideas, with its problems.
fn easy_read_of(graph: &SiteGraph, highlighter: &Highlighter, i: usize) -> (Option<Vec<views::IdeaView>>, Diagnostics) {
    let p = &graph.projects[i].doc;
    let mut d = Diagnostics::new();
    let ctx = context(graph, highlighter);
    let ideas = p.data.easy_read.as_ref().map(|t| easy_read::ideas(t, &ctx, &p.file, p.locs.at("easy_read").line as usize, &mut d));
    (ideas, d)
}

/// A Markdown field of a YAML record; its text starts on the line after its key.
fn field(
    ctx: &MarkdownContext,
    file: &std::path::Path,
    text: Option<&String>,
    locs: &crate::content::Locations,
    path: &str,
) -> (Option<Rendered>, Diagnostics) {
    let mut d = Diagnostics::new();
    let first_line = || locs.at(path).line as usize;
    let r = text.map(|t| markdown::render(t, ctx, &Source { file, first_line: &first_line }, &mut d));
    (r, d)
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
