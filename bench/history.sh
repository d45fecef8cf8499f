#!/usr/bin/env bash
# What reading the site's git history costs a build (see bench/README.md, "History"):
#
#   bench/history.sh                          10,000 projects + 10,000 stories, 2,000 commits
#   bench/history.sh --projects 1000 --stories 1000 --commits 200 --runs 5
#
# Generates the corpus once as a git repository (bench/gen_corpus.py --git), then times
# `wedid build` on it with hyperfine three times: with its history as a rebuild reads it (the
# cache of the build before, .wedid-cache/history.json, in place), with its history and no
# cache (a fresh clone), and with its .git folder moved aside (the build finds no history). Each run writes into a fresh output folder
# outside the site. Prints both means and the cost of history as a share of the build without.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bench=$root/target/bench
projects=10000 stories=10000 commits=2000 runs=5

while [ $# -gt 0 ]; do
    case $1 in
        --projects) projects=$2; shift 2 ;;
        --stories) stories=$2; shift 2 ;;
        --commits) commits=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
done

command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
site=$bench/corpus/history-$projects-$stories-$commits
stamp="$(sha256sum "$root/bench/gen_corpus.py" | cut -d' ' -f1)"
if [ "$(cat "$site.stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "Generating $(basename "$site") ..." >&2
    rm -rf "$site"
    python3 "$root/bench/gen_corpus.py" "$site" --projects "$projects" --stories "$stories" --git "$commits"
    echo "$stamp" >"$site.stamp"
fi
(cd "$root" && cargo build --release --quiet --bin wedid)
wedid=$root/target/release/wedid
# gen_corpus.py's TODAY, so the builds report no warnings.
export SOURCE_DATE_EPOCH=1751241600
out=$bench/out/history
mkdir -p "$bench/results"
# Old outputs are moved aside, never deleted between runs: deleting 40,000 files makes this
# machine's file system slow to create new ones for a minute (bench/README.md), which would be
# timed as the build's. The trash is emptied at the end.
trash=$bench/trash
mkdir -p "$trash"
prepare="if [ -e $(printf '%q' "$out") ]; then mv $(printf '%q' "$out") $(printf '%q' "$trash")/\$(date +%s%N); fi"
build="$(printf '%q' "$wedid") build --site $(printf '%q' "$site") --output $(printf '%q' "$out")"

restore() {
    if [ -d "$site/.git-aside" ]; then mv "$site/.git-aside" "$site/.git"; fi
    rm -rf "$trash"
}
trap restore EXIT
# With history, as most builds are: the history read by the build before is in the cache.
hyperfine --style basic --warmup 1 --runs "$runs" --prepare "$prepare" --export-json "$bench/results/history-with.json" "$build" >&2
# With history and no cache: the first build of a clone (CI), reading all the commits.
cold="$prepare; rm -f $(printf '%q' "$site/.wedid-cache/history.json")"
hyperfine --style basic --runs "$runs" --prepare "$cold" --export-json "$bench/results/history-cold.json" "$build" >&2
mv "$site/.git" "$site/.git-aside"
hyperfine --style basic --warmup 1 --runs "$runs" --prepare "$prepare" --export-json "$bench/results/history-without.json" "$build" >&2
restore

python3 - "$bench/results/history-with.json" "$bench/results/history-cold.json" "$bench/results/history-without.json" <<'EOF'
import json, sys
with_, cold, without = (json.load(open(p))["results"][0] for p in sys.argv[1:4])
cpu = lambda r: r["user"] + r["system"]
for label, r in (("with history (cached):", with_), ("with history (cold):  ", cold), ("without history:      ", without)):
    print(f"{label} wall {r['mean']:.3f} s ± {r['stddev']:.3f}, CPU (user + system) {cpu(r):.3f} s")
for label, r in (("cached", with_), ("cold", cold)):
    print(f"history costs ({label}) {(r['mean'] / without['mean'] - 1) * 100:+.1f}% wall, "
          f"{(cpu(r) / cpu(without) - 1) * 100:+.1f}% CPU (goal: at most +15%)")
print(f"load average now: {' '.join(open('/proc/loadavg').read().split()[:3])}")
EOF
