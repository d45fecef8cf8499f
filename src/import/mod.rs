//! `wedid import`: a "you said, we did" log kept in a spreadsheet becomes project files.
//!
//! 1. `table` reads the CSV or workbook into text cells with their row numbers;
//! 2. `columns` finds which column holds what (common headings, or a `--map` file);
//! 3. `rows` reads each row, reports the ones it cannot read, and groups the rest by project;
//! 4. this module writes `content/projects/<slug>.yaml`, never over an existing file unless
//!    `--force` is given.
//!
//! Problems are [`Diagnostic`]s located at the spreadsheet's row and column, so they print
//! like any other problem wedid reports.

mod columns;
mod rows;
mod table;

pub use columns::recognised as recognised_headings;

use crate::content::yaml;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::schema::{self, FileKind};
use anyhow::{Context as _, Result};
use std::path::{Path, PathBuf};

/// What to import, and where.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The spreadsheet.
    pub file: PathBuf,
    /// The site folder; files go into its `content/projects/`.
    pub site: PathBuf,
    /// A mapping file that names the sheet's columns.
    pub mapping: Option<PathBuf>,
    /// Replace project files that exist already.
    pub force: bool,
    /// Read and check everything, write nothing.
    pub dry_run: bool,
    /// The involvement type for projects whose rows give none.
    pub involvement: String,
}

/// What an import did.
#[derive(Debug, Default)]
pub struct ImportReport {
    /// Every problem, sorted by file and row.
    pub diagnostics: Vec<Diagnostic>,
    /// Data rows read, and how many of them went into a project.
    pub rows: usize,
    pub rows_imported: usize,
    /// "You said" items and actions in the files written (or that would be).
    pub items: usize,
    pub actions: usize,
    /// Each heading of the sheet and what it was taken as (`None`: not imported), for
    /// `--dry-run` to show.
    pub headings: Vec<(String, Option<&'static str>)>,
    /// Project files written (or, in a dry run, that would be written).
    pub files: Vec<PathBuf>,
}

impl ImportReport {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// Runs an import. Content problems are in the report; `Err` is for the environment (a
/// folder that cannot be written).
pub fn import(options: &ImportOptions) -> Result<ImportReport> {
    let mut problems = Vec::new();
    let mut report = ImportReport::default();
    let imported = read(options, &mut problems, &mut report);
    for project in imported {
        let path = options.site.join("content/projects").join(format!("{}.yaml", project.slug));
        if path.exists() && !options.force {
            problems.push(
                Diagnostic::error(
                    "import-exists",
                    &path,
                    format!(
                        "{} already exists, so the project \"{}\" ({}) was not written",
                        path.display(),
                        project.project.title,
                        rows::named(&project.rows)
                    ),
                )
                .hint("use --force to replace it, or move the file out of the way first"),
            );
            continue;
        }
        let body = yaml::to_text(&project.project).map_err(|e| anyhow::anyhow!("writing {} as YAML: {e}", path.display()))?;
        let text = format!("{}{body}", header(&options.file, project.rows.len()));
        report.rows_imported += project.rows.len();
        report.items += project.project.you_said.len();
        report.actions += project.project.you_said.iter().map(|i| i.we_did.len()).sum::<usize>();
        if !options.dry_run {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
            }
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
        }
        report.files.push(path);
    }
    if !options.dry_run && !report.files.is_empty() {
        schema::ensure(&options.site, FileKind::Project)?;
    }
    let mut diagnostics = Diagnostics::new();
    diagnostics.extend(problems);
    report.diagnostics = diagnostics.into_sorted();
    Ok(report)
}

/// Steps 1 to 3: the projects the sheet holds. Problems that stop the import early (an
/// unreadable file or mapping, a missing column) leave it empty.
fn read(options: &ImportOptions, problems: &mut Vec<Diagnostic>, report: &mut ImportReport) -> Vec<rows::Imported> {
    let mapping = match &options.mapping {
        Some(path) => match columns::Mapping::read(path) {
            Ok(mapping) => mapping,
            Err(found) => {
                problems.extend(found);
                return Vec::new();
            }
        },
        None => columns::Mapping::default(),
    };
    let table = match table::read(&options.file, mapping.sheet.as_deref(), problems) {
        Ok(table) => table,
        Err(problem) => {
            problems.push(problem);
            return Vec::new();
        }
    };
    report.rows = table.rows.iter().filter(|r| r.cells.iter().any(|c| !c.trim().is_empty())).count();
    match columns::Columns::find(&table.headings, &mapping, &options.file, problems) {
        Some(columns) => {
            report.headings = columns.taken_as(&table.headings).into_iter().map(|(h, f)| (h, f.map(columns::Field::label))).collect();
            rows::projects(&table, &columns, &options.file, &options.involvement, problems)
        }
        None => Vec::new(),
    }
}

/// The comment lines at the top of an imported file: the schema line `wedid new` writes, and
/// what an editor should check, since a log rarely says everything a project page shows.
fn header(source: &Path, rows: usize) -> String {
    let name = source.file_name().map_or_else(|| source.display().to_string(), |n| n.to_string_lossy().into_owned());
    format!(
        "# yaml-language-server: $schema=../../{}/{}\n\
         # Imported by `wedid import` from {name} ({rows} row{}). Check the summary and the type of\n\
         # involvement, then add who took part (people:) and, once it is completed, the outcome.\n",
        crate::schema::DEFAULT_DIR,
        FileKind::Project.file_name(),
        if rows == 1 { "" } else { "s" }
    )
}
