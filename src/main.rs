//! The `wedid` binary: parses the command line, runs it, and turns the outcome into an exit
//! code — 0 success, 1 content errors (or a failure of the environment), 2 usage errors
//! (clap's own). Holds no logic.

use std::process::ExitCode;
use wedid::cli::{self, Outcome};

/// The build allocates many small strings from two threads at once, which is where glibc's
/// allocator is slowest (see `bench/README.md`).
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// Where this binary came from, for `wedid --version` and so for support requests: the release
/// workflow sets `WEDID_BUILT_AS=release`, the wheel build (pyproject.toml) `wheel`. Read here
/// rather than in the library, so that setting it rebuilds only this small binary crate.
const BUILT_AS: &str = match option_env!("WEDID_BUILT_AS") {
    Some(origin) => origin,
    None => "source build",
};

fn main() -> ExitCode {
    let cli = cli::parse(BUILT_AS);
    match cli::run(cli) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::ContentErrors) => ExitCode::from(1),
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(1)
        }
    }
}
