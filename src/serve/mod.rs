//! `wedid serve`: build in memory → publish → wait for a change → rebuild. It wraps `build`
//! and re-implements no build step. The served site lives only in memory, so a half-finished
//! preview can never be deployed by mistake, and `output/` is never touched.
//!
//! When a save breaks the build, the last good pages stay up and every page carries an overlay
//! listing all the errors; the next good build clears it. Live reload is Server-Sent Events.

mod http;
mod reload;
mod watch;

use crate::build::{build_into, BuildOptions};
use crate::diagnostics::{Diagnostic, Reporter};
use crate::render::{Body, OutputFile, Sink};
use anyhow::{Context as _, Result};
use std::collections::HashMap;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

/// What `wedid serve` was asked for.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub site: PathBuf,
    pub port: u16,
    pub bind: IpAddr,
    pub include_drafts: bool,
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
}

/// Collects a build's files in memory.
#[derive(Default)]
struct MemorySink {
    site: PathBuf,
    files: Mutex<HashMap<String, Arc<Vec<u8>>>>,
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

/// Builds once and returns the new snapshot (keeping the old files when the build fails) and
/// the site's base path when the build got that far.
fn rebuild(options: &BuildOptions, previous: &Snapshot) -> (Snapshot, Option<String>) {
    let sink = MemorySink { site: options.site.clone(), files: Mutex::default() };
    let generation = previous.generation + 1;
    let report = build_into(options, Some(&sink));
    let base_path = report.as_ref().ok().map(|r| r.base_path.clone());
    let snapshot = match report {
        Ok(report) if report.errors() == 0 => {
            let files = sink.files.into_inner().unwrap_or_else(|e| e.into_inner());
            eprintln!(
                "Rebuilt {} pages in {:.0} ms{}",
                report.pages,
                report.elapsed.as_secs_f64() * 1000.0,
                warnings_note(report.warnings())
            );
            eprint!("{}", Reporter::for_stderr().render(&report.diagnostics, &options.site));
            Snapshot { files, diagnostics: report.diagnostics, generation }
        }
        Ok(report) => {
            eprint!("{}", Reporter::for_stderr().render(&report.diagnostics, &options.site));
            eprintln!("The build has {} errors; still showing the last good pages, with the errors on top.", report.errors());
            Snapshot { files: previous.files.clone(), diagnostics: report.diagnostics, generation }
        }
        Err(err) => {
            let d = Diagnostic::error("build", "site.yaml", format!("the preview could not build the site: {err:#}"));
            eprintln!("error: {err:#}");
            Snapshot { files: previous.files.clone(), diagnostics: vec![d], generation }
        }
    };
    (snapshot, base_path)
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
    let server = tiny_http::Server::http(address).map_err(|err| {
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
    let (first, base_path) = rebuild(&build, &Snapshot::default());
    let base_path = base_path.unwrap_or_else(|| "/".into());
    let preview = Arc::new(Preview { snapshot: RwLock::new(Arc::new(first)), reload: Arc::default(), base_path: base_path.clone() });
    eprintln!("Previewing {} at http://{host}:{}{base_path} (press Ctrl+C to stop)", options.site.display(), options.port);
    http::start(server, Arc::clone(&preview));
    watch.run(|_| {
        let previous = preview.snapshot.read().unwrap_or_else(|e| e.into_inner()).clone();
        let next = Arc::new(rebuild(&build, &previous).0);
        let generation = next.generation;
        *preview.snapshot.write().unwrap_or_else(|e| e.into_inner()) = next;
        preview.reload.publish(generation);
    })
}
