"""Runs every tool over the generated documents in paired rounds and prints the table of ratios
(run.sh).

    python run.py OUT_DIR [--rounds N] [--budget-ms N] [--cpu N|any] [--smoke] [--driver PATH]
    python run.py OUT_DIR --table [--against OTHER_OUT_DIR]

OUT_DIR is what run.sh prepared: docs.tsv (kind, path per line, from gen_docs.py), schemas/,
models/ and the venv. Writes OUT_DIR/results.json (every measurement, with its round) and
OUT_DIR/results.md (the table), and prints the table.

The protocol is paired, because this machine's load changes from second to second: for each
kind, one process per tool stays up for the whole run (`--rounds` of the measurers); a first
round warms every tool up on every document and is not kept; then each round measures every
document with every tool back to back (the tools in a rotated order), each for `--budget-ms` of
CPU. A ratio is then taken within each round — check_json's time ÷ the tool's, both measured
within a fraction of a second of each other — and the table shows the median over rounds of
those paired ratios, with their inter-quartile range, beside the unpaired ratio (the median of
check_json's times ÷ the median of the tool's, as the table used to show).
check_json's ratios to itself (a form ÷ the same document without its blanks, k problems ÷ the
clean document they were put in, a doubled document ÷ the single one) are paired the same way:
in each round the two documents are measured one right after the other, in alternating order.
Every tool runs on the same CPU (`--cpu`, by default the first one this process may use; `any`
lets the system place them): the two CPUs of a shared virtual machine can differ in speed by 2×
for minutes at a time, which pairing in time does not remove.

With --table: no measuring, the table again from OUT_DIR/results.json and peaks.json; with
--against OTHER_OUT_DIR, also how far every ratio of the two runs differs, paired and unpaired.

With --smoke: two rounds with a short budget on two documents per kind, and a check instead of a
table: every tool must find each clean document valid and each document with problems invalid
(exit 1 otherwise).
"""

import json
import os
import statistics
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = ("check_json", "pydantic", "msgspec", "ajv", "jsonschema")
ANCHORS = TOOLS[1:]
ANCHOR_NAMES = {"pydantic": "pydantic", "msgspec": "msgspec", "ajv": "Ajv", "jsonschema": "jsonschema"}
# The phase of a round where every tool measures every document.
TOOLS_PHASE = "tools"


def name_of(path):
    return os.path.basename(path).removesuffix(".json")


def self_pairs(files):
    """check_json's ratios to itself, as (numerator, denominator) paths: the issue's targets
    for forms, problems and size, where both documents were generated."""
    by_name = {name_of(f): f for f in files}
    wanted = [
        ("form_fixture", "clean_fixture"),
        ("form_large", "clean_large"),
        ("clean_large_x2", "clean_large"),
        ("problems_1_fixture", "clean_fixture"),
    ]
    wanted += [
        (name, "clean_large_x2")
        for name in by_name
        if name.startswith("problems_") and not name.endswith("_fixture")
    ]
    return [(by_name[a], by_name[b]) for a, b in wanted if a in by_name and b in by_name]


def pair_phase(numerator, denominator):
    return f"{name_of(numerator)}÷{name_of(denominator)}"


def command(tool, kind, list_file, out_dir, driver):
    schema = f"{out_dir}/schemas/{kind}.schema.json"
    if tool == "check_json":
        return [driver, "check_json", kind, list_file, "--rounds"]
    if tool == "jsonschema":
        return [driver, "jsonschema", kind, list_file, "--schema", schema, "--rounds"]
    if tool == "ajv":
        return ["node", f"{HERE}/measure.js", schema, list_file, "--rounds"]
    python = f"{out_dir}/venv/bin/python"
    return [python, f"{HERE}/measure.py", tool, f"{out_dir}/models", kind, list_file, "--rounds"]


class Measurer:
    """One tool's process, kept up for the rounds: a request line in, a JSON line per document
    out."""

    def __init__(self, tool, argv):
        self.tool = tool
        self.process = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
        )

    def measure(self, files, budget_ms):
        self.process.stdin.write(json.dumps({"files": files, "budget_ms": budget_ms}) + "\n")
        self.process.stdin.flush()
        found = []
        for _ in files:
            line = self.process.stdout.readline()
            if not line:
                self.process.wait()
                sys.exit(f"{self.tool} stopped (exit status {self.process.returncode})")
            found.append(json.loads(line))
        return found

    def close(self):
        self.process.stdin.close()
        if self.process.wait() != 0:
            sys.exit(f"{self.tool} failed (exit status {self.process.returncode})")


def pin(cpu):
    """Keeps this process and every tool it starts on one CPU (`cpu`, by default the first this
    process may use; `any` leaves them free). Why: on a shared virtual machine the two CPUs can
    run at very different speeds for minutes at a time (the same call measured 12 µs on one and
    24 µs on the other), and a tool that happened to land on the other CPU than check_json moved
    a ratio by up to 2×; pairing in time cannot remove a difference in place."""
    if cpu == "any" or not hasattr(os, "sched_setaffinity"):
        return
    chosen = int(cpu) if cpu is not None else min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {chosen})
    print(f"every tool runs on CPU {chosen}", file=sys.stderr, flush=True)


def run_rounds(out_dir, documents, rounds, budget_ms, driver):
    """Every measurement, each with its `round` and `phase` (TOOLS_PHASE, or a self pair's)."""
    measurements = []
    for kind, files in documents.items():
        list_file = f"{out_dir}/{kind}.list"
        with open(list_file, "w") as listing:
            listing.write("\n".join(files) + "\n")
        print(f"{kind}: starting the tools", file=sys.stderr, flush=True)
        measurers = {t: Measurer(t, command(t, kind, list_file, out_dir, driver)) for t in TOOLS}
        # A first round that is not kept: JIT compilers (V8 for Ajv) and caches warm up on
        # every document before any round counts.
        for file in files:
            for tool in TOOLS:
                measurers[tool].measure([file], budget_ms)
        for number in range(rounds):
            print(f"{kind}: round {number + 1}/{rounds}", file=sys.stderr, flush=True)
            # Every document with every tool back to back; the order of the documents turns
            # round each round and the order of the tools rotates, so that no tool always
            # follows the same one.
            ordered = files if number % 2 == 0 else files[::-1]
            for index, file in enumerate(ordered):
                shift = (number + index) % len(TOOLS)
                for tool in TOOLS[shift:] + TOOLS[:shift]:
                    for m in measurers[tool].measure([file], budget_ms):
                        measurements.append({**m, "round": number, "phase": TOOLS_PHASE})
            for numerator, denominator in self_pairs(files):
                pair = [numerator, denominator] if number % 2 == 0 else [denominator, numerator]
                for m in measurers["check_json"].measure(pair, budget_ms):
                    phase = pair_phase(numerator, denominator)
                    measurements.append({**m, "round": number, "phase": phase})
        for measurer in measurers.values():
            measurer.close()
    return measurements


def peaks(out_dir, documents, driver):
    """peaks[file] = check_json's peak memory for the document, each in a fresh process (memory
    a process has freed would hide the next document's peak), warmed up on the kind's small
    documents of every path (clean, form, one problem), so that the pages of code a path runs
    the first time are not counted as the document's memory."""
    found = {}
    for kind, files in documents.items():
        print(f"peak memory: {kind}: check_json", file=sys.stderr, flush=True)
        warm_ups = [
            f
            for f in files
            if os.path.basename(f) in ("clean_fixture.json", "form_fixture.json", "problems_1_fixture.json")
        ] or files[:1]
        for file in files:
            list_file = f"{out_dir}/{kind}.peak.list"
            with open(list_file, "w") as listing:
                listing.write("".join(f"{w}\n" for w in warm_ups) + f"{file}\n")
            done = subprocess.run(
                [driver, "check_json", kind, list_file, "--peak"], capture_output=True, text=True
            )
            if done.returncode != 0:
                sys.exit(f"check_json --peak on {file} failed:\n{done.stderr}")
            found[file] = json.loads(done.stdout)["peak_bytes"]
    return found


# Below this size a document's peak is mostly the allocator's granularity, not the document.
PEAK_FROM_BYTES = 100_000


class Rounds:
    """The measurements of a run, by (phase, tool, file): each round's median time per call."""

    def __init__(self, measurements):
        self.times = defaultdict(dict)
        self.first = {}
        for m in measurements:
            self.times[(m["phase"], m["tool"], m["file"])][m["round"]] = m["median_ns"]
            self.first.setdefault((m["tool"], m["file"]), m)

    def time(self, tool, file):
        """The median over rounds of the tool's time on the file."""
        return statistics.median(self.times[(TOOLS_PHASE, tool, file)].values())

    def versus(self, tool, file):
        """check_json ÷ the tool on the same file (`Ratio`)."""
        return ratio(
            self.times[(TOOLS_PHASE, "check_json", file)], self.times[(TOOLS_PHASE, tool, file)]
        )

    def self_ratio(self, numerator, denominator):
        """check_json on one file ÷ check_json on another, measured back to back (`Ratio`)."""
        phase = pair_phase(numerator, denominator)
        return ratio(
            self.times[(phase, "check_json", numerator)],
            self.times[(phase, "check_json", denominator)],
        )


def quartiles(values):
    """(first quartile, median, third quartile) of the values, by linear interpolation between
    the closest ranks (`statistics.quantiles`, inclusive)."""
    values = sorted(values)
    if len(values) == 1:
        return values[0], values[0], values[0]
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


class Ratio:
    """A ratio of two series of times measured in the same rounds."""

    def __init__(self, paired, unpaired):
        #: The ratio within each round where both were measured, in the order of the rounds.
        self.paired = paired
        #: The median of the numerator's times ÷ the median of the denominator's.
        self.unpaired = unpaired

    @property
    def median(self):
        return quartiles(self.paired)[1]

    @property
    def spread(self):
        """The inter-quartile range of the paired ratios, (low, high)."""
        low, _, high = quartiles(self.paired)
        return low, high

    def cell(self):
        low, high = self.spread
        return f"{self.median:.2f} ({low:.2f}–{high:.2f})"


def ratio(numerator, denominator):
    """The `Ratio` of two series, each {round: time}; only the rounds of both are paired."""
    both = sorted(numerator.keys() & denominator.keys())
    if not both:
        raise ValueError("no round measured both")
    paired = [numerator[r] / denominator[r] for r in both]
    unpaired = statistics.median(numerator.values()) / statistics.median(denominator.values())
    return Ratio(paired, unpaired)


def human_time(ns):
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.1f} ms"
    return f"{ns / 1e3:.1f} µs"


def human_size(size):
    if size >= 1e6:
        return f"{size / 1e6:.2f} MB"
    if size == 0:
        return "0"
    return f"{size / 1e3:.1f} KB"


def table(documents, rounds, peak):
    count = max((len(t) for t in rounds.times.values()), default=0)
    lines = [
        "Ratios are check_json's CPU time ÷ the tool's on the same bytes: below 1, check_json "
        f"is faster. Each is the median over {count} rounds of the ratio within a round (both "
        "tools on the same document back to back), with the inter-quartile range of those "
        "paired ratios in parentheses; the last column is the unpaired ratio (median time ÷ "
        "median time) for the four tools in order. "
        "✗ the tool found the document invalid, ✓ valid, where check_json's verdict differs "
        "(msgspec stops at the first error, so it is fast on invalid documents). "
        "check_json: its median time per call over the rounds. "
        "Peak: growth of the resident set over one call of check_json in a fresh process, "
        f"and as a multiple of the document's size from {PEAK_FROM_BYTES // 1000} KB on.",
        "",
    ]
    for kind, files in documents.items():
        lines += [
            f"### {kind}",
            "",
            "| document | size | check_json | ÷ pydantic | ÷ msgspec | ÷ Ajv | ÷ jsonschema | "
            "unpaired | check_json peak |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for file in files:
            ours = rounds.first[("check_json", file)]
            size = ours["bytes"]
            cells = [name_of(file), human_size(size), human_time(rounds.time("check_json", file))]
            unpaired = []
            for tool in ANCHORS:
                versus = rounds.versus(tool, file)
                cell = versus.cell()
                theirs = rounds.first[(tool, file)]
                if theirs["valid"] != ours["valid"]:
                    cell += " ✓" if theirs["valid"] else " ✗"
                cells.append(cell)
                unpaired.append(f"{versus.unpaired:.2f}")
            cells.append(" / ".join(unpaired))
            grown = peak.get(file)
            if grown is None:
                cells.append("n/a")
            elif size >= PEAK_FROM_BYTES:
                cells.append(f"{human_size(grown)} ({grown / size:.1f}×)")
            else:
                cells.append(human_size(grown))
            lines.append("| " + " | ".join(cells) + " |")
        lines += ["", *targets(kind, files, rounds, peak), ""]
    return "\n".join(lines)


def targets(kind, files, rounds, peak):
    """check_json against itself, paired: the issue's targets for forms, problems and size."""
    pairs = self_pairs(files)
    if not pairs:
        return []
    found = {}
    for numerator, denominator in pairs:
        found[(name_of(numerator), name_of(denominator))] = rounds.self_ratio(numerator, denominator)

    def said(numerator, denominator, target):
        r = found[(numerator, denominator)]
        low, high = r.spread
        return (
            f"{numerator} ÷ {denominator} **{r.median:.2f}** ({low:.2f}–{high:.2f}; unpaired "
            f"{r.unpaired:.2f}; target {target})"
        )

    parts = []
    if ("form_fixture", "clean_fixture") in found:
        parts.append(said("form_fixture", "clean_fixture", "≤ 1.2"))
    if ("form_large", "clean_large") in found:
        parts.append(said("form_large", "clean_large", "≤ 1.2"))
    problems = [n for n, d in found if d == "clean_large_x2"]
    if problems:
        worst = max(problems, key=lambda n: found[(n, "clean_large_x2")].median)
        parts.append("worst problems: " + said(worst, "clean_large_x2", "≤ 2"))
    if ("clean_large_x2", "clean_large") in found:
        parts.append(said("clean_large_x2", "clean_large", "≤ 2.3"))
    if ("problems_1_fixture", "clean_fixture") in found:
        parts.append(said("problems_1_fixture", "clean_fixture", "none"))
    ratios = [
        peak[f] / rounds.first[("check_json", f)]["bytes"]
        for f in files
        if peak.get(f) is not None and rounds.first[("check_json", f)]["bytes"] >= PEAK_FROM_BYTES
    ]
    parts.append(
        f"largest peak {max(ratios):.1f}× the document (target ≤ 3)"
        if ratios
        else f"no peak of a document of {PEAK_FROM_BYTES // 1000} KB or more"
    )
    return [f"check_json on {kind}, paired: " + "; ".join(parts) + "."]


def all_ratios(documents, rounds):
    """Every ratio of the table, by name: check_json ÷ each tool per document, and check_json's
    ratios to itself."""
    found = {}
    for kind, files in documents.items():
        for file in files:
            for tool in ANCHORS:
                found[f"{kind}/{name_of(file)} ÷ {tool}"] = rounds.versus(tool, file)
        for numerator, denominator in self_pairs(files):
            found[f"{kind}/{pair_phase(numerator, denominator)}"] = rounds.self_ratio(
                numerator, denominator
            )
    return found


def difference(a, b):
    """How far two values differ, relative to their mean."""
    return abs(a - b) / ((a + b) / 2)


def agreement(first, second):
    """How far two runs' ratios differ (each {name: Ratio}), paired headline against unpaired:
    lines of the median, 90th percentile and largest relative difference over the ratios both
    runs have."""
    names = sorted(first.keys() & second.keys())
    lines = [f"{len(names)} ratios in both runs; relative difference between the runs:"]
    for label, value in (("paired", lambda r: r.median), ("unpaired", lambda r: r.unpaired)):
        differences = sorted(difference(value(first[n]), value(second[n])) for n in names)
        worst = max(names, key=lambda n: difference(value(first[n]), value(second[n])))
        p90 = differences[min(len(differences) - 1, round(0.9 * (len(differences) - 1)))]
        within = sum(d <= 0.10 for d in differences)
        lines.append(
            f"- {label}: median {statistics.median(differences):.1%}, 90th percentile "
            f"{p90:.1%}, largest {differences[-1]:.1%} ({worst}); {within} of {len(names)} "
            "within 10%"
        )
    return lines


def smoke_check(documents, rounds):
    failures = []
    for files in documents.values():
        for file in files:
            expected = not os.path.basename(file).startswith("problems_")
            for tool in TOOLS:
                found = rounds.first[(tool, file)]["valid"]
                if found != expected:
                    failures.append(f"{tool}: {file}: valid={found}, expected {expected}")
    for failure in failures:
        print(failure, file=sys.stderr)
    checked = sum(len(f) for f in documents.values()) * len(TOOLS)
    print(f"compare smoke: {checked - len(failures)} passed, {len(failures)} failed")
    return not failures


def load(out_dir):
    with open(f"{out_dir}/results.json") as saved:
        rounds = Rounds(json.load(saved))
    try:
        with open(f"{out_dir}/peaks.json") as saved:
            peak = json.load(saved)
    except FileNotFoundError:
        peak = {}
    return rounds, peak


def read_documents(out_dir, smoke):
    documents = defaultdict(list)
    with open(f"{out_dir}/docs.tsv") as listing:
        for line in listing:
            kind, path = line.rstrip("\n").split("\t")
            name = os.path.basename(path)
            if not smoke or name in ("clean_fixture.json", "problems_1_fixture.json"):
                documents[kind].append(path)
    return documents


def main(argv):
    out_dir = argv.pop(0)
    options = {
        "--rounds": "11",
        "--budget-ms": "40",
        "--driver": None,
        "--against": None,
        "--cpu": None,
    }
    again = "--table" in argv
    if again:
        argv.remove("--table")
    smoke = "--smoke" in argv
    if smoke:
        argv.remove("--smoke")
        options.update({"--rounds": "2", "--budget-ms": "10"})
    while argv:
        flag = argv.pop(0)
        if flag not in options or not argv:
            sys.exit(__doc__)
        options[flag] = argv.pop(0)
    driver = options["--driver"] or f"{HERE}/../../target/release/examples/compare_driver"
    documents = read_documents(out_dir, smoke)
    if again:
        rounds, peak = load(out_dir)
        print(table(documents, rounds, peak))
        if options["--against"]:
            other, _ = load(options["--against"])
            print("\n".join(["", *agreement(all_ratios(documents, other), all_ratios(documents, rounds))]))
        return
    pin(options["--cpu"])
    measurements = run_rounds(
        out_dir, documents, int(options["--rounds"]), int(options["--budget-ms"]), driver
    )
    with open(f"{out_dir}/results.json", "w") as out:
        json.dump(measurements, out, indent=1)
    rounds = Rounds(measurements)
    if smoke:
        # The table too, so that the smoke run goes through its code.
        table(documents, rounds, {})
        sys.exit(0 if smoke_check(documents, rounds) else 1)
    peak = peaks(out_dir, documents, driver)
    with open(f"{out_dir}/peaks.json", "w") as out:
        json.dump(peak, out, indent=1)
    text = table(documents, rounds, peak)
    with open(f"{out_dir}/results.md", "w") as out:
        out.write(text + "\n")
    print(text)


if __name__ == "__main__":
    main(sys.argv[1:])
