//! Every page's URL, allocated once. URLs are paths relative to the site root, always ending
//! in `/` (served as `<path>/index.html`) or naming a file; `render` joins them to the
//! base path. Two sources claiming one URL is an error naming both files.

use crate::diagnostics::{Diagnostic, Diagnostics, Location};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

pub const HOME: &str = "";
pub const PROJECTS: &str = "you-said-we-did/";
pub const STORIES: &str = "stories/";
pub const STRATEGIES: &str = "strategy/";
pub const INVOLVEMENT: &str = "involvement/";
pub const SERVICES: &str = "services/";
pub const POSTERS: &str = "posters/";
pub const SEARCH: &str = "search/";
pub const DATA: &str = "data/";
pub const REPORTS: &str = "reports/";
pub const CSV: &str = "data/you-said-we-did.csv";
pub const JSON: &str = "data/you-said-we-did.json";
/// The search index's entry; the rest of its bundle (word chunks, documents) sits beside it.
pub const SEARCH_INDEX: &str = "search/index.json";
pub const FEED: &str = "feed.xml";
pub const SITEMAP: &str = "sitemap.xml";
pub const ROBOTS: &str = "robots.txt";
pub const NOT_FOUND: &str = "404.html";
pub const ASSETS: &str = "assets/";
pub const MEDIA: &str = "media/";
pub const EASY_READ: &str = "easy-read/";
/// Summaries for other websites to copy: the page, and the trust-wide picture beside it.
pub const EMBED: &str = "embed/";
pub const EMBED_SUMMARY: &str = "embed/summary.svg";

/// First path segments that belong to wedid: a free page may not take them.
pub const RESERVED_TOP: [&str; 17] = [
    "easy-read",
    "embed",
    "you-said-we-did",
    "reports",
    "stories",
    "strategy",
    "involvement",
    "services",
    "posters",
    "search",
    "data",
    "assets",
    "media",
    "feed.xml",
    "sitemap.xml",
    "robots.txt",
    "404.html",
];

/// Second segments under `/you-said-we-did/` used by filter and pagination pages.
pub const RESERVED_PROJECT: [&str; 5] = ["service", "type", "status", "year", "page"];

pub fn project(slug: &str) -> String {
    format!("{PROJECTS}{slug}/")
}
/// A project's Easy Read version, beside its page.
pub fn easy_read(slug: &str) -> String {
    format!("{PROJECTS}{slug}/{EASY_READ}")
}
pub fn story(slug: &str) -> String {
    format!("{STORIES}{slug}/")
}
pub fn strategy(slug: &str) -> String {
    format!("{STRATEGIES}{slug}/")
}
pub fn ambition(strategy_slug: &str, id: &str) -> String {
    format!("{STRATEGIES}{strategy_slug}/{id}/")
}
pub fn involvement_type(id: &str) -> String {
    format!("{INVOLVEMENT}{id}/")
}
pub fn service(slug: &str) -> String {
    format!("{SERVICES}{slug}/")
}
/// A project's Atom feed of changes, beside its page.
pub fn project_feed(slug: &str) -> String {
    format!("{}{FEED}", project(slug))
}
/// A service's Atom feed of its projects' changes, beside its page.
pub fn service_feed(slug: &str) -> String {
    format!("{}{FEED}", service(slug))
}
/// The report of one financial year, `reports/2025-26/`.
pub fn report(year_slug: &str) -> String {
    format!("{REPORTS}{year_slug}/")
}
/// A service's summary picture for other websites, `embed/services/crisis.svg`.
pub fn embed_service(slug: &str) -> String {
    format!("{EMBED}{SERVICES}{slug}.svg")
}
pub fn poster(slug: &str) -> String {
    format!("{POSTERS}{slug}/")
}
/// A project's A4 poster, beside its page (under the project, so no project slug can take a
/// service's poster address).
pub fn project_poster(slug: &str) -> String {
    format!("{}poster/", project(slug))
}
pub fn page(slug: &str) -> String {
    format!("{slug}/")
}
pub fn media(path_under_media: &str) -> String {
    format!("{MEDIA}{path_under_media}")
}
/// A filter page of the project list, e.g. `you-said-we-did/service/crisis/`.
pub fn project_filter(facet: &str, value: &str) -> String {
    format!("{PROJECTS}{facet}/{value}/")
}
/// Page `n` (from 1) of a paginated list at `first`. Later pages cannot collide with a
/// record's address: see `routes::allocate`.
pub fn paginated(first: &str, n: usize) -> String {
    if n <= 1 {
        first.to_string()
    } else {
        format!("{first}page/{n}/")
    }
}

/// Every address the site publishes. It is only ever asked whether it holds one (each link
/// of every page, tens of thousands at 10k projects), never walked in order: a hash set
/// answers with one hash where an ordered set compared a dozen long shared prefixes.
pub type Addresses = HashSet<String>;

/// Who claimed a URL first, to name both files on a collision.
#[derive(Debug, Default)]
pub struct UrlClaims {
    claims: HashMap<String, (PathBuf, Location)>,
}

impl UrlClaims {
    pub fn with_capacity(claims: usize) -> UrlClaims {
        UrlClaims { claims: HashMap::with_capacity(claims) }
    }

    /// Claims `url` for `file`; false (and an error) when another file had it first.
    pub fn claim(&mut self, url: String, file: &Path, at: Location, diagnostics: &mut Diagnostics) -> bool {
        if let Some((first, _)) = self.claims.get(&url) {
            diagnostics.push(
                Diagnostic::error(
                    "url-collision",
                    file,
                    format!("this would be published at /{url}, which {} already uses", first.display()),
                )
                .at(at)
                .hint("rename one of the two files so each has its own address"),
            );
            false
        } else {
            self.claims.insert(url, (file.to_path_buf(), at));
            true
        }
    }

    pub fn contains(&self, url: &str) -> bool {
        self.claims.contains_key(url)
    }

    pub fn into_urls(self) -> Addresses {
        self.claims.into_keys().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_claim_names_the_first() {
        let mut claims = UrlClaims::default();
        let mut diagnostics = Diagnostics::new();
        claims.claim(strategy("together"), Path::new("content/strategy/together.yaml"), Location::START, &mut diagnostics);
        claims.claim(strategy("together"), Path::new("content/strategy/other.yaml"), Location::new(3, 1), &mut diagnostics);
        let found = diagnostics.into_sorted();
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].code, found[0].file.as_path(), found[0].location.line),
            ("url-collision", Path::new("content/strategy/other.yaml"), 3)
        );
        assert!(
            found[0].message.contains("/strategy/together/, which content/strategy/together.yaml already uses"),
            "{}",
            found[0].message
        );
    }
}
