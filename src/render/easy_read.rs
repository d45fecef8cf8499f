//! A project's `easy_read:` text made into the ideas its Easy Read page shows: each line of
//! the text is one idea, and a picture at the start of a line (`![alt](/media/x.svg)`) is
//! shown beside that line's words. Each part goes through the one Markdown path (links,
//! alt text, sanitising), and the words through [`plain_words`](super::plain_words), so a
//! problem is reported on its own line of the file.

use super::markdown::{self, MarkdownContext, Source};
use super::plain_words;
use super::views::IdeaView;
use crate::diagnostics::{Diagnostics, Location};
use std::path::Path;

/// The ideas of `text`, which starts on line `first_line` of `file`; problems go to
/// `diagnostics`.
pub fn ideas(text: &str, ctx: &MarkdownContext, file: &Path, first_line: usize, diagnostics: &mut Diagnostics) -> Vec<IdeaView> {
    let mut ideas = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        // A list marker adds nothing: every idea is already on a line of its own.
        let line = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")).unwrap_or(line).trim();
        if line.is_empty() {
            continue;
        }
        let at = first_line + n;
        let (picture, words) = split_picture(line);
        let mut html = |md: &str| inline(&markdown::render(md, ctx, &Source { file, first_line: &|| at }, diagnostics).html);
        let picture_html = picture.map(&mut html);
        let text_html = html(words);
        plain_words::check(words, file, Location::new(at, 1), diagnostics);
        ideas.push(IdeaView { picture_html, text_html });
    }
    ideas
}

/// A leading image, and the words after it.
fn split_picture(line: &str) -> (Option<&str>, &str) {
    let Some(rest) = line.strip_prefix("![") else { return (None, line) };
    let Some(close) = rest.find("](") else { return (None, line) };
    let Some(end) = rest[close..].find(')') else { return (None, line) };
    let split = 2 + close + end + 1;
    (Some(&line[..split]), line[split..].trim())
}

/// One paragraph's HTML without its `<p>`: an idea is a list item already.
fn inline(html: &str) -> String {
    let html = html.trim();
    html.strip_prefix("<p>").and_then(|h| h.strip_suffix("</p>")).unwrap_or(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leading_picture_is_split_from_its_words() {
        assert_eq!(
            split_picture("![A phone](/media/phone.svg) You can phone us."),
            (Some("![A phone](/media/phone.svg)"), "You can phone us.")
        );
        assert_eq!(split_picture("You can phone us."), (None, "You can phone us."));
        assert_eq!(split_picture("![broken (x"), (None, "![broken (x"));
    }

    #[test]
    fn an_idea_is_its_paragraph_without_the_p() {
        assert_eq!(inline("<p>We <strong>listened</strong>.</p>\n"), "We <strong>listened</strong>.");
    }
}
