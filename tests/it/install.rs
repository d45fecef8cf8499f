//! The ways in for people who never open a terminal: `wedid --version` names where the binary
//! came from, `init` writes the double-click preview shortcuts, and `serve --open` starts the
//! default browser at the preview's address (seen here through a fake `$BROWSER`).

use crate::cli::{path, wedid};
use std::path::Path;

#[test]
fn version_says_where_the_binary_came_from() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = wedid(dir.path(), &["--version"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // cargo test builds from source; the release workflow and the wheel set WEDID_BUILT_AS.
    assert_eq!(run.stdout.trim(), format!("wedid {} (source build)", env!("CARGO_PKG_VERSION")));
}

#[test]
fn init_writes_preview_shortcuts_for_windows_and_mac() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = wedid(dir.path(), &["init", "my-site"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let site = dir.path().join("my-site");

    let cmd = std::fs::read_to_string(site.join("preview.cmd")).expect("preview.cmd");
    assert!(cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains('\n'), "preview.cmd has Windows line ends");
    let lines: Vec<&str> = cmd.lines().collect();
    assert_eq!(lines.first(), Some(&"@echo off"));
    // Into the shortcut's own folder (%~dp0, on any drive), preview, and keep any error on screen.
    let commands: Vec<&str> = lines.iter().copied().filter(|l| !l.starts_with("rem ")).collect();
    assert_eq!(commands, ["@echo off", "cd /d \"%~dp0\"", "wedid serve --open", "pause"]);

    let command = std::fs::read_to_string(site.join("preview.command")).expect("preview.command");
    let lines: Vec<&str> = command.lines().filter(|l| !l.starts_with("# ")).collect();
    assert_eq!(lines, ["#!/bin/sh", "cd \"$(dirname \"$0\")\" || exit 1", "exec wedid serve --open"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(site.join("preview.command")).expect("metadata").permissions().mode();
        assert_eq!(mode & 0o111, 0o111, "Finder runs preview.command only if it is executable: {mode:o}");
    }
}

/// The Mac shortcut, run as Finder would (from another folder), serves its own site.
#[cfg(unix)]
#[test]
fn the_mac_shortcut_previews_the_folder_it_is_in() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(wedid(dir.path(), &["init", "my-site"]).code, 0);
    let bin = tempfile::tempdir().expect("temp dir");
    // A stand-in `wedid` on the PATH that writes down where it ran and with what.
    let fake = "#!/bin/sh\nprintf '%s\\n' \"$PWD\" \"$*\" > \"$WEDID_RAN\"\n";
    write_executable(&bin.path().join("wedid"), fake);
    let ran = dir.path().join("ran.txt");
    let status = std::process::Command::new(dir.path().join("my-site/preview.command"))
        .current_dir(bin.path())
        .env("PATH", format!("{}:/usr/bin:/bin", path(bin.path())))
        .env("WEDID_RAN", &ran)
        .status()
        .expect("run preview.command");
    assert!(status.success());
    let site = dir.path().join("my-site").canonicalize().expect("site");
    assert_eq!(std::fs::read_to_string(&ran).expect("the fake ran"), format!("{}\nserve --open\n", path(&site)));
}

#[cfg(unix)]
fn write_executable(file: &Path, text: &str) {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::write(file, text).expect("write script");
    std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

/// `serve --open` runs `$BROWSER` with the preview's address (the published sub-path kept), once
/// the preview answers there. The fake browser writes its arguments down; no browser starts.
#[cfg(unix)]
#[test]
fn serve_open_starts_the_browser_at_the_preview_address() {
    use std::io::{Read as _, Write as _};
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(wedid(dir.path(), &["init", "site"]).code, 0);
    let yaml = dir.path().join("site/site.yaml");
    let text = std::fs::read_to_string(&yaml).expect("site.yaml");
    std::fs::write(&yaml, text.replace("https://involvement.example.nhs.uk/", "https://www.example.nhs.uk/involvement/")).expect("write");
    let opened = dir.path().join("opened.txt");
    let browser = dir.path().join("fake-browser");
    write_executable(&browser, &format!("#!/bin/sh\nprintf '%s\\n' \"$@\" > {}.part && mv {0}.part {0}\n", path(&opened)));
    let port = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port").local_addr().expect("address").port();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_wedid"))
        .args(["serve", "--open", "--site", "site", "--port", &port.to_string()])
        .current_dir(dir.path())
        .env("BROWSER", &browser)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start wedid serve");
    let started = Instant::now();
    while !opened.exists() && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let url = std::fs::read_to_string(&opened).unwrap_or_default();
    let mut page = String::new();
    if let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) {
        let _ = stream.write_all(b"GET /involvement/ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
        let _ = stream.read_to_string(&mut page);
    }
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(url, format!("http://127.0.0.1:{port}/involvement/\n"), "the one argument $BROWSER was given");
    assert!(page.lines().next().is_some_and(|status| status.ends_with(" 200 OK")), "the preview answers at that address: {page:.200}");
}
