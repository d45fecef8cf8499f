//! Accountability over time: what is overdue, since when an item has waited, measures with
//! numbers, and the figures by financial year and quarter.

use crate::common::*;
use wedid::build::{prepare, BuildOptions};
use wedid::diagnostics::Severity;

const P: &str = "content/projects/late.yaml";

/// A project with one planned action due on `due`, one item said on `said` with no response.
fn late(due: &str, said: &str) -> String {
    format!(
        "title: Late\nsummary: Something planned.\nservice: Crisis and home treatment\ninvolvement: engagement\nstatus: in-progress\nstarted: 2025-01-10\nyou_said:\n  - said: Please do it.\n    we_did:\n      - action: We will do it.\n        status: planned\n        date: {due}\n  - said: Nobody answered.\n    date: {said}\n"
    )
}

#[test]
fn an_overdue_action_is_warned_from_the_day_after_it_was_due() {
    let site = SiteTest::new().file(P, &late("2026-11-22", "2026-11-01"));
    let b = site.build();
    let d = assert_diag(&b, P, 12, "overdue-action", "was due on 22 November 2026");
    assert_eq!(d.severity, Severity::Warning);
    assert!(d.hint.as_deref().unwrap_or_default().contains("mark it done"));
    assert!(b.written, "overdue is a warning");
    let on_the_day = SiteTest::new().file(P, &late("2026-11-23", "2026-11-01")).build();
    assert!(!on_the_day.has("overdue-action"), "{}", on_the_day.dump());
    // A month-only due date is late once its month is over.
    assert!(!SiteTest::new().file(P, &late("2026-11", "2026-11-01")).build().has("overdue-action"));
    assert!(SiteTest::new().file(P, &late("2026-10", "2026-11-01")).build().has("overdue-action"));
    let strict = SiteTest::new().file(P, &late("2026-11-22", "2026-11-01")).strict().build();
    assert!(strict.errors().iter().any(|d| d.code == "overdue-action"), "--strict fails on it");
}

#[test]
fn check_strict_takes_today_from_source_date_epoch() {
    // The binary runs with SOURCE_DATE_EPOCH at TODAY (2026-11-23): due the day before fails
    // `check --strict`, due today passes.
    let site = SiteTest::new().file(P, &late("2026-11-22", "2026-11-01"));
    let run = crate::cli::wedid(site.root(), &["check", "--strict"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("content/projects/late.yaml:12:"), "names the file and line: {}", run.stderr);
    site.write(P, &late("2026-11-23", "2026-11-01"));
    let run = crate::cli::wedid(site.root(), &["check", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn the_wait_for_a_response_counts_from_the_items_date() {
    // TODAY is 2026-11-23; the project started long ago, but the item was said recently.
    let b = SiteTest::new().file(P, &late("2027-01-31", "2026-08-25")).build();
    b.assert_clean();
    let b = SiteTest::new().file(P, &late("2027-01-31", "2026-08-24")).build();
    assert_diag(&b, P, 13, "awaiting-too-long", "more than 90 days");
}

#[test]
fn open_data_says_when_it_was_said_and_what_is_overdue() {
    let b = SiteTest::new().file(P, &late("2026-11-22", "2026-11")).build();
    b.assert_ok();
    let data = b.open_data();
    let rows = data["rows"].as_array().cloned().unwrap_or_default();
    let of = |said: &str| rows.iter().find(|r| r["you_said"] == said).cloned().unwrap_or_default();
    assert_eq!(of("Please do it.")["overdue"], "yes");
    assert_eq!(of("Please do it.")["said_on"], "2025-01-10", "the project's start when the item has no date");
    assert_eq!(of("Please do it.")["item_state"], "in-progress", "overdue does not change the state");
    assert_eq!(of("Nobody answered.")["overdue"], "no");
    assert_eq!(of("Nobody answered.")["said_on"], "2026-11");
    assert!(rows.iter().filter(|r| r["you_said"] != "Please do it.").all(|r| r["overdue"] == "no"));
    let csv = parse_csv(&b.read("data/you-said-we-did.csv"));
    assert_eq!(csv[0][15..], ["said_on", "overdue"]);
    assert!(b.read("data/index.html").contains("overdue"), "the column is documented on /data/");
}

#[test]
fn figures_count_overdue_beside_in_progress() {
    let site = SiteTest::new().file(P, &late("2026-11-22", "2026-11-01"));
    let mut options = BuildOptions::new(site.root());
    options.today = wedid::content::Date::parse(TODAY).unwrap_or_else(|e| panic!("{e}"));
    let graph = prepare(&options).graph;
    let p = graph.projects.iter().find(|p| p.doc.slug == "late").map(|p| p.figures).unwrap_or_default();
    assert_eq!((p.in_progress, p.overdue, p.actions_planned, p.actions_overdue), (1, 1, 1, 1));
    assert_eq!(graph.figures.overdue, 1, "the fixture's own planned action is not yet due");
    let service = graph.services.iter().find(|s| s.name == "Crisis and home treatment").map(|s| s.figures).unwrap_or_default();
    assert_eq!(service.overdue, 1);
}

#[test]
fn figures_by_financial_year_and_quarter() {
    // Items said on 31 March 2026 and 1 April 2026 fall in different financial years.
    let two_years = "title: Two years\nsummary: Across the year end.\nservice: Wards\ninvolvement: engagement\nstatus: in-progress\nstarted: 2026-03-01\nyou_said:\n  - said: Before the year end.\n    date: 2026-03-31\n  - said: After it.\n    date: 2026-04-01\n    we_did:\n      - action: Done.\n        status: done\n        date: 2026-05-01\n  - said: No date, so the start.\n";
    let site = SiteTest::new().file("content/projects/two-years.yaml", two_years);
    let mut options = BuildOptions::new(site.root());
    options.today = wedid::content::Date::parse(TODAY).unwrap_or_else(|e| panic!("{e}"));
    let graph = prepare(&options).graph;
    let years: Vec<String> = graph.reports.iter().map(|r| r.year.slug()).collect();
    assert_eq!(years, ["2026-27", "2025-26"], "newest first");
    let (newer, older) = (&graph.reports[0], &graph.reports[1]);
    // 2026/27: "After it." and the three items of the crisis line (started 2026-10-01).
    assert_eq!((newer.figures.year.items, newer.figures.year.projects, newer.figures.year.acted_on), (4, 2, 2));
    assert_eq!(newer.figures.quarters.map(|q| q.items), [1, 0, 3, 0]);
    assert_eq!((older.figures.year.items, older.figures.year.projects, older.figures.year.awaiting), (2, 1, 2));
    assert_eq!(older.figures.quarters.map(|q| q.items), [0, 0, 0, 2]);
    let wards = graph.services.iter().position(|s| s.name == "Wards");
    let services: Vec<Option<usize>> = older.services.iter().map(|(s, _)| Some(*s)).collect();
    assert_eq!(services, [wards], "only services with items said in the year");
    let total: u32 = graph.reports.iter().map(|r| r.figures.year.items).sum();
    assert_eq!(total, graph.figures.items, "every item is in exactly one year");
}

#[test]
fn a_measure_is_text_or_a_figure_over_time() {
    let strategy = STRATEGY.replace(
        "          - People tell us they felt listened to\n",
        "          - People tell us they felt listened to\n          - text: People who felt listened to\n            unit: \"%\"\n            target: 80\n            values:\n              - { date: 2025-03, value: 64 }\n              - { date: 2026-03, value: 71.5 }\n",
    );
    SiteTest::new().file("content/strategy/together.yaml", &strategy).build().assert_clean();
    let typo = strategy.replace("            target: 80\n", "            goal: 80\n");
    let b = SiteTest::new().file("content/strategy/together.yaml", &typo).build();
    assert_diag(&b, "content/strategy/together.yaml", 13, "unknown-field", "goal");
    let bad_date = strategy.replace("date: 2025-03,", "date: March 2025,");
    let b = SiteTest::new().file("content/strategy/together.yaml", &bad_date).build();
    assert!(b.dump().contains("\"March 2025\" is not a date"), "{}", b.dump());
    let number = strategy.replace("          - People tell us they felt listened to\n", "          - 42\n");
    let b = SiteTest::new().file("content/strategy/together.yaml", &number).build();
    assert!(b.dump().contains("a sentence, or the fields text, unit, target and values"), "{}", b.dump());
}

#[test]
fn pages_say_in_words_what_is_overdue_and_since_when_an_item_has_waited() {
    let b = SiteTest::new().file(P, &late("2026-11-22", "2026-11")).build();
    b.assert_ok();
    let page = b.read("you-said-we-did/late/index.html");
    assert!(page.contains("<strong>Overdue:</strong> due <time datetime=\"2026-11-22\">22 November 2026</time>"), "{page}");
    assert!(page.contains("Waiting for a response since <time datetime=\"2026-11\">November 2026</time>"));
    assert!(page.contains("of which 1 overdue"), "beside the in-progress figure");
    assert!(page.contains("planned (of which 1 overdue)"));
    // The timeline is an ordered list that reads without colour.
    let timeline = &page[page.find("<ol class=\"timeline\">").unwrap_or(0)..];
    let timeline = &timeline[..timeline.find("</ol>").unwrap_or(0)];
    let started = timeline.find("The project started").unwrap_or(usize::MAX);
    let said = timeline.find("You told us: &quot;Nobody answered.&quot;").unwrap_or(usize::MAX);
    let late = timeline.find("Overdue, was due: We will do it.").unwrap_or(usize::MAX);
    assert!(started < said && said < late && late < usize::MAX, "{timeline}");
    let service = b.read("services/crisis-and-home-treatment/index.html");
    assert!(service.contains("of which 1 overdue"));
    let poster = b.read("posters/crisis-and-home-treatment/index.html");
    assert!(poster.contains("of which 1 is overdue"), "{poster}");
    let list = b.read("you-said-we-did/index.html");
    assert!(list.contains("1 action past its due date"));
}

#[test]
fn projects_and_services_link_their_feeds() {
    let b = SiteTest::new().build();
    let page = b.read("you-said-we-did/crisis-line/index.html");
    assert!(page.contains(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Making the crisis line easier to reach: what has changed\" href=\"/you-said-we-did/crisis-line/feed.xml\">"
    ));
    assert!(page.contains("<a class=\"follow__link\" href=\"/you-said-we-did/crisis-line/feed.xml\">Follow this project"));
    assert!(page.contains("feed-to-email service"), "says what a feed is and that it can come by email");
    let service = b.read("services/crisis-and-home-treatment/index.html");
    assert!(service.contains("href=\"/services/crisis-and-home-treatment/feed.xml\">Follow this service"));
    // Under a sub-path every feed link follows it.
    let b = SiteTest::new().base_url("https://www.example.nhs.uk/involvement/").build();
    let page = b.read("you-said-we-did/crisis-line/index.html");
    assert!(page.contains("href=\"/involvement/you-said-we-did/crisis-line/feed.xml\""));
    assert!(page.contains("https://www.example.nhs.uk/involvement/you-said-we-did/crisis-line/feed.xml"));
}

#[test]
fn reports_by_financial_year_with_tables_and_a_page_per_service() {
    let b = SiteTest::new().file(P, &late("2026-11-22", "2025-03-31")).build();
    b.assert_ok();
    let list = b.read("reports/index.html");
    // Items said in 2026/27 (the crisis line's and "Please do it."'s start is 2025-01-10, in
    // 2024/25), and "Nobody answered." on 31 March 2025, also 2024/25.
    assert!(list.contains("href=\"/reports/2026-27/\">2026/27</a>"), "{list}");
    assert!(list.contains("href=\"/reports/2024-25/\">2024/25</a>"));
    assert!(list.contains("<caption>What you told us, by financial year, and what happened next</caption>"));
    let year = b.read("reports/2024-25/index.html");
    assert!(year.contains("1 April 2024 to 31 March 2025"));
    assert!(year.contains("Q4: January to March 2025"), "quarters in a table");
    assert_eq!(year.matches("class=\"report__section report__service\"").count(), 1, "one section per service with items that year");
    assert!(b.read("index.html").contains("Reports by year"), "linked from every page's footer");
}

#[test]
fn a_measure_with_numbers_shows_its_latest_value_against_its_target_with_a_chart_and_table() {
    let strategy = STRATEGY.replace(
        "          - People tell us they felt listened to\n",
        "          - text: People who felt listened to\n            unit: \"%\"\n            target: 80\n            values:\n              - { date: 2026-03, value: 71.5 }\n              - { date: 2025-03, value: 64 }\n",
    );
    let b = SiteTest::new().file("content/strategy/together.yaml", &strategy).build();
    b.assert_ok();
    let latest = "People who felt listened to: 71.5% in March 2026, against a target of 80%";
    assert!(b.read("strategy/together/index.html").contains(latest));
    let ambition = b.read("strategy/together/communication/index.html");
    assert!(ambition.contains(latest));
    assert!(ambition.contains("role=\"img\" aria-label=\"People who felt listened to: bar chart of 2 results"));
    let rows: Vec<usize> =
        ["64%", "71.5%"].iter().map(|v| ambition.find(&format!("<td class=\"num\">{v}</td>")).unwrap_or(usize::MAX)).collect();
    assert!(rows[0] < rows[1] && rows[1] < usize::MAX, "the table, oldest first");
}
