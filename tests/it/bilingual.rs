//! Bilingual sites (content-model.md, "Languages and accessible formats"; site.md, `/<code>/…`):
//! the first language at the root and each further one under `/<code>/`, every page linking to
//! its other versions, built from examples/bilingual under a sub-path.

use crate::common::*;
use std::collections::BTreeMap;
use std::path::Path;

const BASE: &str = "http://127.0.0.1/involvement/";

fn bilingual_example() -> Built {
    let site = SiteTest::empty().base_url(BASE);
    copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/bilingual"), site.root());
    site.build()
}

/// The HTML pages at the root (the English version), as (file, URL relative to the base).
fn english_pages(files: &BTreeMap<String, Vec<u8>>) -> Vec<(String, String)> {
    files
        .keys()
        .filter(|k| k.ends_with(".html") && !k.starts_with("cy/"))
        .map(|k| (k.clone(), k.strip_suffix("index.html").unwrap_or(k).to_string()))
        .collect()
}

#[test]
fn the_bilingual_example_builds_with_the_one_missing_translation_it_leaves_on_purpose() {
    let b = bilingual_example();
    assert!(b.written, "{}", b.dump());
    let warnings: Vec<(&str, String)> = b.diagnostics.iter().map(|d| (d.code, d.file.display().to_string())).collect();
    assert_eq!(warnings, [("translation-missing", "content/projects/physiotherapy-waiting-list.yaml".to_string())], "{}", b.dump());
}

#[test]
fn every_page_has_a_welsh_version_under_cy_linked_both_ways() {
    let b = bilingual_example();
    let files = tree(&b.out);
    let pages = english_pages(&files);
    assert!(pages.len() > 20, "{} pages", pages.len());
    for (file, url) in &pages {
        let welsh = format!("cy/{file}");
        assert!(files.contains_key(&welsh), "no Welsh version of {file}");
        let (en, cy) = (b.read(file), b.read(&welsh));
        assert!(en.starts_with("<!doctype html>\n<html lang=\"en-GB\">"), "{file}");
        assert!(cy.starts_with("<!doctype html>\n<html lang=\"cy\">"), "{welsh}");
        for page in [&en, &cy] {
            for (code, href) in
                [("en-GB", format!("{BASE}{url}")), ("cy", format!("{BASE}cy/{url}")), ("x-default", format!("{BASE}{url}"))]
            {
                let link = format!("<link rel=\"alternate\" hreflang=\"{code}\" href=\"{href}\">");
                assert!(page.contains(&link), "{file}: no {link}");
            }
        }
        // The switch goes to the same page in the other language, named in that language.
        let to_welsh = format!("<a href=\"/involvement/cy/{url}\" lang=\"cy\" hreflang=\"cy\">Cymraeg</a>");
        let to_english = format!("<a href=\"/involvement/{url}\" lang=\"en-GB\" hreflang=\"en-GB\">English</a>");
        assert!(en.contains(&to_welsh), "{file}: no {to_welsh}");
        assert!(cy.contains(&to_english), "{welsh}: no {to_english}");
    }
    // The Welsh version is only pages, feeds, data and its search: the assets are shared.
    assert!(!files.keys().any(|k| k.starts_with("cy/assets/") || k.starts_with("cy/media/")));
    let home = b.read("cy/index.html");
    assert!(home.contains("href=\"/involvement/assets/style.css\""), "the Welsh pages use the shared stylesheet");
    assert!(files.contains_key("assets/style.css"));
}

#[test]
fn records_are_shown_in_their_translation_or_say_they_are_not_translated_yet() {
    let b = bilingual_example();
    let parking = b.read("cy/you-said-we-did/hospital-parking/index.html");
    assert!(parking.contains("Parcio yn yr ysbyty i ofalwyr"));
    assert!(!parking.contains("class=\"not-translated\""));
    assert!(!b.read("you-said-we-did/hospital-parking/index.html").contains("Parcio"));
    assert!(b.read("cy/stories/free-parking-permits/index.html").contains("Trwydded barcio"));
    assert!(b.read("cy/get-involved/index.html").contains("Cymryd rhan"));

    let physio = b.read("cy/you-said-we-did/physiotherapy-waiting-list/index.html");
    assert!(
        physio.contains(
            "<p class=\"not-translated\"><strong class=\"unpublished\">Nid yw&#39;r dudalen hon wedi&#39;i chyfieithu i&#39;r Gymraeg eto"
        ),
        "{physio}"
    );
    assert!(physio.contains("<h1 lang=\"en-GB\">Waiting for physiotherapy</h1>"), "the English text is marked as English");
    assert!(!b.read("you-said-we-did/physiotherapy-waiting-list/index.html").contains("not-translated"));
    let card = "<h3 class=\"card__title\" lang=\"en-GB\"><a href=\"/involvement/cy/you-said-we-did/physiotherapy-waiting-list/\">";
    assert!(b.read("cy/you-said-we-did/index.html").contains(card), "its card on the Welsh list is marked as English too");
}

#[test]
fn each_language_has_its_feed_open_data_and_search_with_the_same_figures() {
    let b = bilingual_example();
    for file in ["feed.xml", "data/you-said-we-did.json", "data/you-said-we-did.csv", "search/index.json", "404.html"] {
        assert!(b.exists(file) && b.exists(&format!("cy/{file}")), "{file} in both languages");
    }
    assert!(b.read("cy/feed.xml").contains(&format!("{BASE}cy/you-said-we-did/hospital-parking/")));
    assert!(b.read("cy/search/index.html").contains("data-index=\"/involvement/cy/search/index.json\""));
    let json = |file: &str| -> serde_json::Value { serde_json::from_str(&b.read(file)).expect("JSON") };
    let (en, cy) = (json("data/you-said-we-did.json"), json("cy/data/you-said-we-did.json"));
    // What the figures are counted from: each row's states, dates and counts, in order.
    let figures = |j: &serde_json::Value| -> Vec<String> {
        let facts =
            ["service", "involvement_type", "project_status", "started", "ended", "item_state", "status", "date", "said_on", "overdue"];
        j["rows"].as_array().expect("rows").iter().flat_map(|r| facts.map(|f| r[f].to_string())).collect()
    };
    assert_eq!(en["rows"].as_array().map(Vec::len), Some(8));
    assert_eq!(figures(&en), figures(&cy), "the same figures in every language");
    assert!(cy.to_string().contains("Mae parcio'n costio gormod"), "the Welsh data has the Welsh words");
}

#[test]
fn the_sitemap_lists_every_language_with_its_alternates() {
    let b = bilingual_example();
    let sitemap = b.read("sitemap.xml");
    assert!(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
    let entry = format!(
        "  <url>\n    <loc>{BASE}cy/stories/</loc>\n    <xhtml:link rel=\"alternate\" hreflang=\"en-GB\" href=\"{BASE}stories/\"/>\n    <xhtml:link rel=\"alternate\" hreflang=\"cy\" href=\"{BASE}cy/stories/\"/>\n    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{BASE}stories/\"/>\n  </url>\n"
    );
    assert!(sitemap.contains(&entry), "{sitemap}");
    assert!(!b.exists("cy/sitemap.xml") && !b.exists("cy/robots.txt"), "one sitemap and robots.txt, at the root");
}
