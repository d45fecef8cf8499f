//! Every fuzz seed (`fuzz/corpus/<target>/seed-*`) and every crash reproducer
//! (`fuzz/regressions/<target>/*`) run through the fuzz targets' own code, so `cargo test`
//! keeps them passing without a nightly toolchain.

#[path = "../../fuzz/checks.rs"]
mod checks;

use std::path::Path;

#[test]
fn every_fuzz_seed_and_reproducer_passes() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut ran = 0;
    for target in checks::TARGETS {
        let seeds = std::fs::read_dir(fuzz.join("corpus").join(target)).expect("a seed corpus for every target");
        let seeds = seeds.flatten().filter(|e| e.file_name().to_string_lossy().starts_with("seed-"));
        let reproducers = std::fs::read_dir(fuzz.join("regressions").join(target)).into_iter().flatten().flatten();
        for entry in seeds.chain(reproducers).filter(|e| e.file_name() != ".gitkeep") {
            let bytes = std::fs::read(entry.path()).expect("read a fuzz input");
            let outcome = std::panic::catch_unwind(|| checks::run(target, &bytes));
            assert!(outcome.is_ok(), "{target} fails on {}", entry.path().display());
            ran += 1;
        }
    }
    assert!(ran >= 100, "only {ran} fuzz inputs: the corpus is missing");
}

/// A property of the whole pipeline up to the graph: every one-line change to a valid site
/// (a line deleted, doubled, indented, outdented, emptied, turned into a list, followed by
/// an unknown field) builds, or gives errors located in its files; never a panic. Run on
/// the `graph` target's own code, over the site of its `seed-base`.
#[test]
fn every_one_line_change_to_a_valid_site_builds_or_gives_located_errors() {
    let seed = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/graph/seed-base")).expect("the base seed");
    let parts: Vec<&[u8]> = seed.split(|&b| b == 0).collect();
    let mut ran = 0;
    for (i, part) in parts.iter().enumerate() {
        let text = String::from_utf8_lossy(part);
        let lines: Vec<&str> = text.lines().collect();
        for at in 0..lines.len() {
            let line = lines[at];
            let key = line.split_once(':').map_or(line, |(k, _)| k);
            let changes = [
                String::new(),
                format!("{line}\n{line}"),
                format!("  {line}"),
                line.trim_start().to_string(),
                format!("{key}:"),
                format!("{key}: [x, {{y: 1}}]"),
                format!("{line}\nunknown_field: 1"),
                format!("{key}: \"unclosed"),
            ];
            for change in changes {
                let mut changed = lines.clone();
                changed[at] = &change;
                let mut parts = parts.iter().map(|p| p.to_vec()).collect::<Vec<_>>();
                parts[i] = (changed.join("\n") + "\n").into_bytes();
                let bytes = parts.join(&0u8);
                let outcome = std::panic::catch_unwind(|| checks::run("graph", &bytes));
                assert!(outcome.is_ok(), "file {i}, line {}: {change:?}", at + 1);
                ran += 1;
            }
        }
    }
    assert!(ran >= 300, "only {ran} changes");
}
