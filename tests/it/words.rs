//! The interface words: catalogues per language, a theme's overrides and added languages, and
//! the errors of a language without words or a catalogue short of a message.

use crate::common::*;

fn site_in(language: &str) -> String {
    dedent(SITE_YAML) + &format!("language: {language}\ntheme: ours\n")
}

#[test]
fn a_language_with_no_catalogue_is_an_error_naming_it() {
    let site = dedent(SITE_YAML) + "language: fr\n";
    let b = SiteTest::new().file("site.yaml", &site).build();
    let line = site.lines().position(|l| l.starts_with("language:")).expect("the line") as u32 + 1;
    let d = assert_diag(&b, "site.yaml", line, "words-language", "\"fr\"");
    assert!(d.hint.as_deref().unwrap_or_default().contains("themes/default/words/fr.ftl"), "{d:?}");
    assert!(!b.exists("index.html"), "nothing is published in English under lang=\"fr\"");
}

#[test]
fn a_theme_may_add_a_language_and_each_missing_message_is_named() {
    let english = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/words/en-GB.ftl")).expect("built-in");
    let french = english.replace("skip_link = Skip to main content", "skip_link = Aller au contenu");
    let b = SiteTest::new().file("site.yaml", &site_in("fr")).file("themes/ours/words/fr.ftl", &french).build();
    b.assert_ok();
    assert!(b.read("index.html").contains(">Aller au contenu</a>"), "the added language is used");

    let short = french.replace("nav_projects = You said, we did\n", "");
    let b = SiteTest::new().file("site.yaml", &site_in("fr")).file("themes/ours/words/fr.ftl", &short).build();
    let d = assert_diag(&b, "themes/ours/words/fr.ftl", 1, "words-missing", "\"nav_projects\"");
    assert!(d.hint.as_deref().unwrap_or_default().contains("You said, we did"), "the hint gives the English: {d:?}");
    assert_eq!(b.errors().len(), 1, "only the missing message is named: {}", b.dump());

    let b = SiteTest::new().file("site.yaml", &site_in("fr")).file("themes/ours/words/fr.ftl", "skip_link = Aller au contenu\n").build();
    let named = b.errors().iter().filter(|d| d.message.contains("has no message")).count();
    assert_eq!(named, 10, "ten are named one by one");
    assert!(b.errors().iter().any(|d| d.message.contains("more messages")), "the rest are counted: {}", b.dump());
}

#[test]
fn a_theme_overrides_one_message_and_keeps_the_rest() {
    let b = SiteTest::new()
        .file("site.yaml", &(dedent(SITE_YAML) + "theme: ours\n"))
        .file("themes/ours/words/en-GB.ftl", "nav_stories = News from the wards\n")
        .build();
    b.assert_ok();
    let home = b.read("index.html");
    assert!(home.contains(">News from the wards</a>"), "the theme's word is used");
    assert!(home.contains(">Skip to main content</a>"), "the built-in words stay");
}

#[test]
fn a_catalogue_with_a_syntax_error_is_located() {
    let b = SiteTest::new()
        .file("site.yaml", &(dedent(SITE_YAML) + "theme: ours\n"))
        .file("themes/ours/words/en-GB.ftl", "nav_stories = News\n\nthis is not a message\n")
        .build();
    assert_diag(&b, "themes/ours/words/en-GB.ftl", 3, "words-syntax", "syntax error");
}

#[test]
fn counted_words_take_the_plural_form_of_the_number() {
    let b = SiteTest::new().build();
    b.assert_ok();
    let list = b.read("you-said-we-did/index.html");
    assert!(list.contains(">Showing 1 project<"), "one project, singular");
}
