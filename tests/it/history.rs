//! History from git: last-updated dates inside and outside git and with uncommitted changes,
//! and each kind of change between a project's committed versions. Each test turns a small
//! site into a repository in its temporary folder with the `git` command, committing with
//! fixed dates, so nothing nested is committed to wedid itself.

use crate::common::*;
use std::process::Command;
use wedid::build::{prepare, BuildOptions};
use wedid::content::Date;
use wedid::graph::SiteGraph;
use wedid::history::{ChangeKind, LastUpdated};

const P: &str = "content/projects/crisis-line.yaml";

/// Runs git in the site with a fixed identity and date (`YYYY-MM-DD`, noon UTC), and no
/// user or system configuration.
pub fn git(site: &SiteTest, args: &[&str], date: &str) {
    let stamp = format!("{date}T12:00:00Z");
    let out = Command::new("git")
        .args(args)
        .current_dir(site.root())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "Involvement Team")
        .env("GIT_AUTHOR_EMAIL", "involvement@example.nhs.uk")
        .env("GIT_COMMITTER_NAME", "Involvement Team")
        .env("GIT_COMMITTER_EMAIL", "involvement@example.nhs.uk")
        .env("GIT_AUTHOR_DATE", &stamp)
        .env("GIT_COMMITTER_DATE", &stamp)
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// Commits everything in the site on `date`.
pub fn commit(site: &SiteTest, date: &str) {
    git(site, &["add", "-A"], date);
    git(site, &["commit", "-q", "--allow-empty", "-m", &format!("Changes of {date}")], date);
}

/// The test site as a repository whose first commit is on `date`.
fn repository(date: &str) -> SiteTest {
    let site = SiteTest::new().file(".gitignore", "output/\n");
    git(&site, &["init", "-q", "-b", "main"], date);
    commit(&site, date);
    site
}

fn graph(site: &SiteTest) -> SiteGraph {
    let mut options = BuildOptions::new(site.root());
    options.today = Date::parse(TODAY).unwrap_or_else(|e| panic!("{e}"));
    prepare(&options).graph
}

fn date(text: &str) -> Option<Date> {
    Date::parse(text).ok()
}

fn project_updated(g: &SiteGraph) -> LastUpdated {
    g.projects.iter().find(|p| p.doc.slug == "crisis-line").map(|p| p.updated).unwrap_or_else(|| panic!("no crisis-line"))
}

fn changes(g: &SiteGraph) -> Vec<(Option<Date>, ChangeKind)> {
    let p = g.projects.iter().find(|p| p.doc.slug == "crisis-line").unwrap_or_else(|| panic!("no crisis-line"));
    p.changes.iter().map(|c| (Some(c.date), c.kind.clone())).collect()
}

#[test]
fn last_updated_is_the_last_commit_that_changed_the_file() {
    let site = repository("2026-10-02");
    site.write(P, &PROJECT.replace("We added two call handlers", "We added three call handlers"));
    commit(&site, "2026-11-05");
    // A commit that does not touch the project leaves its date alone.
    site.write("content/pages/get-involved.md", &PAGE.replace("Email us", "Write to us"));
    commit(&site, "2026-11-12");
    let g = graph(&site);
    assert!(g.in_git);
    assert_eq!(project_updated(&g), LastUpdated { date: date("2026-11-05"), unpublished: false });
    assert_eq!(g.stories[0].updated, LastUpdated { date: date("2026-10-02"), unpublished: false }, "the commit, not the story's date");
    assert_eq!(g.pages_updated[0], LastUpdated { date: date("2026-11-12"), unpublished: false });
}

#[test]
fn an_uncommitted_change_falls_back_to_the_records_dates_and_is_not_yet_published() {
    let site = repository("2026-10-02");
    site.write(P, &PROJECT.replace("We added two call handlers", "We added three call handlers"));
    let g = graph(&site);
    // The newest date in the record not after today (2026-11-23): the done action's 2026-11-01;
    // the planned action's due date 2027-01-31 is in the future.
    assert_eq!(project_updated(&g), LastUpdated { date: date("2026-11-01"), unpublished: true });
    assert!(!g.stories[0].updated.unpublished, "other files are still as committed");
    // A new file that was never committed is unpublished too.
    site.write("content/pages/new.md", "---\ntitle: New\n---\nHello.\n");
    let g = graph(&site);
    let new = g.pages.iter().position(|p| p.slug == "new").unwrap_or_else(|| panic!("no new page"));
    assert_eq!(g.pages_updated[new], LastUpdated { date: None, unpublished: true });
}

#[test]
fn outside_git_last_updated_comes_from_the_record() {
    let site = SiteTest::new();
    let g = graph(&site);
    assert!(!g.in_git);
    assert_eq!(project_updated(&g), LastUpdated { date: date("2026-11-01"), unpublished: false });
    assert_eq!(g.stories[0].updated, LastUpdated { date: date("2026-11-10"), unpublished: false });
    assert_eq!(g.pages_updated[0], LastUpdated { date: None, unpublished: false }, "a page has no date of its own");
    assert!(g.projects.iter().all(|p| p.changes.is_empty()));
}

#[test]
fn a_commit_dated_after_today_counts_as_today() {
    let site = repository("2027-03-01");
    assert_eq!(project_updated(&graph(&site)).date, date(TODAY));
}

#[test]
fn each_kind_of_change_is_an_entry_dated_by_its_commit() {
    let site = repository("2026-10-02");
    let done = PROJECT.replace("status: planned\n            date: 2027-01-31", "status: done\n            date: 2026-11-03");
    site.write(P, &done);
    commit(&site, "2026-11-03");
    let more = done.replace(
        "      - said: Carers want to be able to call too.\n        we_did: []\n",
        "      - said: Carers want to be able to call too.\n        we_did:\n          - action: We opened the line to carers.\n            status: in-progress\n      - said: Tell us what happens next.\n",
    );
    site.write(P, &more);
    commit(&site, "2026-11-10");
    site.write(
        P,
        &more
            .replace("status: in-progress\n    started", "status: completed\n    ended: 2026-11-20\n    outcome: It changed.\n    started"),
    );
    commit(&site, "2026-11-20");
    let g = graph(&site);
    assert_eq!(
        changes(&g),
        [
            (date("2026-10-02"), ChangeKind::Published),
            (
                date("2026-11-03"),
                ChangeKind::ActionStatus {
                    action: "We will publish waiting times every month.".into(),
                    from: wedid::content::model::ActionStatus::Planned,
                    to: wedid::content::model::ActionStatus::Done,
                }
            ),
            (
                date("2026-11-10"),
                ChangeKind::ActionAdded {
                    said: "Carers want to be able to call too.".into(),
                    action: "We opened the line to carers.".into(),
                    status: wedid::content::model::ActionStatus::InProgress,
                }
            ),
            (date("2026-11-10"), ChangeKind::ItemAdded { said: "Tell us what happens next.".into() }),
            (
                date("2026-11-20"),
                ChangeKind::ProjectStatus {
                    from: wedid::content::model::ProjectStatus::InProgress,
                    to: wedid::content::model::ProjectStatus::Completed,
                }
            ),
        ]
    );
}

#[test]
fn a_reason_added_later_is_an_entry() {
    let site = repository("2026-10-02");
    let text = PROJECT.replace("status: planned\n            date: 2027-01-31", "status: not-possible\n            reason: \"\"");
    site.write(P, &text);
    commit(&site, "2026-11-01");
    site.write(P, &text.replace("reason: \"\"", "reason: We have no data team."));
    commit(&site, "2026-11-02");
    let last = changes(&graph(&site)).pop();
    let reason =
        ChangeKind::ReasonAdded { action: "We will publish waiting times every month.".into(), reason: "We have no data team.".into() };
    assert_eq!(last, Some((date("2026-11-02"), reason)));
}

#[test]
fn a_reformatted_file_gives_no_entry_and_an_unparsable_version_is_skipped() {
    let site = repository("2026-10-02");
    // Reformatted: a comment, other quoting, a folded line. Same record.
    let reformatted = PROJECT.replace("    title: Making", "    # Reformatted.\n    title: Making").replace(
        "summary: We asked people who had called the crisis line at night what would help.",
        "summary: >-\n      We asked people who had called the crisis line at night\n      what would help.",
    );
    site.write(P, &reformatted);
    commit(&site, "2026-11-01");
    site.write(P, "title: [this is not a project\n");
    commit(&site, "2026-11-02");
    site.write(P, &reformatted.replace("status: planned\n            date: 2027-01-31", "status: done\n            date: 2026-11-03"));
    commit(&site, "2026-11-03");
    let found = changes(&graph(&site));
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0], (date("2026-10-02"), ChangeKind::Published));
    assert!(matches!(found[1], (d, ChangeKind::ActionStatus { .. }) if d == date("2026-11-03")), "compared with the last good version");
    // The reformatting commit is still the file's last change for "last updated".
    site.write(P, &reformatted);
    commit(&site, "2026-11-04");
    assert_eq!(project_updated(&graph(&site)).date, date("2026-11-04"));
}

#[test]
fn a_site_in_a_subfolder_of_the_repository() {
    // The repository's root is the site's parent: paths are found under the site's folder.
    let site = SiteTest::empty();
    let inner = SiteTest::new();
    copy_tree(inner.root(), &site.root().join("site"));
    site.write(".gitignore", "output/\n");
    git(&site, &["init", "-q", "-b", "main"], "2026-10-02");
    commit(&site, "2026-10-02");
    let mut options = BuildOptions::new(site.root().join("site"));
    options.today = Date::parse(TODAY).unwrap_or_else(|e| panic!("{e}"));
    let g = prepare(&options).graph;
    assert_eq!(project_updated(&g), LastUpdated { date: date("2026-10-02"), unpublished: false });
}

#[test]
fn pages_show_last_updated_and_the_preview_marks_what_is_not_yet_published() {
    let site = repository("2026-11-15");
    site.write(P, &PROJECT.replace("We added two call handlers", "We added three call handlers"));
    let out = tempfile::tempdir().expect("temp dir");
    let mut options = BuildOptions::new(site.root());
    options.today = Date::parse(TODAY).unwrap_or_else(|e| panic!("{e}"));
    options.output = Some(out.path().join("site"));
    let read = |options: &BuildOptions, file: &str| {
        let report = wedid::build::build(options).expect("the build ran");
        assert_eq!(report.errors(), 0, "{:?}", report.diagnostics);
        std::fs::read_to_string(out.path().join("site").join(file)).unwrap_or_default()
    };
    let page = read(&options, "you-said-we-did/crisis-line/index.html");
    assert!(page.contains("<dt>Last updated</dt>"));
    assert!(page.contains("<time datetime=\"2026-11-01\">1 November 2026</time>"));
    assert!(!page.contains("Not yet published"), "only the preview says so");
    let story = read(&options, "stories/crisis-cafe/index.html");
    assert!(story.contains("Last updated <time datetime=\"2026-11-15\">15 November 2026</time>"), "the commit's day");
    options.preview = true;
    let page = read(&options, "you-said-we-did/crisis-line/index.html");
    assert!(page.contains("Not yet published"));
    assert!(!read(&options, "stories/crisis-cafe/index.html").contains("Not yet published"), "the story is committed");
}

#[test]
fn the_cached_history_answers_as_a_full_walk_does() {
    let site = repository("2026-10-02");
    let cache = site.root().join(".wedid-cache/history.json");
    let first = changes(&graph(&site));
    assert!(cache.is_file(), "the first build keeps what it read");
    // A rebuild at the same commit reads the cache and writes nothing new.
    let written = std::fs::metadata(&cache).and_then(|m| m.modified()).ok();
    assert_eq!(changes(&graph(&site)), first);
    assert_eq!(std::fs::metadata(&cache).and_then(|m| m.modified()).ok(), written);
    // Two commits later (the cache is committed too, as a careless .gitignore would let it
    // be): the rebuild walks only those two and parses again only the project they changed.
    let done = PROJECT.replace("status: planned\n            date: 2027-01-31", "status: done\n            date: 2026-11-03");
    site.write(P, &done);
    commit(&site, "2026-11-03");
    site.write("content/pages/about.md", "---\ntitle: About\n---\nWho we are.\n");
    commit(&site, "2026-11-04");
    let incremental = changes(&graph(&site));
    assert_eq!(incremental.len(), 2, "{incremental:?}");
    std::fs::remove_file(&cache).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(changes(&graph(&site)), incremental, "a full walk gives the same changes");
    // A cache that cannot be read is ignored, never an error.
    std::fs::write(&cache, "{ not json").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(changes(&graph(&site)), incremental);
}

#[test]
fn history_from_a_rewritten_branch_is_read_afresh() {
    let site = repository("2026-10-02");
    let done = PROJECT.replace("status: planned\n            date: 2027-01-31", "status: done\n            date: 2026-11-03");
    site.write(P, &done);
    commit(&site, "2026-11-03");
    assert_eq!(changes(&graph(&site)).len(), 2);
    // The cached commit is no longer on the branch: the walk goes to the first commit.
    git(&site, &["reset", "-q", "--hard", "HEAD~1"], "2026-11-05");
    assert_eq!(changes(&graph(&site)), [(date("2026-10-02"), ChangeKind::Published)]);
}
