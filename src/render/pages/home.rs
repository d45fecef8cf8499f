//! `/`: what involvement is here, the headline figures, the latest work and the strategy.

use super::super::cards::*;
use super::super::views::{GroupRow, HomeView};
use super::Ctx;
use crate::diagnostics::Diagnostic;
use crate::graph::{urls, Route, SiteGraph};
use crate::render::OutputFile;
use crate::theme::Theme;

/// How many projects the home page shows.
const SHOWN: usize = 5;

/// The projects the home page shows: the newest that acted on something first, then the newest
/// of the rest, so the first impression is what was done rather than work just begun.
pub fn shown_projects(g: &SiteGraph) -> Vec<usize> {
    let acted_on = |i: &usize| g.projects[*i].figures.acted_on > 0;
    let mut shown: Vec<usize> = (0..g.projects.len()).filter(acted_on).take(SHOWN).collect();
    shown.extend((0..g.projects.len()).filter(|i| !acted_on(i)).take(SHOWN - shown.len()));
    shown
}

pub fn home(ctx: &Ctx, theme: &Theme, route: &Route) -> Result<OutputFile, Diagnostic> {
    const TEMPLATE: &str = "home.html";
    let g = ctx.graph;
    let c = &g.config.data;
    let view = HomeView {
        intro: c.description.clone().unwrap_or_default(),
        figures: figures(ctx.words, &g.figures),
        latest_stories: listed_stories(ctx, theme, TEMPLATE, 0..g.stories.len().min(3))?,
        latest_projects: listed_projects(ctx, theme, TEMPLATE, shown_projects(g), CardUse::Plain)?,
        strategy: g.current_strategy().map(|si| strategy_brief(ctx, si)),
        types: type_cards(ctx),
        projects_href: ctx.href(urls::PROJECTS),
        stories_href: ctx.href(urls::STORIES),
        involvement_href: ctx.href(urls::INVOLVEMENT),
        reports_href: ctx.href(urls::REPORTS),
        services_href: ctx.href(urls::SERVICES),
        by_year: g
            .years
            .iter()
            .map(|(y, group)| GroupRow {
                label: y.to_string(),
                href: ctx.href(&urls::project_filter("year", &y.to_string())),
                figures: figures(ctx.words, &group.figures),
            })
            .collect(),
        by_service: g
            .services
            .iter()
            .map(|s| GroupRow { label: s.name.clone(), href: ctx.href(&urls::service(&s.slug)), figures: figures(ctx.words, &s.figures) })
            .collect(),
    };
    ctx.page(theme, route, TEMPLATE, ctx.meta(&route.url, c.title.clone(), "", vec![]), &view)
}
