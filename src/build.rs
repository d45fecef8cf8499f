//! The pipeline as one short function: walk → parse → graph → images → render → swap into place.
//! It owns no domain rule. It never writes to the output folder when any error was found,
//! so the last good site stays. `check` is the same pipeline rendering into nothing.

use crate::content::{self, Content, Date};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::graph::{self, GraphOptions, SiteGraph};
use crate::history::History;
use crate::images::{self, Images};
use crate::output::Staging;
use crate::render::{self, Cached, OutputFile, RenderOptions, Sink};
use crate::theme::{self, Theme};
use crate::{qr, site};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub mod languages;
pub use languages::LanguageSite;

/// Everything a build needs to know, resolved from the command line.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub site: PathBuf,
    /// `None`: check only, write nothing.
    pub output: Option<PathBuf>,
    pub include_drafts: bool,
    pub base_url: Option<String>,
    /// `serve`: publish at this origin (`http://127.0.0.1:1111`), keeping base_url's sub-path.
    pub origin: Option<String>,
    pub today: Date,
    pub strict: bool,
    pub preview: bool,
    /// Live counts for a progress bar on another thread; `None` when nobody watches.
    pub progress: Option<Arc<Progress>>,
}

/// How far a build has got, readable from another thread while it runs.
#[derive(Debug, Default)]
pub struct Progress {
    /// Files the site will have, known once the site graph is built (0 until then).
    pub total: AtomicUsize,
    /// Files rendered so far.
    pub rendered: AtomicUsize,
}

impl BuildOptions {
    /// Defaults for a site folder: output to `<site>/output`, today's date.
    pub fn new(site: impl Into<PathBuf>) -> Self {
        let site = site.into();
        BuildOptions {
            output: Some(site.join("output")),
            site,
            include_drafts: false,
            base_url: None,
            origin: None,
            today: today(),
            strict: false,
            preview: false,
            progress: None,
        }
    }
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Every problem, sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
    /// HTML pages and all files rendered.
    pub pages: usize,
    pub files: usize,
    /// True when the output folder now holds the new site.
    pub written: bool,
    pub elapsed: Duration,
    /// The site's base path (`/` or `/sub/`), (`/` when site.yaml could not be read).
    pub base_path: String,
}

impl BuildReport {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// "Today" for the 90-day rule: `SOURCE_DATE_EPOCH` when set (reproducible builds), else the
/// system clock. It is never printed into the output.
pub fn today() -> Date {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0));
    Date::from_days_since_epoch(secs.div_euclid(86_400))
}

/// Counts what passes through, for `check` and the summary line.
struct Counter<'a> {
    inner: Option<&'a dyn Sink>,
    progress: Option<&'a Progress>,
    pages: AtomicUsize,
    files: AtomicUsize,
}

impl Sink for Counter<'_> {
    fn put(&self, file: OutputFile) -> anyhow::Result<()> {
        self.files.fetch_add(1, Ordering::Relaxed);
        if let Some(progress) = self.progress {
            progress.rendered.fetch_add(1, Ordering::Relaxed);
        }
        if file.path.ends_with(".html") {
            self.pages.fetch_add(1, Ordering::Relaxed);
        }
        self.inner.map_or(Ok(()), |s| s.put(file))
    }
}

/// Builds the site. `Err` only for the environment (an unwritable folder); content problems
/// are diagnostics in the report.
pub fn build(options: &BuildOptions) -> anyhow::Result<BuildReport> {
    build_into(options, None)
}

/// The site read, checked and ready to render: what `build` renders at once and what `serve`
/// keeps between saves, so a body-only edit re-renders one page instead of the site.
pub struct Prepared {
    pub graph: SiteGraph,
    /// `None` when the theme could not be loaded (its problems are in `site_diagnostics`).
    pub theme: Option<Theme>,
    /// Problems found reading and parsing each file on its own. Each names its file, so
    /// re-reading one file replaces exactly its own.
    pub file_diagnostics: Vec<Diagnostic>,
    /// Problems of the folder, across files, and of the theme.
    pub site_diagnostics: Vec<Diagnostic>,
    /// Every picture's size and resized copies.
    pub images: Images,
    /// A bilingual site's further languages, each a graph and theme of its own.
    pub languages: Vec<LanguageSite>,
}

/// The site as read from disk, before it is resolved: what the preview keeps, so that a save
/// re-reads one file and resolves the rest from memory.
pub struct Read {
    pub content: Content,
    /// What git says about each record file (none outside git).
    pub history: History,
    /// Problems of each file on its own (see [`Prepared::file_diagnostics`]).
    pub file_diagnostics: Vec<Diagnostic>,
    /// Problems of the folder (walking it).
    pub walk_diagnostics: Vec<Diagnostic>,
    /// Every file the walk found, relative to the site: the preview tells from it whether a
    /// path that is gone now was ever part of the site.
    pub walked: Vec<PathBuf>,
}

/// Walks the folder and parses every file.
pub fn read(options: &BuildOptions) -> Read {
    let mut walk_diagnostics = Diagnostics::new();
    let mut file_diagnostics = Diagnostics::new();
    let files = site::walk(&options.site, &mut walk_diagnostics);
    // Git's history does not depend on the parsed content: read both at once.
    let (content, history) =
        rayon::join(|| content::load(&options.site, &files, &mut file_diagnostics), || History::read(&options.site, &files, options.today));
    let walked = files.into_iter().map(|f| f.path).collect();
    Read { content, history, file_diagnostics: file_diagnostics.into_sorted(), walk_diagnostics: walk_diagnostics.into_sorted(), walked }
}

/// Builds the graph from `content` and `history`, resizes the pictures and loads the theme;
/// `walk_diagnostics` join the site's.
pub fn resolve(
    content: Content,
    history: &History,
    file_diagnostics: Vec<Diagnostic>,
    walk_diagnostics: Vec<Diagnostic>,
    options: &BuildOptions,
) -> Prepared {
    let mut site_diagnostics = Diagnostics::new();
    site_diagnostics.extend(walk_diagnostics);
    let translated = languages::Translated::of(&content);
    let mut graph = graph::build(content, &graph_options(options), history, &mut site_diagnostics);
    let images = images::prepare(&options.site, &graph.media, &mut site_diagnostics);
    let theme = theme::load(
        &options.site,
        &graph.config.data.theme,
        (&graph.config.data.language, graph.config.locs.at("language")),
        &graph.theme_files,
        &mut site_diagnostics,
    );
    let mut seen = languages::Seen::default();
    seen.add(file_diagnostics.iter().chain(site_diagnostics.iter()));
    let main = (&mut graph, theme.as_ref());
    let languages = languages::resolve(translated, &options.site, history, &graph_options(options), main, &mut seen, &mut site_diagnostics);
    Prepared { graph, theme, file_diagnostics, site_diagnostics: site_diagnostics.into_sorted(), images, languages }
}

/// Walks, parses, builds the graph, resizes the pictures and loads the theme: every step
/// before rendering.
pub fn prepare(options: &BuildOptions) -> Prepared {
    let Read { content, history, file_diagnostics, walk_diagnostics, .. } = read(options);
    resolve(content, &history, file_diagnostics, walk_diagnostics, options)
}

fn graph_options(options: &BuildOptions) -> GraphOptions {
    GraphOptions {
        include_drafts: options.include_drafts,
        today: options.today,
        base_url: options.base_url.clone(),
        origin: options.origin.clone(),
    }
}

/// Builds into `sink` instead of the output folder (`serve` keeps pages in memory).
pub fn build_into(options: &BuildOptions, sink: Option<&dyn Sink>) -> anyhow::Result<BuildReport> {
    let started = Instant::now();
    let Prepared { graph, theme, file_diagnostics, site_diagnostics, images, languages } = prepare(options);
    let mut diagnostics = Diagnostics::new();
    diagnostics.extend(file_diagnostics);
    diagnostics.extend(site_diagnostics);
    if options.strict {
        diagnostics.make_warnings_errors();
    }
    let staging = match (&options.output, sink, diagnostics.has_errors()) {
        (Some(output), None, false) => Some(Staging::create(output, &options.site)?),
        _ => None,
    };
    let progress = options.progress.as_deref();
    if let Some(progress) = progress {
        let assets = graph.media.len() + images.variants().count() + theme.as_ref().map_or(0, |t| t.statics.len());
        let translated: usize = languages.iter().map(|l| l.graph.routes.len()).sum();
        progress.total.store(graph.routes.len() + translated + assets, Ordering::Relaxed);
    }
    let counter = Counter {
        inner: sink.or(staging.as_ref().map(|s| s as &dyn Sink)),
        progress,
        pages: AtomicUsize::new(0),
        files: AtomicUsize::new(0),
    };
    // Rendering runs even after errors, so that Markdown problems are reported in the same
    // run; it renders no page once any error is known.
    let qr = qr::Codes::load(&options.site);
    let cached = Cached { images: &images, qr: &qr };
    if let Some(theme) = &theme {
        render::render(&graph, cached, theme, RenderOptions { preview: options.preview }, &counter, &mut diagnostics);
        let mut seen = languages::Seen::default();
        seen.add(diagnostics.iter());
        diagnostics
            .extend(languages::render(&languages, cached, RenderOptions { preview: options.preview }, &counter, &mut seen).into_sorted());
        if options.strict {
            diagnostics.make_warnings_errors();
        }
    }
    let (pages, files) = (counter.pages.into_inner(), counter.files.into_inner());
    let base_path = graph.base.path.clone();
    let written = match (staging, diagnostics.has_errors()) {
        (Some(staging), false) => {
            staging.commit(options.output.as_deref().unwrap_or(&options.site))?;
            qr.save(&options.site);
            true
        }
        (Some(staging), true) => {
            staging.discard();
            false
        }
        (None, _) => false,
    };
    Ok(BuildReport { diagnostics: diagnostics.into_sorted(), pages, files, written, elapsed: started.elapsed(), base_path })
}
