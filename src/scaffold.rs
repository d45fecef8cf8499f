//! `wedid init` and `wedid new`: starter files with every field commented, so an editor can
//! fill them in without the manual open. Each template passes `wedid check` as written (a
//! test builds them), so a new site or record never starts with an error. Each starts with a
//! `# yaml-language-server: $schema=…` line pointing at the site's `schemas/` folder, which
//! `init` fills (and `new` completes), so editors check the file as it is typed. `init` also
//! writes the double-click preview shortcuts (`preview`).

mod preview;

use crate::build::today;
use crate::content::{is_slug, slugify};
use crate::schema::{self, FileKind};
use anyhow::{bail, Context as _, Result};
use std::path::{Path, PathBuf};

const SITE: &str = include_str!("scaffold/site.yaml");
const PROJECT: &str = include_str!("scaffold/project.yaml");
const STORY: &str = include_str!("scaffold/story.md");
const PAGE: &str = include_str!("scaffold/page.md");
const STRATEGY: &str = include_str!("scaffold/strategy.yaml");
const ACCESSIBILITY: &str = include_str!("scaffold/accessibility.md");
const PRIVACY: &str = include_str!("scaffold/privacy.md");
/// A picture in `content/media/` that the starter story shows, so the folder is not empty
/// and the story shows how an image is written.
const PLACEHOLDER: &str = include_str!("scaffold/placeholder.svg");

fn fill(template: &str) -> String {
    let today = today();
    let later = crate::content::Date::parse(&format!("{}{}", today.year() + 5, &today.iso()[4..])).unwrap_or(today);
    template.replace("{{today}}", &today.iso()).replace("{{today_plus_5y}}", &later.iso())
}

/// Writes a new site into `dir`, which must be empty or not exist.
pub fn init(dir: &Path) -> Result<()> {
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        bail!("{} is not empty; choose a new folder name", dir.display());
    }
    let name = "Example NHS Foundation Trust";
    write_new(&dir.join("site.yaml"), &fill(SITE).replace("{{name}}", name))?;
    write_new(&dir.join("content/strategy/our-strategy.yaml"), &fill(STRATEGY))?;
    write_new(&dir.join("content/projects/first-project.yaml"), &fill(PROJECT))?;
    let story = fill(STORY).replace(
        "# image: { src: media/photo.jpg, alt: \"What the photo shows\" }   # alt text is required",
        "image: { src: media/placeholder.svg, alt: \"\", decorative: true }   # replace with your photo: alt text is required",
    );
    write_new(&dir.join("content/stories/first-story.md"), &story)?;
    let get_involved = fill(PAGE)
        .replace("\"Title of the page\"", "Get involved")
        .replace("One sentence about what this page is for.", "How to share your views and join our projects.")
        .replace("# order: 5 ", "order: 1   ");
    write_new(&dir.join("content/pages/get-involved.md"), &get_involved)?;
    write_new(&dir.join("content/pages/accessibility.md"), ACCESSIBILITY)?;
    write_new(&dir.join("content/pages/privacy.md"), PRIVACY)?;
    write_new(&dir.join("content/media/placeholder.svg"), PLACEHOLDER)?;
    std::fs::write(dir.join(".gitignore"), "output/\n.wedid-cache/\n").with_context(|| format!("writing in {}", dir.display()))?;
    schema::write_all(&dir.join(schema::DEFAULT_DIR))?;
    preview::write(dir)
}

/// Writes one new record into the site; never overwrites.
/// What `wedid new` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Story,
    Project,
    Page,
    Strategy,
}

pub fn new_record(site: &Path, kind: RecordKind, slug: &str) -> Result<PathBuf> {
    if !is_slug(slug) {
        bail!("\"{slug}\" cannot be used as a file name in a web address; try \"{}\"", slugify(slug));
    }
    let (folder, ext, template, file_kind) = match kind {
        RecordKind::Project => ("projects", "yaml", PROJECT, FileKind::Project),
        RecordKind::Story => ("stories", "md", STORY, FileKind::Story),
        RecordKind::Page => ("pages", "md", PAGE, FileKind::Page),
        RecordKind::Strategy => ("strategy", "yaml", STRATEGY, FileKind::Strategy),
    };
    let path = site.join("content").join(folder).join(format!("{slug}.{ext}"));
    write_new(&path, &fill(template))?;
    // The template's first line points at this schema; make sure it is there to be found.
    schema::ensure(site, file_kind)?;
    Ok(path)
}

fn write_new(path: &Path, text: &str) -> Result<()> {
    if path.exists() {
        bail!("{} already exists; wedid never overwrites a file", path.display());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    }
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
}
