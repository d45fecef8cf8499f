//! The preview's search index, made on a thread of its own. It indexes every record again on
//! every save (about a second of one core at 10k projects and 10k stories), and the save
//! must not wait for it: the pages a save changes are served at once, and the search bundle
//! catches up when this thread is done. Only the newest job is kept, so a burst of saves
//! makes one index, not one each; and while a save is being served the thread stands aside
//! (it gives up the bundle it was making and starts again after), so that on a small machine
//! the save has every core.

use super::{MemorySink, Preview, Snapshot};
use crate::render::{self, SearchJob, Sink};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};

/// Hands search jobs to the thread that makes them.
pub struct Searcher {
    shared: Arc<Shared>,
}

#[derive(Default)]
struct Shared {
    /// The newest job not yet started.
    next: Mutex<Option<SearchJob>>,
    ready: Condvar,
    /// Set while a save is served; read between batches of the bundle being made. Cleared
    /// under `next`'s lock, so the thread cannot miss the wake-up that follows.
    paused: AtomicBool,
}

impl Searcher {
    /// Starts the thread; it puts each finished bundle into `preview`'s snapshot.
    pub fn start(preview: Arc<Preview>, site: PathBuf) -> Searcher {
        let shared: Arc<Shared> = Arc::default();
        let worker = Arc::clone(&shared);
        // One worker of its own: on the shared pool the index's parallel parts would take
        // every core from the next save's pages; here they leave the others to it.
        let pool = rayon::ThreadPoolBuilder::new().num_threads(1).thread_name(|_| "search index".into()).build().ok();
        std::thread::spawn(move || loop {
            let job = worker.next_job();
            let abandoned = || worker.paused.load(Ordering::Relaxed);
            let files = match &pool {
                Some(pool) => pool.install(|| job.run(&abandoned)),
                None => job.run(&abandoned),
            };
            match files {
                Some(files) => publish(&preview, &site, files),
                // Given up for a save: run it again afterwards, unless the save brought a newer job.
                None => worker.put_back(job),
            }
        });
        Searcher { shared }
    }

    /// Replaces any job not yet started with `job`.
    pub fn submit(&self, job: SearchJob) {
        *self.shared.next() = Some(job);
        self.shared.ready.notify_one();
    }

    /// Makes the thread stand aside until [`Self::resume`]: called when a save comes in.
    pub fn pause(&self) {
        self.shared.paused.store(true, Ordering::Relaxed);
    }

    /// Lets the thread go on with the newest job: called when a save has been served.
    pub fn resume(&self) {
        let next = self.shared.next();
        self.shared.paused.store(false, Ordering::Relaxed);
        drop(next);
        self.shared.ready.notify_one();
    }
}

impl Shared {
    fn next(&self) -> std::sync::MutexGuard<'_, Option<SearchJob>> {
        self.next.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits for a job while there is none or the preview is serving a save.
    fn next_job(&self) -> SearchJob {
        let mut next = self.next();
        loop {
            if !self.paused.load(Ordering::Relaxed) {
                if let Some(job) = next.take() {
                    return job;
                }
            }
            next = self.ready.wait(next).unwrap_or_else(|e| e.into_inner());
        }
    }

    fn put_back(&self, job: SearchJob) {
        self.next().get_or_insert(job);
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

#[cfg(test)]
mod tests {
    use super::super::fixture::{example, session_with_search_apart};
    use super::*;
    use std::sync::RwLock;
    use std::time::{Duration, Instant};

    fn has_index(preview: &Preview) -> bool {
        preview.snapshot.read().unwrap_or_else(|e| e.into_inner()).files.keys().any(|p| render::in_search_bundle(p))
    }

    /// While a save is served the index waits, whole; after it, the newest job is made.
    #[test]
    fn the_index_waits_while_a_save_is_served() {
        let (_dir, options) = example();
        let (mut session, first) = session_with_search_apart(&options);
        let job = session.take_search().unwrap_or_else(|| panic!("the first update leaves a search job"));
        let preview = Arc::new(Preview {
            snapshot: RwLock::new(first.snapshot),
            reload: Arc::default(),
            base_path: "/".into(),
            writing: Mutex::default(),
        });
        let searcher = Searcher::start(Arc::clone(&preview), options.site.clone());
        searcher.pause();
        searcher.submit(job);
        // Long enough for the example's index to be made several times over.
        std::thread::sleep(Duration::from_millis(300));
        assert!(!has_index(&preview), "no index is published while paused");
        searcher.resume();
        let started = Instant::now();
        while !has_index(&preview) && started.elapsed() < Duration::from_secs(60) {
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(has_index(&preview), "the index is published once resumed");
    }
}
