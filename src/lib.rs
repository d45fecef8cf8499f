//! wedid: a static site generator for public "you said, we did" involvement reporting.
//!
//! The pipeline, in order (see ARCHITECTURE.md): `site` walks the folder, `content` parses
//! typed records with locations, `graph` resolves and checks them and computes the figures
//! once, `render` turns the graph into pages in memory, and `output` swaps them into place.

pub mod browser;
pub mod build;
pub mod cli;
pub mod content;
pub mod diagnostics;
pub mod graph;
pub mod history;
pub mod images;
pub mod import;
pub mod output;
pub mod progress;
pub mod qr;
pub mod render;
pub mod scaffold;
pub mod schema;
pub mod search;
pub mod site;
pub mod theme;
pub mod words;

pub use build::{build, BuildOptions, BuildReport};
pub mod serve;
