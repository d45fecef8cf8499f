#!/usr/bin/env python3
"""Times tools in alternation, so that each round compares them under the same machine load.

    python3 bench/pairs.py OUT.json TRASH ROUNDS NAME=OUTPUT=COMMAND... [NAME=OUTPUT=COMMAND ...]

Each argument after ROUNDS names one build: its name, the output folder it writes, and its
command (one string, split on spaces; paths must not hold spaces). After one warm-up round,
every round runs each build once, in turn, reversing the order every other round so that no
tool always runs first; the old output is moved into TRASH (never deleted: see bench/run.sh)
before each run. OUT.json gets the wall times of every build, round by round, from which
bench/report.py takes the median of the paired ratios, as issue 15 measured: on a shared
machine the time of one tool moves by a fifth between minutes, and a ratio within one round
cancels most of that.
"""
import json
import os
import subprocess
import sys
import time


def run_once(output, command, trash):
    if os.path.exists(output):
        os.rename(output, os.path.join(trash, f"{os.path.basename(output)}.{time.time_ns()}"))
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    out, trash, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    builds = []
    for spec in sys.argv[4:]:
        name, output, command = spec.split("=", 2)
        builds.append((name, output, command.split(" ")))
    os.makedirs(trash, exist_ok=True)
    times = {name: [] for name, _, _ in builds}
    # Round 0 is a warm-up, as in hyperfine, and is not kept: on disk the first build after the
    # trash was emptied ran at half speed.
    for round_ in range(rounds + 1):
        order = builds if round_ % 2 == 0 else builds[::-1]
        took = {name: run_once(output, command, trash) for name, output, command in order}
        print(f"round {round_}: " + ", ".join(f"{n} {t:.3f} s" for n, t in took.items()), file=sys.stderr)
        if round_ > 0:
            for name, t in took.items():
                times[name].append(t)
    with open(out, "w") as f:
        json.dump(times, f, indent=1)


if __name__ == "__main__":
    main()
