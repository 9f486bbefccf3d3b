#!/usr/bin/env python3
"""Prints the table of `cargo bench --bench scaling`: per list, the time per element at each
size, the mean ratio of a doubling over the whole range (the geometric mean: the trend, which a
single noisy size barely moves), the worst ratio between two doublings (linear work: about 2;
the bound is 2.3), and, beside it, the same worst ratio taken from each size's 10th-percentile
call and from its fastest call.

The worst doubling (the headline, and the exit status) is *paired*: the bench calls every size
once per round, so round r gives one sample of a doubling, t_r(2n) / t_r(n), from two calls made
one right after the other, under the same load. The doubling's ratio is the median of those
per-round ratios. Why: load on a shared machine moves from round to round by more than the
effect measured, and it moves the two calls of a round alike, so their ratio cancels it; taking
each size's time separately (a quantile of its calls, the earlier headline) pairs calls from
different rounds and lets one size's quiet or busy rounds pass for a step. The median, not the
fastest or a low quantile: every round counts, and half the rounds must show a step for the
ratio to show it.

The bench interleaves the sizes of a list (one call of each size per round, many rounds) and
records every call's CPU time in target/scaling/<list>.json. The time of a size is the 10th
percentile of its calls (nearest rank from the fastest: of 30 calls, the 4th fastest). Not the
mean: the bench measures the thread's CPU time, and on a shared machine what other processes do
can only add to it (cache evictions, frequency), so the fast calls are the closest to what the
code costs. Not the fastest either: one call that was lucky (a block the allocator happened to
have at hand) would make its size look cheap and the next doubling look steep; at the 10th
percentile a size needs 4 calls of 30 that fast. `--quantile Q` takes another quantile
(0 = fastest, 0.5 = median).

`--faults` prints, instead, the minor page faults per element of each size (the median call),
which the bench records beside the times: a size whose calls map memory afresh (the allocator
giving a large block back to the kernel and mapping it again at the next call) shows as a step
in this table.

usage: python3 scripts/scaling_table.py [--quantile Q] [--faults] [DIR]   (default target/scaling)
Exit status 1 when a doubling costs more than 2.3 times the time."""
import json
import pathlib
import sys

BOUND = 2.3
SIZES = [1 << k for k in range(10, 17)]
HEADLINE = 0.1


def quantile(values, q):
    """The q-quantile of values (nearest rank, from the fastest)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def paired(calls):
    """Per doubling n -> 2n, the median over rounds of the ratio of the two sizes' calls."""
    sizes = sorted(calls)
    out = []
    for a, b in zip(sizes, sizes[1:]):
        if b != 2 * a:
            continue
        per_round = sorted(y / x for x, y in zip(calls[a], calls[b]) if x > 0)
        if per_round:
            middle = len(per_round) // 2
            out.append(per_round[middle] if len(per_round) % 2
                       else (per_round[middle - 1] + per_round[middle]) / 2)
    return out


def ratios(times):
    sizes = sorted(times)
    return [times[b] / times[a] for a, b in zip(sizes, sizes[1:]) if b == 2 * a]


args = sys.argv[1:]
q = HEADLINE
if "--quantile" in args:
    at = args.index("--quantile")
    q = float(args[at + 1])
    del args[at:at + 2]
faults_only = "--faults" in args
args = [a for a in args if a != "--faults"]
root = pathlib.Path(args[0] if args else "target/scaling")
lists = {}
faults = {}
for path in root.glob("*.json"):
    record = json.loads(path.read_text())
    lists[record["list"]] = {int(n): calls for n, calls in record["sizes"].items() if calls}
    faults[record["list"]] = {int(n): f for n, f in record.get("faults", {}).items() if f}
if not lists:
    sys.exit(f"no results in {root}: run `cargo bench --bench scaling` first")

if faults_only:
    print("minor page faults per element (median call)\n")
    print("| list | " + " | ".join(f"{n // 1024}k" for n in SIZES) + " |")
    print("|---" * (len(SIZES) + 1) + "|")
    for name in sorted(faults):
        per = faults[name]
        cells = [f"{quantile(per[n], 0.5) / n:.2f}" if n in per else "—" for n in SIZES]
        print(f"| {name} | " + " | ".join(cells) + " |")
    sys.exit(0)

worst_all = 0.0
mean_all = 0.0
over = 0
rounds = sorted({len(c) for calls in lists.values() for c in calls.values()})
label = "fastest call" if q == 0 else f"{q:g}-quantile"
print(f"time per element ({label} of {'/'.join(map(str, rounds))} calls per size), ns\n")
print("| list | " + " | ".join(f"{n // 1024}k ns/el" for n in SIZES)
      + " | mean doubling | worst doubling (paired) | worst at p10 | worst at fastest |")
print("|---" * 12 + "|")
for name in sorted(lists):
    calls = lists[name]
    times = {n: quantile(c, q) for n, c in calls.items()}
    sizes = sorted(times)
    if not sizes or sizes[0] > SIZES[-1]:
        continue
    cells = [f"{times[n] / n:.0f}" if n in times else "—" for n in SIZES]
    worst = max(paired(calls), default=0.0)
    worst_quantile = max(ratios(times), default=0.0)
    worst_fastest = max(ratios({n: min(c) for n, c in calls.items()}), default=0.0)
    worst_all = max(worst_all, worst)
    over += worst > BOUND
    flag = " ✗" if worst > BOUND else ""
    steps = len(sizes) - 1
    mean = (times[sizes[-1]] / times[sizes[0]]) ** (1 / steps) if steps else 0.0
    mean_all = max(mean_all, mean)
    print(f"| {name} | " + " | ".join(cells)
          + f" | {mean:.2f} | {worst:.2f}{flag} | {worst_quantile:.2f} | {worst_fastest:.2f} |")
print(f"\nhighest mean doubling: {mean_all:.2f}; worst paired doubling overall: {worst_all:.2f} "
      f"(bound {BOUND}); {len(lists) - over} of {len(lists)} lists within the bound")
sys.exit(1 if worst_all > BOUND else 0)
