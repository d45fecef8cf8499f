//! A bilingual site's further languages (`languages: [en-GB, cy]`): each is built as a site
//! of its own, from the content with its translations in place of the originals, with its
//! own theme catalogue, under `<code>/`. The graphs are built by the same `graph::build` and
//! rendered by the same renderer as the main language, so every version has the same routes
//! and the same figures. The main language's version writes the files all share (assets,
//! media, resized pictures, the sitemap and robots.txt); the others write only their pages.
//!
//! A problem found again in a further version is reported once: an untranslated record is
//! read in every version (the same code, file, place and message), and a rule about a
//! record's structure finds in its translation what it found in the original (the same
//! code and message, at the translation's own lines).

use crate::content::{translations, Content};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::graph::languages::{Languages, Version};
use crate::graph::{self, GraphOptions, RouteKind, SiteGraph};
use crate::history::History;
use crate::render::{self, Cached, OutputFile, RenderOptions, Sink};
use crate::theme::Theme;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// One further language version of the site, ready to render.
pub struct LanguageSite {
    pub graph: SiteGraph,
    /// `None` when the theme has no catalogue for the language (reported).
    pub theme: Option<Theme>,
}

/// Each further language's content, made before the main graph takes the content.
pub struct Translated {
    languages: Vec<(String, Content, BTreeSet<PathBuf>)>,
    /// Each translation's file, with its original's.
    originals: HashMap<PathBuf, PathBuf>,
}

impl Translated {
    pub fn of(content: &Content) -> Translated {
        let languages = translations::published(&content.config);
        let languages = languages
            .iter()
            .skip(1)
            .map(|code| {
                let (content, untranslated) = translations::in_language(content, code);
                (code.clone(), content, untranslated)
            })
            .collect();
        let originals = content.translations.iter().map(|t| (t.file().to_path_buf(), t.original.clone())).collect();
        Translated { languages, originals }
    }
}

/// Builds each further language's graph and loads its theme, and tells every graph (the main
/// one too) where the others are. Problems already in `seen` are not repeated.
pub fn resolve(
    translated: Translated,
    site: &Path,
    history: &History,
    options: &GraphOptions,
    main: (&mut SiteGraph, Option<&Theme>),
    seen: &mut Seen,
    diagnostics: &mut Diagnostics,
) -> Vec<LanguageSite> {
    let (main_graph, main_theme) = main;
    if translated.languages.is_empty() {
        return Vec::new();
    }
    let mut sites = Vec::new();
    for (code, content, untranslated) in translated.languages {
        let mut found = Diagnostics::new();
        let mut graph = graph::build(content, options, history, &mut found);
        let c = &graph.config;
        let language = (c.data.language.as_str(), c.locs.at("language"));
        let theme = main_theme.and_then(|t| t.in_language(site, &c.data.theme, language, &graph.theme_files, &mut found));
        graph.base = main_graph.base.in_language(&code);
        graph.languages.untranslated = untranslated;
        diagnostics.extend(seen.new_in_translations(found, &translated.originals));
        sites.push(LanguageSite { graph, theme });
    }
    let name = |theme: Option<&Theme>, code: &str| theme.map_or_else(|| code.to_string(), |t| t.words.get("language_name").to_string());
    let mut versions = vec![Version {
        code: main_graph.config.data.language.clone(),
        name: name(main_theme, &main_graph.config.data.language),
        base: main_graph.base.clone(),
    }];
    versions.extend(sites.iter().map(|s| Version {
        code: s.graph.config.data.language.clone(),
        name: name(s.theme.as_ref(), &s.graph.config.data.language),
        base: s.graph.base.clone(),
    }));
    main_graph.languages = Languages { versions: versions.clone(), current: 0, untranslated: BTreeSet::new() };
    for (i, s) in sites.iter_mut().enumerate() {
        s.graph.languages.versions = versions.clone();
        s.graph.languages.current = i + 1;
    }
    sites
}

/// Renders each further language's pages under its code; returns its new problems.
pub fn render(sites: &[LanguageSite], cached: Cached, options: RenderOptions, sink: &dyn Sink, seen: &mut Seen) -> Diagnostics {
    let mut diagnostics = Diagnostics::new();
    for site in sites {
        let Some(theme) = &site.theme else { continue };
        let mut found = Diagnostics::new();
        let prefix = format!("{}/", site.graph.config.data.language);
        let under = Under { prefix: &prefix, inner: sink };
        render::pages(&site.graph, cached, theme, options, &|route| !shared(route.kind), &under, &mut found);
        diagnostics.extend(seen.new_only(found));
    }
    diagnostics
}

/// [`render`] for the preview, which keeps the last good site after an error: returns the
/// errors, and puts the warnings in `diagnostics` (after the problems already there).
pub fn preview(
    sites: &[LanguageSite],
    cached: Cached,
    options: RenderOptions,
    sink: &dyn Sink,
    diagnostics: &mut Diagnostics,
) -> Vec<Diagnostic> {
    let mut seen = Seen::default();
    seen.add(diagnostics.iter());
    let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        render(sites, cached, options, sink, &mut seen).into_sorted().into_iter().partition(Diagnostic::is_error);
    diagnostics.extend(warnings);
    errors
}

/// Files the main language writes for every version.
fn shared(kind: RouteKind) -> bool {
    matches!(kind, RouteKind::Sitemap | RouteKind::Robots)
}

/// Puts a language's files under its folder.
struct Under<'a> {
    prefix: &'a str,
    inner: &'a dyn Sink,
}

impl Sink for Under<'_> {
    fn put(&self, file: OutputFile) -> anyhow::Result<()> {
        self.inner.put(OutputFile { path: format!("{}{}", self.prefix, file.path), ..file })
    }
}

/// The problems reported so far, so that one found again in another language is not repeated.
#[derive(Default)]
pub struct Seen {
    /// Each problem: its code, file, place and message.
    problems: HashSet<String>,
    /// Each problem without its place: a translation has its original's structure, so a
    /// rule about that structure finds the same problem in both, at other lines.
    of_records: HashSet<String>,
}

impl Seen {
    pub fn add<'a>(&mut self, diagnostics: impl IntoIterator<Item = &'a Diagnostic>) {
        for d in diagnostics {
            self.problems.insert(key(d, true));
            self.of_records.insert(key(d, false));
        }
    }

    /// The diagnostics of `found` not reported before.
    fn new_only(&mut self, found: Diagnostics) -> Vec<Diagnostic> {
        found.into_sorted().into_iter().filter(|d| self.problems.insert(key(d, true))).collect()
    }

    /// [`Seen::new_only`] for the rules checked on a language's graph: a problem of a
    /// translation that its original has too is the original's, reported once.
    fn new_in_translations(&mut self, found: Diagnostics, originals: &HashMap<PathBuf, PathBuf>) -> Vec<Diagnostic> {
        let of_records = &self.of_records;
        let mirrored = |d: &Diagnostic| {
            originals
                .get(&d.file)
                .is_some_and(|original| of_records.contains(&key(&Diagnostic { file: original.clone(), ..d.clone() }, false)))
        };
        let kept: Vec<Diagnostic> = found.into_sorted().into_iter().filter(|d| !mirrored(d)).collect();
        kept.into_iter().filter(|d| self.problems.insert(key(d, true))).collect()
    }
}

fn key(d: &Diagnostic, with_place: bool) -> String {
    let place = if with_place { format!("{}:{}", d.location.line, d.location.column) } else { String::new() };
    format!("{}\u{0}{}\u{0}{place}\u{0}{}", d.code, d.file.display(), d.message)
}
