//! `/services/`, one service's page, and its printable poster.

use super::super::cards::*;
use super::super::views::*;
use super::{over_time, Ctx};
use crate::content::model::ActionStatus;
use crate::diagnostics::Diagnostic;
use crate::graph::figures::{Figures, ItemState};
use crate::graph::{urls, Route};
use crate::render::OutputFile;
use crate::theme::Theme;
use crate::words::Arg;

pub fn list(ctx: &Ctx, theme: &Theme, route: &Route) -> Result<OutputFile, Diagnostic> {
    let view = ServicesView {
        services: ctx
            .graph
            .services
            .iter()
            .map(|s| ServiceCard {
                name: s.name.clone(),
                href: ctx.href(&urls::service(&s.slug)),
                poster_href: ctx.href(&urls::poster(&s.slug)),
                projects: s.projects.len(),
                figures: figures(ctx.words, &s.figures),
            })
            .collect(),
    };
    let meta = ctx.meta(&route.url, ctx.words.get("nav_services"), ctx.words.get("services_description"), vec![ctx.home()]);
    ctx.page(theme, route, "services.html", meta, &view)
}

/// Page `page` of one service: its figures, projects and stories.
pub fn service(ctx: &Ctx, theme: &Theme, route: &Route, i: usize, page: usize) -> Result<OutputFile, Diagnostic> {
    const TEMPLATE: &str = "service.html";
    let g = ctx.graph;
    let s = &g.services[i];
    let view = ServiceView {
        name: s.name.clone(),
        poster_href: ctx.href(&urls::poster(&s.slug)),
        projects_href: ctx.href(&urls::project_filter("service", &s.slug)),
        figures: figures(ctx.words, &s.figures),
        projects: listed_projects(ctx, theme, TEMPLATE, g.page_of(&s.projects, page).iter().copied(), CardUse::Plain)?,
        stories: listed_stories(ctx, theme, TEMPLATE, g.page_of(&s.stories, page).iter().copied())?,
        projects_total: s.projects.len(),
        stories_total: s.stories.len(),
        pagination: pagination(ctx, &urls::service(&s.slug), page, s.projects.len().max(s.stories.len())),
        follow: over_time::follow(ctx, &urls::service_feed(&s.slug)),
    };
    let crumbs = vec![ctx.home(), ctx.crumb_to(urls::SERVICES, "nav_services")];
    ctx.page(theme, route, TEMPLATE, ctx.meta(&route.url, paged(ctx.words, s.name.clone(), page), "", crumbs), &view)
}

/// The A4 poster for a service's noticeboard.
pub fn poster(ctx: &Ctx, theme: &Theme, route: &Route, i: usize) -> Result<OutputFile, Diagnostic> {
    let s = &ctx.graph.services[i];
    let back = Link { href: ctx.href(&urls::service(&s.slug)), label: ctx.words.with("poster_back", &[("service", Arg::Text(&s.name))]) };
    let view = poster_view(ctx, &s.name, back, &urls::service(&s.slug), (&s.projects, 4), &s.figures);
    let crumbs = vec![ctx.home(), ctx.crumb_to(urls::SERVICES, "nav_services"), ctx.crumb(&urls::service(&s.slug), &s.name)];
    let title = ctx.words.with("service_title", &[("service", Arg::Text(&s.name))]);
    ctx.page(theme, route, "poster.html", ctx.meta(&route.url, title, "", crumbs), &view)
}

/// The A4 poster of one project, for the noticeboard where the people it asked will see it.
pub fn project_poster(ctx: &Ctx, theme: &Theme, route: &Route, i: usize) -> Result<OutputFile, Diagnostic> {
    let p = &ctx.graph.projects[i];
    let title = &p.doc.data.title;
    let url = urls::project(&p.doc.slug);
    let back = Link { href: ctx.href(&url), label: ctx.words.with("poster_back_project", &[("title", Arg::Text(title))]) };
    // A project's title is longer than a service's name: one item fewer keeps it to one A4 sheet.
    let view = poster_view(ctx, title, back, &url, (&[i], 3), &p.figures);
    let crumbs = vec![ctx.home(), ctx.crumb_to(urls::PROJECTS, "nav_projects"), ctx.crumb(&url, title)];
    let heading = ctx.words.with("service_title", &[("service", Arg::Text(title))]);
    ctx.page(theme, route, "poster.html", ctx.meta(&route.url, heading, "", crumbs), &view)
}

/// A poster of at most `most` items of `projects`, headed `heading`, whose QR code opens the
/// page at `url`.
fn poster_view(ctx: &Ctx, heading: &str, back: Link, url: &str, (projects, most): (&[usize], usize), f: &Figures) -> PosterView {
    let url = ctx.absolute(url);
    PosterView {
        heading: heading.to_string(),
        back,
        items: poster_items(ctx, projects, most),
        figures: figures(ctx.words, f),
        qr_svg: ctx.qr.svg(&url, &ctx.words.with("qr_label", &[("url", Arg::Text(&url))])),
        url,
        as_at: as_at(ctx, projects.iter().copied()),
    }
}

/// The poster's items: of every item of the service's projects (newest project first), those
/// acted on first, then those in progress, then those we could not do, then those awaiting
/// a response, so a noticeboard opens with what changed. Each shows its best action.
fn poster_items(ctx: &Ctx, projects: &[usize], most: usize) -> Vec<PosterItem> {
    let mut items: Vec<_> = projects.iter().flat_map(|&p| &ctx.graph.projects[p].doc.data.you_said).collect();
    items.sort_by_key(|item| ItemState::of(item));
    items
        .into_iter()
        .take(most)
        .map(|item| {
            let best = item.we_did.iter().min_by_key(|a| a.status);
            let did = best.map_or_else(|| ctx.words.get("poster_considering").into(), |a| a.action.trim().to_string());
            let reason =
                best.filter(|a| a.status == ActionStatus::NotPossible).and_then(|a| a.reason.as_ref()).map(|r| r.trim().to_string());
            PosterItem {
                said: item.said.trim().to_string(),
                did_label: best.map_or_else(|| ctx.words.get("we_did_next").into(), |a| we_did_label(ctx.words, a.status)),
                did,
                reason,
                state: item_state(ctx.words, ItemState::of(item)),
            }
        })
        .collect()
}
