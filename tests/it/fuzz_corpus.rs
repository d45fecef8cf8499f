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
