#!/usr/bin/env bash
# A short run of every fuzz target (CI's smoke test; the long runs are reported in the notes).
# Needs the nightly toolchain; installs cargo-fuzz if it is missing. Seconds per target:
# FUZZ_SECONDS (default 30). New corpus entries stay untracked (see .gitignore); a crash
# leaves its input in fuzz/artifacts/<target>/, to be kept in fuzz/regressions/<target>/.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${FUZZ_SECONDS:-30}"

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz smoke: skipped, no nightly toolchain (rustup toolchain install nightly)"
  exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

for target in $(cargo +nightly fuzz list); do
  echo "==> fuzz $target for ${seconds}s"
  # -O: optimised with debug assertions; the seeds in corpus/$target are read first.
  cargo +nightly fuzz run -O "$target" "corpus/$target" -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048
done
