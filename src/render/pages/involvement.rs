//! `/involvement/`: the four types of involvement by influence, and each type's projects.

use super::super::cards::*;
use super::super::views::*;
use super::Ctx;
use crate::diagnostics::Diagnostic;
use crate::graph::{urls, Route};
use crate::render::OutputFile;
use crate::theme::Theme;

pub fn overview(ctx: &Ctx, theme: &Theme, route: &Route) -> Result<OutputFile, Diagnostic> {
    let view = InvolvementView { types: type_cards(ctx) };
    let meta = ctx.meta(&route.url, ctx.words.get("nav_involvement"), ctx.words.get("involvement_description"), vec![ctx.home()]);
    ctx.page(theme, route, "involvement.html", meta, &view)
}

/// Page `page` of one involvement type.
pub fn kind(ctx: &Ctx, theme: &Theme, route: &Route, ti: usize, page: usize) -> Result<OutputFile, Diagnostic> {
    const TEMPLATE: &str = "involvement_type.html";
    let g = ctx.graph;
    let kind = type_cards(ctx).swap_remove(ti);
    let t = &g.types[ti];
    let title = paged(ctx.words, kind.label.clone(), page);
    let description = kind.influence.clone();
    let view = TypeView {
        projects: listed_projects(ctx, theme, TEMPLATE, g.page_of(&t.projects, page).iter().copied(), CardUse::Plain)?,
        pagination: pagination(ctx, &urls::involvement_type(kind.id), page, t.projects.len()),
        figures: figures(ctx.words, &t.figures),
        kind,
    };
    let crumbs = vec![ctx.home(), ctx.crumb_to(urls::INVOLVEMENT, "nav_involvement")];
    ctx.page(theme, route, TEMPLATE, ctx.meta(&route.url, title, description, crumbs), &view)
}
