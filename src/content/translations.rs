//! Records in more than one language. A translation sits beside its original
//! (`crisis-line.cy.yaml` beside `crisis-line.yaml`) and is parsed with the same model, but it
//! is never a record of its own: it may change the words and nothing else. Items, actions,
//! statuses, dates, counts and references must be those of the original, so the figures are
//! the same in every language; the first difference is an error naming both files.
//!
//! Also checked here: `languages:` in `site.yaml` (known tags, no repeats, the site's own
//! `language` first), translations into a language the site does not list, translations with
//! no original, and (a warning) records not yet translated into every language.

use super::model::{Page, Project, SiteConfig, Story, Strategy};
use super::{Content, Doc, Locations, Parsed};
use crate::diagnostics::{did_you_mean, Diagnostic, Diagnostics};
use crate::site::{SourceFile, SourceKind};
use serde::Serialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Language tags wedid knows, with each language's name in English: the languages of the
/// UK and Ireland, and those most spoken in England and Wales after English (2021 census).
pub const KNOWN_LANGUAGES: [(&str, &str); 22] = [
    ("ar", "Arabic"),
    ("bn", "Bengali"),
    ("cy", "Welsh"),
    ("en", "English"),
    ("en-GB", "English"),
    ("es", "Spanish"),
    ("fr", "French"),
    ("ga", "Irish"),
    ("gd", "Scottish Gaelic"),
    ("gu", "Gujarati"),
    ("it", "Italian"),
    ("kw", "Cornish"),
    ("lt", "Lithuanian"),
    ("pa", "Punjabi"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("so", "Somali"),
    ("ta", "Tamil"),
    ("tr", "Turkish"),
    ("ur", "Urdu"),
    ("zh", "Chinese"),
];

/// A translated record, parsed like its original.
#[derive(Debug, Clone)]
pub struct Translation {
    /// The language tag in its file name.
    pub language: String,
    /// The file it translates.
    pub original: PathBuf,
    pub parsed: Parsed,
}

impl Translation {
    /// `file` must be a [`SourceKind::Translation`].
    pub fn new(file: &SourceFile, parsed: Parsed) -> Self {
        let language = match &file.kind {
            SourceKind::Translation { language, .. } => language.clone(),
            _ => String::new(),
        };
        Translation { language, original: file.original().unwrap_or_else(|| file.path.clone()), parsed }
    }
}

impl Translation {
    /// The translation's own file.
    pub fn file(&self) -> &Path {
        file_and_locs(&self.parsed).0
    }
}

/// The English name of a known language tag.
pub fn language_name(tag: &str) -> Option<&'static str> {
    KNOWN_LANGUAGES.iter().find(|(t, _)| *t == tag).map(|(_, name)| *name)
}

/// Checks `languages:` and every translation against its original.
pub fn check(content: &Content, diagnostics: &mut Diagnostics) {
    let languages = site_languages(&content.config, diagnostics);
    for t in &content.translations {
        let (file, _) = file_and_locs(&t.parsed);
        if !languages.iter().skip(1).any(|l| *l == t.language) {
            diagnostics.push(unlisted(file, &t.language, &content.config.data));
            continue;
        }
        match original(content, &t.original) {
            Some(original) => compare(&original, &t.parsed, diagnostics),
            None if content.unparsed.iter().any(|f| f.path == t.original) => {}
            None => diagnostics.push(
                Diagnostic::error(
                    "translation-without-original",
                    file,
                    format!("this is a translation of {}, which does not exist", t.original.display()),
                )
                .hint("a translation has its original's file name with the language before the extension: rename it to match its original, or add the original"),
            ),
        }
    }
    // A translation that did not parse still exists (its errors are reported already).
    let broken = content.unparsed.iter().filter_map(|f| match &f.kind {
        SourceKind::Translation { language, .. } => Some((f.original()?, language.as_str())),
        _ => None,
    });
    let present: BTreeSet<(PathBuf, &str)> =
        content.translations.iter().map(|t| (t.original.clone(), t.language.as_str())).chain(broken).collect();
    for language in languages.iter().skip(1) {
        let untranslated: Vec<&Path> = records(content).filter(|f| !present.contains(&(f.to_path_buf(), *language))).collect();
        if untranslated.len() > NAMED_ONE_BY_ONE {
            diagnostics.push(missing_many(&content.config, language, &untranslated));
        } else {
            diagnostics.extend(untranslated.into_iter().map(|file| missing(file, language)));
        }
    }
}

/// Up to this many records without a translation are warned about one by one; more are one
/// warning per language, so a site that has just become bilingual gets a readable report.
const NAMED_ONE_BY_ONE: usize = 3;

/// The languages the site is published in, its main language first: `languages:` when it is
/// valid, else only `language` (the problems of `languages:` are reported by [`check`]).
pub fn published(config: &Doc<SiteConfig>) -> Vec<String> {
    site_languages(config, &mut Diagnostics::new()).into_iter().map(str::to_string).collect()
}

/// The content as the site's version in `language` shows it: each record replaced by its
/// translation into `language` where there is one (under its original's slug, so every
/// version has the same pages), and `language` as the site's language. Also returns the
/// records left as written, which that version marks as not yet translated.
pub fn in_language(content: &Content, language: &str) -> (Content, BTreeSet<PathBuf>) {
    let mut out = content.clone();
    std::sync::Arc::make_mut(&mut out.config.data).language = language.to_string();
    out.translations.clear();
    let mut translated = BTreeSet::new();
    for t in content.translations.iter().filter(|t| t.language == language) {
        let swapped = match t.parsed.clone() {
            Parsed::Strategy(d) => swap(&mut out.strategies, &t.original, d),
            Parsed::Project(d) => swap(&mut out.projects, &t.original, d),
            Parsed::Story(d) => swap(&mut out.stories, &t.original, d),
            Parsed::Page(d) => swap(&mut out.pages, &t.original, d),
        };
        if swapped {
            translated.insert(t.original.clone());
        }
    }
    let untranslated = records(content).filter(|f| !translated.contains(*f)).map(Path::to_path_buf).collect();
    (out, untranslated)
}

/// Puts `translation` in the place of the record read from `original`, keeping its slug.
fn swap<T>(docs: &mut [Doc<T>], original: &Path, translation: Doc<T>) -> bool {
    let Some(doc) = docs.iter_mut().find(|d| d.file == original) else { return false };
    let slug = std::mem::take(&mut doc.slug);
    *doc = Doc { slug, ..translation };
    true
}

/// The site's languages when `languages:` is valid, the site's own language first; only
/// `language` otherwise.
fn site_languages<'a>(config: &'a Doc<SiteConfig>, diagnostics: &mut Diagnostics) -> Vec<&'a str> {
    let c = &config.data;
    let mut valid = true;
    for (i, tag) in c.languages.iter().enumerate() {
        let at = config.locs.at(&format!("languages.{i}"));
        if language_name(tag).is_none() {
            valid = false;
            let known: Vec<&str> = KNOWN_LANGUAGES.iter().map(|(t, _)| *t).collect();
            let suggestion = did_you_mean(tag, known.iter().copied()).map(|s| format!("did you mean {s}? ")).unwrap_or_default();
            diagnostics.push(
                Diagnostic::error("unknown-language", &config.file, format!("\"{tag}\" is not a language wedid knows"))
                    .at(at)
                    .hint(format!("{suggestion}write a language tag such as en-GB or cy; wedid knows {}", known.join(", "))),
            );
        } else if c.languages[..i].contains(tag) {
            valid = false;
            diagnostics.push(
                Diagnostic::error("duplicate-language", &config.file, format!("{tag} is listed twice in languages"))
                    .at(at)
                    .hint("list each language once"),
            );
        }
    }
    if let Some(first) = c.languages.first().filter(|first| **first != c.language) {
        valid = false;
        diagnostics.push(
            Diagnostic::error(
                "main-language",
                &config.file,
                format!("languages starts with {first}, but the site's language is {}", c.language),
            )
            .at(config.locs.at("languages.0"))
            .hint(format!(
                "the first of languages is the language of the site's main pages: put {} first, or write `language: {first}` too",
                c.language
            )),
        );
    }
    if valid && !c.languages.is_empty() {
        c.languages.iter().map(String::as_str).collect()
    } else {
        vec![c.language.as_str()]
    }
}

fn unlisted(file: &Path, language: &str, config: &SiteConfig) -> Diagnostic {
    let listed = if config.languages.is_empty() { config.language.clone() } else { config.languages.join(", ") };
    Diagnostic::error(
        "translation-language",
        file,
        format!("this file is a translation into {language}, but the site's languages are {listed}"),
    )
    .hint(format!(
        "to publish in {language} too, add `languages: [{}, {language}]` to site.yaml; if this file is not a translation, take \".{language}\" out of its name",
        config.language
    ))
}

fn missing(file: &Path, language: &str) -> Diagnostic {
    let name = language_name(language).unwrap_or(language);
    Diagnostic::warning("translation-missing", file, format!("there is no {name} ({language}) translation of this file yet"))
        .hint(format!("add {}: a copy of this file with only its words translated", translation_name(file, language).display()))
}

fn missing_many(config: &Doc<SiteConfig>, language: &str, files: &[&Path]) -> Diagnostic {
    let name = language_name(language).unwrap_or(language);
    let first: Vec<String> = files.iter().take(NAMED_ONE_BY_ONE).map(|f| f.display().to_string()).collect();
    let at = config.data.languages.iter().position(|l| l == language).map(|i| config.locs.at(&format!("languages.{i}")));
    let d = Diagnostic::warning(
        "translation-missing",
        &config.file,
        format!(
            "{} records have no {name} ({language}) translation yet: {} and {} more",
            files.len(),
            first.join(", "),
            files.len() - first.len()
        ),
    )
    .hint(format!(
        "their {name} pages show them as written, with a note that they are not translated yet; add a translation beside each, such as {}: a copy of the file with only its words translated",
        first.first().map(|f| translation_name(Path::new(f), language).display().to_string()).unwrap_or_default()
    ));
    match at {
        Some(at) => d.at(at),
        None => d,
    }
}

/// Where the translation of `file` into `language` goes: `crisis-line.cy.yaml`.
fn translation_name(file: &Path, language: &str) -> PathBuf {
    let ext = file.extension().and_then(|e| e.to_str()).unwrap_or_default();
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    file.with_file_name(format!("{stem}.{language}.{ext}"))
}

/// Every record's file, in the order of `Content`.
fn records(content: &Content) -> impl Iterator<Item = &Path> {
    content
        .strategies
        .iter()
        .map(|d| d.file.as_path())
        .chain(content.projects.iter().map(|d| d.file.as_path()))
        .chain(content.stories.iter().map(|d| d.file.as_path()))
        .chain(content.pages.iter().map(|d| d.file.as_path()))
}

/// The record at `path`, as a `Parsed` borrowing nothing (records are few and small).
fn original(content: &Content, path: &Path) -> Option<Parsed> {
    let find = |file: &PathBuf| file == path;
    None.or_else(|| content.strategies.iter().find(|d| find(&d.file)).cloned().map(Parsed::Strategy))
        .or_else(|| content.projects.iter().find(|d| find(&d.file)).cloned().map(Parsed::Project))
        .or_else(|| content.stories.iter().find(|d| find(&d.file)).cloned().map(Parsed::Story))
        .or_else(|| content.pages.iter().find(|d| find(&d.file)).cloned().map(Parsed::Page))
}

fn file_and_locs(parsed: &Parsed) -> (&Path, &Locations) {
    match parsed {
        Parsed::Strategy(d) => (&d.file, &d.locs),
        Parsed::Project(d) => (&d.file, &d.locs),
        Parsed::Story(d) => (&d.file, &d.locs),
        Parsed::Page(d) => (&d.file, &d.locs),
    }
}

/// Reports the first place where `translation` says something other than `original` does.
fn compare(original: &Parsed, translation: &Parsed, diagnostics: &mut Diagnostics) {
    let (ours, theirs) = (shape(original), shape(translation));
    let differs = ours.0.iter().zip(&theirs.0).position(|(a, b)| a != b);
    let Some(i) = differs.or((ours.0.len() != theirs.0.len()).then(|| ours.0.len().min(theirs.0.len()))) else { return };
    let none = (String::new(), "nothing".to_string());
    let (path, was) = ours.0.get(i).unwrap_or(&none);
    let (their_path, now) = theirs.0.get(i).unwrap_or(&none);
    let path = if path.is_empty() { their_path } else { path };
    let (original_file, _) = file_and_locs(original);
    let (file, locs) = file_and_locs(translation);
    diagnostics.push(
        Diagnostic::error(
            "translation-differs",
            file,
            format!(
                "this translation differs from its original, {}, at {path}: the original has {was}, the translation has {now}",
                original_file.display()
            ),
        )
        .at(locs.at(path))
        .hint(format!(
            "a translation changes only the words: its items, actions, statuses, dates, counts and links must be those of {}, so the figures are the same in every language",
            original_file.display()
        )),
    );
}

/// What a record says that a translation must keep, as (path, value) in the file's order.
/// A list's length comes before its entries, so a missing item is found at the list.
#[derive(Default)]
struct Shape(Vec<(String, String)>);

impl Shape {
    fn put(&mut self, path: impl Into<String>, value: impl Serialize) {
        let value = match serde_json::to_value(value) {
            Ok(serde_json::Value::Null) | Err(_) => "nothing".to_string(),
            Ok(serde_json::Value::String(s)) => s,
            Ok(v) => v.to_string(),
        };
        self.0.push((path.into(), value));
    }
}

fn shape(parsed: &Parsed) -> Shape {
    let mut s = Shape::default();
    match parsed {
        Parsed::Project(d) => project(&d.data, &mut s),
        Parsed::Story(d) => story(&d.data, &mut s),
        Parsed::Strategy(d) => strategy(&d.data, &mut s),
        Parsed::Page(d) => page(&d.data, &mut s),
    }
    s
}

fn project(p: &Project, s: &mut Shape) {
    // The service's name makes the address of its page, which must be the same in every language.
    s.put("service", p.service.trim());
    s.put("involvement", &p.involvement);
    s.put("status", p.status);
    s.put("started", p.started);
    s.put("ended", p.ended);
    s.put("strategy", &p.strategy);
    s.put("ambitions", &p.ambitions);
    s.put("standards", &p.standards);
    s.put("people", p.people.len());
    for (i, g) in p.people.iter().enumerate() {
        s.put(format!("people.{i}.count"), g.count);
    }
    s.put("you_said", p.you_said.len());
    for (i, item) in p.you_said.iter().enumerate() {
        s.put(format!("you_said.{i}.we_did"), item.we_did.len());
        for (j, a) in item.we_did.iter().enumerate() {
            let at = format!("you_said.{i}.we_did.{j}");
            s.put(format!("{at}.status"), a.status);
            s.put(format!("{at}.date"), a.date);
            s.put(format!("{at}.link"), &a.link);
        }
    }
    s.put("easy_read", p.easy_read.is_some());
    s.put("draft", p.draft);
}

fn story(p: &Story, s: &mut Shape) {
    s.put("date", p.date);
    s.put("project", &p.project);
    s.put("involvement", &p.involvement);
    s.put("benefits", &p.benefits);
    s.put("quote", p.quote.is_some());
    s.put("image", p.image.as_ref().map(|i| &i.src));
    s.put("draft", p.draft);
}

fn strategy(p: &Strategy, s: &mut Shape) {
    s.put("published", p.published);
    s.put("period.from", p.period.from);
    s.put("period.to", p.period.to);
    s.put("ambitions", p.ambitions.len());
    for (i, a) in p.ambitions.iter().enumerate() {
        s.put(format!("ambitions.{i}.id"), &a.id);
        s.put(format!("ambitions.{i}.measures"), a.measures.len());
    }
    s.put("standards", &p.standards);
    s.put("draft", p.draft);
}

fn page(p: &Page, s: &mut Shape) {
    s.put("order", p.order);
    s.put("draft", p.draft);
}
