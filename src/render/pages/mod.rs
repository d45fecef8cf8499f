//! One function per page family: each makes its page's typed view from the graph and hands
//! it to one template through [`Ctx::page`]. Views are made here and nowhere else; templates
//! only lay them out. The route carries the page's own URL, so nothing here rebuilds it.

mod easy_read;
mod embed;
pub(super) mod home;
mod involvement;
mod over_time;
mod projects;
mod reports;
mod services;
mod site;
mod stories;
mod strategies;

use super::context::Ctx;
use super::feeds::{self, Subject};
use super::{data, Body, OutputFile};
use crate::diagnostics::Diagnostic;
use crate::graph::{Route, RouteKind};
use crate::theme::Theme;

/// Renders one route into its files: one, except the search bundle's several.
pub fn render(ctx: &Ctx, theme: &Theme, route: &Route) -> Result<Vec<OutputFile>, Diagnostic> {
    let bytes = |body: Vec<u8>| Ok(OutputFile { path: route.file(), body: Body::Bytes(body) });
    let file = match route.kind {
        RouteKind::Home => home::home(ctx, theme, route),
        RouteKind::ProjectList { filter, page } => projects::list(ctx, theme, route, filter, page),
        RouteKind::Project(i) => projects::project(ctx, theme, route, i),
        RouteKind::EasyRead(i) => easy_read::project(ctx, theme, route, i),
        RouteKind::EasyReadList => easy_read::list(ctx, theme, route),
        RouteKind::StoryList { page } => stories::list(ctx, theme, route, page),
        RouteKind::Story(i) => stories::story(ctx, theme, route, i),
        RouteKind::StrategyList => strategies::list(ctx, theme, route),
        RouteKind::Strategy(i) => strategies::strategy(ctx, theme, route, i),
        RouteKind::Ambition { strategy, ambition, page } => strategies::ambition(ctx, theme, route, (strategy, ambition), page),
        RouteKind::Involvement => involvement::overview(ctx, theme, route),
        RouteKind::InvolvementType { kind, page } => involvement::kind(ctx, theme, route, kind, page),
        RouteKind::ServiceList => services::list(ctx, theme, route),
        RouteKind::Service { service, page } => services::service(ctx, theme, route, service, page),
        RouteKind::Poster(i) => services::poster(ctx, theme, route, i),
        RouteKind::ProjectPoster(i) => services::project_poster(ctx, theme, route, i),
        RouteKind::Page(i) => site::page(ctx, theme, route, i),
        RouteKind::Search => site::search(ctx, theme, route),
        RouteKind::Data => site::data(ctx, theme, route),
        RouteKind::Reports => reports::list(ctx, theme, route),
        RouteKind::Report(i) => reports::year(ctx, theme, route, i),
        RouteKind::Embed => embed::page(ctx, theme, route),
        RouteKind::EmbedSvg { service } => embed::svg(ctx, theme, route, service),
        RouteKind::NotFound => site::not_found(ctx, theme, route),
        RouteKind::Csv => bytes(data::csv(ctx)),
        RouteKind::Json => bytes(data::json(ctx)),
        // A build never abandons its index, so there is always one.
        RouteKind::SearchIndex => return Ok(data::search_job(ctx).run(&|| false).unwrap_or_default()),
        RouteKind::Feed => bytes(feeds::feed(ctx.graph, ctx.words, &Subject::Site)),
        RouteKind::ProjectFeed(i) => bytes(feeds::feed(ctx.graph, ctx.words, &Subject::Project(i))),
        RouteKind::ServiceFeed(i) => bytes(feeds::feed(ctx.graph, ctx.words, &Subject::Service(i))),
        RouteKind::Sitemap => bytes(data::sitemap(ctx)),
        RouteKind::Robots => bytes(data::robots(ctx)),
    };
    file.map(|f| vec![f])
}
