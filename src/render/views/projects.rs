//! The views of `/you-said-we-did/`, its filter pages, and one project's page.

use super::{
    DateView, DatedText, Facet, FiguresView, FollowView, Link, ListedProject, ListedStory, Pagination, StatusView, TypeRef, UpdatedView,
};
use serde::Serialize;

#[derive(Serialize)]
pub struct ProjectListView {
    pub heading: String,
    pub intro: String,
    pub projects: Vec<ListedProject>,
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
    pub stories: Vec<ListedStory>,
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
