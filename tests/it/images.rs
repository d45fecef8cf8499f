//! Responsive images: resized copies beside the source, cached between builds by content,
//! and formats browsers cannot show refused with a way to fix them.

use crate::common::*;

fn size_of(b: &Built, path: &str) -> (u32, u32) {
    let bytes = std::fs::read(b.out.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    let img = image::load_from_memory(&bytes).unwrap_or_else(|e| panic!("{path} is an image: {e}"));
    (img.width(), img.height())
}

#[test]
fn a_photo_is_published_at_each_width_up_to_its_own() {
    let b = SiteTest::new().bytes("content/media/photos/garden.jpg", &jpeg(1200, 800)).build();
    b.assert_clean();
    assert!(b.exists("media/photos/garden.jpg"), "the original stays");
    assert_eq!(size_of(&b, "media/photos/garden-320w.jpg"), (320, 213));
    assert_eq!(size_of(&b, "media/photos/garden-640w.jpg"), (640, 427));
    assert_eq!(size_of(&b, "media/photos/garden-960w.jpg"), (960, 640));
    assert_eq!(size_of(&b, "media/photos/garden-1200w.jpg"), (1200, 800));
    assert!(!b.exists("media/photos/garden-1600w.jpg"), "never enlarged");
    assert!(!b.exists("media/cafe-320w.svg"), "SVG is published as it is");
}

#[test]
fn a_rebuild_reuses_the_resized_copies_and_an_edited_photo_is_redone() {
    let site = SiteTest::new().bytes("content/media/garden.jpg", &jpeg(700, 700));
    site.build().assert_clean();
    let cache = site.root().join(".wedid-cache/images");
    let files = || {
        let mut names: Vec<_> = std::fs::read_dir(&cache).expect("the cache").map(|e| e.expect("entry").file_name()).collect();
        names.sort();
        names
    };
    let first = files();
    assert_eq!(first.len(), 4, "a manifest and three widths: {first:?}");
    let stamp = |name: &std::ffi::OsStr| std::fs::metadata(cache.join(name)).and_then(|m| m.modified()).expect("mtime");
    let stamps: Vec<_> = first.iter().map(|n| stamp(n)).collect();
    let b = site.build();
    b.assert_clean();
    assert_eq!(first.iter().map(|n| stamp(n)).collect::<Vec<_>>(), stamps, "nothing was redone");
    assert_eq!(size_of(&b, "media/garden-640w.jpg"), (640, 640));
    let b = site.file("content/media/garden.jpg", "").bytes("content/media/garden.jpg", &jpeg(500, 250)).build();
    b.assert_clean();
    assert_eq!(size_of(&b, "media/garden-500w.jpg"), (500, 250));
    assert!(!b.exists("media/garden-640w.jpg"));
    assert_eq!(files().len(), 3, "only the new manifest and two widths are kept: {:?}", files());
    assert!(!b.out.join(".wedid-cache").exists() && !b.exists("images"), "the cache is not published");
}

#[test]
fn a_heic_photo_is_refused_with_how_to_save_it_as_jpeg() {
    let b = SiteTest::new().bytes("content/media/ward.heic", b"\0\0\0\x18ftypheic\0\0\0\0mif1heic").build();
    let d = assert_diag(&b, "content/media/ward.heic", 1, "image-format", "HEIC (the iPhone's photo format)");
    assert!(d.hint.as_deref().unwrap_or_default().contains("save or export it as JPEG"), "{d:?}");
    assert!(!b.report.written);
}

#[test]
fn a_heic_photo_named_jpg_is_refused_too() {
    let b = SiteTest::new().bytes("content/media/ward.jpg", b"\0\0\0\x18ftypheic\0\0\0\0mif1heic").build();
    assert_diag(&b, "content/media/ward.jpg", 1, "image-format", "really in HEIC format");
}

#[test]
fn a_damaged_photo_is_refused() {
    let b = SiteTest::new().bytes("content/media/ward.jpg", b"\xff\xd8\xff\xe0 not really a JPEG").build();
    assert_diag(&b, "content/media/ward.jpg", 1, "image-format", "could not be read as JPG");
}

const PEOPLE: &str = "image: { src: media/cafe.svg, alt: \"Two people at a café table\", shows_people: true }";

#[test]
fn a_picture_of_people_needs_their_consent() {
    let story = dedent(STORY).replace("image: { src: media/cafe.svg, alt: \"A café at night with two mugs on a table\" }", PEOPLE);
    let b = SiteTest::new().file("content/stories/crisis-cafe.md", &story).build();
    assert_diag(
        &b,
        "content/stories/crisis-cafe.md",
        11,
        "no-consent",
        "this image shows people but is not marked as having their consent",
    );
    let consented = story.replace("shows_people: true }", "shows_people: true, consent: true }");
    SiteTest::new().file("content/stories/crisis-cafe.md", &consented).build().assert_clean();
}

#[test]
fn the_schema_asks_for_consent_on_a_picture_of_people() {
    let schema = wedid::schema::FileKind::Story.schema().to_value();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let story = |image: &str| serde_json::json!({"title": "T", "date": "2026-01-01", "summary": "S", "image": serde_yaml::from_str::<serde_json::Value>(image).expect("YAML")});
    assert!(!validator.is_valid(&story("{ src: media/a.jpg, alt: People, shows_people: true }")));
    assert!(validator.is_valid(&story("{ src: media/a.jpg, alt: People, shows_people: true, consent: true }")));
    assert!(validator.is_valid(&story("{ src: media/a.jpg, alt: A garden }")));
}

#[test]
fn a_story_offers_each_width_states_its_size_and_is_what_shared_links_show() {
    let story = dedent(STORY).replace("src: media/cafe.svg", "src: media/cafe.jpg");
    let b = SiteTest::new().file("content/stories/crisis-cafe.md", &story).bytes("content/media/cafe.jpg", &jpeg(2000, 1500)).build();
    b.assert_clean();
    let page = b.read("stories/crisis-cafe/index.html");
    let srcset = "/media/cafe-320w.jpg 320w, /media/cafe-640w.jpg 640w, /media/cafe-960w.jpg 960w, /media/cafe-1600w.jpg 1600w";
    assert!(page.contains(&format!("srcset=\"{srcset}\"")), "{page}");
    assert!(page.contains("width=\"2000\" height=\"1500\""), "{page}");
    assert!(page.contains("<meta property=\"og:image\" content=\"https://involvement.example.nhs.uk/media/cafe-1600w.jpg\">"));
    let card = b.read("stories/index.html");
    assert!(card.contains("loading=\"lazy\"") && card.contains(&format!("srcset=\"{srcset}\"")), "cards load when scrolled to");
    assert_eq!(size_of(&b, "media/cafe-1600w.jpg"), (1600, 1200));
}
