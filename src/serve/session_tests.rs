//! The preview's session against clean builds of the same files, after each kind of edit.

use super::super::fixture::{example, session_with_search_apart};
use super::*;
use std::collections::HashMap;
use std::fs;
use std::sync::Arc;

/// What a clean build of the same files holds.
fn clean(options: &BuildOptions) -> HashMap<String, Arc<Vec<u8>>> {
    let sink = MemorySink::new(&options.site);
    let report = build::build_into(options, Some(&sink)).unwrap_or_else(|e| panic!("build: {e}"));
    assert_eq!(report.errors(), 0, "{:?}", report.diagnostics);
    sink.into_files()
}

fn assert_same(served: &Snapshot, options: &BuildOptions) {
    let expected = clean(options);
    let mut paths: Vec<&String> = expected.keys().chain(served.files.keys()).collect();
    paths.sort();
    paths.dedup();
    for path in paths {
        assert_eq!(served.files.get(path), expected.get(path), "{path} differs from a clean build");
    }
}

/// Edits `file`, then brings the preview up to date as the watcher would.
fn edit(session: &mut Session, snapshot: &Snapshot, options: &BuildOptions, file: &str, change: impl FnOnce(String) -> String) -> Update {
    let path = options.site.join(file);
    let text = fs::read_to_string(&path).unwrap_or_default();
    fs::write(&path, change(text)).unwrap_or_else(|e| panic!("write: {e}"));
    let update = session.update(&[PathBuf::from(file)], snapshot);
    settle(session, update)
}

/// Renders what an update deferred, as `serve` does right after publishing it.
fn settle(session: &mut Session, update: Update) -> Update {
    let generation = update.snapshot.generation;
    let finished = session.finish(update);
    assert!(!finished.deferred && finished.snapshot.generation == generation);
    finished
}

const STORY: &str = "content/stories/crisis-cafe.md";
const PROJECT: &str = "content/projects/home-treatment-information-pack.yaml";
const OTHER_STORY: &str = "content/stories/ward-snacks.md";

#[test]
fn body_edits_rerender_only_their_pages_and_match_a_clean_build() {
    let (_dir, options) = example();
    let mut session = Session::new(options.clone());
    let first = session.update(&[], &Snapshot::default());
    assert!(!first.partial && !first.deferred);
    assert_same(&first.snapshot, &options);

    std::fs::write(
        options.site.join(STORY),
        fs::read_to_string(options.site.join(STORY)).unwrap_or_default() + "\nA new closing paragraph about the café.\n",
    )
    .unwrap_or_else(|e| panic!("write: {e}"));
    let pages_first = session.update(&[PathBuf::from(STORY)], &first.snapshot);
    assert!(pages_first.partial && pages_first.deferred && pages_first.rendered == 1, "{} files", pages_first.rendered);
    let story = settle(&mut session, pages_first);
    // Then the search bundle, all of whose files are named by their content.
    let bundle = story.snapshot.files.keys().filter(|path| render::in_search_bundle(path)).count();
    assert!(story.partial && story.rendered == 1 + bundle, "{} files", story.rendered);
    let page = story.snapshot.files.get("stories/crisis-cafe/index.html").map(|b| String::from_utf8_lossy(b).to_string());
    assert!(page.unwrap_or_default().contains("A new closing paragraph"));
    assert_same(&story.snapshot, &options);

    let page = edit(&mut session, &story.snapshot, &options, "content/pages/about.md", |t| t + "\nOne more line.\n");
    assert!(page.partial);
    assert_same(&page.snapshot, &options);
}

#[test]
fn pages_changed_while_broken_are_rendered_by_the_fix() {
    let (_dir, options) = example();
    let mut session = Session::new(options.clone());
    let first = session.update(&[], &Snapshot::default());
    let broken = edit(&mut session, &first.snapshot, &options, STORY, |t| t + "\nCall about 943 476 5919.\n");
    assert!(broken.snapshot.diagnostics.iter().any(|d| d.code == "nhs-number"));
    assert_eq!(broken.snapshot.files, first.snapshot.files, "the last good pages stay up");
    let other = edit(&mut session, &broken.snapshot, &options, OTHER_STORY, |t| t + "\nSnacks are now on every ward.\n");
    assert!(other.snapshot.diagnostics.iter().any(|d| d.is_error()));
    let fixed = edit(&mut session, &other.snapshot, &options, STORY, |t| t.replace("Call about 943 476 5919.", "Call us."));
    assert!(fixed.partial && !fixed.snapshot.diagnostics.iter().any(|d| d.is_error()));
    assert_same(&fixed.snapshot, &options);
}

#[test]
fn other_changes_take_the_full_path_and_match_a_clean_build() {
    let (dir, options) = example();
    let mut session = Session::new(options.clone());
    let mut snapshot = session.update(&[], &Snapshot::default()).snapshot;
    let menu = edit(&mut session, &snapshot, &options, "content/pages/about.md", |t| t.replacen("title: ", "title: All ", 1));
    assert!(!menu.partial, "every page shows the menu");
    assert_same(&menu.snapshot, &options);
    snapshot = menu.snapshot;
    let moved = edit(&mut session, &snapshot, &options, PROJECT, |t| t.replacen("started: 2025-01-13", "started: 2019-01-13", 1));
    assert!(!moved.partial, "a new start date reorders the lists");
    assert_same(&moved.snapshot, &options);
    let themed = edit(&mut session, &moved.snapshot, &options, PROJECT, |t| t.replacen("theme: ", "theme: Newly ", 1));
    assert!(!themed.partial, "every project list page counts the projects of each theme");
    assert_same(&themed.snapshot, &options);
    let changed = themed;
    // Nothing links to this story, so removing it is not an error.
    let unlinked = "content/stories/writing-together.md";
    let text = fs::read(dir.path().join(unlinked)).unwrap_or_default();
    fs::remove_file(dir.path().join(unlinked)).unwrap_or_else(|e| panic!("remove: {e}"));
    let removed = session.update(&[PathBuf::from(unlinked)], &changed.snapshot);
    let removed = settle(&mut session, removed);
    assert!(!removed.partial && !removed.snapshot.files.contains_key("stories/writing-together/index.html"));
    assert_same(&removed.snapshot, &options);
    fs::write(dir.path().join(unlinked), text).unwrap_or_else(|e| panic!("write: {e}"));
    let restored = session.update(&[PathBuf::from(unlinked)], &removed.snapshot);
    let restored = settle(&mut session, restored);
    assert!(restored.snapshot.files.contains_key("stories/writing-together/index.html"));
    assert_same(&restored.snapshot, &options);
}

#[test]
fn front_matter_edits_rerender_only_what_shows_them_and_match_a_clean_build() {
    let (_dir, options) = example();
    let mut session = Session::new(options.clone());
    let mut snapshot = session.update(&[], &Snapshot::default()).snapshot;
    let all = snapshot.files.len();
    type Change = fn(String) -> String;
    let edits: [(&str, &str, Change); 7] = [
        ("a project's summary", PROJECT, |t| t.replacen("summary: ", "summary: Updated. ", 1)),
        ("an action done (figures change)", PROJECT, |t| {
            t.replacen("        status: planned\n        date: 2027-02-01", "        status: done\n        date: 2025-06-01", 1)
        }),
        ("a new action", PROJECT, |t| {
            t.replacen("        status: done\n        date: 2025-03-03\n", "        status: done\n        date: 2025-03-03\n      - action: A new leaflet.\n        status: in-progress\n        date: 2027-01-01\n", 1)
        }),
        ("a link to another project's story", PROJECT, |t| {
            t.replacen("        date: 2025-03-03\n", "        date: 2025-03-03\n        link: /stories/crisis-cafe/\n", 1)
        }),
        ("a story's title", STORY, |t| t.replacen("title: ", "title: Renamed ", 1)),
        ("a story's summary and body together", OTHER_STORY, |t| t.replacen("summary: ", "summary: New. ", 1) + "\nMore.\n"),
        ("a page's summary", "content/pages/glossary.md", |t| t.replacen("summary: ", "summary: Words. ", 1)),
    ];
    for (what, file, change) in edits {
        let update = edit(&mut session, &snapshot, &options, file, change);
        assert!(update.partial && update.rendered < all / 2, "{what}: {} of {all} files", update.rendered);
        assert!(!update.snapshot.diagnostics.iter().any(|d| d.is_error()), "{what}: {:?}", update.snapshot.diagnostics);
        assert_same(&update.snapshot, &options);
        snapshot = update.snapshot;
    }
}

#[test]
fn easy_read_and_translation_edits_match_a_clean_build() {
    let (_dir, options) = example();
    let mut session = Session::new(options.clone());
    let snapshot = session.update(&[], &Snapshot::default()).snapshot;
    let easy = "content/projects/crisis-line-at-night.yaml";
    let long = |t: String| {
        t.replacen(
            "  Some people waited 20 minutes or more.",
            "  Some people waited 20 minutes or more, and the message they heard while they waited made them feel worse.",
            1,
        )
    };
    let update = edit(&mut session, &snapshot, &options, easy, long);
    assert!(update.partial, "an Easy Read edit renders only what shows the project");
    assert!(update.snapshot.diagnostics.iter().any(|d| d.code == "easy-read-long-sentence"), "{:?}", update.snapshot.diagnostics);
    let page = update.snapshot.files.get("you-said-we-did/crisis-line-at-night/easy-read/index.html");
    assert!(page.is_some_and(|b| String::from_utf8_lossy(b).contains("made them feel worse")));
    assert_same(&update.snapshot, &options);

    let added = edit(&mut session, &update.snapshot, &options, PROJECT, |t| t + "easy_read: We made a new pack.\n");
    assert!(added.snapshot.files.contains_key("you-said-we-did/home-treatment-information-pack/easy-read/index.html"));
    assert_same(&added.snapshot, &options);

    let site = edit(&mut session, &added.snapshot, &options, "site.yaml", |t| t + "languages: [en-GB, cy]\n");
    assert!(site.snapshot.diagnostics.iter().any(|d| d.code == "translation-missing"));
    let welsh = "content/pages/about.cy.md";
    fs::copy(options.site.join("content/pages/about.md"), options.site.join(welsh)).unwrap_or_else(|e| panic!("copy: {e}"));
    let update = session.update(&[PathBuf::from(welsh)], &site.snapshot);
    let translated = settle(&mut session, update);
    assert!(!translated.snapshot.diagnostics.iter().any(|d| d.code == "translation-missing" && d.file.ends_with("about.md")));
    let original = edit(&mut session, &translated.snapshot, &options, "content/pages/about.md", |t| t.replacen("order: 1", "order: 9", 1));
    assert!(
        original.snapshot.diagnostics.iter().any(|d| d.code == "translation-differs"),
        "an edit of a translated record checks its translations again"
    );
}

#[test]
fn a_bilingual_site_renders_every_language_on_each_save() {
    let (_dir, options) = example();
    let mut session = Session::new(options.clone());
    let first = session.update(&[], &Snapshot::default()).snapshot;
    let bilingual = edit(&mut session, &first, &options, "site.yaml", |t| t + "languages: [en-GB, cy]\n");
    assert!(bilingual.snapshot.files.contains_key("cy/stories/crisis-cafe/index.html"));
    let update = edit(&mut session, &bilingual.snapshot, &options, STORY, |t| t + "\nOne more line.\n");
    assert!(!update.partial, "a bilingual site takes the full path");
    assert!(update
        .snapshot
        .files
        .get("cy/stories/crisis-cafe/index.html")
        .is_some_and(|b| String::from_utf8_lossy(b).contains("One more")));
    assert_same(&update.snapshot, &options);
}

/// `serve` makes the search index apart: the update leaves the served bundle as it was
/// and hands over a job; its files, swapped in, give what a clean build holds.
#[test]
fn a_search_index_made_apart_completes_the_snapshot() {
    let (_dir, options) = example();
    let (mut session, first) = session_with_search_apart(&options);
    assert!(!first.snapshot.files.keys().any(|p| render::in_search_bundle(p)), "the first update leaves the index to the job");
    let with_index = |snapshot: &Snapshot, job: Option<SearchJob>| {
        let sink = MemorySink::new(&options.site);
        for file in job.and_then(|job| job.run(&|| false)).unwrap_or_default() {
            crate::render::Sink::put(&sink, file).unwrap_or_else(|e| panic!("{e}"));
        }
        let mut files = snapshot.files.clone();
        files.retain(|p, _| !render::in_search_bundle(p));
        files.extend(sink.into_files());
        Snapshot { files, diagnostics: snapshot.diagnostics.clone(), generation: snapshot.generation }
    };
    let served = with_index(&first.snapshot, session.take_search());
    assert_same(&served, &options);
    let update = edit(&mut session, &served, &options, STORY, |t| t.replacen("summary: ", "summary: Sooner. ", 1));
    let old_bundle = |p: &String| render::in_search_bundle(p).then(|| served.files.get(p));
    assert!(update
        .snapshot
        .files
        .keys()
        .filter(|p| render::in_search_bundle(p))
        .all(|p| old_bundle(p) == Some(update.snapshot.files.get(p))));
    assert_same(&with_index(&update.snapshot, session.take_search()), &options);
}

/// An editor that saves through a temporary file (write it, rename it over the record)
/// changes one record, not the site's structure: the temporary file, gone by the time the
/// burst is handled, is not a change; a record that is gone is.
#[test]
fn a_temporary_file_gone_by_the_update_is_no_change() {
    let (_dir, options) = example();
    let mut session = Session::new(options.clone());
    session.update(&[], &Snapshot::default());
    let temporary = PathBuf::from("content/stories/sedX1b2c3");
    fs::write(options.site.join(&temporary), "draft").unwrap_or_else(|e| panic!("write: {e}"));
    assert_eq!(session.relevant(std::slice::from_ref(&temporary)), std::slice::from_ref(&temporary), "a file that is there counts");
    fs::rename(options.site.join(&temporary), options.site.join(STORY)).unwrap_or_else(|e| panic!("rename: {e}"));
    let saved = [temporary, PathBuf::from(STORY)];
    assert_eq!(session.relevant(&saved), [PathBuf::from(STORY)]);
    fs::remove_file(options.site.join(OTHER_STORY)).unwrap_or_else(|e| panic!("remove: {e}"));
    assert_eq!(session.relevant(&[PathBuf::from(OTHER_STORY)]), [PathBuf::from(OTHER_STORY)], "a record removed counts");
    let folder = PathBuf::from("content/stories");
    fs::rename(options.site.join(&folder), options.site.join("stories-moved-away")).unwrap_or_else(|e| panic!("rename: {e}"));
    assert_eq!(session.relevant(std::slice::from_ref(&folder)), std::slice::from_ref(&folder), "a folder of records moved away counts");
}
