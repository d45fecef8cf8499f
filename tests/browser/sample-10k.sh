#!/usr/bin/env bash
# The browser test on a large generated site, by sample (see tests/browser/README.md):
#
#   tests/browser/sample-10k.sh                       10,000 projects + 10,000 stories, 5 pages of each kind
#   tests/browser/sample-10k.sh --size 1000 --sample 3
#   WEDID=path/to/wedid tests/browser/sample-10k.sh     with that binary instead of this source's release build
#
# Generates the benchmark corpus (bench/gen_corpus.py) under /dev/shm (or $SAMPLE_DIR), kept
# while the generator and the size stay the same; builds it with release wedid under the
# sub-path /involvement/; and runs tests/browser/check.mjs on up to N pages of each kind.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
size=10000
sample=5
while [ $# -gt 0 ]; do
    case $1 in
        --size) size=$2; shift 2 ;;
        --sample) sample=$2; shift 2 ;;
        -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
done
work=${SAMPLE_DIR:-/dev/shm/wedid-sample}
site=$work/site-$size
out=$work/out-$size

stamp="$(sha256sum "$root/bench/gen_corpus.py" | cut -d' ' -f1) $size"
if [ "$(cat "$site/.stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "Generating $size projects + $size stories in $site ..." >&2
    rm -rf "$site"
    python3 "$root/bench/gen_corpus.py" "$site" --projects "$size" --stories "$size"
    echo "$stamp" >"$site/.stamp"
fi

# $WEDID checks a site built by another binary; by default, this source's release build.
wedid=${WEDID:-}
if [ -z "$wedid" ]; then
    (cd "$root" && cargo build --release --quiet --bin wedid)
    wedid=$root/target/release/wedid
fi
[ -d "$root/tests/browser/node_modules" ] || (cd "$root/tests/browser" && npm ci --ignore-scripts)
# The corpus's fixed "today" (as bench/run.sh sets it), so the build reports no warnings.
SOURCE_DATE_EPOCH=1751241600 "$wedid" build --site "$site" --output "$out" \
    --base-url http://127.0.0.1/involvement/
node "$root/tests/browser/check.mjs" "$out" --base-path /involvement/ --sample "$sample"
