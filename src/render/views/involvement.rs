//! The views of `/involvement/` and each involvement type's page.

use super::{FiguresView, ListedProject, Pagination};
use serde::Serialize;

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
    pub projects: Vec<ListedProject>,
    pub pagination: Pagination,
    /// Of every project of the type, on every page.
    pub figures: FiguresView,
}
