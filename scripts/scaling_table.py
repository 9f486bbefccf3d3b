#!/usr/bin/env python3
"""Prints the table of `cargo bench --bench scaling`: per list, the time per element at each
size, the mean ratio of a doubling over the whole range (the geometric mean: the trend, which a
single noisy size barely moves) and the worst ratio between two doublings (linear work: about 2;
the bound is 2.3).

The time of a size is its fastest timed call (criterion's `sample.json`: each sample's time
divided by its iterations), not the mean: the bench measures CPU time, and on a shared machine
what other processes do can only add to it (cache evictions, frequency), so the fastest call is
the closest to what the code costs.

usage: python3 scripts/scaling_table.py [CRITERION_DIR]   (default target/criterion)
Exit status 1 when a doubling costs more than 2.3 times the time."""
import json
import pathlib
import sys

BOUND = 2.3
root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
groups = {}
for bench in root.glob("*/*/new/benchmark.json"):
    meta = json.loads(bench.read_text())
    value = meta.get("value_str") or ""
    if not value.isdigit():
        continue
    sample = json.loads((bench.parent / "sample.json").read_text())
    fastest = min(t / i for t, i in zip(sample["times"], sample["iters"]))
    groups.setdefault(meta["group_id"], {})[int(value)] = fastest

worst_all = 0.0
mean_all = 0.0
print(f"| list | " + " | ".join(f"{n // 1024}k ns/el" for n in [1 << k for k in range(10, 17)])
      + " | mean doubling | worst doubling |")
print("|---" * 10 + "|")
for group in sorted(groups):
    times = groups[group]
    sizes = sorted(times)
    if not sizes or sizes[0] > 1 << 16:
        continue
    cells = []
    for n in [1 << k for k in range(10, 17)]:
        cells.append(f"{times[n] / n:.0f}" if n in times else "—")
    ratios = [times[b] / times[a] for a, b in zip(sizes, sizes[1:]) if b == 2 * a]
    worst = max(ratios, default=0.0)
    worst_all = max(worst_all, worst)
    flag = " ✗" if worst > BOUND else ""
    steps = len(sizes) - 1
    mean = (times[sizes[-1]] / times[sizes[0]]) ** (1 / steps) if steps else 0.0
    mean_all = max(mean_all, mean)
    print(f"| {group} | " + " | ".join(cells) + f" | {mean:.2f} | {worst:.2f}{flag} |")
print(f"\nhighest mean doubling: {mean_all:.2f}; worst doubling overall: {worst_all:.2f} (bound {BOUND})")
sys.exit(1 if worst_all > BOUND else 0)
