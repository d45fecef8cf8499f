//! Located problems as values: every stage pushes [`Diagnostic`]s into one [`Diagnostics`]
//! collector and carries on, so a single run reports every problem in every file.
//!
//! This module is a leaf: it imports nothing else of wedid. Turning byte offsets into
//! line:column happens only here ([`LineIndex`]), so every reporter agrees on positions.

mod machine;
mod report;
mod suggest;

pub use machine::{render_github, render_json};
pub use report::{render_plain, render_terminal, Reporter};
pub use suggest::did_you_mean;

use std::path::{Path, PathBuf};

/// How bad a problem is. Errors stop the build before anything is written; warnings do not
/// (unless `--strict`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A 1-based line and column in a source file. Column counts characters, not bytes, so
/// the caret lines up under non-ASCII text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, serde::Serialize)]
pub struct Location {
    pub line: u32,
    pub column: u32,
}

impl Location {
    /// The start of a file: used when a problem concerns the whole file.
    pub const START: Location = Location { line: 1, column: 1 };

    pub fn new(line: usize, column: usize) -> Self {
        Location { line: u32::try_from(line.max(1)).unwrap_or(u32::MAX), column: u32::try_from(column.max(1)).unwrap_or(u32::MAX) }
    }

    /// The end of the last line of `text`, whose first line is file line `first_line`.
    pub fn end_of(text: &str, first_line: usize) -> Location {
        let last = text.lines().count().max(1) + first_line - 1;
        Location::new(last, text.lines().last().map_or(0, |l| l.chars().count()) + 1)
    }

    /// This place, kept within a text that ends at `end` (see [`Location::end_of`], found once
    /// per text: a YAML file has a place for every value). The YAML parsers place something
    /// that ends a text without a final line break on the line after the last; that becomes
    /// the end of the last line, a place the editor can see.
    pub fn within(self, end: Location) -> Location {
        if self.line > end.line {
            end
        } else {
            self
        }
    }
}

/// One problem, located in one file, told in plain English with a way to fix it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable kebab-case id (`unknown-field`, `dangling-ref`, `nhs-number`): docs, JSON output
    /// and tests key on it, never on the message text.
    pub code: &'static str,
    /// Path relative to the site root, with `/` separators.
    pub file: PathBuf,
    pub location: Location,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, file: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.as_ref().to_path_buf(),
            location: Location::START,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(code: &'static str, file: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, file, message) }
    }

    /// Places the problem; the caller that knows the position attaches it (typst's `At`).
    pub fn at(mut self, location: Location) -> Self {
        self.location = location;
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn hint_opt(mut self, hint: Option<String>) -> Self {
        self.hint = hint;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The per-run collector. Owned by one build, never global, so `serve` can rebuild in a loop.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// Keeps each result of work done apart (one record each, in parallel) and moves its
    /// diagnostics into these, in the results' order.
    pub fn keep<T>(&mut self, results: Vec<(T, Diagnostics)>) -> Vec<T> {
        results
            .into_iter()
            .map(|(result, found)| {
                self.extend(found.into_sorted());
                result
            })
            .collect()
    }

    /// `wedid check --strict`: every warning becomes an error.
    pub fn make_warnings_errors(&mut self) {
        for d in &mut self.items {
            d.severity = Severity::Error;
        }
    }

    /// Sorted by file, position, then message, so output never depends on thread timing.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| (&a.file, a.location, a.severity, &a.message).cmp(&(&b.file, b.location, b.severity, &b.message)));
        self.items.dedup();
        self.items
    }
}

/// Maps byte offsets in one text to line and column: the one place that does this.
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, line_starts }
    }

    /// The location of byte `offset`; `first_line` shifts it when `text` is a part of a file
    /// (a Markdown body after its front matter).
    pub fn location(&self, offset: usize, first_line: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        let column = self.text.get(start..offset).map_or(0, |s| s.chars().count());
        Location::new(line + first_line, column + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::Location;

    #[test]
    fn a_place_past_the_end_of_a_text_is_its_last_line() {
        assert_eq!(
            Location::new(4, 1).within(Location::end_of("a: 1\nb: -", 2)),
            Location::new(3, 5),
            "just past the end of the last line"
        );
        assert_eq!(Location::new(2, 3).within(Location::end_of("a: 1\nb: -", 2)), Location::new(2, 3), "inside: unchanged");
    }

    use super::*;

    #[test]
    fn line_index_counts_characters_not_bytes() {
        let idx = LineIndex::new("ab\ncafé x\n");
        assert_eq!(idx.location(0, 1), Location::new(1, 1));
        assert_eq!(idx.location(3, 1), Location::new(2, 1));
        // "x" sits after the 2-byte "é": byte 9, character column 6.
        assert_eq!(idx.location(9, 1), Location::new(2, 6));
        assert_eq!(idx.location(3, 10), Location::new(11, 1));
    }

    #[test]
    fn diagnostics_sort_by_file_then_position() {
        let mut d = Diagnostics::new();
        d.push(Diagnostic::error("b", "b.yaml", "x").at(Location::new(1, 1)));
        d.push(Diagnostic::error("a", "a.yaml", "y").at(Location::new(9, 1)));
        d.push(Diagnostic::warning("a", "a.yaml", "z").at(Location::new(2, 1)));
        let codes: Vec<_> = d.into_sorted().into_iter().map(|d| d.message).collect();
        assert_eq!(codes, ["z", "y", "x"]);
    }
}
