//! One function per URL family: each builds its typed view from the graph and renders it.
//! Views are built here and nowhere else; templates only lay them out.

use super::highlight::Highlighter;
use super::views::*;
use super::{data, Body, Job, MarkdownOut, OutputFile, RenderOptions};
use crate::content::model::{ActionStatus, ProjectStatus, Standard};
use crate::content::Date;
use crate::diagnostics::Diagnostic;
use crate::graph::figures::{Figures, ItemState};
use crate::graph::{urls, Filter, SiteGraph};
use crate::theme::Theme;
use serde::Serialize;

/// What every job reads: the graph, the rendered Markdown and the shared site view.
pub struct Ctx<'a> {
    pub graph: &'a SiteGraph,
    pub markdown: &'a MarkdownOut,
    pub highlighter: &'a Highlighter,
    pub site: SiteView,
}

impl<'a> Ctx<'a> {
    pub fn new(graph: &'a SiteGraph, markdown: &'a MarkdownOut, highlighter: &'a Highlighter, options: RenderOptions) -> Self {
        let c = &graph.config.data;
        let href = |u: &str| format!("{}{u}", graph.base.path);
        let entry = |url: &str, label: &str| Link { href: href(url), label: label.into() };
        let mut nav = vec![entry(urls::PROJECTS, "You said, we did"), entry(urls::STORIES, "Stories")];
        if let Some(si) = graph.current_strategy() {
            nav.push(entry(&urls::strategy(&graph.strategies[si].doc.slug), "Our strategy"));
        }
        nav.push(entry(urls::INVOLVEMENT, "How we involve people"));
        nav.push(entry(urls::SERVICES, "Services"));
        nav.extend(graph.pages.iter().filter(|p| p.data.order.is_some()).map(|p| entry(&urls::page(&p.slug), &p.data.title)));
        nav.push(entry(urls::SEARCH, "Search"));
        let mut footer_links: Vec<Link> = graph
            .pages
            .iter()
            .filter(|p| p.data.order.is_none())
            .map(|p| Link { href: href(&urls::page(&p.slug)), label: p.data.title.clone() })
            .collect();
        footer_links.push(Link { href: href(urls::DATA), label: "Open data".into() });
        footer_links.push(Link { href: href(urls::FEED), label: "News feed (Atom)".into() });
        let site = SiteView {
            title: c.title.clone(),
            organisation: c.organisation.clone(),
            description: c.description.clone().unwrap_or_default(),
            language: c.language.clone(),
            base: graph.base.path.clone(),
            home_href: href(urls::HOME),
            stylesheet_href: href(&format!("{}style.css", urls::ASSETS)),
            icon_href: href(&format!("{}favicon.svg", urls::ASSETS)),
            search_script_href: href(&format!("{}search.js", urls::ASSETS)),
            filter_script_href: href(&format!("{}filter.js", urls::ASSETS)),
            search_href: href(urls::SEARCH),
            feed_href: href(urls::FEED),
            data_href: href(urls::DATA),
            nav,
            footer_links,
            contact: c.contact.as_ref().map(|k| ContactView {
                team: k.team.clone(),
                email: k.email.clone(),
                phone: k.phone.clone(),
                phone_href: k
                    .phone
                    .as_ref()
                    .map(|p| format!("tel:{}", p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>())),
            }),
            get_involved_href: None,
            preview: options.preview,
        };
        let mut ctx = Ctx { graph, markdown, highlighter, site };
        ctx.site.get_involved_href = graph.get_involved.as_ref().map(|t| ctx.link(t, false));
        ctx
    }

    pub fn href(&self, url: &str) -> String {
        format!("{}{url}", self.graph.base.path)
    }

    pub fn absolute(&self, url: &str) -> String {
        format!("{}{url}", self.graph.base.absolute)
    }

    /// An editor's link target as published: root-relative links get the base path (or the
    /// whole base URL when `absolute`, for data read away from the site); others stay.
    pub fn link(&self, target: &str, absolute: bool) -> String {
        match crate::graph::links::check(target, &self.graph.urls) {
            Ok(crate::graph::links::Link::Internal { path, suffix }) if absolute => self.absolute(&format!("{path}{suffix}")),
            Ok(crate::graph::links::Link::Internal { path, suffix }) => self.href(&format!("{path}{suffix}")),
            _ => target.to_string(),
        }
    }

    fn crumb(&self, url: &str, label: &str) -> Link {
        Link { href: self.href(url), label: label.to_string() }
    }

    fn meta(&self, url: &str, title: impl Into<String>, description: impl Into<String>, crumbs: Vec<Link>) -> Meta {
        let description = description.into();
        Meta {
            title: title.into(),
            description: if description.is_empty() { self.site.description.clone() } else { description },
            canonical: self.absolute(url),
            path: self.href(url),
            kind: "website",
            breadcrumbs: crumbs,
            draft: false,
        }
    }
}

/// Renders one job into one output file.
/// The files of one job: one, except the search bundle's several.
pub fn render_job(ctx: &Ctx, theme: &Theme, job: Job) -> Result<Vec<OutputFile>, Diagnostic> {
    let g = ctx.graph;
    let home = || ctx.crumb(urls::HOME, "Home");
    let html = |url: String, template: &str, meta: Meta, page: &dyn erased::View| -> Result<OutputFile, Diagnostic> {
        let path = if url.ends_with('/') || url.is_empty() { format!("{url}index.html") } else { url };
        let body = page.render(theme, template, &ctx.site, meta)?;
        Ok(OutputFile { path, body: Body::Bytes(body.into_bytes()) })
    };
    let file = match job {
        Job::Home => {
            let c = &g.config.data;
            let view = HomeView {
                intro: c.description.clone().unwrap_or_default(),
                figures: figures(&g.figures),
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
                        figures: figures(&group.figures),
                    })
                    .collect(),
                by_service: g
                    .services
                    .iter()
                    .map(|s| GroupRow { label: s.name.clone(), href: ctx.href(&urls::service(&s.slug)), figures: figures(&s.figures) })
                    .collect(),
            };
            html(String::new(), "home.html", ctx.meta(urls::HOME, c.title.clone(), "", vec![]), &view)
        }
        Job::ProjectList { filter, page } => {
            // `None`: every project, in graph order (newest first).
            let (group, heading, first_url): (Option<&[usize]>, String, String) = match filter {
                Filter::All => (None, "You said, we did".into(), urls::PROJECTS.into()),
                Filter::Service(i) => (
                    Some(&g.services[i].projects),
                    format!("You said, we did: {}", g.services[i].name),
                    urls::project_filter("service", &g.services[i].slug),
                ),
                Filter::Type(i) => (
                    Some(&g.types[i].projects),
                    format!("You said, we did: {}", g.vocab.types[i].label),
                    urls::project_filter("type", g.vocab.types[i].id),
                ),
                Filter::Status(s) => (
                    Some(grouped(&g.statuses, s)),
                    format!("You said, we did: {}", project_status(s).label.to_lowercase()),
                    urls::project_filter("status", project_status(s).id),
                ),
                Filter::Year(y) => {
                    (Some(grouped(&g.years, y)), format!("You said, we did: started in {y}"), urls::project_filter("year", &y.to_string()))
                }
            };
            let url = urls::paginated(&first_url, page);
            let total = group.map_or(g.projects.len(), <[usize]>::len);
            let ids: Vec<usize> = match group {
                Some(ids) => g.page_of(ids, page).to_vec(),
                None => g.page_range(total, page).collect(),
            };
            let view = ProjectListView {
                heading: heading.clone(),
                intro: "Every involvement project: what people told us, what we did about it, and how it shaped the outcome. Newest first."
                    .into(),
                projects: ids.iter().map(|&i| project_card(ctx, i)).collect(),
                facets: facets(ctx, filter),
                all_href: ctx.href(urls::PROJECTS),
                filtered: filter != Filter::All,
                pagination: pagination(ctx, &first_url, page, total),
                total,
            };
            let mut crumbs = vec![home()];
            if filter != Filter::All {
                crumbs.push(ctx.crumb(urls::PROJECTS, "You said, we did"));
            }
            html(url.clone(), "projects.html", ctx.meta(&url, paged(heading, page), "", crumbs), &view)
        }
        Job::Project(i) => {
            let view = project_view(ctx, i);
            let p = &g.projects[i];
            let url = urls::project(&p.doc.slug);
            let mut meta = ctx.meta(
                &url,
                p.doc.data.title.clone(),
                p.doc.data.summary.trim(),
                vec![home(), ctx.crumb(urls::PROJECTS, "You said, we did")],
            );
            meta.kind = "article";
            meta.draft = p.doc.data.draft;
            html(url, "project.html", meta, &view)
        }
        Job::StoryList { page } => {
            let total = g.stories.len();
            let view = StoryListView {
                stories: g.page_range(total, page).map(|i| story_card(ctx, i)).collect(),
                pagination: pagination(ctx, urls::STORIES, page, total),
                total,
            };
            let url = urls::paginated(urls::STORIES, page);
            html(
                url.clone(),
                "stories.html",
                ctx.meta(&url, paged("Stories".into(), page), "Impact stories: what changed because people got involved.", vec![home()]),
                &view,
            )
        }
        Job::Story(i) => {
            let s = &g.stories[i];
            let view = story_view(ctx, i);
            let url = urls::story(&s.doc.slug);
            let mut meta =
                ctx.meta(&url, s.doc.data.title.clone(), s.doc.data.summary.trim(), vec![home(), ctx.crumb(urls::STORIES, "Stories")]);
            meta.kind = "article";
            meta.draft = s.doc.data.draft;
            html(url, "story.html", meta, &view)
        }
        Job::StrategyList => {
            let view = StrategyListView { strategies: (0..g.strategies.len()).map(|i| strategy_brief(ctx, i)).collect() };
            html(urls::STRATEGIES.into(), "strategies.html", ctx.meta(urls::STRATEGIES, "Our strategies", "", vec![home()]), &view)
        }
        Job::Strategy(si) => {
            let s = &g.strategies[si];
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
            let url = urls::strategy(&s.doc.slug);
            let mut meta = ctx.meta(&url, d.title.clone(), d.vision.clone(), vec![home(), ctx.crumb(urls::STRATEGIES, "Our strategies")]);
            meta.draft = d.draft;
            html(url, "strategy.html", meta, &view)
        }
        Job::Ambition { strategy: si, ambition: ai, page } => {
            let s = &g.strategies[si];
            let a = &s.doc.data.ambitions[ai];
            let node = &s.ambitions[ai];
            let strategy_url = urls::strategy(&s.doc.slug);
            let first_url = urls::ambition(&s.doc.slug, &a.id);
            let view = AmbitionView {
                title: a.title.clone(),
                statement: a.statement.clone(),
                measures: a.measures.clone(),
                strategy: Link { href: ctx.href(&strategy_url), label: s.doc.data.title.clone() },
                projects: g.page_of(&node.projects, page).iter().map(|&p| project_card(ctx, p)).collect(),
                stories: g.page_of(&node.stories, page).iter().map(|&st| story_card(ctx, st)).collect(),
                projects_total: node.projects.len(),
                stories_total: node.stories.len(),
                pagination: pagination(ctx, &first_url, page, node.projects.len().max(node.stories.len())),
                figures: figures(&node.figures),
            };
            let url = urls::paginated(&first_url, page);
            let crumbs = vec![home(), ctx.crumb(urls::STRATEGIES, "Our strategies"), ctx.crumb(&strategy_url, &s.doc.data.title)];
            html(url.clone(), "ambition.html", ctx.meta(&url, paged(a.title.clone(), page), a.statement.clone(), crumbs), &view)
        }
        Job::Involvement => {
            let view = InvolvementView { types: type_cards(ctx) };
            let description = "The four ways we involve people, from least to most influence, and the projects of each.";
            html(
                urls::INVOLVEMENT.into(),
                "involvement.html",
                ctx.meta(urls::INVOLVEMENT, "How we involve people", description, vec![home()]),
                &view,
            )
        }
        Job::InvolvementType { kind: ti, page } => {
            let kind = type_cards(ctx).swap_remove(ti);
            let t = &g.types[ti];
            let first_url = urls::involvement_type(kind.id);
            let url = urls::paginated(&first_url, page);
            let title = paged(kind.label.clone(), page);
            let description = kind.influence.clone();
            let view = TypeView {
                kind,
                projects: g.page_of(&t.projects, page).iter().map(|&p| project_card(ctx, p)).collect(),
                pagination: pagination(ctx, &first_url, page, t.projects.len()),
                figures: figures(&t.figures),
            };
            html(
                url.clone(),
                "involvement_type.html",
                ctx.meta(&url, title, description, vec![home(), ctx.crumb(urls::INVOLVEMENT, "How we involve people")]),
                &view,
            )
        }
        Job::ServiceList => {
            let view = ServicesView {
                services: g
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
            html(
                urls::SERVICES.into(),
                "services.html",
                ctx.meta(urls::SERVICES, "Services", "What people told each of our services, and what changed.", vec![home()]),
                &view,
            )
        }
        Job::Service { service: i, page } => {
            let s = &g.services[i];
            let first_url = urls::service(&s.slug);
            let view = ServiceView {
                name: s.name.clone(),
                poster_href: ctx.href(&urls::poster(&s.slug)),
                projects_href: ctx.href(&urls::project_filter("service", &s.slug)),
                figures: figures(&s.figures),
                projects: g.page_of(&s.projects, page).iter().map(|&p| project_card(ctx, p)).collect(),
                stories: g.page_of(&s.stories, page).iter().map(|&st| story_card(ctx, st)).collect(),
                projects_total: s.projects.len(),
                stories_total: s.stories.len(),
                pagination: pagination(ctx, &first_url, page, s.projects.len().max(s.stories.len())),
            };
            let url = urls::paginated(&first_url, page);
            html(
                url.clone(),
                "service.html",
                ctx.meta(&url, paged(s.name.clone(), page), "", vec![home(), ctx.crumb(urls::SERVICES, "Services")]),
                &view,
            )
        }
        Job::Poster(i) => {
            let s = &g.services[i];
            let view = PosterView {
                service: s.name.clone(),
                service_href: ctx.href(&urls::service(&s.slug)),
                items: poster_items(ctx, &s.projects),
                figures: figures(&s.figures),
                service_url: ctx.absolute(&urls::service(&s.slug)),
            };
            let url = urls::poster(&s.slug);
            let crumbs = vec![home(), ctx.crumb(urls::SERVICES, "Services"), ctx.crumb(&urls::service(&s.slug), &s.name)];
            html(url.clone(), "poster.html", ctx.meta(&url, format!("You said, we did: {}", s.name), "", crumbs), &view)
        }
        Job::Page(i) => {
            let p = &g.pages[i];
            let view = ContentPageView {
                title: p.data.title.clone(),
                summary: p.data.summary.clone(),
                body_html: super::body_html(g, ctx.highlighter, super::BodyOf::Page(i)),
            };
            let url = urls::page(&p.slug);
            let mut meta = ctx.meta(&url, p.data.title.clone(), p.data.summary.clone().unwrap_or_default(), vec![home()]);
            meta.draft = p.data.draft;
            html(url, "page.html", meta, &view)
        }
        Job::Search => {
            let view = SearchView {
                index_href: ctx.href(urls::SEARCH_INDEX),
                projects_href: ctx.href(urls::PROJECTS),
                stories_href: ctx.href(urls::STORIES),
                services_href: ctx.href(urls::SERVICES),
            };
            html(
                urls::SEARCH.into(),
                "search.html",
                ctx.meta(urls::SEARCH, "Search", "Search projects, stories and pages.", vec![home()]),
                &view,
            )
        }
        Job::Data => {
            let view = DataView {
                csv_href: ctx.href(urls::CSV),
                json_href: ctx.href(urls::JSON),
                columns: data::COLUMNS.iter().map(|(name, description)| ColumnView { name, description }).collect(),
                figures: figures(&g.figures),
                rows: data::row_count(g),
            };
            html(
                urls::DATA.into(),
                "data.html",
                ctx.meta(
                    urls::DATA,
                    "Open data",
                    "Every action we took in response to what people told us, as CSV and JSON.",
                    vec![home()],
                ),
                &view,
            )
        }
        Job::NotFound => {
            let view = NotFoundView { search_href: ctx.href(urls::SEARCH) };
            html(urls::NOT_FOUND.into(), "404.html", ctx.meta(urls::NOT_FOUND, "Page not found", "", vec![]), &view)
        }
        Job::Csv => Ok(OutputFile { path: urls::CSV.into(), body: Body::Bytes(data::csv(ctx)) }),
        Job::Json => Ok(OutputFile { path: urls::JSON.into(), body: Body::Bytes(data::json(ctx)) }),
        Job::SearchIndex => return data::search_bundle(ctx),
        Job::Feed => Ok(OutputFile { path: urls::FEED.into(), body: Body::Bytes(data::feed(ctx)) }),
        Job::Sitemap => Ok(OutputFile { path: urls::SITEMAP.into(), body: Body::Bytes(data::sitemap(ctx)) }),
        Job::Robots => Ok(OutputFile { path: urls::ROBOTS.into(), body: Body::Bytes(data::robots(ctx)) }),
    };
    file.map(|f| vec![f])
}

/// Type erasure so `render_job` can hand any view to one rendering closure.
mod erased {
    use super::*;

    pub trait View {
        fn render(&self, theme: &Theme, template: &str, site: &SiteView, meta: Meta) -> Result<String, Diagnostic>;
    }

    impl<T: Serialize> View for T {
        fn render(&self, theme: &Theme, template: &str, site: &SiteView, meta: Meta) -> Result<String, Diagnostic> {
            let page = PageContext { site, meta, page: self };
            let fail = |err: &dyn std::error::Error| {
                let file = theme.template_files.get(template).cloned().unwrap_or_else(|| template.into());
                Diagnostic::error("template", file, format!("the template {template} failed: {}", crate::theme::error_chain(err)))
                    .hint("fix the template; a custom template must use the fields of the page it renders")
            };
            let context = tera::Context::from_serialize(&page).map_err(|e| fail(&e))?;
            theme.tera.render(template, &context).map_err(|e| fail(&e))
        }
    }
}

pub fn date(d: Date) -> DateView {
    DateView { human: d.human(), iso: d.iso() }
}

pub fn figures(f: &Figures) -> FiguresView {
    let counts = [
        (ItemState::ActedOn, f.acted_on),
        (ItemState::InProgress, f.in_progress),
        (ItemState::CouldNotDo, f.could_not_do),
        (ItemState::AwaitingResponse, f.awaiting),
    ];
    let percents = f.shares_of_items(&counts.map(|(_, n)| n));
    let states = counts
        .iter()
        .zip(percents)
        .map(|(&(state, count), percent)| {
            let s = item_state(state);
            ChartRow { id: s.id, label: s.label, count, percent }
        })
        .collect();
    FiguresView { counts: *f, share_acted_on: f.share_acted_on(), states }
}

pub fn item_state(s: ItemState) -> StatusView {
    let (id, symbol) = match s {
        ItemState::ActedOn => ("acted-on", "✓"),
        ItemState::InProgress => ("in-progress", "◔"),
        ItemState::CouldNotDo => ("could-not-do", "✕"),
        ItemState::AwaitingResponse => ("awaiting-response", "…"),
    };
    StatusView { id, label: s.label(), symbol }
}

pub fn action_status(s: ActionStatus) -> StatusView {
    match s {
        ActionStatus::Done => StatusView { id: "done", label: "Done", symbol: "✓" },
        ActionStatus::InProgress => StatusView { id: "in-progress", label: "In progress", symbol: "◔" },
        ActionStatus::Planned => StatusView { id: "planned", label: "Planned", symbol: "○" },
        ActionStatus::NotPossible => StatusView { id: "not-possible", label: "Not possible", symbol: "✕" },
    }
}

pub fn project_status(s: ProjectStatus) -> StatusView {
    match s {
        ProjectStatus::Planned => StatusView { id: s.id(), label: "Planned", symbol: "○" },
        ProjectStatus::InProgress => StatusView { id: s.id(), label: "In progress", symbol: "◔" },
        ProjectStatus::Completed => StatusView { id: s.id(), label: "Completed", symbol: "✓" },
    }
}

fn type_ref(ctx: &Ctx, ti: usize) -> TypeRef {
    let t = &ctx.graph.vocab.types[ti];
    TypeRef { id: t.id, label: t.label.clone(), href: ctx.href(&urls::involvement_type(t.id)), rank: t.rank }
}

fn type_cards(ctx: &Ctx) -> Vec<TypeCard> {
    ctx.graph
        .vocab
        .types
        .iter()
        .zip(&ctx.graph.types)
        .map(|(t, node)| TypeCard {
            id: t.id,
            label: t.label.clone(),
            href: ctx.href(&urls::involvement_type(t.id)),
            rank: t.rank,
            influence: t.influence.clone(),
            description: t.description.clone(),
            projects: node.projects.len(),
        })
        .collect()
}

fn standards(list: &[Standard]) -> Vec<StandardView> {
    list.iter().map(|s| StandardView { id: s.id(), label: s.label(), description: s.description() }).collect()
}

pub fn project_card(ctx: &Ctx, i: usize) -> ProjectCard {
    let p = &ctx.graph.projects[i];
    let service = &ctx.graph.services[p.service];
    ProjectCard {
        href: ctx.href(&urls::project(&p.doc.slug)),
        title: p.doc.data.title.clone(),
        summary: p.doc.data.summary.trim().to_string(),
        service: Link { href: ctx.href(&urls::service(&service.slug)), label: service.name.clone() },
        involvement: type_ref(ctx, p.involvement),
        status: project_status(p.doc.data.status),
        started: date(p.doc.data.started),
        figures: figures(&p.figures),
        draft: p.doc.data.draft,
    }
}

fn image(ctx: &Ctx, img: &crate::content::model::Image) -> ImageView {
    let src = crate::graph::checks::media_path(&img.src);
    ImageView { src: ctx.href(&src), alt: if img.decorative { String::new() } else { img.alt.clone().unwrap_or_default() } }
}

pub fn story_card(ctx: &Ctx, i: usize) -> StoryCard {
    let s = &ctx.graph.stories[i];
    StoryCard {
        href: ctx.href(&urls::story(&s.doc.slug)),
        title: s.doc.data.title.clone(),
        summary: s.doc.data.summary.trim().to_string(),
        date: date(s.doc.data.date),
        image: s.doc.data.image.as_ref().map(|img| image(ctx, img)),
        draft: s.doc.data.draft,
    }
}

fn strategy_brief(ctx: &Ctx, si: usize) -> StrategyBrief {
    let s = &ctx.graph.strategies[si];
    let d = &s.doc.data;
    StrategyBrief {
        title: d.title.clone(),
        href: ctx.href(&urls::strategy(&s.doc.slug)),
        vision: d.vision.clone(),
        period: format!("{} to {}", d.period.from.human(), d.period.to.human()),
        ambitions: d
            .ambitions
            .iter()
            .map(|a| Link { href: ctx.href(&urls::ambition(&s.doc.slug, &a.id)), label: a.title.clone() })
            .collect(),
    }
}

fn project_view(ctx: &Ctx, i: usize) -> ProjectView {
    let g = ctx.graph;
    let p = &g.projects[i];
    let d = &p.doc.data;
    let t = &g.vocab.types[p.involvement];
    let service = &g.services[p.service];
    let people_total = d.people.iter().map(|x| x.count).sum::<Option<u32>>().filter(|_| d.people.len() > 1);
    let items = d
        .you_said
        .iter()
        .map(|item| ItemView {
            said: item.said.trim().to_string(),
            theme: item.theme.clone(),
            state: item_state(ItemState::of(item)),
            actions: item
                .we_did
                .iter()
                .map(|a| ActionView {
                    action: a.action.trim().to_string(),
                    status: action_status(a.status),
                    date_label: match a.status {
                        ActionStatus::Done => "Done",
                        ActionStatus::Planned | ActionStatus::InProgress => "Due",
                        ActionStatus::NotPossible => "Decided",
                    },
                    date: a.date.map(date),
                    reason: a.reason.as_ref().map(|r| r.trim().to_string()),
                    link: a.link.as_ref().map(|l| ctx.link(l, false)),
                })
                .collect(),
        })
        .collect();
    let strategy = p.strategy.map(|si| &g.strategies[si]);
    ProjectView {
        title: d.title.clone(),
        summary: d.summary.trim().to_string(),
        service: Link { href: ctx.href(&urls::service(&service.slug)), label: service.name.clone() },
        involvement: type_ref(ctx, p.involvement),
        influence: d.influence.clone().map(|s| s.trim().to_string()).unwrap_or_else(|| t.influence.clone()),
        type_description: t.description.clone(),
        status: project_status(d.status),
        started: date(d.started),
        ended: d.ended.map(date),
        people: d.people.iter().map(|x| PeopleView { group: x.group.clone(), count: x.count }).collect(),
        people_total,
        seldom_heard: d.seldom_heard.clone(),
        methods: d.methods.clone(),
        existing_insight: d.existing_insight.clone(),
        items,
        outcome_html: ctx.markdown.outcomes[i].as_ref().map(|r| r.html.clone()),
        stories: p.stories.iter().map(|&s| story_card(ctx, s)).collect(),
        strategy: strategy.map(|s| Link { href: ctx.href(&urls::strategy(&s.doc.slug)), label: s.doc.data.title.clone() }),
        ambitions: strategy
            .map(|s| {
                p.ambitions
                    .iter()
                    .map(|&ai| Link {
                        href: ctx.href(&urls::ambition(&s.doc.slug, &s.doc.data.ambitions[ai].id)),
                        label: s.doc.data.ambitions[ai].title.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        standards: standards(&d.standards),
        contact: d.contact.clone(),
        figures: figures(&p.figures),
    }
}

fn story_view(ctx: &Ctx, i: usize) -> StoryView {
    let g = ctx.graph;
    let s = &g.stories[i];
    let d = &s.doc.data;
    let project = s.project.map(|p| &g.projects[p]);
    StoryView {
        title: d.title.clone(),
        summary: d.summary.trim().to_string(),
        date: date(d.date),
        body_html: super::body_html(g, ctx.highlighter, super::BodyOf::Story(i)),
        quote: d.quote.as_ref().map(|q| QuoteView { text: q.text.trim().to_string(), by: q.by.trim().to_string() }),
        image: d.image.as_ref().map(|img| image(ctx, img)),
        benefits: s
            .benefits
            .iter()
            .map(|&b| BenefitView { label: g.vocab.benefits[b].label.clone(), description: g.vocab.benefits[b].description.clone() })
            .collect(),
        project: project.map(|p| Link { href: ctx.href(&urls::project(&p.doc.slug)), label: p.doc.data.title.clone() }),
        service: project.map(|p| {
            let sv = &g.services[p.service];
            Link { href: ctx.href(&urls::service(&sv.slug)), label: sv.name.clone() }
        }),
        involvement: s.involvement.map(|t| type_ref(ctx, t)),
        tags: d.tags.clone(),
    }
}

/// The filter facets of the project list; `current` marks the page's own filter.
fn facets(ctx: &Ctx, current: Filter) -> Vec<Facet> {
    let g = ctx.graph;
    let option = |label: String, url: String, count: usize, filter: Filter| FacetOption {
        label,
        href: ctx.href(&url),
        count,
        current: filter == current,
    };
    vec![
        Facet {
            label: "Service",
            options: g
                .services
                .iter()
                .enumerate()
                .map(|(i, s)| option(s.name.clone(), urls::project_filter("service", &s.slug), s.projects.len(), Filter::Service(i)))
                .collect(),
        },
        Facet {
            label: "Type of involvement",
            options: g
                .vocab
                .types
                .iter()
                .zip(&g.types)
                .enumerate()
                .map(|(i, (t, n))| option(t.label.clone(), urls::project_filter("type", t.id), n.projects.len(), Filter::Type(i)))
                .collect(),
        },
        Facet {
            label: "Status",
            options: g
                .statuses
                .iter()
                .map(|(s, group)| {
                    let v = project_status(*s);
                    option(v.label.into(), urls::project_filter("status", v.id), group.projects.len(), Filter::Status(*s))
                })
                .collect(),
        },
        Facet {
            label: "Year started",
            options: g
                .years
                .iter()
                .map(|(y, group)| {
                    option(y.to_string(), urls::project_filter("year", &y.to_string()), group.projects.len(), Filter::Year(*y))
                })
                .collect(),
        },
    ]
}

/// The projects of the group with this key; none when there is no such group.
fn grouped<K: PartialEq>(groups: &[(K, crate::graph::ProjectGroup)], key: K) -> &[usize] {
    groups.iter().find(|(k, _)| *k == key).map_or(&[], |(_, g)| &g.projects)
}

/// A paginated page's title: "(page N)" after the first page's.
fn paged(title: String, page: usize) -> String {
    if page > 1 {
        format!("{title} (page {page})")
    } else {
        title
    }
}

/// The pager of page `current` of a list of `items` whose first page is at `first`. Pages
/// with two lists split them in step: pass the longer one's length.
fn pagination(ctx: &Ctx, first: &str, current: usize, items: usize) -> Pagination {
    let total = ctx.graph.pages_of(items);
    let href = |n: usize| ctx.href(&urls::paginated(first, n));
    Pagination {
        current,
        total,
        previous: (current > 1).then(|| href(current - 1)),
        next: (current < total).then(|| href(current + 1)),
        pages: (1..=total)
            .filter(|&n| n == 1 || n == total || n.abs_diff(current) <= 2)
            .map(|n| PageNumber { number: n, href: href(n), current: n == current })
            .collect(),
    }
}

/// The poster's items: the latest projects' items, each with its best action.
fn poster_items(ctx: &Ctx, projects: &[usize]) -> Vec<PosterItem> {
    const POSTER_ITEMS: usize = 4;
    let mut out = Vec::new();
    for &pi in projects {
        for item in &ctx.graph.projects[pi].doc.data.you_said {
            let state = ItemState::of(item);
            let best = item.we_did.iter().min_by_key(|a| a.status);
            let did = best
                .map_or_else(|| "We are considering what you told us and will report back here.".into(), |a| a.action.trim().to_string());
            let reason =
                best.filter(|a| a.status == ActionStatus::NotPossible).and_then(|a| a.reason.as_ref()).map(|r| r.trim().to_string());
            out.push(PosterItem { said: item.said.trim().to_string(), did, reason, state: item_state(state) });
            if out.len() == POSTER_ITEMS {
                return out;
            }
        }
    }
    out
}
