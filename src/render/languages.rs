//! What a page of a bilingual site shows of its other language versions: the `hreflang`
//! alternates (every version of the same page, and `x-default`, the main language's), the
//! switch in the header (the other versions, each named in its own language), and, on the
//! page of a record that has no translation into the page's language yet, the language it
//! is shown in. A site in one language has none of these.

use crate::graph::languages::Languages;
use crate::graph::{RouteKind, SiteGraph};
use serde::Serialize;

/// A page's language versions, for `base.html`.
#[derive(Serialize, Default)]
pub struct PageLanguages {
    /// Every version of this page, this one included.
    pub alternates: Vec<Alternate>,
    /// The main language's version, for `hreflang="x-default"`.
    pub x_default: Option<String>,
    /// The other versions, for the switch.
    pub switch: Vec<Alternate>,
    /// The language the page's record is written in, when the page shows it untranslated.
    pub untranslated: Option<String>,
}

/// This page in one language.
#[derive(Serialize)]
pub struct Alternate {
    /// The language tag: `cy`.
    pub code: String,
    /// The language's name in that language: "Cymraeg".
    pub name: String,
    /// The page's absolute address in that language.
    pub absolute: String,
    /// Its address from the host's root, for the switch.
    pub href: String,
}

impl PageLanguages {
    /// The versions of the page at `url` (relative to the site root).
    pub fn of(languages: &Languages, url: &str) -> PageLanguages {
        let alternate = |i: usize| {
            let v = &languages.versions[i];
            Alternate { code: v.code.clone(), name: v.name.clone(), absolute: v.base.absolute_url(url), href: v.base.href(url) }
        };
        PageLanguages {
            alternates: (0..languages.versions.len()).map(alternate).collect(),
            x_default: languages.original().map(|v| v.base.absolute_url(url)),
            switch: (0..languages.versions.len()).filter(|&i| i != languages.current).map(alternate).collect(),
            untranslated: None,
        }
    }

    /// Marks the page of `kind` when it shows a record in its original language.
    pub fn mark_untranslated(&mut self, graph: &SiteGraph, kind: RouteKind) {
        if graph.languages.shows_untranslated(graph, kind) {
            self.untranslated = graph.languages.original().map(|v| v.code.clone());
        }
    }
}

/// The language `file`'s record is shown in, when it has no translation into the page's.
pub fn written_in(graph: &SiteGraph, file: &std::path::Path) -> Option<String> {
    let languages = &graph.languages;
    languages.untranslated.contains(file).then(|| languages.original().map(|v| v.code.clone())).flatten()
}

/// The sitemap entries of the page at `url`: its address in every language, each listing
/// all of them as alternates (`xhtml:link`, as search engines read them), and `x-default`.
pub fn sitemap_entries(graph: &SiteGraph, url: &str) -> String {
    use super::data::xml;
    let versions = &graph.languages.versions;
    let link = |code: &str, href: &str| format!("    <xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\"/>\n", xml(href));
    let mut alternates: String = versions.iter().map(|v| link(&v.code, &v.base.absolute_url(url))).collect();
    if let Some(main) = versions.first() {
        alternates.push_str(&link("x-default", &main.base.absolute_url(url)));
    }
    versions.iter().map(|v| format!("  <url>\n    <loc>{}</loc>\n{alternates}  </url>\n", xml(&v.base.absolute_url(url)))).collect()
}
