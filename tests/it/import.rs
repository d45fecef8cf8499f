//! `wedid import`: a realistic 200-row log (CSV and the same log as .xlsx, made by
//! `tests/fixtures/import/make_log.py`) imports into a fresh site that passes `wedid check`;
//! bad rows are reported by row number and skipped; files are never overwritten unless
//! asked; a mapping file names unusual columns.

use crate::cli::{path, wedid};
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
    assert!(imported.stderr.contains("Imported 200 of 200 rows: wrote 16 project files, with 0 errors"), "{}", imported.stderr);
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
