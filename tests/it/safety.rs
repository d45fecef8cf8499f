//! Nothing lost: the real `wedid` binary, killed with SIGKILL at random moments of a build,
//! leaves the output folder holding exactly the previous complete site or the new complete
//! site. And the output does not depend on how many threads built it.

use crate::common::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

/// A fixed "today" for the binary, so that two builds can be compared byte for byte.
const SOURCE_DATE_EPOCH: &str = "1795392000";

fn wedid(site: &Path, output: &Path, threads: Option<usize>) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wedid"));
    cmd.arg("build").arg("--site").arg(site).arg("--output").arg(output);
    cmd.env("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH).stdout(Stdio::null()).stderr(Stdio::null());
    if let Some(n) = threads {
        cmd.env("RAYON_NUM_THREADS", n.to_string());
    }
    cmd
}

fn build_to_end(site: &Path, output: &Path, threads: Option<usize>) -> Duration {
    let started = Instant::now();
    let out = wedid(site, output, threads).stderr(Stdio::piped()).output().expect("run wedid");
    assert!(out.status.success(), "wedid build failed:\n{}", String::from_utf8_lossy(&out.stderr));
    started.elapsed()
}

/// The example site plus `extra` generated projects, so a debug build takes long enough to
/// be killed at many different moments.
fn large_site(extra: usize) -> SiteTest {
    let mut site = SiteTest::empty().copy_from_repo("site.yaml").copy_from_repo("content");
    let services = ["Crisis and home treatment", "Memory assessment", "Talking therapies", "Inpatient wards"];
    for i in 0..extra {
        let started = format!("2024-{:02}-{:02}", i % 12 + 1, i % 28 + 1);
        site = site.file(&format!("content/projects/generated-{i:04}.yaml"), &project_for(services[i % services.len()], &started));
    }
    site
}

/// xorshift64: enough randomness for kill times, with the seed printed to replay a failure.
struct Rng(u64);

impl Rng {
    fn from_clock() -> Rng {
        let nanos = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(7);
        Rng(u64::from(nanos) | 1)
    }

    /// A number in [0, 1).
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Sends SIGKILL after `delay`; true if the build was still running then.
fn kill_after(mut child: Child, delay: Duration) -> bool {
    std::thread::sleep(delay);
    let running = child.try_wait().expect("poll the build").is_none();
    child.kill().expect("SIGKILL");
    child.wait().expect("reap the killed build");
    running
}

/// How many files of `got` differ from `want` (added, removed or changed).
fn differences(got: &BTreeMap<String, u64>, want: &BTreeMap<String, u64>) -> usize {
    let changed = got.iter().filter(|(path, hash)| want.get(*path) != Some(hash)).count();
    changed + want.keys().filter(|path| !got.contains_key(*path)).count()
}

#[cfg(unix)]
#[test]
fn a_build_killed_at_any_moment_leaves_the_old_or_the_new_site_whole() {
    const KILLS: usize = 8;
    let site = large_site(200);
    let out = site.root().join("output");
    let reference = tempfile::tempdir().expect("temp dir");

    let mut took = build_to_end(site.root(), &out, None);
    let a = hashes(&out);
    // Version B changes one project's start (moving it between year pages) and adds one.
    let (changed, added) = ("content/projects/generated-0000.yaml", "content/projects/added-in-b.yaml");
    let set_version = |b: bool| {
        site.write(changed, &project_for("Crisis and home treatment", if b { "2025-06-01" } else { "2024-01-01" }));
        match b {
            true => site.write(added, &project_for("Memory assessment", "2025-07-01")),
            false => {
                let _ = std::fs::remove_file(site.root().join(added));
            }
        }
    };
    // Writing version A back must give A again, or the comparisons below would mean nothing.
    set_version(false);
    took = took.max(build_to_end(site.root(), &out, None));
    assert_eq!(hashes(&out), a, "version A rebuilds the same");
    set_version(true);
    took = took.max(build_to_end(site.root(), &reference.path().join("b"), None));
    let b = hashes(&reference.path().join("b"));
    assert_ne!(a, b);

    let mut rng = Rng::from_clock();
    eprintln!("the slowest full build took {took:?}; kill times from seed {}", rng.0);
    let (mut holds_b, mut outcomes, mut mid_build) = (false, Vec::new(), 0);
    for i in 0..KILLS {
        // One kill in each slice of 0..1.5 × the build time: the whole build, its swap, and
        // (when the machine is quick) after it.
        let fraction = (i as f64 + rng.next()) / KILLS as f64 * 1.5;
        let delay = took.mul_f64(fraction);
        set_version(!holds_b);
        mid_build += usize::from(kill_after(wedid(site.root(), &out, None).spawn().expect("start wedid"), delay));
        let now = hashes(&out);
        let (from_a, from_b) = (differences(&now, &a), differences(&now, &b));
        assert!(
            from_a == 0 || from_b == 0,
            "killed after {delay:?} ({fraction:.2} of a build): the output is a mix ({from_a} files differ from A, {from_b} from B, {} files)",
            now.len()
        );
        holds_b = from_b == 0;
        outcomes.push(if holds_b { 'B' } else { 'A' });
    }
    // Each build went towards the version the folder did not hold: a letter that changes
    // means that kill came after the swap.
    eprintln!("outcomes: {} ({mid_build} of {KILLS} kills while the build ran)", outcomes.iter().collect::<String>());
    assert!(mid_build > 0, "no kill landed while a build was running: {outcomes:?}");

    // The next build clears what the killed ones left beside the output.
    build_to_end(site.root(), &out, None);
    let left = leftovers(&out);
    assert!(left.is_empty(), "staging folders left behind: {left:?}");
}

#[test]
fn one_thread_and_four_threads_build_the_same_bytes() {
    let site = SiteTest::empty().copy_from_repo("site.yaml").copy_from_repo("content");
    let out = tempfile::tempdir().expect("temp dir");
    let (one, four) = (out.path().join("one"), out.path().join("four"));
    build_to_end(site.root(), &one, Some(1));
    build_to_end(site.root(), &four, Some(4));
    let (one, four) = (tree(&one), tree(&four));
    assert!(one.len() > 50, "the example site: {} files", one.len());
    let differ: Vec<&String> = one.keys().filter(|path| one.get(*path) != four.get(*path)).collect();
    assert!(differ.is_empty() && one.len() == four.len(), "files that differ between 1 and 4 threads: {differ:?}");
}
