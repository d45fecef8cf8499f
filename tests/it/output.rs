//! The output folder: swapped in whole only after a build with no errors, never a folder
//! wedid did not make, and the same input always gives the same bytes.

use crate::common::*;

#[test]
fn a_failed_build_leaves_the_previous_output_byte_identical() {
    let site = SiteTest::new();
    let first = site.build();
    first.assert_clean();
    let before = hashes(&first.out);
    assert!(before.len() > 30, "a whole site: {} files", before.len());
    site.write("content/projects/crisis-line.yaml", &dedent(PROJECT).replace("co-production", "co-prodution"));
    site.write("content/stories/new-story.md", "---\ntitle: A new story\ndate: 2026-11-20\nsummary: B\n---\nText.\n");
    let failed = site.build();
    assert!(failed.errors().len() == 1 && !failed.written, "{}", failed.dump());
    assert_eq!(hashes(&failed.out), before, "every file is as it was");
    assert!(leftovers(&site.root().join("output")).is_empty(), "no staging folder is left: {:?}", leftovers(&site.root().join("output")));
}

#[test]
fn a_failed_render_leaves_the_previous_output_too() {
    // Markdown errors are found while rendering, after staging has started.
    let site = SiteTest::new();
    let before = hashes(&site.build().out);
    site.write("content/stories/crisis-cafe.md", &(dedent(STORY) + "\n[the form](javascript:alert(1))\n"));
    let failed = site.build();
    assert!(failed.has("bad-link") && !failed.written, "{}", failed.dump());
    assert_eq!(hashes(&failed.out), before);
    assert!(leftovers(&site.root().join("output")).is_empty(), "{:?}", leftovers(&site.root().join("output")));
}

#[test]
fn a_failed_first_build_writes_nothing() {
    let site =
        SiteTest::new().file("content/projects/crisis-line.yaml", &dedent(PROJECT).replace("status: in-progress", "status: finished"));
    let b = site.build();
    assert!(!b.written);
    assert!(!b.out.exists());
    assert!(leftovers(&site.root().join("output")).is_empty());
}

#[test]
fn pages_of_deleted_content_disappear() {
    let site = SiteTest::new().file("content/media/old.svg", SVG).file("content/pages/about.md", "---\ntitle: About\n---\nText.\n");
    let first = site.build();
    for path in ["stories/crisis-cafe/index.html", "about/index.html", "media/old.svg"] {
        assert!(first.exists(path), "{path}");
    }
    site.delete("content/stories/crisis-cafe.md");
    site.delete("content/pages/about.md");
    site.delete("content/media/old.svg");
    let second = site.build();
    second.assert_clean();
    for path in ["stories/crisis-cafe/index.html", "about/index.html", "media/old.svg"] {
        assert!(!second.exists(path), "{path} is gone");
    }
    assert!(!second.read("sitemap.xml").contains("crisis-cafe"));
    assert!(!second.read("stories/index.html").contains("The crisis café"));
}

#[test]
fn media_files_are_copied_as_they_are() {
    let photo = jpeg(64, 48);
    let b =
        SiteTest::new().bytes("content/media/photos/ward.jpg", &photo).bytes("content/media/leaflet.pdf", b"%PDF-1.4\n%\xE2\xE3\n").build();
    b.assert_clean();
    assert_eq!(std::fs::read(b.out.join("media/cafe.svg")).expect("svg"), SVG.as_bytes());
    assert_eq!(std::fs::read(b.out.join("media/photos/ward.jpg")).expect("jpg"), photo);
    assert_eq!(std::fs::read(b.out.join("media/leaflet.pdf")).expect("pdf"), b"%PDF-1.4\n%\xE2\xE3\n");
}

#[test]
fn two_builds_of_the_same_input_are_byte_identical() {
    let site = SiteTest::new();
    let first = tree(&site.build().out);
    let second = tree(&site.build().out);
    assert_eq!(first.keys().collect::<Vec<_>>(), second.keys().collect::<Vec<_>>());
    for (path, bytes) in &first {
        assert!(bytes == &second[path], "{path} differs between builds");
    }
}

#[test]
fn the_same_content_in_another_folder_on_another_day_gives_the_same_site() {
    // The build date and the site's location never appear in the output.
    let a = SiteTest::new().build();
    let b = SiteTest::new().today("2026-12-25").build();
    let (a, b) = (tree(&a.out), tree(&b.out));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(bytes == &b[path], "{path} differs");
    }
}

#[test]
fn a_rebuild_replaces_an_output_folder_made_by_wedid() {
    let site = SiteTest::new();
    let first = site.build();
    assert!(first.exists(".wedid-output"), "the output carries the marker");
    std::fs::write(first.out.join("stray.html"), "left by hand").expect("write");
    let second = site.build();
    assert!(second.written);
    assert!(!second.exists("stray.html"), "the folder is replaced whole");
}

#[test]
fn output_outside_the_site_folder() {
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let out = elsewhere.path().join("public");
    let b = SiteTest::new().output(&out).build();
    assert!(b.written && out.join("index.html").is_file());
    let empty = elsewhere.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    assert!(SiteTest::new().output(&empty).build().written, "an empty folder may be used");
}

#[test]
fn refuses_the_site_folder_itself() {
    let site = SiteTest::new();
    let root = site.root().to_path_buf();
    let site = site.output(&root);
    let err = site.try_build().err().expect("refused");
    assert!(err.to_string().contains("refusing"), "{err}");
    assert!(root.join("site.yaml").is_file() && root.join("content/projects/crisis-line.yaml").is_file());
}

#[test]
fn refuses_content_and_themes() {
    for folder in ["content", "content/media", "themes/default"] {
        let site = SiteTest::new().file("themes/default/templates/.keep", "");
        let target = site.root().join(folder);
        let err = site.output(&target).try_build().err().unwrap_or_else(|| panic!("{folder} is refused"));
        assert!(err.to_string().contains("refusing"), "{err}");
    }
    let site = SiteTest::new();
    let root = site.root().to_path_buf();
    let site = site.output(root.join("content"));
    assert!(site.try_build().is_err());
    assert!(root.join("content/media/cafe.svg").is_file(), "content is untouched");
}

#[test]
fn refuses_a_parent_of_the_site() {
    let outer = tempfile::tempdir().expect("temp dir");
    let root = outer.path().join("site");
    let site = SiteTest::new();
    for (path, bytes) in tree(site.root()) {
        let target = root.join(path);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::write(target, bytes).expect("copy");
    }
    let mut options = wedid::build::BuildOptions::new(&root);
    options.today = wedid::content::Date::parse(TODAY).expect("date");
    for output in [outer.path().to_path_buf(), root.join("..")] {
        options.output = Some(output.clone());
        let err = wedid::build::build(&options).err().unwrap_or_else(|| panic!("{} is refused", output.display()));
        assert!(err.to_string().contains("refusing"), "{err}");
    }
    assert!(root.join("site.yaml").is_file());
}

#[test]
fn refuses_a_non_empty_folder_without_the_marker() {
    let elsewhere = tempfile::tempdir().expect("temp dir");
    std::fs::write(elsewhere.path().join("notes.txt"), "precious").expect("write");
    let err = SiteTest::new().output(elsewhere.path()).try_build().err().expect("refused");
    assert!(err.to_string().contains("not made by wedid"), "{err}");
    assert_eq!(std::fs::read_to_string(elsewhere.path().join("notes.txt")).expect("kept"), "precious");
    assert_eq!(std::fs::read_dir(elsewhere.path()).expect("read").count(), 1, "nothing was added");
    std::fs::write(elsewhere.path().join(".wedid-output"), "").expect("marker");
    assert!(SiteTest::new().output(elsewhere.path()).build().written, "with the marker it is wedid's to replace");
    assert!(!elsewhere.path().join("notes.txt").exists());
}

#[test]
fn refuses_a_file() {
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let file = elsewhere.path().join("out");
    std::fs::write(&file, "x").expect("write");
    let err = SiteTest::new().output(&file).try_build().err().expect("refused");
    assert!(err.to_string().contains("refusing"), "{err}");
}
