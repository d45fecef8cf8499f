//! The only Markdown → HTML path. One pass over pulldown-cmark's events per document does
//! everything: heading ids, link rules and sub-path rewriting, the accessibility warnings
//! (skipped heading levels, vague link text, images without alt text, tables without a
//! header row), syntax highlighting of fenced code, and the plain text for the search index.
//! Raw HTML is sanitised with ammonia unless the site opts in with `allow_raw_html`.

use super::highlight::Highlighter;
use crate::diagnostics::{Diagnostic, Diagnostics, LineIndex, Location};
use crate::graph::links::{self, Link};
use crate::graph::urls::Addresses;
use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;
use std::path::Path;

/// What a Markdown document needs from the site.
pub struct MarkdownContext<'a> {
    pub urls: &'a Addresses,
    /// The site's base, prefixed to root-relative links (`/sub/`, or `/sub/cy/` for a page of
    /// the Welsh version of a bilingual site; media from the site's root).
    pub base: &'a crate::graph::BaseUrl,
    pub allow_raw_html: bool,
    pub highlighter: &'a Highlighter,
}

/// Where a document sits in its file, for locating problems.
pub struct Source<'a> {
    pub file: &'a Path,
    /// The file line the Markdown starts on. Asked only when there is a problem to report:
    /// for a YAML field, finding it means indexing the whole file.
    pub first_line: &'a dyn Fn() -> usize,
}

/// A rendered document.
#[derive(Debug, Default, Clone)]
pub struct Rendered {
    pub html: String,
    /// The start of the text without markup, whitespace collapsed, at most
    /// [`SEARCH_TEXT_CHARS`] characters: what the search index holds.
    pub text: String,
}

/// How much of each document's text the search index holds. Only this much is kept, so a
/// large site does not hold every document's text twice.
pub const SEARCH_TEXT_CHARS: usize = 600;

/// Plain text as it is found, with runs of whitespace collapsed to one space and nothing
/// kept after [`SEARCH_TEXT_CHARS`] characters.
#[derive(Default)]
struct PlainText {
    out: String,
    chars: usize,
    space: bool,
}

impl PlainText {
    fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            if self.chars >= SEARCH_TEXT_CHARS {
                return;
            }
            if c.is_whitespace() {
                self.space = !self.out.is_empty();
                continue;
            }
            if self.space {
                self.space = false;
                self.out.push(' ');
                self.chars += 1;
                if self.chars >= SEARCH_TEXT_CHARS {
                    return;
                }
            }
            self.out.push(c);
            self.chars += 1;
        }
    }

    fn push(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0; 4]));
    }
}

/// Link texts that say nothing out of context.
const VAGUE_LINK_TEXT: [&str; 8] = ["click here", "here", "read more", "more", "link", "this link", "this", "click"];

/// Renders a document: its HTML, its search text and its problems.
pub fn render(markdown: &str, ctx: &MarkdownContext, source: &Source, diagnostics: &mut Diagnostics) -> Rendered {
    run(markdown, ctx, source, diagnostics, true)
}

/// What [`render`] finds, without making the HTML: the search text (in `text`) and the
/// problems. A build checks every body first and renders each one's HTML in its page's own
/// job, so a large site never holds every body's HTML at once.
pub fn check(markdown: &str, ctx: &MarkdownContext, source: &Source, diagnostics: &mut Diagnostics) -> Rendered {
    run(markdown, ctx, source, diagnostics, false)
}

fn run(markdown: &str, ctx: &MarkdownContext, source: &Source, diagnostics: &mut Diagnostics, make_html: bool) -> Rendered {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION;
    let index = std::cell::OnceCell::new();
    let locate = |offset: usize| index.get_or_init(|| LineIndex::new(markdown)).location(offset, (source.first_line)());
    let mut report = Report { file: source.file, diagnostics, locate: &locate };
    let mut pass = Pass { last_heading: 1, ..Pass::default() };
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        pass.collect_labels(&event);
        match event {
            Event::Start(Tag::Heading { level, id, classes, attrs }) => {
                let level = pass.heading_level(heading_number(level), range.start, &mut report);
                pass.heading = Some((pass.events.len(), Vec::new()));
                pass.events.push(Event::Start(Tag::Heading { level, id, classes, attrs }));
            }
            Event::End(TagEnd::Heading(_)) => pass.close_heading(),
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let dest = checked_url(&dest_url, ctx, source, locate(range.start), report.diagnostics);
                pass.link_text = Some((range.start, String::new()));
                pass.push(Event::Start(Tag::Link { link_type, dest_url: dest.into(), title, id }));
            }
            Event::End(TagEnd::Link) => pass.close_link(&mut report),
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                let dest = checked_url(&dest_url, ctx, source, locate(range.start), report.diagnostics);
                pass.image_alt = Some((range.start, String::new()));
                pass.push(Event::Start(Tag::Image { link_type, dest_url: dest.into(), title, id }));
            }
            Event::End(TagEnd::Image) => pass.close_image(&mut report),
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info.split_whitespace().next().unwrap_or_default().to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                pass.code = Some((lang, String::new()));
            }
            Event::End(TagEnd::CodeBlock) => pass.close_code(ctx.highlighter, make_html),
            Event::Text(t) if pass.code.is_some() => {
                if let Some((_, body)) = pass.code.as_mut() {
                    body.push_str(&t);
                }
            }
            Event::Start(Tag::TableHead) => {
                pass.table_head = Some((range.start, false));
                pass.events.push(Event::Start(Tag::TableHead));
            }
            Event::End(TagEnd::TableHead) => pass.close_table_head(&mut report),
            Event::Html(h) | Event::InlineHtml(h) => {
                pass.has_raw_html = true;
                pass.push(Event::Html(h));
            }
            other => pass.other(other),
        }
    }
    let mut html = String::new();
    if make_html {
        html.reserve(markdown.len() * 3 / 2);
        pulldown_cmark::html::push_html(&mut html, pass.events.into_iter());
        if pass.has_raw_html && !ctx.allow_raw_html {
            html = sanitise(&html);
        }
    }
    Rendered { html, text: pass.text.out }
}

/// Where one document's problems go, located in its file.
struct Report<'r> {
    file: &'r Path,
    diagnostics: &'r mut Diagnostics,
    locate: &'r dyn Fn(usize) -> Location,
}

impl Report<'_> {
    fn warn(&mut self, code: &'static str, offset: usize, message: impl Into<String>, hint: impl Into<String>) {
        self.diagnostics.push(Diagnostic::warning(code, self.file, message).at((self.locate)(offset)).hint(hint));
    }
}

/// One pass over a document: the events to print, the plain text for search, and the spans
/// whose content is collected before deciding what to emit.
#[derive(Default)]
struct Pass<'m> {
    events: Vec<Event<'m>>,
    text: PlainText,
    has_raw_html: bool,
    last_heading: u8,
    heading_ids: HashSet<String>,
    /// Inside a heading, events are held back until its id is known.
    heading: Option<(usize, Vec<Event<'m>>)>,
    link_text: Option<(usize, String)>,
    image_alt: Option<(usize, String)>,
    code: Option<(String, String)>,
    table_head: Option<(usize, bool)>,
}

impl<'m> Pass<'m> {
    /// Text inside a link or an image is also its label or alt text.
    fn collect_labels(&mut self, event: &Event) {
        if let Event::Text(t) | Event::Code(t) = event {
            if let Some((_, alt)) = self.image_alt.as_mut() {
                alt.push_str(t);
            }
            if let Some((_, label)) = self.link_text.as_mut() {
                label.push_str(t);
            }
        }
    }

    /// The level a heading is printed at: `#` becomes `##` (the page title is the `h1`), and
    /// a skipped level is reported.
    fn heading_level(&mut self, mut n: u8, offset: usize, report: &mut Report) -> HeadingLevel {
        if n == 1 {
            let message = "a top-level heading (#) in the text; the page title is already the top-level heading";
            report.warn("heading-level", offset, message, "use ## for the main sections of the text");
            n = 2;
        }
        if n > self.last_heading + 1 {
            let hint = format!(
                "use {} for this heading, so screen reader users can follow the structure",
                "#".repeat(usize::from(self.last_heading) + 1)
            );
            report.warn("heading-level", offset, format!("this heading skips from level {} to level {n}", self.last_heading), hint);
        }
        self.last_heading = n;
        HeadingLevel::try_from(usize::from(n)).unwrap_or(HeadingLevel::H2)
    }

    /// Gives the heading its id (from its text, unique in the document) and lets its events out.
    fn close_heading(&mut self) {
        let Some((start, inner)) = self.heading.take() else { return };
        let plain: String = inner
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        if let Event::Start(Tag::Heading { level, id, classes, attrs }) = std::mem::replace(&mut self.events[start], Event::SoftBreak) {
            let id = id.unwrap_or_else(|| CowStr::from(unique_id(&plain, &mut self.heading_ids)));
            self.events[start] = Event::Start(Tag::Heading { level, id: Some(id), classes, attrs });
            self.events.extend(inner);
            self.events.push(Event::End(TagEnd::Heading(level)));
        }
        self.text.push_str(&plain);
        self.text.push(' ');
    }

    fn close_link(&mut self, report: &mut Report) {
        if let Some((start, label)) = self.link_text.take() {
            if VAGUE_LINK_TEXT.contains(&label.trim().to_lowercase().trim_end_matches(['.', '!']).trim()) {
                let message = format!("the link text \"{}\" does not say where the link goes", label.trim());
                report.warn("link-text", start, message, "use words that make sense on their own, such as \"read the crisis café story\"");
            }
        }
        self.push(Event::End(TagEnd::Link));
    }

    fn close_image(&mut self, report: &mut Report) {
        if let Some((start, alt)) = self.image_alt.take() {
            if alt.trim().is_empty() {
                let hint = "describe the picture inside the brackets: ![Two people painting a wall](media/cafe.jpg)";
                report.warn("image-alt", start, "this image has no alt text", hint);
            }
        }
        self.push(Event::End(TagEnd::Image));
    }

    fn close_code(&mut self, highlighter: &Highlighter, make_html: bool) {
        if let Some((lang, body)) = self.code.take() {
            self.text.push_str(&body);
            if make_html {
                self.events.push(Event::Html(highlighter.highlight(&body, &lang).into()));
            }
        }
    }

    fn close_table_head(&mut self, report: &mut Report) {
        if let Some((start, false)) = self.table_head.take() {
            let hint = "put column names in the first row, so screen readers can announce each cell's column";
            report.warn("table-header", start, "this table has no header row", hint);
        }
        self.events.push(Event::End(TagEnd::TableHead));
    }

    fn other(&mut self, event: Event<'m>) {
        if let Event::Text(t) = &event {
            if let Some((_, filled)) = self.table_head.as_mut() {
                *filled |= !t.trim().is_empty();
            }
            if self.heading.is_none() {
                self.text.push_str(t);
            }
        } else if matches!(event, Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph)) {
            self.text.push(' ');
        }
        self.push(event);
    }

    /// Inside a heading, events are held back until its id is known.
    fn push(&mut self, event: Event<'m>) {
        match &mut self.heading {
            Some((_, inner)) => inner.push(event),
            None => self.events.push(event),
        }
    }
}

fn heading_number(level: HeadingLevel) -> u8 {
    level as u8
}

/// Applies the link rules; a refused link becomes an error and is dropped from the page.
fn checked_url(
    dest: &str,
    ctx: &MarkdownContext,
    source: &Source,
    at: crate::diagnostics::Location,
    diagnostics: &mut Diagnostics,
) -> String {
    match links::check(dest, ctx.urls) {
        Ok(Link::Internal { path, suffix }) => format!("{}{suffix}", ctx.base.href(&path)),
        Ok(Link::AsWritten) => dest.to_string(),
        Err((message, hint)) => {
            diagnostics.push(Diagnostic::error("bad-link", source.file, message).at(at).hint(hint));
            "#".to_string()
        }
    }
}

/// An id for a heading from its text, unique within the document.
fn unique_id(text: &str, used: &mut HashSet<String>) -> String {
    let base = match crate::content::slugify(text) {
        s if s.is_empty() => "section".to_string(),
        s => s,
    };
    let mut id = base.clone();
    let mut n = 1;
    while !used.insert(id.clone()) {
        n += 1;
        id = format!("{base}-{n}");
    }
    id
}

/// Allow-list sanitising of documents that contain raw HTML: scripts, event handlers, styles
/// and `javascript:`/`data:` URLs are removed; our heading ids and highlight classes stay.
fn sanitise(html: &str) -> String {
    ammonia::Builder::default()
        .add_generic_attributes(["id", "class"])
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .clean(html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(md: &str) -> (String, Vec<String>) {
        let urls: Addresses = ["", "stories/cafe/"].iter().map(|s| s.to_string()).collect();
        let hl = Highlighter::default();
        let base = crate::graph::BaseUrl::parse("https://example.org/sub/").unwrap_or_else(|| unreachable!());
        let ctx = MarkdownContext { urls: &urls, base: &base, allow_raw_html: false, highlighter: &hl };
        let mut d = Diagnostics::new();
        let out = render(md, &ctx, &Source { file: Path::new("s.md"), first_line: &|| 5 }, &mut d);
        let diags = d.into_sorted().into_iter().map(|d| format!("{}:{}:{}", d.code, d.location.line, d.location.column)).collect();
        (out.html, diags)
    }

    #[test]
    fn headings_get_ids_and_skips_warn() {
        let (html, d) = check("## What we heard\n\n#### Detail\n");
        assert!(html.contains("<h2 id=\"what-we-heard\">What we heard</h2>"), "{html}");
        assert_eq!(d, ["heading-level:7:1"]);
    }

    #[test]
    fn root_relative_links_are_checked_and_rewritten() {
        let (html, d) = check("See [the café story](/stories/cafe/) and [x](/nope/).\n");
        assert!(html.contains("href=\"/sub/stories/cafe/\""), "{html}");
        assert_eq!(d, ["bad-link:5:42"]);
    }

    #[test]
    fn vague_links_images_and_tables_warn() {
        let (_, d) = check("[click here](https://nhs.uk)\n\n![](a.png)\n\n| | |\n|-|-|\n|a|b|\n");
        assert_eq!(d, ["link-text:5:1", "image-alt:7:1", "table-header:9:1"]);
    }

    #[test]
    fn raw_html_and_script_urls_are_removed() {
        let (html, d) = check("<script>alert(1)</script>\n\n<a href=\"javascript:x\" onclick=\"y\">a</a> [b](javascript:alert(1))\n");
        assert!(!html.contains("<script") && !html.contains("onclick") && !html.contains("javascript:"), "{html}");
        assert_eq!(d, ["bad-link:7:42"]);
    }

    #[test]
    fn code_is_highlighted_with_classes() {
        let (html, _) = check("```rust\nfn main() {}\n```\n");
        assert!(html.contains("<pre class=\"code\"") && html.contains("class=\"hl-"), "{html}");
    }

    /// The build checks bodies with `check` and renders their HTML later with `render`: both
    /// must find the same problems and the same search text, or a page could show a body whose
    /// problems were never reported.
    #[test]
    fn check_finds_what_render_finds() {
        let urls: Addresses = ["", "stories/cafe/"].iter().map(|s| s.to_string()).collect();
        let hl = Highlighter::default();
        let base = crate::graph::BaseUrl::parse("https://example.org/").unwrap_or_else(|| unreachable!());
        let ctx = MarkdownContext { urls: &urls, base: &base, allow_raw_html: false, highlighter: &hl };
        let md = "# Top\n\n#### Skip\n\n[here](/nope/) and [the café](/stories/cafe/)\n\n![](a.png)\n\n\
                  | | |\n|-|-|\n|a|b|\n\n```rust\nfn main() {}\n```\n\n<b>raw</b>\n";
        let run = |pass: fn(&str, &MarkdownContext, &Source, &mut Diagnostics) -> Rendered| {
            let mut d = Diagnostics::new();
            let out = pass(md, &ctx, &Source { file: Path::new("s.md"), first_line: &|| 2 }, &mut d);
            (out, d.into_sorted())
        };
        let ((full, found), (checked, also_found)) = (run(render), run(super::check));
        assert_eq!(found.len(), 6, "{found:?}");
        assert_eq!(found, also_found);
        assert_eq!(full.text, checked.text);
        assert!(checked.html.is_empty() && !full.html.is_empty());
    }

    #[test]
    fn search_text_is_collapsed_and_capped() {
        let mut t = PlainText::default();
        t.push_str("  A  café\n\n");
        t.push(' ');
        t.push_str("b ");
        assert_eq!(t.out, "A café b");
        t.push_str(&"x ".repeat(SEARCH_TEXT_CHARS));
        assert_eq!(t.out.chars().count(), SEARCH_TEXT_CHARS);
        assert!(!t.out.ends_with(' '));
    }
}
