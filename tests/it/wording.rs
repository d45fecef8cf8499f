//! Words and marks on the project and story pages as a reader (or a screen reader's list of
//! links) meets them: links that name their target, one status badge per status, and tags
//! that are plain text rather than things that look like buttons.

use crate::common::*;
use regex::Regex;

/// The small site with the crisis line's done action linking to the café story, and an
/// address away from the site on its not-possible action.
fn linked_site() -> Built {
    let project = dedent(PROJECT)
        .replace("        date: 2026-11-01\n", "        date: 2026-11-01\n        link: /stories/crisis-cafe/\n")
        .replace("        status: not-possible\n", "        status: not-possible\n        link: https://www.example.nhs.uk/texts/\n");
    let b = SiteTest::new().file("content/projects/crisis-line.yaml", &project).build();
    b.assert_clean();
    b
}

#[test]
fn an_actions_link_names_the_page_it_opens() {
    let b = linked_site();
    let html = b.read("you-said-we-did/crisis-line/index.html");
    assert!(html.contains(r#"<a href="/stories/crisis-cafe/">Read the story: The crisis café</a>"#), "{html}");
    assert!(html.contains(r#"<a href="https://www.example.nhs.uk/texts/">Visit example.nhs.uk</a>"#), "{html}");
    for (path, page) in html_pages(&b) {
        assert!(
            !page.contains("Read more about this") && !page.contains(">Read more<"),
            "{path} has a link that does not say where it goes"
        );
    }
}

#[test]
fn each_thing_you_told_us_shows_each_status_once() {
    let b = linked_site();
    let html = b.read("you-said-we-did/crisis-line/index.html");
    let items: Vec<&str> = html.split(r#"<div class="ysd__did">"#).skip(1).map(|s| s.split("</div>").next().unwrap_or(s)).collect();
    let badges = Regex::new(r#"class="status status--([a-z-]+)""#).expect("regex");
    let of = |item: &str| badges.captures_iter(item).map(|c| c[1].to_string()).collect::<Vec<_>>();
    // Two actions (done, planned): a badge each, and the item's state in words, not a third badge.
    let label = |item: &str| item.trim_start().trim_start_matches(r#"<p class="ysd__label">"#).to_string();
    assert!(label(items[0]).starts_with("Our response <span class=\"ysd__state\">(overall: acted on)</span>"), "{}", items[0]);
    assert_eq!(of(items[0]), ["done", "planned"]);
    // One action: its badge says it all, and the label says what kind of response it was.
    assert!(label(items[1]).starts_with("We could not</p>"), "{}", items[1]);
    assert_eq!(of(items[1]), ["not-possible"]);
    // No action yet: the one badge is the item's.
    assert!(label(items[2]).starts_with("Our response"), "{}", items[2]);
    assert_eq!(of(items[2]), ["awaiting-response"]);
}

#[test]
fn a_planned_action_alone_reads_we_will() {
    let project = dedent(PROJECT)
        .replace("      - action: We added two call handlers between 8pm and 2am.\n        status: done\n        date: 2026-11-01\n", "");
    let b = SiteTest::new().file("content/projects/crisis-line.yaml", &project).build();
    b.assert_clean();
    assert!(b.read("you-said-we-did/crisis-line/index.html").contains(r#"<p class="ysd__label">We will</p>"#));
}

#[test]
fn a_storys_topics_are_plain_text_not_buttons() {
    let story = dedent(STORY).replace("tags: [crisis care]", "tags: [crisis care, evenings]");
    let b = SiteTest::new().file("content/stories/crisis-cafe.md", &story).build();
    b.assert_clean();
    let html = b.read("stories/crisis-cafe/index.html");
    assert!(html.contains("<dt>Topics</dt><dd>crisis care, evenings</dd>"), "{html}");
    assert!(!html.contains(r#"class="tag""#));
}
