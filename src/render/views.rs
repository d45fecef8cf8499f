//! The only shapes templates ever see: `#[derive(Serialize)]` structs, one per page kind,
//! plus the parts they share. Every link is a finished `href` (base path included) and every
//! date is both human (`15 May 2024`) and machine (`2024-05-15`), so templates do no logic
//! beyond loops and conditions, and no figure is ever computed in a template.

use serde::Serialize;

/// Wraps every page: the site-wide parts, the page's metadata and the page's own view.
#[derive(Serialize)]
pub struct PageContext<'a, T: Serialize> {
    /// The [`SiteView`], converted to a template value once per build: every page shares it.
    pub site: &'a crate::theme::Shared,
    /// The interface words without arguments, by message id (`t.skip_link`), shared the same way.
    pub t: &'a crate::theme::Shared,
    pub meta: Meta,
    pub page: T,
}

/// What every page shows of the site: header, navigation, footer.
#[derive(Serialize)]
pub struct SiteView {
    pub title: String,
    pub organisation: String,
    pub description: String,
    pub language: String,
    /// Base path, `/` or `/sub/`: for hand-written links in custom templates.
    pub base: String,
    pub home_href: String,
    pub stylesheet_href: String,
    /// The site icon, so browsers do not ask for a missing `/favicon.ico`.
    pub icon_href: String,
    pub search_script_href: String,
    /// In-place filtering of the project list (the static filter pages work without it).
    pub filter_script_href: String,
    pub search_href: String,
    pub feed_href: String,
    pub data_href: String,
    /// `/embed/`: summaries for other websites.
    pub embed_href: String,
    /// `/easy-read/`, when some project has an Easy Read version.
    pub easy_read_href: Option<String>,
    pub nav: Vec<Link>,
    pub footer_links: Vec<Link>,
    pub contact: Option<ContactView>,
    pub get_involved_href: Option<String>,
    /// The organisation's logo (`logo` in site.yaml), shown in place of its name in the header.
    pub logo_href: Option<String>,
    /// Where readers tell the trust whether a project page got it right (`feedback`): a web
    /// address, or an email address as a `mailto:` link.
    pub feedback_href: Option<String>,
    /// True in `serve` with drafts shown: templates show a "Draft" banner on draft pages.
    pub preview: bool,
}

#[derive(Serialize)]
pub struct ContactView {
    pub team: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// `tel:` form of the phone number.
    pub phone_href: Option<String>,
}

/// Per-page metadata for `<head>` and breadcrumbs.
#[derive(Serialize)]
pub struct Meta {
    /// The page's own title (the `<h1>`).
    pub title: String,
    pub description: String,
    /// Absolute URL of this page.
    pub canonical: String,
    /// This page's address from the root of the host, with the base path (`/sub/stories/`):
    /// what links on the page are compared with to mark the current one.
    pub path: String,
    /// `website` or `article`, for Open Graph.
    pub kind: &'static str,
    /// Absolute address of the picture shared links show (`og:image`), if the page has one.
    pub image: Option<String>,
    pub breadcrumbs: Vec<Link>,
    pub draft: bool,
    /// This page in the site's other languages (none for a site in one language).
    pub languages: super::languages::PageLanguages,
}

#[derive(Serialize, Clone)]
pub struct Link {
    pub href: String,
    pub label: String,
}

/// A date for people and for machines.
#[derive(Serialize, Clone)]
pub struct DateView {
    pub human: String,
    pub iso: String,
}

/// Figures as shown: the counts of [`Figures`] (flattened, so templates read `f.items`), the
/// share acted on, and the item states as rows for a chart and its table.
#[derive(Serialize, Clone)]
pub struct FiguresView {
    #[serde(flatten)]
    pub counts: crate::graph::figures::Figures,
    /// Whole percentage of items acted on.
    pub share_acted_on: u32,
    pub states: Vec<ChartRow>,
}

#[derive(Serialize, Clone)]
pub struct ChartRow {
    pub id: &'static str,
    pub label: String,
    pub count: u32,
    pub percent: u32,
    /// This state's segment of a stacked bar 400 units wide.
    pub bar: BarSegment,
}

/// Where one state's segment of a 400-wide stacked bar starts and how wide it is, as SVG
/// numbers (`126.67`). Worked out here rather than in the template: a chart's geometry is a
/// figure like any other, and tera 2 binds a filter tighter than `*` and `/`, so
/// `x * 400 / n | round` would silently round `n` first.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct BarSegment {
    pub x: String,
    pub width: String,
}

/// A status shown in words and with a symbol, never by colour alone.
#[derive(Serialize, Clone)]
pub struct StatusView {
    /// Machine id, for CSS classes: `done`, `in-progress`, `planned`, `not-possible`, `awaiting-response`…
    pub id: &'static str,
    pub label: String,
    /// A text symbol that does not rely on colour: ✓, ◔, ○, ✕, …
    pub symbol: &'static str,
}

#[derive(Serialize, Clone)]
pub struct TypeRef {
    pub id: &'static str,
    pub label: String,
    pub href: String,
    /// 1 (least influence) to 4 (most).
    pub rank: u8,
}

/// A project in a list.
#[derive(Serialize, Clone)]
pub struct ProjectCard {
    pub href: String,
    pub title: String,
    pub summary: String,
    pub service: Link,
    pub involvement: TypeRef,
    pub status: StatusView,
    pub started: DateView,
    pub figures: FiguresView,
    pub draft: bool,
    /// The language its words are in, when not the page's (a record not translated yet).
    pub lang: Option<String>,
    /// On the project list only: the card's value in each filter, for the filter script.
    pub facets: Option<CardFacets>,
}

/// A project's value in each filter of the project list, as the filter options name them
/// (`FacetOption::value`); `themes` is space-separated, as a project may have several.
#[derive(Serialize, Clone)]
pub struct CardFacets {
    pub service: String,
    pub r#type: String,
    pub status: String,
    pub year: String,
    pub themes: String,
}

/// A story in a list.
#[derive(Serialize, Clone)]
pub struct StoryCard {
    pub href: String,
    pub title: String,
    pub summary: String,
    pub date: DateView,
    pub image: Option<ImageView>,
    pub draft: bool,
    /// See [`ProjectCard::lang`].
    pub lang: Option<String>,
}

#[derive(Serialize, Clone)]
pub struct ImageView {
    pub src: String,
    /// Empty only for decorative images.
    pub alt: String,
    /// The resized copies (`/media/x-320w.jpg 320w, …`), for raster pictures.
    pub srcset: Option<String>,
    /// The picture's size in pixels, so the page keeps its place while it loads.
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// Absolute address of the largest copy: the picture shared links show (`og:image`).
    pub largest: String,
}

#[derive(Serialize)]
pub struct Pagination {
    pub current: usize,
    pub total: usize,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub pages: Vec<PageNumber>,
}

#[derive(Serialize)]
pub struct PageNumber {
    pub number: usize,
    pub href: String,
    pub current: bool,
}

/// One way of filtering the project list, with its options.
#[derive(Serialize)]
pub struct Facet {
    /// The card attribute it filters by (`data-<id>`).
    pub id: &'static str,
    pub label: String,
    /// No static page per option (themes): shown only when the filter script runs.
    pub script_only: bool,
    pub options: Vec<FacetOption>,
}

#[derive(Serialize)]
pub struct FacetOption {
    pub label: String,
    pub value: String,
    /// The option's static filter page, if it has one.
    pub href: Option<String>,
    pub count: usize,
    pub current: bool,
}

// ---- page views -------------------------------------------------------------------------

#[derive(Serialize)]
pub struct HomeView {
    pub intro: String,
    pub figures: FiguresView,
    pub latest_stories: Vec<StoryCard>,
    pub latest_projects: Vec<ProjectCard>,
    pub strategy: Option<StrategyBrief>,
    pub types: Vec<TypeCard>,
    pub projects_href: String,
    pub stories_href: String,
    pub involvement_href: String,
    pub reports_href: String,
    pub services_href: String,
    /// The figures of projects that started in each year, newest first.
    pub by_year: Vec<GroupRow>,
    /// The figures of each service.
    pub by_service: Vec<GroupRow>,
}

/// One group's figures, for a chart and table that compare groups.
#[derive(Serialize)]
pub struct GroupRow {
    pub label: String,
    pub href: String,
    pub figures: FiguresView,
}

#[derive(Serialize)]
pub struct StrategyBrief {
    pub title: String,
    pub href: String,
    pub vision: String,
    pub period: String,
    pub ambitions: Vec<Link>,
}

#[derive(Serialize)]
pub struct ProjectListView {
    pub heading: String,
    pub intro: String,
    pub projects: Vec<ProjectCard>,
    pub facets: Vec<Facet>,
    pub all_href: String,
    pub filtered: bool,
    /// Every project of the site is on this page, so the filter script can combine filters
    /// in place with true counts.
    pub complete: bool,
    pub pagination: Pagination,
    pub total: usize,
}

#[derive(Serialize)]
pub struct ProjectView {
    pub title: String,
    pub summary: String,
    pub service: Link,
    pub involvement: TypeRef,
    /// The level of influence this project offered: its own words or the type's default.
    pub influence: String,
    pub type_description: String,
    pub status: StatusView,
    pub started: DateView,
    pub ended: Option<DateView>,
    pub people: Vec<PeopleView>,
    pub people_total: Option<u32>,
    pub seldom_heard: Vec<String>,
    pub methods: Vec<String>,
    pub existing_insight: Vec<String>,
    pub items: Vec<ItemView>,
    pub outcome_html: Option<String>,
    pub stories: Vec<StoryCard>,
    pub strategy: Option<Link>,
    pub ambitions: Vec<Link>,
    pub standards: Vec<StandardView>,
    pub contact: Option<String>,
    pub figures: FiguresView,
    pub updated: UpdatedView,
    /// Dated events, oldest first.
    pub timeline: Vec<DatedText>,
    /// Changes, newest first.
    pub history: Vec<DatedText>,
    pub follow: FollowView,
    /// The project's Easy Read version, when it has one.
    pub easy_read_href: Option<String>,
    pub poster_href: String,
}

/// When a record last changed; `unpublished` (shown only in the preview) when its saved file
/// has changes not yet committed.
#[derive(Serialize)]
pub struct UpdatedView {
    pub date: Option<DateView>,
    pub unpublished: bool,
}

/// One line of a timeline or history.
#[derive(Serialize)]
pub struct DatedText {
    pub date: DateView,
    pub text: String,
    pub overdue: bool,
}

/// A feed to follow: its link on the page, and its full address to paste into a reader.
#[derive(Serialize)]
pub struct FollowView {
    pub href: String,
    pub absolute: String,
}

#[derive(Serialize)]
pub struct PeopleView {
    pub group: String,
    pub count: Option<u32>,
}

#[derive(Serialize)]
pub struct ItemView {
    pub said: String,
    pub theme: Option<String>,
    pub state: StatusView,
    /// Over the actions: "We did", "We will"… when they share a status, else "Our response".
    pub did_label: String,
    pub actions: Vec<ActionView>,
    /// While it awaits a response: since when.
    pub waiting_since: Option<DateView>,
}

#[derive(Serialize)]
pub struct ActionView {
    pub action: String,
    pub status: StatusView,
    /// "Done", "Due" or "Date", said before the date.
    pub date_label: String,
    pub date: Option<DateView>,
    /// Planned or in progress, and its due date has passed.
    pub overdue: bool,
    pub reason: Option<String>,
    pub link: Option<Link>,
}

#[derive(Serialize)]
pub struct StandardView {
    pub id: &'static str,
    pub label: String,
    pub description: String,
}

#[derive(Serialize)]
pub struct StoryListView {
    pub stories: Vec<StoryCard>,
    pub pagination: Pagination,
    pub total: usize,
}

#[derive(Serialize)]
pub struct StoryView {
    pub title: String,
    pub summary: String,
    pub date: DateView,
    pub updated: UpdatedView,
    pub body_html: String,
    pub quote: Option<QuoteView>,
    pub image: Option<ImageView>,
    pub benefits: Vec<BenefitView>,
    pub project: Option<Link>,
    pub service: Option<Link>,
    pub involvement: Option<TypeRef>,
    pub tags: Vec<String>,
}

#[derive(Serialize)]
pub struct QuoteView {
    pub text: String,
    pub by: String,
}

#[derive(Serialize)]
pub struct BenefitView {
    pub label: String,
    pub description: String,
}

#[derive(Serialize)]
pub struct StrategyListView {
    pub strategies: Vec<StrategyBrief>,
}

#[derive(Serialize)]
pub struct StrategyView {
    pub title: String,
    pub vision: String,
    pub published: DateView,
    pub period_from: DateView,
    pub period_to: DateView,
    pub summary_html: Option<String>,
    pub ambitions: Vec<AmbitionCard>,
    pub standards: Vec<StandardView>,
    pub figures: FiguresView,
}

#[derive(Serialize)]
pub struct AmbitionCard {
    pub href: String,
    pub title: String,
    pub statement: String,
    pub measures: Vec<MeasureView>,
    pub projects: usize,
    pub figures: FiguresView,
}

#[derive(Serialize)]
pub struct AmbitionView {
    pub title: String,
    pub statement: String,
    pub measures: Vec<MeasureView>,
    pub strategy: Link,
    /// This page's share of the projects and stories: a list page's worth of each.
    pub projects: Vec<ProjectCard>,
    pub stories: Vec<StoryCard>,
    /// How many projects and stories serve the ambition, on all pages.
    pub projects_total: usize,
    pub stories_total: usize,
    pub pagination: Pagination,
    /// Of every project of the ambition, on every page.
    pub figures: FiguresView,
}

#[derive(Serialize)]
pub struct TypeCard {
    pub id: &'static str,
    pub label: String,
    pub href: String,
    pub rank: u8,
    pub influence: String,
    pub description: String,
    pub projects: usize,
}

#[derive(Serialize)]
pub struct InvolvementView {
    pub types: Vec<TypeCard>,
}

#[derive(Serialize)]
pub struct TypeView {
    /// `kind.projects` counts the type's projects on all pages.
    pub kind: TypeCard,
    /// This page's share of the projects.
    pub projects: Vec<ProjectCard>,
    pub pagination: Pagination,
    /// Of every project of the type, on every page.
    pub figures: FiguresView,
}

#[derive(Serialize)]
pub struct ServiceCard {
    pub name: String,
    pub href: String,
    pub poster_href: String,
    pub projects: usize,
    pub figures: FiguresView,
}

#[derive(Serialize)]
pub struct ServicesView {
    pub services: Vec<ServiceCard>,
}

#[derive(Serialize)]
pub struct ServiceView {
    pub name: String,
    pub poster_href: String,
    pub projects_href: String,
    /// Of every project of the service, on every page.
    pub figures: FiguresView,
    /// This page's share of the projects and stories: a list page's worth of each.
    pub projects: Vec<ProjectCard>,
    pub stories: Vec<StoryCard>,
    /// How many projects and stories the service has, on all pages.
    pub projects_total: usize,
    pub stories_total: usize,
    pub pagination: Pagination,
    pub follow: FollowView,
}

#[derive(Serialize)]
pub struct PosterView {
    /// The service's name or the project's title.
    pub heading: String,
    /// The page the poster is of, to go back to from the screen copy.
    pub back: Link,
    /// The latest items, newest project first, at most a handful so it stays readable.
    pub items: Vec<PosterItem>,
    pub figures: FiguresView,
    /// Absolute address of the service's or project's page, printed for readers of the paper copy.
    pub url: String,
    /// The same address as a QR code (inline SVG), for phones.
    pub qr_svg: Option<String>,
    /// When the projects on it last changed: "as at" on the paper copy.
    pub as_at: Option<DateView>,
}

#[derive(Serialize)]
pub struct PosterItem {
    pub said: String,
    /// "We did", "We will", "We could not"…: by the action's status.
    pub did_label: String,
    pub did: String,
    /// The honest reason, when what was asked was not possible.
    pub reason: Option<String>,
    pub state: StatusView,
}

#[derive(Serialize)]
pub struct ContentPageView {
    pub title: String,
    pub summary: Option<String>,
    pub body_html: String,
    pub updated: UpdatedView,
}

#[derive(Serialize)]
pub struct SearchView {
    pub index_href: String,
    pub projects_href: String,
    pub stories_href: String,
    pub services_href: String,
}

#[derive(Serialize)]
pub struct DataView {
    pub csv_href: String,
    pub json_href: String,
    pub columns: Vec<ColumnView>,
    pub figures: FiguresView,
    pub rows: usize,
    pub licence: crate::content::model::Licence,
}

#[derive(Serialize)]
pub struct ColumnView {
    pub name: &'static str,
    pub description: String,
}

#[derive(Serialize)]
pub struct NotFoundView {
    pub search_href: String,
}

/// `/reports/`: every financial year with items said in it.
#[derive(Serialize)]
pub struct ReportsView {
    /// Newest first.
    pub years: Vec<GroupRow>,
}

/// One financial year's report, for the board: the trust's figures, by quarter, and each
/// service's (each starts a new printed page).
#[derive(Serialize)]
pub struct ReportView {
    /// `2025/26`.
    pub label: String,
    /// "1 April 2025 to 31 March 2026".
    pub span: String,
    pub figures: FiguresView,
    pub quarters: Vec<GroupRow>,
    pub services: Vec<ServiceReport>,
}

#[derive(Serialize)]
pub struct ServiceReport {
    pub name: String,
    pub href: String,
    pub figures: FiguresView,
    pub quarters: Vec<GroupRow>,
}

/// One measure of an ambition: its words and, for a figure followed over time, its latest
/// value against the target, and every value for a chart and its table.
#[derive(Serialize, Clone)]
pub struct MeasureView {
    pub text: String,
    /// "71% in March 2026, against a target of 80%".
    pub latest: Option<String>,
    /// Oldest first.
    pub values: Vec<MeasurePoint>,
    /// The target line's height on the chart (from the top of a 100-high chart), if any.
    pub target_y: Option<String>,
}

#[derive(Serialize, Clone)]
pub struct MeasurePoint {
    pub date: DateView,
    /// The value as written with its unit: "71%", "120 people".
    pub label: String,
    /// The bar's geometry on a 300 by 100 chart, as SVG numbers.
    pub x: String,
    pub y: String,
    pub width: String,
    pub height: String,
}

/// One idea of an Easy Read page: a line of words, with the picture beside it if it has one.
#[derive(Serialize, Clone, Debug)]
pub struct IdeaView {
    pub picture_html: Option<String>,
    pub text_html: String,
}

/// A project's Easy Read page: its own words, then what people said and what we did, each
/// said in plain words rather than the project page's status labels.
#[derive(Serialize)]
pub struct EasyReadView {
    pub title: String,
    pub ideas: Vec<IdeaView>,
    /// Where the work is, in a plain sentence: "This work is finished."
    pub status_words: String,
    pub items: Vec<EasyItemView>,
    pub project_href: String,
}

#[derive(Serialize)]
pub struct EasyItemView {
    pub said: String,
    /// Empty while we have not answered.
    pub answers: Vec<EasyAnswerView>,
}

/// One thing we did, with its status said in plain words ("We did this").
#[derive(Serialize)]
pub struct EasyAnswerView {
    pub status: StatusView,
    pub words: String,
    pub action: String,
    pub date: Option<DateView>,
    pub reason: Option<String>,
}

/// `/easy-read/`: every project with an Easy Read version.
#[derive(Serialize)]
pub struct EasyReadListView {
    pub projects: Vec<Link>,
}
