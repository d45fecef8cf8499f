//! The JSON Schemas and the field reference: generated from the parsing types, committed for
//! the example site, and never out of date; the example content passes them, and the mistakes
//! editors make (an unknown involvement type, a foreign date, a misspelt field) fail them.

use crate::common::*;
use std::path::Path;
use wedid::schema::{reference, FileKind};

fn repo(relative: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// A file's YAML (front matter for Markdown) as JSON, the way an editor's tools see it.
fn yaml_as_json(text: &str) -> serde_json::Value {
    let yaml = match text.strip_prefix("---\n") {
        Some(rest) => rest.split("\n---\n").next().expect("front matter"),
        None => text,
    };
    serde_yaml::from_str(yaml).expect("YAML")
}

/// The schema's complaints about `text`, as "path: message" lines (empty when it passes).
fn check(kind: FileKind, text: &str) -> Vec<String> {
    let schema = kind.schema().to_value();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let instance = yaml_as_json(text);
    validator.iter_errors(&instance).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

fn kind_of(relative: &str) -> Option<FileKind> {
    match relative.split('/').collect::<Vec<_>>().as_slice() {
        ["site.yaml"] => Some(FileKind::Site),
        ["content", "strategy", _] => Some(FileKind::Strategy),
        ["content", "projects", _] => Some(FileKind::Project),
        ["content", "stories", _] => Some(FileKind::Story),
        ["content", "pages", _] => Some(FileKind::Page),
        _ => None,
    }
}

#[test]
fn committed_schemas_are_what_the_types_generate() {
    for kind in FileKind::ALL {
        let path = repo(&format!("schemas/{}", kind.file_name()));
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(committed == kind.json(), "{} is out of date: run `cargo run -- schema`", path.display());
    }
}

#[test]
fn committed_field_reference_is_up_to_date() {
    let committed = std::fs::read_to_string(repo("docs/reference/fields.md")).unwrap_or_default();
    assert!(
        committed == reference::markdown(),
        "docs/reference/fields.md is out of date: run `cargo run -- schema --markdown > docs/reference/fields.md`"
    );
}

#[test]
fn every_example_file_passes_its_schema() {
    let mut checked = 0;
    let site_yaml = std::fs::read(repo("site.yaml")).expect("site.yaml");
    let content = tree(&repo("content")).into_iter().map(|(relative, bytes)| (format!("content/{relative}"), bytes));
    for (relative, bytes) in content.chain([("site.yaml".to_string(), site_yaml)]) {
        let Some(kind) = kind_of(&relative) else { continue };
        let problems = check(kind, &String::from_utf8(bytes).expect("UTF-8"));
        assert!(problems.is_empty(), "{relative}: {problems:#?}");
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} files checked");
}

#[test]
fn the_test_site_passes_its_schemas() {
    for (kind, text) in [
        (FileKind::Site, SITE_YAML),
        (FileKind::Strategy, STRATEGY),
        (FileKind::Project, PROJECT),
        (FileKind::Story, STORY),
        (FileKind::Page, PAGE),
    ] {
        assert_eq!(check(kind, &dedent(text)), Vec::<String>::new(), "{kind:?}");
    }
}

#[test]
fn an_unknown_involvement_type_fails() {
    let text = dedent(PROJECT).replace("involvement: co-production", "involvement: coffee-morning");
    let problems = check(FileKind::Project, &text);
    assert!(problems.len() == 1 && problems[0].starts_with("/involvement:"), "{problems:#?}");
}

#[test]
fn editors_mistakes_fail() {
    let project = dedent(PROJECT);
    for (from, to, at) in [
        ("started: 2026-10-01", "started: 15/01/2024", "/started"),
        ("theme: Access", "thme: Access", "/you_said/0"),
        ("status: in-progress", "status: finished", "/status"),
        ("status: in-progress", "status: completed", ""),
        ("        status: done\n        date: 2026-11-01\n", "        status: done\n", "/you_said/0/we_did/0"),
        ("        reason: We could not fund trained staff to read messages all night.\n", "", "/you_said/1/we_did/0"),
        ("standards: [process, impact]", "standards: [process, imapct]", "/standards/1"),
    ] {
        assert!(project.contains(from), "{from}");
        let problems = check(FileKind::Project, &project.replacen(from, to, 1));
        assert!(problems.iter().any(|p| p.starts_with(&format!("{at}:"))), "{to}: {problems:#?}");
    }
    let story = dedent(STORY);
    for (from, to, at) in
        [("consent: true", "consent: false", "/quote"), (", alt: \"A café at night with two mugs on a table\"", "", "/image")]
    {
        assert!(story.contains(from), "{from}");
        let problems = check(FileKind::Story, &story.replacen(from, to, 1));
        assert!(problems.iter().any(|p| p.starts_with(&format!("{at}:"))), "{to}: {problems:#?}");
    }
    let site = dedent(SITE_YAML) + "involvement_types:\n  coffee-morning: { label: Coffee }\n";
    assert!(!check(FileKind::Site, &site).is_empty());
}

/// `init` and `new` write files whose first YAML line names a schema that exists beside the
/// site, and that the file passes.
#[test]
fn scaffolded_files_point_at_schemas_they_pass() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    wedid::scaffold::init(&site).expect("init");
    std::fs::remove_dir_all(site.join("schemas")).expect("remove schemas");
    wedid::scaffold::new_record(&site, wedid::scaffold::RecordKind::Project, "second-project").expect("new");
    assert!(site.join("schemas/project.schema.json").is_file(), "new writes the schema its file names");
    wedid::scaffold::init(&dir.path().join("again")).expect("init");
    let mut checked = 0;
    for (relative, bytes) in
        tree(&dir.path().join("again")).into_iter().chain(tree(&site).into_iter().filter(|(r, _)| r.contains("second")))
    {
        let Some(kind) = kind_of(&relative) else { continue };
        let text = String::from_utf8(bytes).expect("UTF-8");
        let line = text.lines().find(|l| l.starts_with('#')).expect("a comment line");
        let target = line.strip_prefix("# yaml-language-server: $schema=").expect("a schema line first");
        assert!(target.ends_with(kind.file_name()), "{relative}: {target}");
        let root = if relative.contains("second") { &site } else { &dir.path().join("again") };
        let file_dir = root.join(&relative).parent().expect("folder").to_path_buf();
        assert!(file_dir.join(target).is_file(), "{relative}: {target} does not exist");
        assert_eq!(check(kind, &text), Vec::<String>::new(), "{relative}");
        checked += 1;
    }
    // site.yaml, a strategy, a project, a story, three pages (get involved, accessibility,
    // privacy) and the second project.
    assert_eq!(checked, 8);
}
