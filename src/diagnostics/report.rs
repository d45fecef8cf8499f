//! Reporters turn collected diagnostics into text at the edge. On a terminal the source line is
//! shown with a caret under the fault; on a pipe, one plain `file:line:col: error: message` line
//! (plus an indented hint) per problem, which screen readers and editors read well.

use super::{Diagnostic, Severity};
use std::io::IsTerminal;
use std::path::Path;

/// Which shape of output to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reporter {
    /// Source line and caret; chosen when stderr is a terminal.
    Terminal,
    /// One line per problem; chosen on a pipe.
    Plain,
}

impl Reporter {
    pub fn for_stderr() -> Self {
        if std::io::stderr().is_terminal() {
            Reporter::Terminal
        } else {
            Reporter::Plain
        }
    }

    pub fn render(self, diagnostics: &[Diagnostic], site_root: &Path) -> String {
        match self {
            Reporter::Terminal => render_terminal(diagnostics, site_root),
            Reporter::Plain => render_plain(diagnostics),
        }
    }
}

fn label(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// `content/projects/x.yaml:4:14: error: message` and `  hint: …` lines.
pub fn render_plain(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&format!("{}:{}:{}: {}: {}\n", d.file.display(), d.location.line, d.location.column, label(d.severity), d.message));
        if let Some(hint) = &d.hint {
            out.push_str(&format!("  hint: {hint}\n"));
        }
    }
    out
}

/// The plain line, then the offending source line with a caret under the column.
pub fn render_terminal(diagnostics: &[Diagnostic], site_root: &Path) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let (colour, reset) = match d.severity {
            Severity::Error => ("\x1b[1;31m", "\x1b[0m"),
            Severity::Warning => ("\x1b[1;33m", "\x1b[0m"),
        };
        out.push_str(&format!("{colour}{}{reset}: {}\n", label(d.severity), d.message));
        out.push_str(&format!("  --> {}:{}:{}\n", d.file.display(), d.location.line, d.location.column));
        if let Some(line) = source_line(&site_root.join(&d.file), d.location.line) {
            let number = d.location.line.to_string();
            let pad = " ".repeat(number.len());
            let caret_pad: String =
                line.chars().take(d.location.column.saturating_sub(1) as usize).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
            out.push_str(&format!("{pad} |\n{number} | {line}\n{pad} | {caret_pad}{colour}^{reset}\n"));
        }
        if let Some(hint) = &d.hint {
            out.push_str(&format!("  = hint: {hint}\n"));
        }
        out.push('\n');
    }
    out
}

/// Reads one line of a file for display; a missing or binary file just shows no source.
fn source_line(path: &Path, line: u32) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let line = text.lines().nth(line.checked_sub(1)? as usize)?;
    Some(line.trim_end_matches('\r').chars().take(200).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Location;

    #[test]
    fn plain_lines_name_file_line_and_column() {
        let d = Diagnostic::error("unknown-id", "content/projects/a.yaml", "unknown involvement type")
            .at(Location::new(4, 14))
            .hint("did you mean \"co-production\"?");
        assert_eq!(
            render_plain(&[d]),
            "content/projects/a.yaml:4:14: error: unknown involvement type\n  hint: did you mean \"co-production\"?\n"
        );
    }

    #[test]
    fn terminal_shows_a_caret_under_the_fault() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("a.yaml"), "title: x\ninvolvement: co-prodution\n").expect("write");
        let d = Diagnostic::error("unknown-id", "a.yaml", "bad").at(Location::new(2, 14));
        let text = render_terminal(&[d], dir.path());
        assert!(text.contains("2 | involvement: co-prodution\n"), "{text}");
        assert!(text.contains(&format!("  | {}\x1b[1;31m^", " ".repeat(13))), "{text}");
    }
}
