//! The only user of gix: one walk down the first-parent chain from HEAD that notes, for every
//! file under the site's `content/`, each commit that gave it new bytes. Whole subtrees that
//! did not change between a commit and its parent are skipped by their ids, so a commit that
//! touches one project costs about one directory listing, not one per file. Merges count as
//! the change they bring to the main line, dated by the merge.

use gix::hash::ObjectId;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One version of a file: the commit that introduced it and the file's bytes' id.
#[derive(Debug, Clone, Copy)]
pub struct Version {
    /// The committer's time, in seconds since 1970 (UTC).
    pub seconds: i64,
    pub commit: ObjectId,
    pub blob: ObjectId,
}

/// What the walk found, by path relative to the site folder (`content/projects/x.yaml`).
pub struct Walk {
    /// The commit the walk started from; `None` when HEAD has no commit yet.
    pub head_commit: Option<ObjectId>,
    /// The versions of each file made after the walk's `known` commit (or all of them), newest
    /// first: files since deleted too, so that a cache of them answers as a full walk would.
    pub versions: HashMap<PathBuf, Vec<Version>>,
    /// The walk stopped at the `known` commit: older versions are as they were then.
    pub reached_known: bool,
    /// Each file's id at HEAD.
    pub head: HashMap<PathBuf, ObjectId>,
}

/// Opens the repository holding `site`, with the path of the site's `content/` folder in it.
/// `None` outside git (or in a bare repository).
pub fn open(site: &Path) -> Option<(gix::Repository, PathBuf)> {
    let mut repo = gix::discover(site).ok()?;
    // Trees of a growing `content/projects/` are read once per commit that changes them.
    repo.object_cache_size_if_unset(16 * 1024 * 1024);
    let workdir = std::fs::canonicalize(repo.workdir()?).ok()?;
    let prefix = std::fs::canonicalize(site).ok()?.strip_prefix(&workdir).ok()?.join("content");
    Some((repo, prefix))
}

/// Walks the history from HEAD down to `known` (a commit whose versions are already known),
/// or to the first commit. Empty maps when HEAD has no commit yet or does not hold the site.
pub fn walk(repo: &gix::Repository, prefix: &Path, known: Option<ObjectId>) -> Walk {
    let mut found = Walk { head_commit: None, versions: HashMap::new(), reached_known: false, head: HashMap::new() };
    let Ok(mut commit) = repo.head_commit() else { return found };
    found.head_commit = Some(commit.id);
    let mut tree = content_tree(&commit, prefix);
    if let Some(id) = tree {
        list(repo, id, Path::new("content"), &mut found.head);
    }
    // Only files at HEAD have versions to find: a site the repository does not track (in an
    // ignored folder of another project) costs no walk.
    while !found.head.is_empty() {
        if Some(commit.id) == known {
            found.reached_known = true;
            break;
        }
        let parent = commit.parent_ids().next().and_then(|id| id.object().ok()).and_then(|o| o.try_into_commit().ok());
        let parent_tree = parent.as_ref().and_then(|p| content_tree(p, prefix));
        if tree != parent_tree {
            if let Some(id) = tree {
                let seconds = commit.time().map(|t| t.seconds).unwrap_or(0);
                let mut changed = Vec::new();
                diff(repo, id, parent_tree, Path::new("content"), &mut changed);
                for (path, blob) in changed {
                    found.versions.entry(path).or_default().push(Version { seconds, commit: commit.id, blob });
                }
            }
        }
        match parent {
            Some(p) => (commit, tree) = (p, parent_tree),
            None => break,
        }
    }
    found
}

/// The id of `<prefix>` (the site's `content/` folder) in a commit's tree.
fn content_tree(commit: &gix::Commit, prefix: &Path) -> Option<ObjectId> {
    let tree = commit.tree().ok()?;
    let entry = tree.lookup_entry_by_path(prefix).ok()??;
    entry.mode().is_tree().then(|| entry.object_id())
}

/// The entries of a tree: (name, is a tree, id).
fn entries(repo: &gix::Repository, id: ObjectId) -> Vec<(String, bool, ObjectId)> {
    let Ok(tree) = repo.find_tree(id) else { return Vec::new() };
    let Ok(decoded) = tree.decode() else { return Vec::new() };
    decoded.entries.iter().map(|e| (e.filename.to_string(), e.mode.is_tree(), e.oid.to_owned())).collect()
}

/// Every file under tree `id`, with its id.
fn list(repo: &gix::Repository, id: ObjectId, at: &Path, out: &mut HashMap<PathBuf, ObjectId>) {
    for (name, is_tree, oid) in entries(repo, id) {
        if is_tree {
            list(repo, oid, &at.join(&name), out);
        } else {
            out.insert(at.join(name), oid);
        }
    }
}

/// Files of tree `newer` whose ids differ from (or are absent in) tree `older`, descending
/// only into subtrees whose ids differ. Both entry lists are in git's order, so they are
/// merged in place: no entry is copied unless it changed.
fn diff(repo: &gix::Repository, newer: ObjectId, older: Option<ObjectId>, at: &Path, out: &mut Vec<(PathBuf, ObjectId)>) {
    let Ok(new_tree) = repo.find_tree(newer) else { return };
    let old_tree = older.and_then(|id| repo.find_tree(id).ok());
    let (Ok(new_entries), old_entries) = (new_tree.decode(), old_tree.as_ref().map(|t| t.decode())) else { return };
    let old_entries = match old_entries {
        Some(Ok(decoded)) => decoded.entries,
        _ => Vec::new(),
    };
    let mut old = old_entries.iter().peekable();
    for e in &new_entries.entries {
        while old.next_if(|o| *o < e).is_some() {}
        let was = old.next_if(|o| o.cmp(&e).is_eq() && o.mode.is_tree() == e.mode.is_tree());
        if was.is_some_and(|o| o.oid == e.oid) {
            continue;
        }
        let path = at.join(e.filename.to_string());
        if e.mode.is_tree() {
            diff(repo, e.oid.to_owned(), was.map(|o| o.oid.to_owned()), &path, out);
        } else {
            out.push((path, e.oid.to_owned()));
        }
    }
}

/// The bytes of a file version; `None` if the object cannot be read.
pub fn blob(repo: &gix::Repository, id: ObjectId) -> Option<Vec<u8>> {
    repo.find_blob(id).ok().map(|mut b| b.take_data())
}

/// Whether `bytes` are exactly the file whose id is `id`.
pub fn same_as(hash: gix::hash::Kind, bytes: &[u8], id: ObjectId) -> bool {
    gix::objs::compute_hash(hash, gix::objs::Kind::Blob, bytes).is_ok_and(|computed| computed == id)
}
