//! What every page's view is made from ([`Ctx`]), and the one place a view meets the
//! template engine ([`Ctx::page`]).

use super::highlight::Highlighter;
use super::views::{ContactView, Link, Meta, PageContext, SiteView};
use super::{Bodies, Body, MarkdownOut, OutputFile, Reading, Renderer};
use crate::diagnostics::Diagnostic;
use crate::graph::{urls, Route, RouteKind, SiteGraph};
use crate::images::Images;
use crate::qr::Codes;
use crate::theme::{Shared, Theme};
use crate::words::Words;
use serde::Serialize;
use std::sync::OnceLock;

/// What every page reads: the graph, the rendered Markdown and the shared site view.
pub struct Ctx<'a> {
    pub graph: &'a SiteGraph,
    pub images: &'a Images,
    /// The posters' QR codes, with the masks chosen by the last build.
    pub qr: &'a Codes,
    pub bodies: &'a Bodies,
    pub markdown: &'a MarkdownOut,
    pub highlighter: &'a Highlighter,
    pub site: SiteView,
    /// `site` as a template value, made once: pages share it instead of each converting it.
    pub site_value: Shared,
    /// The interface words in the site's language.
    pub words: &'a Words,
    /// The words without arguments as a template value (`t`), made once like `site_value`.
    pub words_value: Shared,
    /// What the site's pages are called in link text, made when the first link needs it.
    titles: OnceLock<super::link_text::Titles>,
    /// The projects' and stories' cards, each drawn when a list first shows it.
    pub cards: super::cards::DrawnCards,
}

impl<'a> Ctx<'a> {
    /// The bodies as this render reads them.
    pub fn reading(&self) -> Reading<'a> {
        Reading { graph: self.graph, bodies: self.bodies, highlighter: self.highlighter }
    }

    pub fn new(renderer: &Renderer<'a>) -> Self {
        let Renderer { graph, images, qr, bodies, markdown, highlighter, theme, options } = *renderer;
        let words = &theme.words;
        let c = &graph.config.data;
        let href = |u: &str| graph.base.href(u);
        let entry = |url: &str, label: &str| Link { href: href(url), label: label.into() };
        let w = |id| words.get(id);
        let mut nav = vec![entry(urls::PROJECTS, w("nav_projects")), entry(urls::STORIES, w("nav_stories"))];
        if let Some(si) = graph.current_strategy() {
            nav.push(entry(&urls::strategy(&graph.strategies[si].doc.slug), w("nav_strategy")));
        }
        nav.push(entry(urls::INVOLVEMENT, w("nav_involvement")));
        nav.push(entry(urls::SERVICES, w("nav_services")));
        nav.extend(graph.pages.iter().filter(|p| p.data.order.is_some()).map(|p| entry(&urls::page(&p.slug), &p.data.title)));
        nav.push(entry(urls::SEARCH, w("nav_search")));
        let mut footer_links: Vec<Link> = graph
            .pages
            .iter()
            .filter(|p| p.data.order.is_none())
            .map(|p| Link { href: href(&urls::page(&p.slug)), label: p.data.title.clone() })
            .collect();
        footer_links.push(entry(urls::DATA, w("footer_data")));
        footer_links.push(entry(urls::REPORTS, w("footer_reports")));
        footer_links.push(entry(urls::FEED, w("footer_feed")));
        let site = SiteView {
            title: c.title.clone(),
            organisation: c.organisation.clone(),
            description: c.description.clone().unwrap_or_default(),
            language: c.language.clone(),
            base: graph.base.path.clone(),
            home_href: href(urls::HOME),
            stylesheet_href: href(&format!("{}style.css", urls::ASSETS)),
            icon_href: href(&format!("{}favicon.svg", urls::ASSETS)),
            search_script_href: href(&format!("{}search.js", urls::ASSETS)),
            filter_script_href: href(&format!("{}filter.js", urls::ASSETS)),
            search_href: href(urls::SEARCH),
            feed_href: href(urls::FEED),
            data_href: href(urls::DATA),
            embed_href: href(urls::EMBED),
            easy_read_href: graph.routes.iter().any(|r| r.kind == RouteKind::EasyReadList).then(|| href(urls::EASY_READ)),
            nav,
            footer_links,
            contact: c.contact.as_ref().map(|k| ContactView {
                team: k.team.clone(),
                email: k.email.clone(),
                phone: k.phone.clone(),
                phone_href: k
                    .phone
                    .as_ref()
                    .map(|p| format!("tel:{}", p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>())),
            }),
            get_involved_href: graph.get_involved.as_ref().map(|t| published_link(graph, t, false)),
            logo_href: c.logo.as_deref().map(|l| href(&crate::graph::checks::media_path(l))),
            feedback_href: c
                .feedback
                .as_deref()
                .map(str::trim)
                .map(|f| if f.contains("://") { f.to_string() } else { format!("mailto:{f}") }),
            preview: options.preview,
        };
        let site_value = crate::theme::share(&site);
        let words_value = crate::theme::share(words.plain());
        let cards = super::cards::DrawnCards::new(graph.projects.len(), graph.stories.len());
        Ctx { graph, images, qr, bodies, markdown, highlighter, site, site_value, words, words_value, titles: OnceLock::new(), cards }
    }

    pub fn href(&self, url: &str) -> String {
        self.graph.base.href(url)
    }

    pub fn absolute(&self, url: &str) -> String {
        self.graph.base.absolute_url(url)
    }

    /// An editor's link target as published: root-relative links get the base path (or the
    /// whole base URL when `absolute`, for data read away from the site); others stay.
    pub fn link(&self, target: &str, absolute: bool) -> String {
        published_link(self.graph, target, absolute)
    }

    /// An editor's link as a link whose words name where it goes (see [`super::link_text`]).
    pub fn named_link(&self, target: &str) -> Link {
        let titles = self.titles.get_or_init(|| super::link_text::Titles::new(self.graph, self.words));
        Link { href: self.link(target, false), label: titles.label(self.graph, self.words, target) }
    }

    /// A crumb labelled with the message `id`.
    pub fn crumb_to(&self, url: &str, id: &str) -> Link {
        self.crumb(url, self.words.get(id))
    }

    pub fn crumb(&self, url: &str, label: &str) -> Link {
        Link { href: self.href(url), label: label.to_string() }
    }

    pub fn meta(&self, url: &str, title: impl Into<String>, description: impl Into<String>, crumbs: Vec<Link>) -> Meta {
        let description = description.into();
        Meta {
            title: title.into(),
            description: if description.is_empty() { self.site.description.clone() } else { description },
            canonical: self.absolute(url),
            path: self.href(url),
            kind: "website",
            image: None,
            breadcrumbs: crumbs,
            draft: false,
            languages: super::languages::PageLanguages::of(&self.graph.languages, url),
        }
    }
}

/// See [`Ctx::link`].
fn published_link(graph: &SiteGraph, target: &str, absolute: bool) -> String {
    match crate::graph::links::check(target, &graph.urls) {
        Ok(crate::graph::links::Link::Internal { path, suffix }) if absolute => format!("{}{suffix}", graph.base.absolute_url(&path)),
        Ok(crate::graph::links::Link::Internal { path, suffix }) => format!("{}{suffix}", graph.base.href(&path)),
        _ => target.to_string(),
    }
}

impl Ctx<'_> {
    /// Renders `view` with `template` into the route's file. Every HTML page goes through
    /// here, so the site view is shared (converted once, in [`Ctx::new`]) and a template error
    /// is always located in its template.
    pub fn page(
        &self,
        theme: &Theme,
        route: &Route,
        template: &str,
        mut meta: Meta,
        view: &impl Serialize,
    ) -> Result<OutputFile, Diagnostic> {
        meta.languages.mark_untranslated(self.graph, route.kind);
        let context = PageContext { site: &self.site_value, t: &self.words_value, meta, page: view };
        let html = theme.render(template, &context)?;
        Ok(OutputFile { path: route.file(), body: Body::Bytes(html) })
    }

    /// The home crumb that starts every trail.
    pub fn home(&self) -> Link {
        self.crumb(urls::HOME, self.words.get("home"))
    }
}
