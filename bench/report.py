#!/usr/bin/env python3
"""Turns bench/run.sh's measurements into the Markdown table and the goals with PASS/FAIL.

    python3 bench/report.py target/bench/results

For each LABEL.TOOL (full-10000-disk.wedid, full-10000-tmpfs.floor, stories-10000-tmpfs.hugo ...)
the folder
holds hyperfine's LABEL.TOOL.json and LABEL.TOOL.time: one more run under /usr/bin/time -v,
with the tool's own output, from which come the peak memory and the page count; and for each
place, pairs-N-PLACE.json: bench/pairs.py's alternating rounds of wedid and Hugo on N stories.
"""
import json
import os
import re
import statistics
import sys

MIB = 1024 * 1024
GIB = 1024 * MIB


class Run:
    """One tool building one corpus."""

    def __init__(self, folder, name):
        with open(os.path.join(folder, name + ".json")) as f:
            result = json.load(f)["results"][0]
        with open(os.path.join(folder, name + ".time")) as f:
            log = f.read()
        self.median = result["median"]
        self.cpu = result["user"] + result["system"]
        self.peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", log).group(1)) * 1024
        self.pages = pages(log)

    @property
    def us_per_page(self):
        return self.median / self.pages * 1e6


def pages(log):
    """wedid's and the floor's "Built N pages" line, or Hugo's summary (pages plus paginator pages)."""
    built = re.search(r"Built (\d+) pages?", log)
    if built:
        return int(built.group(1))
    return sum(int(n) for n in re.findall(r"^\s*(?:Pages|Paginator pages)\s*│\s*(\d+)", log, re.M))


def size_name(n):
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def load(folder):
    runs = {}
    for name in os.listdir(folder):
        if name.endswith(".json") and not name.startswith("pairs-"):
            label, tool = name[:-5].rsplit(".", 1)
            runs.setdefault(label, {})[tool] = Run(folder, name[:-5])
    return runs


def sizes(runs, kind, place):
    return sorted(int(label.split("-")[1]) for label in runs if label.startswith(kind + "-") and label.endswith("-" + place))


def places(runs):
    """Where outputs went in this run, disk first."""
    return sorted({label.rsplit("-", 1)[1] for label in runs}, key=lambda p: (p != "disk", p))


def table(runs, place):
    rows = [f"Outputs on {place}:", "", "| build | pages | wedid median s | wedid CPU s | wedid peak MiB | µs/page | floor median s | floor peak MiB | wedid ÷ floor |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n in sizes(runs, "full", place):
        w, f = runs[f"full-{n}-{place}"]["wedid"], runs[f"full-{n}-{place}"]["floor"]
        rows.append(f"| {size_name(n)}+{size_name(n)} | {w.pages} | {w.median:.3f} | {w.cpu:.2f} | {w.peak / MIB:.0f} | "
                    f"{w.us_per_page:.0f} | {f.median:.3f} | {f.peak / MIB:.0f} | {w.median / f.median:.2f}× |")
    out = "\n".join(rows) + "\n"
    for n in sizes(runs, "stories", place):
        w, h = runs[f"stories-{n}-{place}"]["wedid"], runs[f"stories-{n}-{place}"]["hugo"]
        out += (f"\nStories only, {size_name(n)} stories:\n\n"
                "| tool | pages | median s | CPU s | peak MiB | µs/page |\n|---|---:|---:|---:|---:|---:|\n")
        for tool, r in (("wedid", w), ("hugo", h)):
            out += f"| {tool} | {r.pages} | {r.median:.3f} | {r.cpu:.2f} | {r.peak / MIB:.0f} | {r.us_per_page:.0f} |\n"
        out += (f"\nHugo ÷ wedid: {h.median / w.median:.2f}× the wall time, {h.cpu / w.cpu:.2f}× the CPU time, "
                f"{h.peak / w.peak:.2f}× the peak memory.\n")
    return out


def at_most(value, limit, unit):
    """PASS when value ≤ limit; the margin is how far under (or over) the limit it is."""
    verdict = "PASS" if value <= limit else "FAIL"
    return verdict, f"{value:.2f}{unit} against ≤ {limit:.2f}{unit} ({(limit - value) / limit:+.0%} margin)"


def at_least(value, limit, unit):
    verdict = "PASS" if value >= limit else "FAIL"
    return verdict, f"{value:.2f}{unit} against ≥ {limit:.2f}{unit} ({(value - limit) / limit:+.0%} margin)"


def paired(folder, place):
    """bench/pairs.py's rounds with outputs on `place` and the number of stories they built, or
    None when this run has none (run.sh empties the folder first, so there is one at most)."""
    for name in sorted(os.listdir(folder)):
        if name.startswith("pairs-") and name.endswith(f"-{place}.json"):
            with open(os.path.join(folder, name)) as f:
                return int(name.split("-")[1]), json.load(f)
    return None


def pairs_table(rounds):
    """One row per alternating round: each build's wall time and the round's ratios."""
    names = list(rounds)
    full = "full" in rounds
    heads = [f"{n} s" for n in names] + ["Hugo ÷ wedid stories"] + (["full ÷ Hugo stories"] if full else [])
    rows = ["| round | " + " | ".join(heads) + " |", "|---" * (len(heads) + 1) + "|"]
    for i in range(len(rounds["hugo"])):
        cells = [f"{rounds[n][i]:.3f}" for n in names] + [f"{rounds['hugo'][i] / rounds['wedid'][i]:.2f}×"]
        if full:
            cells.append(f"{rounds['full'][i] / rounds['hugo'][i]:.2f}×")
        rows.append(f"| {i + 1} | " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def paired_ratio(rounds, top, bottom):
    """The median over the rounds of `top`'s time ÷ `bottom`'s in the same round."""
    return statistics.median(t / b for t, b in zip(rounds[top], rounds[bottom]))


def goals(runs, place, rounds):
    """Each goal of issues 5 and 15 that this run measured with outputs on `place`. The ratios to
    Hugo are medians of the alternating rounds' paired ratios when the run has them."""
    found = []
    full = {n: runs[f"full-{n}-{place}"] for n in sizes(runs, "full", place)}
    stories = runs.get(f"stories-10000-{place}")
    how = "median of paired ratios" if rounds else "medians"
    if stories:
        w, h = stories["wedid"], stories["hugo"]
        faster = paired_ratio(rounds, "hugo", "wedid") if rounds else h.median / w.median
        found.append((f"10k stories: wedid ≥ 5× faster than Hugo (wall, {how})", at_least(faster, 5, "×")))
        found.append(("10k stories: wedid peak ≤ 1/3 of Hugo's", at_most(w.peak / h.peak, 1 / 3, "×")))
        if 10000 in full:
            ratio = paired_ratio(rounds, "full", "hugo") if rounds else full[10000]["wedid"].median / h.median
            found.append((f"10k+10k site: wall ≤ 0.4× Hugo's 10k stories alone ({how})", at_most(ratio, 0.4, "×")))
    if 10000 in full:
        w = full[10000]["wedid"]
        found.append(("10k+10k: wall ≤ 1.5 s", at_most(w.median, 1.5, " s")))
        found.append(("10k+10k: peak ≤ 300 MiB", at_most(w.peak / MIB, 300, " MiB")))
    if 100000 in full:
        w = full[100000]["wedid"]
        found.append(("100k+100k: wall ≤ 15 s", at_most(w.median, 15, " s")))
        found.append(("100k+100k: peak ≤ 2.5 GiB", at_most(w.peak / GIB, 2.5, " GiB")))
        if 10000 in full:
            ratio = w.us_per_page / full[10000]["wedid"].us_per_page
            found.append(("100k+100k: µs/page ≤ 1.3× that at 10k+10k", at_most(ratio, 1.3, "×")))
    for n, r in full.items():
        found.append((f"{size_name(n)}+{size_name(n)}: wedid ≤ 2× the floor (wall)", at_most(r["wedid"].median / r["floor"].median, 2, "×")))
    return "\n".join(f"- {verdict} {goal}: {detail}" for goal, (verdict, detail) in found) + "\n"


def main():
    folder = sys.argv[1]
    with open(os.path.join(folder, "machine.txt")) as f:
        machine = f.read()
    runs = load(folder)
    out = machine
    for place in places(runs):
        size, rounds = paired(folder, place) or (0, None)
        out += "\n" + table(runs, place)
        if rounds:
            what = f"{size_name(size)} stories" + (f" (and the {size_name(size)}+{size_name(size)} site)" if "full" in rounds else "")
            out += f"\nwedid and Hugo in alternation, {what}, outputs on {place}:\n\n" + pairs_table(rounds)
        # The goals are stated at 10k stories only.
        goal_rounds = rounds if size == 10000 else None
        out += f"\nGoals, outputs on {place} (one run on a shared machine: figures are noisy):\n\n" + goals(runs, place, goal_rounds)
    print(out, end="")


if __name__ == "__main__":
    main()
