//! The example site with a history of its own: `tests/fixtures/history/` lists its commits
//! and holds the earlier versions of the files that changed, and the test makes it a git
//! repository in a temporary folder. Its pages show all that time makes visible: an action
//! that moved from planned to done, dated by its commit; an overdue action; an item that has
//! waited long for a response; when the project last changed; and its feed of changes.

use crate::common::*;
use crate::history::{commit, git};
use std::path::Path;

const FIXTURE: &str = "tests/fixtures/history";
const PAGE: &str = "you-said-we-did/valuing-lived-experience/index.html";
const FEED: &str = "you-said-we-did/valuing-lived-experience/feed.xml";

/// The example, committed version by version as `commits.txt` says.
fn example_in_git() -> SiteTest {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = SiteTest::empty().copy_from_repo("site.yaml").file(".gitignore", "output/\n");
    let manifest = std::fs::read_to_string(repo.join(FIXTURE).join("commits.txt")).unwrap_or_else(|e| panic!("{FIXTURE}: {e}"));
    let commits: Vec<(&str, &str)> = manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split_once(' ').unwrap_or_else(|| panic!("{FIXTURE}/commits.txt: {l:?} is not \"<date> <folder>\"")))
        .collect();
    assert!(commits.len() >= 3, "{FIXTURE}/commits.txt lists the commits");
    git(&site, &["init", "-q", "-b", "main"], commits[0].0);
    for (date, folder) in commits {
        // Each commit is the example as it is now, with this version's files in place.
        copy_tree(&repo.join("content"), &site.root().join("content"));
        if folder != "-" {
            copy_tree(&repo.join(FIXTURE).join(folder), site.root());
        }
        commit(&site, date);
    }
    site
}

/// The `<li>`s of the list after `heading` in `html`, entities decoded.
fn items_after(html: &str, heading: &str) -> Vec<String> {
    let start = html.find(heading).unwrap_or_else(|| panic!("the page has {heading:?}"));
    let section = &html[start..start + html[start..].find("</section>").unwrap_or_default()];
    section.split("<li").skip(1).map(|li| unescape(&li[..li.find("</li>").unwrap_or(li.len())])).collect()
}

#[test]
fn the_example_in_git_shows_what_changed_what_is_late_and_what_waits() {
    let b = example_in_git().build();
    b.assert_ok();
    let page = b.read(PAGE);

    let history = items_after(&page, "id=\"history-heading\"");
    let moved = "\"We created six new peer support worker posts in our community mental health teams.\" is now done (was planned)";
    let said = "You said \"Involvement meetings are always in the working day, so people with jobs cannot take part.\"";
    for (date, text) in [("2025-07-04", moved), ("2026-06-22", said), ("2025-03-10", "Published")] {
        assert!(
            history.iter().any(|li| li.contains(&format!("datetime=\"{date}\"")) && li.contains(text)),
            "the history says {text:?} on {date}: {history:#?}"
        );
    }
    assert_eq!(history.len(), history.iter().collect::<std::collections::BTreeSet<_>>().len(), "no change listed twice");

    let page = unescape(&page);
    assert!(page.contains("<strong>Overdue:</strong> due <time datetime=\"2026-09-30\">30 September 2026</time>"), "the overdue action");
    assert!(page.contains("Waiting for a response since <time datetime=\"2026-06-18\">18 June 2026</time>."), "the long-waiting item");
    let updated = page.find("<dt>Last updated</dt>").expect("the page says when it last changed");
    assert!(page[updated..].starts_with("<dt>Last updated</dt>\n    <dd><time datetime=\"2026-06-22\">"), "the last commit's day");

    // The feed holds the same changes, each dated by its commit, newest first.
    let feed = b.read(FEED);
    let doc = roxmltree::Document::parse(&feed).unwrap_or_else(|e| panic!("{FEED}: {e}"));
    let entries: Vec<(String, String)> = doc
        .root_element()
        .children()
        .filter(|n| n.tag_name().name() == "entry")
        .map(|e| {
            let child =
                |tag: &str| e.children().find(|c| c.tag_name().name() == tag).and_then(|c| c.text()).unwrap_or_default().to_string();
            (child("updated"), child("title"))
        })
        .collect();
    assert!(
        entries.iter().any(|(updated, title)| updated.starts_with("2025-07-04") && title.contains("is now done (was planned)")),
        "{entries:#?}"
    );
    assert!(entries.first().is_some_and(|(updated, _)| updated.starts_with("2026-06-22")), "newest first: {entries:#?}");
    assert!(entries.windows(2).all(|w| w[0].0 >= w[1].0), "newest first: {entries:#?}");

    // The overdue action counts beside "in progress" wherever the figures are: its service's
    // page and its service's summary for other websites alike.
    let service = b.read("services/trust-wide/index.html");
    assert!(service.contains("of which 1 overdue"), "the service's figures count the overdue action");
    assert!(b.read("embed/services/trust-wide.svg").contains(", of which 1 overdue"));
}
