//! Shell completions and the manual page: generated from the same clap definitions as
//! `--help`, so they list every command, including ones added later.

use crate::cli::{path, wedid};

const COMMANDS: [&str; 5] = ["build", "check", "schema", "completions", "man"];

#[test]
fn completions_cover_every_command_in_every_shell() {
    let dir = tempfile::tempdir().expect("temp dir");
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = wedid(dir.path(), &["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        for command in COMMANDS {
            assert!(run.stdout.contains(command), "{shell} completion lacks {command}");
        }
    }
    assert_eq!(wedid(dir.path(), &["completions", "cmd-exe"]).code, 2, "an unknown shell is a usage error");
}

#[test]
fn man_prints_roff_or_writes_a_page_per_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = wedid(dir.path(), &["man"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains(".TH wedid 1"), "{}", &run.stdout[..run.stdout.len().min(300)]);
    for command in COMMANDS {
        assert!(run.stdout.contains(&format!("wedid\\-{command}")), "man page lacks {command}");
    }
    let out = dir.path().join("man");
    let run = wedid(dir.path(), &["man", "--out", path(&out)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for command in COMMANDS {
        let page = std::fs::read_to_string(out.join(format!("wedid-{command}.1"))).expect("a page per command");
        assert!(page.starts_with(".ie") && page.contains(".TH wedid-"), "{command}: {page}");
    }
}
