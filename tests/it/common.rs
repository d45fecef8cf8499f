//! The test harness: [`SiteTest`] writes a small, valid site into a temporary folder, lets a
//! test add, replace or remove files, and builds it in process with a fixed "today".
//! [`Built`] holds the report and reads the output; [`assert_diag`] checks one diagnostic.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use tempfile::TempDir;
use wedid::build::{build, BuildOptions, BuildReport};
use wedid::content::Date;
use wedid::diagnostics::{render_plain, Diagnostic, Severity};

/// "Today" for every in-process build, so the 90-day rule does not depend on the clock.
pub const TODAY: &str = "2026-11-23";

pub const SITE_YAML: &str = "
    title: Involvement at Test Trust
    organisation: Test NHS Foundation Trust
    base_url: https://involvement.example.nhs.uk/
    description: How we involve people, and what changed as a result.
    contact:
      team: Involvement Team
      email: involvement@example.nhs.uk
    get_involved: pages/get-involved
    privacy:
      allowed_email_domains: [example.nhs.uk]
";

pub const STRATEGY: &str = "
    title: Together
    published: 2024-04-01
    period: { from: 2024-04-01, to: 2029-03-31 }
    vision: People shape what we do as equal partners.
    ambitions:
      - id: communication
        title: Communication
        statement: Being listened to and feeling valued.
        measures:
          - People tell us they felt listened to
      - id: service-design
        title: Service design
        statement: Designing services together.
    standards: [principles, impact]
";

/// Three items: one acted on (done + planned), one could-not-do, one awaiting response.
pub const PROJECT: &str = "
    title: Making the crisis line easier to reach
    summary: We asked people who had called the crisis line at night what would help.
    service: Crisis and home treatment
    involvement: co-production
    status: in-progress
    started: 2026-10-01
    strategy: together
    ambitions: [communication]
    standards: [process, impact]
    people:
      - { group: Service users, count: 12 }
      - { group: Carers, count: 4 }
    you_said:
      - said: It was hard to get through at night.
        theme: Access
        we_did:
          - action: We added two call handlers between 8pm and 2am.
            status: done
            date: 2026-11-01
          - action: We will publish waiting times every month.
            status: planned
            date: 2027-01-31
      - said: Please let us send text messages.
        we_did:
          - action: We looked at running our own text service.
            status: not-possible
            reason: We could not fund trained staff to read messages all night.
      - said: Carers want to be able to call too.
        we_did: []
";

pub const STORY: &str = "
    ---
    title: The crisis café
    date: 2026-11-10
    summary: People who called the crisis line designed a café that opens four evenings a week.
    project: crisis-line
    benefits: [person-centred, relationships]
    quote:
      text: Now there is somewhere I can go.
      by: Expert by experience
      consent: true
    image: { src: media/cafe.svg, alt: \"A café at night with two mugs on a table\" }
    tags: [crisis care]
    ---
    The café came from a listening session.

    ## What changed

    Read [how to get involved](/get-involved/).
";

pub const PAGE: &str = "
    ---
    title: Get involved
    summary: How to share your views and join our projects.
    order: 1
    ---
    Email us to join a project.

    ## Ways to take part

    Come to a listening session.
";

pub const SVG: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>\n";

/// A minimal valid project for `service`, started on `started`, with one done action.
pub fn project_for(service: &str, started: &str) -> String {
    format!(
        "title: A project for {service}\nsummary: What we asked and why.\nservice: {service}\ninvolvement: engagement\nstatus: in-progress\nstarted: {started}\nyou_said:\n  - said: Something we heard.\n    we_did:\n      - action: Something we did.\n        status: done\n        date: {started}\n"
    )
}

/// Removes the common leading indentation (spaces) and one leading newline, so fixtures can
/// be written indented in the test source. Line 1 is the first line after the opening quote.
pub fn dedent(text: &str) -> String {
    let text = text.strip_prefix('\n').unwrap_or(text);
    let indent = text.lines().filter(|l| !l.trim().is_empty()).map(|l| l.len() - l.trim_start_matches(' ').len()).min().unwrap_or(0);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let strip = line.len().min(indent).min(line.len() - line.trim_start_matches(' ').len());
        out.push_str(&line[strip..]);
    }
    out
}

/// A site folder being prepared for a build.
pub struct SiteTest {
    dir: Rc<TempDir>,
    options: BuildOptions,
}

impl SiteTest {
    /// The small valid site: site.yaml, one strategy, one project, one story, one page and
    /// one media file. It builds with no diagnostics at all.
    pub fn new() -> Self {
        SiteTest::empty()
            .file("site.yaml", SITE_YAML)
            .file("content/strategy/together.yaml", STRATEGY)
            .file("content/projects/crisis-line.yaml", PROJECT)
            .file("content/stories/crisis-cafe.md", STORY)
            .file("content/pages/get-involved.md", PAGE)
            .file("content/media/cafe.svg", SVG)
    }

    /// An empty folder.
    pub fn empty() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut options = BuildOptions::new(dir.path());
        options.today = Date::parse(TODAY).expect("fixed date");
        SiteTest { dir: Rc::new(dir), options }
    }

    /// Copies a folder of the repository (relative to the crate root) into the site.
    pub fn copy_from_repo(self, relative: &str) -> Self {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
        copy_tree(&from, &self.root().join(relative));
        self
    }

    /// Adds or replaces a text file; the text is [`dedent`]ed.
    pub fn file(self, relative: &str, text: &str) -> Self {
        self.write(relative, text);
        self
    }

    /// Adds or replaces a file with exactly these bytes.
    pub fn bytes(self, relative: &str, bytes: &[u8]) -> Self {
        self.write_bytes(relative, bytes);
        self
    }

    pub fn remove(self, relative: &str) -> Self {
        self.delete(relative);
        self
    }

    pub fn drafts(mut self) -> Self {
        self.options.include_drafts = true;
        self
    }

    /// `wedid check --strict`: warnings become errors, nothing is written.
    pub fn strict(mut self) -> Self {
        self.options.strict = true;
        self.options.output = None;
        self
    }

    /// `wedid check`: nothing is written.
    pub fn check_only(mut self) -> Self {
        self.options.output = None;
        self
    }

    pub fn base_url(mut self, url: &str) -> Self {
        self.options.base_url = Some(url.to_string());
        self
    }

    pub fn today(mut self, date: &str) -> Self {
        self.options.today = Date::parse(date).expect("valid date");
        self
    }

    pub fn output(mut self, dir: impl Into<PathBuf>) -> Self {
        self.options.output = Some(dir.into());
        self
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a text file now (between builds); the text is [`dedent`]ed.
    pub fn write(&self, relative: &str, text: &str) {
        self.write_bytes(relative, dedent(text).as_bytes());
    }

    pub fn write_bytes(&self, relative: &str, bytes: &[u8]) {
        let path = self.root().join(relative);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, bytes).expect("write fixture");
    }

    pub fn delete(&self, relative: &str) {
        std::fs::remove_file(self.root().join(relative)).expect("remove fixture");
    }

    /// Builds in process. Panics only if the build fails for the environment.
    pub fn build(&self) -> Built {
        let report = build(&self.options).expect("the build ran");
        self.built(report)
    }

    /// Builds, returning the environment error if there is one.
    pub fn try_build(&self) -> anyhow::Result<Built> {
        build(&self.options).map(|report| self.built(report))
    }

    fn built(&self, report: BuildReport) -> Built {
        let out = self.options.output.clone().unwrap_or_else(|| self.root().join("output"));
        Built { report, out, _dir: Rc::clone(&self.dir) }
    }
}

/// A finished build: the report, and the output folder (kept alive with the site).
pub struct Built {
    pub report: BuildReport,
    pub out: PathBuf,
    _dir: Rc<TempDir>,
}

impl Deref for Built {
    type Target = BuildReport;
    fn deref(&self) -> &BuildReport {
        &self.report
    }
}

impl Built {
    pub fn errors(&self) -> Vec<&Diagnostic> {
        self.report.diagnostics.iter().filter(|d| d.is_error()).collect()
    }

    pub fn warnings(&self) -> Vec<&Diagnostic> {
        self.report.diagnostics.iter().filter(|d| !d.is_error()).collect()
    }

    pub fn codes(&self) -> Vec<&'static str> {
        self.report.diagnostics.iter().map(|d| d.code).collect()
    }

    pub fn has(&self, code: &str) -> bool {
        self.report.diagnostics.iter().any(|d| d.code == code)
    }

    /// Every diagnostic as `file:line:col: error: message` lines, for failure messages.
    pub fn dump(&self) -> String {
        render_plain(&self.report.diagnostics)
    }

    /// No errors and no warnings.
    pub fn assert_clean(&self) {
        assert!(self.report.diagnostics.is_empty(), "expected no diagnostics, got:\n{}", self.dump());
    }

    /// No errors, and the output was written.
    pub fn assert_ok(&self) {
        assert_eq!(self.report.errors(), 0, "expected no errors, got:\n{}", self.dump());
    }

    pub fn exists(&self, relative: &str) -> bool {
        self.out.join(relative).exists()
    }

    /// Reads an output file as text; panics with the list of files if it is not there.
    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.out.join(relative)).unwrap_or_else(|e| {
            let files: Vec<String> = tree(&self.out).into_keys().collect();
            panic!("cannot read {relative} ({e}); the output holds:\n{}\ndiagnostics:\n{}", files.join("\n"), self.dump())
        })
    }

    /// The open data as JSON.
    pub fn open_data(&self) -> serde_json::Value {
        serde_json::from_str(&self.read("data/you-said-we-did.json")).expect("valid JSON open data")
    }
}

/// Asserts there is a diagnostic with this file, line and code whose message or hint
/// contains `fragment`, and (because every error must say how to fix it) that an error has
/// a hint. Returns it for further checks.
#[track_caller]
pub fn assert_diag<'a>(report: &'a BuildReport, file: &str, line: u32, code: &str, fragment: &str) -> &'a Diagnostic {
    let all = render_plain(&report.diagnostics);
    let found = report
        .diagnostics
        .iter()
        .find(|d| d.code == code && d.file == Path::new(file) && d.location.line == line)
        .unwrap_or_else(|| panic!("no {code} diagnostic at {file}:{line}; got:\n{all}"));
    let hint = found.hint.as_deref().unwrap_or_default();
    assert!(
        found.message.contains(fragment) || hint.contains(fragment),
        "{code} at {file}:{line} does not mention {fragment:?}: {} / hint: {hint}",
        found.message
    );
    assert!(found.location.column >= 1, "columns are 1-based");
    if found.severity == Severity::Error {
        assert!(!hint.trim().is_empty(), "the error {code} at {file}:{line} does not say how to fix it");
    }
    found
}

/// Every file under `dir` (relative, `/`-separated) with its bytes.
/// What a build leaves beside `output` while it runs (`.output.wedid-staging-…`, the old site
/// being swapped out): there must be none once it ends. The site's `.wedid-cache` is not one.
pub fn leftovers(output: &Path) -> Vec<String> {
    let name = output.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let prefix = format!(".{name}.wedid-");
    std::fs::read_dir(output.parent().expect("the output's parent"))
        .expect("read the output's parent")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|entry| entry.starts_with(&prefix))
        .collect()
}

pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).expect("under dir").to_string_lossy().replace('\\', "/");
                out.insert(rel, std::fs::read(&path).expect("read output file"));
            }
        }
    }
    out
}

/// A hash of every file under `dir`, by relative path.
pub fn hashes(dir: &Path) -> BTreeMap<String, u64> {
    tree(dir)
        .into_iter()
        .map(|(path, bytes)| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            bytes.hash(&mut h);
            (path, h.finish())
        })
        .collect()
}

pub fn copy_tree(from: &Path, to: &Path) {
    if from.is_file() {
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(from, to).expect("copy");
        return;
    }
    for (rel, bytes) in tree(from) {
        let target = to.join(rel);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::write(target, bytes).expect("copy");
    }
}

/// A small RFC 4180 reader: quoted cells may hold commas, quotes and line breaks.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    // The byte-order mark is for spreadsheets, not part of the first cell.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// Decodes the entities tera and pulldown-cmark write in text and attributes.
pub fn unescape(text: &str) -> String {
    text.replace("&#x2F;", "/")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Every `href` and `src` value in a page, with entities decoded.
pub fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in [" href=\"", " src=\""] {
        for (i, _) in html.match_indices(attr) {
            let rest = &html[i + attr.len()..];
            if let Some(end) = rest.find('"') {
                out.push(unescape(&rest[..end]));
            }
        }
    }
    out
}

/// Whether a page links to `target` (exactly, after decoding entities).
pub fn links_to(html: &str, target: &str) -> bool {
    links(html).iter().any(|l| l == target)
}

/// Every output file that is an HTML page, with its text.
pub fn html_pages(b: &Built) -> Vec<(String, String)> {
    tree(&b.out)
        .into_iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .map(|(path, bytes)| (path, String::from_utf8(bytes).expect("HTML is UTF-8")))
        .collect()
}

/// The output file a root-relative link (already stripped of the base path) is served from.
pub fn served_file(out: &Path, link: &str) -> PathBuf {
    let path = link.split(['#', '?']).next().unwrap_or_default().trim_start_matches('/');
    if path.is_empty() || path.ends_with('/') {
        out.join(path).join("index.html")
    } else {
        out.join(path)
    }
}

/// The count shown after `label` (words or a class), searching from `from` in `html`; returns
/// it and where it was.
pub fn stat_after(html: &str, from: usize, label: &str) -> (u32, usize) {
    let at = html[from..].find(label).unwrap_or_else(|| panic!("no {label:?} in the figures")) + from + label.len();
    let digits: String =
        html[at..].split(|c: char| !c.is_ascii_digit()).find(|s| !s.is_empty()).expect("a number after the label").to_string();
    (digits.parse().expect("a count"), at)
}

/// (items, acted on, in progress, could not do, awaiting) as a page's figures block (the
/// theme's `figures` macro) shows them.
pub fn headline_figures(html: &str) -> [u32; 5] {
    let start = html.find("class=\"figures\"").expect("the page shows the figures block");
    let mut at = start;
    let mut out = [0; 5];
    // By the stats' classes, which are the same in every language.
    let stats = ["stat--items", "stat--acted-on", "stat--in-progress", "stat--could-not-do", "stat--awaiting-response"];
    for (i, class) in stats.iter().enumerate() {
        let stat = html[at..].find(class).unwrap_or_else(|| panic!("no {class} in the figures")) + at;
        let (n, next) = stat_after(html, stat, "<dd>");
        out[i] = n;
        at = next;
    }
    out
}

/// Root-relative links in any HTML page of `b` that no output file serves, as `page → link`.
pub fn broken_links(b: &Built) -> Vec<String> {
    let mut broken = Vec::new();
    for (path, html) in html_pages(b) {
        for link in links(&html).into_iter().filter(|l| l.starts_with('/') && !l.starts_with("//")) {
            if !served_file(&b.out, &link).is_file() {
                broken.push(format!("{path} → {link}"));
            }
        }
    }
    broken
}

/// A `width` × `height` JPEG, as a phone would write (without the camera's tags).
pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 128]));
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Jpeg).expect("encode");
    out
}
