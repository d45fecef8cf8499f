//! The ONLY writer under the output folder. A build streams its files into a staging folder
//! beside the output, and only a build with no errors is swapped into place — on Linux in one
//! atomic `renameat2(RENAME_EXCHANGE)`, so at every instant the output folder holds either the
//! complete old site or the complete new one, even if wedid is killed. Pages of deleted
//! content disappear because the new folder replaces the old one whole.
//!
//! wedid only ever replaces a folder it made (it carries a marker file), and never the site
//! folder, `content/`, or any folder that contains the site, so a typo in `--output` cannot
//! delete someone's files.

use crate::render::{Body, OutputFile, Sink};
use anyhow::{bail, Context as _, Result};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Marks a folder as wedid's output, safe for wedid to replace.
pub const MARKER: &str = ".wedid-output";
const MARKER_TEXT: &str =
    "This folder is written by `wedid build`. Edit the files in content/ instead: this folder is replaced on every build.\n";

/// A folder being filled by one build.
pub struct Staging {
    dir: PathBuf,
    site_root: PathBuf,
    /// Folders this build has made, so a file that goes into one of them writes at once.
    folders: Mutex<HashSet<PathBuf>>,
}

/// Refuses output folders that wedid must never replace.
pub fn check_output_folder(output: &Path, site_root: &Path) -> Result<()> {
    let abs = absolute(output)?;
    let site = absolute(site_root)?;
    if site.starts_with(&abs) {
        bail!("refusing to use {} as the output folder: it contains the site itself", output.display());
    }
    for protected in ["content", "themes"] {
        if abs.starts_with(site.join(protected)) {
            bail!("refusing to use {} as the output folder: it is inside the site's {protected}/ folder", output.display());
        }
    }
    if abs.is_file() {
        bail!("refusing to use {} as the output folder: it is a file", output.display());
    }
    if abs.is_dir() && !abs.join(MARKER).is_file() {
        let empty = std::fs::read_dir(&abs).map(|mut d| d.next().is_none()).unwrap_or(false);
        if !empty {
            bail!(
                "refusing to replace {}: it was not made by wedid and is not empty.\n  hint: choose another --output folder, or delete or empty this one yourself",
                output.display()
            );
        }
    }
    Ok(())
}

fn absolute(p: &Path) -> Result<PathBuf> {
    let joined = if p.is_absolute() { p.to_path_buf() } else { std::env::current_dir()?.join(p) };
    // Canonicalise the longest existing ancestor, so links and `..` cannot disguise a path.
    let mut existing = joined.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => break,
        }
    }
    let mut out = existing.canonicalize().unwrap_or_else(|_| existing.to_path_buf());
    out.extend(rest.into_iter().rev());
    Ok(out)
}

fn sibling(output: &Path, suffix: &str) -> Result<PathBuf> {
    let abs = absolute(output)?;
    let name = abs.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| "output".into());
    let parent = abs.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    Ok(parent.join(format!(".{name}.wedid-{suffix}")))
}

impl Staging {
    /// Makes a fresh staging folder beside `output`, clearing any left by a killed build.
    pub fn create(output: &Path, site_root: &Path) -> Result<Staging> {
        check_output_folder(output, site_root)?;
        let dir = sibling(output, &format!("staging-{}", std::process::id()))?;
        if let Some(parent) = dir.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
            // The same name `sibling` gives, so `--output .` and `..` find their own leftovers.
            let prefix = sibling(output, "")?.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            remove_leftovers(parent, &prefix)?;
        }
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        std::fs::write(dir.join(MARKER), MARKER_TEXT).with_context(|| format!("writing in {}", dir.display()))?;
        Ok(Staging { dir, site_root: site_root.to_path_buf(), folders: Mutex::default() })
    }

    /// Swaps the staged site into place and removes the old one.
    pub fn commit(self, output: &Path) -> Result<()> {
        let output = absolute(output)?;
        if !output.exists() {
            std::fs::rename(&self.dir, &output).with_context(|| format!("moving the new site to {}", output.display()))?;
            return Ok(());
        }
        check_output_folder(&output, &self.site_root)?;
        let old = swap(&self.dir, &output)?;
        remove_marked(&old).with_context(|| format!("removing the previous site at {}", old.display()))
    }

    /// Throws the staged files away; the output folder is untouched.
    pub fn discard(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Exchanges `new` and `output`; returns where the old site now is.
#[cfg(target_os = "linux")]
fn swap(new: &Path, output: &Path) -> Result<PathBuf> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, new, CWD, output, RenameFlags::EXCHANGE)
        .with_context(|| format!("swapping the new site into {}", output.display()))?;
    Ok(new.to_path_buf())
}

/// Elsewhere two renames: the window between them is as short as it can be.
#[cfg(not(target_os = "linux"))]
fn swap(new: &Path, output: &Path) -> Result<PathBuf> {
    let old = sibling(output, "old")?;
    let _ = std::fs::remove_dir_all(&old);
    std::fs::rename(output, &old).with_context(|| format!("moving the previous site aside from {}", output.display()))?;
    std::fs::rename(new, output).with_context(|| format!("moving the new site to {}", output.display()))?;
    Ok(old)
}

/// Removes a folder wedid made, its marker last: a build killed halfway through leaves a
/// folder that still carries the marker, so the next build recognises it and finishes the job.
fn remove_marked(dir: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)?.flatten() {
        if entry.file_name() == MARKER {
            continue;
        }
        match entry.file_type()?.is_dir() {
            true => std::fs::remove_dir_all(entry.path())?,
            false => std::fs::remove_file(entry.path())?,
        }
    }
    std::fs::remove_dir_all(dir)
}

/// Removes staging folders of builds that were killed: those that carry our marker, and
/// empty ones (a build killed between making the folder and marking it).
fn remove_leftovers(parent: &Path, prefix: &str) -> Result<()> {
    for entry in std::fs::read_dir(parent)?.flatten() {
        let file = entry.file_name().to_string_lossy().to_string();
        let pid_alive =
            file.rsplit('-').next().and_then(|p| p.parse::<u32>().ok()).is_some_and(|pid| pid != std::process::id() && is_running(pid));
        if !file.starts_with(prefix) || pid_alive {
            continue;
        }
        if entry.path().join(MARKER).is_file() {
            let _ = std::fs::remove_dir_all(entry.path());
        } else {
            // Only succeeds on an empty folder, so it can never delete anything.
            let _ = std::fs::remove_dir(entry.path());
        }
    }
    Ok(())
}

/// Whether process `pid` is running. Only Linux can tell (from /proc); elsewhere every
/// build counts as running, so a concurrent build's staging folder is never removed.
fn is_running(pid: u32) -> bool {
    !cfg!(target_os = "linux") || Path::new(&format!("/proc/{pid}")).exists()
}

impl Staging {
    /// Makes `folder` and its parents, unless this build already has. Asking the file system
    /// costs two system calls for a folder that exists (a refused `mkdir`, then a `stat`), and
    /// most files share their folder with another: a third of the 45,000 files at 10k+10k.
    fn make_folder(&self, folder: &Path) -> Result<()> {
        let folders = || self.folders.lock().unwrap_or_else(|e| e.into_inner());
        if folders().contains(folder) {
            return Ok(());
        }
        std::fs::create_dir_all(folder).with_context(|| format!("creating {}", folder.display()))?;
        let mut made = folders();
        for made_now in folder.ancestors().take_while(|f| f.starts_with(&self.dir)) {
            if !made.insert(made_now.to_path_buf()) {
                break;
            }
        }
        Ok(())
    }
}

impl Sink for Staging {
    fn put(&self, file: OutputFile) -> Result<()> {
        let target = self.dir.join(&file.path);
        if let Some(parent) = target.parent() {
            self.make_folder(parent)?;
        }
        match file.body {
            Body::Bytes(bytes) => write_file(&target, &bytes),
            Body::Static(bytes) => write_file(&target, bytes),
            Body::CopyOf(source) => {
                std::fs::copy(self.site_root.join(&source), &target).with_context(|| format!("copying {}", source.display()))?;
                Ok(())
            }
        }
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_dangerous_output_folders() {
        let site = tempfile::tempdir().expect("temp dir");
        let root = site.path();
        std::fs::create_dir_all(root.join("content")).expect("mkdir");
        std::fs::create_dir_all(root.join("docs")).expect("mkdir");
        std::fs::write(root.join("docs/notes.txt"), "precious").expect("write");
        assert!(check_output_folder(root, root).is_err());
        assert!(check_output_folder(root.parent().expect("parent"), root).is_err());
        assert!(check_output_folder(&root.join("content"), root).is_err());
        assert!(check_output_folder(&root.join("docs"), root).is_err());
        assert!(check_output_folder(&root.join("output"), root).is_ok());
    }

    #[test]
    fn staged_site_replaces_the_old_one_whole() {
        let site = tempfile::tempdir().expect("temp dir");
        let out = site.path().join("output");
        for (name, other) in [("a.html", "b.html"), ("b.html", "a.html")] {
            let staging = Staging::create(&out, site.path()).expect("staging");
            staging.put(OutputFile { path: name.into(), body: Body::Static(b"x") }).expect("put");
            staging.commit(&out).expect("commit");
            assert!(out.join(name).is_file());
            assert!(!out.join(other).exists(), "stale page left behind");
            assert!(out.join(MARKER).is_file());
        }
        let leftovers: Vec<_> = std::fs::read_dir(site.path()).expect("read").flatten().map(|e| e.file_name()).collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("output")]);
    }

    /// Files in folders made for an earlier file, in new folders under those, and at the top
    /// are all written: the folders a build has made are remembered, not asked for again.
    #[test]
    fn files_share_the_folders_made_for_earlier_ones() {
        let site = tempfile::tempdir().expect("temp dir");
        let out = site.path().join("output");
        let staging = Staging::create(&out, site.path()).expect("staging");
        let paths = ["a/b/c.html", "a/b/d.html", "a/e.html", "a/b/f/g.html", "h.html"];
        for path in paths {
            staging.put(OutputFile { path: path.into(), body: Body::Static(path.as_bytes()) }).expect("put");
        }
        staging.commit(&out).expect("commit");
        for path in paths {
            assert_eq!(std::fs::read(out.join(path)).expect("written"), path.as_bytes());
        }
    }

    /// What a build killed at the wrong moment leaves: a folder made but not yet marked, or an
    /// old site half removed. The next build clears both, and nothing it did not make.
    #[test]
    fn leftovers_of_killed_builds_are_cleared_and_nothing_else() {
        let site = tempfile::tempdir().expect("temp dir");
        let (unmarked, half_removed, not_ours) =
            (".output.wedid-staging-4000000001", ".output.wedid-staging-4000000002", ".output.wedid-notes");
        std::fs::create_dir(site.path().join(unmarked)).expect("mkdir");
        std::fs::create_dir_all(site.path().join(half_removed).join("stories")).expect("mkdir");
        std::fs::write(site.path().join(half_removed).join(MARKER), MARKER_TEXT).expect("write");
        std::fs::create_dir(site.path().join(not_ours)).expect("mkdir");
        std::fs::write(site.path().join(not_ours).join("notes.txt"), "precious").expect("write");
        Staging::create(&site.path().join("output"), site.path()).expect("staging").discard();
        assert!(!site.path().join(unmarked).exists() && !site.path().join(half_removed).exists());
        assert!(site.path().join(not_ours).join("notes.txt").is_file());
    }
}
