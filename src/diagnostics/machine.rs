//! Reporters for machines: a JSON document for tools, and GitHub Actions workflow commands so
//! a site's own CI marks each problem on the right line of a pull request. Both take the same
//! `&[Diagnostic]` as the human reporters; neither reads a file.

use super::{Diagnostic, Severity};
use serde::Serialize;
use std::path::Path;

/// `wedid check --format json`: one object with the counts and every diagnostic.
#[derive(Serialize)]
struct JsonReport<'a> {
    /// The site folder as given; every `file` is relative to it.
    site: String,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

/// One diagnostic, flat, so consumers need not know our nesting.
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    code: &'a str,
    file: String,
    line: u32,
    column: u32,
    message: &'a str,
    hint: Option<&'a str>,
}

/// The JSON document, pretty-printed with a final newline.
pub fn render_json(diagnostics: &[Diagnostic], site: &Path) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let report = JsonReport {
        site: slashed(site),
        errors,
        warnings: diagnostics.len() - errors,
        diagnostics: diagnostics
            .iter()
            .map(|d| JsonDiagnostic {
                severity: d.severity,
                code: d.code,
                file: slashed(&d.file),
                line: d.location.line,
                column: d.location.column,
                message: &d.message,
                hint: d.hint.as_deref(),
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&report).expect("strings and numbers always serialise");
    text.push('\n');
    text
}

/// `::error file=…,line=…,col=…,title=…::message` lines. `prefix` is the site folder relative
/// to the repository root (GitHub resolves `file` from there); the hint follows the message
/// on a line of its own.
pub fn render_github(diagnostics: &[Diagnostic], prefix: &Path) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let file = slashed(&prefix.join(&d.file));
        let file = file.strip_prefix("./").unwrap_or(&file);
        let mut message = d.message.clone();
        if let Some(hint) = &d.hint {
            message.push_str(&format!("\nhint: {hint}"));
        }
        out.push_str(&format!(
            "::{command} file={},line={},col={},title={}::{}\n",
            escape_property(file),
            d.location.line,
            d.location.column,
            escape_property(&format!("wedid {}", d.code)),
            escape_data(&message)
        ));
    }
    out
}

/// Workflow-command message escaping: `%`, CR and LF (GitHub's `escapeData`).
fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Property escaping: the message rules plus `:` and `,`, which separate properties
/// (GitHub's `escapeProperty`).
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// A path with `/` separators on every platform.
fn slashed(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Location;

    fn sample() -> Vec<Diagnostic> {
        vec![
            Diagnostic::error("unknown-id", "content/projects/a,b.yaml", "unknown involvement type \"coffee: 100%\"")
                .at(Location::new(4, 14))
                .hint("did you mean \"co-production\"?\r\nor \"co-design\"?"),
            Diagnostic::warning("stale", "content/projects/c.yaml", "no response for 91 days"),
        ]
    }

    #[test]
    fn github_lines_escape_data_and_properties() {
        assert_eq!(
            render_github(&sample(), Path::new("site")),
            "::error file=site/content/projects/a%2Cb.yaml,line=4,col=14,title=wedid unknown-id::unknown involvement type \"coffee: 100%25\"%0Ahint: did you mean \"co-production\"?%0D%0Aor \"co-design\"?\n\
             ::warning file=site/content/projects/c.yaml,line=1,col=1,title=wedid stale::no response for 91 days\n"
        );
        assert!(render_github(&sample(), Path::new(".")).starts_with("::error file=content/projects/"));
    }

    #[test]
    fn json_is_flat_with_counts() {
        let value: serde_json::Value = serde_json::from_str(&render_json(&sample(), Path::new("site"))).expect("JSON");
        assert_eq!((value["errors"].as_u64(), value["warnings"].as_u64()), (Some(1), Some(1)));
        let first = &value["diagnostics"][0];
        assert_eq!(first["severity"], "error");
        assert_eq!(first["code"], "unknown-id");
        assert_eq!(first["file"], "content/projects/a,b.yaml");
        assert_eq!((first["line"].as_u64(), first["column"].as_u64()), (Some(4), Some(14)));
        assert_eq!(value["diagnostics"][1]["hint"], serde_json::Value::Null);
    }
}
