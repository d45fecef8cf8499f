//! Story and page bodies: the edits the preview keeps beside the graph, and what checking
//! each body found.
//!
//! A build checks each body in the job that renders its page, so each body's Markdown is
//! read once: at 10k stories a separate check of every body before rendering was a sixth of
//! the build's time, and keeping every body's HTML from that check to its page was a quarter
//! of its memory. The preview checks every body up front instead, because it must know a
//! save's problems before it decides to publish.

use super::highlight::Highlighter;
use super::markdown::{self, Rendered, Source};
use crate::content::Body as MarkdownBody;
use crate::diagnostics::Diagnostics;
use crate::graph::{RouteKind, SiteGraph};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

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
    fn of<'a>(&'a self, graph: &'a SiteGraph, doc: BodyOf) -> (&'a Path, Option<&'a MarkdownBody>) {
        let (file, built) = match doc {
            BodyOf::Story(i) => (&graph.stories[i].doc.file, graph.stories[i].doc.body.as_ref()),
            BodyOf::Page(i) => (&graph.pages[i].file, graph.pages[i].body.as_ref()),
        };
        (file, self.edited.get(&doc).map_or(built, Option::as_ref))
    }
}

/// The site's bodies as read now: the graph's, with the preview's edits over them.
#[derive(Clone, Copy)]
pub struct Reading<'a> {
    pub graph: &'a SiteGraph,
    pub bodies: &'a Bodies,
    pub highlighter: &'a Highlighter,
}

impl Reading<'_> {
    /// Renders one document's body, reporting its problems into `d`.
    fn markdown(&self, doc: BodyOf, make_html: bool, d: &mut Diagnostics) -> Rendered {
        let (file, body) = self.bodies.of(self.graph, doc);
        let ctx = super::context(self.graph, self.highlighter);
        let pass = if make_html { markdown::render } else { markdown::check };
        body.map(|b| pass(&b.text, &ctx, &Source { file, first_line: &|| b.first_line }, d)).unwrap_or_default()
    }

    /// Checks one document's body without making its HTML.
    fn check(&self, doc: BodyOf) -> Checked {
        let mut problems = Diagnostics::new();
        let text = self.markdown(doc, false, &mut problems).text;
        Checked { text, problems }
    }
}

/// What checking one body found: the start of its text, for the search index, and its
/// problems, until they are moved into the build's.
struct Checked {
    text: String,
    problems: Diagnostics,
}

/// Each story's and page's [`Checked`], filled by whichever job reads the body first.
pub struct BodyChecks {
    stories: Vec<OnceLock<Checked>>,
    pages: Vec<OnceLock<Checked>>,
}

impl BodyChecks {
    /// None checked yet: each body is checked by its page's job, or by the first reader.
    pub fn unchecked(graph: &SiteGraph) -> Self {
        let slots = |n: usize| (0..n).map(|_| OnceLock::new()).collect();
        BodyChecks { stories: slots(graph.stories.len()), pages: slots(graph.pages.len()) }
    }

    /// Checks, in parallel, the bodies no job has read.
    fn fill(&self, reading: Reading) {
        let docs: Vec<BodyOf> = (0..self.stories.len()).map(BodyOf::Story).chain((0..self.pages.len()).map(BodyOf::Page)).collect();
        docs.into_par_iter().for_each(|doc| {
            self.text(reading, doc);
        });
    }

    fn slot(&self, doc: BodyOf) -> &OnceLock<Checked> {
        match doc {
            BodyOf::Story(i) => &self.stories[i],
            BodyOf::Page(i) => &self.pages[i],
        }
    }

    /// The start of the body's text, checking it now if no job has yet.
    pub fn text(&self, reading: Reading, doc: BodyOf) -> &str {
        &self.slot(doc).get_or_init(|| reading.check(doc)).text
    }

    /// The HTML of one document's body, for its page. Checks the body from the same pass if
    /// no job has yet; otherwise what was found stands (the body is the same).
    pub fn html(&self, reading: Reading, doc: BodyOf) -> String {
        let mut problems = Diagnostics::new();
        let Rendered { html, text } = reading.markdown(doc, true, &mut problems);
        // Already set means checked by another reader of the same text: either result is it.
        let _ = self.slot(doc).set(Checked { text, problems });
        html
    }

    /// Checks the body again after the preview saw it change; returns its problems, which
    /// replace its earlier ones.
    pub fn recheck(&mut self, reading: Reading, doc: BodyOf) -> Diagnostics {
        let Checked { text, problems } = reading.check(doc);
        *self.slot_mut(doc) = OnceLock::from(Checked { text, problems: Diagnostics::new() });
        problems
    }

    /// Checks the bodies no job has read, and moves every body's problems out.
    pub fn problems(&mut self, reading: Reading) -> Diagnostics {
        self.fill(reading);
        let mut out = Diagnostics::new();
        for checked in self.stories.iter_mut().chain(self.pages.iter_mut()).filter_map(OnceLock::get_mut) {
            out.extend(std::mem::take(&mut checked.problems).into_sorted());
        }
        out
    }

    fn slot_mut(&mut self, doc: BodyOf) -> &mut OnceLock<Checked> {
        match doc {
            BodyOf::Story(i) => &mut self.stories[i],
            BodyOf::Page(i) => &mut self.pages[i],
        }
    }
}
