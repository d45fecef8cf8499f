//! The `graph` fuzz target: see `checks.rs` for what it runs and asserts.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| checks::run("graph", bytes));
