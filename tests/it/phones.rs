//! What a phone shows first: the menu folded behind "Menu" (a <details>, so it needs no
//! script), and a home page that leads with what was acted on. The browser test checks the
//! folding and the order at 320 px; here, the markup they rest on.

use crate::common::*;

#[test]
fn every_page_has_its_menu_in_a_disclosure_that_needs_no_script() {
    let b = SiteTest::new().build();
    b.assert_clean();
    for (path, html) in html_pages(&b) {
        let Some(nav) = html.split(r#"<nav class="site-nav" aria-label="Main">"#).nth(1) else { continue };
        let nav = nav.split("</nav>").next().unwrap_or_default();
        assert!(nav.trim_start().starts_with(r#"<details class="wrap site-nav__menu">"#), "{path}: {nav}");
        assert!(nav.contains(r#"<summary class="site-nav__toggle">Menu</summary>"#), "{path}");
        assert!(nav.contains(">Stories</a>") && nav.trim_end().ends_with("</details>"), "{path}: every link inside it");
    }
}

#[test]
fn the_home_page_leads_with_projects_that_acted_on_something() {
    // Newer than the crisis line, with only a plan: the newest, but nothing acted on yet.
    let planned =
        project_for("Crisis", "2026-11-20").replace("status: done\n        date: 2026-11-20", "status: planned\n        date: 2027-06-30");
    let b = SiteTest::new().file("content/projects/just-started.yaml", &planned).build();
    b.assert_clean();
    let home = b.read("index.html");
    let acted_on = home.find(r#"href="/you-said-we-did/crisis-line/""#).expect("the crisis line on the home page");
    let just_started = home.find(r#"href="/you-said-we-did/just-started/""#).expect("the new project on the home page");
    assert!(acted_on < just_started, "the project that acted on something comes first");
    // What a phone does not show in full is a link away.
    assert!(home.contains(r#"<a href="/reports/">by year in our reports</a> and <a href="/services/">by service</a>"#));
    assert!(home.contains(r#"<a href="/involvement/">Read about the four ways we involve people</a>"#));
}
