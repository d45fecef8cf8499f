//! `/reports/` and `/reports/<yyyy-yy>/`: the figures by UK financial year and quarter, from
//! `graph::periods`, trust-wide and per service, each chart with its table.

use super::super::cards::*;
use super::super::views::*;
use super::Ctx;
use crate::diagnostics::Diagnostic;
use crate::graph::periods::{FinancialYear, PeriodFigures};
use crate::graph::{urls, Route};
use crate::render::OutputFile;
use crate::theme::Theme;
use crate::words::Arg;

pub fn list(ctx: &Ctx, theme: &Theme, route: &Route) -> Result<OutputFile, Diagnostic> {
    let years = ctx
        .graph
        .reports
        .iter()
        .map(|r| GroupRow {
            label: r.year.label(),
            href: ctx.href(&urls::report(&r.year.slug())),
            figures: figures(ctx.words, &r.figures.year),
        })
        .collect();
    let meta = ctx.meta(&route.url, ctx.words.get("reports_title"), ctx.words.get("reports_description"), vec![ctx.home()]);
    ctx.page(theme, route, "reports.html", meta, &ReportsView { years })
}

pub fn year(ctx: &Ctx, theme: &Theme, route: &Route, i: usize) -> Result<OutputFile, Diagnostic> {
    let g = ctx.graph;
    let r = &g.reports[i];
    let view = ReportView {
        label: r.year.label(),
        span: ctx.words.with("report_span", &[("from", Arg::Text(&r.year.0.to_string())), ("to", Arg::Text(&(r.year.0 + 1).to_string()))]),
        figures: figures(ctx.words, &r.figures.year),
        quarters: quarters(ctx, r.year, &r.figures),
        services: r
            .services
            .iter()
            .map(|(s, f)| ServiceReport {
                name: g.services[*s].name.clone(),
                href: ctx.href(&urls::service(&g.services[*s].slug)),
                figures: figures(ctx.words, &f.year),
                quarters: quarters(ctx, r.year, f),
            })
            .collect(),
    };
    let title = ctx.words.with("report_title", &[("year", Arg::Text(&r.year.label()))]);
    let description = ctx.words.with("report_description", &[("span", Arg::Text(&view.span))]);
    let crumbs = vec![ctx.home(), ctx.crumb_to(urls::REPORTS, "footer_reports")];
    ctx.page(theme, route, "report.html", ctx.meta(&route.url, title, description, crumbs), &view)
}

/// Each quarter's row: "Q1: April to June 2025", in the catalogue's words.
fn quarters(ctx: &Ctx, year: FinancialYear, f: &PeriodFigures) -> Vec<GroupRow> {
    f.quarters
        .iter()
        .enumerate()
        .map(|(q, f)| {
            let calendar_year = if q == 3 { year.0 + 1 } else { year.0 };
            let label = ctx.words.with(&format!("quarter_{}", q + 1), &[("year", Arg::Text(&calendar_year.to_string()))]);
            GroupRow { label, href: String::new(), figures: figures(ctx.words, f) }
        })
        .collect()
}
