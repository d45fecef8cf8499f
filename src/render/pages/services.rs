//! `/services/`, one service's page, and its printable poster.

use super::super::cards::*;
use super::super::views::*;
use super::{over_time, Ctx};
use crate::content::model::ActionStatus;
use crate::diagnostics::Diagnostic;
use crate::graph::figures::{Figures, ItemState};
use crate::graph::{urls, Route};
use crate::qr;
use crate::render::OutputFile;
use crate::theme::Theme;

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
                figures: figures(&s.figures),
            })
            .collect(),
    };
    let description = "What people told each of our services, and what changed.";
    ctx.page(theme, route, "services.html", ctx.meta(&route.url, "Services", description, vec![ctx.home()]), &view)
}

/// Page `page` of one service: its figures, projects and stories.
pub fn service(ctx: &Ctx, theme: &Theme, route: &Route, i: usize, page: usize) -> Result<OutputFile, Diagnostic> {
    let g = ctx.graph;
    let s = &g.services[i];
    let view = ServiceView {
        name: s.name.clone(),
        poster_href: ctx.href(&urls::poster(&s.slug)),
        projects_href: ctx.href(&urls::project_filter("service", &s.slug)),
        figures: figures(&s.figures),
        projects: g.page_of(&s.projects, page).iter().map(|&p| project_card(ctx, p)).collect(),
        stories: g.page_of(&s.stories, page).iter().map(|&st| story_card(ctx, st)).collect(),
        projects_total: s.projects.len(),
        stories_total: s.stories.len(),
        pagination: pagination(ctx, &urls::service(&s.slug), page, s.projects.len().max(s.stories.len())),
        follow: over_time::follow(ctx, &urls::service_feed(&s.slug)),
    };
    let crumbs = vec![ctx.home(), ctx.crumb(urls::SERVICES, "Services")];
    ctx.page(theme, route, "service.html", ctx.meta(&route.url, paged(s.name.clone(), page), "", crumbs), &view)
}

/// The A4 poster for a service's noticeboard.
pub fn poster(ctx: &Ctx, theme: &Theme, route: &Route, i: usize) -> Result<OutputFile, Diagnostic> {
    let s = &ctx.graph.services[i];
    let back = Link { href: ctx.href(&urls::service(&s.slug)), label: format!("Back to everything for {}", s.name) };
    let view = poster_view(ctx, &s.name, back, &urls::service(&s.slug), (&s.projects, 4), &s.figures);
    let crumbs = vec![ctx.home(), ctx.crumb(urls::SERVICES, "Services"), ctx.crumb(&urls::service(&s.slug), &s.name)];
    ctx.page(theme, route, "poster.html", ctx.meta(&route.url, format!("You said, we did: {}", s.name), "", crumbs), &view)
}

/// The A4 poster of one project, for the noticeboard where the people it asked will see it.
pub fn project_poster(ctx: &Ctx, theme: &Theme, route: &Route, i: usize) -> Result<OutputFile, Diagnostic> {
    let p = &ctx.graph.projects[i];
    let title = &p.doc.data.title;
    let url = urls::project(&p.doc.slug);
    let back = Link { href: ctx.href(&url), label: format!("Back to the project: {title}") };
    // A project's title is longer than a service's name: one item fewer keeps it to one A4 sheet.
    let view = poster_view(ctx, title, back, &url, (&[i], 3), &p.figures);
    let crumbs = vec![ctx.home(), ctx.crumb(urls::PROJECTS, "You said, we did"), ctx.crumb(&url, title)];
    ctx.page(theme, route, "poster.html", ctx.meta(&route.url, format!("You said, we did: {title}"), "", crumbs), &view)
}

/// A poster of at most `most` items of `projects`, headed `heading`, whose QR code opens the
/// page at `url`.
fn poster_view(ctx: &Ctx, heading: &str, back: Link, url: &str, (projects, most): (&[usize], usize), f: &Figures) -> PosterView {
    let url = ctx.absolute(url);
    PosterView {
        heading: heading.to_string(),
        back,
        items: poster_items(ctx, projects, most),
        figures: figures(f),
        qr_svg: qr::svg(&url, &format!("QR code: scan it with a phone camera to open {url}")),
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
            let did = best
                .map_or_else(|| "We are considering what you told us and will report back here.".into(), |a| a.action.trim().to_string());
            let reason =
                best.filter(|a| a.status == ActionStatus::NotPossible).and_then(|a| a.reason.as_ref()).map(|r| r.trim().to_string());
            PosterItem {
                said: item.said.trim().to_string(),
                did_label: best.map_or("Next", |a| we_did_label(a.status)),
                did,
                reason,
                state: item_state(ItemState::of(item)),
            }
        })
        .collect()
}
