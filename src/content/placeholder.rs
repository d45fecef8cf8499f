//! Text left as `wedid new`, `init` or `import` wrote it ("Title of the project", a stock
//! summary) must never reach the public unnoticed: each is a warning naming its line, and
//! `check --strict` fails. The list is the starter files' own words; a test checks that each
//! is still in a template, so the two cannot drift apart.

use crate::diagnostics::{Diagnostic, Diagnostics, LineIndex};
use regex::Regex;
use std::path::Path;
use std::sync::LazyLock;

/// The starter texts, as the templates in `src/scaffold/` and `wedid import` write them. A
/// `*` stands for any text (the service's name in an imported summary).
pub const PLACEHOLDERS: [&str; 15] = [
    "Title of the project",
    "One or two sentences for the public: who we involved, about what, and why.",
    "Name of the service",
    "What people told us, in their words where possible.",
    "Title of the story",
    "One or two sentences that tell readers what changed and for whom.",
    "Write the story here in Markdown.",
    "Say who was involved, what they did, and what changed as a result.",
    "Title of the page",
    "One sentence about what this page is for.",
    "Write the page here in Markdown.",
    "What we want involvement to achieve for the people who use our services.",
    "Why this strategy, and how we wrote it with the people it serves.",
    "What people told the * service, and what we did in response.",
    "What people told us, and what we did in response.",
];

/// Every placeholder as one pattern, so each file is searched once, not once per line and
/// placeholder (that was a tenth of a 10k-project build). `*` matches within a line.
static ANY_PLACEHOLDER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let alternatives: Vec<String> =
        PLACEHOLDERS.iter().map(|p| p.split('*').map(regex::escape).collect::<Vec<_>>().join("[^\n]*?")).collect();
    Regex::new(&alternatives.join("|")).ok()
});

/// Warns at every placeholder in `text` outside YAML comments.
pub fn scan(text: &str, file: &Path, diagnostics: &mut Diagnostics) {
    let Some(pattern) = ANY_PLACEHOLDER.as_ref() else { return };
    let mut index = None;
    for found in pattern.find_iter(text) {
        let line_start = text[..found.start()].rfind('\n').map_or(0, |at| at + 1);
        if text[line_start..].trim_start().starts_with('#') {
            continue;
        }
        let Some(placeholder) = PLACEHOLDERS.iter().find(|p| find(found.as_str(), p) == Some(0)) else { continue };
        let index = index.get_or_insert_with(|| LineIndex::new(text));
        diagnostics.push(
            Diagnostic::warning("placeholder", file, format!("\"{}\" is the starter text wedid wrote here", placeholder.replace('*', "…")))
                .at(index.location(found.start(), 1))
                .hint("replace it with your own words before publishing; `wedid check --strict` fails while it is here"),
        );
    }
}

/// The byte offset of `placeholder` in `line`, its `*` matching any text.
fn find(line: &str, placeholder: &str) -> Option<usize> {
    match placeholder.split_once('*') {
        None => line.find(placeholder),
        Some((before, after)) => {
            let start = line.find(before)?;
            line[start + before.len()..].contains(after).then_some(start)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(u32, u32, String)> {
        let mut d = Diagnostics::new();
        scan(text, Path::new("p.yaml"), &mut d);
        d.into_sorted().into_iter().map(|d| (d.location.line, d.location.column, d.message)).collect()
    }

    #[test]
    fn warns_at_the_line_and_column_outside_comments() {
        let text = "# title: \"Title of the project\"\ntitle: \"Title of the project\"\nsummary: >-\n  One or two sentences for the public: who we involved, about what, and why.\n";
        assert_eq!(
            found(text),
            [
                (2, 9, "\"Title of the project\" is the starter text wedid wrote here".to_string()),
                (
                    4,
                    3,
                    "\"One or two sentences for the public: who we involved, about what, and why.\" is the starter text wedid wrote here"
                        .to_string()
                )
            ]
        );
        let imported = "summary: What people told the Crisis line service, and what we did in response.\n";
        assert_eq!(
            found(imported)[0].2,
            "\"What people told the … service, and what we did in response.\" is the starter text wedid wrote here"
        );
        assert_eq!(found("title: Making the crisis line easier to reach\n"), []);
    }

    #[test]
    fn the_placeholders_make_one_pattern() {
        assert!(ANY_PLACEHOLDER.is_some());
        assert_eq!(found("a: Title of the project # Title of the page\n").len(), 2);
    }

    /// Every placeholder is still the text a starter template or `wedid import` writes.
    #[test]
    fn every_placeholder_is_in_a_template() {
        let templates = [
            include_str!("../scaffold/project.yaml"),
            include_str!("../scaffold/story.md"),
            include_str!("../scaffold/page.md"),
            include_str!("../scaffold/strategy.yaml"),
            include_str!("../import/rows.rs"),
        ]
        .concat();
        for placeholder in PLACEHOLDERS {
            let written = placeholder.replace("* service", "{service} service");
            assert!(templates.contains(&written), "{placeholder} is in no template");
        }
    }
}
