//! The folder layout of a site, and the ONLY walker and classifier: a path becomes a
//! [`SourceKind`] here and nowhere else, so `build` and `serve`'s watcher can never disagree
//! about what a file is or whether it is ignored. This module reads bytes; it never parses.

mod read;

pub(crate) use read::decode;
pub use read::{read_bytes, read_text, MAX_FILE_BYTES};

use crate::diagnostics::{Diagnostic, Diagnostics};
use std::path::{Component, Path, PathBuf};

/// What a file in a site folder is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceKind {
    SiteConfig,
    Strategy,
    Project,
    Story,
    Page,
    Media,
    /// `themes/<theme>/templates/<name>`: overrides one built-in template.
    ThemeTemplate {
        theme: String,
    },
    /// `themes/<theme>/static/<path>`: overrides or adds one static asset.
    ThemeStatic {
        theme: String,
    },
    /// `themes/<theme>/words/<language>.ftl`: overrides messages of a built-in catalogue, or
    /// adds a language.
    ThemeWords {
        theme: String,
    },
    /// A record's translation beside it, `crisis-line.cy.yaml`: `of` is the original's kind
    /// (strategy, project, story or page), `language` the tag in its name (`cy`).
    Translation {
        of: Box<SourceKind>,
        language: String,
    },
}

/// A file found by the walk, before it is read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SourceFile {
    pub kind: SourceKind,
    /// Relative to the site root, with `/` separators, for messages and output paths.
    pub path: PathBuf,
}

impl SourceFile {
    /// The file name without its extension: the slug of a record (of a translation, the
    /// slug of its original).
    pub fn stem(&self) -> &str {
        let stem = self.path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        match &self.kind {
            SourceKind::Translation { language, .. } => {
                stem.strip_suffix(language.as_str()).and_then(|s| s.strip_suffix('.')).unwrap_or(stem)
            }
            _ => stem,
        }
    }

    /// The file a translation translates: `crisis-line.cy.yaml` → `crisis-line.yaml`.
    pub fn original(&self) -> Option<PathBuf> {
        let SourceKind::Translation { .. } = self.kind else { return None };
        let ext = self.path.extension().and_then(|e| e.to_str()).unwrap_or_default();
        Some(self.path.with_file_name(format!("{}.{ext}", self.stem())))
    }
}

/// The language tag at the end of a file stem (`crisis-line.cy` → `cy`, `x.pt-BR` →
/// `pt-BR`): two or three lowercase letters, then optional `-` subtags of letters or digits.
fn language_suffix(stem: &str) -> Option<&str> {
    let (_, tag) = stem.rsplit_once('.')?;
    let mut parts = tag.split('-');
    let primary = parts.next()?;
    let primary_ok = (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase());
    let rest_ok = parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    (primary_ok && rest_ok).then_some(tag)
}

/// Editors' scratch files never count: dot files, `_drafts`, and editor backups.
pub fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('_')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
}

/// Classifies a path relative to the site root. `None` means wedid does not read it.
pub fn classify(relative: &Path) -> Option<SourceKind> {
    let parts: Vec<&str> = relative
        .components()
        .map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect::<Option<_>>()?;
    if parts.iter().any(|p| is_ignored_name(p)) {
        return None;
    }
    let ext = relative.extension().and_then(|e| e.to_str()).unwrap_or_default();
    let record = |kind: SourceKind| {
        let stem = relative.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        match language_suffix(stem) {
            Some(language) => SourceKind::Translation { of: Box::new(kind), language: language.to_string() },
            None => kind,
        }
    };
    match parts.as_slice() {
        ["site.yaml"] => Some(SourceKind::SiteConfig),
        ["content", "strategy", _] if ext == "yaml" => Some(record(SourceKind::Strategy)),
        ["content", "projects", _] if ext == "yaml" => Some(record(SourceKind::Project)),
        ["content", "stories", _] if ext == "md" => Some(record(SourceKind::Story)),
        ["content", "pages", _] if ext == "md" => Some(record(SourceKind::Page)),
        ["content", "media", _, ..] => Some(SourceKind::Media),
        ["themes", theme, "templates", _, ..] => Some(SourceKind::ThemeTemplate { theme: theme.to_string() }),
        ["themes", theme, "static", _, ..] => Some(SourceKind::ThemeStatic { theme: theme.to_string() }),
        ["themes", theme, "words", _] if ext == "ftl" => Some(SourceKind::ThemeWords { theme: theme.to_string() }),
        _ => None,
    }
}

/// Does a change to this path change the build? (`serve` asks this of every event.)
/// Everything `walk` looks at counts: files it reads, files in `content/` it warns about,
/// and folders (a deleted folder takes its files with it). Ignored names never count.
pub fn is_watched(relative: &Path) -> bool {
    let top = relative.components().next().map(|c| c.as_os_str().to_string_lossy());
    let watched_top = matches!(top.as_deref(), Some("site.yaml" | "content" | "themes"));
    watched_top && !relative.components().any(|c| is_ignored_name(&c.as_os_str().to_string_lossy()))
}

/// Walks `site.yaml`, `content/` and `themes/`. Symlinks are followed only while they stay
/// inside the site: a link out of it is refused, so a site can never publish files from
/// elsewhere on the machine. Files in `content/` that wedid would not read get a warning, so
/// a misplaced or misnamed file does not silently vanish from the site.
pub fn walk(root: &Path, diagnostics: &mut Diagnostics) -> Vec<SourceFile> {
    let canonical_root = match root.canonicalize() {
        Ok(p) => p,
        Err(_) => return Vec::new(),
    };
    let mut files = Vec::new();
    if root.join("site.yaml").is_file() {
        files.push(SourceFile { kind: SourceKind::SiteConfig, path: PathBuf::from("site.yaml") });
    }
    for top in ["content", "themes"] {
        let mut walker = walkdir::WalkDir::new(root.join(top))
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_ignored_name(&e.file_name().to_string_lossy()));
        while let Some(entry) = walker.next() {
            let entry = match entry {
                Ok(e) => e,
                Err(err) => {
                    let at = err.path().map(|p| relative_to(root, p)).unwrap_or_else(|| PathBuf::from(top));
                    if err.path() == Some(&root.join(top)) && !root.join(top).exists() {
                        continue;
                    }
                    let what = if err.loop_ancestor().is_some() {
                        "this folder links back to one of its own parent folders (a symlink loop)"
                    } else {
                        "this file or folder could not be read"
                    };
                    diagnostics.push(
                        Diagnostic::error("unreadable", &at, what)
                            .hint("remove the link or fix the file's permissions so wedid can read it"),
                    );
                    continue;
                }
            };
            let relative = relative_to(root, entry.path());
            // Only a link can lead out of the site; everything under a link that stays inside
            // is inside too, so plain files cost no extra system call.
            if entry.path_is_symlink() && !entry.path().canonicalize().is_ok_and(|real| real.starts_with(&canonical_root)) {
                diagnostics.push(
                    Diagnostic::error("link-outside-site", &relative, "this is a link to a place outside the site folder")
                        .hint("copy the file into the site folder instead of linking to it"),
                );
                if entry.file_type().is_dir() {
                    walker.skip_current_dir();
                }
                continue;
            }
            if !entry.file_type().is_file() {
                continue;
            }
            match classify(&relative) {
                Some(kind) => files.push(SourceFile { kind, path: relative }),
                None if top == "content" => diagnostics.push(misplaced(&relative)),
                None => {}
            }
        }
    }
    files.sort();
    files
}

fn misplaced(relative: &Path) -> Diagnostic {
    let ext = relative.extension().and_then(|e| e.to_str()).unwrap_or_default();
    let hint = match ext {
        "yml" => "rename the file to end in .yaml".to_string(),
        "markdown" | "txt" => "rename the file to end in .md".to_string(),
        _ => "projects and strategies are .yaml files in content/projects/ and content/strategy/; stories and pages are .md files in content/stories/ and content/pages/; images go in content/media/".to_string(),
    };
    Diagnostic::warning("not-read", relative, "wedid does not read this file, so it will not be on the site").hint(hint)
}

fn relative_to(root: &Path, path: &Path) -> PathBuf {
    let rel = path.strip_prefix(root).unwrap_or(path);
    PathBuf::from(rel.to_string_lossy().replace('\\', "/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_the_layout() {
        let c = |p: &str| classify(Path::new(p));
        assert_eq!(c("site.yaml"), Some(SourceKind::SiteConfig));
        assert_eq!(c("content/projects/crisis-line.yaml"), Some(SourceKind::Project));
        assert_eq!(c("content/stories/cafe.md"), Some(SourceKind::Story));
        assert_eq!(c("content/media/photos/a.jpg"), Some(SourceKind::Media));
        assert_eq!(c("themes/nhs/templates/base.html"), Some(SourceKind::ThemeTemplate { theme: "nhs".into() }));
        assert_eq!(c("themes/nhs/words/cy.ftl"), Some(SourceKind::ThemeWords { theme: "nhs".into() }));
        assert_eq!(c("content/projects/.crisis.yaml.swp"), None);
        assert_eq!(c("content/projects/_draft.yaml"), None);
        assert_eq!(c("content/stories/cafe.md~"), None);
        assert_eq!(c("content/projects/nested/x.yaml"), None);
        assert_eq!(c("README.md"), None);
        let cy = |of: SourceKind| Some(SourceKind::Translation { of: Box::new(of), language: "cy".into() });
        assert_eq!(c("content/projects/crisis-line.cy.yaml"), cy(SourceKind::Project));
        assert_eq!(c("content/stories/crisis-cafe.cy.md"), cy(SourceKind::Story));
        assert_eq!(c("content/projects/plan.v2.yaml"), Some(SourceKind::Project));
    }

    #[test]
    fn a_translation_knows_its_slug_and_original() {
        let path = PathBuf::from("content/stories/crisis-cafe.pt-BR.md");
        let file = SourceFile { kind: classify(&path).unwrap_or(SourceKind::Media), path };
        assert_eq!(file.stem(), "crisis-cafe");
        assert_eq!(file.original(), Some(PathBuf::from("content/stories/crisis-cafe.md")));
    }

    #[test]
    fn watches_what_the_walk_looks_at() {
        let w = |p: &str| is_watched(Path::new(p));
        assert!(w("site.yaml") && w("content/projects/x.yaml") && w("content/projects/x.yml") && w("content/media"));
        assert!(w("themes/nhs/static/a.css"));
        assert!(!w("output/index.html") && !w("target/debug/wedid") && !w("content/projects/.x.yaml.swp"));
    }
}
