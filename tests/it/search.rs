//! The search bundle: what it holds (actions, reasons, outcomes, stories, pages), where its
//! files are, and that only the search page loads its script.

use crate::common::*;
use serde_json::Value;

fn json(b: &Built, path: &str) -> Value {
    serde_json::from_str(&b.read(path)).unwrap_or_else(|e| panic!("{path} is JSON: {e}"))
}

/// The build's folder of chunks and documents, from `search/index.json`.
fn build_folder(b: &Built) -> String {
    let index = json(b, "search/index.json");
    assert_eq!(index["format"], 1);
    format!("search/{}/", index["build"].as_str().expect("the build's folder"))
}

/// Every document, in order, as the search page's script reads them.
fn documents(b: &Built) -> Vec<Value> {
    let folder = build_folder(b);
    let index = json(b, "search/index.json");
    let (count, shard) = (index["documents"].as_u64().unwrap_or(0), index["shard"].as_u64().unwrap_or(1));
    let files = count.div_ceil(shard);
    (0..files).flat_map(|n| json(b, &format!("{folder}d/{n}.json")).as_array().cloned().unwrap_or_default()).collect()
}

/// The addresses of the documents that hold `word`, with the parts that hold it
/// (0 title, 1 text, 2 and on the sections).
fn found(b: &Built, word: &str) -> Vec<(String, u64)> {
    let folder = build_folder(b);
    let docs = documents(b);
    let chunks = json(b, "search/index.json")["chunks"].as_array().cloned().unwrap_or_default();
    let mut out = Vec::new();
    for n in 0..chunks.len() {
        if let Some(list) = json(b, &format!("{folder}w/{n}.json")).get(word).and_then(Value::as_array) {
            let mut doc = 0;
            for pair in list.chunks(2) {
                doc += pair[0].as_u64().unwrap_or(0) as usize;
                out.push((docs[doc]["href"].as_str().unwrap_or_default().to_string(), pair[1].as_u64().unwrap_or(0)));
            }
        }
    }
    out
}

fn hrefs(found: &[(String, u64)]) -> Vec<&str> {
    let mut h: Vec<&str> = found.iter().map(|(href, _)| href.as_str()).collect();
    h.dedup();
    h
}

#[test]
fn the_index_holds_what_was_done_and_why_not_as_well_as_what_was_said() {
    let b = SiteTest::new().build();
    b.assert_clean();
    assert_eq!(documents(&b).len(), 3, "one project, one story, one page");
    let project = "/you-said-we-did/crisis-line/";
    // What was said (item 1 is part 2), what was done about it, why not, and the service.
    assert_eq!(found(&b, "hard"), [(project.to_string(), 2)]);
    assert!(hrefs(&found(&b, "handlers")) == [project], "an action's words");
    assert!(hrefs(&found(&b, "fund")) == [project], "a reason's words");
    assert!(found(&b, "treatment").iter().any(|(h, part)| h == project && *part == 1), "the service's name, in its text");
    assert!(hrefs(&found(&b, "cafe")).contains(&"/stories/crisis-cafe/"), "a story's text, its accent folded");
    assert!(hrefs(&found(&b, "listening")).contains(&"/get-involved/"), "a page's text");
}

#[test]
fn each_thing_people_said_is_a_section_of_its_project_with_the_anchor_of_its_item() {
    let b = SiteTest::new().build();
    let docs = documents(&b);
    let project = docs.iter().find(|d| d["href"] == "/you-said-we-did/crisis-line/").expect("the project");
    let sections: Vec<(&str, &str)> =
        project["sections"].as_array().expect("sections").iter().filter_map(|s| Some((s[0].as_str()?, s[1].as_str()?))).collect();
    assert_eq!(
        sections,
        [
            ("item-1", "It was hard to get through at night."),
            ("item-2", "Please let us send text messages."),
            ("item-3", "Carers want to be able to call too.")
        ]
    );
    assert_eq!(project["kind"], "Project");
    assert!(project["sections"][0][2].as_str().unwrap_or_default().contains("We added two call handlers between 8pm and 2am."));
}

#[test]
fn results_link_under_a_sub_path() {
    let site = dedent(SITE_YAML).replace("https://involvement.example.nhs.uk/", "https://x.example/involvement/");
    let b = SiteTest::new().file("site.yaml", &site).build();
    let docs = documents(&b);
    assert!(docs.iter().any(|d| d["href"] == "/involvement/stories/crisis-cafe/"), "{docs:#?}");
}

#[test]
fn only_the_search_page_loads_the_index() {
    let b = SiteTest::new().build();
    for (path, html) in html_pages(&b).into_iter().filter(|(path, _)| path != "search/index.html") {
        assert!(!html.contains("index.json") && !html.contains("search.js"), "{path} loads the search index");
    }
    assert!(b.read("search/index.html").contains("search.js"), "the search page loads its script");
    assert!(b.read("search/index.html").contains("data-index=\"/search/index.json\""));
}

#[test]
fn a_new_build_of_changed_content_writes_a_new_folder_and_drops_the_old() {
    let site = SiteTest::new();
    let first = site.build();
    let old = build_folder(&first);
    site.write("content/pages/get-involved.md", &PAGE.replace("listening session", "workshop"));
    let second = site.build();
    let new = build_folder(&second);
    assert_ne!(old, new);
    assert!(!second.exists(&format!("{old}w/0.json")), "the last build's chunks are gone");
    assert!(hrefs(&found(&second, "workshop")).contains(&"/get-involved/"));
}
