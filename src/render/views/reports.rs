//! The views of `/reports/` and `/reports/<yyyy-yy>/`.

use super::{FiguresView, GroupRow};
use serde::Serialize;

/// `/reports/`: every financial year with items said in it.
#[derive(Serialize)]
pub struct ReportsView {
    /// Newest first.
    pub years: Vec<GroupRow>,
}

/// One financial year's report, for the board: the trust's figures, by quarter, and each
/// service's (each starts a new printed page).
#[derive(Serialize)]
pub struct ReportView {
    /// `2025/26`.
    pub label: String,
    /// "1 April 2025 to 31 March 2026".
    pub span: String,
    pub figures: FiguresView,
    pub quarters: Vec<GroupRow>,
    pub services: Vec<ServiceReport>,
}

#[derive(Serialize)]
pub struct ServiceReport {
    pub name: String,
    pub href: String,
    pub figures: FiguresView,
    pub quarters: Vec<GroupRow>,
}
