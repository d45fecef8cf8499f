//! Translations (content-model.md, "Languages and accessible formats"): `languages:` in
//! site.yaml, a record's translation beside it, parsed with the same model, which may change
//! the words and nothing else; never a record of its own.

use crate::common::*;

const BILINGUAL: &str = "languages: [en-GB, cy]\n";

/// The small site's project in Welsh: the same structure, other words.
fn welsh_project() -> String {
    dedent(PROJECT)
        .replace("Making the crisis line easier to reach", "Gwneud y llinell argyfwng yn haws ei chyrraedd")
        .replace("It was hard to get through at night.", "Roedd hi'n anodd cael ateb yn y nos.")
}

fn bilingual() -> SiteTest {
    SiteTest::new().file("site.yaml", &format!("{}{BILINGUAL}", dedent(SITE_YAML)))
}

/// Every record of the small site in Welsh, so only the case under test is reported.
fn translated() -> SiteTest {
    bilingual()
        .file("content/projects/crisis-line.cy.yaml", &welsh_project())
        .file("content/strategy/together.cy.yaml", STRATEGY)
        .file("content/stories/crisis-cafe.cy.md", STORY)
        .file("content/pages/get-involved.cy.md", PAGE)
}

#[test]
fn a_matching_translation_is_no_second_record() {
    let b = translated().build();
    b.assert_clean();
    // The three items once, not twice.
    assert_eq!(b.open_data()["rows"].as_array().map(Vec::len), Some(4));
    assert_eq!(b.read("you-said-we-did/index.html").matches("class=\"card card--project").count(), 1);
    // The translation is the project's Welsh page, under cy/, and no page of its own.
    let pages: Vec<String> = tree(&b.out).into_keys().filter(|k| k.ends_with(".html")).collect();
    assert!(!pages.iter().any(|k| k.contains(".cy") || k.contains("llinell")), "no page for the translation as a record");
    assert!(b.read("cy/you-said-we-did/crisis-line/index.html").contains("Gwneud y llinell argyfwng yn haws ei chyrraedd"));
}

#[test]
fn a_translation_that_differs_names_both_files_and_the_first_difference() {
    let changed = welsh_project().replace("status: planned", "status: done");
    let b = translated().check_only().file("content/projects/crisis-line.cy.yaml", &changed).build();
    let d = assert_diag(
        &b,
        "content/projects/crisis-line.cy.yaml",
        21,
        "translation-differs",
        "differs from its original, content/projects/crisis-line.yaml, at you_said.0.we_did.1.status: the original has planned, the translation has done",
    );
    assert!(d.hint.as_deref().unwrap_or_default().contains("the figures are the same in every language"));
    assert_eq!(b.errors().len(), 1, "{}", b.dump());
}

#[test]
fn a_translation_with_an_item_fewer_is_found_at_the_list() {
    let text = welsh_project();
    let fewer = &text[..text.find("  - said: Carers want").expect("the last item")];
    let b = translated().check_only().file("content/projects/crisis-line.cy.yaml", fewer).build();
    assert_diag(
        &b,
        "content/projects/crisis-line.cy.yaml",
        14,
        "translation-differs",
        "at you_said: the original has 3, the translation has 2",
    );
}

#[test]
fn a_story_translation_with_another_date_is_an_error() {
    let b = translated().check_only().file("content/stories/crisis-cafe.cy.md", &STORY.replace("2026-11-10", "2026-11-11")).build();
    assert_diag(
        &b,
        "content/stories/crisis-cafe.cy.md",
        3,
        "translation-differs",
        "at date: the original has 2026-11-10, the translation has 2026-11-11",
    );
}

#[test]
fn a_translation_with_no_original_is_an_error() {
    let b = translated().check_only().file("content/projects/crisis-lines.cy.yaml", &welsh_project()).build();
    assert_diag(
        &b,
        "content/projects/crisis-lines.cy.yaml",
        1,
        "translation-without-original",
        "this is a translation of content/projects/crisis-lines.yaml, which does not exist",
    );
    assert!(!b.has("duplicate-url"), "{}", b.dump());
}

#[test]
fn a_missing_translation_is_a_warning() {
    let b = translated().remove("content/stories/crisis-cafe.cy.md").build();
    b.assert_ok();
    let d =
        assert_diag(&b, "content/stories/crisis-cafe.md", 1, "translation-missing", "there is no Welsh (cy) translation of this file yet");
    assert!(d.hint.as_deref().unwrap_or_default().contains("add content/stories/crisis-cafe.cy.md"));
    assert_eq!(b.warnings().len(), 1, "{}", b.dump());
}

#[test]
fn a_translation_into_a_language_the_site_does_not_list_is_an_error() {
    let b = SiteTest::new().check_only().file("content/projects/crisis-line.cy.yaml", &welsh_project()).build();
    assert_diag(
        &b,
        "content/projects/crisis-line.cy.yaml",
        1,
        "translation-language",
        "this file is a translation into cy, but the site's languages are en-GB",
    );
    assert!(!b.has("translation-missing") && !b.has("bad-slug"), "{}", b.dump());
}

#[test]
fn languages_must_be_known_listed_once_and_start_with_the_site_language() {
    let site = |languages: &str| format!("{}languages: {languages}\n", dedent(SITE_YAML));
    let b = SiteTest::new().check_only().file("site.yaml", &site("[en-GB, cym]")).build();
    assert_diag(&b, "site.yaml", 11, "unknown-language", "\"cym\" is not a language wedid knows");
    let b = SiteTest::new().check_only().file("site.yaml", &site("[en-GB, cy, cy]")).build();
    assert_diag(&b, "site.yaml", 11, "duplicate-language", "cy is listed twice in languages");
    let b = SiteTest::new().check_only().file("site.yaml", &site("[cy, en-GB]")).build();
    let d = assert_diag(&b, "site.yaml", 11, "main-language", "languages starts with cy, but the site's language is en-GB");
    assert!(d.hint.as_deref().unwrap_or_default().contains("write `language: cy` too"));
}

#[test]
fn a_translation_that_does_not_parse_or_whose_original_does_not_is_reported_once() {
    let b = translated().check_only().file("content/projects/crisis-line.cy.yaml", "title: [unclosed\n").build();
    assert_eq!(b.errors().len(), 1, "only the translation's own error: {}", b.dump());
    assert!(!b.has("translation-missing") && !b.has("translation-differs"), "{}", b.dump());
    let b = translated().check_only().file("content/projects/crisis-line.yaml", "title: [unclosed\n").build();
    assert_eq!(b.errors().len(), 1, "only the original's own error: {}", b.dump());
}

#[test]
fn many_missing_translations_are_one_warning_per_language() {
    let b = bilingual().build();
    b.assert_ok();
    let d = assert_diag(
        &b,
        "site.yaml",
        11,
        "translation-missing",
        "4 records have no Welsh (cy) translation yet: content/strategy/together.yaml, content/projects/crisis-line.yaml, content/stories/crisis-cafe.md and 1 more",
    );
    assert!(d.hint.as_deref().unwrap_or_default().contains("such as content/strategy/together.cy.yaml"), "{:?}", d.hint);
    assert_eq!(b.warnings().len(), 1, "{}", b.dump());
}

#[test]
fn a_translation_keeps_its_originals_service_name_which_makes_the_service_pages_address() {
    let renamed = welsh_project().replace("service: Crisis and home treatment", "service: Argyfwng a thriniaeth gartref");
    let b = translated().check_only().file("content/projects/crisis-line.cy.yaml", &renamed).build();
    assert_diag(
        &b,
        "content/projects/crisis-line.cy.yaml",
        3,
        "translation-differs",
        "at service: the original has Crisis and home treatment, the translation has Argyfwng a thriniaeth gartref",
    );
}
