//! The command line: clap types, and one function per command that turns them into
//! [`BuildOptions`] and prints the outcome. Reads no content itself.

use crate::build::{self, BuildOptions, BuildReport};
use crate::diagnostics::{render_github, render_json, Reporter};
use crate::import::{self, ImportOptions};
use crate::scaffold;
use anyhow::Context as _;
use clap::{CommandFactory, FromArgMatches as _, Parser, Subcommand, ValueEnum};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// wedid builds a public "you said, we did" website from YAML project records and Markdown
/// stories: what people told a health or care service, and what changed as a result.
#[derive(Debug, Parser)]
#[command(name = "wedid", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (only if there are no errors).
    Build {
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        site: PathBuf,
        /// Where to write the site; replaced whole on success. Default: <site>/output.
        #[arg(long)]
        output: Option<PathBuf>,
        /// Include records marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Publish at this address instead of site.yaml's base_url (may carry a sub-path).
        #[arg(long)]
        base_url: Option<String>,
    },
    /// Check the content and report every problem, without writing anything.
    Check {
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        site: PathBuf,
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
        /// How to report problems: `human` (for people), `json` (one document on stdout, for
        /// tools) or `github` (GitHub Actions annotations on stdout, for a site's own CI).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Preview the site: rebuild on every save, and the browser reloads itself.
    Serve {
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        site: PathBuf,
        /// The port to listen on.
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on; the default is only reachable from this computer.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Hide records marked `draft: true` (the preview shows them by default).
        #[arg(long)]
        no_drafts: bool,
        /// Open the preview in the default web browser once it is ready.
        #[arg(long)]
        open: bool,
    },
    /// Create a new, small site that builds and passes check.
    Init {
        /// The folder to create (it must be empty or not exist).
        dir: PathBuf,
    },
    /// Write a new record with every field, commented, ready to fill in.
    New {
        /// What to create.
        kind: NewKind,
        /// The file name without extension: lowercase letters, digits and hyphens.
        slug: String,
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
    /// Write JSON Schemas for site.yaml and the content files, so editors (VS Code with the YAML
    /// extension, say) flag mistakes as you type.
    Schema {
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        site: PathBuf,
        /// Where to write the schemas. Default: <site>/schemas.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Print the field reference (Markdown), generated from the same schemas, instead.
        #[arg(long)]
        markdown: bool,
    },
    /// Turn a "you said, we did" log kept in a spreadsheet (CSV or Excel) into project files.
    Import {
        /// The spreadsheet: .csv (saved as UTF-8), .xlsx, .xls or .ods.
        file: PathBuf,
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        site: PathBuf,
        /// A YAML file naming your columns, such as `columns: { you_said: Feedback }`, and for
        /// a workbook `sheet: Log`.
        #[arg(long)]
        map: Option<PathBuf>,
        /// Replace project files that already exist.
        #[arg(long)]
        force: bool,
        /// Read and report everything, but write nothing.
        #[arg(long)]
        dry_run: bool,
        /// The type of involvement for projects whose rows give none.
        #[arg(long, default_value = "engagement", value_parser = involvement_type)]
        involvement: String,
    },
    /// Print a shell completion script: `wedid completions bash > ~/.local/share/bash-completion/completions/wedid`.
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or write one page per command into a folder.
    Man {
        /// Write `wedid.1` and a page per command into this folder instead of printing.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// The shapes `check` can report in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Github,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum NewKind {
    Story,
    Project,
    Page,
    Strategy,
}

impl From<NewKind> for scaffold::RecordKind {
    fn from(kind: NewKind) -> Self {
        match kind {
            NewKind::Story => Self::Story,
            NewKind::Project => Self::Project,
            NewKind::Page => Self::Page,
            NewKind::Strategy => Self::Strategy,
        }
    }
}

/// How a command ended, for `main` to turn into an exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    /// Content errors (exit 1).
    ContentErrors,
}

/// Builds with a progress bar on the terminal (shown once the build has run for a second).
fn build_with_progress(options: &mut BuildOptions) -> anyhow::Result<build::BuildReport> {
    let progress = std::sync::Arc::new(build::Progress::default());
    options.progress = Some(std::sync::Arc::clone(&progress));
    let bar = crate::progress::start(progress);
    let report = build::build(options);
    drop(bar);
    report
}

/// Parses the command line (exiting on a usage error, as clap does). `wedid --version` also
/// names `origin`, where the binary came from ("release", "wheel" or "source build"), so a
/// support request says how wedid was installed.
pub fn parse(origin: &str) -> Cli {
    let command = Cli::command().version(format!("{} ({origin})", env!("CARGO_PKG_VERSION")));
    Cli::from_arg_matches(&command.get_matches()).unwrap_or_else(|err| err.exit())
}

/// Runs one command.
pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    match cli.command {
        Command::Build { site, output, drafts, base_url } => {
            let mut options = BuildOptions::new(&site);
            if output.is_some() {
                options.output = output;
            }
            options.include_drafts = drafts;
            options.base_url = base_url;
            let report = build_with_progress(&mut options)?;
            print_report(&report, &options);
            Ok(outcome(&report))
        }
        Command::Check { site, strict, format } => check(&site, strict, format),
        Command::Serve { site, port, bind, no_drafts, open } => {
            crate::serve::serve(&crate::serve::ServeOptions { site, port, bind, include_drafts: !no_drafts, open })?;
            Ok(Outcome::Success)
        }
        Command::Init { dir } => {
            scaffold::init(&dir)?;
            eprintln!("Created a new site in {}.\nNext: cd {} && wedid build", dir.display(), dir.display());
            Ok(Outcome::Success)
        }
        Command::New { kind, slug, site } => {
            let path = scaffold::new_record(&site, kind.into(), &slug)?;
            eprintln!("Wrote {}. Fill in the fields, then run `wedid check`.", path.display());
            Ok(Outcome::Success)
        }
        Command::Schema { site, out, markdown } => schema(&site, out, markdown),
        Command::Import { file, site, map, force, dry_run, involvement } => {
            let options = ImportOptions { file, site, mapping: map, force, dry_run, involvement };
            let report = import::import(&options)?;
            // Plain `file:row:cell:` lines: a spreadsheet row is no text line to quote with a caret.
            eprint!("{}", Reporter::Plain.render(&report.diagnostics, Path::new("")));
            if dry_run {
                eprintln!("Headings:");
                for (heading, taken) in &report.headings {
                    eprintln!("  \"{heading}\" → {}", taken.unwrap_or("not imported"));
                }
            }
            let verb = if dry_run { "would write" } else { "wrote" };
            eprintln!(
                "Imported {} of {} rows into {} items and {} actions: {verb} {} project files, with {} errors, {} warnings.{}",
                report.rows_imported,
                report.rows,
                report.items,
                report.actions,
                report.files.len(),
                report.errors(),
                report.warnings(),
                if report.files.is_empty() || dry_run { "" } else { " Next: wedid check" }
            );
            Ok(if report.errors() > 0 { Outcome::ContentErrors } else { Outcome::Success })
        }
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "wedid", &mut script);
            to_stdout(&script)?;
            Ok(Outcome::Success)
        }
        Command::Man { out } => man(out),
    }
}

/// `wedid check`: a build that writes nothing, reported for people or for machines.
fn check(site: &Path, strict: bool, format: Format) -> anyhow::Result<Outcome> {
    let mut options = BuildOptions::new(site);
    options.output = None;
    options.strict = strict;
    let report = if format == Format::Human { build_with_progress(&mut options)? } else { build::build(&options)? };
    match format {
        Format::Human => print_report(&report, &options),
        Format::Json => to_stdout(render_json(&report.diagnostics, site).as_bytes())?,
        Format::Github => {
            to_stdout(render_github(&report.diagnostics, &repository_relative(site)).as_bytes())?;
            print_summary(&report, &options);
        }
    }
    Ok(outcome(&report))
}

/// `wedid schema`: the JSON Schemas into a folder, or the field reference as Markdown.
fn schema(site: &Path, out: Option<PathBuf>, markdown: bool) -> anyhow::Result<Outcome> {
    if markdown {
        to_stdout(crate::schema::reference::markdown().as_bytes())?;
    } else {
        let written = crate::schema::write_all(&out.unwrap_or_else(|| site.join(crate::schema::DEFAULT_DIR)))?;
        for path in written {
            eprintln!("Wrote {}", path.display());
        }
    }
    Ok(Outcome::Success)
}

/// `wedid man`: one page per command into a folder, or the main page to standard output.
fn man(out: Option<PathBuf>) -> anyhow::Result<Outcome> {
    match out {
        Some(dir) => {
            std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
            clap_mangen::generate_to(Cli::command(), &dir).with_context(|| format!("writing manual pages into {}", dir.display()))?;
            eprintln!("Wrote manual pages into {}", dir.display());
        }
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(Cli::command()).render(&mut page).context("writing the manual page")?;
            to_stdout(&page)?;
        }
    }
    Ok(Outcome::Success)
}

fn outcome(report: &BuildReport) -> Outcome {
    if report.errors() > 0 {
        Outcome::ContentErrors
    } else {
        Outcome::Success
    }
}

/// Every diagnostic, then one summary line.
fn print_report(report: &BuildReport, options: &BuildOptions) {
    let reporter = Reporter::for_stderr();
    eprint!("{}", reporter.render(&report.diagnostics, &options.site));
    print_summary(report, options);
}

/// `--involvement` must be a built-in type id.
fn involvement_type(text: &str) -> Result<String, String> {
    let ids: Vec<&str> = crate::content::vocab::Vocabulary::type_ids().collect();
    if ids.contains(&text) {
        Ok(text.to_string())
    } else {
        Err(format!("use one of: {}", ids.join(", ")))
    }
}

/// Machine output goes to stdout; a closed pipe is an error to report, not a panic.
fn to_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes).and_then(|()| out.flush()).context("writing to standard output")
}

/// GitHub resolves annotation paths from the repository root. A relative `--site` already is
/// one (CI runs from the checkout); an absolute one is made relative to `GITHUB_WORKSPACE`.
fn repository_relative(site: &Path) -> PathBuf {
    let workspace = std::env::var_os("GITHUB_WORKSPACE").map(PathBuf::from);
    match workspace.and_then(|w| site.strip_prefix(w).ok().map(Path::to_path_buf)) {
        Some(inside) => inside,
        None => site.to_path_buf(),
    }
}

/// The one summary line on stderr: counts, time and where the site went.
fn print_summary(report: &BuildReport, options: &BuildOptions) {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let counts = format!("{}, {}", plural(report.errors(), "error"), plural(report.warnings(), "warning"));
    let secs = report.elapsed.as_secs_f64();
    match (&options.output, report.written) {
        (Some(out), true) => {
            eprintln!("Built {} ({} files) in {secs:.2}s with {counts} → {}", plural(report.pages, "page"), report.files, out.display())
        }
        (Some(out), false) => eprintln!("Build failed with {counts} in {secs:.2}s; {} was not changed", out.display()),
        (None, _) if report.errors() == 0 => eprintln!("Checked {} in {secs:.2}s: {counts}", plural(report.pages, "page")),
        (None, _) => eprintln!("Check failed in {secs:.2}s: {counts}"),
    }
}
