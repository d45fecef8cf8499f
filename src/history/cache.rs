//! The history as last read, kept in the site's `.wedid-cache/` folder: a rebuild walks only
//! the commits made since, and parses again only the projects that have new versions. Reading
//! 2,000 commits of a 10,000-project site costs several times a build without history (the
//! trees and past versions must be inflated and parsed); most builds follow a save or one new
//! commit, and pay for that alone.
//!
//! The cache holds facts about commits, never anything that depends on the day of the build
//! (dates are derived from the commit times when it is read), so a build gives the same bytes
//! with or without it. It is only an accelerator: unreadable, from another wedid or for another
//! place in the repository, it is ignored; when it cannot be written, nothing is reported.

use super::changes::ChangeKind;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Where the cache lives, in the site's folder.
pub const FILE: &str = ".wedid-cache/history.json";

/// Changes when the meaning of the cached values changes, so an old cache is not misread.
const FORMAT: u32 = 1;

/// What was known at one commit.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Cached {
    format: u32,
    wedid: String,
    /// The site's `content/` folder within the repository.
    prefix: PathBuf,
    /// The commit (hex) the walk started from.
    pub head: String,
    /// For each file at that commit: its versions, newest first, and for projects the changes
    /// between them.
    pub files: HashMap<PathBuf, CachedFile>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CachedFile {
    /// Each version as (commit time in seconds, commit id, file id), ids in hex.
    pub versions: Vec<(i64, String, String)>,
    /// Each change with the index (in `versions`) of the version that made it.
    pub changes: Vec<(usize, ChangeKind)>,
}

impl Cached {
    pub fn new(prefix: &Path, head: String, files: HashMap<PathBuf, CachedFile>) -> Cached {
        Cached { format: FORMAT, wedid: env!("CARGO_PKG_VERSION").into(), prefix: prefix.to_path_buf(), head, files }
    }
}

/// The cache of the site at `site`, if there is one made by this wedid for this `prefix`.
pub fn load(site: &Path, prefix: &Path) -> Option<Cached> {
    let bytes = std::fs::read(site.join(FILE)).ok()?;
    let cached: Cached = serde_json::from_slice(&bytes).ok()?;
    (cached.format == FORMAT && cached.wedid == env!("CARGO_PKG_VERSION") && cached.prefix == prefix).then_some(cached)
}

/// Writes the cache under a name of its own, then renames it into place, so a build running
/// beside this one reads the old cache or the new, never half of one.
pub fn save(site: &Path, cached: &Cached) {
    let path = site.join(FILE);
    let Ok(bytes) = serde_json::to_vec(cached) else { return };
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let partial = path.with_extension(format!("{}-{nanos}.partial", std::process::id()));
    let written = path.parent().is_some_and(|dir| std::fs::create_dir_all(dir).is_ok()) && std::fs::write(&partial, bytes).is_ok();
    if !written || std::fs::rename(&partial, &path).is_err() {
        let _ = std::fs::remove_file(&partial);
    }
}
