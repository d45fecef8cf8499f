//! Spreadsheet rows into projects. A log has one row per "you said" or per action; rows are
//! grouped by project (its slug), rows with the same "you said" become one item with several
//! actions, and a blank project or "you said" cell continues the row above (as merged cells
//! read). A row that cannot be read is reported with its row number and skipped whole, so a
//! half-read row never reaches a file.

use super::columns::{normalise, Columns, Field};
use super::table::{Row, Table};
use crate::content::model::{Action, ActionStatus, Project, ProjectStatus, YouSaid};
use crate::content::vocab::Vocabulary;
use crate::content::yaml::HINT_SEPARATOR;
use crate::content::{slugify, Date};
use crate::diagnostics::{did_you_mean, Diagnostic, Location};
use crate::graph::checks::SUMMARY_MAX;
use std::path::Path;

/// One project built from the sheet, with the rows it came from.
#[derive(Debug)]
pub struct Imported {
    pub slug: String,
    pub project: Project,
    pub rows: Vec<usize>,
}

/// What one readable row says.
#[derive(Default)]
struct Line {
    project: String,
    service: Option<String>,
    summary: Option<String>,
    involvement: Option<String>,
    status: Option<ProjectStatus>,
    started: Option<Date>,
    ended: Option<Date>,
    date: Option<Date>,
    theme: Option<String>,
    said: Option<String>,
    action: Option<Action>,
    /// Warnings about the row, reported when it is imported.
    notes: Vec<Diagnostic>,
}

/// A project while its rows are being read.
struct Draft {
    /// The project's file name, from its name: rows group by it.
    slug: String,
    line: Line,
    first_row: usize,
    rows: Vec<usize>,
    dates: Vec<Date>,
    items: Vec<YouSaid>,
}

/// Reads every row. `involvement` is the type given to projects whose rows name none.
pub fn projects(table: &Table, columns: &Columns, file: &Path, involvement: &str, problems: &mut Vec<Diagnostic>) -> Vec<Imported> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut previous_project: Option<String> = None;
    for row in &table.rows {
        let cells = Cells { row, columns, file };
        if row.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = match cells.line(previous_project.as_deref()) {
            Ok(mut line) => {
                problems.append(&mut line.notes);
                line
            }
            Err(mut errors) => {
                problems.append(&mut errors);
                continue;
            }
        };
        previous_project = Some(line.project.clone());
        let slug = slugify(&line.project);
        let index = match drafts.iter().position(|d| d.slug == slug) {
            Some(i) => i,
            None => {
                if line.service.is_none() {
                    problems.push(cells.error(
                        Field::Service,
                        "this row starts a project but names no service",
                        "add the service this project was about",
                    ));
                    continue;
                }
                drafts.push(Draft {
                    slug,
                    line: Line { project: line.project.clone(), ..Line::default() },
                    first_row: row.number,
                    rows: Vec::new(),
                    dates: Vec::new(),
                    items: Vec::new(),
                });
                drafts.len() - 1
            }
        };
        if let Err(problem) = drafts[index].add(line, &cells) {
            problems.push(problem);
        }
    }
    drafts.into_iter().filter_map(|d| d.finish(file, involvement, problems)).collect()
}

/// One row's cells, with the context to report a problem in one of them.
struct Cells<'a> {
    row: &'a Row,
    columns: &'a Columns,
    file: &'a Path,
}

impl Cells<'_> {
    fn get(&self, field: Field) -> Option<String> {
        let text = self.row.cells.get(self.columns.index(field)?)?.trim();
        (!text.is_empty()).then(|| text.to_string())
    }

    fn error(&self, field: Field, message: impl Into<String>, hint: impl Into<String>) -> Diagnostic {
        let column = self.columns.index(field).map_or(1, |i| i + 1);
        Diagnostic::error("import-row", self.file, format!("row {}: {}", self.row.number, message.into()))
            .at(Location::new(self.row.number, column))
            .hint(format!("{}; the row was not imported", hint.into()))
    }

    /// Reads every cell of the row, collecting every problem in it.
    fn line(&self, previous_project: Option<&str>) -> Result<Line, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        let date = |field: Field, errors: &mut Vec<Diagnostic>| {
            let text = self.get(field)?;
            parse_date(&text).map_err(|hint| errors.push(self.error(field, format!("\"{text}\" is not a date"), hint))).ok()
        };
        let (started, ended, row_date, action_date) = (
            date(Field::Started, &mut errors),
            date(Field::Ended, &mut errors),
            date(Field::Date, &mut errors),
            date(Field::ActionDate, &mut errors),
        );
        let project = self.get(Field::Project).or_else(|| previous_project.map(str::to_string));
        if project.as_deref().is_none_or(|p| slugify(p).is_empty()) {
            errors.push(self.error(Field::Project, "no project name on this row or above", "add the project's name"));
        }
        let involvement = self.get(Field::Involvement).and_then(|text| {
            involvement_id(&text).or_else(|| {
                let hint = did_you_mean(&slugify(&text), Vocabulary::type_ids())
                    .unwrap_or_else(|| format!("use one of: {}", Vocabulary::type_ids().collect::<Vec<_>>().join(", ")));
                errors.push(self.error(Field::Involvement, format!("\"{text}\" is not a type of involvement"), hint));
                None
            })
        });
        let status = self.get(Field::ProjectStatus).and_then(|text| {
            project_status(&text).or_else(|| {
                errors.push(self.error(
                    Field::ProjectStatus,
                    format!("\"{text}\" is not a project status"),
                    "use planned, in progress or completed",
                ));
                None
            })
        });
        let mut notes = Vec::new();
        let action = self.action(row_date, action_date, &mut errors, &mut notes);
        match (errors.is_empty(), project) {
            (true, Some(project)) => Ok(Line {
                project,
                service: self.get(Field::Service),
                summary: self.get(Field::Summary),
                involvement,
                status,
                started,
                ended,
                date: row_date,
                theme: self.get(Field::Theme),
                said: self.get(Field::YouSaid),
                action,
                notes,
            }),
            _ => Err(errors),
        }
    }

    /// The row's action, if it has one. Without an action-date column, the row's date is the
    /// date a done action was done.
    fn action(
        &self,
        row_date: Option<Date>,
        action_date: Option<Date>,
        errors: &mut Vec<Diagnostic>,
        notes: &mut Vec<Diagnostic>,
    ) -> Option<Action> {
        let status_text = self.get(Field::Status);
        let status = match status_text.as_deref().map(action_status) {
            Some(Some(status)) => status,
            Some(None) => {
                let text = status_text.unwrap_or_default();
                errors.push(self.error(
                    Field::Status,
                    format!("\"{text}\" is not a status"),
                    "use done, in progress, planned or not possible",
                ));
                return None;
            }
            None => None,
        };
        let Some(text) = self.get(Field::WeDid) else {
            // The feedback is kept: without the action's words there is only an item that
            // awaits a response, and the editor is told so.
            if let Some(status) = status {
                let column = self.columns.index(Field::WeDid).or(self.columns.index(Field::Status)).map_or(1, |i| i + 1);
                notes.push(
                    Diagnostic::warning(
                        "import-no-action",
                        self.file,
                        format!(
                            "row {}: the status is {} but there is no action, so the feedback was imported as awaiting a response",
                            self.row.number,
                            status_word(status)
                        ),
                    )
                    .at(Location::new(self.row.number, column))
                    .hint("write what was done in the project's file, under we_did:"),
                );
            }
            return None;
        };
        let Some(status) = status else {
            errors.push(self.error(Field::Status, "this action has no status", "add done, in progress, planned or not possible"));
            return None;
        };
        let date =
            action_date.or(if self.columns.has(Field::ActionDate) { None } else { row_date.filter(|_| status == ActionStatus::Done) });
        let reason = self.get(Field::Reason);
        // A date cell that did not parse is reported already; do not report its absence too.
        if status == ActionStatus::Done && date.is_none() && errors.is_empty() {
            errors.push(self.error(
                Field::ActionDate,
                "a done action needs the date it was done",
                "add the date (YYYY-MM-DD or DD/MM/YYYY)",
            ));
        }
        if status == ActionStatus::NotPossible && reason.is_none() {
            errors.push(self.error(Field::Reason, "an action that was not possible needs the reason why not", "add the honest reason"));
        }
        Some(Action { action: text, status, date, reason, link: self.get(Field::Link) })
    }
}

impl Draft {
    /// Adds a row: project values fill gaps (the first row that gives one wins), and the
    /// "you said" joins an item with the same words, or the item above when blank.
    fn add(&mut self, line: Line, cells: &Cells) -> Result<(), Diagnostic> {
        let item = match &line.said {
            Some(said) => match self.items.iter().position(|i| normalise(&i.said) == normalise(said)) {
                Some(i) => i,
                None => {
                    self.items.push(YouSaid { said: said.clone(), theme: None, date: None, we_did: Vec::new() });
                    self.items.len() - 1
                }
            },
            None if !self.items.is_empty() && line.action.is_some() => self.items.len() - 1,
            None => {
                return Err(cells.error(Field::YouSaid, "no \"you said\" on this row or above it in this project", "add what people said"))
            }
        };
        let p = &mut self.line;
        p.service = p.service.take().or(line.service);
        p.summary = p.summary.take().or(line.summary);
        p.involvement = p.involvement.take().or(line.involvement);
        p.status = p.status.or(line.status);
        p.started = p.started.or(line.started);
        p.ended = p.ended.or(line.ended);
        self.dates.extend(line.date.into_iter().chain(line.action.as_ref().and_then(|a| a.date)));
        let item = &mut self.items[item];
        item.theme = item.theme.take().or(line.theme);
        item.we_did.extend(line.action);
        self.rows.push(cells.row.number);
        Ok(())
    }

    /// The finished project, or `None` (reported) when the rows never gave it a start date.
    fn finish(self, file: &Path, default_involvement: &str, problems: &mut Vec<Diagnostic>) -> Option<Imported> {
        let at = Location::new(self.first_row, 1);
        let p = self.line;
        if self.items.is_empty() {
            return None;
        }
        let Some(started) = p.started.or_else(|| self.dates.iter().min().copied()) else {
            problems.push(
                Diagnostic::error(
                    "import-row",
                    file,
                    format!("{}: the project \"{}\" has no dates, so wedid cannot tell when it started", named(&self.rows), p.project),
                )
                .at(at)
                .hint("add a started column, or dates to its rows; the project was not imported"),
            );
            return None;
        };
        let service = p.service.unwrap_or_default();
        let involvement = p.involvement.unwrap_or_else(|| {
            problems.push(
                Diagnostic::warning(
                    "import-default",
                    file,
                    format!("the project \"{}\" has no type of involvement; it was set to {default_involvement}", p.project),
                )
                .at(at)
                .hint("check the involvement line of its file"),
            );
            default_involvement.to_string()
        });
        let summary = match p.summary {
            Some(s) if s.chars().count() <= SUMMARY_MAX => s,
            long => {
                if long.is_some() {
                    problems.push(
                        Diagnostic::warning(
                            "import-default",
                            file,
                            format!("the summary of \"{}\" is longer than {SUMMARY_MAX} characters; a shorter one was written", p.project),
                        )
                        .at(at)
                        .hint("shorten the summary in its file"),
                    );
                }
                written_summary(&service)
            }
        };
        let status = p.status.unwrap_or(ProjectStatus::InProgress);
        let latest = self.dates.iter().max().copied().unwrap_or(started).max(started);
        let ended = p.ended.or((status == ProjectStatus::Completed).then_some(latest));
        let project = Project {
            title: p.project.clone(),
            summary,
            service,
            involvement,
            influence: None,
            status,
            started,
            ended,
            strategy: None,
            ambitions: Vec::new(),
            standards: Vec::new(),
            people: Vec::new(),
            seldom_heard: Vec::new(),
            methods: Vec::new(),
            existing_insight: Vec::new(),
            you_said: self.items,
            outcome: None,
            contact: None,
            easy_read: None,
            draft: false,
            privacy_waiver: None,
        };
        Some(Imported { slug: self.slug, project, rows: self.rows })
    }
}

/// "row 4" or "rows 4, 7 and 9": the rows a message is about, so none is dropped unnamed.
pub fn named(rows: &[usize]) -> String {
    match rows {
        [] => "no rows".into(),
        [one] => format!("row {one}"),
        [rest @ .., last] => format!("rows {} and {last}", rest.iter().map(usize::to_string).collect::<Vec<_>>().join(", ")),
    }
}

/// A summary for a project whose sheet has none, true of any log.
fn written_summary(service: &str) -> String {
    let text = format!("What people told the {service} service, and what we did in response.");
    if text.chars().count() <= SUMMARY_MAX {
        text
    } else {
        "What people told us, and what we did in response.".to_string()
    }
}

/// `YYYY-MM-DD`, `YYYY-MM`, or a UK `DD/MM/YYYY` (also with `-` or `.`): NHS spreadsheets put
/// the day first.
fn parse_date(text: &str) -> Result<Date, String> {
    let iso = Date::parse(text);
    if iso.is_ok() {
        return iso;
    }
    let usage = "write dates as YYYY-MM-DD (2024-01-15) or DD/MM/YYYY (15/01/2024)";
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    let [d, m, y] = parts.as_slice() else { return Err(usage.to_string()) };
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(d, 1..=2) && digits(m, 1..=2) && digits(y, 4..=4)) {
        return Err(usage.to_string());
    }
    // The content model's own date rule decides, so its reason ("February 2024 has 29 days")
    // reaches the editor.
    Date::parse(&format!("{y}-{m:0>2}-{d:0>2}"))
        .map_err(|err| err.split_once(HINT_SEPARATOR).map_or_else(|| usage.to_string(), |(_, why)| format!("{why}; or DD/MM/YYYY")))
}

fn involvement_id(text: &str) -> Option<String> {
    let squashed = |s: &str| s.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
    Vocabulary::type_ids().find(|id| squashed(id) == squashed(text)).map(str::to_string)
}

fn project_status(text: &str) -> Option<ProjectStatus> {
    match normalise(text).as_str() {
        "planned" | "not started" | "future" => Some(ProjectStatus::Planned),
        "in progress" | "ongoing" | "open" | "active" | "live" => Some(ProjectStatus::InProgress),
        "completed" | "complete" | "closed" | "finished" | "done" => Some(ProjectStatus::Completed),
        _ => None,
    }
}

/// An action's status; `Some(None)` for the words that mean "no response yet".
fn action_status(text: &str) -> Option<Option<ActionStatus>> {
    let status = match normalise(&text.replace(['\'', '’'], "")).as_str() {
        "done" | "complete" | "completed" | "implemented" | "actioned" | "achieved" | "closed" => ActionStatus::Done,
        "in progress" | "ongoing" | "underway" | "started" | "in hand" => ActionStatus::InProgress,
        "planned" | "to do" | "todo" | "scheduled" | "not started" | "agreed" => ActionStatus::Planned,
        "not possible" | "cannot do" | "cant do" | "could not do" | "couldnt do" | "unable" | "declined" | "not feasible" | "rejected" => {
            ActionStatus::NotPossible
        }
        "awaiting response" | "awaiting" | "no response yet" | "pending" | "open" => return Some(None),
        _ => return None,
    };
    Some(Some(status))
}

fn status_word(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Done => "done",
        ActionStatus::InProgress => "in progress",
        ActionStatus::Planned => "planned",
        ActionStatus::NotPossible => "not possible",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_accept_iso_and_uk_day_first() {
        let iso = |t: &str| parse_date(t).map(Date::iso);
        assert_eq!(iso("2024-01-15"), Ok("2024-01-15".into()));
        assert_eq!(iso("15/01/2024"), Ok("2024-01-15".into()));
        assert_eq!(iso("5.3.2024"), Ok("2024-03-05".into()));
        assert_eq!(iso("2024-05"), Ok("2024-05".into()));
        assert!(parse_date("31/02/2024").is_err());
        assert!(parse_date("01/15/2024").is_err(), "US month-first dates are refused, not guessed");
        assert!(parse_date("15/01/24").is_err());
    }

    #[test]
    fn words_teams_use_map_to_statuses_and_types() {
        assert_eq!(action_status("Can't do"), Some(Some(ActionStatus::NotPossible)));
        assert_eq!(action_status("In Progress"), Some(Some(ActionStatus::InProgress)));
        assert_eq!(action_status("Awaiting response"), Some(None));
        assert_eq!(action_status("maybe"), None);
        assert_eq!(involvement_id("Co Production").as_deref(), Some("co-production"));
        assert_eq!(involvement_id("Codesign").as_deref(), Some("co-design"));
        assert_eq!(involvement_id("coffee morning"), None);
        assert_eq!(project_status("Closed"), Some(ProjectStatus::Completed));
    }
}
