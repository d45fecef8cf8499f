//! The `wedid` binary: exit codes (0 success, 1 content errors, 2 usage), the plain
//! `file:line:col: error: message` report on a pipe, the summary line, and the scaffolds of
//! `init` and `new`, which must pass `check --strict` as written.

use crate::common::*;
use std::path::Path;
use std::process::Command;

/// One run of the binary.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn lines(&self) -> Vec<&str> {
        self.stderr.lines().collect()
    }
}

/// `SOURCE_DATE_EPOCH` for [`TODAY`], so "today" is fixed for the binary too.
fn epoch() -> String {
    let days = wedid::content::Date::parse(TODAY).expect("date").days_since_epoch();
    (days * 86_400 + 3_600).to_string()
}

/// Runs `wedid` with `args` in `cwd`; stdout and stderr are pipes, so reports are plain.
pub fn wedid(cwd: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_wedid"))
        .args(args)
        .current_dir(cwd)
        .env("SOURCE_DATE_EPOCH", epoch())
        .output()
        .expect("run wedid");
    Run {
        code: out.status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    }
}

pub fn path(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// `file:line:col: error|warning: message`.
fn is_plain_diagnostic(line: &str) -> bool {
    let mut parts = line.splitn(4, ':');
    let (Some(file), Some(l), Some(c), Some(rest)) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !file.is_empty()
        && l.parse::<u32>().is_ok_and(|n| n >= 1)
        && c.parse::<u32>().is_ok_and(|n| n >= 1)
        && (rest.starts_with(" error: ") || rest.starts_with(" warning: "))
}

#[test]
fn build_exits_0_with_a_one_line_summary() {
    let site = SiteTest::new();
    let run = wedid(site.root(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines = run.lines();
    assert_eq!(lines.len(), 1, "one line: {}", run.stderr);
    let summary = lines[0];
    assert!(summary.starts_with("Built ") && summary.contains(" pages (") && summary.contains("0 errors, 0 warnings"), "{summary}");
    assert!(summary.contains("output"), "names the output folder: {summary}");
    assert!(site.root().join("output/index.html").is_file());
    assert!(run.stdout.is_empty());
}

#[test]
fn build_with_site_and_output_options() {
    let site = SiteTest::new().file("content/projects/z.yaml", &(project_for("Memory clinic", "2026-10-01") + "draft: true\n"));
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let out = elsewhere.path().join("public");
    let run = wedid(
        elsewhere.path(),
        &["build", "--site", path(site.root()), "--output", path(&out), "--base-url", "https://x.example/sub/", "--drafts"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(out.join("you-said-we-did/z/index.html").is_file(), "--drafts");
    let home = std::fs::read_to_string(out.join("index.html")).expect("home");
    assert!(links_to(&home, "/sub/you-said-we-did/"), "--base-url");
    assert!(!site.root().join("output").exists());
}

#[test]
fn check_on_a_broken_site_exits_1_with_plain_lines_and_hints() {
    let site = SiteTest::new()
        .file("content/projects/x.yaml", &dedent(PROJECT).replace("involvement: co-production", "involvement: co-prodution"))
        .file("content/stories/y.md", "---\ntitle: A\ndate: 15/01/2024\nsummary: B\n---\n");
    let run = wedid(site.root(), &["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let lines = run.lines();
    let at = lines
        .iter()
        .position(|l| *l == "content/projects/x.yaml:4:14: error: unknown involvement type \"co-prodution\"")
        .unwrap_or_else(|| panic!("{}", run.stderr));
    assert_eq!(lines[at + 1], "  hint: did you mean \"co-production\"?");
    assert!(
        lines.iter().any(|l| l.starts_with("content/stories/y.md:3:") && l.contains(": error: date: \"15/01/2024\" is not a date")),
        "{}",
        run.stderr
    );
    assert!(lines.iter().any(|l| l.starts_with("  hint: ") && l.contains("2024-01-15")), "{}", run.stderr);
    for line in &lines[..lines.len() - 1] {
        assert!(is_plain_diagnostic(line) || line.starts_with("  hint: "), "not a plain report line: {line:?}");
    }
    assert!(lines.last().is_some_and(|l| l.starts_with("Check failed") && l.contains("2 errors")), "{}", run.stderr);
    assert!(!run.stderr.contains('\u{1b}'), "no colour codes on a pipe");
    assert!(!site.root().join("output").exists(), "check writes nothing");
}

#[test]
fn build_with_errors_exits_1_and_keeps_the_output() {
    let site = SiteTest::new();
    assert_eq!(wedid(site.root(), &["build"]).code, 0);
    let before = hashes(&site.root().join("output"));
    site.write("content/projects/x.yaml", "title: [broken\n");
    let run = wedid(site.root(), &["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.lines().iter().any(|l| l.starts_with("content/projects/x.yaml:") && l.contains(": error: ")));
    assert!(run.lines().last().is_some_and(|l| l.starts_with("Build failed") && l.contains("was not changed")), "{}", run.stderr);
    assert_eq!(hashes(&site.root().join("output")), before);
}

#[test]
fn warnings_pass_check_but_not_check_strict() {
    let site =
        SiteTest::new().file("content/projects/x.yaml", &(project_for("Memory clinic", "2026-10-01") + "contact: someone@gmail.com\n"));
    let run = wedid(site.root(), &["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.lines().iter().any(|l| l.starts_with("content/projects/x.yaml:13:10: warning: ")), "{}", run.stderr);
    assert!(run.lines().last().is_some_and(|l| l.starts_with("Checked ") && l.contains("0 errors, 1 warning")), "{}", run.stderr);
    let run = wedid(site.root(), &["check", "--strict"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.lines().iter().any(|l| l.starts_with("content/projects/x.yaml:13:10: error: ")), "{}", run.stderr);
}

#[test]
fn refusing_an_output_folder_exits_1_with_a_message() {
    let site = SiteTest::new().file("docs/notes.txt", "precious");
    let run = wedid(site.root(), &["build", "--output", "docs"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("refusing"), "{}", run.stderr);
    assert!(site.root().join("docs/notes.txt").is_file());
    let run = wedid(site.root(), &["build", "--output", "."]);
    assert_eq!(run.code, 1);
    assert!(site.root().join("site.yaml").is_file());
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    for args in [&[][..], &["frobnicate"], &["build", "--no-such-flag"], &["new", "leaflet", "x"], &["new", "project"], &["init"]] {
        let run = wedid(dir.path(), args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(!run.stderr.is_empty());
    }
    let run = wedid(dir.path(), &["--help"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("build") && run.stdout.contains("check"));
}

#[test]
fn a_folder_with_no_site_yaml() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = wedid(dir.path(), &["check"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("site.yaml:1:1: error: there is no site.yaml"), "{}", run.stderr);
    assert!(run.stderr.contains("wedid init"), "the hint says how to start");
}

#[test]
fn init_makes_a_site_that_checks_and_builds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = wedid(dir.path(), &["init", "my-site"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let site = dir.path().join("my-site");
    let run = wedid(dir.path(), &["check", "--site", "my-site"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains(": 0 errors, "), "{}", run.stderr);
    // The starter text is not for the public: each piece is named, and --strict fails.
    let run = wedid(dir.path(), &["check", "--strict", "--site", "my-site"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.lines()
            .iter()
            .any(|l| l.starts_with("content/projects/first-project.yaml:5:9: error: \"Title of the project\" is the starter text")),
        "{}",
        run.stderr
    );
    let errors = run.lines().iter().filter(|l| l.contains(": error: ")).count();
    let placeholders = run.lines().iter().filter(|l| l.contains("is the starter text wedid wrote here")).count();
    assert_eq!(errors, placeholders, "only placeholders fail --strict:\n{}", run.stderr);
    let run = wedid(&site, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in ["index.html", "you-said-we-did/first-project/index.html", "stories/first-story/index.html", "get-involved/index.html"] {
        assert!(site.join("output").join(page).is_file(), "{page}");
    }
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("notes.txt"), "precious").expect("write");
    let run = wedid(dir.path(), &["init", "."]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("not empty"), "{}", run.stderr);
    assert!(!dir.path().join("site.yaml").exists());
}

#[test]
fn new_records_pass_check_and_strict_names_their_starter_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(wedid(dir.path(), &["init", "site"]).code, 0);
    let site = dir.path().join("site");
    for (kind, slug, file) in [
        ("project", "ward-food", "content/projects/ward-food.yaml"),
        ("story", "ward-food-story", "content/stories/ward-food-story.md"),
        ("page", "about", "content/pages/about.md"),
        ("strategy", "next-strategy", "content/strategy/next-strategy.yaml"),
    ] {
        let run = wedid(dir.path(), &["new", kind, slug, "--site", "site"]);
        assert_eq!(run.code, 0, "new {kind}: {}", run.stderr);
        assert!(site.join(file).is_file(), "{file}");
        assert!(run.stderr.contains(slug), "says what it wrote: {}", run.stderr);
        let run = wedid(&site, &["check"]);
        assert_eq!(run.code, 0, "check after new {kind}:\n{}", run.stderr);
        let run = wedid(&site, &["check", "--strict"]);
        assert_eq!(run.code, 1, "check --strict after new {kind}:\n{}", run.stderr);
        let named = run.lines().iter().any(|l| l.starts_with(file) && l.contains("is the starter text wedid wrote here"));
        assert!(named, "{file} has starter text:\n{}", run.stderr);
    }
    let run = wedid(&site, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.join("output/about/index.html").is_file());
    assert!(site.join("output/strategy/next-strategy/index.html").is_file());
}

#[test]
fn new_refuses_to_overwrite() {
    let site = SiteTest::new();
    let before = std::fs::read(site.root().join("content/projects/crisis-line.yaml")).expect("read");
    let run = wedid(site.root(), &["new", "project", "crisis-line"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    assert_eq!(std::fs::read(site.root().join("content/projects/crisis-line.yaml")).expect("read"), before);
}

#[test]
fn new_refuses_a_bad_slug() {
    let site = SiteTest::new();
    let run = wedid(site.root(), &["new", "project", "Crisis_Line"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("\"crisis-line\""), "suggests a slug: {}", run.stderr);
    assert!(!site.root().join("content/projects/Crisis_Line.yaml").exists());
}

#[test]
fn piped_builds_print_no_progress_bar() {
    let site = SiteTest::empty().copy_from_repo("site.yaml").copy_from_repo("content");
    let run = wedid(site.root(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains('\r') && !run.stderr.contains('\u{1b}'), "a pipe gets plain text: {:?}", run.stderr);
    // The example warns of its overdue action and its long-waiting item, then sums up.
    assert!(run.stderr.lines().last().is_some_and(|l| l.starts_with("Built ")), "{}", run.stderr);
}

#[test]
fn init_writes_the_pages_a_public_sector_site_must_have_and_a_picture() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(wedid(dir.path(), &["init", "site"]).code, 0);
    let site = dir.path().join("site");
    let read = |p: &str| std::fs::read_to_string(site.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    let statement = read("content/pages/accessibility.md");
    for heading in ["## Feedback and contact information", "## Enforcement procedure", "### Compliance status", "## Non-accessible content"]
    {
        assert!(statement.contains(heading), "the GOV.UK model statement's {heading:?}");
    }
    assert!(read("content/pages/privacy.md").contains("## Your rights"));
    assert!(read("content/stories/first-story.md").contains("src: media/placeholder.svg"));
    assert!(site.join("content/media/placeholder.svg").is_file());
    assert!(read(".gitignore").contains(".wedid-cache/"));
    // The project's note names the strategy file init wrote.
    assert!(read("content/projects/first-project.yaml").contains("# strategy: our-strategy "));
    assert!(site.join("content/strategy/our-strategy.yaml").is_file());
    assert_eq!(wedid(&site, &["build"]).code, 0);
    for page in ["accessibility/index.html", "privacy/index.html", "media/placeholder.svg"] {
        assert!(site.join("output").join(page).is_file(), "{page}");
    }
}
