//! A project over time, in two forms. Its timeline: the dated events of the record itself
//! (started, said, done or due, overdue, ended), in order. Its updates: what a follower is told
//! about, each with an id that never changes, for feeds. Inside git the updates are the
//! changes between committed versions ([`crate::history`]); outside git they are the record's
//! own dated events up to today, since nothing else says when anything happened.

use super::figures;
use crate::content::model::{ActionStatus, Project, ProjectStatus};
use crate::content::Date;
use crate::history::{Change, ChangeKind};

/// One dated event of a project's record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Event {
    Started,
    /// An item with its own date: when people said it.
    Said {
        item: usize,
    },
    Done {
        item: usize,
        action: usize,
    },
    /// A planned or in-progress action's due date; `overdue` once it has passed.
    Due {
        item: usize,
        action: usize,
        overdue: bool,
    },
    Ended,
}

/// The project's dated events, oldest first (events of one day in the order above).
pub fn timeline(p: &Project, today: Date) -> Vec<(Date, Event)> {
    let mut out: Vec<(Date, Event)> = events(p, today).collect();
    out.sort();
    out
}

/// The project's dated events in the record's order.
fn events(p: &Project, today: Date) -> impl Iterator<Item = (Date, Event)> + '_ {
    let items = p.you_said.iter().enumerate().flat_map(move |(i, item)| {
        let actions = item.we_did.iter().enumerate().filter_map(move |(j, a)| {
            let date = a.date?;
            match a.status {
                ActionStatus::Done => Some((date, Event::Done { item: i, action: j })),
                ActionStatus::Planned | ActionStatus::InProgress => {
                    Some((date, Event::Due { item: i, action: j, overdue: figures::is_overdue(a, today) }))
                }
                ActionStatus::NotPossible => None,
            }
        });
        item.date.map(|d| (d, Event::Said { item: i })).into_iter().chain(actions)
    });
    std::iter::once((p.started, Event::Started)).chain(items).chain(p.ended.map(|d| (d, Event::Ended)))
}

/// Whether a follower is told of an event dated `date`: every event up to today but a due
/// date, which is a promise, not a change.
fn is_update(date: Date, event: &Event, today: Date) -> bool {
    date <= today && !matches!(event, Event::Due { .. })
}

/// One update to follow: a change, and an id unique to it (the fragment of a `tag:` or page
/// URI that feeds build on).
#[derive(Debug, Clone, PartialEq)]
pub struct Update {
    pub id: String,
    pub change: Change,
}

/// What a follower of the project is told, newest first: its committed changes when `changes`
/// came from git, otherwise its record's events up to today. Ids are made from the commit and
/// the change's place in it, or from the event's place in the record, so rebuilding never
/// gives an entry a new id.
pub fn updates(p: &Project, changes: &[Change], in_git: bool, today: Date) -> Vec<Update> {
    let mut out: Vec<Update> = if in_git {
        let mut n = 0;
        changes
            .iter()
            .enumerate()
            .map(|(k, change)| {
                n = if k > 0 && changes[k - 1].commit == change.commit { n + 1 } else { 0 };
                Update { id: format!("change-{}-{n}", short(&change.commit)), change: change.clone() }
            })
            .collect()
    } else {
        timeline(p, today)
            .into_iter()
            .filter(|(d, e)| is_update(*d, e, today))
            .filter_map(|(date, event)| from_record(p, date, event))
            .collect()
    };
    out.reverse();
    out
}

/// The date of the project's newest update (the first of [`updates`]) without making them: a
/// feed of many projects asks it of each, to leave out those too old to be shown.
pub fn newest_update(p: &Project, changes: &[Change], in_git: bool, today: Date) -> Option<Date> {
    if in_git {
        changes.iter().map(|c| c.date).max()
    } else {
        events(p, today).filter(|(d, e)| is_update(*d, e, today)).map(|(d, _)| d).max()
    }
}

/// An event of the record as the change a reader would have been told of.
fn from_record(p: &Project, date: Date, event: Event) -> Option<Update> {
    let said = |i: usize| p.you_said[i].said.trim().to_string();
    let (id, kind) = match event {
        Event::Started => ("started".to_string(), ChangeKind::Published),
        Event::Said { item } => (format!("said-{item}"), ChangeKind::ItemAdded { said: said(item) }),
        Event::Done { item, action } => {
            let text = p.you_said[item].we_did[action].action.trim().to_string();
            (format!("done-{item}-{action}"), ChangeKind::ActionAdded { said: said(item), action: text, status: ActionStatus::Done })
        }
        Event::Ended => ("ended".to_string(), ChangeKind::ProjectStatus { from: ProjectStatus::InProgress, to: ProjectStatus::Completed }),
        Event::Due { .. } => return None,
    };
    Some(Update { id, change: Change { date, commit: String::new(), kind } })
}

/// The first 12 hex digits of a commit id: unique enough within one project's history.
fn short(commit: &str) -> &str {
    &commit[..commit.len().min(12)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::yaml;
    use std::path::Path;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    const P: &str = "title: T\nsummary: S\nservice: X\ninvolvement: engagement\nstatus: completed\nstarted: 2025-01-01\nended: 2025-09-30\nyou_said:\n  - said: A.\n    date: 2025-02-10\n    we_did:\n      - { action: Late., status: planned, date: 2025-06-30 }\n      - { action: Did., status: done, date: 2025-03-01 }\n      - { action: Soon., status: in-progress, date: 2025-12-31 }\n";

    fn project() -> Project {
        yaml::parse::<Project>(P, Path::new("p.yaml"), 1).map(|(p, _)| p).unwrap_or_else(|d| panic!("{d:?}"))
    }

    #[test]
    fn the_timeline_is_in_date_order_and_says_what_is_overdue() {
        let events: Vec<Event> = timeline(&project(), date("2025-10-01")).into_iter().map(|(_, e)| e).collect();
        assert_eq!(
            events,
            [
                Event::Started,
                Event::Said { item: 0 },
                Event::Done { item: 0, action: 1 },
                Event::Due { item: 0, action: 0, overdue: true },
                Event::Ended,
                Event::Due { item: 0, action: 2, overdue: false },
            ]
        );
    }

    #[test]
    fn outside_git_updates_are_the_records_past_events_newest_first() {
        let ids: Vec<String> = updates(&project(), &[], false, date("2025-05-01")).into_iter().map(|u| u.id).collect();
        assert_eq!(ids, ["done-0-1", "said-0", "started"], "nothing after today, no due dates");
        for today in ["2024-12-31", "2025-01-01", "2025-02-20", "2025-05-01", "2026-01-01"] {
            let today = date(today);
            let first = updates(&project(), &[], false, today).first().map(|u| u.change.date);
            assert_eq!(newest_update(&project(), &[], false, today), first, "on {today:?}");
        }
    }

    #[test]
    fn inside_git_ids_come_from_the_commit_and_the_place_in_it() {
        let change = |commit: &str, kind: ChangeKind| Change { date: date("2025-01-01"), commit: commit.into(), kind };
        let changes = [
            change("aaaaaaaaaaaaaaaa", ChangeKind::Published),
            change("bbbbbbbbbbbbbbbb", ChangeKind::ItemAdded { said: "x".into() }),
            change("bbbbbbbbbbbbbbbb", ChangeKind::ItemAdded { said: "y".into() }),
        ];
        let ids: Vec<String> = updates(&project(), &changes, true, date("2025-05-01")).into_iter().map(|u| u.id).collect();
        assert_eq!(ids, ["change-bbbbbbbbbbbb-1", "change-bbbbbbbbbbbb-0", "change-aaaaaaaaaaaa-0"]);
    }
}
