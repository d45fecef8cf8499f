//! `/embed/`: the summary pictures carry the same figures as the pages, in their title,
//! description and text; the code to copy points at the published site, sub-path and all.

use crate::common::*;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// What a summary picture says: (title, description, its text elements' words).
fn picture(b: &Built, path: &str) -> (String, String, Vec<String>) {
    let text = b.read(path);
    assert!(!text.contains("<script") && !text.contains("href"), "{path}: no script and no links out");
    let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{path} is not well-formed XML: {e}"));
    let svg = doc.root_element();
    assert_eq!((svg.tag_name().namespace(), svg.tag_name().name()), (Some(SVG_NS), "svg"));
    assert_eq!(svg.attribute("role"), Some("img"), "{path}");
    let child = |tag: &str| {
        let node = svg.children().find(|c| c.tag_name().name() == tag).unwrap_or_else(|| panic!("{path} has a <{tag}>"));
        (node.attribute("id").unwrap_or_default().to_string(), node.text().unwrap_or_default().to_string())
    };
    let ((title_id, title), (desc_id, desc)) = (child("title"), child("desc"));
    assert_eq!(svg.attribute("aria-labelledby"), Some(format!("{title_id} {desc_id}").as_str()), "{path}: named by its title and desc");
    let words = svg
        .descendants()
        .filter(|n| n.tag_name().name() == "text")
        .map(|n| n.descendants().filter(|d| d.is_text()).filter_map(|d| d.text()).collect::<String>())
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    (title, desc, words)
}

/// (items, acted on, in progress, could not do, awaiting), read from a picture's text.
fn picture_figures(words: &[String]) -> [u32; 5] {
    let number = |prefix: &str, line: &str| -> u32 {
        let digits: String = line[prefix.len()..].chars().skip_while(|c| !c.is_ascii_digit()).take_while(char::is_ascii_digit).collect();
        digits.parse().unwrap_or_else(|_| panic!("a number in {line:?}"))
    };
    let line = |label: &str| {
        let found = words.iter().find(|w| w.starts_with(label)).unwrap_or_else(|| panic!("a line {label:?} in {words:?}"));
        number(label, found)
    };
    let items = words.iter().find(|w| w.contains("you told us")).unwrap_or_else(|| panic!("the count of things in {words:?}"));
    [number("", items), line("Acted on:"), line("In progress:"), line("Could not do:"), line("Awaiting response:")]
}

#[test]
fn every_summary_carries_the_figures_of_its_page() {
    let b = SiteTest::empty().copy_from_repo("site.yaml").copy_from_repo("content").build();
    b.assert_ok();
    let embed = b.read("embed/index.html");
    let services: Vec<String> = tree(&b.out.join("embed/services")).into_keys().map(|f| f.trim_end_matches(".svg").to_string()).collect();
    assert!(services.len() > 1, "the example has several services: {services:?}");
    let mut pictures = vec![("embed/summary.svg".to_string(), "data/index.html".to_string())];
    pictures.extend(services.iter().map(|s| (format!("embed/services/{s}.svg"), format!("services/{s}/index.html"))));
    for (svg, page) in pictures {
        let expected = headline_figures(&b.read(&page));
        let (title, desc, words) = picture(&b, &svg);
        assert_eq!(picture_figures(&words), expected, "{svg} shows the figures of {page}");
        let [items, acted_on, in_progress, could_not_do, awaiting] = expected;
        for said in [
            format!("People told us {items} thing"),
            format!("We acted on {acted_on} ("),
            format!("{in_progress} {} in progress", if in_progress == 1 { "is" } else { "are" }),
            format!("{could_not_do} we could not do"),
            format!("{awaiting} {} awaiting a response", if awaiting == 1 { "is" } else { "are" }),
        ] {
            assert!(desc.contains(&said), "{svg}: the description says {said:?}: {desc}");
        }
        assert!(desc.starts_with(&title), "{svg}: the description opens with the title");
        // The /embed/ page previews each picture with its description as alt text.
        let src = format!("src=\"/{svg}\" width=\"600\" height=\"280\" alt=\"");
        let at = embed.find(&src).unwrap_or_else(|| panic!("/embed/ shows {svg}")) + src.len();
        let alt = unescape(&embed[at..at + embed[at..].find('"').unwrap_or_default()]);
        assert_eq!(alt, desc, "{svg}: the preview's alt is the picture's description");
    }
}

#[test]
fn the_code_to_copy_points_at_the_published_site() {
    let b = SiteTest::new().base_url("https://x.example/involvement/").build();
    b.assert_clean();
    let embed = b.read("embed/index.html");
    let snippets: Vec<String> = embed
        .split("<textarea")
        .skip(1)
        .map(|rest| unescape(&rest[rest.find('>').map_or(0, |i| i + 1)..rest.find("</textarea>").unwrap_or_default()]))
        .collect();
    assert_eq!(snippets.len(), 2, "the site's summary and its one service's: {embed}");
    let addresses: Vec<String> = snippets.iter().flat_map(|s| links(s)).collect();
    assert_eq!(addresses.len(), 4, "a picture and a link in each: {snippets:?}");
    for address in &addresses {
        let path = address.strip_prefix("https://x.example/involvement/").unwrap_or_else(|| panic!("{address} is under the base URL"));
        assert!(served_file(&b.out, path).is_file(), "{address} is published");
    }
    assert!(addresses.contains(&"https://x.example/involvement/embed/summary.svg".to_string()), "{addresses:?}");
    for snippet in &snippets {
        assert!(!snippet.contains("<script") && !snippet.contains("<iframe"), "plain HTML: {snippet}");
        assert!(snippet.contains(" alt=\"You said, we did: "), "the picture has its words as alt: {snippet}");
    }
    for link in links(&embed).iter().filter_map(|l| l.strip_prefix("/involvement/")) {
        assert!(served_file(&b.out, link).is_file(), "/embed/ links to /involvement/{link}, which is published");
    }
    assert!(links_to(&b.read("services/index.html"), "/involvement/embed/"), "the services list links to the summaries");
    assert!(b.read("sitemap.xml").contains("<loc>https://x.example/involvement/embed/</loc>"));
}

#[test]
fn a_page_may_not_take_the_address_of_the_summaries() {
    let b = SiteTest::new().file("content/pages/embed.md", "---\ntitle: Embed\n---\n").build();
    assert_diag(&b, "content/pages/embed.md", 1, "reserved-slug", "\"embed\"");
}
