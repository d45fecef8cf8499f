//! wedid's integration tests: one test binary (as in mdBook's testsuite), one module per area.
//! Each test writes a small site into a temporary folder, builds it in process (or runs the
//! `wedid` binary), and asserts on diagnostics and output.

mod bilingual;
mod broken;
mod cli;
mod common;
mod docs;
mod easy_read;
mod embed;
mod example;
mod example_history;
mod feeds;
mod filters;
mod fuzz_corpus;
mod golden;
mod history;
mod images;
mod import;
mod install;
mod machine;
mod open_data;
mod output;
mod pages;
mod phones;
mod posters;
mod privacy;
mod rules;
mod safety;
mod schema;
mod search;
mod shell;
mod time;
mod translations;
mod wording;
mod words;
