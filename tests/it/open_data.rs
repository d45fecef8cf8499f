//! Open data as spreadsheets and programs read it, and the site-wide settings a reader meets:
//! the CSV's byte-order mark, the licence, the logo and the feedback address.

use crate::common::*;

#[test]
fn the_csv_starts_with_a_byte_order_mark_so_spreadsheets_read_it_as_utf8() {
    let b = SiteTest::new().build();
    let bytes = std::fs::read(b.out.join("data/you-said-we-did.csv")).expect("the CSV");
    assert!(bytes.starts_with(b"\xef\xbb\xbfproject,project_url,"), "{:?}", &bytes[..20]);
    assert_eq!(bytes.windows(3).filter(|w| w == b"\xef\xbb\xbf").count(), 1, "one mark, at the start");
}

#[test]
fn the_json_names_the_open_government_licence_unless_another_is_given() {
    let json = |b: &Built| serde_json::from_str::<serde_json::Value>(&b.read("data/you-said-we-did.json")).expect("JSON");
    let b = SiteTest::new().build();
    assert_eq!(json(&b)["licence"]["name"], "Open Government Licence v3.0");
    assert_eq!(json(&b)["licence"]["url"], "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
    let site = dedent(SITE_YAML) + "data_licence:\n  name: CC BY 4.0\n  url: https://creativecommons.org/licenses/by/4.0/\n";
    let b = SiteTest::new().file("site.yaml", &site).build();
    b.assert_clean();
    assert_eq!(json(&b)["licence"]["name"], "CC BY 4.0");
}

#[test]
fn a_logo_must_be_in_the_media_folder() {
    let site = dedent(SITE_YAML) + "logo: media/cafe.png\n";
    let b = SiteTest::new().file("site.yaml", &site).build();
    assert_diag(&b, "site.yaml", 11, "missing-media", "the logo \"media/cafe.png\" is not in content/media/");
    let site = dedent(SITE_YAML) + "logo: media/cafe.svg\n";
    SiteTest::new().file("site.yaml", &site).build().assert_clean();
}

#[test]
fn feedback_is_a_web_or_email_address() {
    for good in ["https://forms.example.nhs.uk/feedback", "involvement@example.nhs.uk"] {
        let site = dedent(SITE_YAML) + &format!("feedback: {good}\n");
        SiteTest::new().file("site.yaml", &site).build().assert_clean();
    }
    let site = dedent(SITE_YAML) + "feedback: ring the ward\n";
    let b = SiteTest::new().file("site.yaml", &site).build();
    assert_diag(&b, "site.yaml", 11, "bad-link", "feedback must be a web address or an email address, not \"ring the ward\"");
}

#[test]
fn the_logo_is_at_the_top_of_every_page_named_by_the_organisation() {
    let site = dedent(SITE_YAML) + "logo: media/cafe.svg\n";
    let b = SiteTest::new().file("site.yaml", &site).build();
    b.assert_clean();
    for (path, html) in html_pages(&b) {
        let header = html.split(r#"<header class="site-header">"#).nth(1).unwrap_or_default().split("</header>").next().unwrap_or_default();
        if path.starts_with("posters/") || header.is_empty() {
            continue;
        }
        assert!(
            header.contains(r#"<img class="site-header__logo" src="/media/cafe.svg" alt="Test NHS Foundation Trust">"#),
            "{path}: {header}"
        );
        assert!(!header.contains("site-header__org"), "{path}: the name is said once, by the logo");
    }
    assert!(b.exists("media/cafe.svg"));
    let without = SiteTest::new().build();
    assert!(without.read("index.html").contains(r#"<span class="site-header__org">Test NHS Foundation Trust</span>"#));
}

#[test]
fn every_project_page_links_to_the_feedback_address() {
    let link = |b: &Built| {
        let html = b.read("you-said-we-did/crisis-line/index.html");
        html.split(r#"<p class="feedback">"#).nth(1).map(|s| s.split("</p>").next().unwrap_or_default().to_string())
    };
    let form = dedent(SITE_YAML) + "feedback: https://forms.example.nhs.uk/feedback\n";
    let b = SiteTest::new().file("site.yaml", &form).build();
    assert_eq!(
        link(&b).as_deref(),
        Some(r#"<a href="https://forms.example.nhs.uk/feedback">Tell us what you think about this project</a>: did we get it right?"#)
    );
    let email = dedent(SITE_YAML) + "feedback: involvement@example.nhs.uk\n";
    let b = SiteTest::new().file("site.yaml", &email).build();
    assert!(link(&b).is_some_and(|l| l.starts_with(r#"<a href="mailto:involvement@example.nhs.uk">"#)));
    assert_eq!(link(&SiteTest::new().build()), None, "no feedback address, no link");
}

#[test]
fn the_open_data_page_names_the_licence_and_links_to_it() {
    let b = SiteTest::new().build();
    let html = b.read("data/index.html");
    assert!(html.contains(r#"under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>"#), "{html}");
    let site = dedent(SITE_YAML) + "data_licence:\n  name: CC BY 4.0\n  url: https://creativecommons.org/licenses/by/4.0/\n";
    let html = SiteTest::new().file("site.yaml", &site).build().read("data/index.html");
    assert!(html.contains(r#"under the <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>"#));
}
