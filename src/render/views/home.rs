//! The view of `/`: what involvement is here, the headline figures, the latest work and the
//! strategy.

use super::{FiguresView, Link, ListedProject, ListedStory, TypeCard};
use serde::Serialize;

#[derive(Serialize)]
pub struct HomeView {
    pub intro: String,
    pub figures: FiguresView,
    pub latest_stories: Vec<ListedStory>,
    pub latest_projects: Vec<ListedProject>,
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
