//! The theme: the built-in default (compiled into the binary by `build.rs`) overlaid file by
//! file with a site's `themes/<name>/templates/` and `static/`. Builds the one [`tera::Tera`]
//! of a build. Knows no content types: it only loads templates, static files and the
//! interface words ([`crate::words`]), which templates see as `t` (words without arguments,
//! shared once per build) and through the `words` function (words with numbers, whose
//! plural form only the catalogue knows).

use crate::diagnostics::{Diagnostic, Diagnostics, Location};
use crate::site::{read_text, SourceFile, SourceKind};
use crate::words::{Arg, Words, BUILT_IN};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

include!(concat!(env!("OUT_DIR"), "/theme_files.rs"));

/// Templates compiled, and static files to copy to `assets/`.
pub struct Theme {
    pub tera: tera::Tera,
    /// Path under `static/` → where it comes from.
    pub statics: BTreeMap<String, StaticSource>,
    /// Which file each template came from, to locate template errors.
    pub template_files: BTreeMap<String, PathBuf>,
    /// The interface words in the site's language.
    pub words: Arc<Words>,
}

/// A static file from the binary or from the site's theme folder.
#[derive(Debug, Clone)]
pub enum StaticSource {
    BuiltIn(&'static [u8]),
    Site(PathBuf),
}

/// Loads the theme named in site.yaml, with its words in `language`; `default` needs no folder.
pub fn load(
    root: &Path,
    name: &str,
    language: (&str, Location),
    site_files: &[SourceFile],
    diagnostics: &mut Diagnostics,
) -> Option<Theme> {
    let ours: Vec<&SourceFile> = site_files
        .iter()
        .filter(|f| matches!(&f.kind, SourceKind::ThemeTemplate { theme } | SourceKind::ThemeStatic { theme } | SourceKind::ThemeWords { theme } if theme == name))
        .collect();
    if name != "default" && ours.is_empty() && !root.join("themes").join(name).is_dir() {
        diagnostics.push(
            Diagnostic::error("unknown-theme", "site.yaml", format!("there is no theme called \"{name}\""))
                .hint(format!("create themes/{name}/ with templates/ or static/ inside it, or use `theme: default`")),
        );
        return None;
    }
    let mut templates: BTreeMap<String, (String, PathBuf)> = BTreeMap::new();
    let mut statics = BTreeMap::new();
    for (path, bytes) in THEME_FILES {
        if let Some(name) = path.strip_prefix("templates/") {
            let text = String::from_utf8_lossy(bytes).into_owned();
            templates.insert(name.to_string(), (text, Path::new(BUILT_IN).join("templates").join(name)));
        } else if let Some(name) = path.strip_prefix("static/") {
            statics.insert(name.to_string(), StaticSource::BuiltIn(bytes));
        }
    }
    let prefix_templates = format!("themes/{name}/templates/");
    let prefix_static = format!("themes/{name}/static/");
    for file in ours {
        let path = file.path.to_string_lossy().to_string();
        if let Some(t) = path.strip_prefix(&prefix_templates) {
            match read_text(root, &file.path) {
                Ok(text) => {
                    templates.insert(t.to_string(), (text, file.path.clone()));
                }
                Err(d) => diagnostics.push(d),
            }
        } else if let Some(s) = path.strip_prefix(&prefix_static) {
            statics.insert(s.to_string(), StaticSource::Site(file.path.clone()));
        }
    }
    let template_files: BTreeMap<String, PathBuf> = templates.iter().map(|(k, (_, f))| (k.clone(), f.clone())).collect();
    let tera1 = tera1_hints(&templates);
    if !tera1.is_empty() {
        diagnostics.extend(tera1);
        return None;
    }
    let words = Arc::new(crate::words::load(root, name, language, THEME_FILES, site_files, diagnostics)?);
    let mut tera = tera::Tera::default();
    tera.autoescape_on([".html", ".xml", ".svg"]);
    with_words(&mut tera, &words);
    if let Err(err) = tera.add_raw_templates(templates.iter().map(|(k, (text, _))| (k.as_str(), text.as_str()))) {
        diagnostics.push(template_error(&err, &template_files));
        return None;
    }
    Some(Theme { tera, statics, template_files, words })
}

/// Registers the `words` function over `words`, replacing any registered before.
fn with_words(tera: &mut tera::Tera, words: &Arc<Words>) {
    let counted = Arc::clone(words);
    tera.register_function("words", move |kwargs: tera::Kwargs, _: &tera::State| counted_words(&counted, &kwargs));
}

impl Theme {
    /// The same theme in another `language` of a bilingual site: its templates as compiled
    /// for the first language (they do not depend on it), with that language's words. `None`
    /// when the language has no catalogue (reported).
    pub fn in_language(
        &self,
        root: &Path,
        name: &str,
        language: (&str, Location),
        site_files: &[SourceFile],
        diagnostics: &mut Diagnostics,
    ) -> Option<Theme> {
        let words = Arc::new(crate::words::load(root, name, language, THEME_FILES, site_files, diagnostics)?);
        let mut tera = self.tera.clone();
        with_words(&mut tera, &words);
        Some(Theme { tera, statics: self.statics.clone(), template_files: self.template_files.clone(), words })
    }
}

/// `{{ words(id="things", count=n) }}`: a message with arguments, numbers choosing its plural
/// form. The numbers are the view's own; the function only picks and fills the words.
fn counted_words(words: &Words, kwargs: &tera::Kwargs) -> tera::TeraResult<String> {
    let id: &str = kwargs.must_get("id")?;
    let texts: Vec<(String, String)> =
        kwargs.iter().filter_map(|(k, v)| v.as_str().map(|t| (k.to_string(), t.to_string()))).filter(|(k, _)| k != "id").collect();
    let numbers: Vec<(String, f64)> = kwargs.iter().filter_map(|(k, v)| v.as_f64().map(|n| (k.to_string(), n))).collect();
    let mut args: Vec<(&str, Arg<'_>)> = texts.iter().map(|(k, t)| (k.as_str(), Arg::Text(t))).collect();
    args.extend(numbers.iter().map(|(k, n)| (k.as_str(), Arg::Number(*n))));
    if !words.has(id) {
        return Err(tera::Error::message(format!("there is no message \"{id}\" in the words of this language")));
    }
    Ok(words.with(id, &args))
}

/// The built-in words of `language`, with no theme's overrides (for tests and tools).
pub fn built_in_words(language: &str) -> Option<Words> {
    crate::words::load(Path::new("."), "default", (language, Location::START), THEME_FILES, &[], &mut Diagnostics::new())
}

/// A value converted for templates once and shared by every page that shows it (the site's
/// header, navigation and footer): cloning it is a reference count, not a copy.
pub type Shared = tera::Value;

/// Converts `value` for templates once; see [`Shared`].
pub fn share(value: &impl Serialize) -> Shared {
    tera::Value::from_serializable(value)
}

impl Theme {
    /// Renders `template` with `context` as UTF-8; an error is located in the template.
    ///
    /// Into a buffer the size of most pages (tera's own guess, from the child template alone,
    /// is a fraction of a page with its base, so a page was copied twice as it grew), and as
    /// bytes, which is how the page is written: tera writes only UTF-8, so checking it again
    /// was wasted.
    pub fn render(&self, template: &str, context: &impl Serialize) -> Result<Vec<u8>, Diagnostic> {
        const PAGE_BYTES: usize = 32 * 1024;
        let fail = |err: &tera::Error| template_error(err, &self.template_files);
        let context = tera::Context::from_serialize(context).map_err(|e| fail(&e))?;
        let mut page = Vec::with_capacity(PAGE_BYTES);
        self.tera.render_to(template, &context, &mut page).map_err(|e| fail(&e))?;
        Ok(page)
    }
}

impl Theme {
    /// Whether `template` is the built-in one (the site's theme does not replace it).
    pub fn is_built_in(&self, template: &str) -> bool {
        self.template_files.get(template).is_some_and(|file| file.starts_with(BUILT_IN))
    }

    /// Renders component `name` on its own with `args`, as a page calling it with just those
    /// arguments would, so that a part many pages show is made once. `None` when the theme has
    /// no such component, or when it reads a value of the page it is on (an implicit argument
    /// other than those in `implicits`): then only the page can make it.
    pub fn component(
        &self,
        name: &str,
        args: &[(&'static str, &Shared)],
        implicits: &[(&'static str, &Shared)],
    ) -> Result<Option<String>, Diagnostic> {
        let Some(info) = self.tera.get_component_definition(name) else {
            return Ok(None);
        };
        if info.args().iter().any(|a| a.is_implicit() && !implicits.iter().any(|(k, _)| *k == a.name())) {
            return Ok(None);
        }
        let context = |pairs: &[(&'static str, &Shared)]| {
            let mut context = tera::Context::new();
            for &(key, value) in pairs {
                context.insert_value(key, value.clone());
            }
            context
        };
        self.tera
            .render_component_with_implicits(name, &context(args), &context(implicits), None, true)
            .map(Some)
            .map_err(|e| template_error(&e, &self.template_files))
    }
}

/// A template error as a located diagnostic: tera 2 reports the template and the span.
pub fn template_error(err: &tera::Error, files: &BTreeMap<String, PathBuf>) -> Diagnostic {
    let report = match err.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
        _ => None,
    };
    let Some(report) = report else {
        return Diagnostic::error("template", "themes", format!("a theme template has an error: {}", error_chain(err)))
            .hint("fix the template named in the message; the built-in templates are in wedid's themes/default/ folder");
    };
    let file = files.get(report.filename()).cloned().unwrap_or_else(|| PathBuf::from(report.filename()));
    let span = report.span();
    Diagnostic::error("template", file, format!("the template {} has an error: {}", report.filename(), report.message()))
        .at(Location::new(span.start_line, span.start_col + 1))
        .hint("fix the template at this place; the built-in templates are in wedid's themes/default/ folder")
}

/// What tera 1 wrote and tera 2 refuses, with the change to make. Checked before compiling,
/// so a theme written for wedid 0.1 gets one located message per place instead of a parser
/// error about an unknown tag.
const TERA1: &[(&str, &str)] = &[
    ("{% macro ", "tera 2 has no macros: write `{% component name(arg) %}…{% endcomponent name %}` instead"),
    ("{% import ", "components are global in tera 2: remove the import and call `{{ <name arg={value} /> }}`"),
    ("set_global", "tera 2 has no `set_global`: compute the value in a `{% set %}` outside the loop"),
];

fn tera1_hints(templates: &BTreeMap<String, (String, PathBuf)>) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (text, file) in templates.values().filter(|(_, f)| !f.starts_with(BUILT_IN)) {
        let lines = crate::diagnostics::LineIndex::new(text);
        for (needle, change) in TERA1 {
            for (offset, _) in text.match_indices(needle).take(1) {
                found.push(
                    Diagnostic::error("template-tera1", file, format!("this template is written for tera 1 (`{}`)", needle.trim()))
                        .at(lines.location(offset, 1))
                        .hint(format!("{change}; the theme guide (docs/) and CHANGELOG.md say how to move a theme")),
                );
            }
        }
    }
    found
}

/// Tera nests the useful part of its errors in `source()`.
pub fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}
