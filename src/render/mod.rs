//! `&SiteGraph` + theme → output files. Reads no file and writes none: every page is handed
//! to a [`Sink`] (the staging folder in `build`, memory in `serve`).
//!
//! Steps: (1) render the Markdown fields of the YAML records (outcomes, summaries, Easy
//! Read), in parallel, collecting link and accessibility diagnostics; stop if any is an
//! error. (2) Render the graph's routes (its one list of pages, each with its URL) in
//! parallel with rayon; each makes its typed view from the graph and the Markdown of step 1,
//! renders it with the theme, and hands the bytes to the sink. A story's or page's body is
//! shown on its own page only, so that page's job renders and checks it, once (see
//! [`bodies`]); the search index, which reads every body's text, is rendered after the rest.

mod affected;
mod bodies;
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

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::graph::{urls, Route, RouteKind, SiteGraph};
use crate::images::Images;
use crate::qr::Codes;
use crate::theme::{StaticSource, Theme};
pub use affected::affected;
pub use bodies::{Bodies, BodyChecks, BodyOf, Reading};
use context::Ctx;
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

/// What the build made ready from the site's cache for rendering: the pictures' sizes and
/// resized copies, and the QR codes' masks.
#[derive(Clone, Copy)]
pub struct Cached<'a> {
    pub images: &'a Images,
    pub qr: &'a Codes,
}

/// What step 1 keeps of each Markdown document.
pub struct MarkdownOut {
    /// What checking each story's and page's body found (their HTML is made by their pages).
    pub bodies: BodyChecks,
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
    let reading = Reading { graph, bodies: &bodies, highlighter: &highlighter };
    let mut markdown = markdown(reading, BodiesChecked::ByTheirPages, diagnostics);
    if diagnostics.has_errors() {
        diagnostics.extend(markdown.bodies.problems(reading).into_sorted());
        return false;
    }
    let renderer = Renderer { graph, images, qr, bodies: &bodies, markdown: &markdown, highlighter: &highlighter, theme, options };
    diagnostics.extend(renderer.routes(wanted, sink));
    diagnostics.extend(markdown.bodies.problems(reading).into_sorted());
    !diagnostics.has_errors()
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
        let mut ctx = Ctx::new(self);
        let failures = Mutex::new(Vec::new());
        let fail = |d: Diagnostic| failures.lock().unwrap_or_else(|e| e.into_inner()).push(d);
        let render = |ctx: &Ctx, route: &Route| match pages::render(ctx, self.theme, route) {
            Ok(files) => {
                for file in files {
                    if let Err(err) = sink.put(file) {
                        fail(write_failed(err));
                    }
                }
            }
            Err(d) => fail(d),
        };
        // The search index reads every body's text, which the bodies' own pages find as they
        // render: it comes after them, so no body is read twice.
        let last = |route: &Route| route.kind == RouteKind::SearchIndex;
        // Pages differ a hundredfold in cost (a poster against a redirect): small batches let an
        // idle core take work from a busy one to the end, where halves of the list would leave
        // one core rendering alone for the last second of a large site.
        self.graph.routes.par_iter().with_max_len(32).filter(|route| wanted(route) && !last(route)).for_each(|route| render(&ctx, route));
        // Only lists show cards: let them go before the index, the build's peak of memory.
        ctx.cards = cards::DrawnCards::default();
        self.graph.routes.iter().filter(|route| wanted(route) && last(route)).for_each(|route| render(&ctx, route));
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

fn context<'a>(graph: &'a SiteGraph, highlighter: &'a Highlighter) -> MarkdownContext<'a> {
    MarkdownContext { urls: &graph.urls, base: &graph.base, allow_raw_html: graph.config.data.allow_raw_html, highlighter }
}

/// When the story and page bodies are checked: before any page is rendered (the preview, which
/// must know a save's problems before it publishes), or by their own pages' jobs (a build).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodiesChecked {
    Now,
    ByTheirPages,
}

/// Renders the Markdown fields of every record, in parallel, and checks the bodies `when`
/// asked; their problems go to `diagnostics` (a body's, when checked later, come from
/// [`BodyChecks::problems`]).
pub fn markdown(reading: Reading, when: BodiesChecked, diagnostics: &mut Diagnostics) -> MarkdownOut {
    let Reading { graph, highlighter, .. } = reading;
    let outcomes: Vec<_> = (0..graph.projects.len()).into_par_iter().map(|i| outcome(graph, highlighter, i)).collect();
    let easy_read: Vec<_> = (0..graph.projects.len()).into_par_iter().map(|i| easy_read_of(graph, highlighter, i)).collect();
    let summaries: Vec<_> = graph
        .strategies
        .iter()
        .map(|s| field(&context(graph, highlighter), &s.doc.file, s.doc.data.summary.as_ref(), &s.doc.locs, "summary"))
        .collect();
    let mut bodies = BodyChecks::unchecked(graph);
    if when == BodiesChecked::Now {
        diagnostics.extend(bodies.problems(reading).into_sorted());
    }
    MarkdownOut {
        bodies,
        outcomes: diagnostics.keep(outcomes),
        strategy_summaries: diagnostics.keep(summaries),
        easy_read: diagnostics.keep(easy_read),
    }
}

/// Re-checks the Markdown of the projects, stories and pages saved in `files`, in a graph
/// whose records sit where they sat when `markdown` was made (see [`affected`]); returns each
/// file's Markdown problems, which replace its earlier ones.
pub fn remark(markdown: &mut MarkdownOut, reading: Reading, files: &[&std::path::Path]) -> Vec<(PathBuf, Diagnostics)> {
    let Reading { graph, highlighter, .. } = reading;
    let mut out = Vec::new();
    for (i, p) in graph.projects.iter().enumerate().filter(|(_, p)| files.contains(&p.doc.file.as_path())) {
        let (rendered, mut d) = outcome(graph, highlighter, i);
        markdown.outcomes[i] = rendered;
        let (ideas, easy_read_problems) = easy_read_of(graph, highlighter, i);
        markdown.easy_read[i] = ideas;
        d.extend(easy_read_problems.into_sorted());
        out.push((p.doc.file.clone(), d));
    }
    let stories = graph.stories.iter().enumerate().map(|(i, s)| (BodyOf::Story(i), &s.doc.file));
    let pages = graph.pages.iter().enumerate().map(|(i, p)| (BodyOf::Page(i), &p.file));
    for (doc, file) in stories.chain(pages).filter(|(_, file)| files.contains(&file.as_path())) {
        out.push((file.clone(), markdown.bodies.recheck(reading, doc)));
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
