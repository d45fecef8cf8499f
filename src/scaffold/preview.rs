//! The double-click shortcuts `init` puts in a new site folder: `preview.cmd` for Windows and
//! `preview.command` for a Mac. Each moves into the folder it sits in and runs
//! `wedid serve --open`, so an editor who never opens a terminal can still preview.

use anyhow::{Context as _, Result};
use std::path::Path;

const WINDOWS: &str = include_str!("preview.cmd");
const MAC: &str = include_str!("preview.command");

/// Writes both shortcuts into the site folder `dir`.
pub fn write(dir: &Path) -> Result<()> {
    // cmd.exe misreads some batch files with bare LF line ends; Windows files get CRLF.
    let windows = WINDOWS.replace('\n', "\r\n");
    let cmd = dir.join("preview.cmd");
    std::fs::write(&cmd, windows).with_context(|| format!("writing {}", cmd.display()))?;
    let command = dir.join("preview.command");
    std::fs::write(&command, MAC).with_context(|| format!("writing {}", command.display()))?;
    make_executable(&command)
}

/// Finder runs a `.command` file on double-click only if it is executable.
#[cfg(unix)]
fn make_executable(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).with_context(|| format!("making {} executable", path.display()))
}

/// Windows has no executable bit; a Mac that gets the folder copied from Windows needs
/// `chmod +x preview.command` (the guide says so).
#[cfg(not(unix))]
fn make_executable(_path: &Path) -> Result<()> {
    Ok(())
}
