//! The site's own pages: free pages from `content/pages/`, search, open data and the 404.

use super::super::cards::*;
use super::super::views::*;
use super::{over_time, Ctx};
use crate::diagnostics::Diagnostic;
use crate::graph::{urls, Route};
use crate::render::{data, BodyOf, OutputFile};
use crate::theme::Theme;

pub fn page(ctx: &Ctx, theme: &Theme, route: &Route, i: usize) -> Result<OutputFile, Diagnostic> {
    let p = &ctx.graph.pages[i];
    let view = ContentPageView {
        title: p.data.title.clone(),
        summary: p.data.summary.clone(),
        body_html: ctx.markdown.bodies.html(ctx.reading(), BodyOf::Page(i)),
        updated: over_time::updated(ctx, ctx.graph.pages_updated[i]),
    };
    let mut meta = ctx.meta(&route.url, p.data.title.clone(), p.data.summary.clone().unwrap_or_default(), vec![ctx.home()]);
    meta.draft = p.data.draft;
    ctx.page(theme, route, "page.html", meta, &view)
}

pub fn search(ctx: &Ctx, theme: &Theme, route: &Route) -> Result<OutputFile, Diagnostic> {
    let view = SearchView {
        index_href: ctx.href(urls::SEARCH_INDEX),
        projects_href: ctx.href(urls::PROJECTS),
        stories_href: ctx.href(urls::STORIES),
        services_href: ctx.href(urls::SERVICES),
    };
    ctx.page(
        theme,
        route,
        "search.html",
        ctx.meta(&route.url, ctx.words.get("nav_search"), ctx.words.get("search_description"), vec![ctx.home()]),
        &view,
    )
}

/// `/data/`: the open data files, what each column means, and the figures they add up to.
pub fn data(ctx: &Ctx, theme: &Theme, route: &Route) -> Result<OutputFile, Diagnostic> {
    let view = DataView {
        csv_href: ctx.href(urls::CSV),
        json_href: ctx.href(urls::JSON),
        columns: data::COLUMNS
            .iter()
            .map(|name| ColumnView { name, description: ctx.words.get(&format!("column_{name}")).into() })
            .collect(),
        figures: figures(ctx.words, &ctx.graph.figures),
        rows: data::row_count(ctx.graph),
        licence: ctx.graph.config.data.data_licence(),
    };
    let meta = ctx.meta(&route.url, ctx.words.get("footer_data"), ctx.words.get("data_description"), vec![ctx.home()]);
    ctx.page(theme, route, "data.html", meta, &view)
}

pub fn not_found(ctx: &Ctx, theme: &Theme, route: &Route) -> Result<OutputFile, Diagnostic> {
    let view = NotFoundView { search_href: ctx.href(urls::SEARCH) };
    ctx.page(theme, route, "404.html", ctx.meta(&route.url, ctx.words.get("not_found"), "", vec![]), &view)
}
