//! The theme: the built-in default (compiled into the binary by `build.rs`) overlaid file by
//! file with a site's `themes/<name>/templates/` and `static/`. Builds the one [`tera::Tera`]
//! of a build. Knows no content types: it only loads templates and static files.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::site::{read_text, SourceFile, SourceKind};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/theme_files.rs"));

/// Templates compiled, and static files to copy to `assets/`.
pub struct Theme {
    pub tera: tera::Tera,
    /// Path under `static/` → where it comes from.
    pub statics: BTreeMap<String, StaticSource>,
    /// Which file each template came from, to locate template errors.
    pub template_files: BTreeMap<String, PathBuf>,
}

/// A static file from the binary or from the site's theme folder.
#[derive(Debug, Clone)]
pub enum StaticSource {
    BuiltIn(&'static [u8]),
    Site(PathBuf),
}

/// Loads the theme named in site.yaml; `default` needs no folder.
pub fn load(root: &Path, name: &str, site_files: &[SourceFile], diagnostics: &mut Diagnostics) -> Option<Theme> {
    let ours: Vec<&SourceFile> = site_files
        .iter()
        .filter(|f| matches!(&f.kind, SourceKind::ThemeTemplate { theme } | SourceKind::ThemeStatic { theme } if theme == name))
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
            templates.insert(name.to_string(), (text, PathBuf::from(format!("(built-in theme)/templates/{name}"))));
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
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    let template_files = templates.iter().map(|(k, (_, f))| (k.clone(), f.clone())).collect();
    let raw: Vec<(String, String)> = templates.into_iter().map(|(k, (text, _))| (k, text)).collect();
    if let Err(err) = tera.add_raw_templates(raw) {
        diagnostics.push(
            Diagnostic::error("template", "themes", format!("a theme template has an error: {}", error_chain(&err)))
                .hint("fix the template named in the message; the built-in templates are in wedid's themes/default/ folder"),
        );
        return None;
    }
    Some(Theme { tera, statics, template_files })
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
