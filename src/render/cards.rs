//! The parts that many pages show (cards, figures, statuses, dates, pagers), made one way
//! from the graph so every page shows the same thing the same way.

use super::context::Ctx;
use super::views::*;
use crate::content::model::{ActionStatus, ProjectStatus, Standard};
use crate::content::Date;
use crate::diagnostics::Diagnostic;
use crate::graph::figures::{Figures, ItemState};
use crate::graph::urls;
use crate::theme::{share, Theme};
use crate::words::{Arg, Words};
use serde::Serialize;
use std::sync::OnceLock;

pub fn date(words: &Words, d: Date) -> DateView {
    DateView { human: words.date(d), iso: d.iso() }
}

/// The date a summary of `projects` is "as at": the latest day any of them last changed.
pub fn as_at(ctx: &Ctx, projects: impl IntoIterator<Item = usize>) -> Option<DateView> {
    projects.into_iter().filter_map(|p| ctx.graph.projects[p].updated.date).max().map(|d| date(ctx.words, d))
}

pub fn figures(words: &Words, f: &Figures) -> FiguresView {
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
        .scan(0, |before, (&(state, count), percent)| {
            let s = item_state(words, state);
            let bar = bar_segment(*before, count, f.items);
            *before += count;
            Some(ChartRow { id: s.id, label: s.label, count, percent, bar })
        })
        .collect();
    FiguresView { counts: *f, share_acted_on: f.share_acted_on(), states }
}

/// The segment of a 400-wide bar for `count` of `total` items after `before` of them.
pub fn bar_segment(before: u32, count: u32, total: u32) -> BarSegment {
    let at = |n: u32| if total == 0 { 0.0 } else { f64::from(n) * 400.0 / f64::from(total) };
    BarSegment { x: svg_number(at(before)), width: svg_number(at(count)) }
}

/// A coordinate to two decimals, with no trailing zeros: `220`, `126.67`, `13.3`.
pub fn svg_number(v: f64) -> String {
    let rounded = (v * 100.0).round() / 100.0;
    format!("{rounded}")
}

/// An item state's id (for CSS and open data), message and symbol.
fn item_state_parts(s: ItemState) -> (&'static str, &'static str, &'static str) {
    match s {
        ItemState::ActedOn => ("acted-on", "acted_on", "✓"),
        ItemState::InProgress => ("in-progress", "in_progress", "◔"),
        ItemState::CouldNotDo => ("could-not-do", "could_not_do", "✕"),
        ItemState::AwaitingResponse => ("awaiting-response", "awaiting_response", "…"),
    }
}

pub fn item_state(words: &Words, s: ItemState) -> StatusView {
    let (id, message, symbol) = item_state_parts(s);
    StatusView { id, label: words.get(message).to_string(), symbol }
}

/// The id open data uses: `acted-on`…
pub fn item_state_id(s: ItemState) -> &'static str {
    item_state_parts(s).0
}

/// An action status's id (for CSS and open data), message and symbol.
fn action_status_parts(s: ActionStatus) -> (&'static str, &'static str, &'static str) {
    match s {
        ActionStatus::Done => ("done", "action_done", "✓"),
        ActionStatus::InProgress => ("in-progress", "action_in_progress", "◔"),
        ActionStatus::Planned => ("planned", "action_planned", "○"),
        ActionStatus::NotPossible => ("not-possible", "action_not_possible", "✕"),
    }
}

pub fn action_status(words: &Words, s: ActionStatus) -> StatusView {
    let (id, message, symbol) = action_status_parts(s);
    StatusView { id, label: words.get(message).to_string(), symbol }
}

/// The id open data uses: `done`…
pub fn action_status_id(s: ActionStatus) -> &'static str {
    action_status_parts(s).0
}

pub fn project_status(words: &Words, s: ProjectStatus) -> StatusView {
    let (message, symbol) = match s {
        ProjectStatus::Planned => ("status_planned", "○"),
        ProjectStatus::InProgress => ("status_in_progress", "◔"),
        ProjectStatus::Completed => ("status_completed", "✓"),
    };
    StatusView { id: s.id(), label: words.get(message).to_string(), symbol }
}

/// A built-in vocabulary's wording: the site's own where `site.yaml` gives it (written in the
/// site's language), else the catalogue's message `id`.
fn vocab_word(ctx: &Ctx, site_wording: Option<&String>, id: &str) -> String {
    site_wording.cloned().unwrap_or_else(|| ctx.words.get(id).to_string())
}

/// Involvement type `ti`'s label, influence and description in the site's language.
pub fn type_words(ctx: &Ctx, ti: usize) -> (String, String, String) {
    let t = &ctx.graph.vocab.types[ti];
    let over = ctx.graph.config.data.involvement_types.get(t.id);
    (
        vocab_word(ctx, over.and_then(|o| o.label.as_ref()), &format!("type_{}", t.id)),
        vocab_word(ctx, over.and_then(|o| o.influence.as_ref()), &format!("type_{}_influence", t.id)),
        vocab_word(ctx, over.and_then(|o| o.description.as_ref()), &format!("type_{}_description", t.id)),
    )
}

/// Benefit `b`'s label and description in the site's language; a site's own benefit keeps
/// its own words.
pub fn benefit(ctx: &Ctx, b: usize) -> BenefitView {
    let benefit = &ctx.graph.vocab.benefits[b];
    let over = ctx.graph.config.data.benefits.get(&benefit.id);
    let built_in = crate::content::vocab::Vocabulary::is_built_in_benefit(&benefit.id);
    let word = |site: Option<&String>, kept: &String, id: String| {
        if built_in {
            vocab_word(ctx, site, &id)
        } else {
            kept.clone()
        }
    };
    BenefitView {
        label: word(over.and_then(|o| o.label.as_ref()), &benefit.label, format!("benefit_{}", benefit.id)),
        description: word(over.and_then(|o| o.description.as_ref()), &benefit.description, format!("benefit_{}_description", benefit.id)),
    }
}

pub fn type_ref(ctx: &Ctx, ti: usize) -> TypeRef {
    let t = &ctx.graph.vocab.types[ti];
    TypeRef { id: t.id, label: type_words(ctx, ti).0, href: ctx.href(&urls::involvement_type(t.id)), rank: t.rank }
}

pub fn type_cards(ctx: &Ctx) -> Vec<TypeCard> {
    ctx.graph
        .vocab
        .types
        .iter()
        .zip(&ctx.graph.types)
        .enumerate()
        .map(|(ti, (t, node))| {
            let (label, influence, description) = type_words(ctx, ti);
            TypeCard {
                id: t.id,
                label,
                href: ctx.href(&urls::involvement_type(t.id)),
                rank: t.rank,
                influence,
                description,
                projects: node.projects.len(),
            }
        })
        .collect()
}

/// The 4Pi standards, in the catalogue's words (`standard_<id>`, `standard_<id>_description`).
pub fn standards(words: &Words, list: &[Standard]) -> Vec<StandardView> {
    list.iter()
        .map(|s| StandardView {
            id: s.id(),
            label: words.get(&format!("standard_{}", s.id())).to_string(),
            description: words.get(&format!("standard_{}_description", s.id())).to_string(),
        })
        .collect()
}

/// Where a list shows a project's card: on the project list, whose script filters the cards
/// in place by their facet values, or on any other list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardUse {
    Filterable,
    Plain,
}

/// Each card drawn by the theme's `project_card` or `story_card`, made the first time a list
/// shows it and reused by every later one. At 10k projects a card is on eight list pages (the
/// whole list, four filters, its service, type and ambition), and drawing the cards was most
/// of those pages' cost; a story's card is on its list, its service, its ambitions and its
/// projects. Only the HTML is kept (under 1 KB a card), not the card's template value, which
/// is ten times larger: a built-in list needs the HTML alone, and a site's own list template
/// has its cards' fields made again (see [`Listed`]).
#[derive(Default)]
pub struct DrawnCards {
    /// Per project, its card on the project list and on the other lists.
    projects: Vec<[Drawn; 2]>,
    /// Per story, its card.
    stories: Vec<Drawn>,
}

/// A card's HTML once drawn: `None` when only its page can draw it, `Err` when the theme failed.
type Drawn = OnceLock<Result<Option<String>, Diagnostic>>;

impl DrawnCards {
    pub fn new(projects: usize, stories: usize) -> Self {
        fn slots<T: Default>(n: usize) -> Vec<T> {
            std::iter::repeat_with(T::default).take(n).collect()
        }
        DrawnCards { projects: slots(projects), stories: slots(stories) }
    }
}

/// A card the theme draws with one component, given the card as its one argument.
trait Card: Serialize {
    const COMPONENT: &'static str;
    const ARGUMENT: &'static str;
    fn drawn_as(self, html: Option<String>) -> Self;
}

impl Card for ProjectCard {
    const COMPONENT: &'static str = "project_card";
    const ARGUMENT: &'static str = "p";
    fn drawn_as(self, html: Option<String>) -> Self {
        ProjectCard { html, ..self }
    }
}

impl Card for StoryCard {
    const COMPONENT: &'static str = "story_card";
    const ARGUMENT: &'static str = "s";
    fn drawn_as(self, html: Option<String>) -> Self {
        StoryCard { html, ..self }
    }
}

/// One card on a list drawn with `template`, its HTML drawn once into `slot`. The HTML is
/// `None` when the theme's component reads more of the page than the site and the words:
/// each page draws the card then.
fn listed<C: Card>(ctx: &Ctx, theme: &Theme, built_in: bool, slot: &Drawn, card: impl Fn() -> C) -> Result<Listed<C>, Diagnostic> {
    let drawn = slot
        .get_or_init(|| {
            let implicits = [("t", &ctx.words_value), ("site", &ctx.site_value)];
            let drawn = theme.component(C::COMPONENT, &[(C::ARGUMENT, &share(&card())), ("level", &share(&3))], &implicits);
            // Kept to the end of the pages: at its length, not the capacity it grew to.
            drawn.map(|html| html.map(|html| html.into_boxed_str().into_string()))
        })
        .clone()?;
    Ok(match drawn {
        Some(html) if built_in => Listed::Drawn { html },
        html => Listed::Card(Box::new(card().drawn_as(html))),
    })
}

/// Projects `ids` on a list drawn with `template`, in order, each card drawn once (see
/// [`DrawnCards`] and [`Listed`]).
pub fn listed_projects(
    ctx: &Ctx,
    theme: &Theme,
    template: &str,
    ids: impl IntoIterator<Item = usize>,
    shown: CardUse,
) -> Result<Vec<ListedProject>, Diagnostic> {
    let slot = match shown {
        CardUse::Filterable => 0,
        CardUse::Plain => 1,
    };
    let built_in = theme.is_built_in(template);
    ids.into_iter()
        .map(|i| {
            let card = || {
                let mut card = project_card(ctx, i);
                if shown == CardUse::Filterable {
                    card.facets = Some(card_facets(ctx, i));
                }
                card
            };
            listed(ctx, theme, built_in, &ctx.cards.projects[i][slot], card)
        })
        .collect()
}

/// Stories `ids` on a list drawn with `template`, in order, each card drawn once.
pub fn listed_stories(
    ctx: &Ctx,
    theme: &Theme,
    template: &str,
    ids: impl IntoIterator<Item = usize>,
) -> Result<Vec<ListedStory>, Diagnostic> {
    let built_in = theme.is_built_in(template);
    ids.into_iter().map(|i| listed(ctx, theme, built_in, &ctx.cards.stories[i], || story_card(ctx, i))).collect()
}

/// A project's value in each facet of the project list, named as its options are named.
fn card_facets(ctx: &Ctx, i: usize) -> CardFacets {
    let g = ctx.graph;
    let p = &g.projects[i];
    CardFacets {
        service: g.services[p.service].slug.clone(),
        r#type: g.vocab.types[p.involvement].id.into(),
        status: project_status(ctx.words, p.doc.data.status).id.into(),
        year: p.doc.data.started.year().to_string(),
        themes: g
            .themes
            .iter()
            .filter(|t| t.group.projects.binary_search(&i).is_ok())
            .map(|t| t.slug.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    }
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
        status: project_status(ctx.words, p.doc.data.status),
        started: date(ctx.words, p.doc.data.started),
        figures: figures(ctx.words, &p.figures),
        draft: p.doc.data.draft,
        lang: super::languages::written_in(ctx.graph, &p.doc.file),
        facets: None,
        html: None,
    }
}

/// A picture with its resized copies as `srcset` and its size, when it is one wedid resizes.
pub fn image(ctx: &Ctx, img: &crate::content::model::Image) -> ImageView {
    let src = crate::graph::checks::media_path(&img.src);
    let picture = ctx.images.pictures.get(&src);
    ImageView {
        src: ctx.href(&src),
        alt: if img.decorative { String::new() } else { img.alt.clone().unwrap_or_default() },
        srcset: picture.map(|p| p.srcset(&ctx.graph.base.shared_path)),
        width: picture.map(|p| p.width),
        height: picture.map(|p| p.height),
        largest: picture.and_then(|p| p.variants.last()).map_or_else(|| ctx.absolute(&src), |v| ctx.absolute(&v.path)),
    }
}

pub fn story_card(ctx: &Ctx, i: usize) -> StoryCard {
    let s = &ctx.graph.stories[i];
    StoryCard {
        href: ctx.href(&urls::story(&s.doc.slug)),
        title: s.doc.data.title.clone(),
        summary: s.doc.data.summary.trim().to_string(),
        date: date(ctx.words, s.doc.data.date),
        image: s.doc.data.image.as_ref().map(|img| image(ctx, img)),
        draft: s.doc.data.draft,
        lang: super::languages::written_in(ctx.graph, &s.doc.file),
        html: None,
    }
}

pub fn strategy_brief(ctx: &Ctx, si: usize) -> StrategyBrief {
    let s = &ctx.graph.strategies[si];
    let d = &s.doc.data;
    StrategyBrief {
        title: d.title.clone(),
        href: ctx.href(&urls::strategy(&s.doc.slug)),
        vision: d.vision.clone(),
        period: span(ctx.words, d.period.from, d.period.to),
        ambitions: d
            .ambitions
            .iter()
            .map(|a| Link { href: ctx.href(&urls::ambition(&s.doc.slug, &a.id)), label: a.title.clone() })
            .collect(),
    }
}

/// The projects of the group with this key; none when there is no such group.
pub fn grouped<K: PartialEq>(groups: &[(K, crate::graph::ProjectGroup)], key: K) -> &[usize] {
    groups.iter().find(|(k, _)| *k == key).map_or(&[], |(_, g)| &g.projects)
}

/// "1 April 2025 to 31 March 2026".
pub fn span(words: &Words, from: Date, to: Date) -> String {
    words.with("date_span", &[("from", Arg::Text(&words.date(from))), ("to", Arg::Text(&words.date(to)))])
}

/// A paginated page's title: "(page N)" after the first page's.
pub fn paged(words: &Words, title: String, page: usize) -> String {
    if page > 1 {
        words.with("paged_title", &[("title", Arg::Text(&title)), ("page", Arg::Number(page as f64))])
    } else {
        title
    }
}

/// The pager of page `current` of a list of `items` whose first page is at `first`. Pages
/// with two lists split them in step: pass the longer one's length.
pub fn pagination(ctx: &Ctx, first: &str, current: usize, items: usize) -> Pagination {
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

/// What to call an action by its status, so a plan never reads as done: "We did", "We are
/// doing", "We will", "We could not".
pub fn we_did_label(words: &Words, status: ActionStatus) -> String {
    let id = match status {
        ActionStatus::Done => "we_did_done",
        ActionStatus::InProgress => "we_did_in_progress",
        ActionStatus::Planned => "we_did_planned",
        ActionStatus::NotPossible => "we_did_not_possible",
    };
    words.get(id).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_segments_follow_each_other_and_fill_400() {
        let seg = |before, count, total| {
            let b = bar_segment(before, count, total);
            (b.x, b.width)
        };
        assert_eq!(seg(0, 33, 60), ("0".into(), "220".into()));
        assert_eq!(seg(33, 19, 60), ("220".into(), "126.67".into()));
        assert_eq!(seg(52, 2, 60), ("346.67".into(), "13.33".into()));
        assert_eq!(seg(54, 6, 60), ("360".into(), "40".into()));
        assert_eq!(seg(0, 0, 0), ("0".into(), "0".into()), "no items: no division by zero");
    }

    #[test]
    fn figures_rows_carry_their_bar() {
        let f = Figures { items: 3, acted_on: 1, in_progress: 2, ..Figures::default() };
        let words = crate::theme::built_in_words(crate::words::REFERENCE).expect("the English catalogue is built in");
        let rows = figures(&words, &f).states;
        assert_eq!(rows[0].bar, BarSegment { x: "0".into(), width: "133.33".into() });
        assert_eq!(rows[1].bar, BarSegment { x: "133.33".into(), width: "266.67".into() });
    }
}
