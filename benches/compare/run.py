"""Runs every tool over the generated documents and prints the table of ratios (run.sh).

    python run.py OUT_DIR [--passes N] [--budget-ms N] [--smoke] [--driver PATH] [--table]

OUT_DIR is what run.sh prepared: docs.tsv (kind, path per line, from gen_docs.py), schemas/,
models/ and the venv. Each tool runs in a process of its own per kind and pass (the passes run
one after the other over the whole set, so a change in the machine's load shows as a difference
between passes). Writes OUT_DIR/results.json (every measurement) and OUT_DIR/results.md (the
table), and prints the table.

With --table: no measuring, the table again from OUT_DIR/results.json and peaks.json.

With --smoke: one pass, a short budget, and a check instead of a table: every tool must find
each clean document valid and each document with problems invalid (exit 1 otherwise).
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
# The most two passes may differ before the table flags a number.
AGREEMENT = 0.05


def command(tool, kind, list_file, out_dir, driver, budget_ms):
    schema = f"{out_dir}/schemas/{kind}.schema.json"
    budget = ["--budget-ms", str(budget_ms)]
    if tool == "check_json":
        return [driver, "check_json", kind, list_file, *budget]
    if tool == "jsonschema":
        return [driver, "jsonschema", kind, list_file, "--schema", schema, *budget]
    if tool == "ajv":
        return ["node", f"{HERE}/measure.js", schema, list_file, *budget]
    python = f"{out_dir}/venv/bin/python"
    return [python, f"{HERE}/measure.py", tool, f"{out_dir}/models", kind, list_file, *budget]


def run_tools(out_dir, documents, passes, budget_ms, driver):
    """results[(tool, file)] = the list of measurements, one per pass."""
    results = defaultdict(list)
    for number in range(1, passes + 1):
        for kind, files in documents.items():
            list_file = f"{out_dir}/{kind}.list"
            with open(list_file, "w") as listing:
                listing.write("\n".join(files) + "\n")
            for tool in TOOLS:
                print(f"pass {number}/{passes}: {kind}: {tool}", file=sys.stderr, flush=True)
                done = subprocess.run(
                    command(tool, kind, list_file, out_dir, driver, budget_ms),
                    capture_output=True,
                    text=True,
                )
                if done.returncode != 0:
                    sys.exit(f"{tool} on {kind} failed:\n{done.stderr}")
                for line in done.stdout.splitlines():
                    measurement = json.loads(line)
                    results[(tool, measurement["file"])].append(measurement)
    return results


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


def mean_time(runs):
    return statistics.fmean(r["median_ns"] for r in runs)


def unsteady(runs):
    times = [r["median_ns"] for r in runs]
    return len(times) > 1 and (max(times) - min(times)) / statistics.fmean(times) > AGREEMENT


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


def table(documents, results, peak):
    lines = [
        "Ratios are check_json's CPU time ÷ the tool's on the same bytes: below 1, check_json "
        "is faster. † two passes differed by more than ±5% (for either tool of the ratio); "
        "✗ the tool found the document invalid, ✓ valid, where check_json's verdict differs "
        "(msgspec stops at the first error, so it is fast on invalid documents). "
        "Peak: growth of the resident set over one call of check_json in a fresh process, "
        f"and as a multiple of the document's size from {PEAK_FROM_BYTES // 1000} KB on.",
        "",
    ]
    for kind, files in documents.items():
        lines += [
            f"### {kind}",
            "",
            "| document | size | check_json | ÷ pydantic | ÷ msgspec | ÷ Ajv | ÷ jsonschema | "
            "check_json peak |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for file in files:
            ours = results[("check_json", file)]
            size = ours[0]["bytes"]
            cells = [
                os.path.basename(file).removesuffix(".json"),
                human_size(size),
                human_time(mean_time(ours)) + (" †" if unsteady(ours) else ""),
            ]
            for tool in ANCHORS:
                theirs = results[(tool, file)]
                ratio = mean_time(ours) / mean_time(theirs)
                cell = f"{ratio:.2f}"
                if unsteady(ours) or unsteady(theirs):
                    cell += " †"
                if theirs[0]["valid"] != ours[0]["valid"]:
                    cell += " ✓" if theirs[0]["valid"] else " ✗"
                cells.append(cell)
            grown = peak.get(file)
            if grown is None:
                cells.append("n/a")
            elif size >= PEAK_FROM_BYTES:
                cells.append(f"{human_size(grown)} ({grown / size:.1f}×)")
            else:
                cells.append(human_size(grown))
            lines.append("| " + " | ".join(cells) + " |")
        lines += ["", *targets(kind, files, results, peak), ""]
    return "\n".join(lines)


def targets(kind, files, results, peak):
    """check_json against itself: the issue's targets for forms, problems and size."""
    by_name = {os.path.basename(f).removesuffix(".json"): f for f in files}

    def time(name):
        return mean_time(results[("check_json", by_name[name])])

    if "clean_large" not in by_name:
        return []
    clean = time("clean_large")
    clean_x2 = time("clean_large_x2")
    problems = [n for n in by_name if n.startswith("problems_") and not n.endswith("_fixture")]
    worst = max(problems, key=time)
    ratios = [
        peak[f] / results[("check_json", f)][0]["bytes"]
        for f in files
        if peak.get(f) is not None and results[("check_json", f)][0]["bytes"] >= PEAK_FROM_BYTES
    ]
    return [
        f"check_json on {kind}: form_large ÷ clean_large {time('form_large') / clean:.2f} "
        f"(target ≤ 1.2); worst problems ({worst}) ÷ clean_large_x2 {time(worst) / clean_x2:.2f} "
        f"(target ≤ 2); clean_large_x2 ÷ clean_large {clean_x2 / clean:.2f} "
        "(target ≤ 2.3); "
        + (
            f"largest peak {max(ratios):.1f}× the document (target ≤ 3)."
            if ratios
            else f"no document of {PEAK_FROM_BYTES // 1000} KB or more for the peak."
        )
    ]


def smoke_check(documents, results):
    failures = []
    for files in documents.values():
        for file in files:
            expected = not os.path.basename(file).startswith("problems_")
            for tool in TOOLS:
                found = results[(tool, file)][0]["valid"]
                if found != expected:
                    failures.append(f"{tool}: {file}: valid={found}, expected {expected}")
    for failure in failures:
        print(failure, file=sys.stderr)
    checked = sum(len(f) for f in documents.values()) * len(TOOLS)
    print(f"compare smoke: {checked - len(failures)} passed, {len(failures)} failed")
    return not failures


def main(argv):
    out_dir = argv.pop(0)
    options = {"--passes": "2", "--budget-ms": "300", "--driver": None}
    again = "--table" in argv
    if again:
        argv.remove("--table")
    smoke = "--smoke" in argv
    if smoke:
        argv.remove("--smoke")
        options.update({"--passes": "1", "--budget-ms": "10"})
    while argv:
        flag = argv.pop(0)
        if flag not in options or not argv:
            sys.exit(__doc__)
        options[flag] = argv.pop(0)
    driver = options["--driver"] or f"{HERE}/../../target/release/examples/compare_driver"
    documents = defaultdict(list)
    with open(f"{out_dir}/docs.tsv") as listing:
        for line in listing:
            kind, path = line.rstrip("\n").split("\t")
            name = os.path.basename(path)
            if not smoke or name in ("clean_fixture.json", "problems_1_fixture.json"):
                documents[kind].append(path)
    if again:
        results = defaultdict(list)
        with open(f"{out_dir}/results.json") as saved:
            for measurement in json.load(saved):
                results[(measurement["tool"], measurement["file"])].append(measurement)
        with open(f"{out_dir}/peaks.json") as saved:
            peak = json.load(saved)
        print(table(documents, results, peak))
        return
    results = run_tools(
        out_dir, documents, int(options["--passes"]), int(options["--budget-ms"]), driver
    )
    with open(f"{out_dir}/results.json", "w") as out:
        json.dump([m for runs in results.values() for m in runs], out, indent=1)
    if smoke:
        sys.exit(0 if smoke_check(documents, results) else 1)
    peak = peaks(out_dir, documents, driver)
    with open(f"{out_dir}/peaks.json", "w") as out:
        json.dump(peak, out, indent=1)
    text = table(documents, results, peak)
    with open(f"{out_dir}/results.md", "w") as out:
        out.write(text + "\n")
    print(text)


if __name__ == "__main__":
    main(sys.argv[1:])
