//! The second "renderer" of the same graph: open data (CSV and JSON, one row per action plus
//! one per item awaiting response, so rows add up to the figures), the sitemap, robots.txt and
//! the search bundle (the Atom feeds are in `feeds`). Every value from content is escaped for its format, and
//! CSV cells that a spreadsheet would run as a formula are neutralised.

use super::cards::{action_status_id, item_state_id, type_words};
use super::context::Ctx;
use super::{Body, BodyOf, OutputFile};
use crate::content::model::{Action, Licence, Project, YouSaid};
use crate::content::Date;
use crate::graph::figures::{self, ItemState};
use crate::graph::{urls, SiteGraph};
use crate::search::{self, Document, Section};
use rayon::prelude::*;
use serde::Serialize;

/// The open data columns, in order. What each means is shown on `/data/`, in the words of
/// the catalogue (`column_<name>`).
pub const COLUMNS: [&str; 17] = [
    "project",
    "project_url",
    "service",
    "involvement_type",
    "project_status",
    "started",
    "ended",
    "theme",
    "you_said",
    "item_state",
    "we_did",
    "status",
    "date",
    "reason",
    "link",
    "said_on",
    "overdue",
];

#[derive(Serialize)]
struct Row<'a> {
    project: &'a str,
    project_url: String,
    service: &'a str,
    involvement_type: &'static str,
    project_status: &'static str,
    started: String,
    ended: String,
    theme: &'a str,
    you_said: &'a str,
    item_state: &'static str,
    we_did: &'a str,
    status: &'static str,
    date: String,
    reason: &'a str,
    link: String,
    said_on: String,
    overdue: &'static str,
}

/// Rows of the open data: one per action, one per item without actions.
pub fn row_count(g: &SiteGraph) -> usize {
    g.projects.iter().flat_map(|p| &p.doc.data.you_said).map(|i| i.we_did.len().max(1)).sum()
}

fn rows<'a>(ctx: &'a Ctx<'a>) -> impl Iterator<Item = Row<'a>> + 'a {
    let g = ctx.graph;
    g.projects.iter().flat_map(move |p| {
        let d: &'a Project = &p.doc.data;
        let url = ctx.absolute(&urls::project(&p.doc.slug));
        let service = g.services[p.service].name.as_str();
        let kind = g.vocab.types[p.involvement].id;
        let status = d.status.id();
        d.you_said.iter().flat_map(move |item: &'a YouSaid| {
            let state = item_state_id(ItemState::of(item));
            let row = {
                let url = url.clone();
                move |a: Option<&'a Action>| Row {
                    project: &d.title,
                    project_url: url.clone(),
                    service,
                    involvement_type: kind,
                    project_status: status,
                    started: d.started.iso(),
                    ended: d.ended.map(Date::iso).unwrap_or_default(),
                    theme: item.theme.as_deref().unwrap_or_default(),
                    you_said: item.said.trim(),
                    item_state: state,
                    we_did: a.map(|a| a.action.trim()).unwrap_or_default(),
                    status: a.map(|a| action_status_id(a.status)).unwrap_or("awaiting-response"),
                    date: a.and_then(|a| a.date).map(Date::iso).unwrap_or_default(),
                    reason: a.and_then(|a| a.reason.as_deref()).map(str::trim).unwrap_or_default(),
                    link: a.and_then(|a| a.link.as_deref()).map(|l| ctx.link(l, true)).unwrap_or_default(),
                    said_on: figures::said_on(item, d.started).iso(),
                    overdue: if a.is_some_and(|a| figures::is_overdue(a, g.today)) { "yes" } else { "no" },
                }
            };
            let actions: Vec<Option<&'a Action>> = if item.we_did.is_empty() { vec![None] } else { item.we_did.iter().map(Some).collect() };
            actions.into_iter().map(row)
        })
    })
}

/// RFC 4180 CSV, UTF-8 with a byte-order mark (without it Excel reads "café" as "cafÃ©"),
/// CRLF line ends, header row first.
pub fn csv(ctx: &Ctx) -> Vec<u8> {
    let mut out = String::from('\u{feff}');
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for r in rows(ctx) {
        let cells = [
            r.project,
            &r.project_url,
            r.service,
            r.involvement_type,
            r.project_status,
            &r.started,
            &r.ended,
            r.theme,
            r.you_said,
            r.item_state,
            r.we_did,
            r.status,
            &r.date,
            r.reason,
            &r.link,
            &r.said_on,
            r.overdue,
        ];
        for (n, cell) in cells.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            push_cell(&mut out, cell);
        }
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// Appends a cell, quoted when needed, with `'` before a cell a spreadsheet would treat as a
/// formula (`=`, `+`, `-`, `@`, tab, carriage return). Straight into the file: a string for
/// each of the hundreds of thousands of cells was most of the file's cost.
fn push_cell(out: &mut String, value: &str) {
    let formula = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { "'" } else { "" };
    if value.contains([',', '"', '\n', '\r']) {
        out.extend(["\"", formula, &value.replace('"', "\"\""), "\""]);
    } else {
        out.extend([formula, value]);
    }
}

pub fn json(ctx: &Ctx) -> Vec<u8> {
    #[derive(Serialize)]
    struct Doc<'a> {
        site: &'a str,
        licence: Licence,
        columns: Vec<&'static str>,
        rows: Vec<Row<'a>>,
    }
    let doc = Doc {
        site: &ctx.graph.base.absolute,
        licence: ctx.graph.config.data.data_licence(),
        columns: COLUMNS.to_vec(),
        rows: rows(ctx).collect(),
    };
    // Sized for the rows (most are well under a kilobyte), so that tens of megabytes at 10k
    // projects are not copied and faulted in again at each doubling.
    let mut bytes = Vec::with_capacity(1024 * (doc.rows.len() + 1));
    if serde_json::to_writer_pretty(&mut bytes, &doc).is_err() {
        bytes.clear();
    }
    bytes.push(b'\n');
    bytes
}

/// What the search index is made from, taken out of the graph so that it can be made
/// elsewhere: the preview makes it on a thread of its own, because on a large site it takes
/// seconds and the next save must not wait for it.
pub struct SearchJob {
    documents: Vec<Document>,
    language: String,
}

impl SearchJob {
    /// Makes the bundle: its index, word chunks and documents, under [`urls::SEARCH`]; `None`
    /// once `abandoned` says so (see [`search::bundle`]), and the job can be run again later.
    pub fn run(&self, abandoned: &(dyn Fn() -> bool + Sync)) -> Option<Vec<OutputFile>> {
        let files = search::bundle(&self.documents, &self.language, abandoned)?;
        Some(files.into_iter().map(|f| OutputFile { path: format!("{}{}", urls::SEARCH, f.name), body: Body::Bytes(f.bytes) }).collect())
    }
}

/// Every project with each thing people said, what was done, why not and the outcome; every
/// story and page with the start of its text. Collected in parallel: the preview collects them
/// on the thread that serves a save, where at 10k+10k they were a fifth of its time.
pub fn search_job(ctx: &Ctx) -> SearchJob {
    let g = ctx.graph;
    let projects = g.projects.par_iter().enumerate().map(|(i, p)| {
        let d = &p.doc.data;
        let outcome = ctx.markdown.outcomes[i].as_ref().map(|r| r.text.as_str()).unwrap_or_default();
        Document {
            href: ctx.href(&urls::project(&p.doc.slug)),
            title: d.title.clone(),
            kind: ctx.words.get("project").to_string(),
            text: format!("{} {} {} {outcome}", d.summary.trim(), g.services[p.service].name, type_words(ctx, p.involvement).0),
            sections: d
                .you_said
                .iter()
                .enumerate()
                .map(|(n, item)| Section {
                    anchor: format!("item-{}", n + 1),
                    heading: item.said.trim().to_string(),
                    text: item_text(item),
                })
                .collect(),
        }
    });
    let body = |doc| ctx.markdown.bodies.text(ctx.reading(), doc);
    let stories = g.stories.par_iter().enumerate().map(|(i, s)| Document {
        href: ctx.href(&urls::story(&s.doc.slug)),
        title: s.doc.data.title.clone(),
        kind: ctx.words.get("search_kind_story").to_string(),
        text: format!("{} {}", s.doc.data.summary.trim(), body(BodyOf::Story(i))),
        sections: vec![],
    });
    let pages = g.pages.par_iter().enumerate().map(|(i, p)| Document {
        href: ctx.href(&urls::page(&p.slug)),
        title: p.data.title.clone(),
        kind: ctx.words.get("search_kind_page").to_string(),
        text: format!("{} {}", p.data.summary.as_deref().unwrap_or_default(), body(BodyOf::Page(i))),
        sections: vec![],
    });
    SearchJob { documents: projects.chain(stories).chain(pages).collect(), language: g.config.data.language.clone() }
}

/// Is `path` (relative to the output) a file of the search bundle? Its files are named by
/// their content, so a new bundle replaces every file of the old one, not file by file.
pub fn in_search_bundle(path: &str) -> bool {
    path.strip_prefix(urls::SEARCH).is_some_and(|rest| rest != "index.html")
}

/// The words of one thing people said that a search should find, besides the words said:
/// its theme, and each action with its reason.
fn item_text(item: &YouSaid) -> String {
    let mut parts: Vec<&str> = item.theme.iter().map(String::as_str).collect();
    for a in &item.we_did {
        parts.push(a.action.trim());
        parts.extend(a.reason.as_deref().map(str::trim));
    }
    parts.join(" ")
}

/// Escapes text for XML element content and attributes.
pub fn xml(s: &str) -> String {
    super::highlight::escape(s).chars().filter(|&c| c == '\t' || c == '\n' || c == '\r' || c >= ' ').collect()
}

/// Every HTML page, as absolute URLs.
pub fn sitemap(ctx: &Ctx) -> Vec<u8> {
    let bilingual = !ctx.graph.languages.versions.is_empty();
    let namespaces = if bilingual { " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"" } else { "" };
    let mut out =
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"{namespaces}>\n");
    let mut pages: Vec<&str> = ctx.graph.routes.iter().filter(|r| r.is_page()).map(|r| r.url.as_str()).collect();
    pages.sort_unstable();
    for url in pages {
        if bilingual {
            out.push_str(&super::languages::sitemap_entries(ctx.graph, url));
        } else {
            out.push_str(&format!("  <url><loc>{}</loc></url>\n", xml(&ctx.absolute(url))));
        }
    }
    out.push_str("</urlset>\n");
    out.into_bytes()
}

pub fn robots(ctx: &Ctx) -> Vec<u8> {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", ctx.absolute(urls::SITEMAP)).into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_formulas_neutralised() {
        let csv_cell = |value: &str| {
            let mut out = String::new();
            push_cell(&mut out, value);
            out
        };
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("-1"), "'-1");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
    }
}
