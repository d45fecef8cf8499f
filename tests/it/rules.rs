//! One test per rule of the content model (shared/spec/content-model.md): each writes the
//! smallest file that breaks the rule and asserts the code, the file, the line and what the
//! message or hint says.

use crate::common::*;

const P: &str = "content/projects/x.yaml";
const S: &str = "content/stories/x.md";
const G: &str = "content/pages/x.md";
const STRAT: &str = "content/strategy/together.yaml";

fn with_project(text: &str) -> Built {
    SiteTest::new().file(P, text).build()
}

fn with_story(text: &str) -> Built {
    SiteTest::new().file(S, text).build()
}

/// A valid project of 12 lines; tests replace one line to break one rule.
const OK_PROJECT: &str = "
    title: A project
    summary: What we asked and why.
    service: Crisis and home treatment
    involvement: engagement
    status: in-progress
    started: 2026-10-01
    you_said:
      - said: Something we heard.
        we_did:
          - action: Something we did.
            status: done
            date: 2026-11-01
";

/// `OK_PROJECT` with line `line` (1-based) replaced by `text` (already dedented).
fn project_line(line: usize, text: &str) -> String {
    let base = dedent(OK_PROJECT);
    let mut lines: Vec<&str> = base.lines().collect();
    lines[line - 1] = text;
    lines.join("\n") + "\n"
}

#[test]
fn the_small_site_builds_with_no_diagnostics() {
    let b = SiteTest::new().build();
    b.assert_clean();
    assert!(b.written);
    assert!(b.exists("index.html"));
}

#[test]
fn the_line_replacing_helper_keeps_a_valid_project() {
    with_project(&project_line(1, "title: A project")).assert_clean();
}

// ---------------------------------------------------------------- YAML and encodings

#[test]
fn yaml_syntax_error() {
    let b = with_project(&project_line(2, "summary: Crisis: what we heard"));
    let d = assert_diag(&b, P, 2, "yaml-syntax", "not valid YAML");
    assert!(d.hint.as_deref().unwrap_or_default().contains("quotes"), "{d:?}");
    assert!(!b.written);
}

#[test]
fn tab_indentation() {
    let b = SiteTest::new().bytes(P, b"title: A\npeople:\n\t- group: Carers\n").build();
    let d = assert_diag(&b, P, 3, "yaml-syntax", "tabs");
    assert!(d.hint.as_deref().unwrap_or_default().contains("spaces"), "{d:?}");
}

#[test]
fn duplicate_key_points_at_the_second_key() {
    let b = with_project(&(dedent(OK_PROJECT) + "title: Another title\n"));
    let d = assert_diag(&b, P, 13, "duplicate-key", "\"title\" is given twice");
    assert_eq!(d.location.column, 1);
}

#[test]
fn duplicate_key_inside_a_list_item() {
    let b = with_project(&project_line(11, "        status: done\n        status: planned"));
    assert_diag(&b, P, 12, "duplicate-key", "\"status\" is given twice");
}

#[test]
fn duplicate_key_in_site_yaml_overrides() {
    let b = SiteTest::new()
        .file(
            "site.yaml",
            &(dedent(SITE_YAML)
                + "involvement_types:\n  co-design:\n    label: Shaping together\n  co-design:\n    label: Designing together\n"),
        )
        .build();
    assert_diag(&b, "site.yaml", 14, "duplicate-key", "co-design");
}

#[test]
fn yaml_1_2_yes_stays_text() {
    let b = with_project(&project_line(1, "title: yes"));
    b.assert_clean();
    assert!(b.read("you-said-we-did/x/index.html").contains("<h1>yes</h1>"));
}

#[test]
fn yaml_1_1_booleans_are_not_booleans() {
    let b = with_project(&(dedent(OK_PROJECT) + "draft: yes\n"));
    assert_diag(&b, P, 13, "wrong-type", "true or false");
}

#[test]
fn utf8_bom_and_crlf_just_work() {
    let crlf = dedent(OK_PROJECT).replace('\n', "\r\n");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(crlf.as_bytes());
    let story = dedent(STORY).replace("title: The crisis café", "title: A CRLF story").replace('\n', "\r\n");
    let mut story_bytes = b"\xEF\xBB\xBF".to_vec();
    story_bytes.extend_from_slice(story.as_bytes());
    let b = SiteTest::new().bytes(P, &bytes).bytes(S, &story_bytes).build();
    b.assert_clean();
    assert!(b.read("stories/x/index.html").contains("A CRLF story"));
    assert!(b.read("you-said-we-did/x/index.html").contains("A project"));
}

#[test]
fn crlf_files_report_the_right_line() {
    let text = project_line(4, "involvement: co-prodution").replace('\n', "\r\n");
    let b = SiteTest::new().bytes(P, text.as_bytes()).build();
    assert_diag(&b, P, 4, "unknown-id", "co-production");
}

#[test]
fn utf16_is_refused_with_a_utf8_hint() {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in dedent(OK_PROJECT).encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let b = SiteTest::new().bytes(P, &bytes).build();
    let d = assert_diag(&b, P, 1, "not-utf8", "UTF-16");
    assert!(d.hint.as_deref().unwrap_or_default().contains("UTF-8"), "{d:?}");
    assert!(!b.written);
}

#[test]
fn latin1_is_refused_with_a_utf8_hint() {
    let mut bytes = dedent(OK_PROJECT).into_bytes();
    bytes.extend_from_slice(b"contact: Caf\xE9 team\n");
    let b = SiteTest::new().bytes(P, &bytes).build();
    let d = assert_diag(&b, P, 13, "not-utf8", "UTF-8");
    assert_eq!(d.location.column, 13, "points at the first byte that is not UTF-8");
    assert!(d.hint.as_deref().unwrap_or_default().contains("UTF-8"), "{d:?}");
}

#[test]
fn empty_file() {
    let b = with_project("");
    assert_diag(&b, P, 1, "empty-file", "no content");
    let b = with_project("  \n\n");
    assert_diag(&b, P, 1, "empty-file", "no content");
}

#[test]
fn empty_markdown_file() {
    let b = with_story("");
    let d = b.errors().into_iter().find(|d| d.file == std::path::Path::new(S)).cloned();
    let d = d.unwrap_or_else(|| panic!("an empty story is an error:\n{}", b.dump()));
    assert!(d.hint.is_some());
}

#[test]
fn missing_front_matter() {
    let b = with_story("# A story\n\nNo front matter.\n");
    assert_diag(&b, S, 1, "no-front-matter", "front matter");
}

#[test]
fn unclosed_front_matter() {
    let b = with_story("---\ntitle: A story\ndate: 2026-01-01\n\nThe text.\n");
    assert_diag(&b, S, 1, "unclosed-front-matter", "never closed");
}

#[test]
fn alias_bomb_ends_in_an_error_naming_the_file() {
    let mut bomb = String::from("title: A\nmethods: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    let names = ["b", "c", "d", "e", "f", "g", "h", "i", "j"];
    let mut prev = "a";
    for name in names {
        bomb.push_str(&format!("{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        prev = name;
    }
    let b = with_project(&bomb);
    let errors: Vec<_> = b.errors().into_iter().filter(|d| d.file == std::path::Path::new(P)).collect();
    assert!(!errors.is_empty(), "{}", b.dump());
    assert!(errors.iter().all(|d| d.hint.is_some()));
    // The same bomb inside a list that a record accepts.
    let mut bomb = String::from("title: A\nmethods: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nseldom_heard: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nexisting_insight: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n");
    bomb.push_str("people: [*b, *b, *b]\n");
    let b = with_project(&bomb);
    assert!(b.errors().iter().any(|d| d.file == std::path::Path::new(P)), "{}", b.dump());
}

#[test]
fn ten_thousand_levels_of_nesting_end_in_an_error() {
    let deep = format!("title: A\nmethods: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let b = with_project(&deep);
    let d = b.errors().into_iter().find(|d| d.file == std::path::Path::new(P)).cloned();
    let d = d.unwrap_or_else(|| panic!("deep nesting is an error:\n{}", b.dump()));
    assert_eq!(d.location.line, 2, "{d:?}");
    assert!(d.hint.is_some());
}

/// Parsers that recurse per level must not see such a file: a stack overflow aborts wedid
/// (and this test binary) with no diagnostic at all.
#[test]
fn deep_block_nesting_ends_in_an_error_not_a_crash() {
    let mut block = String::from("title: A\nmethods:\n");
    for depth in 0..2_000 {
        block.push_str(&"  ".repeat(depth + 1));
        block.push_str("-\n");
    }
    let b = with_project(&block);
    assert_diag(&b, P, 66, "yaml-too-deep", "nested far too deeply");
    // The same in flow style over many lines.
    let flow = format!("title: A\nmethods: [\n{}{}]\n", "[\n".repeat(2_000), "]".repeat(2_000));
    let b = with_project(&flow);
    assert_diag(&b, P, 66, "yaml-too-deep", "nested far too deeply");
}

/// On one line, `[[[…]]]` must meet the same limit: past it both YAML parsers slow down with
/// the square of the depth (100,000 levels, a 200 KB file, took 53 s in a debug build).
#[test]
fn nesting_on_one_line_meets_the_depth_limit() {
    let deep = format!("title: A\nmethods: {}{}\n", "[".repeat(1_000), "]".repeat(1_000));
    let b = with_project(&deep);
    assert_diag(&b, P, 2, "yaml-too-deep", "nested far too deeply");
}

// ---------------------------------------------------------------- required fields and types

#[test]
fn missing_field_in_site_yaml() {
    let text = dedent(SITE_YAML).replace("organisation: Test NHS Foundation Trust\n", "");
    let b = SiteTest::new().file("site.yaml", &text).build();
    let d = assert_diag(&b, "site.yaml", 1, "missing-field", "\"organisation\"");
    assert!(d.hint.as_deref().unwrap_or_default().contains("organisation:"));
    assert!(!b.written);
}

#[test]
fn missing_site_yaml() {
    let b = SiteTest::new().remove("site.yaml").build();
    assert_diag(&b, "site.yaml", 1, "no-site-yaml", "no site.yaml");
}

#[test]
fn missing_field_in_project() {
    let text = dedent(OK_PROJECT).replace("service: Crisis and home treatment\n", "");
    let b = with_project(&text);
    assert_diag(&b, P, 1, "missing-field", "\"service\"");
}

#[test]
fn missing_you_said_in_project() {
    let b = with_project("title: A\nsummary: B\nservice: C\ninvolvement: engagement\nstatus: planned\nstarted: 2026-10-01\nyou_said: []\n");
    assert_diag(&b, P, 7, "missing-field", "at least one");
}

#[test]
fn missing_field_in_story() {
    let b = with_story("---\ntitle: A story\nsummary: What changed.\n---\nText.\n");
    assert_diag(&b, S, 2, "missing-field", "\"date\"");
}

#[test]
fn missing_field_in_page() {
    let b = SiteTest::new().file(G, "---\nsummary: A page with no title.\n---\nText.\n").build();
    assert_diag(&b, G, 2, "missing-field", "\"title\"");
}

#[test]
fn missing_field_in_strategy() {
    let text = dedent(STRATEGY).replace("vision: People shape what we do as equal partners.\n", "");
    let b = SiteTest::new().file(STRAT, &text).build();
    assert_diag(&b, STRAT, 1, "missing-field", "\"vision\"");
}

#[test]
fn empty_required_text() {
    let b = with_project(&project_line(1, "title: \"  \""));
    assert_diag(&b, P, 1, "empty-field", "title");
}

#[test]
fn wrong_type() {
    let text = dedent(OK_PROJECT) + "people:\n  - { group: Carers, count: lots }\n";
    let b = with_project(&text);
    let d = assert_diag(&b, P, 14, "wrong-type", "whole number");
    assert!(d.message.contains("lots") || d.message.contains("text"), "{d:?}");
}

#[test]
fn unknown_field_with_did_you_mean() {
    let b = with_project(&project_line(2, "summry: What we asked and why."));
    let d = assert_diag(&b, P, 2, "unknown-field", "unknown field \"summry\"");
    assert_eq!(d.hint.as_deref(), Some("did you mean \"summary\"?"));
}

#[test]
fn unknown_field_in_a_story_and_in_nested_records() {
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsumary: B\n---\n");
    let d = assert_diag(&b, S, 4, "unknown-field", "sumary");
    assert_eq!(d.hint.as_deref(), Some("did you mean \"summary\"?"));
    let b = with_project(&project_line(12, "        dated: 2026-11-01"));
    let d = assert_diag(&b, P, 12, "unknown-field", "dated");
    assert_eq!(d.hint.as_deref(), Some("did you mean \"date\"?"));
}

// ---------------------------------------------------------------- vocabularies and ids

#[test]
fn unknown_involvement_type() {
    let b = with_project(&project_line(4, "involvement: co-prodution"));
    assert_eq!(b.codes(), ["unknown-id"], "one problem, one diagnostic");
    let d = assert_diag(&b, P, 4, "unknown-id", "co-prodution");
    assert_eq!(d.hint.as_deref(), Some("did you mean \"co-production\"?"));
    assert_eq!(d.location.column, 14);
}

#[test]
fn unknown_involvement_type_in_a_story() {
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\ninvolvement: consultaton\n---\n");
    let d = assert_diag(&b, S, 5, "unknown-id", "consultaton");
    assert_eq!(d.hint.as_deref(), Some("did you mean \"consultation\"?"));
}

#[test]
fn unknown_involvement_type_override_in_site_yaml_points_at_its_key() {
    let text = dedent(SITE_YAML) + "involvement_types:\n  co-prodution:\n    label: Working as equals\n";
    let b = SiteTest::new().file("site.yaml", &text).build();
    let d = assert_diag(&b, "site.yaml", 12, "unknown-id", "co-prodution");
    assert_eq!(d.location.column, 3);
    assert_eq!(d.hint.as_deref(), Some("did you mean \"co-production\"?"));
}

#[test]
fn unknown_project_status() {
    let b = with_project(&project_line(5, "status: complete"));
    let d = assert_diag(&b, P, 5, "unknown-value", "\"complete\"");
    let hint = d.hint.as_deref().unwrap_or_default();
    assert!(hint.contains("did you mean \"completed\"?"), "{hint}");
    assert!(hint.contains("planned") && hint.contains("in-progress"), "{hint}");
}

#[test]
fn unknown_action_status() {
    let b = with_project(&project_line(11, "        status: impossible"));
    let d = assert_diag(&b, P, 11, "unknown-value", "\"impossible\"");
    assert!(d.hint.as_deref().unwrap_or_default().contains("not-possible"), "{d:?}");
}

#[test]
fn unknown_benefit() {
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\nbenefits: [relationships, transparancy]\n---\n");
    let d = assert_diag(&b, S, 5, "unknown-id", "unknown benefit \"transparancy\"");
    assert_eq!(d.hint.as_deref(), Some("did you mean \"transparency\"?"));
}

#[test]
fn benefits_added_in_site_yaml_can_be_used() {
    let text = dedent(SITE_YAML) + "benefits:\n  wellbeing:\n    label: Wellbeing\n    description: People feel better for taking part\n";
    let b = SiteTest::new()
        .file("site.yaml", &text)
        .file(S, "---\ntitle: A\ndate: 2026-01-01\nsummary: B\nbenefits: [wellbeing]\n---\n")
        .build();
    b.assert_clean();
    assert!(b.read("stories/x/index.html").contains("People feel better for taking part"));
}

#[test]
fn unknown_4pi_standard() {
    let b = with_project(&(dedent(OK_PROJECT) + "standards: [process, impakt]\n"));
    let d = assert_diag(&b, P, 13, "unknown-value", "\"impakt\"");
    assert!(d.hint.as_deref().unwrap_or_default().starts_with("did you mean \"impact\"?"), "{d:?}");
}

#[test]
fn unknown_strategy_reference() {
    let b = with_project(&(dedent(OK_PROJECT) + "strategy: togther\n"));
    let d = assert_diag(&b, P, 13, "unknown-id", "unknown strategy \"togther\"");
    assert_eq!(d.hint.as_deref(), Some("did you mean \"together\"?"));
}

#[test]
fn unknown_ambition_reference() {
    let b = with_project(&(dedent(OK_PROJECT) + "strategy: together\nambitions: [service-design, comunication]\n"));
    let d = assert_diag(&b, P, 14, "unknown-id", "unknown ambition \"comunication\"");
    assert_eq!(d.hint.as_deref(), Some("did you mean \"communication\"?"));
}

#[test]
fn ambitions_without_strategy_default_to_the_only_strategy() {
    let b = with_project(&(dedent(OK_PROJECT) + "ambitions: [service-design]\n"));
    b.assert_clean();
    let ambition = b.read("strategy/together/service-design/index.html");
    assert!(links_to(&ambition, "/you-said-we-did/x/"), "the ambition page lists the project");
}

#[test]
fn ambitions_without_strategy_when_there_are_two_strategies() {
    let second = dedent(STRATEGY).replace("title: Together", "title: Older strategy");
    let b = SiteTest::new()
        .file("content/strategy/older.yaml", &second)
        .file(P, &(dedent(OK_PROJECT) + "ambitions: [service-design]\n"))
        .build();
    let d = assert_diag(&b, P, 13, "missing-field", "which strategy");
    assert!(d.hint.as_deref().unwrap_or_default().contains("strategy:"), "{d:?}");
}

#[test]
fn ambition_ids_follow_the_slug_rule() {
    let text = dedent(STRATEGY).replace("- id: service-design", "- id: Service Design");
    let b = SiteTest::new().file(STRAT, &text).build();
    let d = assert_diag(&b, STRAT, 11, "bad-slug", "Service Design");
    assert!(d.hint.as_deref().unwrap_or_default().contains("service-design"));
}

#[test]
fn strategy_needs_one_to_twelve_ambitions() {
    let none = "title: T\npublished: 2024-04-01\nperiod: { from: 2024-04-01, to: 2029-03-31 }\nvision: V\nambitions: []\n";
    let b = SiteTest::new().file("content/strategy/empty.yaml", none).build();
    assert_diag(&b, "content/strategy/empty.yaml", 5, "ambition-count", "this one has 0");
    let mut many = String::from("title: T\npublished: 2024-04-01\nperiod: { from: 2024-04-01, to: 2029-03-31 }\nvision: V\nambitions:\n");
    for i in 1..=13 {
        many.push_str(&format!("  - {{ id: a{i}, title: A{i}, statement: S{i} }}\n"));
    }
    let b = SiteTest::new().file("content/strategy/many.yaml", &many).build();
    assert_diag(&b, "content/strategy/many.yaml", 6, "ambition-count", "this one has 13");
    let twelve = many.replace("  - { id: a13, title: A13, statement: S13 }\n", "");
    SiteTest::new().file("content/strategy/many.yaml", &twelve).build().assert_ok();
}

#[test]
fn duplicate_ambition_id() {
    let text = dedent(STRATEGY).replace("- id: service-design", "- id: communication");
    let b = SiteTest::new().file(STRAT, &text).build();
    assert_diag(&b, STRAT, 11, "duplicate-id", "\"communication\" is used twice");
}

#[test]
fn strategy_period_ends_before_it_starts() {
    let text = dedent(STRATEGY).replace("to: 2029-03-31", "to: 2023-03-31");
    let b = SiteTest::new().file(STRAT, &text).build();
    assert_diag(&b, STRAT, 3, "date-order", "ends before it starts");
}

// ---------------------------------------------------------------- references between files

#[test]
fn dangling_story_project_reference() {
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\nproject: crisis-lines\n---\n");
    let d = assert_diag(&b, S, 5, "unknown-id", "unknown project \"crisis-lines\"");
    assert_eq!(d.hint.as_deref(), Some("did you mean \"crisis-line\"?"));
}

#[test]
fn story_referencing_a_draft_project() {
    let b = SiteTest::new()
        .file(P, &(dedent(OK_PROJECT) + "draft: true\n"))
        .file(S, "---\ntitle: A\ndate: 2026-01-01\nsummary: B\nproject: x\n---\n")
        .build();
    let d = assert_diag(&b, S, 5, "draft-ref", "is a draft");
    assert!(d.hint.as_deref().unwrap_or_default().contains("draft: true"));
    // With drafts included (preview), the reference resolves.
    SiteTest::new()
        .file(P, &(dedent(OK_PROJECT) + "draft: true\n"))
        .file(S, "---\ntitle: A\ndate: 2026-01-01\nsummary: B\nproject: x\n---\n")
        .drafts()
        .build()
        .assert_clean();
}

#[test]
fn image_not_in_media() {
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\nimage: { src: media/caffe.svg, alt: A café }\n---\n");
    let d = assert_diag(&b, S, 5, "missing-media", "media/caffe.svg");
    assert_eq!(d.hint.as_deref(), Some("did you mean \"media/cafe.svg\"?"));
}

#[test]
fn image_paths_may_be_written_three_ways() {
    for src in ["media/cafe.svg", "/media/cafe.svg", "content/media/cafe.svg"] {
        let b = with_story(&format!("---\ntitle: A\ndate: 2026-01-01\nsummary: B\nimage: {{ src: {src}, alt: A café }}\n---\n"));
        b.assert_clean();
        assert!(links_to(&b.read("stories/x/index.html"), "/media/cafe.svg"), "{src}");
    }
}

// ---------------------------------------------------------------- URLs, slugs and services

#[test]
fn a_repeated_ambition_id_is_one_error_not_a_url_collision_too() {
    // Two ambitions with one id would both be published at /strategy/together/communication/.
    let text = dedent(STRATEGY).replace("- id: service-design", "- id: communication");
    let b = SiteTest::new().file(STRAT, &text).build();
    assert_diag(&b, STRAT, 11, "duplicate-id", "used twice");
    assert_eq!(b.errors().len(), 1, "{}", b.dump());
}

#[test]
fn reserved_page_slug() {
    let b = SiteTest::new().file("content/pages/stories.md", "---\ntitle: Our stories\n---\n").build();
    let d = assert_diag(&b, "content/pages/stories.md", 1, "reserved-slug", "\"stories\"");
    assert!(d.hint.as_deref().unwrap_or_default().contains("stories-page"));
    for name in ["search", "data", "media", "assets", "you-said-we-did"] {
        let file = format!("content/pages/{name}.md");
        let b = SiteTest::new().file(&file, "---\ntitle: A page\n---\n").build();
        assert_diag(&b, &file, 1, "reserved-slug", name);
    }
}

#[test]
fn reserved_project_and_story_slugs() {
    let b = SiteTest::new().file("content/projects/page.yaml", OK_PROJECT).build();
    assert_diag(&b, "content/projects/page.yaml", 1, "reserved-slug", "\"page\"");
    for name in ["service", "type", "status", "year"] {
        let file = format!("content/projects/{name}.yaml");
        let b = SiteTest::new().file(&file, OK_PROJECT).build();
        assert_diag(&b, &file, 1, "reserved-slug", name);
    }
    let b = SiteTest::new().file("content/stories/page.md", "---\ntitle: A\ndate: 2026-01-01\nsummary: B\n---\n").build();
    assert_diag(&b, "content/stories/page.md", 1, "reserved-slug", "\"page\"");
}

#[test]
fn bad_slug_file_name() {
    let b = SiteTest::new().file("content/projects/Crisis_Line.yaml", OK_PROJECT).build();
    let d = assert_diag(&b, "content/projects/Crisis_Line.yaml", 1, "bad-slug", "Crisis_Line");
    assert!(d.hint.as_deref().unwrap_or_default().contains("\"crisis-line\""), "{d:?}");
    let b = SiteTest::new().file("content/pages/About Us.md", "---\ntitle: About\n---\n").build();
    assert_diag(&b, "content/pages/About Us.md", 1, "bad-slug", "about-us");
}

#[test]
fn two_spellings_of_one_service() {
    let b = with_project(&project_line(3, "service: Crisis and Home Treatment"));
    let errors: Vec<_> = b.errors().into_iter().filter(|d| d.code == "service-spelling").collect();
    assert_eq!(errors.len(), 1, "{}", b.dump());
    let d = errors[0];
    let named = format!("{} {}", d.file.display(), d.message);
    assert!(named.contains(P) && named.contains("content/projects/crisis-line.yaml"), "names both files: {named}");
    assert!(d.message.contains("Crisis and Home Treatment") && d.message.contains("Crisis and home treatment"));
    assert_eq!(d.location.line, 3);
    assert!(d.hint.as_deref().unwrap_or_default().contains("one spelling"));
}

#[test]
fn service_with_no_letters() {
    let b = with_project(&project_line(3, "service: \"&&\""));
    assert_diag(&b, P, 3, "empty-field", "service");
}

#[test]
fn ignored_files_are_not_read() {
    let b = SiteTest::new()
        .file("content/projects/_notes.yaml", "not: [valid")
        .file("content/projects/.hidden.yaml", "not: [valid")
        .file("content/projects/x.yaml~", "not: [valid")
        .file("content/projects/.x.yaml.swp", "not: [valid")
        .file("content/stories/x.md.tmp", "not: [valid")
        .file("content/_drafts/y.yaml", "not: [valid")
        .build();
    b.assert_clean();
}

#[test]
fn misplaced_files_are_flagged() {
    let b = SiteTest::new().file("content/projects/x.yml", OK_PROJECT).build();
    let d = assert_diag(&b, "content/projects/x.yml", 1, "not-read", "will not be on the site");
    assert!(d.hint.as_deref().unwrap_or_default().contains(".yaml"));
}

// ---------------------------------------------------------------- consent and alt text

#[test]
fn quote_without_consent() {
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\nquote:\n  text: It helped.\n  by: Carer\n  consent: false\n---\n");
    let d = assert_diag(&b, S, 8, "no-consent", "consent");
    assert!(d.hint.as_deref().unwrap_or_default().contains("consent: true"));
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\nquote:\n  text: It helped.\n  by: Carer\n---\n");
    assert_diag(&b, S, 6, "missing-field", "\"consent\"");
}

#[test]
fn quote_needs_an_attribution() {
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\nquote:\n  text: It helped.\n  consent: true\n---\n");
    assert_diag(&b, S, 6, "missing-field", "\"by\"");
}

#[test]
fn image_without_alt() {
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\nimage: { src: media/cafe.svg }\n---\n");
    let d = assert_diag(&b, S, 5, "no-alt", "no alt text");
    assert!(d.hint.as_deref().unwrap_or_default().contains("decorative: true"));
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\nimage:\n  src: media/cafe.svg\n  alt: \"\"\n---\n");
    let d = b.errors().into_iter().find(|d| d.code == "no-alt").cloned();
    let d = d.unwrap_or_else(|| panic!("alt: \"\" without decorative: true is an error:\n{}", b.dump()));
    assert!((5..=7).contains(&d.location.line), "{d:?}");
}

#[test]
fn decorative_image_with_empty_alt_is_fine() {
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\nimage: { src: media/cafe.svg, alt: \"\", decorative: true }\n---\n");
    b.assert_clean();
    assert!(b.read("stories/x/index.html").contains("alt=\"\""));
}

// ---------------------------------------------------------------- NHS numbers

#[test]
fn nhs_number_in_a_story_body_stops_the_build() {
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\n---\nText.\n\nThe patient, 943 476 5919, said so.\n");
    let d = assert_diag(&b, S, 8, "nhs-number", "NHS number");
    assert_eq!(d.location.column, 14);
    assert!(!b.written);
    assert!(!b.out.exists(), "the build wrote nothing");
}

#[test]
fn nhs_number_in_a_project_field_stops_the_build() {
    let b = with_project(&project_line(8, "  - said: My number is 9434765919 and nobody called back."));
    assert_diag(&b, P, 8, "nhs-number", "never be published");
    assert!(!b.out.exists());
    let b = with_project(&project_line(8, "  - said: Ref 943-476-5919."));
    assert_diag(&b, P, 8, "nhs-number", "NHS number");
}

#[test]
fn nhs_number_in_site_yaml_and_pages() {
    let text = dedent(SITE_YAML).replace("How we involve people", "Call 943 476 5919 to hear how we involve people");
    let b = SiteTest::new().file("site.yaml", &text).build();
    assert_diag(&b, "site.yaml", 4, "nhs-number", "NHS number");
    let b = SiteTest::new().file(G, "---\ntitle: About\nsummary: Number 9434765919\n---\n").build();
    assert_diag(&b, G, 3, "nhs-number", "NHS number");
}

#[test]
fn nhs_number_in_a_media_file_stops_the_build() {
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>943 476 5919</text></svg>\n";
    let b = SiteTest::new().file("content/media/cafe.svg", svg).file("content/media/list.csv", "name,nhs\nA,9434765919\n").build();
    assert!(b.has("nhs-number"), "{}", b.dump());
    assert!(!b.out.exists());
}

#[test]
fn ten_digits_with_a_wrong_check_digit_are_fine() {
    let b = with_project(&project_line(8, "  - said: Call 943 476 5918 or 9434765918, or 01632 960 418."));
    b.assert_clean();
    assert!(b.read("you-said-we-did/x/index.html").contains("943 476 5918"));
}

// ---------------------------------------------------------------- dates

#[test]
fn date_in_another_form_is_an_error_with_an_iso_hint() {
    let b = with_project(&project_line(6, "started: 15/01/2024"));
    let d = assert_diag(&b, P, 6, "invalid-value", "\"15/01/2024\" is not a date");
    assert!(d.hint.as_deref().unwrap_or_default().contains("2024-01-15"), "{d:?}");
}

#[test]
fn impossible_date_is_an_error_with_an_iso_hint() {
    let b = with_project(&project_line(6, "started: 2024-02-30"));
    let d = assert_diag(&b, P, 6, "invalid-value", "not a real date");
    let hint = d.hint.as_deref().unwrap_or_default();
    assert!(hint.contains("2024-01-15") && hint.contains("February 2024 has 29 days"), "{hint}");
}

#[test]
fn dates_in_stories_and_actions_are_checked_too() {
    let b = with_story("---\ntitle: A\ndate: 12 June 2024\nsummary: B\n---\n");
    let d = assert_diag(&b, S, 3, "invalid-value", "not a date");
    assert!(d.hint.as_deref().unwrap_or_default().contains("2024-01-15"));
    let b = with_project(&project_line(12, "        date: 2024-13-01"));
    let d = assert_diag(&b, P, 12, "invalid-value", "not a real date");
    assert!(d.hint.as_deref().unwrap_or_default().contains("01 to 12"));
}

#[test]
fn month_only_dates_are_accepted_and_shown_as_month_and_year() {
    let b = with_project(&project_line(6, "started: 2024-05").replace("date: 2026-11-01", "date: 2024-06"));
    b.assert_ok();
    let page = b.read("you-said-we-did/x/index.html");
    assert!(page.contains("<time datetime=\"2024-05\">May 2024</time>"), "project page shows May 2024");
    assert!(page.contains(">June 2024</time>"));
}

#[test]
fn project_ended_before_it_started() {
    let b = with_project(&(project_line(5, "status: completed") + "ended: 2026-09-30\noutcome: It changed.\n"));
    let d = assert_diag(&b, P, 13, "date-order", "ended (2026-09-30) before it started (2026-10-01)");
    assert!(d.hint.is_some());
}

#[test]
fn completed_project_without_ended() {
    let b = with_project(&(project_line(5, "status: completed") + "outcome: It changed.\n"));
    let d = assert_diag(&b, P, 5, "missing-field", "\"ended\"");
    assert!(d.hint.as_deref().unwrap_or_default().contains("ended: "));
}

#[test]
fn done_action_without_date() {
    let b = with_project(&project_line(12, ""));
    let d = assert_diag(&b, P, 11, "missing-field", "date it was done");
    assert!(d.hint.as_deref().unwrap_or_default().contains("date: "));
}

#[test]
fn planned_and_in_progress_actions_need_no_date() {
    with_project(&project_line(11, "        status: planned").replace("        date: 2026-11-01\n", "")).assert_clean();
}

#[test]
fn not_possible_action_without_reason() {
    let b = with_project(&project_line(11, "        status: not-possible").replace("        date: 2026-11-01\n", ""));
    let d = assert_diag(&b, P, 11, "missing-reason", "honest reason");
    assert!(d.hint.as_deref().unwrap_or_default().contains("reason:"));
    let b = with_project(&project_line(12, "        reason: \"  \"").replace("status: done", "status: not-possible"));
    assert_diag(&b, P, 11, "missing-reason", "honest reason");
}

// ---------------------------------------------------------------- lengths

#[test]
fn summary_of_301_characters() {
    let b = with_project(&project_line(2, &format!("summary: {}", "a".repeat(301))));
    let d = assert_diag(&b, P, 2, "too-long", "301 characters");
    assert!(d.hint.as_deref().unwrap_or_default().contains("by 1 character"));
}

#[test]
fn summary_of_300_multibyte_characters_with_spaces_around_is_fine() {
    let summary = format!("summary: |\n    {}\n   \n", "é".repeat(300));
    let b = with_project(&project_line(2, summary.trim_end()));
    b.assert_clean();
    let b = with_project(&project_line(2, &format!("summary: \"  {}  \"", "é".repeat(300))));
    b.assert_clean();
    let b = with_project(&project_line(2, &format!("summary: \"  {}  \"", "é".repeat(301))));
    assert_diag(&b, P, 2, "too-long", "301");
}

#[test]
fn story_and_page_summaries_have_the_same_limit() {
    let b = with_story(&format!("---\ntitle: A\ndate: 2026-01-01\nsummary: {}\n---\n", "b".repeat(301)));
    assert_diag(&b, S, 4, "too-long", "the limit is 300");
    let b = SiteTest::new().file(G, &format!("---\ntitle: A\nsummary: {}\n---\n", "b".repeat(301))).build();
    assert_diag(&b, G, 3, "too-long", "the limit is 300");
}

#[test]
fn page_size_out_of_range() {
    // SITE_YAML has 10 lines: page_size is on line 11, its value at column 12.
    for value in ["4", "501", "0", "-5", "100000000000000000000"] {
        let b = SiteTest::new().file("site.yaml", &(dedent(SITE_YAML) + &format!("page_size: {value}\n"))).build();
        let d = assert_diag(&b, "site.yaml", 11, "invalid-value", "page_size: must be a whole number from 5 to 500");
        assert_eq!(d.location.column, 12, "{value}");
        assert!(
            d.hint.as_deref().unwrap_or_default().contains("write a whole number from 5 to 500, or delete the line to use 50"),
            "{d:?}"
        );
        assert_eq!(b.errors().len(), 1, "{value}: one error\n{}", b.dump());
        assert!(!b.written);
    }
    for value in ["5", "500", "~"] {
        let b = SiteTest::new().file("site.yaml", &(dedent(SITE_YAML) + &format!("page_size: {value}\n"))).build();
        b.assert_clean();
    }
}

#[test]
fn page_size_that_is_not_a_whole_number() {
    for (value, shown) in
        [("fifty", "not \"fifty\""), ("\"20\"", "not \"20\""), ("12.5", "not 12.5"), ("[5]", "not a list"), ("true", "not true")]
    {
        let b = SiteTest::new().file("site.yaml", &(dedent(SITE_YAML) + &format!("page_size: {value}\n"))).build();
        let d = assert_diag(&b, "site.yaml", 11, "invalid-value", "page_size: must be a whole number from 5 to 500");
        assert!(d.message.contains(shown), "{value}: {}", d.message);
        assert!(
            d.hint.as_deref().unwrap_or_default().contains("write a whole number from 5 to 500, or delete the line to use 50"),
            "{d:?}"
        );
        assert!(!b.written);
    }
}

// ---------------------------------------------------------------- links

#[test]
fn javascript_link_in_markdown() {
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\n---\nText.\n\nSee [the form](javascript:alert(1)).\n");
    let d = assert_diag(&b, S, 8, "bad-link", "\"javascript:\" are not allowed");
    assert_eq!(d.location.column, 5);
    assert!(!b.written);
}

#[test]
fn other_schemes_in_markdown() {
    for bad in ["data:text/html,x", "file:///etc/passwd", "vbscript:x", "JaVaScRiPt:alert(1)"] {
        let b = with_story(&format!("---\ntitle: A\ndate: 2026-01-01\nsummary: B\n---\n[the form]({bad})\n"));
        assert_diag(&b, S, 6, "bad-link", "are not allowed");
    }
    let ok = "---\ntitle: A\ndate: 2026-01-01\nsummary: B\n---\n[NHS](https://www.nhs.uk/) [old](http://example.org/) [email us](mailto:involvement@example.nhs.uk) [ring us](tel:01632960418) [the café](../crisis-cafe/)\n";
    with_story(ok).assert_clean();
}

#[test]
fn javascript_link_in_an_action() {
    let b = with_project(&(project_line(12, "        date: 2026-11-01") + "        link: javascript:alert(1)\n"));
    assert_diag(&b, P, 13, "bad-link", "\"javascript:\" are not allowed");
}

#[test]
fn root_relative_link_to_a_missing_page() {
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\n---\nRead [the café story](/stories/no-such-story/).\n");
    let d = assert_diag(&b, S, 6, "bad-link", "/stories/no-such-story/");
    assert!(d.message.contains("not on this site"));
    let b = with_project(&(dedent(OK_PROJECT) + "        link: /stories/nope/\n"));
    assert_diag(&b, P, 13, "bad-link", "not on this site");
}

/// A build checks a story's body in the job that renders its page. A problem found there
/// still fails the build, and when a record already has an error (so no page is rendered)
/// the body is checked all the same: both come in the same run.
#[test]
fn a_body_problem_is_reported_with_or_without_other_errors() {
    let story = "---\ntitle: A\ndate: 2026-01-01\nsummary: B\n---\nRead [the café story](/stories/no-such-story/).\n";
    let alone = with_story(story);
    assert_diag(&alone, S, 6, "bad-link", "not on this site");
    assert!(!alone.written && !alone.exists("index.html"), "a failed build writes nothing:\n{}", alone.dump());
    let both = SiteTest::new().file(S, story).file(P, &project_line(2, "summry: x")).build();
    assert_diag(&both, S, 6, "bad-link", "not on this site");
    assert_diag(&both, P, 2, "unknown-field", "summry");
}

#[test]
fn root_relative_links_are_rewritten_under_a_sub_path() {
    let story = "---\ntitle: A\ndate: 2026-01-01\nsummary: B\n---\nRead [the café story](/stories/crisis-cafe/#quote) and [get involved](/get-involved).\n";
    let project = dedent(OK_PROJECT) + "        link: /stories/crisis-cafe/\n";
    let b = SiteTest::new().file(S, story).file(P, &project).base_url("https://x.example/involvement/").build();
    b.assert_clean();
    let html = b.read("stories/x/index.html");
    assert!(links_to(&html, "/involvement/stories/crisis-cafe/#quote"), "{html}");
    assert!(links_to(&html, "/involvement/get-involved/"));
    assert!(links_to(&b.read("you-said-we-did/x/index.html"), "/involvement/stories/crisis-cafe/"));
}

#[test]
fn root_relative_links_to_generated_files_are_fine() {
    let b = SiteTest::new()
        .file(G, "---\ntitle: Data\n---\nDownload [the open data as CSV](/data/you-said-we-did.csv), [as JSON](/data/you-said-we-did.json) or follow [our news feed](/feed.xml).\n")
        .build();
    b.assert_clean();
}

#[test]
fn root_relative_link_to_missing_media() {
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\n---\n![A chart of waiting times](/media/missing.png)\n");
    assert_diag(&b, S, 6, "bad-link", "missing.png");
}

#[test]
fn get_involved_to_a_missing_page() {
    let text = dedent(SITE_YAML).replace("pages/get-involved", "pages/get-invloved");
    let b = SiteTest::new().file("site.yaml", &text).build();
    let d = assert_diag(&b, "site.yaml", 8, "bad-link", "/get-invloved/");
    assert!(d.message.contains("not on this site"));
    let text = dedent(SITE_YAML).replace("pages/get-involved", "\"javascript:alert(1)\"");
    let b = SiteTest::new().file("site.yaml", &text).build();
    assert_diag(&b, "site.yaml", 8, "bad-link", "not allowed");
}

#[test]
fn bad_base_url() {
    let text = dedent(SITE_YAML).replace("https://involvement.example.nhs.uk/", "involvement.example.nhs.uk");
    let b = SiteTest::new().file("site.yaml", &text).build();
    assert_diag(&b, "site.yaml", 3, "bad-base-url", "not a web address");
}

#[test]
fn markdown_link_in_a_project_outcome_is_located_on_its_line() {
    let text = dedent(OK_PROJECT) + "outcome: |\n  Things changed.\n  See [the form](javascript:alert(1)).\n";
    let b = with_project(&text);
    assert_diag(&b, P, 15, "bad-link", "\"javascript:\" are not allowed");
}

// ---------------------------------------------------------------- warnings

#[test]
fn email_outside_allowed_domains() {
    let b = with_project(&(dedent(OK_PROJECT) + "contact: jo.bloggs@gmail.com\n"));
    let d = assert_diag(&b, P, 13, "email-domain", "jo.bloggs@gmail.com");
    assert_eq!(d.severity, wedid::diagnostics::Severity::Warning);
    assert_eq!(d.location.column, 10);
    assert!(d.hint.as_deref().unwrap_or_default().contains("example.nhs.uk"));
    assert_eq!(b.errors().len(), 0);
    assert!(b.written, "a warning does not stop the build");
    let b = with_project(&(dedent(OK_PROJECT) + "contact: team@mh.example.nhs.uk\n"));
    b.assert_clean();
}

#[test]
fn you_said_without_we_did_more_than_90_days_after_start() {
    // TODAY is 2026-11-23; 90 days before is 2026-08-25.
    let awaiting = |started: &str| {
        format!("title: A\nsummary: B\nservice: Crisis and home treatment\ninvolvement: engagement\nstatus: in-progress\nstarted: {started}\nyou_said:\n  - said: Nobody has answered this.\n  - said: Nor this.\n    we_did:\n")
    };
    let b = with_project(&awaiting("2026-08-24"));
    let d = assert_diag(&b, P, 8, "awaiting-too-long", "more than 90 days");
    assert_eq!(d.severity, wedid::diagnostics::Severity::Warning);
    assert_diag(&b, P, 9, "awaiting-too-long", "more than 90 days");
    assert!(b.written);
    with_project(&awaiting("2026-08-25")).assert_clean();
    with_project(&awaiting("2026-11-01")).assert_clean();
    // The same site, built on another day.
    let b = SiteTest::new().file(P, &awaiting("2026-08-25")).today("2026-11-24").build();
    assert_eq!(b.warnings().len(), 2, "{}", b.dump());
}

#[test]
fn completed_project_without_outcome() {
    let b = with_project(&(project_line(5, "status: completed") + "ended: 2026-11-20\n"));
    let d = assert_diag(&b, P, 5, "no-outcome", "how people's views shaped the outcome");
    assert_eq!(d.severity, wedid::diagnostics::Severity::Warning);
    let b = with_project(&(project_line(5, "status: completed") + "ended: 2026-11-20\noutcome: We changed the rota.\n"));
    b.assert_clean();
}

#[test]
fn markdown_accessibility_warnings() {
    let story = "---\ntitle: A\ndate: 2026-01-01\nsummary: B\n---\n## What happened\n\n#### Detail\n\nTo take part [click here](https://www.nhs.uk/).\n\n![](/media/cafe.svg)\n\n| | |\n|-|-|\n| a | b |\n";
    let b = with_story(story);
    assert_eq!(b.errors().len(), 0, "{}", b.dump());
    assert_diag(&b, S, 8, "heading-level", "skips from level 2 to level 4");
    let d = assert_diag(&b, S, 10, "link-text", "\"click here\"");
    assert_eq!(d.location.column, 14);
    assert_diag(&b, S, 12, "image-alt", "no alt text");
    assert_diag(&b, S, 14, "table-header", "no header row");
    assert_eq!(b.warnings().len(), 4, "{}", b.dump());
    assert!(b.written);
}

#[test]
fn vague_link_text_here() {
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\n---\nRead more [here](https://www.nhs.uk/).\n");
    assert_diag(&b, S, 6, "link-text", "\"here\"");
}

#[test]
fn strict_turns_warnings_into_errors() {
    let site = SiteTest::new().file(P, &(dedent(OK_PROJECT) + "contact: jo.bloggs@gmail.com\n"));
    let b = site.build();
    assert_eq!((b.errors().len(), b.warnings().len()), (0, 1));
    std::fs::remove_dir_all(&b.out).expect("remove the first output");
    let b = site.strict().build();
    let d = assert_diag(&b, P, 13, "email-domain", "jo.bloggs@gmail.com");
    assert!(d.is_error());
    assert_eq!(b.errors().len(), 1);
    assert!(!b.written);
    assert!(!b.out.exists(), "check writes nothing");
}

#[test]
fn strict_turns_markdown_warnings_into_errors() {
    let b =
        SiteTest::new().file(S, "---\ntitle: A\ndate: 2026-01-01\nsummary: B\n---\n[click here](https://www.nhs.uk/)\n").strict().build();
    assert!(assert_diag(&b, S, 6, "link-text", "click here").is_error());
}

#[test]
fn check_without_strict_writes_nothing_and_passes_with_warnings() {
    let b = SiteTest::new().file(P, &(dedent(OK_PROJECT) + "contact: jo.bloggs@gmail.com\n")).check_only().build();
    assert_eq!(b.errors().len(), 0);
    assert_eq!(b.warnings().len(), 1);
    assert!(!b.out.exists());
    assert!(b.pages > 10, "check renders every page in memory: {}", b.pages);
}

// ---------------------------------------------------------------- all errors at once

#[test]
fn all_errors_of_a_build_are_reported_together_sorted_by_file_then_line() {
    let b = SiteTest::new()
        .file(
            "content/projects/b.yaml",
            &project_line(4, "involvement: co-prodution").replace("started: 2026-10-01", "started: 01/10/2026"),
        )
        .file("content/projects/a.yaml", &project_line(2, "summry: x"))
        .file(
            "content/stories/c.md",
            "---\ntitle: A\ndate: 2026-01-01\nsummary: B\nproject: nope\nquote: { text: Hi, by: Carer, consent: false }\n---\n",
        )
        .file("content/pages/d.md", "---\ntitle: A\n---\nMy number is 943 476 5919.\n")
        .build();
    let errors = b.errors();
    let files: std::collections::BTreeSet<_> = errors.iter().map(|d| d.file.clone()).collect();
    assert!(files.len() >= 4, "every broken file is reported:\n{}", b.dump());
    assert!(errors.len() >= 5, "{}", b.dump());
    let keys: Vec<_> = b.diagnostics.iter().map(|d| (d.file.clone(), d.location)).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "sorted by file, then line and column");
    assert_diag(&b, "content/projects/a.yaml", 2, "unknown-field", "summry");
    assert_diag(&b, "content/stories/c.md", 5, "unknown-id", "nope");
    assert_diag(&b, "content/stories/c.md", 6, "no-consent", "consent");
    assert_diag(&b, "content/pages/d.md", 4, "nhs-number", "NHS number");
}

#[test]
fn markdown_errors_are_reported_with_the_other_errors() {
    let b = SiteTest::new()
        .file(P, &project_line(4, "involvement: co-prodution"))
        .file(S, "---\ntitle: A\ndate: 2026-01-01\nsummary: B\n---\nSee [the form](javascript:alert(1)).\n")
        .build();
    assert_diag(&b, P, 4, "unknown-id", "co-prodution");
    assert_diag(&b, S, 6, "bad-link", "javascript:");
}

#[test]
fn every_error_names_a_file_a_line_and_a_fix() {
    let b = SiteTest::new()
        .file("content/projects/b.yaml", &project_line(4, "involvement: co-prodution"))
        .file("content/projects/a.yaml", "title: [unclosed\n")
        .file("content/stories/c.md", "---\ntitle: A\n")
        .file("content/pages/Bad.md", "---\ntitle: A\n---\n")
        .build();
    assert!(b.errors().len() >= 4, "{}", b.dump());
    for d in b.errors() {
        assert!(d.file.starts_with("content"), "{d:?}");
        assert!(d.location.line >= 1 && d.location.column >= 1);
        assert!(!d.message.is_empty());
        assert!(d.hint.as_deref().is_some_and(|h| !h.is_empty()), "no hint: {d:?}");
    }
}

#[test]
fn site_yaml_with_a_bom_and_crlf_just_works() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(dedent(SITE_YAML).replace('\n', "\r\n").as_bytes());
    SiteTest::new().bytes("site.yaml", &bytes).build().assert_clean();
}

#[test]
fn a_file_larger_than_50_mb_is_refused_before_it_is_read() {
    let site = SiteTest::new();
    let file = std::fs::File::create(site.root().join(P)).expect("create");
    file.set_len(51 * 1024 * 1024).expect("a sparse 51 MB file");
    let b = site.build();
    let d = assert_diag(&b, P, 1, "file-too-large", "50 MB");
    assert!(d.hint.is_some());
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_outside_the_site_is_refused() {
    let outside = tempfile::tempdir().expect("temp dir");
    std::fs::write(outside.path().join("secret.txt"), "private").expect("write");
    let site = SiteTest::new();
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), site.root().join("content/media/secret.txt")).expect("symlink");
    let b = site.build();
    assert_diag(&b, "content/media/secret.txt", 1, "link-outside-site", "outside the site");
    assert!(!b.out.join("media/secret.txt").exists());
}

#[cfg(unix)]
#[test]
fn a_linked_folder_outside_the_site_is_refused_with_everything_in_it() {
    let outside = tempfile::tempdir().expect("temp dir");
    std::fs::write(outside.path().join("secret.txt"), "private").expect("write");
    let site = SiteTest::new();
    std::os::unix::fs::symlink(outside.path(), site.root().join("content/media/elsewhere")).expect("symlink");
    let b = site.build();
    assert_diag(&b, "content/media/elsewhere", 1, "link-outside-site", "outside the site");
    let refused = b.codes().iter().filter(|c| **c == "link-outside-site").count();
    assert_eq!(refused, 1, "one message for the link, none for each file behind it: {}", b.dump());
    assert!(!b.out.join("media/elsewhere/secret.txt").exists());
}

#[cfg(unix)]
#[test]
fn a_linked_folder_inside_the_site_is_followed() {
    let site = SiteTest::new();
    std::fs::create_dir_all(site.root().join("shared-images")).expect("mkdir");
    std::fs::write(site.root().join("shared-images/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").expect("write");
    std::os::unix::fs::symlink(site.root().join("shared-images"), site.root().join("content/media/shared")).expect("symlink");
    let b = site.build();
    b.assert_clean();
    assert!(b.out.join("media/shared/logo.svg").exists());
}

#[test]
fn front_matter_fences_may_have_trailing_spaces() {
    with_story("--- \ntitle: A\ndate: 2026-01-01\nsummary: B\n--- \nText.\n").assert_clean();
}

#[test]
fn errors_in_site_yaml_do_not_hide_errors_elsewhere() {
    let b = SiteTest::new()
        .file("site.yaml", &dedent(SITE_YAML).replace("organisation: Test NHS Foundation Trust\n", ""))
        .file(S, "---\ntitle: A\ndate: 2026-01-01\nsummary: B\nproject: crisis-lines\n---\n")
        .build();
    assert_diag(&b, "site.yaml", 1, "missing-field", "organisation");
    assert_diag(&b, S, 5, "unknown-id", "crisis-lines");
}

#[test]
fn a_body_image_written_like_the_front_matter_image_works() {
    // Editors write `media/cafe.svg` in front matter; the same path in the body must not
    // become a broken image at /stories/x/media/cafe.svg.
    let b = with_story("---\ntitle: A\ndate: 2026-01-01\nsummary: B\n---\n![A café at night](media/cafe.svg)\n");
    let ok = b.has("bad-link") || links_to(&b.read("stories/x/index.html"), "/media/cafe.svg");
    assert!(ok, "media/cafe.svg in a story body is neither resolved nor refused:\n{}", b.dump());
}

/// One broken file gives one error: what refers to it is not reported as well, because the
/// file still exists (the preview's overlay said "2 problems" for one bad date before).
#[test]
fn a_broken_file_is_one_error_not_a_cascade() {
    let errors_in = |b: &Built| b.errors().iter().map(|d| d.file.display().to_string()).collect::<Vec<_>>();

    // A story that a project links to, with an impossible date.
    let project = dedent(PROJECT).replace("        date: 2026-11-01\n", "        date: 2026-11-01\n        link: /stories/crisis-cafe/\n");
    let story = dedent(STORY).replace("date: 2026-11-10", "date: 2026-02-30");
    let b = SiteTest::new().file("content/projects/crisis-line.yaml", &project).file("content/stories/crisis-cafe.md", &story).build();
    assert_eq!(errors_in(&b), ["content/stories/crisis-cafe.md"], "{}", b.dump());

    // A project that a story names, with a YAML syntax error.
    let b = SiteTest::new().file("content/projects/crisis-line.yaml", &(dedent(PROJECT) + "title: [\n")).build();
    assert_eq!(errors_in(&b), ["content/projects/crisis-line.yaml"], "{}", b.dump());

    // The only strategy, which projects name and take ambitions from, with an unknown field.
    let b = SiteTest::new().file("content/strategy/together.yaml", &(dedent(STRATEGY) + "visoin: x\n")).build();
    assert_eq!(errors_in(&b), ["content/strategy/together.yaml"], "{}", b.dump());
}

/// The file of `tests/broken/88-…`: ten different mistakes in one project.
const TEN_MISTAKES: &str = include_str!("../broken/88-ten-mistakes-in-one-file/site/content/projects/x.yaml");

/// Each of the ten, as `line: message`.
const TEN_REPORTED: [&str; 10] = [
    "1: unknown field \"titel\"",
    "2: summary is 311 characters long; the limit is 300",
    "4: involvement: \"Engagment\" is not an allowed value",
    "5: status: \"Completed\" is not an allowed value",
    "6: started: \"15/01/2024\" is not a date",
    "7: strategy: \"Together\" is not a valid id",
    "8: standards[0]: \"proces\" is not an allowed value",
    "10: count: expected a whole number, found text \"many\" (in people[0])",
    "14: the field \"date\" is required when status is done (in you_said[0].we_did[0])",
    "16: the field \"reason\" is required when status is not-possible (in you_said[0].we_did[1])",
];

/// A file with ten independent mistakes gives ten located errors in one run: serde alone
/// stopped at the first, so finding ten took ten runs.
#[test]
fn ten_mistakes_in_one_file_are_ten_located_errors_in_check_and_build() {
    for site in [SiteTest::new().file(P, TEN_MISTAKES), SiteTest::new().file(P, TEN_MISTAKES).check_only()] {
        let b = site.build();
        let found: Vec<String> = b.errors().iter().map(|d| format!("{}: {}", d.location.line, d.message)).collect();
        assert_eq!(found, TEN_REPORTED, "{}", b.dump());
        assert!(b.errors().iter().all(|d| d.file == std::path::Path::new(P) && d.hint.is_some()));
        assert!(!b.written);
    }
    // The command line says the same, and counts ten.
    let site = SiteTest::new().file(P, TEN_MISTAKES);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_wedid")).arg("check").current_dir(site.root()).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    for reported in TEN_REPORTED {
        let (line, message) = reported.split_once(": ").expect("line: message");
        assert!(stderr.lines().any(|l| l.starts_with(&format!("{P}:{line}:")) && l.ends_with(message)), "{reported}\n{stderr}");
    }
    assert!(stderr.contains(": 10 errors, "), "{stderr}");
}

/// A day-first date that can only be one day gets the exact fix.
#[test]
fn a_uk_date_gets_the_exact_fix() {
    let b = with_project(&project_line(6, "started: 15/01/2024"));
    let d = assert_diag(&b, P, 6, "invalid-value", "started: \"15/01/2024\" is not a date");
    assert_eq!(d.hint.as_deref(), Some("did you mean 2024-01-15? Dates are written year-month-day, YYYY-MM-DD"));
}

/// Front matter problems carry the Markdown file's own line numbers.
#[test]
fn an_unclosed_quote_in_front_matter_is_reported_where_it_opened() {
    let b = with_story("---\ndate: 2026-11-10\ntitle: \"A story\nsummary: B\n---\nText\n");
    let d = assert_diag(&b, S, 3, "yaml-syntax", "this quote (\") is never closed");
    assert_eq!(d.location.column, 8);
}

/// An unclosed `[` list or `{` set of fields is reported where it opened, not lines later
/// where libyaml gave up.
#[test]
fn an_unclosed_list_or_set_of_fields_is_reported_where_it_opened() {
    let b = with_project(&project_line(5, "status: in-progress\nmethods: [Workshops, Online survey"));
    let d = assert_diag(&b, P, 6, "yaml-syntax", "this list, opened with [, is never closed");
    assert_eq!(d.location.column, 10);
    assert_eq!(d.hint.as_deref(), Some("end it with ] after its last value (a comma between values), or remove the opening one"));
    let b = with_project(&project_line(5, "status: in-progress\npeople:\n  - { group: Carers"));
    let d = assert_diag(&b, P, 7, "yaml-syntax", "this set of fields, opened with {, is never closed");
    assert_eq!(d.location.column, 5);
}

#[test]
fn empty_front_matter_names_the_required_fields() {
    let b = with_story("---\n---\nText\n");
    assert_diag(&b, S, 2, "empty-file", "this file has no content: the required fields title, date and summary are missing");
}

#[test]
fn an_over_indented_line_is_reported_on_that_line() {
    let b = with_project(&project_line(3, "   service: Crisis and home treatment"));
    let d =
        assert_diag(&b, P, 3, "yaml-syntax", "this line is indented under \"summary\" above it, so YAML reads it as part of that value");
    assert_eq!(d.location.column, 4);
    assert_eq!(d.hint.as_deref(), Some("start \"service:\" in the same column as \"summary:\" (fields of one record line up)"));
}

#[test]
fn site_yaml_problems_name_their_key() {
    let site = |extra: &str| SiteTest::new().file("site.yaml", &(dedent(SITE_YAML) + extra)).build();
    assert_diag(&site("language: en GB\n"), "site.yaml", 11, "invalid-value", "language: \"en GB\" is not a language tag");
    assert_diag(&site("theme: [a]\n"), "site.yaml", 11, "wrong-type", "theme: expected text, found a list");
    let nested = site("involvement_types:\n  engagement:\n    lable: Listening\n");
    assert_diag(&nested, "site.yaml", 13, "unknown-field", "unknown field \"lable\" (in involvement_types.engagement)");
    let b = SiteTest::new().file("site.yaml", &dedent(SITE_YAML).replace("https://", "htps://")).build();
    assert!(b.errors().iter().all(|d| d.message.starts_with("base_url: ")), "{}", b.dump());
}

/// A reference to a record that exists but did not load says so, as a warning: the error
/// is counted once, in the record's own file.
#[test]
fn a_reference_to_a_record_with_errors_says_so() {
    let project = project_line(5, "status: ongoing");
    let b = SiteTest::new()
        .file("content/projects/memory-clinic-letters.yaml", &project)
        .file(S, "---\ntitle: A\ndate: 2026-01-01\nsummary: B\nproject: memory-clinic-letters\n---\n")
        .build();
    assert_eq!(b.errors().len(), 1, "{}", b.dump());
    let d = assert_diag(&b, S, 5, "ref-has-errors", "the project \"memory-clinic-letters\" has errors of its own, listed above");
    assert!(!d.is_error());
}

/// `service: "–"` gives no slug, so no service page: a located error, and the project is
/// left out rather than indexing a service that does not exist (it panicked when it was
/// the only project).
#[test]
fn a_service_with_no_letters_is_a_located_error_not_a_panic() {
    let b = SiteTest::empty()
        .file("site.yaml", &dedent(SITE_YAML))
        .file(P, &project_line(3, "service: \"–\""))
        .file(S, "---\ntitle: A\ndate: 2026-01-01\nsummary: B\nproject: x\n---\n")
        .build();
    assert_diag(&b, P, 3, "empty-field", "service: the service needs a name with letters or digits");
    assert_diag(&b, S, 5, "ref-has-errors", "the project \"x\" has errors of its own");
}

#[test]
fn starter_text_is_a_warning_and_fails_strict() {
    let text = project_line(1, "title: \"Title of the project\"");
    let b = with_project(&text);
    let d = assert_diag(&b, P, 1, "placeholder", "\"Title of the project\" is the starter text wedid wrote here");
    assert!(!d.is_error());
    let b = SiteTest::new().file(P, &text).strict().build();
    assert_diag(&b, P, 1, "placeholder", "Title of the project");
    assert!(!b.errors().is_empty() && !b.written);
}
