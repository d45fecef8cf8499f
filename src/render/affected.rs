//! Which routes a change to some records affects: what the preview re-renders after a save
//! that changes front matter, instead of the whole site. It lives beside the page functions
//! because it is a statement about what they read; the preview's test holds it to that by
//! comparing, after every kind of edit, the preview with a clean build.
//!
//! What each page reads:
//! - a project card (lists, service, type and ambition pages, the home page): the project;
//! - a project's page: the project, its stories' cards, its strategy's and ambitions' titles;
//! - a project's Easy Read page and the Easy Read list: the project;
//! - a project's feed and its service's feed: the project's changes and dated events;
//! - the reports: every item's date and state, by financial year;
//! - the summaries to embed (`/embed/`, the site's picture and its service's): the project's
//!   figures and its last-updated date;
//! - a story card (story list, service and ambition pages, the home page, its project's page),
//!   and a story's page: the story, its project's title and service;
//! - figures (home, strategy, ambition, service, type, services list, open data, poster): every
//!   project the figure sums.
//!
//! Anything else — the list of routes, an order, a group's members, a strategy, a free
//! page's title or menu place (every page shows the menu) — re-renders everything.

use crate::graph::{links, urls, Filter, RouteKind, SiteGraph};
use std::collections::HashSet;
use std::path::Path;

/// The routes to re-render after `edited` files changed from `old` to `new`; `None` when
/// everything must be (the change moved something that many pages show).
pub fn affected(old: &SiteGraph, new: &SiteGraph, edited: &[&Path]) -> Option<HashSet<RouteKind>> {
    if old.routes != new.routes || !same_structure(old, new) {
        return None;
    }
    // Open data holds projects; the feed projects and stories; the search index every record.
    let mut set: HashSet<RouteKind> = [RouteKind::SearchIndex].into();
    let mut found = 0;
    for (i, p) in new.projects.iter().enumerate().filter(|(_, p)| edited.contains(&p.doc.file.as_path())) {
        found += 1;
        set.extend([RouteKind::Csv, RouteKind::Json, RouteKind::Feed]);
        project(new, i, &mut set);
        if old.projects[i].figures != p.figures {
            figures_of(new, i, &mut set);
        }
    }
    for (i, _) in new.stories.iter().enumerate().filter(|(_, s)| edited.contains(&s.doc.file.as_path())) {
        found += 1;
        set.insert(RouteKind::Feed);
        story(new, i, &mut set);
    }
    for (i, page) in new.pages.iter().enumerate().filter(|(_, p)| edited.contains(&p.file.as_path())) {
        let before = &old.pages[i].data;
        if before.title != page.data.title || before.order != page.data.order {
            return None;
        }
        found += 1;
        set.insert(RouteKind::Page(i));
    }
    // A strategy, site.yaml or any file not found above: many pages show it.
    (found == edited.len()).then_some(set)
}

/// Same records in the same places and the same groups: only then are route indices and
/// list positions comparable between the two graphs.
fn same_structure(old: &SiteGraph, new: &SiteGraph) -> bool {
    let projects = old.projects.len() == new.projects.len()
        && old.projects.iter().zip(&new.projects).all(|(a, b)| {
            (&a.doc.slug, a.service, a.involvement, a.strategy, &a.ambitions, &a.stories)
                == (&b.doc.slug, b.service, b.involvement, b.strategy, &b.ambitions, &b.stories)
        });
    let stories = old
        .stories
        .iter()
        .map(|s| (&s.doc.slug, s.project, s.involvement))
        .eq(new.stories.iter().map(|s| (&s.doc.slug, s.project, s.involvement)));
    let pages = old.pages.iter().map(|p| &p.slug).eq(new.pages.iter().map(|p| &p.slug));
    let groups = old.statuses.iter().map(|(_, g)| &g.projects).eq(new.statuses.iter().map(|(_, g)| &g.projects))
        && old.years.iter().map(|(y, g)| (y, &g.projects)).eq(new.years.iter().map(|(y, g)| (y, &g.projects)))
        && old.services.iter().map(|s| &s.name).eq(new.services.iter().map(|s| &s.name))
        // Every project list page shows each theme with its count.
        && old.themes.iter().map(|t| (&t.label, &t.group.projects)).eq(new.themes.iter().map(|t| (&t.label, &t.group.projects)));
    let strategies =
        old.strategies.len() == new.strategies.len()
            && old.strategies.iter().zip(&new.strategies).all(|(a, b)| {
                a.doc.data == b.doc.data && a.ambitions.iter().map(|x| &x.stories).eq(b.ambitions.iter().map(|x| &x.stories))
            });
    projects && stories && pages && groups && strategies && old.config.data == new.config.data && old.get_involved == new.get_involved
}

/// The pages that show project `i`'s card or read it.
fn project(g: &SiteGraph, i: usize, set: &mut HashSet<RouteKind>) {
    let p = &g.projects[i];
    let on_page = |list: &[usize]| list.iter().position(|&x| x == i).map(|pos| pos / g.page_size() + 1);
    set.insert(RouteKind::Project(i));
    linking_to(g, &urls::project(&p.doc.slug), set);
    if p.doc.data.easy_read.is_some() {
        set.extend([RouteKind::EasyRead(i), RouteKind::EasyReadList]);
    }
    set.extend([RouteKind::Poster(p.service), RouteKind::ProjectPoster(i)]);
    set.extend([RouteKind::ProjectFeed(i), RouteKind::ServiceFeed(p.service), RouteKind::Reports]);
    set.extend((0..g.reports.len()).map(RouteKind::Report));
    set.extend([RouteKind::Embed, RouteKind::EmbedSvg { service: None }, RouteKind::EmbedSvg { service: Some(p.service) }]);
    if super::pages::home::shown_projects(g).contains(&i) {
        set.insert(RouteKind::Home);
    }
    set.extend(p.stories.iter().map(|&s| RouteKind::Story(s)));
    set.insert(RouteKind::ProjectList { filter: Filter::All, page: i / g.page_size() + 1 });
    let service = &g.services[p.service].projects;
    let year = p.doc.data.started.year();
    let filters = [
        (Filter::Service(p.service), on_page(service)),
        (Filter::Type(p.involvement), on_page(&g.types[p.involvement].projects)),
        (
            Filter::Status(p.doc.data.status),
            g.statuses.iter().find(|(s, _)| *s == p.doc.data.status).and_then(|(_, gr)| on_page(&gr.projects)),
        ),
        (Filter::Year(year), g.years.iter().find(|(y, _)| *y == year).and_then(|(_, gr)| on_page(&gr.projects))),
    ];
    for (filter, page) in filters {
        if let Some(page) = page {
            set.insert(RouteKind::ProjectList { filter, page });
        }
    }
    if let Some(page) = on_page(service) {
        set.insert(RouteKind::Service { service: p.service, page });
    }
    if let Some(page) = on_page(&g.types[p.involvement].projects) {
        set.insert(RouteKind::InvolvementType { kind: p.involvement, page });
    }
    if let Some(si) = p.strategy {
        for &ai in &p.ambitions {
            if let Some(page) = on_page(&g.strategies[si].ambitions[ai].projects) {
                set.insert(RouteKind::Ambition { strategy: si, ambition: ai, page });
            }
        }
    }
}

/// The pages that show story `i`'s card or read it.
fn story(g: &SiteGraph, i: usize, set: &mut HashSet<RouteKind>) {
    let on_page = |list: &[usize]| list.iter().position(|&x| x == i).map(|pos| pos / g.page_size() + 1);
    set.insert(RouteKind::Story(i));
    set.insert(RouteKind::StoryList { page: i / g.page_size() + 1 });
    if i < 3 {
        set.insert(RouteKind::Home);
    }
    for (si, s) in g.services.iter().enumerate() {
        if let Some(page) = on_page(&s.stories) {
            set.insert(RouteKind::Service { service: si, page });
        }
    }
    for (si, s) in g.strategies.iter().enumerate() {
        for (ai, a) in s.ambitions.iter().enumerate() {
            if let Some(page) = on_page(&a.stories) {
                set.insert(RouteKind::Ambition { strategy: si, ambition: ai, page });
            }
        }
    }
    if let Some(p) = g.stories[i].project {
        set.insert(RouteKind::Project(p));
    }
    linking_to(g, &urls::story(&g.stories[i].doc.slug), set);
}

/// The pages of projects with an action that links to `url`: their link text names its title.
fn linking_to(g: &SiteGraph, url: &str, set: &mut HashSet<RouteKind>) {
    for (pi, p) in g.projects.iter().enumerate() {
        let mut targets = p.doc.data.you_said.iter().flat_map(|item| &item.we_did).filter_map(|a| a.link.as_deref());
        if targets.any(|t| matches!(links::check(t, &g.urls), Ok(links::Link::Internal { path, .. }) if path == url)) {
            set.insert(RouteKind::Project(pi));
        }
    }
}

/// The pages whose figures sum project `i`: every page of each group it belongs to.
fn figures_of(g: &SiteGraph, i: usize, set: &mut HashSet<RouteKind>) {
    let p = &g.projects[i];
    for route in &g.routes {
        let sums = match route.kind {
            RouteKind::Home | RouteKind::ServiceList | RouteKind::Data => true,
            RouteKind::Service { service, .. } | RouteKind::Poster(service) => service == p.service,
            RouteKind::InvolvementType { kind, .. } => kind == p.involvement,
            RouteKind::Strategy(si) => p.strategy == Some(si),
            RouteKind::Ambition { strategy, ambition, .. } => p.strategy == Some(strategy) && p.ambitions.contains(&ambition),
            _ => false,
        };
        if sums {
            set.insert(route.kind);
        }
    }
}
