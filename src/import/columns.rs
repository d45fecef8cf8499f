//! Which spreadsheet column holds what. Headings are matched case-insensitively against the
//! common names teams use ("You said", "Feedback", "Action taken"...); a mapping file names
//! the rest. Every field knows its own synonyms here, and nowhere else.

use crate::diagnostics::{did_you_mean, Diagnostic, Location};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// A value the importer can use, and the headings that mean it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Project,
    Service,
    Summary,
    Involvement,
    ProjectStatus,
    Started,
    Ended,
    Date,
    Theme,
    YouSaid,
    WeDid,
    Status,
    ActionDate,
    Reason,
    Link,
}

impl Field {
    const ALL: [Field; 15] = [
        Field::Project,
        Field::Service,
        Field::Summary,
        Field::Involvement,
        Field::ProjectStatus,
        Field::Started,
        Field::Ended,
        Field::Date,
        Field::Theme,
        Field::YouSaid,
        Field::WeDid,
        Field::Status,
        Field::ActionDate,
        Field::Reason,
        Field::Link,
    ];

    /// The name a mapping file uses for this field.
    pub fn id(self) -> &'static str {
        self.names()[0]
    }

    /// The id first, then headings that mean the same, as [`normalise`] leaves them.
    fn names(self) -> &'static [&'static str] {
        match self {
            Field::Project => &["project", "project name", "project title", "title"],
            Field::Service => &["service", "service name", "service area", "team"],
            Field::Summary => &["summary", "project summary", "description"],
            Field::Involvement => &["involvement", "involvement type", "type of involvement", "type"],
            Field::ProjectStatus => &["project status", "project stage"],
            Field::Started => &["started", "start date", "project start", "date started"],
            Field::Ended => &["ended", "end date", "project end", "date ended"],
            Field::Date => &["date", "date raised", "date received", "feedback date", "date of feedback", "raised", "received"],
            Field::Theme => &["theme", "category", "topic"],
            Field::YouSaid => &["you said", "said", "feedback", "what you said", "what people said", "what people told us", "comment"],
            Field::WeDid => &["we did", "action", "what we did", "action taken", "actions", "response", "our response", "actions taken"],
            Field::Status => &["status", "action status", "progress", "rag status", "rag"],
            Field::ActionDate => &[
                "action date",
                "date done",
                "done date",
                "done on",
                "due date",
                "date due",
                "date completed",
                "completed date",
                "completed on",
                "date actioned",
                "actioned on",
                "target date",
            ],
            Field::Reason => &["reason", "reason not possible", "reason if not possible", "why not", "why", "why not possible"],
            Field::Link => &["link", "url", "more information"],
        }
    }

    /// Words that give a heading's meaning when it is none of the names above: "Reason it
    /// could not be done" holds a reason, "Date the action was completed" an action's date.
    /// Each entry is words that must all be in the heading; the first field that fits wins.
    fn meanings(self) -> &'static [&'static [&'static str]] {
        match self {
            Field::ActionDate => &[&["date", "actioned"], &["date", "completed"], &["date", "done"], &["due"], &["done", "on"]],
            Field::Date => &[&["date", "raised"], &["date", "received"], &["date", "feedback"]],
            Field::Reason => &[&["reason"], &["why"]],
            Field::YouSaid => &[&["you", "said"], &["feedback"]],
            Field::WeDid => &[&["we", "did"], &["action", "taken"], &["response"]],
            Field::Status => &[&["status"]],
            _ => &[],
        }
    }

    /// "Comments" is a reason in a log that has a "you said" column already, and what
    /// people said in one that does not.
    const COMMENTS: [Field; 2] = [Field::YouSaid, Field::Reason];

    /// How `--dry-run` and the guide name the field: "action date".
    pub fn label(self) -> &'static str {
        match self {
            Field::Project => "the project's name",
            Field::Service => "the service",
            Field::Summary => "the project's summary",
            Field::Involvement => "the type of involvement",
            Field::ProjectStatus => "the project's status",
            Field::Started => "the date the project started",
            Field::Ended => "the date the project ended",
            Field::Date => "the date it was said (and of a done action, without an action date column)",
            Field::Theme => "the theme",
            Field::YouSaid => "what people said (you said)",
            Field::WeDid => "what we did (the action)",
            Field::Status => "the action's status",
            Field::ActionDate => "the action's date: when it was done, or is due",
            Field::Reason => "the reason an action was not possible",
            Field::Link => "a link for the action",
        }
    }

    fn from_id(id: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.id() == normalise(id))
    }
}

/// Every heading recognised without a mapping file, as (what it is taken as, its names):
/// the guide lists them all, and a test holds it to that.
pub fn recognised() -> Vec<(&'static str, &'static [&'static str])> {
    Field::ALL.iter().map(|f| (f.label(), f.names())).collect()
}

/// Headings compare without case, punctuation or spacing: "You Said:" and "you_said" match.
pub fn normalise(text: &str) -> String {
    text.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// `--map mapping.yaml`: which heading holds each field, and which sheet of a workbook.
#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// wedid's field name → the spreadsheet's heading.
    #[serde(default)]
    pub columns: BTreeMap<String, String>,
    /// The worksheet to read; default the first.
    pub sheet: Option<String>,
}

impl Mapping {
    /// Reads a mapping file; its problems are diagnostics on that file.
    pub fn read(path: &Path) -> Result<Mapping, Vec<Diagnostic>> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| vec![Diagnostic::error("import-mapping", path, format!("cannot read the mapping file: {e}"))])?;
        let (mapping, locations) = crate::content::yaml::parse::<Mapping>(&text, path, 1)?;
        for id in mapping.columns.keys() {
            if Field::from_id(id).is_none() {
                let ids: Vec<&str> = Field::ALL.iter().map(|f| f.id()).collect();
                let normalised: Vec<String> = ids.iter().map(|i| i.replace(' ', "_")).collect();
                return Err(vec![Diagnostic::error("import-mapping", path, format!("\"{id}\" is not a field wedid imports"))
                    .at(locations.key_at(&format!("columns.{id}")))
                    .hint(
                        did_you_mean(id, normalised.iter().map(String::as_str))
                            .unwrap_or_else(|| format!("use one of: {}", normalised.join(", "))),
                    )]);
            }
        }
        Ok(mapping)
    }
}

/// Where each field's column is (0-based), for one sheet.
#[derive(Debug, Default)]
pub struct Columns {
    found: BTreeMap<Field, usize>,
}

impl Columns {
    /// Matches headings to fields: the mapping first, then the common names. A heading that
    /// matches nothing is reported once (a warning: its data is not imported), and a missing
    /// required column is an error that stops the import.
    pub fn find(headings: &[String], mapping: &Mapping, file: &Path, problems: &mut Vec<Diagnostic>) -> Option<Columns> {
        let normalised: Vec<String> = headings.iter().map(|h| normalise(h)).collect();
        let mut columns = Columns::default();
        for (id, heading) in &mapping.columns {
            let Some(field) = Field::from_id(id) else { continue };
            match normalised.iter().position(|h| *h == normalise(heading)) {
                Some(i) => {
                    columns.found.insert(field, i);
                }
                None => problems.push(
                    Diagnostic::error(
                        "import-column",
                        file,
                        format!("the mapping names a column \"{heading}\", but the sheet has no such heading"),
                    )
                    .at(Location::START)
                    .hint(format!("its headings are: {}", headings.join(", "))),
                ),
            }
        }
        columns.match_names(&normalised, |field, heading| field.names().contains(&heading));
        columns.match_names(&normalised, |field, heading| {
            let words: Vec<&str> = heading.split(' ').collect();
            field.meanings().iter().any(|all| all.iter().all(|w| words.contains(w)))
        });
        for field in Field::COMMENTS {
            columns.match_names(&normalised, |f, heading| f == field && heading == "comments");
        }
        for (i, heading) in headings.iter().enumerate() {
            if !heading.is_empty() && !columns.found.values().any(|&c| c == i) {
                problems.push(
                    Diagnostic::warning("import-column", file, format!("the column \"{heading}\" is not imported"))
                        .at(Location::new(1, i + 1))
                        .hint("if it holds something wedid imports, name it in a mapping file (--map)"),
                );
            }
        }
        let missing: Vec<&str> = [Field::Project, Field::Service, Field::YouSaid]
            .into_iter()
            .filter(|f| !columns.found.contains_key(f))
            .map(Field::id)
            .collect();
        if !missing.is_empty() {
            problems.push(
                Diagnostic::error("import-column", file, format!("no column for: {}", missing.join(", ")))
                    .at(Location::START)
                    .hint("name the columns in the heading row, or map your headings with --map mapping.yaml"),
            );
            return None;
        }
        Some(columns)
    }

    /// Gives each field not found yet the first free heading that `fits` it.
    fn match_names(&mut self, normalised: &[String], fits: impl Fn(Field, &str) -> bool) {
        for field in Field::ALL {
            if self.found.contains_key(&field) {
                continue;
            }
            let taken: Vec<usize> = self.found.values().copied().collect();
            if let Some(i) = normalised.iter().enumerate().position(|(i, h)| !taken.contains(&i) && fits(field, h)) {
                self.found.insert(field, i);
            }
        }
    }

    /// What each heading was taken as, in the sheet's order (`None`: not imported).
    pub fn taken_as(&self, headings: &[String]) -> Vec<(String, Option<Field>)> {
        let field_at = |i: usize| self.found.iter().find(|(_, &c)| c == i).map(|(f, _)| *f);
        headings.iter().enumerate().filter(|(_, h)| !h.is_empty()).map(|(i, h)| (h.clone(), field_at(i))).collect()
    }

    /// The 0-based column of a field, if the sheet has it.
    pub fn index(&self, field: Field) -> Option<usize> {
        self.found.get(&field).copied()
    }

    pub fn has(&self, field: Field) -> bool {
        self.found.contains_key(&field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(headings: &[&str], mapping: &[(&str, &str)]) -> (Vec<(Field, usize)>, Vec<String>) {
        let headings: Vec<String> = headings.iter().map(|h| h.to_string()).collect();
        let mapping = Mapping { columns: mapping.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect(), sheet: None };
        let mut problems = Vec::new();
        let found = Columns::find(&headings, &mapping, Path::new("log.csv"), &mut problems)
            .map(|c| c.found.into_iter().collect())
            .unwrap_or_default();
        (found, problems.into_iter().map(|p| p.message).collect())
    }

    #[test]
    fn common_headings_match_without_case_or_punctuation() {
        let (found, problems) = check(&["Project Name", "SERVICE", "You said:", "Action taken", "Status", "Notes"], &[]);
        assert_eq!(found, [(Field::Project, 0), (Field::Service, 1), (Field::YouSaid, 2), (Field::WeDid, 3), (Field::Status, 4)]);
        assert_eq!(problems, ["the column \"Notes\" is not imported"]);
    }

    /// Headings are recognised by meaning, not only by exact names.
    #[test]
    fn headings_are_recognised_by_meaning() {
        let (found, problems) =
            check(&["Project", "Service", "Date raised", "You said", "We did", "Status", "Date actioned", "Reason (if not possible)"], &[]);
        assert_eq!(
            found,
            [
                (Field::Project, 0),
                (Field::Service, 1),
                (Field::Date, 2),
                (Field::YouSaid, 3),
                (Field::WeDid, 4),
                (Field::Status, 5),
                (Field::ActionDate, 6),
                (Field::Reason, 7)
            ]
        );
        assert!(problems.is_empty(), "{problems:?}");
        let (found, _) = check(&["Project", "Service", "Feedback", "Comments", "Done on", "Date the action was completed"], &[]);
        assert_eq!(found, [(Field::Project, 0), (Field::Service, 1), (Field::YouSaid, 2), (Field::ActionDate, 4), (Field::Reason, 3)]);
        let (found, _) = check(&["Project", "Service", "Comments", "Why not", "Date completed"], &[]);
        assert_eq!(found, [(Field::Project, 0), (Field::Service, 1), (Field::YouSaid, 2), (Field::ActionDate, 4), (Field::Reason, 3)]);
        let (found, _) = check(&["Project", "Service", "You said", "Reason it could not be done"], &[]);
        assert_eq!(found[3], (Field::Reason, 3));
    }

    #[test]
    fn a_mapping_wins_and_missing_columns_stop_the_import() {
        let (found, _) = check(
            &["Scheme", "Directorate", "Patient comment"],
            &[("project", "Scheme"), ("service", "directorate"), ("you_said", "Patient comment")],
        );
        assert_eq!(found, [(Field::Project, 0), (Field::Service, 1), (Field::YouSaid, 2)]);
        let (found, problems) = check(&["Project", "Feedback"], &[]);
        assert!(found.is_empty());
        assert_eq!(problems, ["no column for: service"]);
    }
}
