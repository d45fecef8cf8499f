//! JSON Schemas for the files editors write, generated from the same types that parse them
//! (`content::model`), so an editor's tools and the build can never disagree about a field.
//!
//! `wedid schema` writes them into a site's `schemas/` folder; the files `wedid init` and
//! `wedid new` write start with a `# yaml-language-server: $schema=…` line pointing there by a
//! relative path, which works offline and moves with the site. [`reference`] turns the same
//! schemas into the field reference in `docs/reference/fields.md`.
//!
//! Draft 7 is used because it is the draft editor tooling supports most widely.

pub mod reference;

use crate::content::model::{Page, Project, SiteConfig, Story, Strategy};
use anyhow::{Context as _, Result};
use schemars::{JsonSchema, Schema};
use std::path::{Path, PathBuf};

/// The site's folder for schemas, relative to its root.
pub const DEFAULT_DIR: &str = "schemas";

/// One kind of file an editor writes, with a schema of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Site,
    Strategy,
    Project,
    Story,
    Page,
}

impl FileKind {
    /// In the order the field reference lists them.
    pub const ALL: [FileKind; 5] = [FileKind::Site, FileKind::Strategy, FileKind::Project, FileKind::Story, FileKind::Page];

    /// `project.schema.json`.
    pub fn file_name(self) -> &'static str {
        match self {
            FileKind::Site => "site.schema.json",
            FileKind::Strategy => "strategy.schema.json",
            FileKind::Project => "project.schema.json",
            FileKind::Story => "story.schema.json",
            FileKind::Page => "page.schema.json",
        }
    }

    /// The heading the field reference gives this kind of file.
    pub fn title(self) -> &'static str {
        match self {
            FileKind::Site => "Site settings",
            FileKind::Strategy => "Strategies",
            FileKind::Project => "Projects",
            FileKind::Story => "Stories",
            FileKind::Page => "Pages",
        }
    }

    /// The JSON Schema, generated from the type that parses this kind of file.
    pub fn schema(self) -> Schema {
        match self {
            FileKind::Site => generate::<SiteConfig>(),
            FileKind::Strategy => generate::<Strategy>(),
            FileKind::Project => generate::<Project>(),
            FileKind::Story => generate::<Story>(),
            FileKind::Page => generate::<Page>(),
        }
    }

    /// The schema as written to disk: pretty JSON with a final newline, so the committed
    /// files diff well and regenerating them gives the same bytes.
    pub fn json(self) -> String {
        let mut text = serde_json::to_string_pretty(&self.schema()).expect("a JSON value always serialises");
        text.push('\n');
        text
    }
}

fn generate<T: JsonSchema>() -> Schema {
    crate::content::schema::root::<T>()
}

/// Writes every schema into `dir`, replacing older versions (they are generated, never
/// edited). Returns the paths written.
pub fn write_all(dir: &Path) -> Result<Vec<PathBuf>> {
    FileKind::ALL.iter().map(|kind| write(dir, *kind)).collect()
}

/// Writes one kind's schema into `<site>/schemas/` unless it is there already: `wedid new`
/// uses this so the file it writes is checked as you type even in a site made before schemas.
pub fn ensure(site: &Path, kind: FileKind) -> Result<()> {
    let dir = site.join(DEFAULT_DIR);
    if !dir.join(kind.file_name()).exists() {
        write(&dir, kind)?;
    }
    Ok(())
}

fn write(dir: &Path, kind: FileKind) -> Result<PathBuf> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let path = dir.join(kind.file_name());
    std::fs::write(&path, kind.json()).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}
