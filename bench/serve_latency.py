#!/usr/bin/env python3
"""Save-to-visible latency of `wedid serve`.

Starts `wedid serve` on a site, then edits one story file N times (appending a paragraph with
a unique marker, as an editor saving would) and, after each save, asks the server for that
story's page in a tight loop until the new text is served. The time from the write to the
first response holding the marker is one sample. Prints every sample, the median and the
worst. The story is restored afterwards.

    python3 bench/serve_latency.py --site . --edits 20
    python3 bench/serve_latency.py --site target/bench/site-10k --edits 20 --front-matter

`--front-matter` edits the story's summary instead of its body, which changes lists and
cards: the record path (the graph rebuilt from memory, only the affected pages rendered).
"""

import argparse
import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def base_path(site: Path) -> str:
    text = (site / "site.yaml").read_text(encoding="utf-8-sig")
    m = re.search(r"^base_url:\s*[\"']?(\S+?)[\"']?\s*$", text, re.M)
    path = re.sub(r"^[a-z]+://[^/]+", "", m.group(1)) if m else "/"
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path)
    r = conn.getresponse()
    return r.status, r.read()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--site", default=".")
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--wedid", default="target/release/wedid")
    ap.add_argument("--story", help="story slug to edit (default: the first by name)")
    ap.add_argument("--front-matter", action="store_true", help="edit the summary, not the body")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for the first build")
    args = ap.parse_args()

    site = Path(args.site).resolve()
    stories = sorted((site / "content" / "stories").glob("*.md"))
    if args.story:
        stories = [p for p in stories if p.stem == args.story]
    if not stories:
        sys.exit("no story to edit")
    story = stories[0]
    url = f"{base_path(site)}stories/{story.stem}/"
    port = free_port()
    log = open(Path(os.environ.get("TMPDIR", "/tmp")) / f"wedid-serve-latency-{port}.log", "w")
    server = subprocess.Popen([args.wedid, "serve", "--site", str(site), "--port", str(port)], stderr=log, stdout=log)
    original = story.read_bytes()
    samples = []
    try:
        started = time.perf_counter()
        conn = None
        while True:
            if server.poll() is not None:
                sys.exit(f"wedid serve exited early; see {log.name}")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                if get(conn, url)[0] == 200:
                    break
            except OSError:
                pass
            if time.perf_counter() - started > args.timeout:
                sys.exit("the first build took too long")
            time.sleep(0.05)
        print(f"first build served after {time.perf_counter() - started:.2f} s", flush=True)
        text = original.decode("utf-8")
        for i in range(args.edits):
            marker = f"latency-probe-{i}-{time.time_ns()}"
            if args.front_matter:
                new = re.sub(r"^summary: ", f"summary: {marker} ", text, count=1, flags=re.M)
            else:
                new = text.rstrip("\n") + f"\n\nA new paragraph, {marker}.\n"
            time.sleep(0.3)  # let the previous update settle, as between an editor's saves
            t0 = time.perf_counter()
            story.write_text(new, encoding="utf-8")
            needle = marker.encode()
            while True:
                try:
                    status, body = get(conn, url)
                except (OSError, http.client.HTTPException):
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    continue
                if status == 200 and needle in body:
                    break
                if time.perf_counter() - t0 > 60:
                    sys.exit(f"edit {i} never became visible; see {log.name}")
                time.sleep(0.001)
            samples.append((time.perf_counter() - t0) * 1000)
    finally:
        story.write_bytes(original)
        server.terminate()
        server.wait()
    ms = ", ".join(f"{s:.0f}" for s in samples)
    kind = "summary (front matter)" if args.front_matter else "body"
    print(f"{len(samples)} {kind} edits of {story.relative_to(site)}: {ms} ms")
    print(f"median {statistics.median(samples):.1f} ms, worst {max(samples):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
