//! The views of `/services/`, one service's page, and a printable poster.

use super::{DateView, FiguresView, FollowView, Link, ListedProject, ListedStory, Pagination, StatusView};
use serde::Serialize;

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
    pub projects: Vec<ListedProject>,
    pub stories: Vec<ListedStory>,
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
