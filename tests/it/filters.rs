//! The project list's filters combine (service × type × status × year × theme) in the filter
//! script, from the values the build writes on each card. Here the counts the script would
//! show for a combined choice, worked out from the built HTML, are checked against the same
//! counts worked out from the open data JSON.

use crate::common::*;
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};

const FACETS: [&str; 5] = ["service", "type", "status", "year", "theme"];

/// A project's values in each facet (a set, as a project may have several themes).
type Values = BTreeMap<&'static str, BTreeSet<String>>;

/// A choice of options: "or" within a facet, "and" across facets, as the script does.
type Choice<'a> = &'a [(&'static str, &'a str)];

/// The same rule as themes/default/static/filter.js: does a project match every chosen facet
/// but `except`?
fn matches(p: &Values, choice: Choice, except: &str) -> bool {
    FACETS.iter().filter(|&&f| f != except).all(|f| {
        let chosen: Vec<&str> = choice.iter().filter(|(c, _)| c == f).map(|(_, v)| *v).collect();
        chosen.is_empty() || chosen.iter().any(|v| p[f].contains(*v))
    })
}

/// Each option's count for a choice: projects that match the other facets and that option.
fn counts(projects: &BTreeMap<String, Values>, choice: Choice) -> BTreeMap<(&'static str, String), usize> {
    let mut out = BTreeMap::new();
    for f in FACETS {
        for value in projects.values().flat_map(|p| p[f].iter()) {
            let n = projects.values().filter(|p| matches(p, choice, f) && p[f].contains(value)).count();
            out.insert((f, value.clone()), n);
        }
    }
    out
}

/// The projects as the list page's cards describe them, by their address.
fn from_cards(html: &str) -> BTreeMap<String, Values> {
    let card = Regex::new(
        r#"<li class="card card--project[^"]*" data-service="([^"]*)" data-type="([^"]*)" data-status="([^"]*)" data-year="([^"]*)" data-theme="([^"]*)">\s*<h3 class="card__title"><a href="[^"]*/you-said-we-did/([^"]+)""#,
    )
    .expect("regex");
    card.captures_iter(html)
        .map(|c| {
            let values = FACETS.iter().enumerate().map(|(i, &f)| (f, c[i + 1].split_whitespace().map(str::to_string).collect())).collect();
            (c[6].to_string(), values)
        })
        .collect()
}

/// A slug as the site makes them, for the plain ASCII names of the example.
fn slug(name: &str) -> String {
    let kept: String =
        name.chars().filter(|&c| c != '\'').map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    kept.split('-').filter(|s| !s.is_empty()).collect::<Vec<_>>().join("-")
}

/// The projects as the open data describes them: one row per action, gathered by project.
fn from_open_data(json: &serde_json::Value) -> BTreeMap<String, Values> {
    let mut out: BTreeMap<String, Values> = BTreeMap::new();
    for row in json["rows"].as_array().expect("rows") {
        let text = |k: &str| row[k].as_str().unwrap_or_default().to_string();
        let url = text("project_url");
        let key = url.split("/you-said-we-did/").nth(1).expect("a project address").to_string();
        let p = out.entry(key).or_insert_with(|| FACETS.iter().map(|&f| (f, BTreeSet::new())).collect());
        p.get_mut("service").expect("facet").insert(slug(&text("service")));
        p.get_mut("type").expect("facet").insert(text("involvement_type"));
        p.get_mut("status").expect("facet").insert(text("project_status"));
        p.get_mut("year").expect("facet").insert(text("started")[..4].to_string());
        if !text("theme").is_empty() {
            p.get_mut("theme").expect("facet").insert(slug(&text("theme")));
        }
    }
    out
}

#[test]
fn counts_for_a_combined_choice_from_the_cards_match_the_open_data() {
    let b = SiteTest::empty().copy_from_repo("site.yaml").copy_from_repo("content").build();
    b.assert_ok();
    let html = b.read("you-said-we-did/index.html");
    assert!(html.contains("data-filterable data-complete"), "the example's list fits on one page, so the script combines in place");
    let cards = from_cards(&html);
    let data = from_open_data(&b.open_data());
    assert_eq!(cards.len(), data.len(), "a card for every project in the open data");

    // No choice: the counts the page shows without the script are the graph's.
    for ((facet, value), n) in counts(&data, &[]) {
        let option = format!(r#"<li data-value="{value}" data-label="[^"]*">(<a href="[^"]*">)?[^<]*<span class="filters__count">\({n}<"#);
        let shown = Regex::new(&option).expect("regex");
        assert!(shown.is_match(&html), "{facet} {value} shows ({n})");
    }

    // Two facets chosen (the example's busiest service, and in progress); then a third (a theme).
    let busiest = data
        .values()
        .map(|p| p["service"].iter().next().expect("a service").clone())
        .max_by_key(|s| data.values().filter(|p| p["service"].contains(s)).count());
    let busiest = busiest.expect("projects");
    let two: Vec<(&str, &str)> = vec![("service", &busiest), ("status", "in-progress")];
    let mut three = two.clone();
    three.push(("theme", "access"));
    for choice in [&two[..], &three[..]] {
        let from_html = counts(&cards, choice);
        assert_eq!(from_html, counts(&data, choice), "counts for {choice:?}");
        assert_ne!(from_html, counts(&cards, &[]), "{choice:?} changes some counts");
        let shown = cards.values().filter(|p| matches(p, choice, "")).count();
        assert!(shown > 0 && shown < cards.len(), "{choice:?} shows {shown} of {}", cards.len());
    }
}

#[test]
fn a_theme_spelt_two_ways_is_one_filter_option_shown_only_with_the_script() {
    let two_ways = project_for("Crisis", "2024-03-01")
        .replace("  - said: Something we heard.\n", "  - said: Something we heard.\n    theme: access\n");
    let b = SiteTest::new().file("content/projects/second.yaml", &two_ways).build();
    b.assert_clean();
    let html = b.read("you-said-we-did/index.html");
    assert!(html.contains(r#"<div class="filters__group" data-facet="theme" hidden>"#), "{html}");
    let access = Regex::new(r#"<li data-value="access" data-label="Access">Access <span class="filters__count">\(2<"#).expect("regex");
    assert!(access.is_match(&html), "one option, two projects, and no link: a theme has no page of its own");
}
