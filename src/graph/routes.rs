//! Every page and file the site publishes, each claimed once, as a [`Route`] that carries its
//! URL and what it shows. This is the one list of pages: the renderer renders it, the sitemap
//! lists it, links are checked against it, and the preview re-renders parts of it. A page
//! type is one [`RouteKind`]: adding one here is what makes it exist everywhere at once.
//!
//! Claims happen in a fixed order (wedid's own pages first, then records), so a collision
//! always names the same two files.

use super::{urls, Filter, SiteGraph};
use crate::content::model::ProjectStatus;
use crate::diagnostics::{Diagnostic, Diagnostics, Location};
use crate::site::{SourceFile, SourceKind};
use std::collections::BTreeSet;
use std::path::Path;

/// One output file: where it is published and what it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// Relative to the site root: `stories/cafe/`, `feed.xml`, `` for the home page.
    pub url: String,
    pub kind: RouteKind,
}

impl Route {
    /// The file this route writes, relative to the output root: pages are `<url>index.html`.
    pub fn file(&self) -> String {
        if self.url.is_empty() || self.url.ends_with('/') {
            format!("{}index.html", self.url)
        } else {
            self.url.clone()
        }
    }

    /// A page a reader visits (the sitemap lists these), as opposed to a data file or the 404.
    pub fn is_page(&self) -> bool {
        self.url.is_empty() || self.url.ends_with('/')
    }
}

/// What a route shows. Indices point into the graph's lists; a `page` counts from 1, and
/// page 1 of a list is at the list's own URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RouteKind {
    Home,
    ProjectList {
        filter: Filter,
        page: usize,
    },
    Project(usize),
    /// A project's Easy Read version.
    EasyRead(usize),
    /// `/easy-read/`: every Easy Read version; claimed only when there is one.
    EasyReadList,
    StoryList {
        page: usize,
    },
    Story(usize),
    StrategyList,
    Strategy(usize),
    Ambition {
        strategy: usize,
        ambition: usize,
        page: usize,
    },
    Involvement,
    InvolvementType {
        kind: usize,
        page: usize,
    },
    ServiceList,
    Service {
        service: usize,
        page: usize,
    },
    Poster(usize),
    /// A project's A4 poster.
    ProjectPoster(usize),
    /// A free page from `content/pages/`.
    Page(usize),
    Search,
    Data,
    /// `/reports/`: the figures of every financial year.
    Reports,
    /// One financial year's report; an index into `SiteGraph::reports`.
    Report(usize),
    /// `/embed/`: the summaries other websites may copy.
    Embed,
    /// A summary picture (SVG) of the headline figures: a service's, or the whole site's.
    EmbedSvg {
        service: Option<usize>,
    },
    NotFound,
    Csv,
    Json,
    SearchIndex,
    Feed,
    /// A project's feed of changes.
    ProjectFeed(usize),
    /// A service's feed of its projects' changes.
    ServiceFeed(usize),
    Sitemap,
    Robots,
}

impl RouteKind {
    /// Whole-site data files (open data, search index, feed, sitemap): large at scale and
    /// never the page a reader is looking at, so the preview renders them just after the pages.
    pub fn is_site_data(self) -> bool {
        matches!(self, Self::Csv | Self::Json | Self::SearchIndex | Self::Feed | Self::Sitemap | Self::Robots)
    }
}

/// A list the site splits into pages of `page_size` items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Listing {
    Projects(Filter),
    Stories,
    /// A service's page: its projects and its stories.
    Service(usize),
    InvolvementType(usize),
    /// An ambition's page: the projects and stories that serve it.
    Ambition {
        strategy: usize,
        ambition: usize,
    },
}

impl Listing {
    fn page(self, page: usize) -> RouteKind {
        match self {
            Listing::Projects(filter) => RouteKind::ProjectList { filter, page },
            Listing::Stories => RouteKind::StoryList { page },
            Listing::Service(service) => RouteKind::Service { service, page },
            Listing::InvolvementType(kind) => RouteKind::InvolvementType { kind, page },
            Listing::Ambition { strategy, ambition } => RouteKind::Ambition { strategy, ambition, page },
        }
    }
}

/// The routes of `graph`, and every address a link may point at (routes, media, and the
/// addresses of records whose files did not parse, so links to them are not reported too).
pub(super) fn allocate(graph: &SiteGraph, unparsed: &[SourceFile], diagnostics: &mut Diagnostics) -> (Vec<Route>, urls::Addresses) {
    // Sized for the records' pages (a project has up to four), so that tens of thousands of
    // claims neither regrow the list nor rehash the map on the way.
    let expected = 4 * graph.projects.len() + graph.stories.len() + graph.pages.len() + graph.media.len() + 64;
    let mut claims = Claims { routes: Vec::with_capacity(expected), urls: urls::UrlClaims::with_capacity(expected), diagnostics };
    fixed(&mut claims);
    builtin(graph, &mut claims);
    records(graph, &mut claims);
    for file in unparsed {
        let url = match file.kind {
            SourceKind::Project => urls::project(file.stem()),
            SourceKind::Story => urls::story(file.stem()),
            SourceKind::Strategy => urls::strategy(file.stem()),
            SourceKind::Page => urls::page(file.stem()),
            _ => continue,
        };
        if !claims.urls.contains(&url) {
            claims.address(url, &file.path);
        }
    }
    let Claims { mut routes, urls, .. } = claims;
    let mut addresses = urls.into_urls();
    // The second and later pages of each list: they sit under the list's own URL, and the only
    // lists with records under them (`/you-said-we-did/`, `/stories/`) reserve the slug "page",
    // so they cannot collide and need no claim.
    for (listing, first, items) in graph.listings() {
        for page in 2..=graph.pages_of(items) {
            let url = urls::paginated(&first, page);
            addresses.insert(url.clone());
            routes.push(Route { url, kind: listing.page(page) });
        }
    }
    (routes, addresses)
}

/// What claims wedid's own pages name as their file.
const BUILTIN: &str = "(built-in page)";

/// wedid's own pages and files at fixed addresses, claimed before anything else.
fn fixed(claims: &mut Claims) {
    let fixed = [
        (urls::HOME, RouteKind::Home),
        (urls::PROJECTS, RouteKind::ProjectList { filter: Filter::All, page: 1 }),
        (urls::STORIES, RouteKind::StoryList { page: 1 }),
        (urls::STRATEGIES, RouteKind::StrategyList),
        (urls::INVOLVEMENT, RouteKind::Involvement),
        (urls::SERVICES, RouteKind::ServiceList),
        (urls::SEARCH, RouteKind::Search),
        (urls::DATA, RouteKind::Data),
        (urls::REPORTS, RouteKind::Reports),
        (urls::EMBED, RouteKind::Embed),
        (urls::EMBED_SUMMARY, RouteKind::EmbedSvg { service: None }),
        (urls::CSV, RouteKind::Csv),
        (urls::JSON, RouteKind::Json),
        (urls::SEARCH_INDEX, RouteKind::SearchIndex),
        (urls::FEED, RouteKind::Feed),
        (urls::SITEMAP, RouteKind::Sitemap),
        (urls::ROBOTS, RouteKind::Robots),
        (urls::NOT_FOUND, RouteKind::NotFound),
    ];
    for (url, kind) in fixed {
        claims.own(url.to_string(), kind);
    }
}

/// wedid's own pages made from the site's data: media as link targets, the Easy Read list,
/// and a page (and project filter) per involvement type, status, service, report and year.
fn builtin(graph: &SiteGraph, claims: &mut Claims) {
    // Media are link targets too (`/media/report.pdf`), copied rather than rendered.
    for m in graph.media_urls() {
        claims.address(m, Path::new(BUILTIN));
    }
    if graph.projects.iter().any(|p| p.doc.data.easy_read.is_some()) {
        claims.own(urls::EASY_READ.to_string(), RouteKind::EasyReadList);
    }
    for (i, t) in graph.vocab.types.iter().enumerate() {
        claims.own(urls::involvement_type(t.id), RouteKind::InvolvementType { kind: i, page: 1 });
        claims.own(urls::project_filter("type", t.id), Listing::Projects(Filter::Type(i)).page(1));
    }
    for status in ProjectStatus::ALL {
        claims.own(urls::project_filter("status", status.id()), Listing::Projects(Filter::Status(status)).page(1));
    }
    for (i, s) in graph.services.iter().enumerate() {
        claims.own(urls::service(&s.slug), RouteKind::Service { service: i, page: 1 });
        claims.own(urls::poster(&s.slug), RouteKind::Poster(i));
        claims.own(urls::service_feed(&s.slug), RouteKind::ServiceFeed(i));
        claims.own(urls::embed_service(&s.slug), RouteKind::EmbedSvg { service: Some(i) });
        claims.own(urls::project_filter("service", &s.slug), Listing::Projects(Filter::Service(i)).page(1));
    }
    for (i, r) in graph.reports.iter().enumerate() {
        claims.own(urls::report(&r.year.slug()), RouteKind::Report(i));
    }
    for (year, _) in graph.years.iter().rev() {
        claims.own(urls::project_filter("year", &year.to_string()), Listing::Projects(Filter::Year(*year)).page(1));
    }
}

/// Projects, stories, strategies with their ambitions, and free pages.
fn records(graph: &SiteGraph, claims: &mut Claims) {
    let start = Location::START;
    for (i, p) in graph.projects.iter().enumerate() {
        if !claims.reserved(&p.doc.file, &p.doc.slug, &urls::RESERVED_PROJECT, "under /you-said-we-did/") {
            claims.route(urls::project(&p.doc.slug), RouteKind::Project(i), &p.doc.file, start);
            claims.route(urls::project_feed(&p.doc.slug), RouteKind::ProjectFeed(i), &p.doc.file, start);
            claims.route(urls::project_poster(&p.doc.slug), RouteKind::ProjectPoster(i), &p.doc.file, start);
            if p.doc.data.easy_read.is_some() {
                claims.route(urls::easy_read(&p.doc.slug), RouteKind::EasyRead(i), &p.doc.file, start);
            }
        }
    }
    for (i, s) in graph.stories.iter().enumerate() {
        if !claims.reserved(&s.doc.file, &s.doc.slug, &["page"], "under /stories/") {
            claims.route(urls::story(&s.doc.slug), RouteKind::Story(i), &s.doc.file, start);
        }
    }
    for (si, s) in graph.strategies.iter().enumerate() {
        let doc = &s.doc;
        claims.route(urls::strategy(&doc.slug), RouteKind::Strategy(si), &doc.file, start);
        // A repeated id is one error, duplicate-id, not a URL collision as well.
        let mut seen = BTreeSet::new();
        for (ai, a) in doc.data.ambitions.iter().enumerate().filter(|(_, a)| seen.insert(a.id.as_str())) {
            let kind = RouteKind::Ambition { strategy: si, ambition: ai, page: 1 };
            claims.route(urls::ambition(&doc.slug, &a.id), kind, &doc.file, doc.locs.at(&format!("ambitions.{ai}.id")));
        }
    }
    for (i, p) in graph.pages.iter().enumerate() {
        if !claims.reserved(&p.file, &p.slug, &urls::RESERVED_TOP, "at the top of the site") {
            claims.route(urls::page(&p.slug), RouteKind::Page(i), &p.file, start);
        }
    }
}

/// Routes being claimed, with the claims that find collisions.
struct Claims<'d> {
    routes: Vec<Route>,
    urls: urls::UrlClaims,
    diagnostics: &'d mut Diagnostics,
}

impl Claims<'_> {
    /// Claims `url` for `file`; the route exists only if nobody had the address.
    fn route(&mut self, url: String, kind: RouteKind, file: &Path, at: Location) {
        if self.urls.claim(url.clone(), file, at, self.diagnostics) {
            self.routes.push(Route { url, kind });
        }
    }

    /// Claims `url` for one of wedid's own pages.
    fn own(&mut self, url: String, kind: RouteKind) {
        self.route(url, kind, Path::new(BUILTIN), Location::START);
    }

    /// Claims an address that no route renders (a media file, a record that did not parse).
    fn address(&mut self, url: String, file: &Path) {
        self.urls.claim(url, file, Location::START, self.diagnostics);
    }

    /// Whether `slug` is one of wedid's own names at this level (then it is reported).
    fn reserved(&mut self, file: &Path, slug: &str, names: &[&str], where_: &str) -> bool {
        let clash = names.contains(&slug);
        if clash {
            self.diagnostics.push(
                Diagnostic::error("reserved-slug", file, format!("the name \"{slug}\" is used by wedid's own pages {where_}"))
                    .hint(format!("rename the file, for example to \"{slug}-page\"")),
            );
        }
        clash
    }
}
