//! `/embed/` and the summary pictures beside it: the headline figures of the whole site and of
//! each service, for the trust's own website and intranet to show. Each summary is an SVG
//! picture whose title, description and text carry the numbers (so a screen reader reads them
//! whether the picture is inline or an `<img>` with the same words as its `alt`), and a plain
//! HTML snippet to copy that links back here. No script, no tracking, and the graph's own
//! figures, never counted again here.
//!
//! The views live here rather than in `render::views` because only these two templates read them.

use super::super::cards::{as_at, figures};
use super::super::data::xml;
use super::super::views::{DateView, FiguresView};
use super::Ctx;
use crate::diagnostics::Diagnostic;
use crate::graph::figures::Figures;
use crate::graph::{urls, Route};
use crate::render::OutputFile;
use crate::theme::Theme;
use crate::words::{Arg, Words};
use serde::Serialize;

/// The picture's size in CSS pixels; the snippet and the page give it, so nothing jumps.
const WIDTH: u32 = 600;
const HEIGHT: u32 = 280;
/// Where the first state's line sits, and how far apart the lines are.
const FIRST_ROW: u32 = 156;
const ROW_STEP: u32 = 24;

/// One summary on the `/embed/` page.
#[derive(Serialize)]
struct SummaryView {
    /// For ids: `summary`, or the service's slug.
    key: String,
    title: String,
    /// The picture on this site, for the page's preview of it.
    svg_href: String,
    /// Where the figures are on this site: the home page, or the service's page.
    page_href: String,
    /// The picture's description, which is also the snippet's `alt`.
    text: String,
    /// The HTML to copy, with absolute addresses.
    snippet: String,
    /// The label of the box holding it.
    code_label: String,
}

#[derive(Serialize)]
struct EmbedView {
    summaries: Vec<SummaryView>,
    width: u32,
    height: u32,
}

/// One state's line in the picture.
#[derive(Serialize)]
struct SvgRow {
    id: &'static str,
    label: String,
    count: u32,
    percent: u32,
    /// ", of which 1 overdue" on the line of items in progress; none on the others.
    note: Option<String>,
    y: u32,
    swatch_y: u32,
}

#[derive(Serialize)]
struct SvgView {
    key: String,
    name: String,
    title: String,
    text: String,
    figures: FiguresView,
    /// "things you told us", agreeing with the number before it.
    told: String,
    rows: Vec<SvgRow>,
    organisation: String,
    as_at: Option<DateView>,
    /// "figures as at 3 November 2026".
    as_at_text: Option<String>,
    width: u32,
    height: u32,
}

/// What one summary shows, and where it lives.
struct Summary<'g> {
    key: String,
    name: String,
    figures: &'g Figures,
    as_at: Option<DateView>,
    /// The page with the same figures, and the picture's own address.
    page: String,
    svg: String,
}

impl Summary<'_> {
    fn title(&self, words: &Words) -> String {
        words.with("service_title", &[("service", Arg::Text(&self.name))])
    }

    /// The picture's description: its title and every figure in words.
    fn text(&self, words: &Words, organisation: &str) -> String {
        let title = self.title(words);
        let text = words.with("embed_text", &[("title", Arg::Text(&title)), ("organisation", Arg::Text(organisation))]);
        let as_at = self.as_at.as_ref().map(|d| format!(" {}", words.with("embed_as_at", &[("date", Arg::Text(&d.human))])));
        format!("{text} {}{}", in_words(words, self.figures), as_at.unwrap_or_default())
    }
}

/// The site's summary (`service: None`) or a service's.
fn summary<'g>(ctx: &Ctx<'g>, service: Option<usize>) -> Summary<'g> {
    let g = ctx.graph;
    match service {
        None => Summary {
            key: "summary".into(),
            name: ctx.words.get("embed_all_services").into(),
            figures: &g.figures,
            as_at: as_at(ctx, 0..g.projects.len()),
            page: urls::HOME.into(),
            svg: urls::EMBED_SUMMARY.into(),
        },
        Some(i) => {
            let s = &g.services[i];
            Summary {
                key: s.slug.clone(),
                name: s.name.clone(),
                figures: &s.figures,
                as_at: as_at(ctx, s.projects.iter().copied()),
                page: urls::service(&s.slug),
                svg: urls::embed_service(&s.slug),
            }
        }
    }
}

/// The figures as sentences, the same whatever reads them: a screen reader, a missing picture.
fn in_words(words: &Words, f: &Figures) -> String {
    if f.items == 0 {
        return words.get("embed_nothing").into();
    }
    let n = |count: u32| Arg::Number(count.into());
    [
        words.count("embed_told", f.items),
        words.with("embed_acted", &[("count", n(f.acted_on)), ("share", n(f.share_acted_on()))]),
        words.with("embed_in_progress", &[("count", n(f.in_progress)), ("overdue", n(f.overdue))]),
        words.count("embed_could_not", f.could_not_do),
        words.count("embed_awaiting", f.awaiting),
    ]
    .join(" ")
}

/// The HTML another website pastes: the picture with its words as `alt`, and a link here.
fn snippet(ctx: &Ctx, s: &Summary, text: &str) -> String {
    format!(
        "<figure>\n  <img src=\"{}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" alt=\"{}\">\n  <figcaption><a href=\"{}\">{}</a></figcaption>\n</figure>\n",
        xml(&ctx.absolute(&s.svg)),
        xml(text),
        xml(&ctx.absolute(&s.page)),
        xml(&ctx.words.with("embed_figcaption", &[("title", Arg::Text(&s.title(ctx.words)))])),
    )
}

pub fn page(ctx: &Ctx, theme: &Theme, route: &Route) -> Result<OutputFile, Diagnostic> {
    let g = ctx.graph;
    let organisation = &g.config.data.organisation;
    let summaries = std::iter::once(None)
        .chain((0..g.services.len()).map(Some))
        .map(|service| {
            let s = summary(ctx, service);
            let text = s.text(ctx.words, organisation);
            SummaryView {
                snippet: snippet(ctx, &s, &text),
                code_label: ctx.words.with("embed_code_for", &[("title", Arg::Text(&s.title(ctx.words)))]),
                title: s.title(ctx.words),
                svg_href: ctx.href(&s.svg),
                page_href: ctx.href(&s.page),
                key: s.key,
                text,
            }
        })
        .collect();
    let meta = ctx.meta(&route.url, ctx.words.get("embed_title"), ctx.words.get("embed_description"), vec![ctx.home()]);
    ctx.page(theme, route, "embed.html", meta, &EmbedView { summaries, width: WIDTH, height: HEIGHT })
}

pub fn svg(ctx: &Ctx, theme: &Theme, route: &Route, service: Option<usize>) -> Result<OutputFile, Diagnostic> {
    let s = summary(ctx, service);
    let organisation = ctx.graph.config.data.organisation.clone();
    let figures = figures(ctx.words, s.figures);
    let rows = figures
        .states
        .iter()
        .zip(0..)
        .map(|(row, n)| {
            let y = FIRST_ROW + n * ROW_STEP;
            SvgRow {
                id: row.id,
                label: row.label.clone(),
                count: row.count,
                percent: row.percent,
                note: (row.id == "in-progress").then(|| format!(", {}", ctx.words.count("of_which_overdue", s.figures.overdue))),
                y,
                swatch_y: y - 12,
            }
        })
        .collect();
    let view = SvgView {
        told: ctx.words.count("embed_svg_told", s.figures.items),
        text: s.text(ctx.words, &organisation),
        title: s.title(ctx.words),
        key: s.key,
        name: s.name,
        figures,
        rows,
        organisation,
        as_at_text: s.as_at.as_ref().map(|d| ctx.words.with("embed_svg_as_at", &[("date", Arg::Text(&d.human))])),
        as_at: s.as_at,
        width: WIDTH,
        height: HEIGHT,
    };
    ctx.page(theme, route, "embed.svg", ctx.meta(&route.url, view.title.clone(), "", Vec::new()), &view)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_as_sentences_with_agreeing_verbs() {
        let Some(words) = crate::theme::built_in_words("en-GB") else { panic!("the built-in English words load") };
        let f = Figures { items: 3, acted_on: 1, in_progress: 1, overdue: 1, awaiting: 1, ..Figures::default() };
        assert_eq!(
            in_words(&words, &f),
            "People told us 3 things. We acted on 1 (33%). 1 is in progress, of which 1 is overdue. 0 we could not do. 1 is awaiting a response."
        );
        assert_eq!(in_words(&words, &Figures::default()), "Nothing has been recorded here yet.");
    }
}
