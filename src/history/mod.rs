//! The site's history from git, read once per build for all files together: when each record
//! last changed, whether its saved file differs from the last commit, and what changed in each
//! project between its committed versions ([`changes`]). Outside git there is no history and
//! every date falls back to the record's own. Deterministic: the same repository state gives
//! the same values, and no date is ever after "today" (a commit from a clock set ahead is
//! dated today). Invariant: only [`git`] knows gix; the rest of wedid sees dates and changes.

pub mod changes;
mod git;

pub use changes::{Change, ChangeKind};

use crate::content::model::Project;
use crate::content::{yaml, Date};
use crate::site::{SourceFile, SourceKind};
use rayon::prelude::*;
use std::collections::HashMap;
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
    /// site at `root`. Never fails: anything git cannot tell leaves a file without history.
    pub fn read(root: &Path, files: &[SourceFile], today: Date) -> History {
        let Some(walk) = git::walk(root) else { return History::none() };
        let records: Vec<&SourceFile> = files
            .iter()
            .filter(|f| matches!(f.kind, SourceKind::Project | SourceKind::Story | SourceKind::Page | SourceKind::Strategy))
            .collect();
        let repo = walk.repo.into_sync();
        let files = records
            .par_iter()
            .map_init(
                || repo.to_thread_local(),
                |repo, file| {
                    let versions = walk.versions.get(&file.path).map(Vec::as_slice).unwrap_or_default();
                    let uncommitted = walk
                        .head
                        .get(&file.path)
                        .is_none_or(|&id| std::fs::read(root.join(&file.path)).map_or(true, |bytes| !git::same_as(repo, &bytes, id)));
                    let committed = versions.first().map(|v| day(v.seconds, today));
                    let changes =
                        if file.kind == SourceKind::Project { project_changes(repo, &file.path, versions, today) } else { Vec::new() };
                    (file.path.clone(), FileHistory { committed, uncommitted, changes })
                },
            )
            .collect();
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

/// Parses each committed version of a project (oldest first) with the content model and lists
/// what changed between consecutive ones. A version that does not parse is skipped, never an
/// error: the next good one is compared with the last good one before it.
fn project_changes(repo: &gix::Repository, path: &Path, versions: &[git::Version], today: Date) -> Vec<Change> {
    let mut out = Vec::new();
    let mut previous: Option<Project> = None;
    for version in versions.iter().rev() {
        let Some(project) = git::blob(repo, version.blob).and_then(|bytes| parse(path, bytes)) else { continue };
        let commit = version.commit.to_string();
        let date = day(version.seconds, today);
        out.extend(changes::between(previous.as_ref(), &project).into_iter().map(|kind| Change { date, commit: commit.clone(), kind }));
        previous = Some(project);
    }
    out
}

fn parse(path: &Path, bytes: Vec<u8>) -> Option<Project> {
    let text = crate::site::decode(path, bytes).ok()?;
    yaml::parse::<Project>(&text, path, 1).ok().map(|(project, _)| project)
}
