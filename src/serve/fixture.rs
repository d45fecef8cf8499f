//! The example site for the preview's tests.

use crate::build::BuildOptions;
use std::fs;
use std::path::Path;

/// The example site in English only (the incremental paths are for a site in one language)
/// in a temporary folder, and the preview's build options for it.
pub fn example() -> (tempfile::TempDir, BuildOptions) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = fs::read_to_string(root.join("site.yaml")).unwrap_or_default().replace("languages: [en-GB, cy]\n", "");
    fs::write(dir.path().join("site.yaml"), site).unwrap_or_else(|e| panic!("write: {e}"));
    let translation = |e: &walkdir::DirEntry| e.file_name().to_string_lossy().contains(".cy.");
    for entry in walkdir::WalkDir::new(root.join("content")).into_iter().filter_map(Result::ok).filter(|e| !translation(e)) {
        let to = dir.path().join(entry.path().strip_prefix(root).unwrap_or(entry.path()));
        if entry.file_type().is_dir() {
            fs::create_dir_all(&to).unwrap_or_else(|e| panic!("mkdir: {e}"));
        } else {
            fs::copy(entry.path(), &to).unwrap_or_else(|e| panic!("copy: {e}"));
        }
    }
    let mut options = BuildOptions::new(dir.path());
    options.output = None;
    options.include_drafts = true;
    options.preview = true;
    options.origin = Some("http://127.0.0.1:1111".into());
    options.today = crate::content::Date::from_days_since_epoch(20_415);
    (dir, options)
}

/// A preview session on `options` that leaves the search index to a job, as `serve` does,
/// and its first update (which holds no index yet).
pub fn session_with_search_apart(options: &BuildOptions) -> (super::session::Session, super::session::Update) {
    let mut session = super::session::Session::new(options.clone());
    session.search_apart();
    let first = session.update(&[], &super::Snapshot::default());
    (session, first)
}
