//! `wedid serve`: build in memory → publish → wait for a change → rebuild. It wraps `build`
//! and re-implements no build step. The served site lives only in memory, so a half-finished
//! preview can never be deployed by mistake, and `output/` is never touched.
//!
//! When a save breaks the build, the last good pages stay up and every page carries an overlay
//! listing all the errors; the next good build clears it. Live reload is Server-Sent Events.

#[cfg(test)]
mod fixture;
mod http;
mod reload;
mod search;
mod session;
mod watch;

use crate::build::BuildOptions;
use crate::diagnostics::{Diagnostic, Reporter};
use crate::render::{Body, OutputFile, Sink};
use anyhow::{Context as _, Result};
use std::collections::HashMap;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

/// What `wedid serve` was asked for.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub site: PathBuf,
    pub port: u16,
    pub bind: IpAddr,
    pub include_drafts: bool,
    /// Open the preview in the default browser once it is listening (`--open`).
    pub open: bool,
}

/// One published state of the preview: the last good files and the current problems.
#[derive(Debug, Default)]
pub struct Snapshot {
    pub files: HashMap<String, Arc<Vec<u8>>>,
    /// Problems of the latest build; errors mean `files` are from an earlier build.
    pub diagnostics: Vec<Diagnostic>,
    /// Counts up on every build, so browsers know to reload.
    pub generation: u64,
}

/// The state shared by the HTTP workers, the watcher and the reload streams.
pub struct Preview {
    pub snapshot: RwLock<Arc<Snapshot>>,
    pub reload: Arc<reload::Broadcast>,
    /// `/` or `/sub/`: the preview mirrors the published site's sub-path.
    pub base_path: String,
    /// Held by whoever is replacing `snapshot` from a copy of it (an update, or the search
    /// thread), so that neither drops what the other put in.
    pub writing: Mutex<()>,
}

/// Collects a build's files in memory.
struct MemorySink {
    site: PathBuf,
    files: Mutex<HashMap<String, Arc<Vec<u8>>>>,
}

impl MemorySink {
    fn new(site: &Path) -> Self {
        MemorySink { site: site.to_path_buf(), files: Mutex::default() }
    }

    fn into_files(self) -> HashMap<String, Arc<Vec<u8>>> {
        self.files.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for MemorySink {
    fn put(&self, file: OutputFile) -> Result<()> {
        let bytes = match file.body {
            Body::Bytes(b) => b,
            Body::Static(b) => b.to_vec(),
            Body::CopyOf(p) => std::fs::read(self.site.join(&p)).with_context(|| format!("reading {}", p.display()))?,
        };
        self.files.lock().unwrap_or_else(|e| e.into_inner()).insert(file.path, Arc::new(bytes));
        Ok(())
    }
}

/// Says on the terminal what an update did. After the first build only the changed files'
/// problems are printed in full (plus every error), so a site with many warnings does not
/// scroll the terminal on every save.
fn report(update: &session::Update, changed: &[PathBuf], site: &Path) {
    let all = &update.snapshot.diagnostics;
    let shown: Vec<Diagnostic> = all.iter().filter(|d| changed.is_empty() || d.is_error() || changed.contains(&d.file)).cloned().collect();
    eprint!("{}", Reporter::for_stderr().render(&shown, site));
    let errors = all.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        let count = if errors == 1 { "1 error".to_string() } else { format!("{errors} errors") };
        eprintln!("The build has {count}; still showing the last good pages, with the errors on top.");
    } else {
        let what = if update.partial { "Updated" } else { "Rebuilt" };
        eprintln!("{what} {} files in {:.0} ms{}", update.rendered, update.elapsed.as_secs_f64() * 1000.0, warnings_note(all.len()));
    }
}

fn warnings_note(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => ", 1 warning".into(),
        n => format!(", {n} warnings"),
    }
}

/// Runs the preview until the process is stopped.
pub fn serve(options: &ServeOptions) -> Result<()> {
    let address = std::net::SocketAddr::new(options.bind, options.port);
    let server = http::listen(address).map_err(|err| {
        anyhow::anyhow!(
            "could not listen on {address} ({err}).\n  hint: another program may be using port {}; try `wedid serve --port {}`",
            options.port,
            options.port.saturating_add(1)
        )
    })?;
    if !options.bind.is_loopback() {
        eprintln!("warning: serving on {} makes the preview (drafts included) visible to other computers on the network", options.bind);
    }
    let mut build = BuildOptions::new(&options.site);
    build.output = None;
    build.include_drafts = options.include_drafts;
    build.preview = true;
    // Keep the published sub-path, so links behave exactly as they will when deployed.
    let host = if options.bind.is_unspecified() { "127.0.0.1".to_string() } else { options.bind.to_string() };
    build.origin = Some(format!("http://{host}:{}", options.port));
    let watch = watch::Watch::start(&options.site)?;
    let mut session = session::Session::new(build);
    session.search_apart();
    let first = session.update(&[], &Snapshot::default());
    report(&first, &[], &options.site);
    let (base_path, generation) = (first.base_path, first.snapshot.generation);
    let preview = Arc::new(Preview {
        snapshot: RwLock::new(first.snapshot),
        reload: Arc::default(),
        base_path: base_path.clone(),
        writing: Mutex::default(),
    });
    let searcher = search::Searcher::start(Arc::clone(&preview), options.site.clone());
    if let Some(job) = session.take_search() {
        searcher.submit(job);
    }
    // Streams opened now must wait for the *next* build, not announce this one as new.
    preview.reload.publish(generation);
    let url = format!("http://{host}:{}{base_path}", options.port);
    eprintln!("Previewing {} at {url} (press Ctrl+C to stop)", options.site.display());
    http::start(server, Arc::clone(&preview));
    if options.open {
        // The preview works without a browser; say so and go on.
        if let Err(err) = crate::browser::open(&url) {
            eprintln!("warning: {err:#}; open {url} in your browser yourself");
        }
    }
    let swap = |snapshot: &Arc<Snapshot>| *preview.snapshot.write().unwrap_or_else(|e| e.into_inner()) = Arc::clone(snapshot);
    watch.run(|changed| {
        let changed = &session.relevant(changed);
        if changed.is_empty() {
            return;
        }
        searcher.pause();
        let writing = preview.writing.lock().unwrap_or_else(|e| e.into_inner());
        let previous = preview.snapshot.read().unwrap_or_else(|e| e.into_inner()).clone();
        let mut update = session.update(changed, &previous);
        swap(&update.snapshot);
        // Browsers reload now; the site data files follow in the same generation.
        preview.reload.publish(update.snapshot.generation);
        update = session.finish(update);
        swap(&update.snapshot);
        drop(writing);
        if let Some(job) = session.take_search() {
            searcher.submit(job);
        }
        searcher.resume();
        report(&update, changed, &options.site);
    })
}
