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

/// What a reader sees or hears of a page: its text and the attributes read aloud (`alt`,
/// `title`, `aria-label`), without scripts and styles, entities decoded, spaces collapsed.
fn visible_text(html: &str) -> String {
    let text = without(&without(html, "<script", "</script>"), "<style", "</style>");
    let mut out = String::new();
    for attr in [" alt=\"", " title=\"", " aria-label=\""] {
        for (i, _) in text.match_indices(attr) {
            let value = &text[i + attr.len()..];
            out.push_str(&value[..value.find('"').unwrap_or(0)]);
            out.push('\n');
        }
    }
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `html` without the elements from `open` to `close`.
fn without(html: &str, open: &str, close: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        rest = rest[start..].find(close).map_or("", |end| &rest[start + end + close.len()..]);
    }
    out.push_str(rest);
    out
}

/// Every phrase of two words or more of the English catalogue that the Welsh one does not
/// also have (such as "4Pi" or a file type).
fn english_phrases() -> Vec<String> {
    let read = |lang: &str| {
        std::fs::read_to_string(format!("{}/themes/default/words/{lang}.ftl", env!("CARGO_MANIFEST_DIR"))).expect("built-in catalogue")
    };
    let welsh = wedid::words::phrases(&read("cy"));
    let words = |p: &str| p.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    let mut english: Vec<String> = wedid::words::phrases(&read("en-GB"))
        .into_iter()
        .map(|p| p.trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace()).to_string())
        .filter(|p| words(p) >= 2 && !welsh.contains(p))
        .collect();
    english.sort();
    english.dedup();
    english
}

#[test]
fn a_welsh_site_shows_no_english_word_of_the_interface() {
    let site = std::fs::read_to_string(format!("{}/site.yaml", env!("CARGO_MANIFEST_DIR"))).expect("the example's site.yaml");
    // The example in Welsh only: its main language Welsh, without its Welsh translations.
    let welsh_site = site.replace("language: en-GB", "language: cy").replace("languages: [en-GB, cy]\n", "");
    assert_ne!(site, welsh_site, "the example names its language");
    let mut test = SiteTest::empty().file("site.yaml", &welsh_site).copy_from_repo("content");
    for translation in tree(&test.root().join("content")).into_keys().filter(|f| f.contains(".cy.")) {
        test = test.remove(&format!("content/{translation}"));
    }
    let b = test.build();
    b.assert_ok();
    // The records stay in English: a phrase that is also in them is theirs, not the interface's.
    let records: String =
        tree(&test.root().join("content")).into_values().map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).collect();
    let records = records.split_whitespace().collect::<Vec<_>>().join(" ") + &site;
    let english = english_phrases();
    assert!(english.len() > 250, "the English catalogue is read whole: {}", english.len());
    let pages = html_pages(&b);
    assert!(pages.len() > 50, "every page of the example: {}", pages.len());
    let mut left = Vec::new();
    for (path, html) in &pages {
        assert!(html.contains("<html lang=\"cy\""), "{path}");
        let text = visible_text(html);
        for phrase in english.iter().filter(|p| text.contains(p.as_str()) && !records.contains(p.as_str())) {
            left.push(format!("{path}: {phrase:?}"));
        }
    }
    assert!(left.is_empty(), "English interface words on the Welsh site:\n{}", left.join("\n"));
}
