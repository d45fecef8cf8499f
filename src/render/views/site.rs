//! The views of the site's own pages: free pages from `content/pages/`, search, open data
//! and the 404.

use super::{FiguresView, UpdatedView};
use serde::Serialize;

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
