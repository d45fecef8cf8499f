//! Words for a generated link that name where it goes ("Read the story: Designing the crisis
//! café together"), never "Read more": a screen reader's list of links reads each link alone,
//! and wedid warns authors against vague link text, so it must not write any itself.

use crate::graph::links::{self, Link};
use crate::graph::{urls, SiteGraph};
use crate::words::{Arg, Words};
use std::collections::HashMap;

/// What a page of the site is called in link text, by its URL (`stories/cafe/`): the pages an
/// editor's link can name by title. Made once per build, when the first such link is met.
pub struct Titles(HashMap<String, String>);

impl Titles {
    pub fn new(g: &SiteGraph, words: &Words) -> Self {
        let named = |id: &str, title: &str| words.with(id, &[("title", Arg::Text(title))]);
        let mut by_url = HashMap::new();
        for s in &g.stories {
            by_url.insert(urls::story(&s.doc.slug), named("link_story", &s.doc.data.title));
        }
        for p in &g.projects {
            by_url.insert(urls::project(&p.doc.slug), named("link_project", &p.doc.data.title));
        }
        for s in &g.strategies {
            by_url.insert(urls::strategy(&s.doc.slug), named("link_strategy", &s.doc.data.title));
            for a in &s.doc.data.ambitions {
                by_url.insert(urls::ambition(&s.doc.slug, &a.id), named("link_ambition", &a.title));
            }
        }
        for s in &g.services {
            by_url.insert(urls::service(&s.slug), named("link_service", &s.name));
        }
        for p in &g.pages {
            by_url.insert(urls::page(&p.slug), named("link_page", &p.data.title));
        }
        Titles(by_url)
    }

    /// Link text for an editor's link `target` (already checked by the graph): the title of
    /// the page it opens, else the address itself, said as what the reader will do with it.
    pub fn label(&self, g: &SiteGraph, words: &Words, target: &str) -> String {
        let target = target.trim();
        match links::check(target, &g.urls) {
            Ok(Link::Internal { path, .. }) => {
                self.0.get(&path).cloned().unwrap_or_else(|| go_to(words, &format!("{}{path}", g.base.path)))
            }
            _ => external(words, target),
        }
    }
}

/// "Go to" an address that names nothing better.
fn go_to(words: &Words, address: &str) -> String {
    words.with("link_go_to", &[("address", Arg::Text(address))])
}

/// `mailto:` and `tel:` say what they do; a web address names its website.
fn external(words: &Words, target: &str) -> String {
    let lower = target.to_ascii_lowercase();
    if lower.starts_with("mailto:") {
        return words.with("link_email", &[("address", Arg::Text(target.get(7..).unwrap_or_default()))]);
    }
    if lower.starts_with("tel:") {
        return words.with("link_call", &[("number", Arg::Text(target.get(4..).unwrap_or_default()))]);
    }
    match lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")) {
        Some(rest) => {
            let website = rest.split(['/', '?', '#']).next().unwrap_or(rest).trim_start_matches("www.");
            words.with("link_visit", &[("website", Arg::Text(website))])
        }
        None => go_to(words, target),
    }
}

#[cfg(test)]
mod tests {
    use super::external;

    #[test]
    fn an_address_away_from_the_site_is_named_by_what_it_opens() {
        let words = crate::theme::built_in_words(crate::words::REFERENCE).expect("the English catalogue is built in");
        assert_eq!(external(&words, "https://www.example.nhs.uk/crisis/?a=1"), "Visit example.nhs.uk");
        assert_eq!(external(&words, "mailto:team@example.nhs.uk"), "Email team@example.nhs.uk");
        assert_eq!(external(&words, "tel:01632960418"), "Call 01632960418");
        assert_eq!(external(&words, "../leaflet.pdf"), "Go to ../leaflet.pdf");
    }
}
