//! The `wedid` binary: parses the command line, runs it, and turns the outcome into an exit
//! code — 0 success, 1 content errors (or a failure of the environment), 2 usage errors
//! (clap's own). Holds no logic.

use clap::Parser;
use std::process::ExitCode;
use wedid::cli::{self, Cli, Outcome};

/// The build allocates many small strings from two threads at once, which is where glibc's
/// allocator is slowest (see `bench/README.md`).
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli::run(cli) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::ContentErrors) => ExitCode::from(1),
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(1)
        }
    }
}
