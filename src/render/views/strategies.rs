//! The views of `/strategy/`, a strategy on a page, and one ambition's page.

use super::{DateView, FiguresView, Link, ListedProject, ListedStory, Pagination, StandardView, StrategyBrief};
use serde::Serialize;

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
    pub projects: Vec<ListedProject>,
    pub stories: Vec<ListedStory>,
    /// How many projects and stories serve the ambition, on all pages.
    pub projects_total: usize,
    pub stories_total: usize,
    pub pagination: Pagination,
    /// Of every project of the ambition, on every page.
    pub figures: FiguresView,
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
