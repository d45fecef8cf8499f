//! Opens an address in the default web browser, for `wedid serve --open`: an editor who starts
//! the preview by double-clicking `preview.cmd` or `preview.command` never has to copy the
//! address out of a terminal. The one place that knows the `webbrowser` crate.
//!
//! On Linux and other Unix systems `$BROWSER` comes first (a command, or several separated by
//! `:`; the address is added as the last argument, or replaces `%s`), then the desktop's own
//! opener. That is also how the tests see the command wedid runs, with a fake browser that
//! writes down its arguments, without starting a real one.

use anyhow::Context as _;

/// Asks the system to show `url` (an `http://` or `https://` address) in a browser; returns
/// once the browser has been started, not when it has loaded the page.
pub fn open(url: &str) -> anyhow::Result<()> {
    webbrowser::open(url).with_context(|| format!("could not open a web browser at {url}"))
}
