//! What changed in a project between two committed versions, read with the content model
//! itself: both versions are parsed by the real parser and compared as records, so a file
//! that was only reformatted (comments, quoting, indentation, field order) gives no change.
//! Items match by what was said and actions by their words (spacing ignored): an item whose
//! words were rewritten reads as a new item.

use crate::content::model::{Action, ActionStatus, Project, ProjectStatus, YouSaid};
use crate::content::Date;

/// One change to a project, dated by the commit that made it.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub date: Date,
    /// The commit's id (hex): with the change's position, a stable id for feeds.
    pub commit: String,
    pub kind: ChangeKind,
}

/// The kinds of change a reader is told about.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ChangeKind {
    /// The first committed version: the project was published.
    Published,
    ItemAdded {
        said: String,
    },
    ActionAdded {
        said: String,
        action: String,
        status: ActionStatus,
    },
    ActionStatus {
        action: String,
        from: ActionStatus,
        to: ActionStatus,
    },
    ReasonAdded {
        action: String,
        reason: String,
    },
    ProjectStatus {
        from: ProjectStatus,
        to: ProjectStatus,
    },
}

/// The changes from `older` (`None` for the first version) to `newer`, in the order of the
/// newer record.
pub fn between(older: Option<&Project>, newer: &Project) -> Vec<ChangeKind> {
    let Some(older) = older else { return vec![ChangeKind::Published] };
    let mut out = Vec::new();
    if older.status != newer.status {
        out.push(ChangeKind::ProjectStatus { from: older.status, to: newer.status });
    }
    for item in &newer.you_said {
        let Some(before) = older.you_said.iter().find(|o| same(&o.said, &item.said)) else {
            out.push(ChangeKind::ItemAdded { said: item.said.trim().to_string() });
            out.extend(item.we_did.iter().map(|a| added(item, a)));
            continue;
        };
        for action in &item.we_did {
            match before.we_did.iter().find(|o| same(&o.action, &action.action)) {
                None => out.push(added(item, action)),
                Some(old) => {
                    if old.status != action.status {
                        let action_text = action.action.trim().to_string();
                        out.push(ChangeKind::ActionStatus { action: action_text, from: old.status, to: action.status });
                    }
                    if let (None, Some(reason)) = (text(&old.reason), text(&action.reason)) {
                        out.push(ChangeKind::ReasonAdded { action: action.action.trim().to_string(), reason: reason.to_string() });
                    }
                }
            }
        }
    }
    out
}

fn added(item: &YouSaid, action: &Action) -> ChangeKind {
    ChangeKind::ActionAdded { said: item.said.trim().to_string(), action: action.action.trim().to_string(), status: action.status }
}

fn text(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// Equal apart from spacing and line breaks, which YAML folding changes freely.
fn same(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::yaml;
    use std::path::Path;

    fn project(text: &str) -> Project {
        yaml::parse::<Project>(text, Path::new("p.yaml"), 1).map(|(p, _)| p).unwrap_or_else(|d| panic!("{d:?}"))
    }

    const BASE: &str = "title: T\nsummary: S\nservice: X\ninvolvement: engagement\nstatus: in-progress\nstarted: 2025-01-01\nyou_said:\n  - said: Open later.\n    we_did:\n      - action: We will.\n        status: planned\n        date: 2025-06-30\n";

    #[test]
    fn each_kind_of_change() {
        let old = project(BASE);
        assert_eq!(between(None, &old), [ChangeKind::Published]);
        let done = project(&BASE.replace("status: planned", "status: done"));
        assert_eq!(
            between(Some(&old), &done),
            [ChangeKind::ActionStatus { action: "We will.".into(), from: ActionStatus::Planned, to: ActionStatus::Done }]
        );
        let not_possible =
            project(&BASE.replace("status: planned\n        date: 2025-06-30", "status: not-possible\n        reason: No money."));
        assert_eq!(
            between(Some(&old), &not_possible)[1],
            ChangeKind::ReasonAdded { action: "We will.".into(), reason: "No money.".into() }
        );
        let completed = project(&BASE.replace("status: in-progress", "status: completed\nended: 2025-07-01"));
        assert_eq!(
            between(Some(&old), &completed),
            [ChangeKind::ProjectStatus { from: ProjectStatus::InProgress, to: ProjectStatus::Completed }]
        );
        let more = project(&format!("{BASE}      - action: And this.\n        status: in-progress\n  - said: New thing.\n"));
        assert_eq!(
            between(Some(&old), &more),
            [
                ChangeKind::ActionAdded { said: "Open later.".into(), action: "And this.".into(), status: ActionStatus::InProgress },
                ChangeKind::ItemAdded { said: "New thing.".into() },
            ]
        );
    }

    #[test]
    fn a_reformatted_file_is_no_change() {
        let reformatted = "# a comment\ntitle: \"T\"\nsummary: S\nservice: X\ninvolvement: engagement\nstarted: 2025-01-01\nstatus: in-progress\nyou_said:\n- said: >-\n    Open\n    later.\n  we_did: [{ action: We will., status: planned, date: 2025-06-30 }]\n";
        assert_eq!(between(Some(&project(BASE)), &project(reformatted)), []);
    }
}
