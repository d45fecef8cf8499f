//! Watches `site.yaml`, `content/` and `themes/` with notify and calls back once per burst
//! of changes: an editor's save-via-rename or a `git checkout` of 200 files gives one
//! rebuild. Asks `site::is_watched` what a path is; never decides on its own.

use anyhow::{Context as _, Result};
use notify::{RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A burst ends after this long without events: long enough to join an editor's
/// truncate-write-rename or a checkout's stream of writes, short enough not to be felt.
const QUIET: Duration = Duration::from_millis(10);
/// A never-ending stream of events still rebuilds at least this often.
const MAX_WAIT: Duration = Duration::from_millis(500);

/// A watcher that is already armed: changes made from the moment it exists are seen.
pub struct Watch {
    root: PathBuf,
    rx: mpsc::Receiver<Vec<PathBuf>>,
    // Kept alive for as long as the watch runs; dropping it stops the events.
    _watcher: notify::RecommendedWatcher,
}

impl Watch {
    /// Arms the watcher. `serve` does this before its first build, so an edit made while the
    /// first build runs, or just after the server answers, is never missed.
    pub fn start(site: &Path) -> Result<Watch> {
        let root = site.canonicalize().with_context(|| format!("opening {}", site.display()))?;
        let (tx, rx) = mpsc::channel();
        let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            // Reading a file is an event too on inotify, and so is the access-time update of
            // the first read after a change (a metadata event); only changes to contents and
            // names count, or a build would trigger the next.
            use notify::event::{EventKind, ModifyKind};
            match event {
                Ok(event) if !matches!(event.kind, EventKind::Access(_) | EventKind::Modify(ModifyKind::Metadata(_))) => {
                    let _ = tx.send(event.paths);
                }
                _ => {}
            }
        })
        .context("starting the file watcher")?;
        watcher.watch(&root, RecursiveMode::NonRecursive).context("watching the site folder")?;
        for sub in ["content", "themes"] {
            let dir = root.join(sub);
            if dir.is_dir() {
                watcher.watch(&dir, RecursiveMode::Recursive).with_context(|| format!("watching {}", dir.display()))?;
            }
        }
        Ok(Watch { root, rx, _watcher: watcher })
    }

    /// Blocks forever, calling `on_change` with the changed paths after each burst.
    pub fn run(self, mut on_change: impl FnMut(&[PathBuf])) -> Result<()> {
        loop {
            let Ok(first) = self.rx.recv() else { return Ok(()) };
            let started = Instant::now();
            let mut changed: Vec<PathBuf> = first;
            while started.elapsed() < MAX_WAIT {
                match self.rx.recv_timeout(QUIET) {
                    Ok(paths) => changed.extend(paths),
                    Err(mpsc::RecvTimeoutError::Timeout) => break,
                    Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
                }
            }
            let relevant: Vec<PathBuf> = changed
                .into_iter()
                .filter_map(|p| p.strip_prefix(&self.root).ok().map(Path::to_path_buf))
                .filter(|p| crate::site::is_watched(p))
                .collect();
            if !relevant.is_empty() {
                on_change(&relevant);
            }
        }
    }
}
