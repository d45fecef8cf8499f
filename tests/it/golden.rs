//! The example site's output, file by file, against `tests/fixtures/example-pages.sha256`:
//! a change to the render path that was not meant to change a page fails here, naming the
//! page. The manifest was made from the output before the move to tera 2, so this also shows
//! that the move changed nothing but tera 1's extra escapes of `/` and `'` (undone before
//! hashing). After an intended change: `WEDID_BLESS=1 cargo test --test it golden`.

use crate::common::*;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

const MANIFEST: &str = "tests/fixtures/example-pages.sha256";

/// The file as compared: HTML escapes that differ between template engines undone.
fn normalised(path: &str, bytes: &[u8]) -> Vec<u8> {
    let text_like = [".html", ".xml", ".json", ".csv", ".txt"].iter().any(|e| path.ends_with(e));
    match std::str::from_utf8(bytes) {
        Ok(text) if text_like => text.replace("&#x2F;", "/").replace("&#x27;", "'").replace("&#39;", "'").into_bytes(),
        _ => bytes.to_vec(),
    }
}

fn hashes(out: &Path) -> BTreeMap<String, String> {
    tree(out)
        .into_iter()
        .filter(|(path, _)| !path.starts_with(".wedid"))
        .map(|(path, bytes)| {
            let digest = Sha256::digest(normalised(&path, &bytes));
            let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
            (path, hex)
        })
        .collect()
}

#[test]
fn golden_the_example_pages_are_unchanged_unless_meant() {
    let b = SiteTest::empty().copy_from_repo("site.yaml").copy_from_repo("content").build();
    b.assert_ok();
    let now = hashes(&b.out);
    let manifest_path = Path::new(env!("CARGO_MANIFEST_DIR")).join(MANIFEST);
    let manifest = std::fs::read_to_string(&manifest_path).expect("read the manifest");
    if std::env::var_os("WEDID_BLESS").is_some() {
        let header: String = manifest.lines().take_while(|l| l.starts_with('#')).map(|l| format!("{l}\n")).collect();
        let body: String = now.iter().map(|(path, hash)| format!("{hash}  {path}\n")).collect();
        std::fs::write(&manifest_path, header + &body).expect("write the manifest");
        return;
    }
    let expected: BTreeMap<String, String> = manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once("  ").map(|(hash, path)| (path.to_string(), hash.to_string())))
        .collect();
    let changed: Vec<&String> = now.keys().chain(expected.keys()).filter(|p| now.get(*p) != expected.get(*p)).collect();
    assert!(
        changed.is_empty(),
        "these files of the example differ from {MANIFEST}: {changed:?}; if the change is meant, run WEDID_BLESS=1 cargo test --test it golden"
    );
}
