//! `/`: what involvement is here, the headline figures, the latest work and the strategy.

use super::super::cards::*;
use super::super::views::{GroupRow, HomeView};
use super::Ctx;
use crate::diagnostics::Diagnostic;
use crate::graph::{urls, Route};
use crate::render::OutputFile;
use crate::theme::Theme;

pub fn home(ctx: &Ctx, theme: &Theme, route: &Route) -> Result<OutputFile, Diagnostic> {
    let g = ctx.graph;
    let c = &g.config.data;
    let view = HomeView {
        intro: c.description.clone().unwrap_or_default(),
        figures: figures(ctx.words, &g.figures),
        latest_stories: (0..g.stories.len().min(3)).map(|i| story_card(ctx, i)).collect(),
        latest_projects: (0..g.projects.len().min(5)).map(|i| project_card(ctx, i)).collect(),
        strategy: g.current_strategy().map(|si| strategy_brief(ctx, si)),
        types: type_cards(ctx),
        projects_href: ctx.href(urls::PROJECTS),
        stories_href: ctx.href(urls::STORIES),
        involvement_href: ctx.href(urls::INVOLVEMENT),
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
    ctx.page(theme, route, "home.html", ctx.meta(&route.url, c.title.clone(), "", vec![]), &view)
}
