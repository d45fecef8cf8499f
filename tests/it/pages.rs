//! The published site (shared/spec/site.md): every URL family exists, project pages say
//! what the spec asks, the figures agree with the open data everywhere, values are escaped
//! for their format, every link honours a sub-path, and drafts stay out.

use crate::common::*;

/// The exact header of the open data CSV: the names of `COLUMNS` in src/render/data.rs.
const CSV_HEADER: &str =
    "project,project_url,service,involvement_type,project_status,started,ended,theme,you_said,item_state,we_did,status,date,reason,link,said_on,overdue";

#[test]
fn every_url_family_exists_for_the_small_site() {
    let b = SiteTest::new().build();
    b.assert_clean();
    for path in [
        "index.html",
        "you-said-we-did/index.html",
        "you-said-we-did/service/crisis-and-home-treatment/index.html",
        "you-said-we-did/type/consultation/index.html",
        "you-said-we-did/type/engagement/index.html",
        "you-said-we-did/type/co-design/index.html",
        "you-said-we-did/type/co-production/index.html",
        "you-said-we-did/status/planned/index.html",
        "you-said-we-did/status/in-progress/index.html",
        "you-said-we-did/status/completed/index.html",
        "you-said-we-did/year/2026/index.html",
        "you-said-we-did/crisis-line/index.html",
        "stories/index.html",
        "stories/crisis-cafe/index.html",
        "strategy/index.html",
        "strategy/together/index.html",
        "strategy/together/communication/index.html",
        "strategy/together/service-design/index.html",
        "involvement/index.html",
        "involvement/consultation/index.html",
        "involvement/engagement/index.html",
        "involvement/co-design/index.html",
        "involvement/co-production/index.html",
        "services/index.html",
        "services/crisis-and-home-treatment/index.html",
        "posters/crisis-and-home-treatment/index.html",
        "get-involved/index.html",
        "search/index.html",
        "search/index.json",
        "feed.xml",
        "data/index.html",
        "data/you-said-we-did.csv",
        "data/you-said-we-did.json",
        "sitemap.xml",
        "robots.txt",
        "404.html",
        "media/cafe.svg",
        ".wedid-output",
    ] {
        assert!(b.exists(path), "missing {path}; the output holds:\n{}", tree(&b.out).into_keys().collect::<Vec<_>>().join("\n"));
    }
    assert!(b.read("robots.txt").contains("Sitemap: https://involvement.example.nhs.uk/sitemap.xml"));
    let feed = b.read("feed.xml");
    assert!(
        feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://involvement.example.nhs.uk/stories/crisis-cafe/\"/>"),
        "{feed}"
    );
}

#[test]
fn every_page_is_valid_utf8_with_one_h1_and_a_language() {
    let b = SiteTest::new().build();
    for (path, html) in html_pages(&b) {
        assert_eq!(html.matches("<h1").count(), 1, "{path} has one h1");
        assert!(html.contains("<html lang=\"en-GB\""), "{path} sets lang");
    }
}

#[test]
fn every_internal_link_resolves_to_a_file() {
    let b = SiteTest::new().build();
    let broken = broken_links(&b);
    assert!(broken.is_empty(), "broken internal links:\n{}", broken.join("\n"));
}

#[test]
fn every_sitemap_url_is_a_page() {
    let b = SiteTest::new().build();
    let sitemap = b.read("sitemap.xml");
    let mut missing = Vec::new();
    for loc in sitemap.split("<loc>").skip(1).filter_map(|s| s.split("</loc>").next()) {
        let path = loc.strip_prefix("https://involvement.example.nhs.uk").expect("absolute URLs under base_url");
        if !served_file(&b.out, path).is_file() {
            missing.push(loc.to_string());
        }
    }
    assert!(missing.is_empty(), "sitemap URLs with no page: {missing:?}");
}

#[test]
fn project_page_states_influence_reasons_and_awaiting_items() {
    let b = SiteTest::new().build();
    let page = b.read("you-said-we-did/crisis-line/index.html");
    assert!(page.contains("We worked as equal partners from start to finish, sharing decisions and responsibility."), "level of influence");
    assert!(page.contains("We could not fund trained staff to read messages all night."), "the honest reason");
    assert!(page.contains("Not possible"), "action status in words");
    assert!(page.contains("Awaiting response"), "an item without actions");
    assert!(page.contains("Done") && page.contains("Planned"), "statuses are written in words");
    assert!(page.contains("Crisis and home treatment"));
    assert!(page.contains(">1 October 2026</time>"), "started date");
}

#[test]
fn project_influence_and_type_wording_can_be_overridden() {
    let site = dedent(SITE_YAML) + "involvement_types:\n  co-production:\n    label: Working as equals\n";
    let project =
        dedent(PROJECT).replace("status: in-progress", "status: in-progress\ninfluence: We shared every decision with the group.");
    let b = SiteTest::new().file("site.yaml", &site).file("content/projects/crisis-line.yaml", &project).build();
    b.assert_clean();
    let page = b.read("you-said-we-did/crisis-line/index.html");
    assert!(page.contains("We shared every decision with the group."));
    assert!(!page.contains("We worked as equal partners from start to finish"), "the override replaces the default");
    assert!(page.contains("Working as equals"));
    assert!(b.read("involvement/index.html").contains("Working as equals"));
}

/// The base project (acted on, could not do, awaiting) plus one with every other shape.
fn figures_site() -> SiteTest {
    SiteTest::new().file(
        "content/projects/y.yaml",
        r#"
        title: Waiting well
        summary: What would make waiting easier.
        service: Crisis and home treatment
        involvement: consultation
        status: in-progress
        started: 2026-11-01
        you_said:
          - said: A
            we_did:
              - { action: Calls while you wait, status: in-progress }
          - said: B
            we_did:
              - { action: A text service, status: not-possible, reason: No money }
              - { action: A leaflet, status: done, date: 2026-11-10 }
          - said: C
          - said: D
            we_did:
          - said: "=cmd|' /C calc'!A0"
            theme: "@SUM(A1)"
            we_did:
              - { action: "-2+3", status: planned, date: 2027-02-01 }
              - { action: "Tell, \"them\"", status: not-possible, reason: "+1 too costly" }
        "#,
    )
}

#[test]
fn open_data_has_one_row_per_action_and_one_per_awaiting_item() {
    let b = figures_site().build();
    b.assert_clean();
    let csv = b.read("data/you-said-we-did.csv");
    assert!(csv.starts_with(&format!("\u{feff}{CSV_HEADER}\r\n")), "exact header row, CRLF line ends");
    let rows = parse_csv(&csv);
    assert_eq!(rows[0].join(","), CSV_HEADER);
    let data = &rows[1..];
    assert!(data.iter().all(|r| r.len() == 17), "17 cells in every row");
    // 8 actions (3 in crisis-line, 5 in y) and 3 items awaiting response (1 + 2).
    assert_eq!(data.len(), 11, "{csv}");
    let count = |col: usize, value: &str| data.iter().filter(|r| r[col] == value).count();
    assert_eq!(count(11, "awaiting-response"), 3);
    assert_eq!(count(11, "done"), 2);
    assert_eq!(count(11, "in-progress"), 1);
    assert_eq!(count(11, "planned"), 2);
    assert_eq!(count(11, "not-possible"), 3);
    assert!(data.iter().filter(|r| r[11] == "awaiting-response").all(|r| r[10].is_empty()), "awaiting rows have an empty action");
    for said in ["C", "D", "Carers want to be able to call too."] {
        assert!(data.iter().any(|r| r[8] == said && r[11] == "awaiting-response" && r[9] == "awaiting-response"), "{said}");
    }
    let not_possible = data.iter().find(|r| r[10] == "A text service").expect("row");
    assert_eq!((not_possible[11].as_str(), not_possible[13].as_str(), not_possible[9].as_str()), ("not-possible", "No money", "acted-on"));
    assert_eq!(not_possible[1], "https://involvement.example.nhs.uk/you-said-we-did/y/");
    assert_eq!(not_possible[3], "consultation");
    let json = b.open_data();
    let columns: Vec<&str> = json["columns"].as_array().expect("columns").iter().filter_map(|c| c.as_str()).collect();
    assert_eq!(columns.join(","), CSV_HEADER);
    assert_eq!(json["rows"].as_array().expect("rows").len(), 11);
}

#[test]
fn figures_are_the_same_on_every_page_and_add_up_to_the_open_data() {
    let b = figures_site().build();
    // Items: acted on 2 (crisis-line 1, B), in progress 2 (A, "=cmd"), could not do 1, awaiting 3.
    let expected = [8, 2, 2, 1, 3];
    for page in ["index.html", "strategy/together/index.html", "services/crisis-and-home-treatment/index.html", "data/index.html"] {
        assert_eq!(headline_figures(&b.read(page)), expected, "{page}");
    }
    assert!(b.read("data/index.html").contains("the same 11 rows"), "the data page counts the rows");
    let home = b.read("index.html");
    assert!(home.contains("25%"), "share acted on: 2 of 8");
    assert!(
        home.contains("We took 8 actions: 2 done, 1 in progress, 2 planned (of which 0 overdue) and 3 we could not do."),
        "action counts"
    );
    let json = b.open_data();
    let rows = json["rows"].as_array().expect("rows");
    let items: std::collections::BTreeSet<(String, String)> = rows
        .iter()
        .map(|r| (r["project"].as_str().unwrap_or_default().into(), r["you_said"].as_str().unwrap_or_default().into()))
        .collect();
    assert_eq!(items.len() as u32, expected[0]);
    assert_eq!(headline_figures(&b.read("you-said-we-did/y/index.html")), [5, 1, 2, 0, 2]);
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_neutralised() {
    let b = figures_site().build();
    let rows = parse_csv(&b.read("data/you-said-we-did.csv"));
    let row = rows.iter().find(|r| r[10] == "'-2+3").expect("an action starting with - is prefixed");
    assert_eq!(row[8], "'=cmd|' /C calc'!A0");
    assert_eq!(row[7], "'@SUM(A1)");
    let quoted = rows.iter().find(|r| r[10] == "Tell, \"them\"").expect("commas and quotes survive quoting");
    assert_eq!(quoted[13], "'+1 too costly");
    assert!(rows.iter().flatten().all(|cell| !cell.starts_with(['=', '+', '-', '@'])), "no cell starts a formula");
    // JSON is not a spreadsheet: it keeps the text as written.
    let json = b.open_data();
    assert!(json["rows"].as_array().expect("rows").iter().any(|r| r["you_said"] == "=cmd|' /C calc'!A0"));
}

#[test]
fn html_in_titles_and_text_is_escaped_everywhere() {
    let script = "<script>alert(\"x\")</script>";
    let b = SiteTest::new()
        .file("site.yaml", &dedent(SITE_YAML).replace("title: Involvement at Test Trust", &format!("title: '{script} Trust'")))
        .file(
            "content/projects/crisis-line.yaml",
            &dedent(PROJECT)
                .replace("title: Making the crisis line easier to reach", &format!("title: '{script} & co'"))
                .replace("said: Please let us send text messages.", &format!("said: '{script}'"))
                .replace("theme: Access", &format!("theme: '{script}'")),
        )
        .file(
            "content/stories/crisis-cafe.md",
            &dedent(STORY)
                .replace("title: The crisis café", &format!("title: '{script}'"))
                .replace("tags: [crisis care]", &format!("tags: ['{script}']"))
                .replace(
                    "The café came from a listening session.",
                    &format!("The café came from a listening session. {script} <img src=x onerror=alert(1)>"),
                ),
        )
        .file("content/pages/get-involved.md", &dedent(PAGE).replace("title: Get involved", &format!("title: '{script}'")))
        .build();
    b.assert_ok();
    let mut checked = 0;
    for (path, bytes) in tree(&b.out) {
        if [".html", ".xml", ".txt"].iter().any(|ext| path.ends_with(ext)) {
            let text = String::from_utf8(bytes).expect("UTF-8");
            assert!(!text.contains("<script>alert"), "{path} holds an unescaped script");
            assert!(!text.contains("onerror"), "{path} holds an event handler");
            checked += 1;
        }
    }
    assert!(checked > 20);
    assert!(b.read("you-said-we-did/crisis-line/index.html").contains("&lt;script&gt;"), "shown as text");
    for json in ["search/index.json", "data/you-said-we-did.json"] {
        serde_json::from_str::<serde_json::Value>(&b.read(json)).unwrap_or_else(|e| panic!("{json} stays valid JSON: {e}"));
    }
}

#[test]
fn every_link_honours_a_sub_path() {
    let site = dedent(SITE_YAML).replace("https://involvement.example.nhs.uk/", "https://x.example/involvement/");
    let story = dedent(STORY) + "\n![A café](/media/cafe.svg)\n";
    let b = SiteTest::new().file("site.yaml", &site).file("content/stories/crisis-cafe.md", &story).build();
    b.assert_clean();
    let mut checked = 0;
    for (path, html) in html_pages(&b) {
        let mut values = links(&html);
        values.extend(html.split(" action=\"").skip(1).filter_map(|s| s.split('"').next()).map(unescape));
        for link in values.iter().filter(|l| l.starts_with('/')) {
            assert!(link.starts_with("/involvement/"), "{path}: {link}");
            let under = link.strip_prefix("/involvement").expect("prefix");
            assert!(served_file(&b.out, under).is_file(), "{path}: {link} resolves");
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked} links checked");
    for file in ["sitemap.xml", "feed.xml", "robots.txt"] {
        let text = b.read(file);
        assert!(text.contains("https://x.example/involvement/"), "{file}");
        assert!(!text.contains("https://x.example/you-said-we-did"), "{file} keeps the sub-path");
    }
    let csv = parse_csv(&b.read("data/you-said-we-did.csv"));
    assert!(csv[1..].iter().all(|r| r[1].starts_with("https://x.example/involvement/you-said-we-did/")));
}

#[test]
fn base_url_option_overrides_site_yaml() {
    let b = SiteTest::new().base_url("https://y.example/sub/").build();
    let home = b.read("index.html");
    assert!(links_to(&home, "/sub/you-said-we-did/"), "nav under the sub-path");
    assert!(b.read("sitemap.xml").contains("<loc>https://y.example/sub/stories/crisis-cafe/</loc>"));
    let b = SiteTest::new().base_url("https://y.example/sub").build();
    assert!(links_to(&b.read("index.html"), "/sub/you-said-we-did/"), "a base_url without its last slash");
}

fn draft_site() -> SiteTest {
    SiteTest::new()
        .file(
            "content/projects/z.yaml",
            &(project_for("Memory clinic", "2026-10-15").replace("A project for Memory clinic", "Secret draft project") + "draft: true\n"),
        )
        .file("content/stories/z.md", "---\ntitle: Secret draft story\ndate: 2026-11-01\nsummary: Not yet.\ndraft: true\n---\nText.\n")
        .file("content/pages/z.md", "---\ntitle: Secret draft page\norder: 2\ndraft: true\n---\nText.\n")
}

#[test]
fn drafts_are_left_out_by_default() {
    let b = draft_site().build();
    b.assert_clean();
    for path in ["you-said-we-did/z/index.html", "stories/z/index.html", "z/index.html", "services/memory-clinic/index.html"] {
        assert!(!b.exists(path), "{path} is a draft");
    }
    for (path, bytes) in tree(&b.out) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("Secret draft"), "{path} mentions a draft");
    }
}

#[test]
fn drafts_are_included_when_asked() {
    let b = draft_site().drafts().build();
    b.assert_clean();
    for path in ["you-said-we-did/z/index.html", "stories/z/index.html", "z/index.html", "services/memory-clinic/index.html"] {
        assert!(b.exists(path), "{path} is included with drafts");
    }
    assert!(b.read("data/you-said-we-did.csv").contains("Secret draft project"));
}

#[test]
fn service_slugs_follow_the_rule() {
    let b = SiteTest::new()
        .file("content/projects/a.yaml", &project_for("Children & young people's services", "2026-10-01"))
        .file("content/projects/b.yaml", &project_for("Crisis café – nights’ service", "2026-10-01"))
        .build();
    b.assert_clean();
    for slug in ["children-young-peoples-services", "crisis-cafe-nights-service"] {
        assert!(b.exists(&format!("services/{slug}/index.html")), "{slug}");
        assert!(b.exists(&format!("posters/{slug}/index.html")), "{slug}");
        assert!(b.exists(&format!("you-said-we-did/service/{slug}/index.html")), "{slug}");
    }
    assert!(b.read("services/children-young-peoples-services/index.html").contains("Children &amp; young people"));
}

#[test]
fn projects_are_listed_newest_first_with_year_filters() {
    let b = SiteTest::new()
        .file(
            "content/projects/old.yaml",
            &project_for("Memory clinic", "2024-03-01").replace("A project for Memory clinic", "The oldest project"),
        )
        .file(
            "content/projects/new.yaml",
            &project_for("Memory clinic", "2026-11-20").replace("A project for Memory clinic", "The newest project"),
        )
        .build();
    let list = b.read("you-said-we-did/index.html");
    let (newest, middle, oldest) = (list.find("The newest project"), list.find("Making the crisis line"), list.find("The oldest project"));
    assert!(newest < middle && middle < oldest && newest.is_some(), "newest first");
    let y2024 = b.read("you-said-we-did/year/2024/index.html");
    assert!(y2024.contains("The oldest project") && !y2024.contains("The newest project"));
    assert!(b.exists("you-said-we-did/year/2026/index.html"));
    assert!(!b.exists("you-said-we-did/year/2025/index.html"), "no page for a year without projects");
}

#[test]
fn long_lists_are_split_into_pages() {
    let mut site = SiteTest::new();
    for i in 0..51 {
        site = site.file(&format!("content/projects/p{i:02}.yaml"), &project_for("Memory clinic", "2026-10-01"));
    }
    let b = site.build();
    b.assert_ok();
    assert!(b.exists("you-said-we-did/page/2/index.html"));
    assert!(!b.exists("you-said-we-did/page/3/index.html"));
    assert!(b.exists("you-said-we-did/service/memory-clinic/page/2/index.html"));
    assert!(links_to(&b.read("you-said-we-did/index.html"), "/you-said-we-did/page/2/"));
}

#[test]
fn list_pages_honour_page_size() {
    let mut site = SiteTest::new().file("site.yaml", &(dedent(SITE_YAML) + "page_size: 5\n"));
    for i in 0..10 {
        site = site.file(&format!("content/projects/p{i:02}.yaml"), &project_for("Memory clinic", "2026-10-01")).file(
            &format!("content/stories/s{i:02}.md"),
            &format!("---\ntitle: Story {i:02}\ndate: 2026-09-{:02}\nsummary: S.\n---\nText.\n", i + 1),
        );
    }
    let b = site.build();
    b.assert_clean();
    // 11 projects and 11 stories in all: three pages of five.
    for list in ["you-said-we-did/", "stories/", "you-said-we-did/service/memory-clinic/", "you-said-we-did/type/engagement/"] {
        assert!(b.exists(&format!("{list}page/2/index.html")), "{list} has a page 2");
    }
    assert!(b.exists("you-said-we-did/page/3/index.html") && !b.exists("you-said-we-did/page/4/index.html"));
    assert!(b.exists("stories/page/3/index.html") && !b.exists("stories/page/4/index.html"));
    assert!(!b.exists("you-said-we-did/service/memory-clinic/page/3/index.html"), "ten projects are two pages");
    let first = b.read("stories/index.html");
    assert_eq!(first.matches("class=\"card card--story").count(), 5);
    let last = b.read("stories/page/3/index.html");
    assert_eq!(last.matches("class=\"card card--story").count(), 1);
    assert!(last.contains("Story 00") && !first.contains("Story 00"), "oldest last");
    assert_eq!(b.read("you-said-we-did/page/2/index.html").matches("class=\"card card--project").count(), 5);
}

/// `page_size: 5` under a sub-path, with 13 co-production projects of one service and one
/// ambition (crisis-line, newest, then "Project 11" down to "Project 00") and 8 stories of
/// that service and ambition (crisis-cafe, newest, then "Story 06" down to "Story 00"): three
/// pages of projects, two of stories.
fn paged_site() -> SiteTest {
    let site = dedent(SITE_YAML).replace("https://involvement.example.nhs.uk/", "https://x.example/involvement/") + "page_size: 5\n";
    let mut t = SiteTest::new().file("site.yaml", &site);
    for i in 0..12 {
        let day = format!("2026-01-{:02}", i + 1);
        t = t.file(
            &format!("content/projects/p{i:02}.yaml"),
            &format!(
                "title: Project {i:02}\nsummary: S.\nservice: Crisis and home treatment\ninvolvement: co-production\nstatus: in-progress\nstarted: {day}\nstrategy: together\nambitions: [communication]\nyou_said:\n  - said: Something.\n    we_did:\n      - {{ action: Something done., status: done, date: {day} }}\n"
            ),
        );
    }
    for i in 0..7 {
        t = t.file(
            &format!("content/stories/s{i:02}.md"),
            &format!("---\ntitle: Story {i:02}\ndate: 2026-02-{:02}\nsummary: S.\nproject: p{i:02}\n---\nText.\n", i + 1),
        );
    }
    t
}

/// The project and story pages a page's cards link to, in order.
fn cards(html: &str) -> Vec<String> {
    links(html)
        .into_iter()
        .filter_map(|l| l.strip_prefix("/involvement/").map(str::to_string))
        .filter(|l| (l.starts_with("you-said-we-did/") || l.starts_with("stories/")) && l.matches('/').count() == 2)
        .collect()
}

fn projects(range: impl DoubleEndedIterator<Item = usize>) -> Vec<String> {
    range.rev().map(|i| format!("you-said-we-did/p{i:02}/")).collect()
}

fn stories(range: impl DoubleEndedIterator<Item = usize>) -> Vec<String> {
    range.rev().map(|i| format!("stories/s{i:02}/")).collect()
}

#[test]
fn service_type_and_ambition_pages_are_split_into_pages() {
    let b = paged_site().build();
    b.assert_clean();
    let first_projects = [vec!["you-said-we-did/crisis-line/".to_string()], projects(8..12)].concat();
    let first_stories = [vec!["stories/crisis-cafe/".to_string()], stories(3..7)].concat();
    for (first, with_stories) in
        [("services/crisis-and-home-treatment/", true), ("strategy/together/communication/", true), ("involvement/co-production/", false)]
    {
        assert!(!b.exists(&format!("{first}page/1/index.html")), "page 1 is the list's own address");
        assert!(!b.exists(&format!("{first}page/4/index.html")), "13 projects make three pages of five");
        let pages: Vec<String> =
            ["index.html", "page/2/index.html", "page/3/index.html"].iter().map(|p| b.read(&format!("{first}{p}"))).collect();
        let story_pages = if with_stories { [first_stories.clone(), stories(0..3), vec![]] } else { [vec![], vec![], vec![]] };
        let project_pages = [first_projects.clone(), projects(3..8), projects(0..3)];
        for (n, html) in pages.iter().enumerate() {
            let (page, shown) = (n + 1, cards(html));
            assert_eq!(shown, [project_pages[n].clone(), story_pages[n].clone()].concat(), "{first} page {page} shows its slice, in step");
            // The fixed parts: the whole group's figures, the headings, and the pager.
            assert_eq!(headline_figures(html), [15, 13, 0, 1, 1], "{first} page {page}");
            assert_eq!(html.matches("<h1").count(), 1);
            assert!(html.contains("<nav class=\"pagination\"") && html.contains(&format!("Page {page} of 3")), "{first} page {page}");
            let here = if page == 1 { format!("/involvement/{first}") } else { format!("/involvement/{first}page/{page}/") };
            assert!(html.contains(&format!("<a href=\"{}\" aria-current=\"page\">", here)), "{first} page {page}");
            for other in (1..=3).filter(|&o| o != page) {
                let href = if other == 1 { format!("/involvement/{first}") } else { format!("/involvement/{first}page/{other}/") };
                assert!(links_to(html, &href), "{first} page {page} links to page {other}");
            }
            let title = html.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).unwrap_or_default();
            assert_eq!(title.contains(&format!("(page {page})")), page > 1, "{title}");
        }
        assert!(links_to(&pages[1], &format!("/involvement/{first}page/3/")) && pages[1].contains("rel=\"next\""));
        if with_stories {
            assert!(pages[2].contains("No more stories on this page: all 8 are on earlier pages."), "{first}");
        }
    }
    let kind = b.read("involvement/co-production/page/2/index.html");
    assert!(kind.contains("We have 13 co-production projects."), "the card text says the total");
    let sitemap = b.read("sitemap.xml");
    for first in ["services/crisis-and-home-treatment/", "strategy/together/communication/", "involvement/co-production/"] {
        for page in [2, 3] {
            assert!(sitemap.contains(&format!("<loc>https://x.example/involvement/{first}page/{page}/</loc>")), "{first} page {page}");
        }
    }
}

#[test]
fn every_page_is_in_the_sitemap_and_every_link_resolves() {
    let b = paged_site().build();
    let sitemap = b.read("sitemap.xml");
    let listed: std::collections::BTreeSet<&str> = sitemap.split("<loc>").skip(1).filter_map(|s| s.split("</loc>").next()).collect();
    for (path, _) in html_pages(&b).into_iter().filter(|(p, _)| p != "404.html") {
        let url = format!("https://x.example/involvement/{}", path.trim_end_matches("index.html"));
        assert!(listed.contains(url.as_str()), "{url} is not in the sitemap");
    }
    for url in &listed {
        let path = url.strip_prefix("https://x.example/involvement").expect("under base_url");
        assert!(served_file(&b.out, path).is_file(), "{url} in the sitemap is not a page");
    }
    let broken: Vec<String> = html_pages(&b)
        .into_iter()
        .flat_map(|(page, html)| links(&html).into_iter().map(move |l| (page.clone(), l)))
        .filter(|(_, l)| l.starts_with('/'))
        .filter(|(_, l)| !l.strip_prefix("/involvement").is_some_and(|under| served_file(&b.out, under).is_file()))
        .map(|(page, l)| format!("{page} → {l}"))
        .collect();
    assert!(broken.is_empty(), "{broken:#?}");
}

#[test]
fn links_to_later_pages_are_not_reported() {
    let story = dedent(STORY)
        + "\nSee [the second page of crisis projects](/services/crisis-and-home-treatment/page/2/).\n\n[A ninth page](/services/crisis-and-home-treatment/page/9/) does not exist.\n";
    let b = paged_site().file("content/stories/crisis-cafe.md", &story).build();
    let errors: Vec<&str> = b.errors().iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        errors,
        ["the link \"/services/crisis-and-home-treatment/page/9/\" points to a page that is not on this site"],
        "{}",
        b.dump()
    );
}

#[test]
fn home_page_shows_stories_strategy_and_how_to_get_involved() {
    let b = SiteTest::new().build();
    let home = b.read("index.html");
    assert!(links_to(&home, "/get-involved/"), "call to action");
    assert!(links_to(&home, "/stories/crisis-cafe/"), "latest stories");
    assert!(links_to(&home, "/strategy/together/"), "current strategy in brief");
    assert!(home.contains("People shape what we do as equal partners."), "its vision");
    assert!(links_to(&home, "/involvement/co-production/"));
}

#[test]
fn story_page_shows_quote_image_benefits_and_project() {
    let b = SiteTest::new().build();
    let story = b.read("stories/crisis-cafe/index.html");
    assert!(story.contains("Now there is somewhere I can go."));
    assert!(story.contains("Expert by experience"));
    assert!(story.contains("alt=\"A café at night with two mugs on a table\""));
    assert!(story.contains("Person-centred care"));
    assert!(links_to(&story, "/you-said-we-did/crisis-line/"));
    assert!(story.contains("Co-production"), "the story's type defaults to its project's");
    let project = b.read("you-said-we-did/crisis-line/index.html");
    assert!(links_to(&project, "/stories/crisis-cafe/"), "the project links its stories");
    let ambition = b.read("strategy/together/communication/index.html");
    assert!(links_to(&ambition, "/you-said-we-did/crisis-line/") && links_to(&ambition, "/stories/crisis-cafe/"));
}

#[test]
fn markdown_raw_html_is_sanitised() {
    let story = dedent(STORY) + "\n<div onclick=\"x()\">Hi</div>\n\n<a href=\"javascript:alert(1)\">a</a>\n";
    let b = SiteTest::new().file("content/stories/crisis-cafe.md", &story).build();
    let html = b.read("stories/crisis-cafe/index.html");
    assert!(!html.contains("onclick") && !html.contains("javascript:"), "raw HTML is cleaned");
}

#[test]
fn involvement_types_are_ordered_by_influence_and_list_their_projects() {
    let b = SiteTest::new().build();
    let page = b.read("involvement/index.html");
    let at = |label: &str| page.find(&format!(">{label}<")).unwrap_or_else(|| panic!("{label} on /involvement/"));
    assert!(at("Consultation") < at("Engagement") && at("Engagement") < at("Co-design") && at("Co-design") < at("Co-production"));
    let co_production = b.read("involvement/co-production/index.html");
    assert!(links_to(&co_production, "/you-said-we-did/crisis-line/"));
    assert!(co_production.contains("We worked as equal partners from start to finish"));
    assert!(!links_to(&b.read("involvement/consultation/index.html"), "/you-said-we-did/crisis-line/"));
}

#[test]
fn service_and_strategy_pages_hold_what_the_spec_lists() {
    let b = SiteTest::new().build();
    let service = b.read("services/crisis-and-home-treatment/index.html");
    assert!(links_to(&service, "/you-said-we-did/crisis-line/") && links_to(&service, "/stories/crisis-cafe/"));
    assert!(links_to(&service, "/posters/crisis-and-home-treatment/"));
    let poster = b.read("posters/crisis-and-home-treatment/index.html");
    assert!(poster.contains("It was hard to get through at night.") && poster.contains("We added two call handlers"));
    let strategy = b.read("strategy/together/index.html");
    assert!(strategy.contains("People shape what we do as equal partners."), "vision");
    assert!(strategy.contains("People tell us they felt listened to"), "measures");
    assert!(links_to(&strategy, "/strategy/together/communication/"));
    assert!(strategy.contains(">1 April 2024</time>") && strategy.contains(">31 March 2029</time>"), "period");
}

#[test]
fn get_involved_may_be_a_web_address() {
    let site = dedent(SITE_YAML).replace("get_involved: pages/get-involved", "get_involved: https://forms.example.nhs.uk/join");
    let b = SiteTest::new().file("site.yaml", &site).build();
    b.assert_clean();
    assert!(links_to(&b.read("index.html"), "https://forms.example.nhs.uk/join"));
}

#[test]
fn a_site_with_no_content_builds() {
    let site = dedent(SITE_YAML).replace("get_involved: pages/get-involved\n", "").replace("language: en-GB\n", "") + "language: cy\n";
    let b = SiteTest::empty().file("site.yaml", &site).build();
    b.assert_clean();
    assert_eq!(headline_figures(&b.read("index.html")), [0, 0, 0, 0, 0]);
    assert!(b.read("index.html").contains("<html lang=\"cy\""));
    assert_eq!(b.read("data/you-said-we-did.csv"), format!("\u{feff}{CSV_HEADER}\r\n"));
    assert!(broken_links(&b).is_empty(), "{:?}", broken_links(&b));
}

#[test]
fn generated_links_are_never_relative() {
    // A 404 page is served at any depth, so every link wedid writes is root-relative or absolute.
    let b = SiteTest::new().build();
    for (path, html) in html_pages(&b) {
        for link in links(&html) {
            let ok = ["/", "#", "https://", "http://", "mailto:", "tel:"].iter().any(|p| link.starts_with(p));
            assert!(ok, "{path} has a relative link {link:?}");
        }
    }
}

#[test]
fn a_site_theme_overrides_the_built_in_one_file_by_file() {
    let site = dedent(SITE_YAML) + "theme: ours\n";
    let b = SiteTest::new()
        .file("site.yaml", &site)
        .file("themes/ours/static/style.css", "body { color: black }\n")
        .file("themes/ours/static/logo.svg", SVG)
        .file(
            "themes/ours/templates/404.html",
            "<!doctype html><html lang=\"{{ site.language }}\"><h1>Lost at {{ site.title }}</h1></html>\n",
        )
        .build();
    b.assert_clean();
    assert_eq!(b.read("assets/style.css"), "body { color: black }\n");
    assert_eq!(b.read("assets/logo.svg"), SVG);
    assert!(b.exists("assets/search.js"), "the other built-in files stay");
    assert!(b.read("404.html").contains("<h1>Lost at Involvement at Test Trust</h1>"));
    assert!(b.read("index.html").contains("Things you told us"), "other templates are built in");
}

#[test]
fn a_theme_written_for_tera_1_gets_a_located_error_saying_what_to_change() {
    let site = dedent(SITE_YAML) + "theme: old\n";
    let home = "{% extends \"base.html\" %}\n{% import \"macros.html\" as m %}\n{% block content %}{{ m::figures(f=page.figures) }}{% endblock %}\n";
    let macros = "{# old #}\n{% macro card(p) %}<li>{{ p.title }}</li>{% endmacro card %}\n";
    let b = SiteTest::new()
        .file("site.yaml", &site)
        .file("themes/old/templates/home.html", home)
        .file("themes/old/templates/macros.html", macros)
        .build();
    let import = assert_diag(&b, "themes/old/templates/home.html", 2, "template-tera1", "written for tera 1 (`{% import`)");
    assert!(import.hint.as_deref().unwrap_or_default().contains("{{ <name arg={value} /> }}"), "{:?}", import.hint);
    let mac = assert_diag(&b, "themes/old/templates/macros.html", 2, "template-tera1", "(`{% macro`)");
    assert!(mac.hint.as_deref().unwrap_or_default().contains("{% component name(arg) %}"), "{:?}", mac.hint);
}

#[test]
fn a_template_error_names_the_template_line_and_column() {
    let site = dedent(SITE_YAML) + "theme: ours\n";
    let b =
        SiteTest::new().file("site.yaml", &site).file("themes/ours/templates/404.html", "<p>\n  {{ page.no_such_field }}\n</p>\n").build();
    let d = assert_diag(&b, "themes/ours/templates/404.html", 2, "template", "no_such_field");
    assert_eq!(d.location.column, 11, "points at the field: {d:?}");
}

#[test]
fn the_stacked_bar_geometry_is_pinned() {
    // 15 things: 13 acted on, none in progress (no segment), 1 could not do, 1 awaiting.
    let b = paged_site().build();
    let html = b.read("services/crisis-and-home-treatment/index.html");
    let rects: Vec<&str> = html.split("<rect class=\"chart__seg ").skip(1).map(|r| r.split("/>").next().unwrap_or_default()).collect();
    assert_eq!(rects.len(), 3, "{rects:?}");
    for (rect, (x, width)) in rects.iter().zip([("0", "346.67"), ("346.67", "26.67"), ("373.33", "26.67")]) {
        assert!(rect.contains(&format!(" x=\"{x}\" ")) && rect.contains(&format!(" width=\"{width}\" ")), "{rect}");
    }
}

#[test]
fn an_unknown_theme_is_an_error() {
    let b = SiteTest::new().file("site.yaml", &(dedent(SITE_YAML) + "theme: nhs-blue\n")).build();
    let d = assert_diag(&b, "site.yaml", 1, "unknown-theme", "nhs-blue");
    assert!(d.hint.as_deref().unwrap_or_default().contains("themes/nhs-blue/"));
}

#[test]
fn open_data_links_honour_the_sub_path() {
    let site = dedent(SITE_YAML).replace("https://involvement.example.nhs.uk/", "https://x.example/involvement/");
    let project = dedent(PROJECT).replace("        date: 2026-11-01\n", "        date: 2026-11-01\n        link: /stories/crisis-cafe/\n");
    let b = SiteTest::new().file("site.yaml", &site).file("content/projects/crisis-line.yaml", &project).build();
    b.assert_clean();
    let rows = parse_csv(&b.read("data/you-said-we-did.csv"));
    let link = &rows[1..].iter().find(|r| !r[14].is_empty()).expect("a row with a link")[14];
    assert!(link.starts_with("https://x.example/involvement/") || link.starts_with("/involvement/"), "{link}");
}

#[test]
fn quotes_in_text_never_break_out_of_an_attribute() {
    let breakout = "Fine\" onmouseover=\"alert(1)";
    let project = dedent(PROJECT)
        .replace("summary: We asked people who had called the crisis line at night what would help.", &format!("summary: '{breakout}'"));
    let story = dedent(STORY).replace("alt: \"A café at night with two mugs on a table\"", &format!("alt: '{breakout}'"));
    let b = SiteTest::new().file("content/projects/crisis-line.yaml", &project).file("content/stories/crisis-cafe.md", &story).build();
    b.assert_clean();
    for (path, html) in html_pages(&b) {
        assert!(!html.contains("\" onmouseover=\""), "{path}");
    }
}

#[test]
fn the_feed_lists_stories_and_project_updates_with_absolute_links() {
    let b = figures_site().build();
    b.assert_clean();
    let feed = b.read("feed.xml");
    assert!(feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""));
    // Entries are changes (outside git, each record's past dated events) and new stories.
    assert!(feed.contains("<title>New story: The crisis café</title>"), "{feed}");
    assert!(feed.contains("<title>Waiting well: published</title>"), "{feed}");
    // Every entry links to its page by its full address under base_url.
    for link in feed.split(" href=\"").skip(1).map(|s| &s[..s.find('"').unwrap_or(0)]) {
        assert!(link.starts_with("https://involvement.example.nhs.uk/"), "{link}");
    }
    // The feed's date is the newest content date (the leaflet done on 2026-11-10), never the
    // build time, so rebuilds are identical.
    assert!(feed.contains("<updated>2026-11-10T00:00:00Z</updated>"), "{feed}");
}

/// The test site with a theme of its own, `ours`, holding `text` as its template `file`;
/// built, and with no problems reported.
fn built_with_our(file: &str, text: &str) -> Built {
    let site = dedent(SITE_YAML) + "theme: ours\n";
    let b = SiteTest::new().file("site.yaml", &site).file(&format!("themes/ours/templates/{file}"), text).build();
    b.assert_clean();
    b
}

/// The built-in components with `component`'s definition replaced by `definition` (which
/// opens the component; the built-in end tag closes it).
fn components_with(component: &str, definition: &str) -> String {
    let built_in =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/templates/components.html")).expect("built-in");
    let start = built_in.find(&format!("{{% component {component}")).expect("the component");
    let end = built_in.find(&format!("{{%- endcomponent {component} %}}")).expect("its end");
    format!("{}{definition}{}", &built_in[..start], &built_in[end..])
}

/// Lists show each project's card as the theme's `project_card` draws it. wedid draws a card
/// once and shows it on every list, which is only right while the card reads nothing of the
/// page it is on: a card that does (here `@meta`) is drawn by each page. A theme's own list
/// template still gets every field of a card.
#[test]
fn a_theme_s_project_card_is_shown_on_every_list_and_one_reading_the_page_is_drawn_by_each() {
    let with_card = |card: &str| components_with("project_card", card);
    let lists = ["you-said-we-did/index.html", "services/crisis-and-home-treatment/index.html", "index.html"];

    let plain =
        with_card("{% component project_card(p, @t, level = 3) -%}\n<li class=\"card\">Ours: {{ p.title }} ({{ t.status }})</li>\n");
    let b = built_with_our("components.html", &plain);
    for list in lists {
        assert!(b.read(list).contains("<li class=\"card\">Ours: Making the crisis line easier to reach (Status)</li>"), "{list}");
    }

    // A theme's own list template gets every field of each card, not only the drawn card.
    let own_list = "{% extends \"base.html\" %}{% block content %}{% for p in page.projects %}<p class=\"mine\">{{ p.title }}: {{ p.figures.items }}</p>{% endfor %}{% endblock content %}\n";
    let b = built_with_our("projects.html", own_list);
    assert!(b.read("you-said-we-did/index.html").contains("<p class=\"mine\">Making the crisis line easier to reach: 3</p>"));

    let reads_the_page =
        with_card("{% component project_card(p, @meta, level = 3) -%}\n<li class=\"card\">{{ p.title }} on {{ meta.path }}</li>\n");
    let b = built_with_our("components.html", &reads_the_page);
    for (list, path) in lists.iter().zip(["/you-said-we-did/", "/services/crisis-and-home-treatment/", "/"]) {
        assert!(b.read(list).contains(&format!("<li class=\"card\">Making the crisis line easier to reach on {path}</li>")), "{list}");
    }
}

/// The same for stories' cards, which are on the story list, their service, their project and the
/// home page.
#[test]
fn a_theme_s_story_card_is_shown_on_every_list_and_one_reading_the_page_is_drawn_by_each() {
    let lists = [
        ("stories/index.html", "/stories/"),
        ("services/crisis-and-home-treatment/index.html", "/services/crisis-and-home-treatment/"),
        ("you-said-we-did/crisis-line/index.html", "/you-said-we-did/crisis-line/"),
        ("index.html", "/"),
    ];
    let plain = components_with(
        "story_card",
        "{% component story_card(s, @t, level = 3) -%}\n<li class=\"card\">Ours: {{ s.title }} ({{ t.draft }})</li>\n",
    );
    let b = built_with_our("components.html", &plain);
    for (list, _) in lists {
        assert!(b.read(list).contains("<li class=\"card\">Ours: The crisis café (Draft)</li>"), "{list}");
    }

    // A theme's own list template gets every field of each card, not only the drawn card.
    let own_list = "{% extends \"base.html\" %}{% block content %}{% for s in page.stories %}<p class=\"mine\">{{ s.title }}: {{ s.date.iso }}</p>{% endfor %}{% endblock content %}\n";
    let b = built_with_our("stories.html", own_list);
    assert!(b.read("stories/index.html").contains("<p class=\"mine\">The crisis café: 2026-11-10</p>"));

    let reads_the_page = components_with(
        "story_card",
        "{% component story_card(s, @meta, level = 3) -%}\n<li class=\"card\">{{ s.title }} on {{ meta.path }}</li>\n",
    );
    let b = built_with_our("components.html", &reads_the_page);
    for (list, path) in lists {
        assert!(b.read(list).contains(&format!("<li class=\"card\">The crisis café on {path}</li>")), "{list}");
    }
}
