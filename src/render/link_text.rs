//! Words for a generated link that name where it goes ("Read the story: Designing the crisis
//! café together"), never "Read more": a screen reader's list of links reads each link alone,
//! and wedid warns authors against vague link text, so it must not write any itself.

use crate::graph::links::{self, Link};
use crate::graph::{urls, SiteGraph};
use std::collections::HashMap;

/// What a page of the site is called in link text, by its URL (`stories/cafe/`): the pages an
/// editor's link can name by title. Made once per build, when the first such link is met.
pub struct Titles(HashMap<String, String>);

impl Titles {
    pub fn new(g: &SiteGraph) -> Self {
        let mut by_url = HashMap::new();
        for s in &g.stories {
            by_url.insert(urls::story(&s.doc.slug), format!("Read the story: {}", s.doc.data.title));
        }
        for p in &g.projects {
            by_url.insert(urls::project(&p.doc.slug), format!("See the project: {}", p.doc.data.title));
        }
        for s in &g.strategies {
            by_url.insert(urls::strategy(&s.doc.slug), format!("Read the strategy: {}", s.doc.data.title));
            for a in &s.doc.data.ambitions {
                by_url.insert(urls::ambition(&s.doc.slug, &a.id), format!("See the ambition: {}", a.title));
            }
        }
        for s in &g.services {
            by_url.insert(urls::service(&s.slug), format!("See everything for {}", s.name));
        }
        for p in &g.pages {
            by_url.insert(urls::page(&p.slug), format!("Read {}", p.data.title));
        }
        Titles(by_url)
    }

    /// Link text for an editor's link `target` (already checked by the graph): the title of
    /// the page it opens, else the address itself, said as what the reader will do with it.
    pub fn label(&self, g: &SiteGraph, target: &str) -> String {
        let target = target.trim();
        match links::check(target, &g.urls) {
            Ok(Link::Internal { path, .. }) => self.0.get(&path).cloned().unwrap_or_else(|| format!("Go to {}{path}", g.base.path)),
            _ => external(target),
        }
    }
}

/// `mailto:` and `tel:` say what they do; a web address names its website.
fn external(target: &str) -> String {
    let lower = target.to_ascii_lowercase();
    if lower.starts_with("mailto:") {
        return format!("Email {}", target.get(7..).unwrap_or_default());
    }
    if lower.starts_with("tel:") {
        return format!("Call {}", target.get(4..).unwrap_or_default());
    }
    match lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")) {
        Some(rest) => format!("Visit {}", rest.split(['/', '?', '#']).next().unwrap_or(rest).trim_start_matches("www.")),
        None => format!("Go to {target}"),
    }
}

#[cfg(test)]
mod tests {
    use super::external;

    #[test]
    fn an_address_away_from_the_site_is_named_by_what_it_opens() {
        assert_eq!(external("https://www.example.nhs.uk/crisis/?a=1"), "Visit example.nhs.uk");
        assert_eq!(external("mailto:team@example.nhs.uk"), "Email team@example.nhs.uk");
        assert_eq!(external("tel:01632960418"), "Call 01632960418");
        assert_eq!(external("../leaflet.pdf"), "Go to ../leaflet.pdf");
    }
}
