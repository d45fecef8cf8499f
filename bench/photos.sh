#!/usr/bin/env bash
# How long the image pipeline takes for phone photos (see bench/README.md, "Phone photos"):
#
#   bench/photos.sh                 200 photos
#   bench/photos.sh --count 50      any number
#   WEDID=path/to/wedid bench/photos.sh    time that binary instead of this source's release build
#
# Makes N 12-megapixel JPEGs of 3-5 MB (bench/gen_photos.py, with Pillow and NumPy in a venv
# under target/bench/), copies the example site under /dev/shm (or $PHOTOS_DIR), adds one
# story per photo showing it, and times two release builds with /usr/bin/time -v: the first
# with an empty image cache (every photo decoded and resized), the second with the cache the
# first one left. Prints wall, CPU (user + system) and peak memory of each, with the load
# average, since other work on the machine slows the wall time.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
count=200
while [ $# -gt 0 ]; do
    case $1 in
        --count) count=$2; shift 2 ;;
        -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
done
work=${PHOTOS_DIR:-/dev/shm/wedid-photos}
venv=$root/target/bench/photos-venv

if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import PIL, numpy' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q pillow numpy
fi
[ -x /usr/bin/time ] || apt-get install -y -q time >/dev/null

# The photos are made once and kept while the generator and the count stay the same.
photos=$work/photos-$count
stamp="$(sha256sum "$root/bench/gen_photos.py" | cut -d' ' -f1) $count"
if [ "$(cat "$photos/.stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "Making $count photos in $photos (about a second each) ..." >&2
    rm -rf "$photos"
    "$venv/bin/python" "$root/bench/gen_photos.py" "$photos" --count "$count"
    echo "$stamp" >"$photos/.stamp"
fi

# $WEDID times another binary (an older build, to compare); by default, this source's release build.
wedid=${WEDID:-}
if [ -z "$wedid" ]; then
    (cd "$root" && cargo build --release --quiet --bin wedid)
    wedid=$root/target/release/wedid
fi

site=$work/site
rm -rf "$site" "$work/out"
mkdir -p "$site/content/media/phone"
cp -r "$root/site.yaml" "$root/content" "$root/themes" "$site/"
cp "$photos"/*.jpg "$site/content/media/phone/"
for photo in "$photos"/*.jpg; do
    name=$(basename "$photo" .jpg)
    cat >"$site/content/stories/$name.md" <<EOF
---
title: A day on the ward, $name
date: 2025-01-15
summary: A photo taken on a phone during a visit, to time the pictures' resizing.
image:
  src: media/phone/$name.jpg
  alt: "The ward's garden seen from the day room, with benches under a tree."
---
What we saw on the day.
EOF
done

# measure LABEL: one build under time -v, its figures on one line.
measure() {
    local label=$1 load log
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    log=$(mktemp)
    rm -rf "$work/out"
    /usr/bin/time -v "$wedid" build --site "$site" --output "$work/out" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
    awk -v label="$label" -v load="$load" -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3 ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2]) }
        /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 / 1024 }
        END { printf "| %s | %.1f s | %.1f s (%.1f + %.1f) | %.0f MiB | %s |\n", label, wall, user + sys, user, sys, rss, load }' "$log"
    rm -f "$log"
}

echo "$count photos of $(du -sh "$photos" | cut -f1), $(nproc) cores, $("$wedid" --version)"
echo
echo "| build | wall | CPU (user + system) | peak memory | load average before |"
echo "|---|---:|---:|---:|---|"
rm -rf "$site/.wedid-cache"
measure "first (empty cache)"
measure "second (cached)"
