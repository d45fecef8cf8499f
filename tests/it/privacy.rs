//! The per-file privacy waiver (docs/privacy-waiver.md): it lets through exactly the strings
//! it lists, in its own file, with a reason, and says so when a listed string has gone.

use crate::common::*;

const S: &str = "content/stories/x.md";
const P: &str = "content/projects/crisis-line.yaml";

/// A story whose body quotes a supplier's order number that passes the NHS number check.
fn story(waiver: &str, body: &str) -> String {
    format!("---\ntitle: A story\ndate: 2026-11-01\nsummary: What changed.\n{waiver}---\n{body}\n")
}

const WAIVER: &str =
    "privacy_waiver:\n  values: [\"943 476 5919\"]\n  reason: The supplier's order number for the new chairs, checked by the IG team.\n";

#[test]
fn a_listed_value_is_published() {
    let b = SiteTest::new().file(S, &story(WAIVER, "We ordered the chairs (order 943 476 5919).")).build();
    b.assert_clean();
    assert!(b.read("stories/x/index.html").contains("order 943 476 5919"));
}

#[test]
fn the_waiver_itself_is_not_published() {
    let b = SiteTest::new().file(S, &story(WAIVER, "We ordered the chairs (order 943 476 5919).")).build();
    let site: String = html_pages(&b).into_iter().map(|(_, html)| html).collect();
    assert!(!site.contains("checked by the IG team"), "the reason is for editors only");
}

#[test]
fn an_unlisted_number_in_the_same_file_still_stops_the_build() {
    let body = "Order 943 476 5919 arrived.\nThe patient was 401 023 2137.\nAnd 9434765919, written another way.";
    let b = SiteTest::new().file(S, &story(WAIVER, body)).build();
    assert_diag(&b, S, 10, "nhs-number", "NHS number");
    assert_diag(&b, S, 11, "nhs-number", "privacy_waiver");
    assert_eq!(b.errors().len(), 2, "only the exact listed string is waived:\n{}", b.dump());
    assert!(!b.written);
}

#[test]
fn a_waiver_covers_only_its_own_file() {
    let other = "content/pages/orders.md";
    let b = SiteTest::new()
        .file(S, &story(WAIVER, "Order 943 476 5919 arrived."))
        .file(other, "---\ntitle: Orders\n---\nOrder 943 476 5919.\n")
        .build();
    assert_diag(&b, other, 4, "nhs-number", "NHS number");
    assert_eq!(b.errors().len(), 1, "{}", b.dump());
}

#[test]
fn a_waived_value_that_is_gone_is_a_warning() {
    let b = SiteTest::new().file(S, &story(WAIVER, "The order number is no longer in the text.")).build();
    let d = assert_diag(&b, S, 6, "waiver-unused", "943 476 5919");
    assert!(!d.is_error());
    assert!(b.written, "the build goes on");
}

#[test]
fn a_waiver_needs_a_reason() {
    let no_reason = "privacy_waiver:\n  values: [\"943 476 5919\"]\n";
    let b = SiteTest::new().file(S, &story(no_reason, "Order 943 476 5919.")).build();
    assert_diag(&b, S, 6, "missing-field", "\"reason\"");
    let empty_reason = "privacy_waiver:\n  values: [\"943 476 5919\"]\n  reason: \" \"\n";
    let b = SiteTest::new().file(S, &story(empty_reason, "Order 943 476 5919.")).build();
    assert_diag(&b, S, 7, "empty-field", "reason");
    assert!(!b.written);
}

#[test]
fn a_waiver_in_a_project_lets_a_listed_email_through() {
    let project = dedent(PROJECT) + "contact: jo.partner@charity.org.uk\nprivacy_waiver:\n  values: [jo.partner@charity.org.uk]\n  reason: Jo agreed in writing to be the public contact (email of 3 March).\n";
    SiteTest::new().file(P, &project).build().assert_clean();
    let unlisted = project.replace("contact: jo.partner@", "contact: sam@gmail.com and jo.partner@");
    let b = SiteTest::new().file(P, &unlisted).build();
    assert_diag(&b, P, 30, "email-domain", "sam@gmail.com");
    assert_eq!(b.report.diagnostics.len(), 1, "{}", b.dump());
}

#[test]
fn a_file_that_does_not_parse_has_no_waiver() {
    let b = SiteTest::new().file(S, &story(&(WAIVER.to_string() + "titel: typo\n"), "Order 943 476 5919.")).build();
    assert!(b.has("unknown-field") && b.has("nhs-number"), "{}", b.dump());
}
