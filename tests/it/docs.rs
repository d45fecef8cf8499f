//! The documentation in `docs/` cannot rot: these tests read it as data.
//!
//! - The guide's examples are a site. Every fenced block whose info string carries
//!   `file=PATH` (```` ```yaml file=site.yaml ````) is written to PATH, in chapter order, on top
//!   of a site from `wedid init`; every sentence that says to delete `` `PATH` `` deletes it.
//!   The result must pass `check --strict` and build.
//! - Every ```` ```… broken=PATH ```` block in the guide, written into that site, must make wedid
//!   print exactly the ```` ```text ```` block that follows it (the terminal report, colour
//!   removed), and the summary line's counts must match.
//! - Every other YAML block parses; every `wedid …` line in a shell block is a command that
//!   wedid's command line accepts; every relative link between the pages leads to a file.
//! - The deploy recipes parse and do what their pages say.

use crate::common::{jpeg, TODAY};
use clap::Parser;
use pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};
use std::path::{Path, PathBuf};
use wedid::build::{build, BuildOptions, BuildReport};
use wedid::cli::Cli;
use wedid::content::Date;
use wedid::diagnostics::{render_plain, render_terminal};

/// One fenced code block: its info string and its text.
struct Block {
    info: String,
    text: String,
}

impl Block {
    /// The value of `key=` in the info string (```` ```yaml file=site.yaml ````).
    fn attr(&self, key: &str) -> Option<&str> {
        self.info.split_whitespace().find_map(|word| word.strip_prefix(key)?.strip_prefix('='))
    }

    fn language(&self) -> &str {
        self.info.split_whitespace().next().unwrap_or("")
    }
}

/// What one Markdown page tells the reader to do, in reading order.
enum Step {
    Block(Block),
    Delete(String),
}

/// A page of the docs, with its steps and its link targets.
struct Page {
    path: PathBuf,
    steps: Vec<Step>,
    links: Vec<String>,
}

fn docs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs")
}

fn read_page(path: &Path) -> Page {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut page = Page { path: path.to_owned(), steps: Vec::new(), links: Vec::new() };
    let mut open: Option<Block> = None;
    let mut before_code = String::new();
    for event in pulldown_cmark::Parser::new_ext(&text, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => open = Some(Block { info: info.to_string(), text: String::new() }),
            Event::Text(t) if open.is_some() => open.iter_mut().for_each(|b| b.text.push_str(&t)),
            Event::End(TagEnd::CodeBlock) => page.steps.extend(open.take().map(Step::Block)),
            Event::Text(t) => before_code = t.to_string(),
            Event::Code(code) if before_code.to_lowercase().ends_with("delete ") => page.steps.push(Step::Delete(code.to_string())),
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => page.links.push(dest_url.to_string()),
            _ => {}
        }
    }
    page
}

/// Every Markdown page under `dir`, sorted by path (so guide chapters are in order).
fn pages_in(dir: &Path) -> Vec<Page> {
    let mut paths: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    paths.sort();
    paths.iter().map(|p| read_page(p)).collect()
}

fn guide() -> Vec<Page> {
    let pages = pages_in(&docs_dir().join("guide"));
    assert!(pages.len() >= 9, "the guide has its chapters");
    pages
}

fn blocks(pages: &[Page]) -> impl Iterator<Item = &Block> {
    pages.iter().flat_map(|p| &p.steps).filter_map(|s| match s {
        Step::Block(b) => Some(b),
        Step::Delete(_) => None,
    })
}

/// Writes `text` to `site/path`, and a small photo for every `src: media/…` it names that the
/// reader is told to copy in.
fn write(site: &Path, path: &str, text: &str) {
    let file = site.join(path);
    std::fs::create_dir_all(file.parent().expect("a file in a folder")).expect("create folder");
    std::fs::write(&file, text).expect("write file");
    for line in text.lines() {
        if let Some(media) = line.trim().strip_prefix("src: ").filter(|s| s.starts_with("media/")) {
            let photo = site.join("content").join(media);
            if !photo.exists() {
                std::fs::write(photo, jpeg(64, 48)).expect("write a photo");
            }
        }
    }
}

/// `wedid init`, then every `file=` block and every deletion of the guide, in order. Returns
/// the site folder and the paths the guide wrote.
fn guide_site(dir: &Path) -> (PathBuf, Vec<String>) {
    let site = dir.join("site");
    wedid::scaffold::init(&site).expect("wedid init");
    let mut written = Vec::new();
    for step in guide().iter().flat_map(|p| &p.steps) {
        match step {
            Step::Block(b) => {
                if let Some(path) = b.attr("file") {
                    write(&site, path, &b.text);
                    written.push(path.to_owned());
                }
            }
            Step::Delete(path) => std::fs::remove_file(site.join(path)).unwrap_or_else(|e| panic!("the guide deletes {path}: {e}")),
        }
    }
    for kind in ["site.yaml", "content/projects/", "content/stories/"] {
        assert!(written.iter().any(|w| w.starts_with(kind)), "the guide writes {kind}: {written:?}");
    }
    (site, written)
}

fn check(site: &Path, strict: bool, output: Option<PathBuf>) -> BuildReport {
    let mut options = BuildOptions::new(site);
    options.output = output;
    options.strict = strict;
    options.today = Date::parse(TODAY).expect("TODAY is a date");
    build(&options).expect("the build runs")
}

#[test]
fn the_guide_builds_a_site_with_no_problems() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (site, written) = guide_site(dir.path());
    let report = check(&site, true, Some(site.join("output")));
    assert!(report.diagnostics.is_empty(), "{}", render_plain(&report.diagnostics));
    assert!(report.written);
    for path in &written {
        let page = match path.strip_suffix(".yaml").or_else(|| path.strip_suffix(".md")) {
            Some(p) if p.starts_with("content/projects/") => p.replace("content/projects/", "you-said-we-did/"),
            Some(p) if p.starts_with("content/stories/") => p.replace("content/", ""),
            _ => continue,
        };
        assert!(site.join("output").join(page).join("index.html").is_file(), "{path} is published");
    }
}

/// `text` without ANSI colour codes.
fn without_colour(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            chars.by_ref().find(|&c| c == 'm');
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn every_error_message_in_the_guide_is_what_wedid_prints() {
    let pages = guide();
    let all: Vec<&Block> = blocks(&pages).collect();
    let mut seen = 0;
    for (i, broken) in all.iter().enumerate() {
        let Some(path) = broken.attr("broken") else { continue };
        seen += 1;
        let shown = all.get(i + 1).filter(|b| b.language() == "text").unwrap_or_else(|| panic!("{path}: a ```text block follows"));
        let (shown_report, summary) = shown.text.trim_end().rsplit_once('\n').expect("a report and a summary line");

        let dir = tempfile::tempdir().expect("temp dir");
        let (site, _) = guide_site(dir.path());
        write(&site, path, &broken.text);
        let report = check(&site, false, None);
        let printed = without_colour(&render_terminal(&report.diagnostics, &site));
        assert_eq!(shown_report.trim_end(), printed.trim_end(), "docs/guide shows another report for this {path}:\n{}", broken.text);

        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let counts = format!(": {}, {}", plural(report.errors(), "error"), plural(report.warnings(), "warning"));
        assert!(summary.starts_with("Check failed in ") && summary.ends_with(&counts), "{summary} should end with {counts}");
    }
    assert!(seen >= 5, "the error chapter shows real messages ({seen} found)");
}

#[test]
fn every_yaml_example_parses() {
    let pages = pages_in(&docs_dir());
    let mut seen = 0;
    for b in blocks(&pages).filter(|b| b.language() == "yaml" && b.attr("broken").is_none()) {
        seen += 1;
        if let Err(e) = serde_yaml::from_str::<serde_yaml::Value>(&b.text) {
            panic!("{e}:\n{}", b.text);
        }
    }
    assert!(seen >= 5, "{seen} YAML examples");
}

#[test]
fn every_wedid_command_in_the_docs_is_accepted() {
    let pages = pages_in(&docs_dir());
    let commands: Vec<&str> = blocks(&pages)
        .filter(|b| b.language() == "sh")
        .flat_map(|b| b.text.lines())
        .map(str::trim)
        .filter(|line| line.starts_with("wedid "))
        .collect();
    for command in &commands {
        if let Err(e) = Cli::try_parse_from(command.split_whitespace()) {
            use clap::error::ErrorKind::{DisplayHelp, DisplayVersion};
            assert!(matches!(e.kind(), DisplayHelp | DisplayVersion), "`{command}` in docs/: {e}");
        }
    }
    for verb in ["init", "new", "check", "build", "serve"] {
        assert!(commands.iter().any(|c| c.split_whitespace().nth(1) == Some(verb)), "the docs show `wedid {verb}`");
    }
}

#[test]
fn every_link_between_the_docs_leads_to_a_file() {
    let mut pages = pages_in(&docs_dir());
    pages.push(read_page(&Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")));
    for page in &pages {
        for link in &page.links {
            let target = link.split('#').next().unwrap_or_default();
            if target.is_empty() || target.contains(':') || target.starts_with('/') {
                continue; // a heading on the same page, a web address, or an address on the built site
            }
            let file = page.path.parent().expect("in a folder").join(target);
            assert!(file.exists(), "{}: the link {link} leads nowhere", page.path.display());
        }
    }
}

fn deploy_file(name: &str) -> String {
    let path = docs_dir().join("deploy").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn yaml(name: &str) -> serde_yaml::Value {
    serde_yaml::from_str(&deploy_file(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The `run:`/`script:` lines of a CI file, joined.
fn scripts(value: &serde_yaml::Value) -> String {
    match value {
        serde_yaml::Value::String(s) => s.clone(),
        serde_yaml::Value::Sequence(items) => items.iter().map(scripts).collect::<Vec<_>>().join("\n"),
        serde_yaml::Value::Mapping(map) => map.values().map(scripts).collect::<Vec<_>>().join("\n"),
        _ => String::new(),
    }
}

#[test]
fn the_github_pages_workflow_builds_for_the_pages_address_and_deploys() {
    let workflow = yaml("github-pages.yml");
    let build_steps = &workflow["jobs"]["build"]["steps"];
    let step = |action: &str| {
        let steps = build_steps.as_sequence().expect("build steps");
        steps.iter().find(|s| s["uses"].as_str().is_some_and(|u| u.starts_with(action))).unwrap_or_else(|| panic!("a step uses {action}"))
    };
    let pages_id = step("actions/configure-pages@")["id"].as_str().expect("the configure-pages step has an id");
    assert_eq!(step("actions/upload-pages-artifact@")["with"]["path"].as_str(), Some("output"));
    assert_eq!(step("actions/cache@")["with"]["path"].as_str(), Some(".wedid-cache"), "a publish keeps what it read of the history");
    let text = scripts(build_steps);
    assert!(text.contains("cargo install --locked --git"), "{text}");
    assert!(text.contains(&format!("wedid build --base-url \"${{{{ steps.{pages_id}.outputs.base_url }}}}/\"")), "{text}");
    let deploy = &workflow["jobs"]["deploy"];
    assert_eq!(deploy["needs"].as_str(), Some("build"));
    assert!(deploy["steps"][0]["uses"].as_str().is_some_and(|u| u.starts_with("actions/deploy-pages@")));
    assert_eq!(workflow["permissions"]["pages"].as_str(), Some("write"));
    assert_eq!(workflow["permissions"]["id-token"].as_str(), Some("write"));
}

#[test]
fn the_gitlab_job_publishes_the_public_folder() {
    let ci = yaml("gitlab-ci.yml");
    let pages = &ci["pages"];
    assert!(scripts(&pages["script"]).contains("wedid build --output public --base-url \"$CI_PAGES_URL/\""));
    assert_eq!(pages["artifacts"]["paths"][0].as_str(), Some("public"));
    assert_eq!(pages["cache"]["paths"][0].as_str(), Some(".wedid-cache/"));
}

#[test]
fn the_static_web_apps_config_serves_the_404_page() {
    let config: serde_json::Value = serde_json::from_str(&deploy_file("staticwebapp.config.json")).expect("valid JSON");
    assert_eq!(config["responseOverrides"]["404"]["rewrite"], "/404.html");
    assert_eq!(config["mimeTypes"][".csv"], "text/csv; charset=utf-8");
}

/// A TOML file as JSON. TOML is read by Python's standard library (3.11+), so wedid needs no
/// TOML crate for a test.
fn toml(path: &Path) -> serde_json::Value {
    let script = "import json, sys, tomllib; print(json.dumps(tomllib.load(open(sys.argv[1], 'rb'))))";
    let out = std::process::Command::new("python3").args(["-c", script]).arg(path).output().expect("python3 runs");
    assert!(out.status.success(), "{}: {}", path.display(), String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON from python")
}

#[test]
fn netlify_toml_publishes_the_output_folder() {
    let config = toml(&docs_dir().join("deploy/netlify.toml"));
    assert_eq!(config["build"]["publish"], "output");
    let command = config["build"]["command"].as_str().expect("a build command");
    assert!(command.contains("wedid build --base-url \"$URL/\""), "{command}");
    let headers = config["headers"].as_array().expect("headers");
    assert!(headers.iter().any(|h| h["for"] == "/assets/*" && h["values"]["Cache-Control"] == "public, max-age=86400"));
}

/// The install chapter names what the release really makes: the installers and archives that
/// the release workflow (dist-workspace.toml) builds for Cargo.toml's repository, the package
/// that pyproject.toml builds for `pip install wedid` (`.ci/run` installs that wheel into a fresh
/// environment with no Rust and builds the example with it), and the words `wedid --version`
/// prints for each way in. The installers themselves download from the internet, so they
/// cannot run here.
#[test]
fn the_install_chapter_names_what_the_release_makes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cargo = toml(&root.join("Cargo.toml"));
    let dist = &toml(&root.join("dist-workspace.toml"))["dist"];
    let pyproject = toml(&root.join("pyproject.toml"));
    let chapter = std::fs::read_to_string(docs_dir().join("guide/01-install.md")).expect("the install chapter");
    let (name, repository) =
        (cargo["package"]["name"].as_str().expect("name"), cargo["package"]["repository"].as_str().expect("repository"));

    let installers = dist["installers"].as_array().expect("installers");
    for (installer, file) in [("shell", format!("{name}-installer.sh")), ("powershell", format!("{name}-installer.ps1"))] {
        assert!(installers.iter().any(|i| i == installer), "the release makes the {installer} installer");
        let url = format!("{repository}/releases/latest/download/{file}");
        assert!(chapter.contains(&url), "the chapter gives {url}");
    }
    let targets: Vec<&str> = dist["targets"].as_array().expect("targets").iter().filter_map(|t| t.as_str()).collect();
    let archives: Vec<&str> =
        chapter.split('`').filter(|word| word.starts_with(&format!("{name}-")) && !word.contains("installer")).collect();
    assert!(archives.len() >= 4, "the chapter lists the archives: {archives:?}");
    for archive in archives {
        let target = archive.trim_start_matches(&format!("{name}-")).trim_end_matches(".zip").trim_end_matches(".tar.xz");
        let ext = if target.contains("windows") { ".zip" } else { ".tar.xz" };
        assert!(targets.contains(&target) && archive.ends_with(ext), "{archive} is not an archive the release makes ({targets:?})");
    }

    assert_eq!(pyproject["project"]["name"].as_str(), Some(name), "`pip install {name}` installs the wheel of this package");
    assert_eq!(pyproject["tool"]["maturin"]["bindings"], "bin", "the wheel carries the program");
    assert!(chapter.contains(&format!("```sh\npip install {name}\n```")));

    // Each way in sets the word `--version` shows, and the chapter names the same words.
    let wheel = pyproject["tool"]["maturin"]["config"]
        .as_array()
        .expect("maturin config")
        .iter()
        .filter_map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let setup = std::fs::read_to_string(root.join(".github/build-setup.yml")).expect("the release build setup");
    assert!(wheel.contains("env.WEDID_BUILT_AS = \"wheel\""), "{wheel}");
    assert!(setup.contains("WEDID_BUILT_AS=release"), "{setup}");
    assert!(dist["github-build-setup"] == "../build-setup.yml", "the release workflow runs .github/build-setup.yml");
    for word in ["`release`", "`wheel`", "`source build`", "`(wheel)`", "`(source build)`", " (release)`"] {
        assert!(chapter.contains(word), "the chapter names {word}");
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_wedid")).arg("--version").output().expect("wedid runs");
    let version = String::from_utf8_lossy(&out.stdout);
    assert!(version.starts_with(&format!("{name} {} (", env!("CARGO_PKG_VERSION"))), "{version}");
}
