//! Splits a Markdown file into its `---` YAML front matter and its body, remembering the line
//! the body starts on so Markdown problems can be located in the file.

use crate::diagnostics::{Diagnostic, Location};
use std::path::Path;

/// The two parts of a Markdown file.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the fences; it starts on line 2 of the file.
    pub yaml: &'a str,
    pub body: &'a str,
    /// The file line on which `body` starts.
    pub body_first_line: usize,
}

/// Expects `---` on the first line and a closing `---` (or `...`) on a line of its own.
pub fn split<'a>(text: &'a str, file: &Path) -> Result<Split<'a>, Diagnostic> {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let rest = (first.trim_end() == "---").then_some(rest);
    let Some(rest) = rest else {
        return Err(Diagnostic::error("no-front-matter", file, "this file does not start with front matter")
            .hint("start the file with a line `---`, then fields such as `title: …`, then another line `---`, then the text"));
    };
    let mut offset = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            return Ok(Split { yaml: &rest[..offset], body: &rest[offset + line.len()..], body_first_line: i + 3 });
        }
        offset += line.len();
    }
    Err(Diagnostic::error("unclosed-front-matter", file, "the front matter is never closed")
        .at(Location::START)
        .hint("add a line `---` after the last field, before the text begins"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_counts_lines() {
        let s = split("---\ntitle: A\n---\n# Hi\n", Path::new("a.md")).expect("splits");
        assert_eq!(s, Split { yaml: "title: A\n", body: "# Hi\n", body_first_line: 4 });
    }

    #[test]
    fn refuses_missing_and_unclosed() {
        assert_eq!(split("# Hi\n", Path::new("a.md")).map_err(|d| d.code), Err("no-front-matter"));
        assert_eq!(split("---\ntitle: A\n", Path::new("a.md")).map_err(|d| d.code), Err("unclosed-front-matter"));
    }
}
