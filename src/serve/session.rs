//! What `serve` keeps between saves, so the commonest edit — changing the text of a story or
//! a page — re-reads one file and re-renders only the pages that show that text (its own page
//! and the search index), not the whole site.
//!
//! A save that changes a project, a story's or a page's front matter re-reads that one file,
//! rebuilds the graph from the content held in memory, and re-renders only the routes
//! [`render::affected`] names (the pages that show that record, and the figures it is
//! counted in). Any other change (`site.yaml`, a strategy, the theme, media, a new, renamed or
//! deleted file, one that reorders or regroups the site) takes the full path: the same
//! [`build::read`] and [`build::resolve`] as `wedid build`. Either way the preview ends up byte-identical to a clean build of the same
//! files; the tests below check that after each kind of edit.
//!
//! While the content has errors nothing is rendered (the last good pages stay up); the pages
//! that should have changed are remembered as stale and rendered by the next good update.

use super::{MemorySink, Snapshot};
use crate::build::{self, BuildOptions, Prepared, Read};
use crate::content::{self, Content, Parsed};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::graph::RouteKind;
use crate::graph::SiteGraph;
use crate::history::History;
use crate::images::Images;
use crate::qr::Codes;
use crate::render::{
    self, highlight::Highlighter, Bodies, BodiesChecked, BodyOf, Cached, MarkdownOut, Reading, RenderOptions, Renderer, SearchJob,
};
use crate::site::{self, SourceFile, SourceKind};
use crate::theme::Theme;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Served files by path.
type Files = HashMap<String, Arc<Vec<u8>>>;

/// The preview's build state across saves.
pub struct Session {
    options: BuildOptions,
    /// Loaded once per preview: syntect's definitions take tens of milliseconds.
    highlighter: Highlighter,
    /// The posters' QR masks from the last build's cache, and those chosen since; never saved
    /// (the preview's addresses are on this computer, not the site's).
    qr: Codes,
    state: Option<State>,
    stale: Stale,
    /// Leave the search index to the caller ([`Self::take_search`]) instead of making it in
    /// the update: `serve` makes it on a thread of its own.
    search_apart: bool,
    search: Option<SearchJob>,
}

/// The content as last read, whether or not it had errors.
struct State {
    /// The content as parsed, every saved body included: the graph is rebuilt from it after a
    /// record edit, without reading the other files again.
    content: Content,
    /// The site's git history as read by the last full read; a saved record is marked as not
    /// yet committed in it.
    history: History,
    /// Problems of walking the folder, kept for those rebuilds.
    walk_diagnostics: Vec<Diagnostic>,
    /// Every file of the site at the last full read, and every file named by its problems.
    known: HashSet<PathBuf>,
    graph: SiteGraph,
    images: Images,
    /// Bodies saved since `graph` was built: beside it, so the graph stays as built.
    bodies: Bodies,
    theme: Option<Theme>,
    markdown: MarkdownOut,
    file_diagnostics: Vec<Diagnostic>,
    site_diagnostics: Vec<Diagnostic>,
    markdown_diagnostics: Vec<Diagnostic>,
    /// A bilingual site's further languages: with any, every save takes the full path.
    languages: Vec<build::LanguageSite>,
}

/// Pages whose changes the served files do not show yet, because the content had errors.
enum Stale {
    Nothing,
    Routes(HashSet<RouteKind>),
    All,
}

impl Stale {
    /// Marks `routes` as stale too.
    fn add(&mut self, routes: impl IntoIterator<Item = RouteKind>) {
        match self {
            Stale::All => {}
            Stale::Routes(set) => set.extend(routes),
            Stale::Nothing => *self = Stale::Routes(routes.into_iter().collect()),
        }
    }
}

/// What one update did, for the terminal.
pub struct Update {
    pub snapshot: Arc<Snapshot>,
    /// Site data files are still to render: call [`Session::finish`] after publishing.
    pub deferred: bool,
    /// Files rendered by this update.
    pub rendered: usize,
    /// True when only the changed pages were re-rendered.
    pub partial: bool,
    pub elapsed: Duration,
    pub base_path: String,
}

/// One document whose body, and only its body, changed.
struct BodyEdit {
    doc: BodyOf,
    body: Option<content::Body>,
    file: PathBuf,
    diagnostics: Diagnostics,
}

impl Session {
    pub fn new(options: BuildOptions) -> Self {
        let qr = Codes::load(&options.site);
        Session { options, highlighter: Highlighter::default(), qr, state: None, stale: Stale::All, search_apart: false, search: None }
    }

    /// From now on, updates leave the search index for [`Self::take_search`].
    pub fn search_apart(&mut self) {
        self.search_apart = true;
    }

    /// The search index the last update left to make, if any: its files replace the served
    /// bundle's (see [`render::in_search_bundle`]).
    pub fn take_search(&mut self) -> Option<SearchJob> {
        self.search.take()
    }

    /// The paths of `changed` that matter to the site: all but those that are gone and were
    /// never part of it, such as the temporary file an editor (or `sed -i`) writes and renames
    /// over the one saved, which would otherwise cost a rebuild of the whole site. A folder
    /// that is gone was part of it if a file of the site was in it (a folder moved away is
    /// reported as the folder alone).
    pub fn relevant(&self, changed: &[PathBuf]) -> Vec<PathBuf> {
        let Some(state) = &self.state else { return changed.to_vec() };
        let known = |path: &PathBuf| state.known.contains(path) || state.known.iter().any(|file| file.starts_with(path));
        changed.iter().filter(|path| self.options.site.join(path).exists() || known(path)).cloned().collect()
    }

    /// Brings the preview up to date after `changed` (paths relative to the site root; empty
    /// for the first build), starting from the snapshot being served.
    pub fn update(&mut self, changed: &[PathBuf], previous: &Snapshot) -> Update {
        let started = Instant::now();
        let state = self.state.as_ref().filter(|state| state.languages.is_empty());
        if let Some(edits) = state.and_then(|state| body_edits(&self.options.site, state, changed)) {
            let routes = self.apply(edits);
            self.stale.add(routes);
        } else if let Some(edits) = state.and_then(|state| record_edits(&self.options.site, state, changed)) {
            self.apply_records(edits);
        } else {
            self.full();
        }
        self.publish(previous, previous.generation + 1, true, started)
    }

    /// Completes an update that deferred the whole-site data files: renders them into a
    /// snapshot of the same generation (browsers already reloaded for the pages). The result
    /// counts the files and time of both steps.
    pub fn finish(&mut self, update: Update) -> Update {
        if !update.deferred {
            return update;
        }
        let finished = self.publish(&update.snapshot, update.snapshot.generation, false, Instant::now());
        Update { rendered: update.rendered + finished.rendered, elapsed: update.elapsed + finished.elapsed, ..finished }
    }

    /// Re-reads the whole site, as `wedid build` does.
    fn full(&mut self) {
        let Read { content, history, file_diagnostics, walk_diagnostics, walked } = build::read(&self.options);
        let known = walked.into_iter().chain(walk_diagnostics.iter().chain(&file_diagnostics).map(|d| d.file.clone())).collect();
        let Prepared { graph, theme, file_diagnostics, site_diagnostics, images, languages } =
            build::resolve(content.clone(), &history, file_diagnostics, walk_diagnostics.clone(), &self.options);
        let mut markdown_diagnostics = Diagnostics::new();
        let bodies = Bodies::default();
        let reading = Reading { graph: &graph, bodies: &bodies, highlighter: &self.highlighter };
        let markdown = render::markdown(reading, BodiesChecked::Now, &mut markdown_diagnostics);
        let markdown_diagnostics = markdown_diagnostics.into_sorted();
        self.state = Some(State {
            content,
            history,
            walk_diagnostics,
            known,
            graph,
            images,
            bodies,
            theme,
            markdown,
            file_diagnostics,
            site_diagnostics,
            markdown_diagnostics,
            languages,
        });
        self.stale = Stale::All;
    }

    /// Puts the saved records into the content, rebuilds the graph from it, and marks the
    /// routes the change affects; a change that moves the site's structure marks them all.
    fn apply_records(&mut self, edits: Vec<RecordEdit>) {
        let Some(state) = self.state.as_mut() else { return };
        let files: Vec<PathBuf> = edits.iter().map(|e| e.file.clone()).collect();
        for edit in edits {
            replace(&mut state.file_diagnostics, &edit.file, edit.diagnostics);
            put(&mut state.content, edit.parsed);
            state.history.saved(&edit.file);
        }
        let Prepared { graph, theme, site_diagnostics, images, .. } =
            build::resolve(state.content.clone(), &state.history, Vec::new(), state.walk_diagnostics.clone(), &self.options);
        let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        let affected = render::affected(&state.graph, &graph, &paths);
        let old = std::mem::replace(&mut state.graph, graph);
        // Freeing the graph a save replaces (every record of the site, about 10 ms at 10k
        // projects) is nobody's wait: it happens on a thread of its own, off the path from
        // the save to the page.
        std::thread::spawn(move || drop(old));
        (state.theme, state.site_diagnostics, state.bodies) = (theme, site_diagnostics, Bodies::default());
        state.images = images;
        let reading = Reading { graph: &state.graph, bodies: &state.bodies, highlighter: &self.highlighter };
        match affected {
            Some(routes) => {
                for (file, problems) in render::remark(&mut state.markdown, reading, &paths) {
                    replace(&mut state.markdown_diagnostics, &file, problems);
                }
                self.stale.add(routes);
            }
            None => {
                let mut markdown_diagnostics = Diagnostics::new();
                state.markdown = render::markdown(reading, BodiesChecked::Now, &mut markdown_diagnostics);
                state.markdown_diagnostics = markdown_diagnostics.into_sorted();
                self.stale = Stale::All;
            }
        }
    }

    /// Keeps each edited body beside the graph, re-renders its Markdown, replaces that file's
    /// problems, and returns the routes that show it.
    fn apply(&mut self, edits: Vec<BodyEdit>) -> Vec<RouteKind> {
        let Some(state) = self.state.as_mut() else { return Vec::new() };
        let mut routes = Vec::new();
        for edit in edits {
            set_body(&mut state.content, &edit.file, edit.body.clone());
            state.bodies.set(edit.doc, edit.body);
            let reading = Reading { graph: &state.graph, bodies: &state.bodies, highlighter: &self.highlighter };
            let problems = state.markdown.bodies.recheck(reading, edit.doc);
            replace(&mut state.file_diagnostics, &edit.file, edit.diagnostics);
            replace(&mut state.markdown_diagnostics, &edit.file, problems);
            routes.extend(edit.doc.readers());
        }
        routes
    }

    /// Renders what is stale, unless the content has errors; then the last good files stay.
    /// With `defer_data`, a partial update leaves the site data files stale for [`Self::finish`].
    fn publish(&mut self, previous: &Snapshot, generation: u64, defer_data: bool, started: Instant) -> Update {
        let keep = |diagnostics: Diagnostics, base_path: &str| Update {
            snapshot: Arc::new(Snapshot { files: previous.files.clone(), diagnostics: diagnostics.into_sorted(), generation }),
            deferred: false,
            rendered: 0,
            partial: false,
            elapsed: started.elapsed(),
            base_path: base_path.to_string(),
        };
        let Some(state) = &self.state else { return keep(Diagnostics::new(), "/") };
        let mut diagnostics = Diagnostics::new();
        diagnostics.extend(state.file_diagnostics.iter().cloned());
        diagnostics.extend(state.site_diagnostics.iter().cloned());
        diagnostics.extend(state.markdown_diagnostics.iter().cloned());
        let base_path = &state.graph.base.path;
        let theme = match &state.theme {
            Some(theme) if !diagnostics.has_errors() => theme,
            _ => return keep(diagnostics, base_path),
        };
        let sink = MemorySink::new(&self.options.site);
        let options = RenderOptions { preview: self.options.preview };
        let renderer = Renderer {
            graph: &state.graph,
            images: &state.images,
            qr: &self.qr,
            bodies: &state.bodies,
            markdown: &state.markdown,
            highlighter: &self.highlighter,
            theme,
            options,
        };
        let mut later = HashSet::new();
        let apart = |kind: &RouteKind| self.search_apart && *kind == RouteKind::SearchIndex;
        let (mut failures, partial, search) = match &self.stale {
            Stale::Nothing => (Vec::new(), true, false),
            Stale::Routes(kinds) => {
                let (now, rest): (HashSet<RouteKind>, HashSet<RouteKind>) = kinds.iter().partition(|k| !(defer_data && k.is_site_data()));
                later.extend(rest);
                (renderer.routes(|route| now.contains(&route.kind) && !apart(&route.kind), &sink), true, now.iter().any(apart))
            }
            Stale::All => (renderer.routes(|route| !apart(&route.kind), &sink), false, self.search_apart),
        };
        if search {
            self.search = Some(renderer.search_job());
        }
        if !partial {
            failures.extend(render::assets(&state.graph, &state.images, theme, &sink));
            failures.extend(build::languages::preview(
                &state.languages,
                Cached { images: &state.images, qr: &self.qr },
                options,
                &sink,
                &mut diagnostics,
            ));
        }
        if !failures.is_empty() {
            diagnostics.extend(failures);
            self.stale = Stale::All;
            return keep(diagnostics, base_path);
        }
        let deferred = !later.is_empty();
        self.stale = if deferred { Stale::Routes(later) } else { Stale::Nothing };
        let fresh = sink.into_files();
        let rendered = fresh.len();
        let files = served(previous, fresh, partial, self.search_apart);
        Update {
            snapshot: Arc::new(Snapshot { files, diagnostics: diagnostics.into_sorted(), generation }),
            deferred,
            rendered,
            partial,
            elapsed: started.elapsed(),
            base_path: base_path.clone(),
        }
    }
}

/// The files to serve after an update rendered `fresh`: over the previous ones for a partial
/// update (a new search bundle replaces the old one whole, its files being named by their
/// content); alone after a full one, but for a search bundle being remade apart, which
/// replaces the served one when it is ready.
fn served(previous: &Snapshot, fresh: Files, partial: bool, search_apart: bool) -> Files {
    let mut files = if partial { previous.files.clone() } else { Files::new() };
    if partial && fresh.keys().any(|path| render::in_search_bundle(path)) {
        files.retain(|path, _| !render::in_search_bundle(path));
    }
    if !partial && search_apart {
        files.extend(previous.files.iter().filter(|(path, _)| render::in_search_bundle(path)).map(|(p, f)| (p.clone(), f.clone())));
    }
    files.extend(fresh);
    files
}

/// The edits, when every changed path is a story or page that still parses with the same
/// front matter (same values at the same places); `None` sends the update down the full path.
fn body_edits(root: &Path, state: &State, changed: &[PathBuf]) -> Option<Vec<BodyEdit>> {
    if changed.is_empty() {
        return None;
    }
    let paths: BTreeSet<&PathBuf> = changed.iter().collect();
    let g = &state.graph;
    paths
        .into_iter()
        .map(|path| {
            let file = SourceFile { kind: site::classify(path)?, path: path.clone() };
            let mut diagnostics = Diagnostics::new();
            let doc = match content::load_file(root, &file, &g.config.data, &mut diagnostics)? {
                Parsed::Story(new) => {
                    let i = g.stories.iter().position(|s| s.doc.file == *path)?;
                    let old = &g.stories[i].doc;
                    (new.slug == old.slug && new.data == old.data && new.locs == old.locs).then_some((BodyOf::Story(i), new.body))
                }
                Parsed::Page(new) => {
                    let i = g.pages.iter().position(|p| p.file == *path)?;
                    let old = &g.pages[i];
                    (new.slug == old.slug && new.data == old.data && new.locs == old.locs).then_some((BodyOf::Page(i), new.body))
                }
                Parsed::Strategy(_) | Parsed::Project(_) => None,
            };
            doc.map(|(doc, body)| BodyEdit { doc, body, file: path.clone(), diagnostics })
        })
        .collect()
}

/// The records saved, when every changed path is a project, story or free page the preview
/// already holds that still parses: then the graph is rebuilt from memory and only the
/// routes the change affects are rendered. `None` sends the update down the full path.
fn record_edits(root: &Path, state: &State, changed: &[PathBuf]) -> Option<Vec<RecordEdit>> {
    if changed.is_empty() {
        return None;
    }
    let paths: BTreeSet<&PathBuf> = changed.iter().collect();
    let held = |path: &PathBuf| {
        let c = &state.content;
        c.projects.iter().any(|d| d.file == *path) || c.stories.iter().any(|d| d.file == *path) || c.pages.iter().any(|d| d.file == *path)
    };
    // A record with translations takes the full path, where they are checked against it again.
    let translated = |path: &PathBuf| state.content.translations.iter().any(|t| t.original == *path);
    paths
        .into_iter()
        .map(|path| {
            let file = SourceFile { kind: site::classify(path)?, path: path.clone() };
            if !matches!(file.kind, SourceKind::Project | SourceKind::Story | SourceKind::Page) || !held(path) || translated(path) {
                return None;
            }
            let mut diagnostics = Diagnostics::new();
            let parsed = content::load_file(root, &file, &state.content.config.data, &mut diagnostics)?;
            Some(RecordEdit { parsed, file: path.clone(), diagnostics })
        })
        .collect()
}

/// One record file saved, parsed again.
struct RecordEdit {
    parsed: Parsed,
    file: PathBuf,
    diagnostics: Diagnostics,
}

/// Replaces the record of `parsed`'s file in `content`.
fn put(content: &mut Content, parsed: Parsed) {
    fn swap<T>(docs: &mut [content::Doc<T>], doc: content::Doc<T>) {
        if let Some(old) = docs.iter_mut().find(|d| d.file == doc.file) {
            *old = doc;
        }
    }
    match parsed {
        Parsed::Project(doc) => swap(&mut content.projects, doc),
        Parsed::Story(doc) => swap(&mut content.stories, doc),
        Parsed::Page(doc) => swap(&mut content.pages, doc),
        Parsed::Strategy(doc) => swap(&mut content.strategies, doc),
    }
}

/// Keeps a saved body in `content` too, so a later rebuild of the graph has it.
fn set_body(content: &mut Content, file: &Path, body: Option<content::Body>) {
    if let Some(doc) = content.stories.iter_mut().find(|d| d.file == file) {
        doc.body = body;
    } else if let Some(doc) = content.pages.iter_mut().find(|d| d.file == file) {
        doc.body = body;
    }
}

/// Replaces one file's problems in `list`.
fn replace(list: &mut Vec<Diagnostic>, file: &Path, new: Diagnostics) {
    list.retain(|d| d.file != file);
    list.extend(new.into_sorted());
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;
