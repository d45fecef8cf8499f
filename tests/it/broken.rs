//! The bad-input suite: every folder in `tests/broken/` is one broken site with one defect.
//!
//! A case folder holds `expect.yaml` and, under `site/`, the files that differ from the valid
//! site in `tests/broken/_base/`. The runner copies the base and the case into a temporary
//! folder, applies the case's `recipe` (files that cannot live in git: a 20 MB story, 10,000
//! levels of nesting, symlinks, unreadable files), builds it in process on its own thread, and
//! asserts that the build neither panicked nor ran past the time bound, and that its
//! diagnostics are exactly the expected ones: same file, line and code, with the fragment in the
//! message or hint, and a hint on every error. A case may instead expect a clean build.
//!
//! See `tests/broken/README.md` for how to add a case.

use crate::common::{copy_tree, TODAY};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use wedid::build::{build, BuildOptions, BuildReport};
use wedid::content::Date;
use wedid::diagnostics::{render_plain, Diagnostic, Severity};

/// No input may make a build run longer than a few seconds. A debug build is several times
/// slower and shares the machine with the other tests, so it gets more room; either way a hang
/// or a blow-up fails. (The slowest case, a 20 MB story, takes about 2.5 s in a debug build.)
const TIME_BOUND: Duration = if cfg!(debug_assertions) { Duration::from_secs(30) } else { Duration::from_secs(5) };

/// Fewer would mean the suite lost cases (a folder renamed without its `expect.yaml`, say).
const AT_LEAST: usize = 55;

/// One case's `expect.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    /// The one defect, in a sentence, for the failure message.
    defect: String,
    #[serde(default)]
    recipe: Vec<Recipe>,
    /// Every diagnostic the build must give, and no others.
    #[serde(default)]
    diagnostics: Vec<Expected>,
    /// The input is unusual but valid (a BOM, CRLF): the build must be clean and written.
    #[serde(default)]
    succeeds: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    file: PathBuf,
    line: u32,
    code: String,
    /// Must appear in the message or the hint.
    says: String,
    #[serde(default)]
    warning: bool,
}

/// A step run on the copied site before the build, named by its `step` field.
#[derive(Debug, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case", deny_unknown_fields)]
enum Recipe {
    /// Writes `path` from parts, each repeated `times` (1 unless given).
    Write { path: PathBuf, parts: Vec<Part> },
    /// Deletes a file of the base site.
    Remove { path: PathBuf },
    /// A symbolic link at `path` to `target`, relative to the link's folder as `ln -s` takes it.
    Symlink { path: PathBuf, target: PathBuf },
    /// A symbolic link at `path` to a file in a folder outside the site.
    SymlinkOutside { path: PathBuf, folder: bool },
    /// Takes every permission away from `path` (root can still read it: see [`unreadable`]).
    Unreadable { path: PathBuf },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Part {
    text: String,
    #[serde(default = "once")]
    times: usize,
}

fn once() -> usize {
    1
}

fn broken_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken")
}

/// The case folders, sorted by name (`_base` is not a case).
fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(broken_dir())
        .expect("tests/broken exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('_')))
        .collect();
    cases.sort();
    cases
}

/// Applies the recipe. `outside` is a folder beside the site, for links that leave it.
/// Returns false when the case cannot be staged on this machine (see [`unreadable`]).
fn apply(recipe: &[Recipe], site: &Path, outside: &Path) -> bool {
    for step in recipe {
        match step {
            Recipe::Write { path, parts } => {
                let mut text = String::new();
                for part in parts {
                    text.push_str(&part.text.repeat(part.times));
                }
                std::fs::create_dir_all(site.join(path).parent().expect("parent")).expect("mkdir");
                std::fs::write(site.join(path), text).expect("write");
            }
            Recipe::Remove { path } => std::fs::remove_file(site.join(path)).expect("remove a base file"),
            Recipe::Symlink { path, target } => symlink(target, &site.join(path)),
            Recipe::SymlinkOutside { path, folder } => {
                std::fs::write(outside.join("secret.txt"), "private notes, never to be published\n").expect("write");
                let target = if *folder { outside.to_path_buf() } else { outside.join("secret.txt") };
                symlink(&target, &site.join(path));
            }
            Recipe::Unreadable { path } => {
                if !unreadable(&site.join(path)) {
                    return false;
                }
            }
        }
    }
    true
}

fn symlink(target: &Path, link: &Path) {
    std::fs::create_dir_all(link.parent().expect("parent")).expect("mkdir");
    #[cfg(unix)]
    std::os::unix::fs::symlink(target, link).expect("symlink");
    #[cfg(not(unix))]
    panic!("symlink cases need a Unix system ({} → {})", link.display(), target.display());
}

/// Removes every permission; false if the file can still be read (the superuser ignores
/// permissions, so there the case is skipped, and the dangling and looping link cases still
/// cover unreadable files).
fn unreadable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    }
    let readable = if path.is_dir() { std::fs::read_dir(path).is_ok() } else { std::fs::read(path).is_ok() };
    !readable
}

/// Gives back what [`unreadable`] took, so the temporary folder can be deleted.
fn restore_permissions(recipe: &[Recipe], site: &Path) {
    #[cfg(unix)]
    for step in recipe {
        if let Recipe::Unreadable { path } = step {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(site.join(path), std::fs::Permissions::from_mode(0o755));
        }
    }
}

/// Builds on a thread so that a panic is caught and a hang is bounded.
fn build_bounded(options: BuildOptions) -> Result<(BuildReport, Duration), String> {
    let (tx, rx) = mpsc::channel();
    let started = Instant::now();
    let worker = std::thread::spawn(move || {
        let result = build(&options);
        let _ = tx.send(result);
    });
    match rx.recv_timeout(TIME_BOUND) {
        Ok(Ok(report)) => Ok((report, started.elapsed())),
        Ok(Err(err)) => Err(format!("the build failed for the environment: {err:#}")),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!("the build ran longer than {TIME_BOUND:?}")),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let panic = worker.join().err().map(|p| {
                p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default()
            });
            Err(format!("wedid panicked: {}", panic.unwrap_or_default()))
        }
    }
}

fn matches(d: &Diagnostic, e: &Expected) -> bool {
    d.code == e.code && d.file == e.file && d.location.line == e.line && (d.severity == Severity::Warning) == e.warning
}

/// Runs one case; `Ok(None)` when it cannot be staged here, `Err` with every complaint.
fn run(case: &Path) -> Result<Option<Duration>, String> {
    let text = std::fs::read_to_string(case.join("expect.yaml")).map_err(|e| format!("no expect.yaml: {e}"))?;
    let expect: Expect = serde_yaml::from_str(&text).map_err(|e| format!("expect.yaml: {e}"))?;
    let temp = tempfile::tempdir().expect("temp dir");
    let (site, outside) = (temp.path().join("site"), temp.path().join("outside"));
    std::fs::create_dir_all(&outside).expect("mkdir");
    copy_tree(&broken_dir().join("_base"), &site);
    copy_tree(&case.join("site"), &site);
    if !apply(&expect.recipe, &site, &outside) {
        return Ok(None);
    }
    let mut options = BuildOptions::new(&site);
    options.today = Date::parse(TODAY).expect("fixed date");
    let built = build_bounded(options);
    restore_permissions(&expect.recipe, &site);
    let (report, took) = built.map_err(|e| format!("{} — {e}", expect.defect))?;
    let got = render_plain(&report.diagnostics);
    let mut problems = Vec::new();
    if expect.succeeds != expect.diagnostics.is_empty() {
        problems.push("expect.yaml must either list diagnostics or say `succeeds: true`".to_string());
    }
    if expect.succeeds && !(report.diagnostics.is_empty() && report.written) {
        problems.push(format!("expected a clean build that is written (written: {})", report.written));
    }
    if !expect.succeeds && report.written == report.diagnostics.iter().any(Diagnostic::is_error) {
        problems.push(format!("a build with errors must write nothing (written: {})", report.written));
    }
    for e in &expect.diagnostics {
        let Some(d) = report.diagnostics.iter().find(|d| matches(d, e)) else {
            problems.push(format!("missing {} at {}:{}", e.code, e.file.display(), e.line));
            continue;
        };
        let hint = d.hint.as_deref().unwrap_or_default();
        if !d.message.contains(&e.says) && !hint.contains(&e.says) {
            problems.push(format!("{} at {}:{} does not say {:?}", e.code, e.file.display(), e.line, e.says));
        }
        if d.is_error() && hint.trim().is_empty() {
            problems.push(format!("{} at {}:{} does not say how to fix it", e.code, e.file.display(), e.line));
        }
    }
    for d in report.diagnostics.iter().filter(|d| !expect.diagnostics.iter().any(|e| matches(d, e))) {
        problems.push(format!("unexpected {} at {}:{}", d.code, d.file.display(), d.location.line));
    }
    match problems.is_empty() {
        true => Ok(Some(took)),
        false => Err(format!("{}\n    {}\n  got:\n{got}", expect.defect, problems.join("\n    "))),
    }
}

#[test]
fn every_broken_site_reports_its_defect_without_panic_or_hang() {
    let cases = cases();
    assert!(cases.len() >= AT_LEAST, "only {} cases in tests/broken/", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap_or_default().to_string_lossy().to_string();
        match run(case) {
            Ok(Some(took)) => eprintln!("ok      {name} ({} ms)", took.as_millis()),
            Ok(None) => eprintln!("skipped {name}: it cannot be staged by this user (the superuser can read any file)"),
            Err(why) => failures.push(format!("{name}: {why}")),
        }
    }
    assert!(failures.is_empty(), "{} of {} broken sites failed:\n\n{}", failures.len(), cases.len(), failures.join("\n\n"));
}

#[test]
fn the_base_site_builds_clean() {
    let temp = tempfile::tempdir().expect("temp dir");
    copy_tree(&broken_dir().join("_base"), temp.path());
    let mut options = BuildOptions::new(temp.path());
    options.today = Date::parse(TODAY).expect("fixed date");
    let report = build(&options).expect("the build ran");
    assert!(report.diagnostics.is_empty() && report.written, "{}", render_plain(&report.diagnostics));
}
