//! `/you-said-we-did/`, its filter pages, and one project's page.

use super::super::cards::*;
use super::super::views::*;
use super::{over_time, Ctx};
use crate::content::model::{Action, ActionStatus, YouSaid};
use crate::content::Date;
use crate::diagnostics::Diagnostic;
use crate::graph::figures::{self, ItemState};
use crate::graph::{urls, Filter, Route};
use crate::render::OutputFile;
use crate::theme::Theme;
use crate::words::Arg;

/// Page `page` of the project list, whole or filtered.
pub fn list(ctx: &Ctx, theme: &Theme, route: &Route, filter: Filter, page: usize) -> Result<OutputFile, Diagnostic> {
    const TEMPLATE: &str = "projects.html";
    let g = ctx.graph;
    let w = ctx.words;
    let filtered = |by: &str| w.with("projects_title_filtered", &[("filter", Arg::Text(by))]);
    // `None`: every project, in graph order (newest first).
    let (group, heading, first_url): (Option<&[usize]>, String, String) = match filter {
        Filter::All => (None, w.get("nav_projects").into(), urls::PROJECTS.into()),
        Filter::Service(i) => {
            (Some(&g.services[i].projects), filtered(&g.services[i].name), urls::project_filter("service", &g.services[i].slug))
        }
        Filter::Type(i) => (Some(&g.types[i].projects), filtered(&type_words(ctx, i).0), urls::project_filter("type", g.vocab.types[i].id)),
        Filter::Status(s) => (
            Some(grouped(&g.statuses, s)),
            filtered(&project_status(w, s).label.to_lowercase()),
            urls::project_filter("status", project_status(ctx.words, s).id),
        ),
        Filter::Year(y) => {
            let started = w.with("projects_started_in", &[("year", Arg::Text(&y.to_string()))]);
            (Some(grouped(&g.years, y)), filtered(&started), urls::project_filter("year", &y.to_string()))
        }
    };
    let total = group.map_or(g.projects.len(), <[usize]>::len);
    let ids: Vec<usize> = match group {
        Some(ids) => g.page_of(ids, page).to_vec(),
        None => g.page_range(total, page).collect(),
    };
    let view = ProjectListView {
        heading: heading.clone(),
        intro: w.get("projects_intro").into(),
        projects: listed_projects(ctx, theme, TEMPLATE, ids, CardUse::Filterable)?,
        facets: facets(ctx, filter),
        all_href: ctx.href(urls::PROJECTS),
        filtered: filter != Filter::All,
        complete: filter == Filter::All && total <= g.page_size(),
        pagination: pagination(ctx, &first_url, page, total),
        total,
    };
    let mut crumbs = vec![ctx.home()];
    if filter != Filter::All {
        crumbs.push(ctx.crumb_to(urls::PROJECTS, "nav_projects"));
    }
    ctx.page(theme, route, TEMPLATE, ctx.meta(&route.url, paged(ctx.words, heading, page), "", crumbs), &view)
}

/// One project: what people said beside what was done, and how it shaped the outcome.
pub fn project(ctx: &Ctx, theme: &Theme, route: &Route, i: usize) -> Result<OutputFile, Diagnostic> {
    const TEMPLATE: &str = "project.html";
    let p = &ctx.graph.projects[i];
    let crumbs = vec![ctx.home(), ctx.crumb_to(urls::PROJECTS, "nav_projects")];
    let mut meta = ctx.meta(&route.url, p.doc.data.title.clone(), p.doc.data.summary.trim(), crumbs);
    meta.kind = "article";
    meta.draft = p.doc.data.draft;
    ctx.page(theme, route, TEMPLATE, meta, &project_view(ctx, theme, TEMPLATE, i)?)
}

fn project_view(ctx: &Ctx, theme: &Theme, template: &str, i: usize) -> Result<ProjectView, Diagnostic> {
    let g = ctx.graph;
    let p = &g.projects[i];
    let d = &p.doc.data;
    let (_, type_influence, type_description) = type_words(ctx, p.involvement);
    let service = &g.services[p.service];
    let people_total = d.people.iter().map(|x| x.count).sum::<Option<u32>>().filter(|_| d.people.len() > 1);
    Ok(ProjectView {
        title: d.title.clone(),
        summary: d.summary.trim().to_string(),
        service: Link { href: ctx.href(&urls::service(&service.slug)), label: service.name.clone() },
        involvement: type_ref(ctx, p.involvement),
        influence: d.influence.clone().map(|s| s.trim().to_string()).unwrap_or(type_influence),
        type_description,
        status: project_status(ctx.words, d.status),
        started: date(ctx.words, d.started),
        ended: d.ended.map(|d| date(ctx.words, d)),
        people: d.people.iter().map(|x| PeopleView { group: x.group.clone(), count: x.count }).collect(),
        people_total,
        seldom_heard: d.seldom_heard.clone(),
        methods: d.methods.clone(),
        existing_insight: d.existing_insight.clone(),
        items: d.you_said.iter().map(|item| item_view(ctx, item, d.started)).collect(),
        outcome_html: ctx.markdown.outcomes[i].as_ref().map(|r| r.html.clone()),
        stories: listed_stories(ctx, theme, template, p.stories.iter().copied())?,
        strategy: p
            .strategy
            .map(|si| &g.strategies[si])
            .map(|s| Link { href: ctx.href(&urls::strategy(&s.doc.slug)), label: s.doc.data.title.clone() }),
        ambitions: ambition_links(ctx, i),
        standards: standards(ctx.words, &d.standards),
        contact: d.contact.clone(),
        figures: figures(ctx.words, &p.figures),
        updated: over_time::updated(ctx, p.updated),
        timeline: over_time::project_timeline(ctx, i),
        history: over_time::project_history(ctx, i),
        follow: over_time::follow(ctx, &urls::project_feed(&p.doc.slug)),
        easy_read_href: d.easy_read.as_ref().map(|_| ctx.href(&urls::easy_read(&p.doc.slug))),
        poster_href: ctx.href(&urls::project_poster(&p.doc.slug)),
    })
}

/// One thing people said, beside what was done about it: a step of its own because every
/// item of every project page is made the same way.
fn item_view(ctx: &Ctx, item: &YouSaid, started: Date) -> ItemView {
    ItemView {
        waiting_since: figures::waiting_since(item, started).map(|d| date(ctx.words, d)),
        said: item.said.trim().to_string(),
        theme: item.theme.clone(),
        state: item_state(ctx.words, ItemState::of(item)),
        did_label: match item.we_did.split_first() {
            Some((first, rest)) if rest.iter().all(|a| a.status == first.status) => we_did_label(ctx.words, first.status),
            _ => ctx.words.get("our_response").into(),
        },
        actions: item.we_did.iter().map(|a| action_view(ctx, a)).collect(),
    }
}

/// One action, with its date named by what the date means for its status (done, due or
/// decided) and whether it is overdue today.
fn action_view(ctx: &Ctx, a: &Action) -> ActionView {
    ActionView {
        action: a.action.trim().to_string(),
        status: action_status(ctx.words, a.status),
        date_label: ctx
            .words
            .get(match a.status {
                ActionStatus::Done => "date_done",
                ActionStatus::Planned | ActionStatus::InProgress => "date_due",
                ActionStatus::NotPossible => "date_decided",
            })
            .to_string(),
        date: a.date.map(|d| date(ctx.words, d)),
        overdue: figures::is_overdue(a, ctx.graph.today),
        reason: a.reason.as_ref().map(|r| r.trim().to_string()),
        link: a.link.as_ref().map(|l| ctx.named_link(l)),
    }
}

/// The ambitions project `i` serves, as links to their pages (none without a strategy).
fn ambition_links(ctx: &Ctx, i: usize) -> Vec<Link> {
    let p = &ctx.graph.projects[i];
    p.strategy
        .map(|si| &ctx.graph.strategies[si])
        .map(|s| {
            p.ambitions
                .iter()
                .map(|&ai| Link {
                    href: ctx.href(&urls::ambition(&s.doc.slug, &s.doc.data.ambitions[ai].id)),
                    label: s.doc.data.ambitions[ai].title.clone(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The filter facets of the project list; `current` marks the page's own filter. Each
/// option's count is the graph's: projects with that value, whatever else is chosen (the
/// filter script recounts for a combined choice from the cards' `data-` values).
fn facets(ctx: &Ctx, current: Filter) -> Vec<Facet> {
    let g = ctx.graph;
    let w = ctx.words;
    // Each facet's id is also the first segment of its options' static pages.
    let option = |facet: &str, label: String, value: String, count: usize, filter: Filter| FacetOption {
        label,
        href: Some(ctx.href(&urls::project_filter(facet, &value))),
        value,
        count,
        current: filter == current,
    };
    let facet =
        |id: &'static str, label: &str, options: Vec<FacetOption>| Facet { id, label: w.get(label).into(), script_only: false, options };
    vec![
        facet(
            "service",
            "facet_service",
            g.services
                .iter()
                .enumerate()
                .map(|(i, s)| option("service", s.name.clone(), s.slug.clone(), s.projects.len(), Filter::Service(i)))
                .collect(),
        ),
        facet(
            "type",
            "facet_type",
            g.vocab
                .types
                .iter()
                .zip(&g.types)
                .enumerate()
                .map(|(i, (t, n))| option("type", type_words(ctx, i).0, t.id.into(), n.projects.len(), Filter::Type(i)))
                .collect(),
        ),
        facet(
            "status",
            "facet_status",
            g.statuses
                .iter()
                .map(|(s, group)| {
                    let v = project_status(ctx.words, *s);
                    option("status", v.label, v.id.into(), group.projects.len(), Filter::Status(*s))
                })
                .collect(),
        ),
        facet(
            "year",
            "facet_year",
            g.years.iter().map(|(y, group)| option("year", y.to_string(), y.to_string(), group.projects.len(), Filter::Year(*y))).collect(),
        ),
        Facet {
            id: "theme",
            label: w.get("theme").into(),
            script_only: true,
            options: g
                .themes
                .iter()
                .map(|t| FacetOption {
                    label: t.label.clone(),
                    value: t.slug.clone(),
                    href: None,
                    count: t.group.projects.len(),
                    current: false,
                })
                .collect(),
        },
    ]
}
