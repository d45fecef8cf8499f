//! The benchmark's floor: the least work any generator must do for a wedid site, so that
//! bench/run.sh can show how much our own design (typed records, the graph, checks, templates,
//! data files) costs on top of it.
//!
//!     cargo run --release --example floor -- SITE OUT
//!
//! It walks `SITE/content/`, reads every file, renders each Markdown body with pulldown-cmark
//! (the options wedid uses), wraps each YAML record unparsed in a `<pre>`, and writes one HTML
//! page per input file between a fixed header and footer: no front matter parsing, no
//! templates, no references, no lists. Like wedid it works in parallel with rayon, and like
//! wedid it replaces OUT whole, so both pay for removing the previous build.

use anyhow::{bail, Context, Result};
use pulldown_cmark::{html, CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

const HEADER: &str = "<!doctype html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Benchmark site</title></head>\n\
    <body><header><a href=\"/\">Benchmark site</a></header><main>\n";
const FOOTER: &str = "</main><footer><p>Benchmark NHS Trust</p></footer></body></html>\n";

fn main() -> Result<()> {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [site, out] = args.as_slice() else { bail!("usage: floor SITE OUT") };
    let content = site.join("content");
    let mut files = Vec::new();
    for entry in WalkDir::new(&content) {
        let entry = entry.with_context(|| format!("walking {}", content.display()))?;
        if entry.file_type().is_file() {
            files.push(entry.into_path());
        }
    }
    if out.exists() {
        std::fs::remove_dir_all(out).with_context(|| format!("removing the previous build at {}", out.display()))?;
    }
    let results: Vec<Result<bool>> = files.par_iter().map(|file| page(&content, out, file)).collect();
    let mut pages = 0;
    let mut failures = 0;
    for result in results {
        match result {
            Ok(written) => pages += usize::from(written),
            Err(e) => {
                failures += 1;
                eprintln!("error: {e:#}");
            }
        }
    }
    if failures > 0 {
        bail!("{failures} files failed");
    }
    eprintln!("Built {pages} pages → {}", out.display());
    Ok(())
}

/// Writes `OUT/<path without extension>/index.html` for one Markdown or YAML file; other files
/// (media) are not pages.
fn page(content: &Path, out: &Path, file: &Path) -> Result<bool> {
    let kind = file.extension().and_then(|e| e.to_str()).unwrap_or_default();
    if kind != "md" && kind != "yaml" {
        return Ok(false);
    }
    let text = std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let mut page = String::with_capacity(HEADER.len() + text.len() * 2 + FOOTER.len());
    page.push_str(HEADER);
    if kind == "md" {
        html::push_html(&mut page, Parser::new_ext(body(&text), options()));
    } else {
        let block =
            [Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)), Event::Text(text.as_str().into()), Event::End(TagEnd::CodeBlock)];
        html::push_html(&mut page, block.into_iter());
    }
    page.push_str(FOOTER);
    let dir = out.join(file.strip_prefix(content)?.with_extension(""));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    std::fs::write(dir.join("index.html"), page).with_context(|| format!("writing {}", dir.display()))?;
    Ok(true)
}

/// The Markdown after the front matter (a first line `---` up to the next `---` line).
fn body(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n") else { return text };
    match rest.find("\n---\n") {
        Some(end) => &rest[end + 5..],
        None => text,
    }
}

/// The options of `wedid::render::markdown`.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
}
