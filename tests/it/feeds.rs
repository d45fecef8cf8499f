//! The Atom feeds: the site's, each project's and each service's. Every feed is checked
//! against the rules of RFC 4287 that a reader relies on (a structural check: no RELAX NG
//! validator is a Rust crate, and the tests must not need Java), entry ids are stable across
//! builds and unique, and no date is after today.

use crate::common::*;
use crate::history::{commit, git};
use std::collections::BTreeSet;

const ATOM: &str = "http://www.w3.org/2005/Atom";

/// An entry as (id, updated, title).
type Entry = (String, String, String);
/// A feed's path in the output and its entries.
type Feed = (String, Vec<Entry>);

/// The Atom children of `node` named `tag`.
fn children<'a, 'i>(node: roxmltree::Node<'a, 'i>, tag: &str) -> Vec<roxmltree::Node<'a, 'i>> {
    node.children().filter(|c| c.is_element() && c.tag_name().namespace() == Some(ATOM) && c.tag_name().name() == tag).collect()
}

/// Checks one feed against RFC 4287 and returns its entries' (id, updated, title).
fn check_feed(name: &str, text: &str) -> Vec<Entry> {
    let doc = roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{name} is not well-formed XML: {e}"));
    let feed = doc.root_element();
    assert_eq!((feed.tag_name().namespace(), feed.tag_name().name()), (Some(ATOM), "feed"), "{name}: atom:feed is the root (4.1.1)");
    assert!(feed.attribute(("http://www.w3.org/XML/1998/namespace", "lang")).is_some(), "{name}: xml:lang");
    let one = |node: roxmltree::Node<'_, '_>, tag: &str, what: &str| -> String {
        let found = children(node, tag);
        assert_eq!(found.len(), 1, "{name}: {what} has exactly one atom:{tag}");
        found[0].text().unwrap_or_default().to_string()
    };
    let date = |value: &str, what: &str| {
        // RFC 3339 date-time, as 3.3 requires: YYYY-MM-DDTHH:MM:SSZ here.
        let ok = value.len() == 20
            && value.as_bytes().iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                10 => *b == b'T',
                13 | 16 => *b == b':',
                19 => *b == b'Z',
                _ => b.is_ascii_digit(),
            });
        assert!(ok, "{name}: {what} updated {value:?} is an RFC 3339 date-time");
        assert!(value[..10] <= *TODAY, "{name}: {what} is dated {value}, after today ({TODAY})");
    };
    let iri = |value: &str, what: &str| {
        assert!(value.starts_with("https://") || value.starts_with("http://"), "{name}: {what} {value:?} is an absolute IRI (4.2.6)");
    };
    let links = |node: roxmltree::Node<'_, '_>, what: &str| {
        let mut alternates = BTreeSet::new();
        for link in children(node, "link") {
            let href = link.attribute("href").unwrap_or_else(|| panic!("{name}: {what} link has href (4.2.7.1)"));
            iri(href, &format!("{what} link"));
            if link.attribute("rel").is_none_or(|r| r == "alternate") {
                let key = (link.attribute("type").unwrap_or_default(), link.attribute("hreflang").unwrap_or_default());
                assert!(alternates.insert(key), "{name}: {what} has at most one alternate link per type and hreflang (4.1.1)");
            }
        }
        alternates.len()
    };
    let feed_id = one(feed, "id", "the feed");
    iri(&feed_id, "the feed id");
    assert!(!one(feed, "title", "the feed").trim().is_empty(), "{name}: a feed title");
    date(&one(feed, "updated", "the feed"), "the feed");
    assert!(children(feed, "subtitle").len() <= 1, "{name}: at most one subtitle");
    links(feed, "the feed");
    assert!(children(feed, "link").iter().any(|l| l.attribute("rel") == Some("self")), "{name}: a self link");
    let has_author = |n: roxmltree::Node<'_, '_>| children(n, "author").iter().any(|a| !children(*a, "name").is_empty());
    let mut entries = Vec::new();
    for entry in children(feed, "entry") {
        let id = one(entry, "id", "an entry");
        iri(&id, "an entry id");
        let updated = one(entry, "updated", "an entry");
        date(&updated, "an entry");
        let title = one(entry, "title", "an entry");
        assert!(has_author(feed) || has_author(entry), "{name}: an author for every entry (4.1.1)");
        assert!(links(entry, "an entry") >= 1 || !children(entry, "content").is_empty(), "{name}: an alternate link or content (4.1.1)");
        assert!(children(entry, "summary").len() <= 1, "{name}: at most one summary");
        entries.push((id, updated, title));
    }
    let ids: BTreeSet<&String> = entries.iter().map(|e| &e.0).collect();
    assert_eq!(ids.len(), entries.len(), "{name}: entry ids are unique");
    let mut sorted = entries.clone();
    sorted.sort_by(|a, b| b.1.cmp(&a.1));
    assert_eq!(sorted.iter().map(|e| &e.1).collect::<Vec<_>>(), entries.iter().map(|e| &e.1).collect::<Vec<_>>(), "{name}: newest first");
    entries
}

/// Every feed.xml in the output, checked, with its entries.
fn feeds(b: &Built) -> Vec<Feed> {
    tree(&b.out)
        .into_iter()
        .filter(|(path, _)| path.ends_with("feed.xml"))
        .map(|(path, bytes)| {
            let entries = check_feed(&path, &String::from_utf8(bytes).unwrap_or_default());
            (path, entries)
        })
        .collect()
}

#[test]
fn every_feed_is_valid_atom_and_never_dated_after_today() {
    // A story dated after today, and a project that starts after today: neither is in a feed.
    let future_story = STORY.replace("date: 2026-11-10", "date: 2026-12-25");
    let b = SiteTest::new()
        .file("content/stories/crisis-cafe.md", &future_story)
        .file("content/projects/later.yaml", &project_for("Wards", "2027-02-01"))
        .build();
    b.assert_ok();
    let all = feeds(&b);
    let paths: Vec<&str> = all.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "feed.xml",
            "services/crisis-and-home-treatment/feed.xml",
            "services/wards/feed.xml",
            "you-said-we-did/crisis-line/feed.xml",
            "you-said-we-did/later/feed.xml"
        ]
    );
    let site = &all[0].1;
    assert!(site.iter().all(|(_, _, title)| !title.contains("The crisis café")), "a future story is not in the feed");
    assert!(all[4].1.is_empty(), "a project that has not started has no entries yet");
}

#[test]
fn outside_git_a_projects_entries_are_its_past_events() {
    let b = SiteTest::new().build();
    let text = b.read("you-said-we-did/crisis-line/feed.xml");
    let entries = check_feed("project feed", &text);
    let titles: Vec<&str> = entries.iter().map(|e| e.2.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Making the crisis line easier to reach: we did \"We added two call handlers between 8pm and 2am.\"",
            "Making the crisis line easier to reach: published"
        ]
    );
    assert_eq!(entries[1].0, "https://involvement.example.nhs.uk/you-said-we-did/crisis-line/#started");
}

#[test]
fn inside_git_entries_are_changes_with_ids_that_do_not_change() {
    let site = SiteTest::new().file(".gitignore", "output/\n");
    git(&site, &["init", "-q", "-b", "main"], "2026-10-02");
    commit(&site, "2026-10-02");
    let first = feeds(&site.build());
    site.write(
        "content/projects/crisis-line.yaml",
        &PROJECT.replace("status: planned\n            date: 2027-01-31", "status: done\n            date: 2026-11-20"),
    );
    commit(&site, "2026-11-20");
    let second = feeds(&site.build());
    let project =
        |all: &[Feed]| all.iter().find(|(p, _)| p == "you-said-we-did/crisis-line/feed.xml").map(|(_, e)| e.clone()).unwrap_or_default();
    let (before, after) = (project(&first), project(&second));
    assert_eq!(before.len(), 1, "{before:?}");
    assert_eq!(after.len(), 2, "{after:?}");
    assert_eq!(after[1], before[0], "the first entry keeps its id, date and title");
    assert!(after[0].2.ends_with("\"We will publish waiting times every month.\" is now done (was planned)"), "{after:?}");
    assert!(after[0].0.starts_with("https://involvement.example.nhs.uk/you-said-we-did/crisis-line/#change-"));
    assert_eq!(after[0].1, "2026-11-20T00:00:00Z");
}
