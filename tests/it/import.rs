//! `wedid import`: a realistic 200-row log (CSV and the same log as .xlsx, made by
//! `tests/fixtures/import/make_log.py`) imports into a fresh site that passes `wedid check`;
//! bad rows are reported by row number and skipped; files are never overwritten unless
//! asked; a mapping file names unusual columns.

use crate::cli::{path, wedid};
use crate::common::parse_csv;
use std::path::{Path, PathBuf};
use wedid::import::{import, ImportOptions, ImportReport};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name)
}

/// A fresh `wedid init` site in a temporary folder.
fn fresh_site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    wedid::scaffold::init(&site).expect("init");
    (dir, site)
}

fn options(file: &Path, site: &Path) -> ImportOptions {
    ImportOptions {
        file: file.to_path_buf(),
        site: site.to_path_buf(),
        mapping: None,
        force: false,
        dry_run: false,
        involvement: "engagement".into(),
    }
}

fn run(options: &ImportOptions) -> ImportReport {
    import(options).expect("import")
}

/// The projects a site holds, without the comment lines (which name the source file).
fn projects(site: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(site.join("content/projects"))
        .expect("projects folder")
        .map(|e| {
            let path = e.expect("entry").path();
            let text = std::fs::read_to_string(&path).expect("read");
            let body: String = text.lines().filter(|l| !l.starts_with('#')).map(|l| format!("{l}\n")).collect();
            (path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string(), body)
        })
        .collect();
    files.sort();
    files
}

/// A small CSV log in a temporary folder.
fn csv(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("log.csv");
    std::fs::write(&path, text).expect("write csv");
    path
}

#[test]
fn a_200_row_log_imports_into_a_site_that_passes_check() {
    let (dir, site) = fresh_site();
    let log = fixture("log.csv");
    let imported = wedid(dir.path(), &["import", path(&log), "--site", path(&site)]);
    assert_eq!(imported.code, 0, "{}", imported.stderr);
    assert!(imported.stderr.contains("Imported 200 of 200 rows into "), "{}", imported.stderr);
    assert!(imported.stderr.contains(" actions: wrote 16 project files, with 0 errors"), "{}", imported.stderr);
    let check = wedid(dir.path(), &["check", "--site", path(&site)]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(check.stderr.contains(": 0 errors"), "{}", check.stderr);
    let figures = projects(&site);
    assert_eq!(figures.len(), 17, "16 imported and the one init wrote");
    let actions: usize = figures.iter().map(|(_, text)| text.matches("- action: ").count()).sum();
    let awaiting: usize = figures.iter().map(|(_, text)| text.matches("we_did: []").count()).sum();
    let rows_with_action =
        std::fs::read_to_string(&log).expect("log").lines().skip(1).filter(|l| l.split(',').nth(6).is_some_and(|c| !c.is_empty())).count();
    assert_eq!(actions, rows_with_action + 1, "every action row became an action (plus init's one)");
    assert!(awaiting > 0);
}

#[test]
fn the_xlsx_log_gives_the_same_projects_as_the_csv() {
    let (_dir, from_csv) = fresh_site();
    let (_dir2, from_xlsx) = fresh_site();
    let report = run(&options(&fixture("log.csv"), &from_csv));
    assert_eq!((report.errors(), report.files.len()), (0, 16));
    let report = run(&options(&fixture("log.xlsx"), &from_xlsx));
    assert_eq!((report.errors(), report.rows, report.files.len()), (0, 200, 16), "{:#?}", report.diagnostics);
    assert_eq!(projects(&from_csv), projects(&from_xlsx));
}

#[test]
fn bad_rows_are_reported_by_row_number_and_skipped() {
    let (dir, site) = fresh_site();
    let log = csv(
        dir.path(),
        "Project,Service,Type,Date,You said,We did,Status,Reason\n\
         Food,Wards,Co-design,03/02/2026,More choice,A new menu,Done,\n\
         Food,Wards,Co-design,31/02/2026,Hot drinks,Urn on the ward,Done,\n\
         Food,Wards,Co-design,04/02/2026,Snacks at night,Toast after 9pm,Finished-ish,\n\
         Food,Wards,Coffee morning,04/02/2026,Fruit,Fruit bowls,Done,\n\
         Food,Wards,Co-design,05/02/2026,Late meals,Meals after 8pm,Not possible,\n\
         Food,Wards,Co-design,06/02/2026,Menus in Polish,,,\n\
         ,,,,,Menus in Urdu too,Planned,\n",
    );
    let report = run(&options(&log, &site));
    let located: Vec<(u32, &str)> =
        report.diagnostics.iter().filter(|d| d.is_error()).map(|d| (d.location.line, d.message.as_str())).collect();
    assert_eq!(located.len(), 4, "{located:#?}");
    for (line, fragment) in [
        (3, "\"31/02/2026\" is not a date"),
        (4, "\"Finished-ish\" is not a status"),
        (5, "\"Coffee morning\" is not a type"),
        (6, "needs the reason"),
    ] {
        assert!(
            located.iter().any(|(l, m)| *l == line && m.starts_with(&format!("row {line}: ")) && m.contains(fragment)),
            "row {line}: {located:#?}"
        );
    }
    assert_eq!((report.rows, report.rows_imported), (7, 3));
    let text = std::fs::read_to_string(site.join("content/projects/food.yaml")).expect("the readable rows were written");
    assert!(text.contains("said: More choice") && text.contains("said: Menus in Polish") && text.contains("action: Menus in Urdu too"));
    assert!(!text.contains("Hot drinks") && !text.contains("Fruit"));
    let cli = wedid(dir.path(), &["import", path(&log), "--site", path(&site), "--force"]);
    assert_eq!(cli.code, 1, "errors give exit 1: {}", cli.stderr);
    assert!(cli.stderr.contains("log.csv:3:4: error: row 3: \"31/02/2026\" is not a date"), "{}", cli.stderr);
}

#[test]
fn existing_files_are_kept_unless_forced() {
    let (dir, site) = fresh_site();
    let log = csv(dir.path(), "Project,Service,Date,You said,We did,Status\nFirst project,Wards,2026-02-03,More choice,A new menu,Done\n");
    let before = std::fs::read_to_string(site.join("content/projects/first-project.yaml")).expect("init's project");
    let report = run(&options(&log, &site));
    assert_eq!(report.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.code).collect::<Vec<_>>(), ["import-exists"]);
    assert!(report.files.is_empty());
    assert_eq!(std::fs::read_to_string(site.join("content/projects/first-project.yaml")).expect("kept"), before);
    let report = run(&ImportOptions { dry_run: true, force: true, ..options(&log, &site) });
    assert_eq!((report.errors(), report.files.len()), (0, 1));
    assert_eq!(std::fs::read_to_string(site.join("content/projects/first-project.yaml")).expect("dry run"), before);
    let report = run(&ImportOptions { force: true, ..options(&log, &site) });
    assert_eq!((report.errors(), report.files.len()), (0, 1));
    assert!(std::fs::read_to_string(site.join("content/projects/first-project.yaml")).expect("replaced").contains("A new menu"));
}

#[test]
fn a_mapping_names_unusual_columns() {
    let (dir, site) = fresh_site();
    let log = csv(
        dir.path(),
        "Scheme,Directorate,Logged,Patient comment,Trust response,RAG,Notes\nParking,Estates,2026-01-05,Too expensive,Free permits for carers,Complete,x\n",
    );
    let report = run(&options(&log, &site));
    assert!(
        report.diagnostics.iter().any(|d| d.is_error() && d.message == "no column for: project, service, you said"),
        "{:#?}",
        report.diagnostics
    );
    let map = dir.path().join("mapping.yaml");
    std::fs::write(&map, "columns:\n  project: Scheme\n  service: directorate\n  date: Logged\n  you_said: Patient comment\n  we_did: Trust response\n  status: RAG\n").expect("map");
    let report = run(&ImportOptions { mapping: Some(map.clone()), ..options(&log, &site) });
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    let warnings: Vec<&str> = report.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert!(warnings.contains(&"the column \"Notes\" is not imported"), "{warnings:#?}");
    let text = std::fs::read_to_string(site.join("content/projects/parking.yaml")).expect("written");
    assert!(text.contains("service: Estates") && text.contains("status: done") && text.contains("date: 2026-01-05"), "{text}");
    std::fs::write(&map, "columns:\n  you_sad: Patient comment\n").expect("map");
    let report = run(&ImportOptions { mapping: Some(map), force: true, ..options(&log, &site) });
    let bad = &report.diagnostics[0];
    assert_eq!((bad.code, bad.location.line), ("import-mapping", 2));
    assert!(bad.hint.as_deref().is_some_and(|h| h.contains("you_said")), "{bad:#?}");
}

/// A team's real log, as Excel on Windows saves it (a BOM, CRLF, the team's own headings, UK
/// dates, statuses in any case, cells with line breaks, rows with a status but no action,
/// two rows with mistakes; `tests/fixtures/import/make_messy_log.py`), imports without a
/// mapping file into files that pass `check`, and every one of its 200 rows is accounted for:
/// in a file, or named by row number in an error.
#[test]
fn a_messy_200_row_log_imports_with_every_row_accounted_for() {
    let (dir, site) = fresh_site();
    let log = fixture("messy-log.csv");
    let report = run(&options(&log, &site));
    let taken: Vec<(&str, Option<&str>)> = report.headings.iter().map(|(h, f)| (h.as_str(), *f)).collect();
    assert_eq!(
        taken,
        [
            ("Project", Some("the project's name")),
            ("Service", Some("the service")),
            ("Involvement", Some("the type of involvement")),
            ("Date raised", Some("the date it was said (and of a done action, without an action date column)")),
            ("You said", Some("what people said (you said)")),
            ("We did", Some("what we did (the action)")),
            ("Status", Some("the action's status")),
            ("Date actioned", Some("the action's date: when it was done, or is due")),
            ("Reason (if not possible)", Some("the reason an action was not possible")),
        ]
    );

    // The sheet as a spreadsheet shows it: row 1 is the headings, row n + 1 the n-th record.
    let text = std::fs::read_to_string(&log).expect("log");
    let records = parse_csv(text.trim_start_matches('\u{feff}'));
    let data: Vec<(usize, &Vec<String>)> = records.iter().skip(1).enumerate().map(|(i, r)| (i + 2, r)).collect();
    assert_eq!(data.len(), 200);
    assert_eq!(report.rows, 200);

    // The two bad rows are named by their spreadsheet row, even after cells with line breaks.
    let errors: Vec<(u32, &str)> =
        report.diagnostics.iter().filter(|d| d.is_error()).map(|d| (d.location.line, d.message.as_str())).collect();
    assert_eq!(errors, [(122, "row 122: \"31/02/2024\" is not a date"), (152, "row 152: \"maybe\" is not a status")]);
    assert_eq!(report.rows_imported + errors.len(), 200, "every row is in a file or named in an error");

    // Each readable row is one item; each with an action's words is one action; each with a
    // status but no action is an item awaiting a response, with a warning naming its row.
    let readable: Vec<&(usize, &Vec<String>)> = data.iter().filter(|(n, _)| ![122, 152].contains(n)).collect();
    let with_action = readable.iter().filter(|(_, r)| !r[5].is_empty()).count();
    let status_only: Vec<u32> = readable.iter().filter(|(_, r)| r[5].is_empty() && !r[6].is_empty()).map(|(n, _)| *n as u32).collect();
    assert_eq!((report.items, report.actions), (readable.len(), with_action));
    let warned: Vec<u32> = report.diagnostics.iter().filter(|d| d.code == "import-no-action").map(|d| d.location.line).collect();
    assert_eq!(warned, status_only);
    assert!(!warned.is_empty());

    let written: String = projects(&site).into_iter().map(|(_, text)| text).collect();
    assert_eq!(written.matches("- said: ").count(), report.items + 1, "plus the one init wrote");
    assert_eq!(written.matches("- action: ").count(), report.actions + 1, "plus the one in a note of init's");
    let check = wedid(dir.path(), &["check", "--site", path(&site)]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(check.stderr.contains(": 0 errors"), "{}", check.stderr);

    // The command line sums it up, and --dry-run says what each heading was taken as.
    let (dry_dir, dry_site) = fresh_site();
    let cli = wedid(dry_dir.path(), &["import", path(&log), "--site", path(&dry_site), "--dry-run"]);
    assert!(cli.stderr.contains("  \"Reason (if not possible)\" → the reason an action was not possible"), "{}", cli.stderr);
    let summary = format!(
        "Imported 198 of 200 rows into {} items and {} actions: would write 8 project files, with 2 errors, ",
        report.items, report.actions
    );
    assert!(cli.stderr.contains(&summary), "{}", cli.stderr);
}

/// The guide lists every heading wedid recognises without a mapping file.
#[test]
fn the_guide_lists_every_recognised_heading() {
    let guide = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/guide/10-spreadsheets-and-editor-help.md"))
        .expect("guide");
    for (taken_as, names) in wedid::import::recognised_headings() {
        let row = format!("| {taken_as} | {} |", names.join(", "));
        assert!(guide.contains(&row), "the guide's table lacks: {row}");
    }
}
