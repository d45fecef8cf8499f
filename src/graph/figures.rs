//! The public figures, defined once. Every page and every open-data file reads these values;
//! nothing else counts "you said" items or actions, so the numbers agree everywhere. What is
//! overdue and since when an item has waited are defined here too, for the same reason.

use crate::content::model::{Action, ActionStatus, YouSaid};
use crate::content::Date;

/// When people said it: the item's own `date`, or its project's start. The wait for a response
/// and the reporting period count from it.
pub fn said_on(item: &YouSaid, started: Date) -> Date {
    item.date.unwrap_or(started)
}

/// Since when an item has waited for a response: its said date while it has no action yet.
pub fn waiting_since(item: &YouSaid, started: Date) -> Option<Date> {
    item.we_did.is_empty().then(|| said_on(item, started))
}

/// An action is overdue when it is planned or in progress and its due date is over before
/// `today` (a month-only due date at the end of its month). Its status stays what it is.
pub fn is_overdue(action: &Action, today: Date) -> bool {
    matches!(action.status, ActionStatus::Planned | ActionStatus::InProgress) && action.date.is_some_and(|due| due.last_day() < today)
}

/// The single state of one "you said" item, from its actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemState {
    /// At least one action is done.
    ActedOn,
    /// None done, at least one in progress or planned.
    InProgress,
    /// Every action is not possible.
    CouldNotDo,
    /// No actions yet.
    AwaitingResponse,
}

impl ItemState {
    pub fn of(item: &YouSaid) -> ItemState {
        let has = |s: ActionStatus| item.we_did.iter().any(|a| a.status == s);
        if item.we_did.is_empty() {
            ItemState::AwaitingResponse
        } else if has(ActionStatus::Done) {
            ItemState::ActedOn
        } else if has(ActionStatus::InProgress) || has(ActionStatus::Planned) {
            ItemState::InProgress
        } else {
            ItemState::CouldNotDo
        }
    }
}

/// Counts of items by state and of actions by status, for any set of projects.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Figures {
    pub projects: u32,
    pub items: u32,
    pub acted_on: u32,
    pub in_progress: u32,
    pub could_not_do: u32,
    pub awaiting: u32,
    /// Of the items in progress, those with an overdue action.
    pub overdue: u32,
    pub actions: u32,
    pub actions_done: u32,
    pub actions_in_progress: u32,
    pub actions_planned: u32,
    pub actions_not_possible: u32,
    /// Of the planned and in-progress actions, those overdue.
    pub actions_overdue: u32,
}

impl Figures {
    /// The figures of one project's items (all of them, or those of one reporting period),
    /// with what is overdue on `today`.
    pub fn of_items<'a>(items: impl IntoIterator<Item = &'a YouSaid>, today: Date) -> Figures {
        let mut f = Figures { projects: 1, ..Figures::default() };
        for item in items {
            f.items += 1;
            let state = ItemState::of(item);
            match state {
                ItemState::ActedOn => f.acted_on += 1,
                ItemState::InProgress => f.in_progress += 1,
                ItemState::CouldNotDo => f.could_not_do += 1,
                ItemState::AwaitingResponse => f.awaiting += 1,
            }
            if state == ItemState::InProgress && item.we_did.iter().any(|a| is_overdue(a, today)) {
                f.overdue += 1;
            }
            for action in &item.we_did {
                f.actions += 1;
                f.actions_overdue += u32::from(is_overdue(action, today));
                match action.status {
                    ActionStatus::Done => f.actions_done += 1,
                    ActionStatus::InProgress => f.actions_in_progress += 1,
                    ActionStatus::Planned => f.actions_planned += 1,
                    ActionStatus::NotPossible => f.actions_not_possible += 1,
                }
            }
        }
        f
    }

    /// Each count with the name templates read it by (`f.items`), in the order of the
    /// fields: the one list of those names. `render::views::FiguresView` serializes them as
    /// fields beside its own; `#[serde(flatten)]` of a derived `Serialize` did the same through
    /// serde's map path, which cost 0.8% of a 1k+1k build's instructions. Destructured, so a
    /// count added to `Figures` cannot be left out here.
    pub fn named(&self) -> [(&'static str, u32); 13] {
        let Figures {
            projects,
            items,
            acted_on,
            in_progress,
            could_not_do,
            awaiting,
            overdue,
            actions,
            actions_done,
            actions_in_progress,
            actions_planned,
            actions_not_possible,
            actions_overdue,
        } = *self;
        [
            ("projects", projects),
            ("items", items),
            ("acted_on", acted_on),
            ("in_progress", in_progress),
            ("could_not_do", could_not_do),
            ("awaiting", awaiting),
            ("overdue", overdue),
            ("actions", actions),
            ("actions_done", actions_done),
            ("actions_in_progress", actions_in_progress),
            ("actions_planned", actions_planned),
            ("actions_not_possible", actions_not_possible),
            ("actions_overdue", actions_overdue),
        ]
    }

    /// Sums figures of several projects.
    pub fn sum<'a>(all: impl IntoIterator<Item = &'a Figures>) -> Figures {
        all.into_iter().fold(Figures::default(), |a, b| Figures {
            projects: a.projects + b.projects,
            items: a.items + b.items,
            acted_on: a.acted_on + b.acted_on,
            in_progress: a.in_progress + b.in_progress,
            could_not_do: a.could_not_do + b.could_not_do,
            awaiting: a.awaiting + b.awaiting,
            overdue: a.overdue + b.overdue,
            actions: a.actions + b.actions,
            actions_done: a.actions_done + b.actions_done,
            actions_in_progress: a.actions_in_progress + b.actions_in_progress,
            actions_planned: a.actions_planned + b.actions_planned,
            actions_not_possible: a.actions_not_possible + b.actions_not_possible,
            actions_overdue: a.actions_overdue + b.actions_overdue,
        })
    }

    /// "Share acted on": acted on ÷ all items, as a whole percentage.
    pub fn share_acted_on(&self) -> u32 {
        self.percent_of_items(self.acted_on)
    }

    /// Whole percentages of all items for parts that add up to all items, rounded by largest
    /// remainder so a table of them totals exactly 100.
    pub fn shares_of_items<const N: usize>(&self, parts: &[u32; N]) -> [u32; N] {
        let mut out = [0; N];
        if self.items == 0 {
            return out;
        }
        let mut remainders: Vec<(u32, usize)> = Vec::with_capacity(N);
        for (i, &n) in parts.iter().enumerate() {
            out[i] = n * 100 / self.items;
            remainders.push((n * 100 % self.items, i));
        }
        let short = 100u32.saturating_sub(out.iter().sum());
        remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for &(_, i) in remainders.iter().take(short as usize) {
            out[i] += 1;
        }
        out
    }

    /// `count` as a whole percentage of all items, rounded half up; 0 when there are none.
    pub fn percent_of_items(&self, count: u32) -> u32 {
        if self.items == 0 {
            0
        } else {
            (count * 200 + self.items) / (self.items * 2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::Action;

    fn item(statuses: &[ActionStatus]) -> YouSaid {
        YouSaid {
            said: "x".into(),
            theme: None,
            date: None,
            we_did: statuses.iter().map(|&status| Action { action: "y".into(), status, date: None, reason: None, link: None }).collect(),
        }
    }

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_named_counts_are_the_fields_in_their_order() {
        let f = Figures {
            projects: 1,
            items: 2,
            acted_on: 3,
            in_progress: 4,
            could_not_do: 5,
            awaiting: 6,
            overdue: 7,
            actions: 8,
            actions_done: 9,
            actions_in_progress: 10,
            actions_planned: 11,
            actions_not_possible: 12,
            actions_overdue: 13,
        };
        let names = [
            "projects",
            "items",
            "acted_on",
            "in_progress",
            "could_not_do",
            "awaiting",
            "overdue",
            "actions",
            "actions_done",
            "actions_in_progress",
            "actions_planned",
            "actions_not_possible",
            "actions_overdue",
        ];
        assert_eq!(f.named(), std::array::from_fn(|i| (names[i], i as u32 + 1)));
    }

    fn due(status: ActionStatus, on: &str) -> Action {
        Action { action: "y".into(), status, date: Some(date(on)), reason: None, link: None }
    }

    #[test]
    fn overdue_from_the_day_after_the_due_date() {
        use ActionStatus::*;
        let planned = due(Planned, "2025-06-30");
        assert!(!is_overdue(&planned, date("2025-06-29")), "the day before");
        assert!(!is_overdue(&planned, date("2025-06-30")), "the day itself");
        assert!(is_overdue(&planned, date("2025-07-01")), "the day after");
        assert!(is_overdue(&due(InProgress, "2025-06-30"), date("2025-07-01")));
        assert!(!is_overdue(&due(Done, "2025-06-30"), date("2026-01-01")), "done is never overdue");
        assert!(!is_overdue(&due(NotPossible, "2025-06-30"), date("2026-01-01")));
        // A month-only due date is met by any day of that month.
        assert!(!is_overdue(&due(Planned, "2025-06"), date("2025-06-30")));
        assert!(is_overdue(&due(Planned, "2025-06"), date("2025-07-01")));
        assert!(!is_overdue(&Action { date: None, ..planned }, date("2030-01-01")), "no due date, never late");
    }

    #[test]
    fn overdue_figures_are_a_part_of_in_progress() {
        use ActionStatus::*;
        let mut late = item(&[]);
        late.we_did = vec![due(Planned, "2025-06-30"), due(InProgress, "2026-01-31")];
        let mut done = item(&[Done]);
        done.we_did.push(due(Planned, "2025-01-01"));
        let f = Figures::of_items(&[late.clone(), done], date("2025-07-01"));
        assert_eq!((f.in_progress, f.overdue), (1, 1), "an item already acted on is not overdue");
        assert_eq!(f.actions_overdue, 2, "every late action counts");
        let before = Figures::of_items(std::slice::from_ref(&late), date("2025-06-30"));
        assert_eq!((before.overdue, before.actions_overdue), (0, 0));
        assert_eq!(Figures::sum([&f, &f]).overdue, 2);
    }

    #[test]
    fn waiting_counts_from_the_items_date_or_the_start() {
        let started = date("2025-01-10");
        let mut waiting = item(&[]);
        assert_eq!(waiting_since(&waiting, started), Some(started));
        waiting.date = Some(date("2025-03"));
        assert_eq!(waiting_since(&waiting, started), Some(date("2025-03")));
        assert_eq!(waiting_since(&item(&[ActionStatus::Planned]), started), None);
    }

    #[test]
    fn one_state_per_item() {
        use ActionStatus::*;
        assert_eq!(ItemState::of(&item(&[NotPossible, Done])), ItemState::ActedOn);
        assert_eq!(ItemState::of(&item(&[NotPossible, Planned])), ItemState::InProgress);
        assert_eq!(ItemState::of(&item(&[NotPossible, NotPossible])), ItemState::CouldNotDo);
        assert_eq!(ItemState::of(&item(&[])), ItemState::AwaitingResponse);
    }

    #[test]
    fn figures_add_up() {
        use ActionStatus::*;
        let items = [item(&[Done, Planned]), item(&[InProgress]), item(&[NotPossible]), item(&[])];
        let f = Figures::of_items(&items, date("2025-01-01"));
        assert_eq!((f.items, f.acted_on, f.in_progress, f.could_not_do, f.awaiting), (4, 1, 1, 1, 1));
        assert_eq!((f.actions, f.actions_done, f.actions_planned, f.actions_in_progress, f.actions_not_possible), (4, 1, 1, 1, 1));
        assert_eq!(f.share_acted_on(), 25);
        // 7 of 8 and 1 of 8 round to 88 + 13 = 101 each on their own; shares total 100.
        let eighths = Figures { items: 8, ..Figures::default() };
        assert_eq!(eighths.shares_of_items(&[7, 1, 0, 0]), [88, 12, 0, 0]);
        assert_eq!(eighths.shares_of_items(&[3, 3, 2, 0]).iter().sum::<u32>(), 100);
        let total = Figures::sum([&f, &f]);
        assert_eq!((total.projects, total.items, total.acted_on), (2, 8, 2));
    }
}
