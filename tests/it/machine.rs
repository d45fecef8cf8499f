//! `wedid check --format json|github` on real broken sites: the machine-readable reports
//! carry every problem with its file, line and column, and the exit code is unchanged.

use crate::cli::{path, wedid};
use crate::common::*;

/// A site with one error (an unknown involvement type) and one warning (a completed project
/// with no outcome) in two files.
fn broken() -> SiteTest {
    SiteTest::new()
        .file("content/projects/crisis-line.yaml", &dedent(PROJECT).replace("involvement: co-production", "involvement: coffee-morning"))
        .file(
            "content/projects/memory.yaml",
            &project_for("Memory clinic", "2026-10-01").replace("status: in-progress", "status: completed\nended: 2026-11-01"),
        )
}

#[test]
fn json_lists_every_problem_with_counts() {
    let site = broken();
    let run = wedid(site.root(), &["check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("stdout is one JSON document");
    assert_eq!((report["errors"].as_u64(), report["warnings"].as_u64()), (Some(1), Some(1)), "{report:#}");
    let diagnostics = report["diagnostics"].as_array().expect("a list");
    let error = &diagnostics[0];
    assert_eq!(error["severity"], "error");
    assert_eq!(error["code"], "unknown-id");
    assert_eq!(error["file"], "content/projects/crisis-line.yaml");
    assert_eq!((error["line"].as_u64(), error["column"].as_u64()), (Some(4), Some(14)));
    assert!(error["hint"].as_str().is_some_and(|h| h.contains("co-production")), "{error:#}");
    assert_eq!(diagnostics[1]["severity"], "warning");
    assert_eq!(diagnostics[1]["file"], "content/projects/memory.yaml");
}

#[test]
fn json_of_a_clean_site_is_empty_and_exits_0() {
    let site = SiteTest::new();
    let run = wedid(site.root(), &["check", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(report["diagnostics"], serde_json::json!([]));
}

#[test]
fn github_annotations_name_the_file_from_the_repository_root() {
    let site = broken();
    let parent = site.root().parent().expect("parent");
    let name = site.root().file_name().and_then(|n| n.to_str()).expect("name");
    let run = wedid(parent, &["check", "--site", name, "--format", "github"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert!(
        lines[0].starts_with(&format!("::error file={name}/content/projects/crisis-line.yaml,line=4,col=14,title=wedid unknown-id::")),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("%0Ahint: "), "the hint follows on its own line: {}", lines[0]);
    assert!(lines[1].starts_with(&format!("::warning file={name}/content/projects/memory.yaml,")), "{}", lines[1]);
    assert!(run.stderr.starts_with("Check failed"), "the summary stays on stderr: {}", run.stderr);
    let absolute = wedid(site.root(), &["check", "--site", path(site.root()), "--format", "github"]);
    assert!(absolute.stdout.contains(&format!("file={}/content/", path(site.root()))), "{}", absolute.stdout);
}
