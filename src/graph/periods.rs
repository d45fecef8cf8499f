//! Reporting periods: the figures by UK financial year (1 April to 31 March) and its quarters,
//! trust-wide and per service, as boards ask for them. An item belongs to the period of the
//! day it was said ([`figures::said_on`]); its state is today's, so a year's report shows what
//! has happened since to what people said in it. Computed once here, from the same
//! [`Figures::of_items`] as every other figure.

use super::figures::{self, Figures};
use super::ProjectNode;
use crate::content::model::YouSaid;
use crate::content::Date;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// A UK financial year, named by the calendar year it starts in: `FinancialYear(2025)` runs
/// from 1 April 2025 to 31 March 2026.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FinancialYear(pub u16);

impl FinancialYear {
    /// The financial year a date falls in (a month-only date by its month).
    pub fn of(date: Date) -> FinancialYear {
        FinancialYear(if date.month() >= 4 { date.year() } else { date.year() - 1 })
    }

    /// The quarter of its financial year a date falls in: 1 (April to June) to 4 (January to
    /// March).
    pub fn quarter_of(date: Date) -> usize {
        usize::from((date.month() + 8) % 12 / 3 + 1)
    }

    /// `2025-26`: the form in addresses (`/reports/2025-26/`).
    pub fn slug(self) -> String {
        format!("{}-{:02}", self.0, (self.0 + 1) % 100)
    }

    /// `2025/26`: the form readers and board papers use.
    pub fn label(self) -> String {
        format!("{}/{:02}", self.0, (self.0 + 1) % 100)
    }
}

/// The figures of one period: the year's, and each of its four quarters'.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PeriodFigures {
    pub year: Figures,
    /// Quarters 1 to 4, in order.
    pub quarters: [Figures; 4],
}

/// One financial year's report: the whole site's figures and each service's that had items
/// said in the year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportYear {
    pub year: FinancialYear,
    pub figures: PeriodFigures,
    /// (index into `SiteGraph::services`, its figures), by service order.
    pub services: Vec<(usize, PeriodFigures)>,
}

/// Every financial year that has an item said in it, newest first.
///
/// Each project's own figures by period depend on that project alone, so they are made in
/// parallel and then summed in project order: on one core this was a fifth of the graph's
/// step at 10k projects, which the preview runs after every save of a record.
pub fn report_years(projects: &[ProjectNode], today: Date) -> Vec<ReportYear> {
    let own: Vec<Vec<(FinancialYear, PeriodFigures)>> = projects.par_iter().map(|p| own_periods(p, today)).collect();
    let mut years: BTreeMap<FinancialYear, (PeriodFigures, BTreeMap<usize, PeriodFigures>)> = BTreeMap::new();
    for (p, own) in projects.iter().zip(own) {
        for (year, own) in own {
            let (site, services) = years.entry(year).or_default();
            site.add(&own);
            services.entry(p.service).or_default().add(&own);
        }
    }
    years
        .into_iter()
        .rev()
        .map(|(year, (figures, services))| ReportYear { year, figures, services: services.into_iter().collect() })
        .collect()
}

/// One project's figures in each financial year it has items said in, with its quarters'.
fn own_periods(p: &ProjectNode, today: Date) -> Vec<(FinancialYear, PeriodFigures)> {
    let mut by_quarter: BTreeMap<(FinancialYear, usize), Vec<&YouSaid>> = BTreeMap::new();
    for item in &p.doc.data.you_said {
        let said = figures::said_on(item, p.doc.data.started);
        by_quarter.entry((FinancialYear::of(said), FinancialYear::quarter_of(said))).or_default().push(item);
    }
    // A project counts once in a year, and once in each quarter it has items in.
    let mut by_year: BTreeMap<FinancialYear, Vec<&YouSaid>> = BTreeMap::new();
    for ((year, _), items) in &by_quarter {
        by_year.entry(*year).or_default().extend(items.iter().copied());
    }
    by_year
        .into_iter()
        .map(|(year, items)| {
            let own = PeriodFigures {
                year: Figures::of_items(items, today),
                quarters: std::array::from_fn(|q| {
                    by_quarter.get(&(year, q + 1)).map_or_else(Figures::default, |items| Figures::of_items(items.iter().copied(), today))
                }),
            };
            (year, own)
        })
        .collect()
}

impl PeriodFigures {
    fn add(&mut self, other: &PeriodFigures) {
        self.year = Figures::sum([&self.year, &other.year]);
        for (mine, theirs) in self.quarters.iter_mut().zip(&other.quarters) {
            *mine = Figures::sum([&*mine, theirs]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_financial_year_runs_from_april_to_march() {
        assert_eq!(FinancialYear::of(date("2025-03-31")), FinancialYear(2024));
        assert_eq!(FinancialYear::of(date("2025-04-01")), FinancialYear(2025));
        assert_eq!(FinancialYear::of(date("2026-03")), FinancialYear(2025));
        let quarters: Vec<usize> = (1..=12).map(|m| FinancialYear::quarter_of(date(&format!("2025-{m:02}")))).collect();
        assert_eq!(quarters, [4, 4, 4, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
        assert_eq!((FinancialYear(2025).slug(), FinancialYear(2025).label()), ("2025-26".into(), "2025/26".into()));
        assert_eq!(FinancialYear(1999).slug(), "1999-00");
    }
}
