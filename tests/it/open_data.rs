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
