//! Typed content: every source file read, split and parsed into the records of
//! [`model`], each remembering its file and where its values are ([`Locations`]).
//!
//! Files are parsed in parallel; each yields its record or its diagnostics, never both lost.
//! A bad file is dropped from the content but its problems are kept, so one run reports
//! every problem in every file. Invariant: nothing here resolves references between files.

pub mod date;
pub mod front_matter;
pub mod model;
pub mod placeholder;
pub mod privacy;
pub mod schema;
pub mod spans;
pub mod translations;
pub mod tree;
pub mod validate;
pub mod vocab;
pub mod yaml;

pub use date::Date;
pub use spans::Locations;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::site::{read_bytes, read_text, SourceFile, SourceKind};
use rayon::prelude::*;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One parsed file: its record, where it came from, and its Markdown body if it has one.
#[derive(Debug, Clone)]
pub struct Doc<T> {
    pub slug: String,
    pub file: PathBuf,
    /// Shared, so that copying the content is cheap: the preview builds its graph again from
    /// a copy of every record after each save, and copying 10k projects' fields was a tenth
    /// of that save's time.
    pub data: Arc<T>,
    pub locs: Locations,
    pub body: Option<Body>,
}

/// The Markdown after a file's front matter.
#[derive(Debug, Clone)]
pub struct Body {
    /// Shared for the same reason as [`Locations`]' text: a story's body is most of its file.
    pub text: std::sync::Arc<str>,
    /// The file line `text` starts on, to locate Markdown problems.
    pub first_line: usize,
}

/// Everything the editors wrote, parsed. Records that failed to parse are absent.
#[derive(Debug, Clone)]
pub struct Content {
    pub config: Doc<model::SiteConfig>,
    pub strategies: Vec<Doc<model::Strategy>>,
    pub projects: Vec<Doc<model::Project>>,
    pub stories: Vec<Doc<model::Story>>,
    pub pages: Vec<Doc<model::Page>>,
    /// Paths under `content/media/`, relative to the site root.
    pub media: Vec<PathBuf>,
    /// Theme template and static files found in the site, for `theme` to overlay.
    pub theme_files: Vec<SourceFile>,
    /// Records that exist but could not be parsed (their errors are already reported). They
    /// still count as existing, so links and references to them are not reported again. A
    /// missing or broken `site.yaml` is here too, so its placeholder is not checked.
    pub unparsed: Vec<SourceFile>,
    /// Translations of records (`crisis-line.cy.yaml`), parsed with their original's model
    /// and checked against it; never records of their own.
    pub translations: Vec<translations::Translation>,
}

/// One record file, parsed.
#[derive(Debug, Clone)]
pub enum Parsed {
    Strategy(Doc<model::Strategy>),
    Project(Doc<model::Project>),
    Story(Doc<model::Story>),
    Page(Doc<model::Page>),
}

impl Parsed {
    /// The file's own privacy waiver, with the positions the scan needs.
    fn waiver(&self) -> Option<privacy::Waiver<'_>> {
        let (waiver, locs) = match self {
            Parsed::Strategy(d) => (d.data.privacy_waiver.as_ref(), &d.locs),
            Parsed::Project(d) => (d.data.privacy_waiver.as_ref(), &d.locs),
            Parsed::Story(d) => (d.data.privacy_waiver.as_ref(), &d.locs),
            Parsed::Page(d) => (d.data.privacy_waiver.as_ref(), &d.locs),
        };
        waiver.map(|waiver| privacy::Waiver { waiver, locs })
    }
}

/// Reads and parses every file. A missing or invalid `site.yaml` is reported and replaced by
/// a placeholder, so the other files' problems are reported in the same run.
pub fn load(root: &Path, files: &[SourceFile], diagnostics: &mut Diagnostics) -> Content {
    let config = load_config(root, files, diagnostics);
    let allowed: Vec<String> = config.as_ref().map(|c| c.data.privacy.allowed_email_domains.clone()).unwrap_or_default();
    let results: Vec<(&SourceFile, Option<Parsed>, Diagnostics)> = files
        .par_iter()
        // A project file costs many story files: small batches keep both cores busy to the end.
        .with_max_len(32)
        .filter(|f| {
            matches!(
                f.kind,
                SourceKind::Strategy | SourceKind::Project | SourceKind::Story | SourceKind::Page | SourceKind::Translation { .. }
            ) || is_text_media(f)
        })
        .map(|file| {
            let mut local = Diagnostics::new();
            let parsed = parse_file(root, file, &allowed, &mut local);
            (file, parsed, local)
        })
        .collect();
    let config_unparsed = config.is_none();
    let config = config.unwrap_or_else(|| Doc {
        slug: String::new(),
        file: PathBuf::from("site.yaml"),
        data: model::SiteConfig::placeholder().into(),
        locs: Locations::default(),
        body: None,
    });
    let mut content = Content {
        config,
        strategies: Vec::new(),
        projects: Vec::new(),
        stories: Vec::new(),
        pages: Vec::new(),
        media: Vec::new(),
        theme_files: Vec::new(),
        unparsed: Vec::new(),
        translations: Vec::new(),
    };
    if config_unparsed {
        content.unparsed.push(SourceFile { kind: SourceKind::SiteConfig, path: PathBuf::from("site.yaml") });
    }
    for (file, parsed, local) in results {
        if parsed.is_none() && file.kind != SourceKind::Media && local.has_errors() {
            content.unparsed.push(file.clone());
        }
        diagnostics.extend(local.into_sorted());
        match parsed {
            Some(parsed) if matches!(file.kind, SourceKind::Translation { .. }) => {
                content.translations.push(translations::Translation::new(file, parsed));
            }
            Some(Parsed::Strategy(d)) => content.strategies.push(d),
            Some(Parsed::Project(d)) => content.projects.push(d),
            Some(Parsed::Story(d)) => content.stories.push(d),
            Some(Parsed::Page(d)) => content.pages.push(d),
            None => {}
        }
    }
    for file in files {
        match file.kind {
            SourceKind::Media => content.media.push(file.path.clone()),
            SourceKind::ThemeTemplate { .. } | SourceKind::ThemeStatic { .. } | SourceKind::ThemeWords { .. } => {
                content.theme_files.push(file.clone())
            }
            _ => {}
        }
    }
    translations::check(&content, diagnostics);
    content
}

fn load_config(root: &Path, files: &[SourceFile], diagnostics: &mut Diagnostics) -> Option<Doc<model::SiteConfig>> {
    let Some(file) = files.iter().find(|f| f.kind == SourceKind::SiteConfig) else {
        diagnostics.push(
            Diagnostic::error("no-site-yaml", "site.yaml", "there is no site.yaml in this folder")
                .hint("run wedid in the site folder, pass --site DIR, or create a new site with `wedid init DIR`"),
        );
        return None;
    };
    let text = read_text(root, &file.path).map_err(|d| diagnostics.push(d)).ok()?;
    privacy::scan(&text, &file.path, &[], None, diagnostics);
    let (data, locs) = yaml::parse::<model::SiteConfig>(&text, &file.path, 1).map_err(|d| diagnostics.extend(d)).ok()?;
    Some(Doc { slug: String::new(), file: file.path.clone(), data: Arc::new(data), locs, body: None })
}

/// Media that is text (an SVG, a CSV download…) is published as it is, so it gets the
/// privacy scan too.
fn is_text_media(file: &SourceFile) -> bool {
    const TEXT: [&str; 10] = ["svg", "csv", "tsv", "txt", "md", "html", "htm", "json", "xml", "ics"];
    let ext = file.path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    file.kind == SourceKind::Media && TEXT.contains(&ext.as_str())
}

/// Re-reads one record file after a save (`serve`), exactly as [`load`] reads it.
pub fn load_file(root: &Path, file: &SourceFile, config: &model::SiteConfig, diagnostics: &mut Diagnostics) -> Option<Parsed> {
    parse_file(root, file, &config.privacy.allowed_email_domains, diagnostics)
}

fn parse_file(root: &Path, file: &SourceFile, allowed: &[String], diagnostics: &mut Diagnostics) -> Option<Parsed> {
    if file.kind == SourceKind::Media {
        // Any encoding: a Latin-1 CSV must not slip an NHS number past the scan.
        let bytes = read_bytes(root, &file.path).map_err(|d| diagnostics.push(d)).ok()?;
        privacy::scan(&String::from_utf8_lossy(&bytes), &file.path, allowed, None, diagnostics);
        return None;
    }
    let text = read_text(root, &file.path).map_err(|d| diagnostics.push(d)).ok()?;
    parse_text(file, &text, allowed, diagnostics)
}

/// Loads one record file from its bytes as a build does (decoding, parsing, the privacy
/// scan), its kind taken from its path: the entry point of the `load_*` fuzz targets and of
/// their corpus test, so no input may make it panic. `None` when the path is not a record.
pub fn load_bytes(path: &Path, bytes: Vec<u8>, diagnostics: &mut Diagnostics) -> Option<Parsed> {
    let file = SourceFile { kind: crate::site::classify(path)?, path: path.to_path_buf() };
    let text = crate::site::decode(path, bytes).map_err(|d| diagnostics.push(d)).ok()?;
    parse_text(&file, &text, &[], diagnostics)
}

/// Parses a record file's text (as [`read_text`] returns it) exactly as a build does, the
/// privacy scan included.
fn parse_text(file: &SourceFile, text: &str, allowed: &[String], diagnostics: &mut Diagnostics) -> Option<Parsed> {
    let slug = file.stem().to_string();
    if !is_slug(&slug) {
        diagnostics.push(
            Diagnostic::error("bad-slug", &file.path, format!("the file name \"{slug}\" cannot be used in a web address"))
                .hint(format!("file names may use only lowercase letters a-z, digits and hyphens; rename it to \"{}\"", slugify(&slug))),
        );
    }
    let kind = match &file.kind {
        SourceKind::Translation { of, .. } => of.as_ref(),
        kind => kind,
    };
    let result = match kind {
        SourceKind::Strategy => yaml_doc(text, file, slug).map(Parsed::Strategy),
        SourceKind::Project => yaml_doc(text, file, slug).map(Parsed::Project),
        SourceKind::Story => markdown_doc(text, file, slug).map(Parsed::Story),
        SourceKind::Page => markdown_doc(text, file, slug).map(Parsed::Page),
        _ => return None,
    };
    // Scanned after parsing, to know the file's waiver; a file that does not parse has none,
    // so everything in it is flagged.
    let parsed = result.map_err(|d| diagnostics.extend(d)).ok();
    privacy::scan(text, &file.path, allowed, parsed.as_ref().and_then(Parsed::waiver), diagnostics);
    placeholder::scan(text, &file.path, diagnostics);
    parsed
}

fn yaml_doc<T: DeserializeOwned + JsonSchema>(text: &str, file: &SourceFile, slug: String) -> Result<Doc<T>, Vec<Diagnostic>> {
    let (data, locs) = yaml::parse(text, &file.path, 1)?;
    Ok(Doc { slug, file: file.path.clone(), data: Arc::new(data), locs, body: None })
}

fn markdown_doc<T: DeserializeOwned + JsonSchema>(text: &str, file: &SourceFile, slug: String) -> Result<Doc<T>, Vec<Diagnostic>> {
    let split = front_matter::split(text, &file.path).map_err(|d| vec![d])?;
    let (data, locs) = yaml::parse(split.yaml, &file.path, 2)?;
    let body = Some(Body { text: split.body.into(), first_line: split.body_first_line });
    Ok(Doc { slug, file: file.path.clone(), data: Arc::new(data), locs, body })
}

/// The slug rule: lowercase a-z, 0-9 and hyphens, not empty.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A slug from any text: transliterate to ASCII (é → e), drop apostrophes, turn every other
/// run of non-alphanumerics into one hyphen, lowercase, trim hyphens.
/// "Children & young people's services" → `children-young-peoples-services`.
///
/// A build slugifies every project's service and every item's theme (tens of thousands at
/// 10k projects, on the preview's path after each save), and almost all of them are plain
/// ASCII already: those skip the transliteration and its copies, and are skipped over
/// apostrophes in the same pass that makes the slug.
pub fn slugify(text: &str) -> String {
    let transliterated;
    let ascii = if text.is_ascii() {
        text
    } else {
        let without_apostrophes: String = text.chars().filter(|c| !matches!(c, '\'' | '’')).collect();
        transliterated = deunicode::deunicode(&without_apostrophes);
        &transliterated
    };
    let mut slug = String::with_capacity(ascii.len());
    for b in ascii.bytes().filter(|&b| b != b'\'') {
        if b.is_ascii_alphanumeric() {
            slug.push(char::from(b.to_ascii_lowercase()));
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    if slug.ends_with('-') {
        slug.pop();
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugify_follows_the_service_rule() {
        assert_eq!(slugify("Children & young people's services"), "children-young-peoples-services");
        assert_eq!(slugify("Crisis café – nights’ service"), "crisis-cafe-nights-service");
        assert_eq!(slugify("  --Memory  Assessment-- "), "memory-assessment");
        assert_eq!(slugify("'Quoted' A&E"), "quoted-a-e");
        assert_eq!(slugify("Ünïcödé’s ward"), "unicodes-ward");
        assert_eq!(slugify("-- & --"), "");
    }

    #[test]
    fn slug_rule() {
        assert!(is_slug("crisis-line-2"));
        assert!(!is_slug("Crisis_Line"));
        assert!(!is_slug(""));
    }
}
