//! The parts many pages share: links, dates, figures with their chart geometry, statuses,
//! cards of projects and stories, pagers and filters, and when a record changed.

use crate::graph::figures::Figures;
use serde::Serialize;

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

/// Figures as shown: the counts of [`Figures`] (beside the other fields, so templates read
/// `f.items`: see [`Figures::named`]), the share acted on, and the item states as rows for a
/// chart and its table.
#[derive(Clone)]
pub struct FiguresView {
    pub counts: Figures,
    /// Whole percentage of items acted on.
    pub share_acted_on: u32,
    pub states: Vec<ChartRow>,
}

impl Serialize for FiguresView {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let counts = self.counts.named();
        let mut s = serializer.serialize_struct("FiguresView", counts.len() + 2)?;
        for (name, count) in counts {
            s.serialize_field(name, &count)?;
        }
        s.serialize_field("share_acted_on", &self.share_acted_on)?;
        s.serialize_field("states", &self.states)?;
        s.end()
    }
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
    /// The theme's `project_card` for this card at heading level 3, drawn once per build;
    /// `None` when the component reads the page it is on (see `cards::DrawnCards`).
    pub html: Option<String>,
}

/// A card on a list. A built-in list template prints a card already drawn and reads nothing
/// else of it, so there the card is its HTML alone: converting every field of 50 cards for
/// each list page, and freeing them after, was a tenth of a large site's build. A theme's own
/// list template gets every field.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Listed<C> {
    Drawn { html: String },
    Card(Box<C>),
}

pub type ListedProject = Listed<ProjectCard>;
pub type ListedStory = Listed<StoryCard>;

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
    /// The theme's `story_card` for this card, drawn once per build; see [`ProjectCard::html`].
    pub html: Option<String>,
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
