//! The search bundle: what it holds (actions, reasons, outcomes, stories, pages), where its
//! files are, and that only the search page loads the engine.

use crate::common::*;
use std::io::Read;

/// The documents of the bundle, as Pagefind stores them: one gzipped fragment each, its JSON
/// after a signature.
fn documents(b: &Built) -> Vec<serde_json::Value> {
    tree(&b.out)
        .into_iter()
        .filter(|(path, _)| path.starts_with("search/fragment/"))
        .map(|(path, bytes)| {
            let mut text = String::new();
            flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut text).unwrap_or_else(|e| panic!("{path} is gzip: {e}"));
            let json = text.strip_prefix("pagefind_dcd").unwrap_or_else(|| panic!("{path} is a fragment"));
            serde_json::from_str(json).unwrap_or_else(|e| panic!("{path} is JSON: {e}"))
        })
        .collect()
}

fn content_of<'a>(docs: &'a [serde_json::Value], url: &str) -> &'a str {
    let doc = docs.iter().find(|d| d["url"] == url).unwrap_or_else(|| panic!("no document for {url}: {docs:#?}"));
    doc["content"].as_str().unwrap_or_default()
}

#[test]
fn the_index_holds_what_was_done_and_why_not_as_well_as_what_was_said() {
    let b = SiteTest::new().build();
    b.assert_clean();
    for file in ["search/pagefind.js", "search/pagefind-entry.json", "search/wasm.en.pagefind"] {
        assert!(b.exists(file), "{file}");
    }
    let docs = documents(&b);
    assert_eq!(docs.len(), 3, "one project, one story, one page");
    let project = content_of(&docs, "/you-said-we-did/crisis-line/");
    for words in [
        "It was hard to get through at night.",
        "We added two call handlers between 8pm and 2am.",
        "We could not fund trained staff to read messages all night.",
        "Crisis and home treatment",
    ] {
        assert!(project.contains(words), "{words:?} in {project:?}");
    }
    assert!(content_of(&docs, "/stories/crisis-cafe/").contains("The café came from a listening session."));
    assert!(content_of(&docs, "/get-involved/").contains("Come to a listening session."));
}

#[test]
fn each_thing_people_said_is_a_part_of_its_project_with_the_anchor_of_its_item() {
    let b = SiteTest::new().build();
    let docs = documents(&b);
    let project = docs.iter().find(|d| d["url"] == "/you-said-we-did/crisis-line/").expect("the project");
    let anchors: Vec<(&str, &str)> =
        project["anchors"].as_array().expect("anchors").iter().filter_map(|a| Some((a["id"].as_str()?, a["text"].as_str()?))).collect();
    assert_eq!(
        anchors,
        [
            ("item-1", "It was hard to get through at night."),
            ("item-2", "Please let us send text messages."),
            ("item-3", "Carers want to be able to call too.")
        ]
    );
}

#[test]
fn results_link_under_a_sub_path() {
    let site = dedent(SITE_YAML).replace("https://involvement.example.nhs.uk/", "https://x.example/involvement/");
    let b = SiteTest::new().file("site.yaml", &site).build();
    let docs = documents(&b);
    assert!(docs.iter().any(|d| d["url"] == "/involvement/stories/crisis-cafe/"), "{docs:#?}");
}

#[test]
fn only_the_search_page_loads_the_engine() {
    let b = SiteTest::new().build();
    for (path, html) in html_pages(&b).into_iter().filter(|(path, _)| path != "search/index.html") {
        assert!(!html.contains("pagefind") && !html.contains("search.js"), "{path} loads the search engine");
    }
    assert!(b.read("search/index.html").contains("search.js"), "the search page loads its script");
    assert!(b.read("search/index.html").contains("data-index=\"/search/pagefind.js\""));
}
