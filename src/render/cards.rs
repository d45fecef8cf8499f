//! The parts that many pages show (cards, figures, statuses, dates, pagers), made one way
//! from the graph so every page shows the same thing the same way.

use super::context::Ctx;
use super::views::*;
use crate::content::model::{ActionStatus, ProjectStatus, Standard};
use crate::content::Date;
use crate::graph::figures::{Figures, ItemState};
use crate::graph::urls;

pub fn date(d: Date) -> DateView {
    DateView { human: d.human(), iso: d.iso() }
}

/// The date a summary of `projects` is "as at": the latest day any of them last changed.
pub fn as_at(ctx: &Ctx, projects: impl IntoIterator<Item = usize>) -> Option<DateView> {
    projects.into_iter().filter_map(|p| ctx.graph.projects[p].updated.date).max().map(date)
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
        .scan(0, |before, (&(state, count), percent)| {
            let s = item_state(state);
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

pub fn type_ref(ctx: &Ctx, ti: usize) -> TypeRef {
    let t = &ctx.graph.vocab.types[ti];
    TypeRef { id: t.id, label: t.label.clone(), href: ctx.href(&urls::involvement_type(t.id)), rank: t.rank }
}

pub fn type_cards(ctx: &Ctx) -> Vec<TypeCard> {
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

pub fn standards(list: &[Standard]) -> Vec<StandardView> {
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
        facets: None,
    }
}

/// A picture with its resized copies as `srcset` and its size, when it is one wedid resizes.
pub fn image(ctx: &Ctx, img: &crate::content::model::Image) -> ImageView {
    let src = crate::graph::checks::media_path(&img.src);
    let picture = ctx.images.pictures.get(&src);
    ImageView {
        src: ctx.href(&src),
        alt: if img.decorative { String::new() } else { img.alt.clone().unwrap_or_default() },
        srcset: picture.map(|p| p.srcset(&ctx.graph.base.path)),
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
        date: date(s.doc.data.date),
        image: s.doc.data.image.as_ref().map(|img| image(ctx, img)),
        draft: s.doc.data.draft,
    }
}

pub fn strategy_brief(ctx: &Ctx, si: usize) -> StrategyBrief {
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

/// The projects of the group with this key; none when there is no such group.
pub fn grouped<K: PartialEq>(groups: &[(K, crate::graph::ProjectGroup)], key: K) -> &[usize] {
    groups.iter().find(|(k, _)| *k == key).map_or(&[], |(_, g)| &g.projects)
}

/// A paginated page's title: "(page N)" after the first page's.
pub fn paged(title: String, page: usize) -> String {
    if page > 1 {
        format!("{title} (page {page})")
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
pub fn we_did_label(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Done => "We did",
        ActionStatus::InProgress => "We are doing",
        ActionStatus::Planned => "We will",
        ActionStatus::NotPossible => "We could not",
    }
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
        let rows = figures(&f).states;
        assert_eq!(rows[0].bar, BarSegment { x: "0".into(), width: "133.33".into() });
        assert_eq!(rows[1].bar, BarSegment { x: "133.33".into(), width: "266.67".into() });
    }
}
