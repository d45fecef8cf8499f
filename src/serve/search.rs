//! The preview's search index, made on a thread of its own. It indexes every record again on
//! every save (a few hundred milliseconds at 10k projects and 10k stories), and the save
//! must not wait for it: the pages a save changes are served at once, and the search bundle
//! catches up when this thread is done. Only the newest job is kept, so a burst of saves
//! makes one index, not one each.

use super::{MemorySink, Preview, Snapshot};
use crate::render::{self, SearchJob, Sink};
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};

/// Hands search jobs to the thread that makes them.
pub struct Searcher {
    next: Arc<(Mutex<Option<SearchJob>>, Condvar)>,
}

impl Searcher {
    /// Starts the thread; it puts each finished bundle into `preview`'s snapshot.
    pub fn start(preview: Arc<Preview>, site: PathBuf) -> Searcher {
        let next: Arc<(Mutex<Option<SearchJob>>, Condvar)> = Arc::default();
        let queue = Arc::clone(&next);
        // One worker of its own: on the shared pool the index's parallel parts would take
        // every core from the next save's pages; here they leave the others to it.
        let pool = rayon::ThreadPoolBuilder::new().num_threads(1).thread_name(|_| "search index".into()).build().ok();
        std::thread::spawn(move || loop {
            let job = {
                let (slot, ready) = &*queue;
                let mut slot = slot.lock().unwrap_or_else(|e| e.into_inner());
                loop {
                    match slot.take() {
                        Some(job) => break job,
                        None => slot = ready.wait(slot).unwrap_or_else(|e| e.into_inner()),
                    }
                }
            };
            let files = match &pool {
                Some(pool) => pool.install(|| job.run()),
                None => job.run(),
            };
            publish(&preview, &site, files);
        });
        Searcher { next }
    }

    /// Replaces any job not yet started with `job`.
    pub fn submit(&self, job: SearchJob) {
        let (slot, ready) = &*self.next;
        *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(job);
        ready.notify_one();
    }
}

/// Swaps the new bundle into the served files, under the preview's write lock so that an
/// update being published at the same time cannot drop it.
fn publish(preview: &Preview, site: &std::path::Path, files: Vec<render::OutputFile>) {
    let sink = MemorySink::new(site);
    for file in files {
        if let Err(err) = sink.put(file) {
            eprintln!("warning: the preview's search index: {err:#}");
            return;
        }
    }
    let _writing = preview.writing.lock().unwrap_or_else(|e| e.into_inner());
    let current = preview.snapshot.read().unwrap_or_else(|e| e.into_inner()).clone();
    let mut served = current.files.clone();
    served.retain(|path, _| !render::in_search_bundle(path));
    served.extend(sink.into_files());
    let next = Snapshot { files: served, diagnostics: current.diagnostics.clone(), generation: current.generation };
    *preview.snapshot.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(next);
}
