//! The progress bar for long builds (indicatif, behind this one module). It appears only on a
//! terminal and only once a build has run for a second, so small sites and piped output (CI
//! logs, `check --format json`) stay exactly as they were.

use crate::build::Progress;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

const DELAY: Duration = Duration::from_secs(1);
const TICK: Duration = Duration::from_millis(100);

/// Shows progress until dropped.
pub struct Bar {
    done: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

/// Watches `progress` on its own thread; `None` when stderr is not a terminal.
pub fn start(progress: Arc<Progress>) -> Option<Bar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let done = Arc::new(AtomicBool::new(false));
    let watching = Arc::clone(&done);
    let thread = std::thread::spawn(move || {
        let started = Instant::now();
        while started.elapsed() < DELAY {
            if watching.load(Ordering::Relaxed) {
                return;
            }
            std::thread::sleep(TICK);
        }
        let bar = ProgressBar::new_spinner().with_message("Reading and checking the content");
        while !watching.load(Ordering::Relaxed) {
            let total = progress.total.load(Ordering::Relaxed) as u64;
            if total > 0 && bar.length() != Some(total) {
                bar.set_length(total);
                bar.set_style(
                    ProgressStyle::with_template("{bar:30} {pos}/{len} files rendered ({elapsed})")
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                );
            }
            bar.set_position(progress.rendered.load(Ordering::Relaxed) as u64);
            bar.tick();
            std::thread::sleep(TICK);
        }
        bar.finish_and_clear();
    });
    Some(Bar { done, thread: Some(thread) })
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.done.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
