//! The site graph: the parsed content resolved into one immutable, indexed structure.
//! References become indices (a dangling one becomes a diagnostic, never a panic), every URL
//! is allocated once ([`urls`]), every rule that spans files is checked ([`checks`]), and the
//! public figures are computed once ([`figures`]). No HTML and no I/O here.

pub mod checks;
pub mod figures;
mod groups;
pub mod languages;
pub mod links;
pub mod periods;
pub mod routes;
pub mod timeline;
pub mod urls;

use crate::content::model::{Page, Project, ProjectStatus, SiteConfig, Story, Strategy};
use crate::content::vocab::Vocabulary;
use crate::content::{slugify, Content, Date, Doc};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::history::{Change, History, LastUpdated};
use crate::site::{SourceFile, SourceKind};
use figures::Figures;
use rayon::prelude::*;
pub use routes::{Listing, Route, RouteKind};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

/// What the graph needs from the command line.
#[derive(Debug, Clone)]
pub struct GraphOptions {
    pub include_drafts: bool,
    /// "Today" for the 90-day rule: the build date or `SOURCE_DATE_EPOCH`.
    pub today: Date,
    /// Overrides `base_url` from site.yaml (`--base-url`).
    pub base_url: Option<String>,
    /// Replaces the scheme and host of the base URL, keeping its path (the preview server).
    pub origin: Option<String>,
}

/// The public address of the site, split into what links need.
#[derive(Debug, Clone)]
pub struct BaseUrl {
    /// `https://host/sub/`, always ending in `/`: for canonical links, feeds and sitemaps.
    pub absolute: String,
    /// `/sub/`, always starting and ending in `/`: prefixed to every internal link, so the
    /// same output works at a domain root or under a sub-path.
    pub path: String,
    /// `absolute` and `path` of the site's root, where the files every language shares are
    /// (see [`languages`]); the same as those in the site's main language.
    pub shared_absolute: String,
    pub shared_path: String,
}

impl BaseUrl {
    pub fn parse(url: &str) -> Option<BaseUrl> {
        let url = url.trim();
        let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
        let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        if host.is_empty() || host.contains(char::is_whitespace) {
            return None;
        }
        let path = format!("/{}", path.trim_matches('/'));
        let path = if path == "/" { path } else { format!("{path}/") };
        let scheme = &url[..url.len() - rest.len()];
        Some(BaseUrl::new(format!("{scheme}{host}{path}"), path))
    }

    fn new(absolute: String, path: String) -> BaseUrl {
        BaseUrl { shared_absolute: absolute.clone(), shared_path: path.clone(), absolute, path }
    }
}

/// A project with its references resolved.
#[derive(Debug)]
pub struct ProjectNode {
    pub doc: Doc<Project>,
    pub service: usize,
    /// Index into `Vocabulary::types`.
    pub involvement: usize,
    pub strategy: Option<usize>,
    /// Indices into that strategy's ambitions.
    pub ambitions: Vec<usize>,
    pub stories: Vec<usize>,
    pub figures: Figures,
    /// When the record last changed (from git, else its own dates).
    pub updated: LastUpdated,
    /// What changed between its committed versions, oldest first (empty outside git).
    pub changes: Vec<Change>,
}

#[derive(Debug)]
pub struct StoryNode {
    pub doc: Doc<Story>,
    pub project: Option<usize>,
    /// The story's own type, or its project's.
    pub involvement: Option<usize>,
    /// Indices into `Vocabulary::benefits`.
    pub benefits: Vec<usize>,
    pub updated: LastUpdated,
}

#[derive(Debug)]
pub struct AmbitionNode {
    pub projects: Vec<usize>,
    pub stories: Vec<usize>,
    pub figures: Figures,
}

#[derive(Debug)]
pub struct StrategyNode {
    pub doc: Doc<Strategy>,
    /// Aligned with `doc.data.ambitions`.
    pub ambitions: Vec<AmbitionNode>,
    pub projects: Vec<usize>,
    pub figures: Figures,
}

/// A service, named by the projects that give it.
#[derive(Debug)]
pub struct Service {
    pub name: String,
    pub slug: String,
    pub projects: Vec<usize>,
    pub stories: Vec<usize>,
    pub figures: Figures,
}

/// A set of projects (newest first) and their summed figures: the projects of one
/// involvement type, one status or one year.
#[derive(Debug, Default)]
pub struct ProjectGroup {
    pub projects: Vec<usize>,
    pub figures: Figures,
}

/// One theme of what people said: its slug (how the project list's filter names it), the
/// first spelling of it met, and the projects with an item of that theme.
#[derive(Debug)]
pub struct ThemeGroup {
    pub slug: String,
    pub label: String,
    pub group: ProjectGroup,
}

/// The resolved site: built once per build, then only borrowed.
#[derive(Debug)]
pub struct SiteGraph {
    pub config: Doc<SiteConfig>,
    pub base: BaseUrl,
    pub vocab: Vocabulary,
    /// Newest first.
    pub projects: Vec<ProjectNode>,
    /// Newest first.
    pub stories: Vec<StoryNode>,
    /// Newest published first.
    pub strategies: Vec<StrategyNode>,
    /// In menu order, then by title.
    pub pages: Vec<Doc<Page>>,
    /// When each page last changed, aligned with `pages`.
    pub pages_updated: Vec<LastUpdated>,
    /// The site is in git, so last-updated dates and project changes come from its history.
    pub in_git: bool,
    /// By name.
    pub services: Vec<Service>,
    /// Aligned with `Vocabulary::types`.
    pub types: Vec<ProjectGroup>,
    /// Every project status, in `ProjectStatus::ALL` order, even when empty.
    pub statuses: Vec<(ProjectStatus, ProjectGroup)>,
    /// The whole site's figures.
    pub figures: Figures,
    /// Years that projects started in, newest first, with their projects and figures.
    pub years: Vec<(u16, ProjectGroup)>,
    /// The themes of what people said (`you_said[].theme`), by name, each with the projects
    /// that have an item of that theme: what the project list filters by theme.
    pub themes: Vec<ThemeGroup>,
    /// Financial years with items said in them, newest first: the reporting periods.
    pub reports: Vec<periods::ReportYear>,
    pub media: Vec<PathBuf>,
    pub theme_files: Vec<SourceFile>,
    /// Every page and file the site publishes, each once, with its URL.
    pub routes: Vec<Route>,
    /// Every address a link may point at: the routes' URLs and media.
    pub urls: urls::Addresses,
    /// The call to action's link target, checked (`/get-involved/`, or an external link).
    pub get_involved: Option<String>,
    pub today: Date,
    pub include_drafts: bool,
    /// The site's other language versions (none for a site in one language).
    pub languages: languages::Languages,
}

impl SiteGraph {
    /// The strategy the home page shows: the one in force today, else the newest.
    pub fn current_strategy(&self) -> Option<usize> {
        self.strategies
            .iter()
            .position(|s| s.doc.data.period.from <= self.today && self.today <= s.doc.data.period.to)
            .or((!self.strategies.is_empty()).then_some(0))
    }

    /// Items on one page of a paginated list (`page_size` in site.yaml).
    pub fn page_size(&self) -> usize {
        self.config.data.page_size()
    }

    /// How many pages a list of `items` takes: at least one, so an empty list still has its page.
    pub fn pages_of(&self, items: usize) -> usize {
        items.div_ceil(self.page_size()).max(1)
    }

    /// The positions the `page`-th page (from 1) of a list of `items` shows.
    pub fn page_range(&self, items: usize, page: usize) -> std::ops::Range<usize> {
        let start = page.saturating_sub(1).saturating_mul(self.page_size()).min(items);
        start..items.min(start.saturating_add(self.page_size()))
    }

    /// The `page`-th slice (from 1) of a list: what that page of it shows.
    pub fn page_of<'a>(&self, ids: &'a [usize], page: usize) -> &'a [usize] {
        &ids[self.page_range(ids.len(), page)]
    }

    /// Every paginated list of the site, with its first page's URL and how many items it
    /// splits into pages: what [`routes`] makes
    /// the later pages of lists from. A page of two lists (projects and stories) has as many pages as the
    /// longer one needs.
    pub fn listings(&self) -> Vec<(Listing, String, usize)> {
        let both = |projects: &[usize], stories: &[usize]| projects.len().max(stories.len());
        let mut out = vec![(Listing::Projects(Filter::All), urls::PROJECTS.to_string(), self.projects.len())];
        for (i, s) in self.services.iter().enumerate() {
            out.push((Listing::Projects(Filter::Service(i)), urls::project_filter("service", &s.slug), s.projects.len()));
        }
        for (i, (t, group)) in self.vocab.types.iter().zip(&self.types).enumerate() {
            out.push((Listing::Projects(Filter::Type(i)), urls::project_filter("type", t.id), group.projects.len()));
        }
        for (status, group) in &self.statuses {
            out.push((Listing::Projects(Filter::Status(*status)), urls::project_filter("status", status.id()), group.projects.len()));
        }
        for (year, group) in &self.years {
            out.push((Listing::Projects(Filter::Year(*year)), urls::project_filter("year", &year.to_string()), group.projects.len()));
        }
        out.push((Listing::Stories, urls::STORIES.to_string(), self.stories.len()));
        for (i, s) in self.services.iter().enumerate() {
            out.push((Listing::Service(i), urls::service(&s.slug), both(&s.projects, &s.stories)));
        }
        for (i, (t, group)) in self.vocab.types.iter().zip(&self.types).enumerate() {
            out.push((Listing::InvolvementType(i), urls::involvement_type(t.id), group.projects.len()));
        }
        for (strategy, s) in self.strategies.iter().enumerate() {
            for (ambition, (a, node)) in s.doc.data.ambitions.iter().zip(&s.ambitions).enumerate() {
                out.push((
                    Listing::Ambition { strategy, ambition },
                    urls::ambition(&s.doc.slug, &a.id),
                    both(&node.projects, &node.stories),
                ));
            }
        }
        out
    }

    /// Media files as addresses under the site root (`media/report.pdf`).
    fn media_urls(&self) -> Vec<String> {
        self.media.iter().map(|m| m.to_string_lossy().trim_start_matches("content/").to_string()).collect()
    }
}

/// A filter of the project list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Filter {
    All,
    Service(usize),
    Type(usize),
    Status(ProjectStatus),
    Year(u16),
}

/// A project whose service gives no slug (`service: "–"`) can have no service page, and every
/// project belongs to one: it is reported and left out of the graph like a file that did not
/// load, so references to it say that it has errors of its own.
fn drop_projects_without_service(projects: &mut Vec<Doc<Project>>, unparsed: &mut Vec<SourceFile>, diagnostics: &mut Diagnostics) {
    projects.retain(|p| {
        if !slugify(p.data.service.trim()).is_empty() {
            return true;
        }
        diagnostics.push(
            Diagnostic::error("empty-field", &p.file, "service: the service needs a name with letters or digits")
                .at(p.locs.at("service"))
                .hint("write the service's name, such as Crisis and home treatment"),
        );
        unparsed.push(SourceFile { kind: SourceKind::Project, path: p.file.clone() });
        false
    });
}

/// Resolves and checks the content. Returns a graph even when there are errors, so that
/// every problem is found; `build` refuses to write when any error was reported. `history`
/// gives each record's last-updated date and each project's changes.
pub fn build(content: Content, options: &GraphOptions, history: &History, diagnostics: &mut Diagnostics) -> SiteGraph {
    let Content { config, strategies, mut projects, stories, pages, media, theme_files, mut unparsed, translations: _ } = content;
    drop_projects_without_service(&mut projects, &mut unparsed, diagnostics);
    let unparsed_of =
        |kind: SourceKind| -> BTreeSet<String> { unparsed.iter().filter(|f| f.kind == kind).map(|f| f.stem().to_string()).collect() };
    let unparsed_strategies = unparsed_of(SourceKind::Strategy);
    let vocab = Vocabulary::for_site(&config.data);
    // A missing or broken site.yaml is already reported; its placeholder is not checked.
    if !unparsed.iter().any(|f| f.kind == SourceKind::SiteConfig) {
        checks::site_config(&config, diagnostics);
    }
    let base = base_url(&config, options, diagnostics);
    let Kept { drafts, strategies, projects, stories, pages } = kept(strategies, projects, stories, pages, options.include_drafts);
    for s in &strategies {
        checks::strategy(s, diagnostics);
    }
    for p in &pages {
        checks::page(p, diagnostics);
    }
    let strategy_index: HashMap<&str, usize> = strategies.iter().enumerate().map(|(i, s)| (s.slug.as_str(), i)).collect();
    let mut services = services_of(&projects, diagnostics);
    let ctx = checks::Context {
        vocab: &vocab,
        strategies: &strategies,
        strategy_index: &strategy_index,
        unparsed_strategies: &unparsed_strategies,
        today: options.today,
    };
    let mut project_nodes = project_nodes(projects, &ctx, &services, history, diagnostics);
    let left_out = LeftOut { drafts, unparsed: unparsed_of(SourceKind::Project) };
    let story_nodes = story_nodes(stories, &ctx, &project_nodes, &left_out, &media, history, diagnostics);
    let groups = groups::of(&vocab, strategies, &mut project_nodes, &story_nodes, &mut services, options.today);
    let pages_updated = pages.iter().map(|p| history.last_updated(&p.file, [], options.today)).collect();
    let graph = SiteGraph {
        config,
        base,
        vocab,
        projects: project_nodes,
        stories: story_nodes,
        strategies: groups.strategies,
        pages,
        pages_updated,
        in_git: history.in_git,
        services,
        types: groups.types,
        statuses: groups.statuses,
        figures: groups.figures,
        years: groups.years,
        themes: groups.themes,
        reports: groups.reports,
        media,
        theme_files,
        routes: Vec::new(),
        urls: urls::Addresses::new(),
        get_involved: None,
        today: options.today,
        include_drafts: options.include_drafts,
        languages: languages::Languages::default(),
    };
    with_routes(graph, &unparsed, diagnostics)
}

/// The site's address: `--base-url` over site.yaml's, with the preview's origin in place of
/// its scheme and host. A bad one is reported and replaced, so the rest of the build still
/// runs and finds every other problem.
fn base_url(config: &Doc<SiteConfig>, options: &GraphOptions, diagnostics: &mut Diagnostics) -> BaseUrl {
    let base_text = options.base_url.clone().unwrap_or_else(|| config.data.base_url.clone());
    let base = BaseUrl::parse(&base_text).unwrap_or_else(|| {
        diagnostics.push(
            Diagnostic::error("bad-base-url", &config.file, format!("base_url: \"{base_text}\" is not a web address"))
                .at(config.locs.at("base_url"))
                .hint("write the full address the site will be published at, such as https://involvement.example.nhs.uk/"),
        );
        BaseUrl::new("https://example.invalid/".into(), "/".into())
    });
    match &options.origin {
        Some(origin) => BaseUrl::new(format!("{}{}", origin.trim_end_matches('/'), base.path), base.path),
        None => base,
    }
}

/// The records a build publishes, each list in the order the site shows it, so that every
/// index into it keeps that order; and the slugs of the draft projects left out.
struct Kept {
    drafts: BTreeSet<String>,
    strategies: Vec<Doc<Strategy>>,
    projects: Vec<Doc<Project>>,
    stories: Vec<Doc<Story>>,
    pages: Vec<Doc<Page>>,
}

/// Leaves out drafts (unless the build includes them) and sorts what is kept, before any
/// index is taken: the graph's order is decided once, here.
fn kept(
    strategies: Vec<Doc<Strategy>>,
    projects: Vec<Doc<Project>>,
    stories: Vec<Doc<Story>>,
    pages: Vec<Doc<Page>>,
    include_drafts: bool,
) -> Kept {
    let keep = |draft: bool| include_drafts || !draft;
    let drafts: BTreeSet<String> = projects.iter().filter(|p| !keep(p.data.draft)).map(|p| p.slug.clone()).collect();
    let mut strategies: Vec<_> = strategies.into_iter().filter(|d| keep(d.data.draft)).collect();
    let mut projects: Vec<_> = projects.into_iter().filter(|d| keep(d.data.draft)).collect();
    let mut stories: Vec<_> = stories.into_iter().filter(|d| keep(d.data.draft)).collect();
    let mut pages: Vec<_> = pages.into_iter().filter(|d| keep(d.data.draft)).collect();
    strategies.sort_by(|a, b| b.data.published.cmp(&a.data.published).then_with(|| a.slug.cmp(&b.slug)));
    projects.sort_by(|a, b| b.data.started.cmp(&a.data.started).then_with(|| a.slug.cmp(&b.slug)));
    stories.sort_by(|a, b| b.data.date.cmp(&a.data.date).then_with(|| a.slug.cmp(&b.slug)));
    pages.sort_by(|a, b| {
        (a.data.order.is_none(), a.data.order, &a.data.title, &a.slug).cmp(&(b.data.order.is_none(), b.data.order, &b.data.title, &b.slug))
    });
    Kept { drafts, strategies, projects, stories, pages }
}

/// Services come from the projects' spellings, by name; two spellings of one slug would make
/// one service look like two, so the second is an error naming the first.
fn services_of(projects: &[Doc<Project>], diagnostics: &mut Diagnostics) -> Vec<Service> {
    let mut service_slugs: BTreeMap<String, (String, PathBuf)> = BTreeMap::new();
    for p in projects {
        let name = p.data.service.trim().to_string();
        let slug = slugify(&name);
        match service_slugs.get(&slug) {
            Some((first, file)) if *first != name => diagnostics.push(
                Diagnostic::error(
                    "service-spelling",
                    &p.file,
                    format!("the service \"{name}\" is spelled differently in {}: \"{first}\"", file.display()),
                )
                .at(p.locs.at("service"))
                .hint("use one spelling of the service name in every project"),
            ),
            Some(_) => {}
            None => {
                service_slugs.insert(slug, (name, p.file.clone()));
            }
        }
    }
    let mut services: Vec<Service> = service_slugs
        .into_iter()
        .map(|(slug, (name, _))| Service { name, slug, projects: Vec::new(), stories: Vec::new(), figures: Figures::default() })
        .collect();
    services.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then_with(|| a.slug.cmp(&b.slug)));
    services
}

/// Each project checked, its references resolved and its own figures computed: the nodes
/// every later step indexes into, and whose figures every group sums.
fn project_nodes(
    projects: Vec<Doc<Project>>,
    ctx: &checks::Context,
    services: &[Service],
    history: &History,
    diagnostics: &mut Diagnostics,
) -> Vec<ProjectNode> {
    let service_index: HashMap<&str, usize> = services.iter().enumerate().map(|(i, s)| (s.slug.as_str(), i)).collect();
    // At 10k projects with an overdue action each, locating the warnings (a second parse of
    // each file) made this step a sixth of the build when it ran on one core.
    in_parallel(projects, diagnostics, |doc, diagnostics| {
        let resolved = checks::project(&doc, ctx, diagnostics);
        let service = service_index.get(slugify(doc.data.service.trim()).as_str()).copied().unwrap_or(0);
        let figures = Figures::of_items(&doc.data.you_said, ctx.today);
        let updated = history.last_updated(&doc.file, record_dates(&doc.data), ctx.today);
        let changes = history.of(&doc.file).map(|h| h.changes.clone()).unwrap_or_default();
        ProjectNode {
            updated,
            changes,
            service,
            involvement: resolved.involvement,
            strategy: resolved.strategy,
            ambitions: resolved.ambitions,
            stories: Vec::new(),
            figures,
            doc,
        }
    })
}

/// Maps each record to its node in parallel, each with its own diagnostics, merged in order.
fn in_parallel<T: Send, N: Send>(records: Vec<T>, diagnostics: &mut Diagnostics, node: impl Fn(T, &mut Diagnostics) -> N + Sync) -> Vec<N> {
    let made = records
        .into_par_iter()
        .map(|record| {
            let mut found = Diagnostics::new();
            (node(record, &mut found), found)
        })
        .collect();
    diagnostics.keep(made)
}

/// Projects a story may name that are not in the graph, so that the story is told why:
/// drafts left out of this build, and files with errors of their own.
struct LeftOut {
    drafts: BTreeSet<String>,
    unparsed: BTreeSet<String>,
}

/// Each story checked and its references resolved, once the projects are nodes: a story
/// without a type of its own takes its project's.
fn story_nodes(
    stories: Vec<Doc<Story>>,
    ctx: &checks::Context,
    projects: &[ProjectNode],
    left_out: &LeftOut,
    media: &[PathBuf],
    history: &History,
    diagnostics: &mut Diagnostics,
) -> Vec<StoryNode> {
    let project_index: HashMap<&str, usize> = projects.iter().enumerate().map(|(i, p)| (p.doc.slug.as_str(), i)).collect();
    let media_set: BTreeSet<String> = media.iter().map(|m| m.to_string_lossy().trim_start_matches("content/").to_string()).collect();
    in_parallel(stories, diagnostics, |doc, diagnostics| {
        let r = checks::story(&doc, ctx.vocab, &project_index, &left_out.drafts, &left_out.unparsed, &media_set, diagnostics);
        let involvement = r.involvement.or_else(|| r.project.map(|p| projects[p].involvement));
        let updated = history.last_updated(&doc.file, [doc.data.date], ctx.today);
        StoryNode { project: r.project, involvement, benefits: r.benefits, updated, doc }
    })
}

/// Claims the graph's routes, then checks the links that need them: links are checked once
/// every address is known, later pages of lists included, so this step needs the whole graph.
fn with_routes(mut graph: SiteGraph, unparsed: &[SourceFile], diagnostics: &mut Diagnostics) -> SiteGraph {
    (graph.routes, graph.urls) = routes::allocate(&graph, unparsed, diagnostics);
    for p in &graph.projects {
        checks::project_links(&p.doc, &graph.urls, diagnostics);
    }
    graph.get_involved = checks::get_involved(&graph.config, &graph.urls, diagnostics);
    checks::logo_and_feedback(&graph.config, &graph.media, diagnostics);
    graph
}

/// Every date a project record carries: what "last updated" falls back to outside git.
fn record_dates(p: &Project) -> impl Iterator<Item = Date> + '_ {
    let items = p.you_said.iter().flat_map(|i| i.date.into_iter().chain(i.we_did.iter().filter_map(|a| a.date)));
    [p.started].into_iter().chain(p.ended).chain(items)
}
