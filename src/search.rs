//! The site search index, made with Pagefind: the only user of the `pagefind` crate.
//!
//! Pagefind splits the index into chunks and fragments, so a phone downloads only the pieces
//! a query needs instead of one file holding every document; it stems words, ranks results
//! and writes excerpts. Each [`Document`] is handed to it as a small HTML page in memory,
//! one heading (with the anchor of that part of the real page) per [`Section`], so a result
//! can point at the very item that matched.
//!
//! `&` counts as part of a word, so "A&E" is one word ("a&e") in the index and in the query,
//! and matches only text that contains "A&E"; without it Pagefind would read it as "ae".

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

/// Characters that Pagefind keeps inside words, besides letters and digits.
const WORD_CHARACTERS: &str = "&";

/// Files of Pagefind's bundle that wedid does not use: its ready-made interfaces (the search
/// page has its own, which works without JavaScript too), highlighting and playground.
const UNUSED: [&str; 6] =
    ["pagefind-ui.", "pagefind-component-ui.", "pagefind-modular-ui.", "pagefind-highlight.", "playground/", "pagefind-ui-"];

/// One thing a search can find: a project, story or page.
pub struct Document {
    /// Where the result links, with the site's base path.
    pub href: String,
    pub title: String,
    /// Shown beside the result: "Project", "Story", "Page".
    pub kind: String,
    /// Text found on the document as a whole (its summary, for example).
    pub text: String,
    pub sections: Vec<Section>,
}

/// A part of a document that has its own anchor on the page, such as one thing people said
/// with what was done about it.
pub struct Section {
    /// The `id` of this part on the real page.
    pub anchor: String,
    pub heading: String,
    pub text: String,
}

/// One file of the bundle, relative to the folder the search page loads `pagefind.js` from.
pub struct BundleFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Indexes `documents` (in a fixed order, so the bundle is the same on every build) for a
/// site written in `language` (a BCP 47 tag such as `en-GB`).
pub fn bundle(documents: impl IntoIterator<Item = Document>, language: &str) -> anyhow::Result<Vec<BundleFile>> {
    let primary = language.split(['-', '_']).next().unwrap_or("en").to_ascii_lowercase();
    let config = PagefindServiceConfig::builder().force_language(primary).include_characters(WORD_CHARACTERS.into()).build();
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    runtime.block_on(async {
        let mut index = PagefindIndex::new(Some(config))?;
        for doc in documents {
            let html = page(&doc);
            index.add_html_file(None, Some(doc.href), html).await?;
        }
        let files = index.get_files().await?;
        Ok(files
            .into_iter()
            .map(|f| BundleFile { name: f.filename.to_string_lossy().replace('\\', "/"), bytes: f.contents })
            .filter(|f| !UNUSED.iter().any(|u| f.name.starts_with(u)))
            .collect())
    })
}

/// The HTML Pagefind reads for one document: the title as `h1` (Pagefind's title), the kind
/// as metadata, and one `h2` per section carrying the real page's anchor.
fn page(doc: &Document) -> String {
    let mut html = format!(
        "<html><body data-pagefind-meta=\"kind:{}\"><h1>{}</h1><p>{}</p>",
        escape(&doc.kind),
        escape(&doc.title),
        escape(&doc.text)
    );
    for s in &doc.sections {
        html.push_str(&format!("<h2 id=\"{}\">{}</h2><p>{}</p>", escape(&s.anchor), escape(&s.heading), escape(&s.text)));
    }
    html.push_str("</body></html>");
    html
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(href: &str, title: &str, said: &str) -> Document {
        Document {
            href: href.into(),
            title: title.into(),
            kind: "Project".into(),
            text: String::new(),
            sections: vec![Section {
                anchor: "item-1".into(),
                heading: said.into(),
                text: "We moved the clinic to the ground floor.".into(),
            }],
        }
    }

    #[test]
    fn the_bundle_has_the_engine_the_entry_and_fragments_but_no_ready_made_interface() {
        let files = bundle([doc("/a/", "Waiting in A&E", "Too long"), doc("/b/", "Parking", "Not enough spaces")], "en-GB").unwrap();
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        for wanted in ["pagefind.js", "pagefind-entry.json", "wasm.en.pagefind"] {
            assert!(names.contains(&wanted), "{wanted} in {names:?}");
        }
        assert!(names.iter().any(|n| n.starts_with("fragment/")), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("-ui")), "{names:?}");
        let entry = files.iter().find(|f| f.name == "pagefind-entry.json").unwrap();
        let entry = String::from_utf8_lossy(&entry.bytes);
        assert!(entry.contains("\"&\"]}"), "{entry}");
    }

    #[test]
    fn the_bundle_is_the_same_on_every_build() {
        let names = |files: Vec<BundleFile>| files.into_iter().map(|f| (f.name, f.bytes)).collect::<Vec<_>>();
        let a = names(bundle([doc("/a/", "One", "x"), doc("/b/", "Two", "y")], "en").unwrap());
        let b = names(bundle([doc("/a/", "One", "x"), doc("/b/", "Two", "y")], "en").unwrap());
        assert!(a == b);
    }

    #[test]
    fn markup_in_content_stays_text() {
        let html = page(&doc("/a/", "<script>", "\"quoted\" & <b>"));
        assert!(html.contains("<h1>&lt;script&gt;</h1>"));
        assert!(html.contains("&quot;quoted&quot; &amp; &lt;b&gt;"));
    }
}
