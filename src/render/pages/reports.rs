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

pub fn list(ctx: &Ctx, theme: &Theme, route: &Route) -> Result<OutputFile, Diagnostic> {
    let years = ctx
        .graph
        .reports
        .iter()
        .map(|r| GroupRow { label: r.year.label(), href: ctx.href(&urls::report(&r.year.slug())), figures: figures(&r.figures.year) })
        .collect();
    let meta =
        ctx.meta(&route.url, "Reports by year", "What people told us in each financial year, and what happened next.", vec![ctx.home()]);
    ctx.page(theme, route, "reports.html", meta, &ReportsView { years })
}

pub fn year(ctx: &Ctx, theme: &Theme, route: &Route, i: usize) -> Result<OutputFile, Diagnostic> {
    let g = ctx.graph;
    let r = &g.reports[i];
    let view = ReportView {
        label: r.year.label(),
        span: format!("1 April {} to 31 March {}", r.year.0, r.year.0 + 1),
        figures: figures(&r.figures.year),
        quarters: quarters(r.year, &r.figures),
        services: r
            .services
            .iter()
            .map(|(s, f)| ServiceReport {
                name: g.services[*s].name.clone(),
                href: ctx.href(&urls::service(&g.services[*s].slug)),
                figures: figures(&f.year),
                quarters: quarters(r.year, f),
            })
            .collect(),
    };
    let title = format!("Report for {}", r.year.label());
    let description = format!("What people told us from {}, and what happened next.", view.span);
    let crumbs = vec![ctx.home(), ctx.crumb(urls::REPORTS, "Reports by year")];
    ctx.page(theme, route, "report.html", ctx.meta(&route.url, title, description, crumbs), &view)
}

fn quarters(year: FinancialYear, f: &PeriodFigures) -> Vec<GroupRow> {
    f.quarters
        .iter()
        .enumerate()
        .map(|(q, f)| GroupRow { label: format!("Q{}: {}", q + 1, year.quarter_label(q + 1)), href: String::new(), figures: figures(f) })
        .collect()
}
