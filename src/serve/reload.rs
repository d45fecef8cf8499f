//! Live reload over Server-Sent Events. Each open stream gets its own thread that waits for
//! the next build's generation number; streams are capped so idle tabs cannot exhaust threads.
//! Knows nothing of content.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// At most this many live-reload streams are open at once; more get 503 and the page works
/// without reload.
pub const MAX_STREAMS: usize = 64;
/// A comment is sent this often so proxies and browsers keep an idle stream open.
const KEEPALIVE: Duration = Duration::from_secs(15);

/// The latest build generation, and a way to wait for the next one.
#[derive(Default)]
pub struct Broadcast {
    generation: Mutex<u64>,
    changed: Condvar,
    open: AtomicUsize,
}

impl Broadcast {
    pub fn publish(&self, generation: u64) {
        *self.generation.lock().unwrap_or_else(|e| e.into_inner()) = generation;
        self.changed.notify_all();
    }

    fn wait_after(&self, seen: u64) -> u64 {
        let guard = self.generation.lock().unwrap_or_else(|e| e.into_inner());
        let (guard, _) = self.changed.wait_timeout_while(guard, KEEPALIVE, |g| *g == seen).unwrap_or_else(|e| e.into_inner());
        *guard
    }

    /// Takes a stream slot; `None` when the cap is reached.
    pub fn try_open(self: &Arc<Self>) -> Option<StreamSlot> {
        let n = self.open.fetch_add(1, Ordering::SeqCst);
        if n >= MAX_STREAMS {
            self.open.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        Some(StreamSlot(Arc::clone(self)))
    }
}

/// Frees its stream slot when dropped.
pub struct StreamSlot(Arc<Broadcast>);

impl Drop for StreamSlot {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Serves one event stream on its own thread until the browser goes away.
pub fn stream(slot: StreamSlot, mut writer: Box<dyn Write + Send>, current: u64) {
    std::thread::spawn(move || {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n";
        let mut seen = current;
        let mut send = |text: String| writer.write_all(text.as_bytes()).and_then(|_| writer.flush()).is_ok();
        if !send(format!("{head}retry: 1000\ndata: {seen}\n\n")) {
            return;
        }
        loop {
            let now = slot.0.wait_after(seen);
            let message = if now == seen { ": keep-alive\n\n".to_string() } else { format!("data: {now}\n\n") };
            seen = now;
            if !send(message) {
                return;
            }
        }
    });
}

/// The script injected into preview pages: reload when the generation changes; reconnect
/// (EventSource does so by itself) when the server restarts.
pub fn script(events_url: &str, generation: u64) -> String {
    format!(
        "<script>(function(){{var g={generation};var s=new EventSource(\"{events_url}\");s.onmessage=function(e){{if(String(e.data)!==String(g)){{location.reload();}}}};}})();</script>"
    )
}
