//! Embeds the built-in theme (`themes/default/`) into the binary: every file under it becomes
//! an entry of `THEME_FILES`, so adding a template needs no code change and the binary runs
//! from anywhere, with no theme folder beside it.
//!
//! Paths are written relative to the package (`cargo:rerun-if-changed=themes/default/…` and
//! `concat!(env!("CARGO_MANIFEST_DIR"), …)`), never as this checkout's absolute paths: a
//! `target/` copied from another checkout would otherwise keep embedding that checkout's theme.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
    println!("cargo:rerun-if-changed=themes/default");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut code = String::from(
        "/// Files of the built-in theme: (path under themes/default/, contents).\npub static THEME_FILES: &[(&str, &[u8])] = &[\n",
    );
    for relative in &files {
        println!("cargo:rerun-if-changed=themes/default/{relative}");
        let under_package = format!("/themes/default/{relative}");
        let _ = writeln!(code, "    ({relative:?}, include_bytes!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {under_package:?}))),");
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("theme_files.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

/// Every file under `dir`, as its path under `root` with `/` separators.
fn collect(root: &Path, dir: &Path, files: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        let Ok(relative) = path.strip_prefix(root).map(|r| r.to_string_lossy().replace('\\', "/")) else { continue };
        if path.is_dir() {
            println!("cargo:rerun-if-changed=themes/default/{relative}");
            collect(root, &path, files);
        } else {
            files.push(relative);
        }
    }
}
