//! `/strategy/`, a strategy on a page, and one ambition's page.

use super::super::cards::*;
use super::super::views::*;
use super::Ctx;
use crate::diagnostics::Diagnostic;
use crate::graph::{urls, Route};
use crate::render::OutputFile;
use crate::theme::Theme;

pub fn list(ctx: &Ctx, theme: &Theme, route: &Route) -> Result<OutputFile, Diagnostic> {
    let view = StrategyListView { strategies: (0..ctx.graph.strategies.len()).map(|i| strategy_brief(ctx, i)).collect() };
    ctx.page(theme, route, "strategies.html", ctx.meta(&route.url, "Our strategies", "", vec![ctx.home()]), &view)
}

pub fn strategy(ctx: &Ctx, theme: &Theme, route: &Route, si: usize) -> Result<OutputFile, Diagnostic> {
    let s = &ctx.graph.strategies[si];
    let d = &s.doc.data;
    let view = StrategyView {
        title: d.title.clone(),
        vision: d.vision.clone(),
        published: date(d.published),
        period_from: date(d.period.from),
        period_to: date(d.period.to),
        summary_html: ctx.markdown.strategy_summaries[si].as_ref().map(|r| r.html.clone()),
        ambitions: d
            .ambitions
            .iter()
            .zip(&s.ambitions)
            .map(|(a, node)| AmbitionCard {
                href: ctx.href(&urls::ambition(&s.doc.slug, &a.id)),
                title: a.title.clone(),
                statement: a.statement.clone(),
                measures: a.measures.clone(),
                projects: node.projects.len(),
                figures: figures(&node.figures),
            })
            .collect(),
        standards: standards(&d.standards),
        figures: figures(&s.figures),
    };
    let mut meta = ctx.meta(&route.url, d.title.clone(), d.vision.clone(), vec![ctx.home(), ctx.crumb(urls::STRATEGIES, "Our strategies")]);
    meta.draft = d.draft;
    ctx.page(theme, route, "strategy.html", meta, &view)
}

/// Page `page` of one ambition: its statement, measures, and the work that serves it.
pub fn ambition(ctx: &Ctx, theme: &Theme, route: &Route, (si, ai): (usize, usize), page: usize) -> Result<OutputFile, Diagnostic> {
    let g = ctx.graph;
    let s = &g.strategies[si];
    let a = &s.doc.data.ambitions[ai];
    let node = &s.ambitions[ai];
    let strategy_url = urls::strategy(&s.doc.slug);
    let view = AmbitionView {
        title: a.title.clone(),
        statement: a.statement.clone(),
        measures: a.measures.clone(),
        strategy: Link { href: ctx.href(&strategy_url), label: s.doc.data.title.clone() },
        projects: g.page_of(&node.projects, page).iter().map(|&p| project_card(ctx, p)).collect(),
        stories: g.page_of(&node.stories, page).iter().map(|&st| story_card(ctx, st)).collect(),
        projects_total: node.projects.len(),
        stories_total: node.stories.len(),
        pagination: pagination(ctx, &urls::ambition(&s.doc.slug, &a.id), page, node.projects.len().max(node.stories.len())),
        figures: figures(&node.figures),
    };
    let crumbs = vec![ctx.home(), ctx.crumb(urls::STRATEGIES, "Our strategies"), ctx.crumb(&strategy_url, &s.doc.data.title)];
    ctx.page(theme, route, "ambition.html", ctx.meta(&route.url, paged(a.title.clone(), page), a.statement.clone(), crumbs), &view)
}
