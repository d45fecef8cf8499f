//! `/strategy/`, a strategy on a page, and one ambition's page.

use super::super::cards::*;
use super::super::views::*;
use super::Ctx;
use crate::content::model::Measure;
use crate::diagnostics::Diagnostic;
use crate::graph::{urls, Route};
use crate::render::OutputFile;
use crate::theme::Theme;
use crate::words::Arg;

pub fn list(ctx: &Ctx, theme: &Theme, route: &Route) -> Result<OutputFile, Diagnostic> {
    let view = StrategyListView { strategies: (0..ctx.graph.strategies.len()).map(|i| strategy_brief(ctx, i)).collect() };
    ctx.page(theme, route, "strategies.html", ctx.meta(&route.url, ctx.words.get("strategies_title"), "", vec![ctx.home()]), &view)
}

pub fn strategy(ctx: &Ctx, theme: &Theme, route: &Route, si: usize) -> Result<OutputFile, Diagnostic> {
    let s = &ctx.graph.strategies[si];
    let d = &s.doc.data;
    let view = StrategyView {
        title: d.title.clone(),
        vision: d.vision.clone(),
        published: date(ctx.words, d.published),
        period_from: date(ctx.words, d.period.from),
        period_to: date(ctx.words, d.period.to),
        summary_html: ctx.markdown.strategy_summaries[si].as_ref().map(|r| r.html.clone()),
        ambitions: d
            .ambitions
            .iter()
            .zip(&s.ambitions)
            .map(|(a, node)| AmbitionCard {
                href: ctx.href(&urls::ambition(&s.doc.slug, &a.id)),
                title: a.title.clone(),
                statement: a.statement.clone(),
                measures: a.measures.iter().map(|m| measure(ctx, m)).collect(),
                projects: node.projects.len(),
                figures: figures(ctx.words, &node.figures),
            })
            .collect(),
        standards: standards(ctx.words, &d.standards),
        figures: figures(ctx.words, &s.figures),
    };
    let mut meta =
        ctx.meta(&route.url, d.title.clone(), d.vision.clone(), vec![ctx.home(), ctx.crumb_to(urls::STRATEGIES, "strategies_title")]);
    meta.draft = d.draft;
    ctx.page(theme, route, "strategy.html", meta, &view)
}

/// Page `page` of one ambition: its statement, measures, and the work that serves it.
pub fn ambition(ctx: &Ctx, theme: &Theme, route: &Route, (si, ai): (usize, usize), page: usize) -> Result<OutputFile, Diagnostic> {
    const TEMPLATE: &str = "ambition.html";
    let g = ctx.graph;
    let s = &g.strategies[si];
    let a = &s.doc.data.ambitions[ai];
    let node = &s.ambitions[ai];
    let strategy_url = urls::strategy(&s.doc.slug);
    let view = AmbitionView {
        title: a.title.clone(),
        statement: a.statement.clone(),
        measures: a.measures.iter().map(|m| measure(ctx, m)).collect(),
        strategy: Link { href: ctx.href(&strategy_url), label: s.doc.data.title.clone() },
        projects: listed_projects(ctx, theme, TEMPLATE, g.page_of(&node.projects, page).iter().copied(), CardUse::Plain)?,
        stories: listed_stories(ctx, theme, TEMPLATE, g.page_of(&node.stories, page).iter().copied())?,
        projects_total: node.projects.len(),
        stories_total: node.stories.len(),
        pagination: pagination(ctx, &urls::ambition(&s.doc.slug, &a.id), page, node.projects.len().max(node.stories.len())),
        figures: figures(ctx.words, &node.figures),
    };
    let crumbs = vec![ctx.home(), ctx.crumb_to(urls::STRATEGIES, "strategies_title"), ctx.crumb(&strategy_url, &s.doc.data.title)];
    ctx.page(theme, route, TEMPLATE, ctx.meta(&route.url, paged(ctx.words, a.title.clone(), page), a.statement.clone(), crumbs), &view)
}

/// A measure for the page: words, and for a figure its latest value against the target and a
/// bar per value (scaled to the largest of the values and the target).
fn measure(ctx: &Ctx, m: &Measure) -> MeasureView {
    let Measure::Figure(f) = m else { return MeasureView { text: m.text().to_string(), latest: None, values: Vec::new(), target_y: None } };
    let unit = f.unit.as_deref().map(str::trim).unwrap_or_default();
    let with_unit = |v: f64| {
        if unit == "%" {
            format!("{}%", number(v))
        } else if unit.is_empty() {
            number(v)
        } else {
            format!("{} {unit}", number(v))
        }
    };
    let mut values = f.values.clone();
    values.sort_by_key(|v| v.date);
    let top = values.iter().map(|v| v.value).chain(f.target).fold(0.0_f64, f64::max);
    let y = |v: f64| if top > 0.0 { 100.0 - (v.max(0.0) / top * 100.0) } else { 100.0 };
    let width = 300.0 / values.len().max(1) as f64;
    let latest = values.last().map(|v| {
        let w = ctx.words;
        let latest = w.with("measure_value", &[("value", Arg::Text(&with_unit(v.value))), ("date", Arg::Text(&w.date(v.date)))]);
        match f.target {
            Some(t) => w.with("measure_target", &[("latest", Arg::Text(&latest)), ("target", Arg::Text(&with_unit(t)))]),
            None => latest,
        }
    });
    let values = values
        .iter()
        .enumerate()
        .map(|(i, v)| MeasurePoint {
            date: date(ctx.words, v.date),
            label: with_unit(v.value),
            x: svg_number(i as f64 * width + width * 0.15),
            y: svg_number(y(v.value)),
            width: svg_number(width * 0.7),
            height: svg_number(100.0 - y(v.value)),
        })
        .collect();
    MeasureView { text: f.text.trim().to_string(), latest, values, target_y: f.target.map(|t| svg_number(y(t))) }
}

/// A value as people write it: no trailing zeros, at most two decimals.
fn number(v: f64) -> String {
    let text = format!("{v:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}
