//! Syntax highlighting of fenced code with syntect, as CSS classes (`hl-…`) so the theme
//! controls colours and contrast. syntect's syntax definitions take tens of milliseconds to
//! load, so they load on the first code block only: most sites never pay for them.

use std::sync::OnceLock;
use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

/// Owned by one render; shared read-only across threads.
#[derive(Default)]
pub struct Highlighter {
    syntaxes: OnceLock<SyntaxSet>,
}

impl Highlighter {
    /// `<pre class="code"><code>…</code></pre>` with highlight spans, or escaped plain text
    /// when the language is unknown.
    pub fn highlight(&self, code: &str, lang: &str) -> String {
        let label = if lang.is_empty() { String::new() } else { format!(" data-lang=\"{}\"", escape(lang)) };
        let body = if lang.is_empty() { None } else { self.classed(code, lang) };
        let body = body.unwrap_or_else(|| escape(code));
        format!("<pre class=\"code\"{label}><code>{body}</code></pre>\n")
    }

    fn classed(&self, code: &str, lang: &str) -> Option<String> {
        let set = self.syntaxes.get_or_init(SyntaxSet::load_defaults_newlines);
        let syntax = set.find_syntax_by_token(lang)?;
        let mut generator = ClassedHTMLGenerator::new_with_class_style(syntax, set, ClassStyle::SpacedPrefixed { prefix: "hl-" });
        for line in LinesWithEndings::from(code) {
            generator.parse_html_for_line_which_includes_newline(line).ok()?;
        }
        Some(generator.finalize())
    }
}

/// HTML-escapes text for element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
