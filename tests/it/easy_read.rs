//! Easy Read (content-model.md, "Languages and accessible formats"): a project's `easy_read:`
//! becomes its own page beside the project, linked from it and listed on `/easy-read/`;
//! `check` warns on long sentences and long words, each on its own line.

use crate::common::*;

/// The small site's project (29 lines) with an Easy Read version: its text starts on line 31.
fn with_easy_read(easy_read: &str) -> String {
    format!("{}easy_read: |\n{}", dedent(PROJECT), easy_read.lines().map(|l| format!("  {l}\n")).collect::<String>())
}

const EASY: &str = "We asked people who phone the crisis line at night.\n\n![A phone](/media/cafe.svg) It was hard to get through.\nNow more people answer the phone.";

#[test]
fn a_project_with_easy_read_gets_its_page_its_link_and_the_index() {
    let b = SiteTest::new().file("content/projects/crisis-line.yaml", &with_easy_read(EASY)).build();
    b.assert_clean();
    let page = b.read("you-said-we-did/crisis-line/easy-read/index.html");
    assert!(page.contains("<h1>Making the crisis line easier to reach</h1>"), "{page}");
    // One idea per line, the picture beside its words.
    assert_eq!(page.matches("<li class=\"easy-read__idea").count(), 3, "{page}");
    assert!(page.contains("<span class=\"easy-read__picture\"><img src=\"/media/cafe.svg\" alt=\"A phone\""), "{page}");
    assert!(page.contains("<span class=\"easy-read__words\">It was hard to get through.</span>"), "{page}");
    // Plain status words for each thing we did, and for the item not yet answered.
    for words in
        ["We are still working on this.", "We did this.", "We will do this.", "We could not do this.", "We have not answered this yet."]
    {
        assert!(page.contains(words), "the Easy Read page says {words:?}");
    }
    assert!(page.contains("Why not: We could not fund trained staff"), "{page}");
    assert!(page.contains("<a href=\"/you-said-we-did/crisis-line/\">Read the full page</a>"));
    let project = b.read("you-said-we-did/crisis-line/index.html");
    assert!(project.contains("<a href=\"/you-said-we-did/crisis-line/easy-read/\">Easy Read version</a>"), "{project}");
    let index = b.read("easy-read/index.html");
    assert!(index.contains("<a href=\"/you-said-we-did/crisis-line/easy-read/\">Making the crisis line easier to reach</a>"), "{index}");
    assert!(b.read("index.html").contains("<li><a href=\"/easy-read/\">Easy Read</a></li>"), "the footer links the index");
    let sitemap = b.read("sitemap.xml");
    assert!(sitemap.contains("/you-said-we-did/crisis-line/easy-read/</loc>") && sitemap.contains("/easy-read/</loc>"));
}

#[test]
fn easy_read_links_follow_a_sub_path() {
    let b = SiteTest::new()
        .file("content/projects/crisis-line.yaml", &with_easy_read(EASY))
        .base_url("https://www.example.nhs.uk/involvement/")
        .build();
    b.assert_clean();
    assert!(b.read("you-said-we-did/crisis-line/index.html").contains("href=\"/involvement/you-said-we-did/crisis-line/easy-read/\""));
    assert!(b.read("you-said-we-did/crisis-line/easy-read/index.html").contains("src=\"/involvement/media/cafe.svg\""));
}

#[test]
fn a_project_without_easy_read_has_no_page_link_or_index() {
    let b = SiteTest::new().build();
    b.assert_clean();
    assert!(!b.exists("you-said-we-did/crisis-line/easy-read/index.html"));
    assert!(!b.exists("easy-read/index.html"));
    assert!(!b.read("you-said-we-did/crisis-line/index.html").contains("Easy Read"));
    assert!(!b.read("index.html").contains("Easy Read"));
}

#[test]
fn a_long_sentence_is_a_warning_on_its_line() {
    let long = "We asked everyone who phoned the line at night last winter what would make it easier to get through to us.";
    let b =
        SiteTest::new().check_only().file("content/projects/crisis-line.yaml", &with_easy_read(&format!("We listened.\n{long}"))).build();
    assert_eq!(b.errors().len(), 0, "{}", b.dump());
    let d =
        assert_diag(&b, "content/projects/crisis-line.yaml", 32, "easy-read-long-sentence", "has 21 words (\"We asked everyone who …\")");
    assert!(d.message.contains("keep each sentence to 15 words or fewer"), "{}", d.message);
    assert!(d.hint.as_deref().unwrap_or_default().contains("split it into two sentences"));
}

#[test]
fn a_long_word_is_a_warning_unless_it_is_known() {
    let text = "We did a consultation.\nWe want your information.\nWe met at Riverside Rehabilitation Centre.";
    let b = SiteTest::new().check_only().file("content/projects/crisis-line.yaml", &with_easy_read(text)).build();
    let d = assert_diag(
        &b,
        "content/projects/crisis-line.yaml",
        31,
        "easy-read-long-word",
        "\"consultation\" is a long word (4 syllables) for Easy Read",
    );
    assert!(d.hint.as_deref().unwrap_or_default().contains("use a shorter, everyday word"));
    // "information" is in the known words; names are not judged.
    assert_eq!(b.warnings().len(), 1, "{}", b.dump());
}

#[test]
fn a_picture_without_alt_text_is_reported_on_its_line() {
    let b = SiteTest::new()
        .check_only()
        .file("content/projects/crisis-line.yaml", &with_easy_read("We listened.\n![](/media/cafe.svg) We did things."))
        .build();
    assert!(b.report.diagnostics.iter().any(|d| d.location.line == 32 && d.message.contains("alt")), "{}", b.dump());
}

#[test]
fn a_project_named_easy_read_is_no_clash_but_a_page_named_easy_read_is_reserved() {
    let b = SiteTest::new()
        .file("content/projects/crisis-line.yaml", &with_easy_read(EASY))
        .file("content/pages/easy-read.md", "---\ntitle: Easy\n---\nHello.\n")
        .build();
    assert_diag(&b, "content/pages/easy-read.md", 1, "reserved-slug", "the name \"easy-read\" is used by wedid's own pages");
}

#[test]
fn a_picture_alone_on_a_line_is_an_idea_without_words() {
    let b = SiteTest::new().file("content/projects/crisis-line.yaml", &with_easy_read("![A phone](media/cafe.svg)\nWe listened.")).build();
    b.assert_clean();
    let page = b.read("you-said-we-did/crisis-line/easy-read/index.html");
    assert_eq!(page.matches("<li class=\"easy-read__idea").count(), 2, "{page}");
    assert_eq!(page.matches("class=\"easy-read__words\"").count(), 1, "only the line with words has words: {page}");
    assert!(page.contains("src=\"/media/cafe.svg\""), "a site-relative picture is published from the site root");
}
