//! The language versions of a bilingual site (`languages: [en-GB, cy]`). Each language has a
//! graph of its own, built from the content with that language's translations in place of
//! the originals; slugs come from the original files, so every version has the same routes
//! and the same figures, and a page's other versions are at the same URL under each
//! version's base. The first language is at the site's root, each further one under
//! `<code>/`; assets and media are shared by all, at the root.

use super::{urls, BaseUrl, RouteKind, SiteGraph};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Which version of the site a graph is, and where the others are. Empty for a site in one
/// language, whose pages then have no alternates and no switch.
#[derive(Debug, Default, Clone)]
pub struct Languages {
    /// Every version, the site's main language first.
    pub versions: Vec<Version>,
    /// This graph's position in `versions`.
    pub current: usize,
    /// Records shown as written because they have no translation into this language yet.
    pub untranslated: BTreeSet<PathBuf>,
}

/// One language version of the site.
#[derive(Debug, Clone)]
pub struct Version {
    /// The language tag: `cy`.
    pub code: String,
    /// The language's name in that language ("Cymraeg"), from its catalogue: the switch's words.
    pub name: String,
    pub base: BaseUrl,
}

impl Languages {
    /// The site's main language, the one records are written in.
    pub fn original(&self) -> Option<&Version> {
        self.versions.first()
    }

    /// Whether the record a route shows as its main content was left untranslated in this
    /// version.
    pub fn shows_untranslated(&self, graph: &SiteGraph, kind: RouteKind) -> bool {
        let file = match kind {
            RouteKind::Project(i) | RouteKind::EasyRead(i) | RouteKind::ProjectPoster(i) => &graph.projects[i].doc.file,
            RouteKind::Story(i) => &graph.stories[i].doc.file,
            RouteKind::Page(i) => &graph.pages[i].file,
            RouteKind::Strategy(i) | RouteKind::Ambition { strategy: i, .. } => &graph.strategies[i].doc.file,
            _ => return false,
        };
        self.untranslated.contains(file)
    }
}

impl BaseUrl {
    /// The base of the version of the site in `code`, under this one: `/sub/` → `/sub/cy/`.
    /// Shared files stay where they are.
    pub fn in_language(&self, code: &str) -> BaseUrl {
        BaseUrl { absolute: format!("{}{code}/", self.absolute), path: format!("{}{code}/", self.path), ..self.clone() }
    }

    /// `url` (relative to the site root) as a link from the host's root: shared files (assets,
    /// media and their resized copies) from the site's root, everything else from this
    /// version's base.
    pub fn href(&self, url: &str) -> String {
        let base = if is_shared(url) { &self.shared_path } else { &self.path };
        format!("{base}{url}")
    }

    /// `url` as an absolute address, chosen as [`BaseUrl::href`] does.
    pub fn absolute_url(&self, url: &str) -> String {
        let base = if is_shared(url) { &self.shared_absolute } else { &self.absolute };
        format!("{base}{url}")
    }
}

/// Files written once for every language: the theme's assets and the site's media.
fn is_shared(url: &str) -> bool {
    url.starts_with(urls::ASSETS) || url.starts_with(urls::MEDIA)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_version_has_its_own_pages_and_shares_assets_and_media() {
        let Some(root) = BaseUrl::parse("http://127.0.0.1/involvement/") else { panic!("a base URL") };
        let cy = root.in_language("cy");
        assert_eq!(cy.href("stories/"), "/involvement/cy/stories/");
        assert_eq!(cy.href("assets/style.css"), "/involvement/assets/style.css");
        assert_eq!(cy.href("media/cafe-480w.jpg"), "/involvement/media/cafe-480w.jpg");
        assert_eq!(cy.absolute_url("feed.xml"), "http://127.0.0.1/involvement/cy/feed.xml");
        assert_eq!(cy.absolute_url("media/a.pdf"), "http://127.0.0.1/involvement/media/a.pdf");
        assert_eq!(root.href("stories/"), "/involvement/stories/");
    }
}
