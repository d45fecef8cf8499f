//! The noticeboard poster: what it leads with, how it words each status, its date and its
//! QR code.

use crate::common::*;

const POSTER: &str = "posters/crisis-and-home-treatment/index.html";

/// A newer project in the same service whose one item has only a planned action.
const PLANNED: &str = "
    title: Evening visits
    summary: We asked families about home treatment visits.
    service: Crisis and home treatment
    involvement: engagement
    status: in-progress
    started: 2026-11-01
    you_said:
      - said: Visits should be after school.
        we_did:
          - action: We will offer visits until 7pm.
            status: planned
            date: 2027-02-01
";

/// The `<strong>` labels of the poster's items, in order.
fn labels(html: &str) -> Vec<String> {
    html.split("class=\"poster__did\"><strong>").skip(1).filter_map(|s| s.split("</strong>").next()).map(str::to_string).collect()
}

#[test]
fn the_poster_leads_with_what_was_acted_on_and_words_each_status() {
    let b = SiteTest::new().file("content/projects/evening-visits.yaml", PLANNED).build();
    b.assert_clean();
    let html = b.read(POSTER);
    // Acted on (the crisis line's first item), in progress (the newer planned one), could not
    // do; the awaiting item would be fifth.
    assert_eq!(labels(&html), ["We did:", "We will:", "We could not:", "Next:"]);
    let first = html.find("It was hard to get through at night.").expect("acted on");
    let second = html.find("Visits should be after school.").expect("in progress");
    assert!(first < second, "acted on comes first although its project is older");
    assert!(!html.contains("We did:</strong> We will"), "a plan never reads as done");
}

#[test]
fn the_poster_is_dated_by_its_latest_change_not_the_day_it_was_built() {
    let b = SiteTest::new().build();
    // The newest action date that has passed (2026-11-01), not the planned 2027-01-31.
    assert!(b.read(POSTER).contains("As at <time datetime=\"2026-11-01\">1 November 2026</time>"), "{}", b.read(POSTER));
}

#[test]
fn the_poster_carries_a_qr_code_for_the_service_page() {
    let b = SiteTest::new().build();
    let url = "https://involvement.example.nhs.uk/services/crisis-and-home-treatment/";
    // src/qr.rs decodes this very code back to the address.
    let code = wedid::qr::Codes::default().svg(url, &format!("QR code: scan it with a phone camera to open {url}")).expect("a code");
    assert!(b.read(POSTER).contains(&code), "the poster holds the code for {url}");
}

#[test]
fn posters_print_on_a4_whatever_the_printer_is_set_to() {
    let b = SiteTest::new().build();
    let css = b.read("assets/style.css");
    assert!(css.contains("@page{size:A4;"), "the stylesheet sets A4");
}

#[test]
fn each_project_has_a_poster_with_a_qr_code_for_its_page_linked_from_it() {
    let b = SiteTest::new().file("content/projects/evening-visits.yaml", PLANNED).build();
    b.assert_clean();
    let html = b.read("you-said-we-did/crisis-line/poster/index.html");
    assert!(html.contains("<span class=\"poster__kicker\">You said, we did</span> Making the crisis line easier to reach</h1>"));
    assert!(html.contains(r#"<a href="/you-said-we-did/crisis-line/">Back to the project: Making the crisis line easier to reach</a>"#));
    // Only this project's items, acted on first; not the other project of its service.
    assert_eq!(labels(&html), ["We did:", "We could not:", "Next:"]);
    assert!(!html.contains("Visits should be after school."));
    let url = "https://involvement.example.nhs.uk/you-said-we-did/crisis-line/";
    let code = wedid::qr::Codes::default().svg(url, &format!("QR code: scan it with a phone camera to open {url}")).expect("a code");
    assert!(html.contains(&code), "the poster holds the code for {url}");
    assert!(html.contains(&format!("<span class=\"poster__url\">{url}</span>")));
    let project = b.read("you-said-we-did/crisis-line/index.html");
    assert!(project.contains(r#"<a href="/you-said-we-did/crisis-line/poster/">Print a poster of this project</a>"#));
}

#[test]
fn a_rebuild_draws_the_same_codes_from_the_masks_the_first_build_kept() {
    let site = SiteTest::new();
    let first = site.build();
    let poster = "you-said-we-did/crisis-line/poster/index.html";
    let before = first.read(poster);
    let cache = site.root().join(wedid::qr::CACHE);
    let saved = std::fs::read_to_string(&cache).expect("the build keeps the masks");
    assert!(saved.contains("\"https://involvement.example.nhs.uk/you-said-we-did/crisis-line/\":"), "{saved}");
    let second = site.build();
    assert_eq!(second.read(poster), before, "the same code, drawn from the kept mask");
    std::fs::write(&cache, "not json").expect("write");
    assert_eq!(site.build().read(poster), before, "an unreadable cache is ignored");
}
