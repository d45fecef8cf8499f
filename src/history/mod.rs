//! The site's history from git, read once per build for all files together: when each record
//! last changed, whether its saved file differs from the last commit, and what changed in each
//! project between its committed versions ([`changes`]). Outside git there is no history and
//! every date falls back to the record's own. Deterministic: the same repository state gives
//! the same values, and no date is ever after "today" (a commit from a clock set ahead is
//! dated today). Invariant: only [`git`] knows gix; the rest of wedid sees dates and changes.

mod cache;
pub mod changes;
mod git;

use cache::{Cached, CachedFile};
pub use changes::{Change, ChangeKind};

use crate::content::model::Project;
use crate::content::{yaml, Date};
use crate::site::{SourceFile, SourceKind};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What git says about one record file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileHistory {
    /// The day of the last commit that changed the file, if it is committed.
    pub committed: Option<Date>,
    /// The saved file differs from the last commit, or was never committed.
    pub uncommitted: bool,
    /// For projects: the changes between committed versions, oldest first.
    pub changes: Vec<Change>,
}

/// The history of every record file, by path relative to the site folder.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// The site is inside a git repository.
    pub in_git: bool,
    files: HashMap<PathBuf, FileHistory>,
}

/// When a record last changed, and how we know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LastUpdated {
    pub date: Option<Date>,
    /// The saved file has changes not yet committed: the preview says "not yet published".
    pub unpublished: bool,
}

impl History {
    /// No history: a site outside git.
    pub fn none() -> History {
        History::default()
    }

    /// Reads the history of the record files (projects, stories, pages, strategies) of the
    /// site at `root`, walking only the commits made since the cached history (see [`cache`]).
    /// Never fails: anything git cannot tell leaves a file without history.
    pub fn read(root: &Path, files: &[SourceFile], today: Date) -> History {
        let Some((repo, prefix)) = git::open(root) else { return History::none() };
        let cached = cache::load(root, &prefix);
        let known = cached.as_ref().and_then(|c| gix::ObjectId::from_hex(c.head.as_bytes()).ok());
        let walk = git::walk(&repo, &prefix, known);
        let mut all = match cached {
            Some(cached) if walk.reached_known => cached.files,
            _ => HashMap::new(),
        };
        let renewed: HashSet<PathBuf> = walk.versions.keys().cloned().collect();
        for (path, new) in walk.versions {
            let file = all.entry(path).or_insert_with(|| CachedFile { versions: Vec::new(), changes: Vec::new() });
            file.versions.splice(0..0, new.iter().map(|v| (v.seconds, v.commit.to_string(), v.blob.to_string())));
        }
        let records: Vec<&SourceFile> = files
            .iter()
            .filter(|f| matches!(f.kind, SourceKind::Project | SourceKind::Story | SourceKind::Page | SourceKind::Strategy))
            .collect();
        let hash = repo.object_hash();
        let repo = repo.into_sync();
        // Projects whose versions are new since the cache: their changes are worked out again.
        let changes: Vec<(PathBuf, Vec<(usize, ChangeKind)>)> = records
            .par_iter()
            .filter(|f| f.kind == SourceKind::Project)
            .filter(|f| renewed.contains(&f.path))
            .filter_map(|f| all.get(&f.path).map(|c| (f, c)))
            .map_init(
                || repo.to_thread_local(),
                |repo, (file, cached)| (file.path.clone(), project_changes(repo, &file.path, &cached.versions)),
            )
            .collect();
        for (path, changes) in changes {
            if let Some(file) = all.get_mut(&path) {
                file.changes = changes;
            }
        }
        let files = records
            .par_iter()
            .map(|file| {
                // Only a file at HEAD has committed versions: one saved under the name of a
                // deleted file starts afresh.
                let cached = all.get(&file.path).filter(|_| walk.head.contains_key(&file.path));
                let uncommitted = walk
                    .head
                    .get(&file.path)
                    .is_none_or(|&id| std::fs::read(root.join(&file.path)).map_or(true, |bytes| !git::same_as(hash, &bytes, id)));
                let history = FileHistory {
                    committed: cached.and_then(|c| c.versions.first()).map(|v| day(v.0, today)),
                    uncommitted,
                    changes: cached.map(|c| dated(c, today)).unwrap_or_default(),
                };
                (file.path.clone(), history)
            })
            .collect();
        // A site the repository does not track (in an ignored folder) has no history to keep.
        let changed = !(walk.head.is_empty() || walk.reached_known && renewed.is_empty());
        if let (true, Some(head)) = (changed, walk.head_commit) {
            cache::save(root, &Cached::new(&prefix, head.to_string(), all));
        }
        History { in_git: true, files }
    }

    /// Notes that `file` was saved since the history was read (the preview): inside git its
    /// saved bytes are taken to differ from the last commit, so it shows "not yet published"
    /// until the next full read compares them.
    pub fn saved(&mut self, file: &Path) {
        if self.in_git {
            self.files.entry(file.to_path_buf()).or_default().uncommitted = true;
        }
    }

    /// What git says about one file; `None` outside git or for a file it does not know.
    pub fn of(&self, file: &Path) -> Option<&FileHistory> {
        self.files.get(file)
    }

    /// When a record last changed: its last commit's day when the saved file is that commit's;
    /// otherwise (uncommitted changes, or outside git) the newest of `record_dates` that is not
    /// after `today`.
    pub fn last_updated(&self, file: &Path, record_dates: impl IntoIterator<Item = Date>, today: Date) -> LastUpdated {
        let from_record = || record_dates.into_iter().filter(|d| *d <= today).max();
        match self.of(file) {
            Some(FileHistory { committed: Some(date), uncommitted: false, .. }) => LastUpdated { date: Some(*date), unpublished: false },
            Some(h) => LastUpdated { date: from_record(), unpublished: h.uncommitted },
            None => LastUpdated { date: from_record(), unpublished: false },
        }
    }
}

/// The UTC day of a commit time, never after `today`.
fn day(seconds: i64, today: Date) -> Date {
    Date::from_days_since_epoch(seconds.div_euclid(86_400)).min(today)
}

/// The changes of one cached file, dated by their commits.
fn dated(file: &CachedFile, today: Date) -> Vec<Change> {
    let change = |(at, kind): &(usize, ChangeKind)| {
        let (seconds, commit, _) = file.versions.get(*at)?;
        Some(Change { date: day(*seconds, today), commit: commit.clone(), kind: kind.clone() })
    };
    file.changes.iter().filter_map(change).collect()
}

/// Parses each committed version of a project (`versions` newest first, as (commit time,
/// commit id, file id)) with the content model and lists what changed between consecutive
/// ones, oldest first, each with the index of the version that made it. A version that does
/// not parse is skipped, never an error: the next good one is compared with the last good one
/// before it.
fn project_changes(repo: &gix::Repository, path: &Path, versions: &[(i64, String, String)]) -> Vec<(usize, ChangeKind)> {
    let mut out = Vec::new();
    let mut previous: Option<Project> = None;
    for (at, (_, _, blob)) in versions.iter().enumerate().rev() {
        let bytes = gix::ObjectId::from_hex(blob.as_bytes()).ok().and_then(|id| git::blob(repo, id));
        let Some(project) = bytes.and_then(|bytes| parse(path, bytes)) else { continue };
        out.extend(changes::between(previous.as_ref(), &project).into_iter().map(|kind| (at, kind)));
        previous = Some(project);
    }
    out
}

fn parse(path: &Path, bytes: Vec<u8>) -> Option<Project> {
    let text = crate::site::decode(path, bytes).ok()?;
    yaml::parse::<Project>(&text, path, 1).ok().map(|(project, _)| project)
}
