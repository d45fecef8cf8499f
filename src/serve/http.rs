//! The preview's HTTP side: tiny_http over the in-memory snapshot. Paths are normalised and
//! looked up in a map, so no request can ever read a file outside the built site; anything
//! that tries (`..`, encoded or double-encoded slashes, backslashes, NUL, absurd lengths) gets
//! 400. HTML pages get the live-reload script and, after a failed build, the error overlay.

use super::{reload, Preview, Snapshot};
use crate::diagnostics::Diagnostic;
use crate::render::highlight::escape;
use std::sync::Arc;
use tiny_http::{Header, Method, Request, Response, Server};

/// Worker threads answering requests; live-reload streams run on threads of their own.
const WORKERS: usize = 16;
const MAX_PATH: usize = 2048;

/// Listens on `address`. Replies go out without Nagle's delay: tiny_http writes a response's
/// head and body separately, and on a kept-alive connection the second write would otherwise
/// wait ~40 ms for the browser's delayed ACK — on every page, reload and style sheet.
pub fn listen(address: std::net::SocketAddr) -> std::io::Result<Server> {
    let listener = std::net::TcpListener::bind(address)?;
    // Linux hands the listener's TCP_NODELAY down to every accepted connection.
    #[cfg(target_os = "linux")]
    rustix::net::sockopt::set_tcp_nodelay(&listener, true)?;
    Server::from_listener(listener, None).map_err(std::io::Error::other)
}

pub fn start(server: Server, preview: Arc<Preview>) {
    let server = Arc::new(server);
    for _ in 0..WORKERS {
        let server = Arc::clone(&server);
        let preview = Arc::clone(&preview);
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                handle(request, &preview);
            }
        });
    }
}

/// What a request path resolves to.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// A file of the site, by its output path.
    File(String),
    /// A folder without its trailing slash: redirect to this URL.
    Redirect(String),
    Events,
    NotFound,
    BadRequest,
}

/// Maps a request URL to a target without touching the file system.
pub fn resolve(url: &str, base_path: &str, snapshot: &Snapshot) -> Target {
    let raw = url.split(['?', '#']).next().unwrap_or_default();
    if raw.len() > MAX_PATH {
        return Target::BadRequest;
    }
    let Ok(decoded) = percent_encoding::percent_decode_str(raw).decode_utf8() else { return Target::BadRequest };
    if decoded.contains(['\\', '\0', '%']) || decoded.split('/').any(|s| s == ".." || s == ".") || !decoded.starts_with('/') {
        return Target::BadRequest;
    }
    if decoded == base_path.trim_end_matches('/') && base_path != "/" {
        return Target::Redirect(base_path.to_string());
    }
    let Some(relative) = decoded.strip_prefix(base_path) else { return Target::NotFound };
    if relative == "__wedid/events" {
        return Target::Events;
    }
    let path = if relative.is_empty() || relative.ends_with('/') { format!("{relative}index.html") } else { relative.to_string() };
    if snapshot.files.contains_key(&path) {
        Target::File(path)
    } else if snapshot.files.contains_key(&format!("{relative}/index.html")) {
        Target::Redirect(format!("{base_path}{relative}/"))
    } else {
        Target::NotFound
    }
}

fn handle(request: Request, preview: &Arc<Preview>) {
    let snapshot = preview.snapshot.read().unwrap_or_else(|e| e.into_inner()).clone();
    let head = *request.method() == Method::Head;
    if !matches!(request.method(), Method::Get | Method::Head) {
        let _ = request.respond(Response::from_string("Only GET and HEAD are supported").with_status_code(405));
        return;
    }
    match resolve(request.url(), &preview.base_path, &snapshot) {
        Target::Events => match preview.reload.try_open() {
            Some(slot) => reload::stream(slot, request.into_writer(), snapshot.generation),
            None => {
                let _ = request.respond(Response::from_string("Too many live-reload connections").with_status_code(503));
            }
        },
        Target::Redirect(to) => {
            let _ = request.respond(with_header(Response::empty(301), "Location", &to));
        }
        Target::BadRequest => {
            let _ = request.respond(Response::from_string("Bad request").with_status_code(400));
        }
        Target::File(path) => respond(request, preview, &snapshot, &path, 200, head),
        Target::NotFound => respond(request, preview, &snapshot, crate::graph::urls::NOT_FOUND, 404, head),
    }
}

fn respond(request: Request, preview: &Preview, snapshot: &Snapshot, path: &str, status: u16, head: bool) {
    let (body, kind) = match snapshot.files.get(path) {
        Some(bytes) if content_type(path).starts_with("text/html") => (decorate(bytes, snapshot, &preview.base_path), content_type(path)),
        Some(bytes) => (bytes.as_ref().clone(), content_type(path)),
        None => (overlay_page(snapshot, &preview.base_path).into_bytes(), "text/html; charset=utf-8"),
    };
    let length = body.len();
    let response = Response::from_data(if head { Vec::new() } else { body }).with_status_code(status);
    let response = with_header(with_header(response, "Content-Type", kind), "Cache-Control", "no-store");
    // tiny_http sets Content-Length from the (empty) body; HEAD must report the GET's length.
    let response = if head { with_header(response, "Content-Length", &length.to_string()) } else { response };
    let _ = request.respond(response);
}

/// Adds a header. The value is made ASCII first (a redirect to `/café/` is percent-encoded),
/// so a header is never silently dropped for what a request contained.
fn with_header<R: std::io::Read>(response: Response<R>, name: &str, value: &str) -> Response<R> {
    let value = percent_encoding::utf8_percent_encode(value, percent_encoding::CONTROLS).to_string();
    match Header::from_bytes(name.as_bytes(), value.as_bytes()) {
        Ok(h) => response.with_header(h),
        Err(()) => response,
    }
}

/// Adds the live-reload script, and the error overlay after a failed build, before `</body>`.
fn decorate(bytes: &[u8], snapshot: &Snapshot, base_path: &str) -> Vec<u8> {
    let html = String::from_utf8_lossy(bytes);
    let mut extra = reload::script(&format!("{base_path}__wedid/events"), snapshot.generation);
    extra.push_str(&overlay(&snapshot.diagnostics));
    match html.rfind("</body>") {
        Some(i) => format!("{}{extra}{}", &html[..i], &html[i..]).into_bytes(),
        None => format!("{html}{extra}").into_bytes(),
    }
}

/// The error overlay: every error with its file, line, message and hint; empty when none.
pub fn overlay(diagnostics: &[Diagnostic]) -> String {
    let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
    if errors.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<div id=\"wedid-errors\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:70vh;overflow:auto;z-index:99999;background:#fff;color:#212b32;border-top:6px solid #d5281b;padding:1rem 1.5rem;font:16px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.3)\"><h2 style=\"margin:0 0 .5rem;font-size:1.25rem\">The site did not build: {} to fix</h2><p style=\"margin:0 0 .5rem\">You are seeing the last version that built. Fix these and save; this message goes away by itself.</p><ol style=\"margin:0;padding-left:1.5rem\">",
        if errors.len() == 1 { "1 problem".to_string() } else { format!("{} problems", errors.len()) }
    );
    for d in errors {
        out.push_str(&format!(
            "<li style=\"margin:.5rem 0\"><code style=\"font-weight:700\">{}:{}:{}</code> {}{}</li>",
            escape(&d.file.display().to_string()),
            d.location.line,
            d.location.column,
            escape(&d.message),
            d.hint.as_ref().map(|h| format!("<br><span style=\"color:#4c6272\">How to fix: {}</span>", escape(h))).unwrap_or_default()
        ));
    }
    out.push_str("</ol></div>");
    out
}

/// Shown when a build failed before any good build existed.
fn overlay_page(snapshot: &Snapshot, base_path: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>wedid preview</title></head><body><main><h1>wedid preview</h1><p>Waiting for the site to build.</p></main>{}{}</body></html>",
        reload::script(&format!("{base_path}__wedid/events"), snapshot.generation),
        overlay(&snapshot.diagnostics)
    )
}

/// Content-Type by extension, for every kind of file a site holds.
pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or_default().to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "mp4" => "video/mp4",
        "mp3" => "audio/mpeg",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot() -> Snapshot {
        let mut s = Snapshot::default();
        for f in ["index.html", "stories/index.html", "stories/cafe/index.html", "assets/style.css"] {
            s.files.insert(f.to_string(), Arc::new(Vec::new()));
        }
        s
    }

    #[test]
    fn resolves_pages_and_redirects_folders() {
        let s = snapshot();
        assert_eq!(resolve("/sub/", "/sub/", &s), Target::File("index.html".into()));
        assert_eq!(resolve("/sub/stories/cafe/?x=1", "/sub/", &s), Target::File("stories/cafe/index.html".into()));
        assert_eq!(resolve("/sub/stories/cafe", "/sub/", &s), Target::Redirect("/sub/stories/cafe/".into()));
        assert_eq!(resolve("/sub", "/sub/", &s), Target::Redirect("/sub/".into()));
        assert_eq!(resolve("/sub/nope/", "/sub/", &s), Target::NotFound);
        assert_eq!(resolve("/sub/__wedid/events", "/sub/", &s), Target::Events);
    }

    #[test]
    fn traversal_never_resolves() {
        let s = snapshot();
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%252e%252e/x",
            "/a%2f..%2f..%2fetc",
            "/..\\x",
            "/a%5c..%5cb",
            "/%00",
            "/./index.html",
        ] {
            assert_eq!(resolve(bad, "/", &s), Target::BadRequest, "{bad}");
        }
        assert_eq!(resolve(&format!("/{}", "a".repeat(5000)), "/", &s), Target::BadRequest);
        assert_eq!(resolve("/etc/passwd", "/", &s), Target::NotFound);
    }

    #[test]
    fn overlay_lists_every_error_escaped() {
        let d = vec![
            Diagnostic::error("x", "content/a.yaml", "bad <b>").hint("fix it"),
            Diagnostic::warning("y", "content/b.yaml", "only a warning"),
            Diagnostic::error("z", "content/c.yaml", "also bad"),
        ];
        let html = overlay(&d);
        assert!(
            html.contains("2 problems")
                && html.contains("bad &lt;b&gt;")
                && html.contains("How to fix: fix it")
                && !html.contains("only a warning")
        );
        assert_eq!(overlay(&[]), "");
    }
}
