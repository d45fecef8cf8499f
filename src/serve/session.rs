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
use crate::render::{self, highlight::Highlighter, Bodies, BodyOf, MarkdownOut, RenderOptions, Renderer};
use crate::site::{self, SourceFile, SourceKind};
use crate::theme::Theme;
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The preview's build state across saves.
pub struct Session {
    options: BuildOptions,
    /// Loaded once per preview: syntect's definitions take tens of milliseconds.
    highlighter: Highlighter,
    state: Option<State>,
    stale: Stale,
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
        Session { options, highlighter: Highlighter::default(), state: None, stale: Stale::All }
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
        let Read { content, history, file_diagnostics, walk_diagnostics } = build::read(&self.options);
        let Prepared { graph, theme, file_diagnostics, site_diagnostics, images, languages } =
            build::resolve(content.clone(), &history, file_diagnostics, walk_diagnostics.clone(), &self.options);
        let mut markdown_diagnostics = Diagnostics::new();
        let bodies = Bodies::default();
        let markdown = render::markdown(&graph, &bodies, &self.highlighter, &mut markdown_diagnostics);
        let markdown_diagnostics = markdown_diagnostics.into_sorted();
        self.state = Some(State {
            content,
            history,
            walk_diagnostics,
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
        (state.graph, state.theme, state.site_diagnostics, state.bodies) = (graph, theme, site_diagnostics, Bodies::default());
        state.images = images;
        match affected {
            Some(routes) => {
                for (file, problems) in render::remark(&mut state.markdown, &state.graph, &state.bodies, &self.highlighter, &paths) {
                    replace(&mut state.markdown_diagnostics, &file, problems);
                }
                self.stale.add(routes);
            }
            None => {
                let mut markdown_diagnostics = Diagnostics::new();
                state.markdown = render::markdown(&state.graph, &state.bodies, &self.highlighter, &mut markdown_diagnostics);
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
            let (text, problems) = render::markdown_of(&state.graph, &state.bodies, &self.highlighter, edit.doc);
            match edit.doc {
                BodyOf::Story(i) => state.markdown.story_text[i] = text,
                BodyOf::Page(i) => state.markdown.page_text[i] = text,
            }
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
            bodies: &state.bodies,
            markdown: &state.markdown,
            highlighter: &self.highlighter,
            theme,
            options,
        };
        let mut later = HashSet::new();
        let (mut failures, partial) = match &self.stale {
            Stale::Nothing => (Vec::new(), true),
            Stale::Routes(kinds) => {
                let (now, rest): (HashSet<RouteKind>, HashSet<RouteKind>) = kinds.iter().partition(|k| !(defer_data && k.is_site_data()));
                later.extend(rest);
                (renderer.routes(|route| now.contains(&route.kind), &sink), true)
            }
            Stale::All => (renderer.routes(|_| true, &sink), false),
        };
        if !partial {
            failures.extend(render::assets(&state.graph, &state.images, theme, &sink));
            failures.extend(build::languages::preview(&state.languages, &state.images, options, &sink, &mut diagnostics));
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
        let files = if partial {
            let mut files = previous.files.clone();
            if fresh.keys().any(|path| render::in_search_bundle(path)) {
                files.retain(|path, _| !render::in_search_bundle(path));
            }
            files.extend(fresh);
            files
        } else {
            fresh
        };
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
mod tests {
    use super::super::fixture::example;
    use super::*;
    use std::collections::HashMap;
    use std::fs;
    use std::sync::Arc;

    /// What a clean build of the same files holds.
    fn clean(options: &BuildOptions) -> HashMap<String, Arc<Vec<u8>>> {
        let sink = MemorySink::new(&options.site);
        let report = build::build_into(options, Some(&sink)).unwrap_or_else(|e| panic!("build: {e}"));
        assert_eq!(report.errors(), 0, "{:?}", report.diagnostics);
        sink.into_files()
    }

    fn assert_same(served: &Snapshot, options: &BuildOptions) {
        let expected = clean(options);
        let mut paths: Vec<&String> = expected.keys().chain(served.files.keys()).collect();
        paths.sort();
        paths.dedup();
        for path in paths {
            assert_eq!(served.files.get(path), expected.get(path), "{path} differs from a clean build");
        }
    }

    /// Edits `file`, then brings the preview up to date as the watcher would.
    fn edit(
        session: &mut Session,
        snapshot: &Snapshot,
        options: &BuildOptions,
        file: &str,
        change: impl FnOnce(String) -> String,
    ) -> Update {
        let path = options.site.join(file);
        let text = fs::read_to_string(&path).unwrap_or_default();
        fs::write(&path, change(text)).unwrap_or_else(|e| panic!("write: {e}"));
        let update = session.update(&[PathBuf::from(file)], snapshot);
        settle(session, update)
    }

    /// Renders what an update deferred, as `serve` does right after publishing it.
    fn settle(session: &mut Session, update: Update) -> Update {
        let generation = update.snapshot.generation;
        let finished = session.finish(update);
        assert!(!finished.deferred && finished.snapshot.generation == generation);
        finished
    }

    const STORY: &str = "content/stories/crisis-cafe.md";
    const PROJECT: &str = "content/projects/home-treatment-information-pack.yaml";
    const OTHER_STORY: &str = "content/stories/ward-snacks.md";

    #[test]
    fn body_edits_rerender_only_their_pages_and_match_a_clean_build() {
        let (_dir, options) = example();
        let mut session = Session::new(options.clone());
        let first = session.update(&[], &Snapshot::default());
        assert!(!first.partial && !first.deferred);
        assert_same(&first.snapshot, &options);

        std::fs::write(
            options.site.join(STORY),
            fs::read_to_string(options.site.join(STORY)).unwrap_or_default() + "\nA new closing paragraph about the café.\n",
        )
        .unwrap_or_else(|e| panic!("write: {e}"));
        let pages_first = session.update(&[PathBuf::from(STORY)], &first.snapshot);
        assert!(pages_first.partial && pages_first.deferred && pages_first.rendered == 1, "{} files", pages_first.rendered);
        let story = settle(&mut session, pages_first);
        // Then the search bundle, all of whose files are named by their content.
        let bundle = story.snapshot.files.keys().filter(|path| render::in_search_bundle(path)).count();
        assert!(story.partial && story.rendered == 1 + bundle, "{} files", story.rendered);
        let page = story.snapshot.files.get("stories/crisis-cafe/index.html").map(|b| String::from_utf8_lossy(b).to_string());
        assert!(page.unwrap_or_default().contains("A new closing paragraph"));
        assert_same(&story.snapshot, &options);

        let page = edit(&mut session, &story.snapshot, &options, "content/pages/about.md", |t| t + "\nOne more line.\n");
        assert!(page.partial);
        assert_same(&page.snapshot, &options);
    }

    #[test]
    fn pages_changed_while_broken_are_rendered_by_the_fix() {
        let (_dir, options) = example();
        let mut session = Session::new(options.clone());
        let first = session.update(&[], &Snapshot::default());
        let broken = edit(&mut session, &first.snapshot, &options, STORY, |t| t + "\nCall about 943 476 5919.\n");
        assert!(broken.snapshot.diagnostics.iter().any(|d| d.code == "nhs-number"));
        assert_eq!(broken.snapshot.files, first.snapshot.files, "the last good pages stay up");
        let other = edit(&mut session, &broken.snapshot, &options, OTHER_STORY, |t| t + "\nSnacks are now on every ward.\n");
        assert!(other.snapshot.diagnostics.iter().any(|d| d.is_error()));
        let fixed = edit(&mut session, &other.snapshot, &options, STORY, |t| t.replace("Call about 943 476 5919.", "Call us."));
        assert!(fixed.partial && !fixed.snapshot.diagnostics.iter().any(|d| d.is_error()));
        assert_same(&fixed.snapshot, &options);
    }

    #[test]
    fn other_changes_take_the_full_path_and_match_a_clean_build() {
        let (dir, options) = example();
        let mut session = Session::new(options.clone());
        let mut snapshot = session.update(&[], &Snapshot::default()).snapshot;
        let menu = edit(&mut session, &snapshot, &options, "content/pages/about.md", |t| t.replacen("title: ", "title: All ", 1));
        assert!(!menu.partial, "every page shows the menu");
        assert_same(&menu.snapshot, &options);
        snapshot = menu.snapshot;
        let moved = edit(&mut session, &snapshot, &options, PROJECT, |t| t.replacen("started: 2025-01-13", "started: 2019-01-13", 1));
        assert!(!moved.partial, "a new start date reorders the lists");
        assert_same(&moved.snapshot, &options);
        let themed = edit(&mut session, &moved.snapshot, &options, PROJECT, |t| t.replacen("theme: ", "theme: Newly ", 1));
        assert!(!themed.partial, "every project list page counts the projects of each theme");
        assert_same(&themed.snapshot, &options);
        let changed = themed;
        // Nothing links to this story, so removing it is not an error.
        let unlinked = "content/stories/writing-together.md";
        let text = fs::read(dir.path().join(unlinked)).unwrap_or_default();
        fs::remove_file(dir.path().join(unlinked)).unwrap_or_else(|e| panic!("remove: {e}"));
        let removed = session.update(&[PathBuf::from(unlinked)], &changed.snapshot);
        let removed = settle(&mut session, removed);
        assert!(!removed.partial && !removed.snapshot.files.contains_key("stories/writing-together/index.html"));
        assert_same(&removed.snapshot, &options);
        fs::write(dir.path().join(unlinked), text).unwrap_or_else(|e| panic!("write: {e}"));
        let restored = session.update(&[PathBuf::from(unlinked)], &removed.snapshot);
        let restored = settle(&mut session, restored);
        assert!(restored.snapshot.files.contains_key("stories/writing-together/index.html"));
        assert_same(&restored.snapshot, &options);
    }

    #[test]
    fn front_matter_edits_rerender_only_what_shows_them_and_match_a_clean_build() {
        let (_dir, options) = example();
        let mut session = Session::new(options.clone());
        let mut snapshot = session.update(&[], &Snapshot::default()).snapshot;
        let all = snapshot.files.len();
        type Change = fn(String) -> String;
        let edits: [(&str, &str, Change); 7] = [
            ("a project's summary", PROJECT, |t| t.replacen("summary: ", "summary: Updated. ", 1)),
            ("an action done (figures change)", PROJECT, |t| {
                t.replacen("        status: planned\n        date: 2027-02-01", "        status: done\n        date: 2025-06-01", 1)
            }),
            ("a new action", PROJECT, |t| {
                t.replacen("        status: done\n        date: 2025-03-03\n", "        status: done\n        date: 2025-03-03\n      - action: A new leaflet.\n        status: in-progress\n        date: 2027-01-01\n", 1)
            }),
            ("a link to another project's story", PROJECT, |t| {
                t.replacen("        date: 2025-03-03\n", "        date: 2025-03-03\n        link: /stories/crisis-cafe/\n", 1)
            }),
            ("a story's title", STORY, |t| t.replacen("title: ", "title: Renamed ", 1)),
            ("a story's summary and body together", OTHER_STORY, |t| t.replacen("summary: ", "summary: New. ", 1) + "\nMore.\n"),
            ("a page's summary", "content/pages/glossary.md", |t| t.replacen("summary: ", "summary: Words. ", 1)),
        ];
        for (what, file, change) in edits {
            let update = edit(&mut session, &snapshot, &options, file, change);
            assert!(update.partial && update.rendered < all / 2, "{what}: {} of {all} files", update.rendered);
            assert!(!update.snapshot.diagnostics.iter().any(|d| d.is_error()), "{what}: {:?}", update.snapshot.diagnostics);
            assert_same(&update.snapshot, &options);
            snapshot = update.snapshot;
        }
    }

    #[test]
    fn a_bilingual_site_renders_every_language_on_each_save() {
        let (_dir, options) = example();
        let mut session = Session::new(options.clone());
        let first = session.update(&[], &Snapshot::default()).snapshot;
        let bilingual = edit(&mut session, &first, &options, "site.yaml", |t| t + "languages: [en-GB, cy]\n");
        assert!(bilingual.snapshot.files.contains_key("cy/stories/crisis-cafe/index.html"));
        let update = edit(&mut session, &bilingual.snapshot, &options, STORY, |t| t + "\nOne more line.\n");
        assert!(!update.partial, "a bilingual site takes the full path");
        assert!(update
            .snapshot
            .files
            .get("cy/stories/crisis-cafe/index.html")
            .is_some_and(|b| String::from_utf8_lossy(b).contains("One more")));
        assert_same(&update.snapshot, &options);
    }

    #[test]
    fn easy_read_and_translation_edits_match_a_clean_build() {
        let (_dir, options) = example();
        let mut session = Session::new(options.clone());
        let snapshot = session.update(&[], &Snapshot::default()).snapshot;
        let easy = "content/projects/crisis-line-at-night.yaml";
        let long = |t: String| {
            t.replacen(
                "  Some people waited 20 minutes or more.",
                "  Some people waited 20 minutes or more, and the message they heard while they waited made them feel worse.",
                1,
            )
        };
        let update = edit(&mut session, &snapshot, &options, easy, long);
        assert!(update.partial, "an Easy Read edit renders only what shows the project");
        assert!(update.snapshot.diagnostics.iter().any(|d| d.code == "easy-read-long-sentence"), "{:?}", update.snapshot.diagnostics);
        let page = update.snapshot.files.get("you-said-we-did/crisis-line-at-night/easy-read/index.html");
        assert!(page.is_some_and(|b| String::from_utf8_lossy(b).contains("made them feel worse")));
        assert_same(&update.snapshot, &options);

        let added = edit(&mut session, &update.snapshot, &options, PROJECT, |t| t + "easy_read: We made a new pack.\n");
        assert!(added.snapshot.files.contains_key("you-said-we-did/home-treatment-information-pack/easy-read/index.html"));
        assert_same(&added.snapshot, &options);

        let site = edit(&mut session, &added.snapshot, &options, "site.yaml", |t| t + "languages: [en-GB, cy]\n");
        assert!(site.snapshot.diagnostics.iter().any(|d| d.code == "translation-missing"));
        let welsh = "content/pages/about.cy.md";
        fs::copy(options.site.join("content/pages/about.md"), options.site.join(welsh)).unwrap_or_else(|e| panic!("copy: {e}"));
        let update = session.update(&[PathBuf::from(welsh)], &site.snapshot);
        let translated = settle(&mut session, update);
        assert!(!translated.snapshot.diagnostics.iter().any(|d| d.code == "translation-missing" && d.file.ends_with("about.md")));
        let original =
            edit(&mut session, &translated.snapshot, &options, "content/pages/about.md", |t| t.replacen("order: 1", "order: 9", 1));
        assert!(
            original.snapshot.diagnostics.iter().any(|d| d.code == "translation-differs"),
            "an edit of a translated record checks its translations again"
        );
    }
}
