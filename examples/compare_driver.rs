//! The Rust side of the cross-language comparison (`benches/compare/run.sh`): per-document CPU
//! timings of the crate's `check_json`, or of the `jsonschema` crate on the standard-profile
//! schema, over the same bytes the Python and Node tools read.
//!
//! ```text
//! cargo run --release --example compare_driver -- TOOL KIND LIST [--schema FILE] [--as-of DATE] [--budget-ms N] [--peak | --rounds]
//! ```
//!
//! TOOL is `check_json` (the crate: decode, then validate the law) or `jsonschema` (parse to a
//! `serde_json::Value`, then every error of the standard-profile schema given with `--schema`,
//! formats checked). KIND is a document kind of the catalogue. LIST is a file with one document
//! path per line. For each document it prints one JSON line:
//! `{"file", "tool", "bytes", "valid", "errors", "median_ns", "samples", "iterations"}`.
//!
//! The measuring protocol is the one of `benches/compare/measure.py` and `measure.js`, so the
//! numbers compare: one untimed call gives the verdict; calls for a quarter of the budget warm
//! up (JIT compilers, caches) and tell how many calls make a batch of about 2 ms of CPU; then
//! batches are timed with the process CPU clock until `--budget-ms` (default 300) of CPU is
//! spent and at least 3 batches are done; the median of the per-call times is reported.
//!
//! With `--peak`, LIST names two documents or more: each but the last is checked once to warm
//! up — statics, the allocator, and the pages of the program's code, which the kernel maps in
//! 64 KB at a time the first time a path runs (about 2 MB for the error-collecting decoder: code,
//! not memory the document costs) — so give one document of each path the measured one takes
//! (clean, form, with a problem). Then the peak memory of one check of the last is printed as
//! `{"file", "tool", "bytes", "peak_bytes"}`: the growth of the resident set's high-water mark
//! over the resident set before the call (Linux only; `null` elsewhere). Run it in a fresh
//! process per document, since memory a process has freed hides the next document's peak.
//!
//! With `--rounds`, the process stays up and measures on request, so that `run.py` can
//! interleave the tools in rounds (each tool on the same document, back to back) and pair their
//! times: the documents of LIST are read and checked once (the verdict), then each line of
//! standard input, `{"files": [PATH, ...], "budget_ms": N}`, measures those documents as above
//! with that budget and prints one JSON line per document, with the keys above. The process ends
//! at the end of its input.
//!
//! Exit status: 0 measured, 2 bad arguments, unreadable files or a bad request line.

use std::collections::HashMap;
use std::fs;
use std::hint::black_box;
use std::io::{self, BufRead};
use std::process::ExitCode;
use std::time::Duration;

use chrono::NaiveDate;
use cpu_time::ProcessTime;
use qcdc::ValidationContext;
use qcdc::catalogue::{DocumentType, find};
use serde_json::{Value, json};

const USAGE: &str = "usage: compare_driver check_json|jsonschema KIND LIST [--schema FILE] \
                     [--as-of YYYY-MM-DD] [--budget-ms N] [--peak | --rounds]";

/// How long one timed batch should take, so the clock's resolution and the cost of reading it
/// stay well under 1% of what is measured.
const BATCH: Duration = Duration::from_millis(2);
/// The fewest batches per document, whatever the budget.
const MIN_SAMPLES: usize = 3;
/// The most batches per document, so fast documents do not take the whole budget for nothing.
const MAX_SAMPLES: usize = 200;

/// What one call of a tool found: whether the document is valid and how many errors it has.
struct Verdict {
    valid: bool,
    errors: usize,
}

/// One tool, ready to check documents of one kind.
enum Tool {
    CheckJson(&'static DocumentType, ValidationContext),
    JsonSchema(Box<jsonschema::Validator>),
}

impl Tool {
    fn check(&self, bytes: &[u8]) -> Verdict {
        match self {
            Tool::CheckJson(kind, ctx) => {
                let report = kind.check_json(bytes, ctx);
                Verdict {
                    valid: report.is_valid(),
                    errors: report.errors().len(),
                }
            }
            Tool::JsonSchema(validator) => match serde_json::from_slice::<Value>(bytes) {
                Ok(value) => {
                    let errors = validator.iter_errors(&value).count();
                    Verdict {
                        valid: errors == 0,
                        errors,
                    }
                }
                Err(_) => Verdict {
                    valid: false,
                    errors: 1,
                },
            },
        }
    }
}

struct Args {
    tool: String,
    kind: &'static DocumentType,
    list: String,
    schema: Option<String>,
    as_of: NaiveDate,
    budget: Duration,
    peak: bool,
    rounds: bool,
}

fn main() -> ExitCode {
    if std::env::args().skip(1).any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("compare_driver: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("compare_driver: {message}");
            ExitCode::from(2)
        }
    }
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut positional = Vec::new();
    let mut schema = None;
    // The date the fixtures are validated as of (tests/fixtures.rs), so the clean documents
    // are valid whatever today is.
    let mut as_of = NaiveDate::from_ymd_opt(2026, 11, 28).ok_or("bad default date")?;
    let mut budget = Duration::from_millis(300);
    let mut peak = false;
    let mut rounds = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--schema" => schema = Some(args.next().ok_or("--schema needs a file")?),
            "--as-of" => {
                let date = args.next().ok_or("--as-of needs a date")?;
                as_of = NaiveDate::parse_from_str(&date, "%Y-%m-%d")
                    .map_err(|e| format!("--as-of {date:?}: {e}"))?;
            }
            "--budget-ms" => {
                let ms = args.next().ok_or("--budget-ms needs a number")?;
                budget = Duration::from_millis(
                    ms.parse().map_err(|e| format!("--budget-ms {ms:?}: {e}"))?,
                );
            }
            "--peak" => peak = true,
            "--rounds" => rounds = true,
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ => positional.push(arg),
        }
    }
    let [tool, kind, list] = <[String; 3]>::try_from(positional)
        .map_err(|_| "expected TOOL, KIND and LIST".to_owned())?;
    if peak && rounds {
        return Err("--peak and --rounds exclude each other".to_owned());
    }
    let kind = find(&kind).ok_or_else(|| format!("unknown document kind {kind:?}"))?;
    Ok(Args {
        tool,
        kind,
        list,
        schema,
        as_of,
        budget,
        peak,
        rounds,
    })
}

fn run(args: &Args) -> Result<(), String> {
    let tool = match args.tool.as_str() {
        "check_json" => Tool::CheckJson(args.kind, ValidationContext::new(args.as_of)),
        "jsonschema" => {
            let file = args
                .schema
                .as_ref()
                .ok_or("jsonschema needs --schema FILE")?;
            let text = fs::read(file).map_err(|e| format!("{file}: {e}"))?;
            let schema: Value =
                serde_json::from_slice(&text).map_err(|e| format!("{file}: {e}"))?;
            let validator = jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .should_validate_formats(true)
                .build(&schema)
                .map_err(|e| format!("{file}: the schema does not compile: {e}"))?;
            Tool::JsonSchema(Box::new(validator))
        }
        other => return Err(format!("unknown tool {other:?}")),
    };
    let list = fs::read_to_string(&args.list).map_err(|e| format!("{}: {e}", args.list))?;
    let files: Vec<&str> = list.lines().filter(|l| !l.trim().is_empty()).collect();
    if args.peak {
        let Some((file, warm_ups)) = files.split_last().filter(|(_, w)| !w.is_empty()) else {
            return Err("--peak needs a LIST of two documents or more".to_owned());
        };
        for warm_up in warm_ups {
            let warm_up = fs::read(warm_up).map_err(|e| format!("{warm_up}: {e}"))?;
            tool.check(&warm_up);
        }
        let bytes = fs::read(file).map_err(|e| format!("{file}: {e}"))?;
        let line = json!({
            "file": file,
            "tool": args.tool,
            "bytes": bytes.len(),
            "peak_bytes": peak_growth(&tool, &bytes),
        });
        println!("{line}");
        return Ok(());
    }
    if args.rounds {
        return serve_rounds(&tool, &args.tool, &files);
    }
    for file in files {
        let bytes = fs::read(file).map_err(|e| format!("{file}: {e}"))?;
        let verdict = tool.check(&bytes);
        println!(
            "{}",
            measured(&tool, &args.tool, file, &bytes, &verdict, args.budget)
        );
    }
    Ok(())
}

/// The JSON line of one document's timing (the keys of the module docs).
fn measured(
    tool: &Tool,
    name: &str,
    file: &str,
    bytes: &[u8],
    verdict: &Verdict,
    budget: Duration,
) -> Value {
    let timing = measure(|| tool.check(black_box(bytes)), budget);
    json!({
        "file": file,
        "tool": name,
        "bytes": bytes.len(),
        "valid": verdict.valid,
        "errors": verdict.errors,
        "median_ns": timing.median_ns,
        "samples": timing.samples,
        "iterations": timing.iterations,
    })
}

/// `--rounds`: reads and checks LIST's documents once, then measures on each request line of
/// standard input (see the module docs) until its end. The documents are read before the first
/// round so that no round pays for reading a file.
fn serve_rounds(tool: &Tool, name: &str, files: &[&str]) -> Result<(), String> {
    let mut documents = HashMap::new();
    for &file in files {
        let bytes = fs::read(file).map_err(|e| format!("{file}: {e}"))?;
        let verdict = tool.check(&bytes);
        documents.insert(file.to_owned(), (bytes, verdict));
    }
    for request in io::stdin().lock().lines() {
        let request = request.map_err(|e| format!("standard input: {e}"))?;
        if request.trim().is_empty() {
            continue;
        }
        let (wanted, budget) = parse_request(&request)?;
        for file in wanted {
            let (bytes, verdict) = documents
                .get(&file)
                .ok_or_else(|| format!("{file}: not in LIST"))?;
            println!("{}", measured(tool, name, &file, bytes, verdict, budget));
        }
    }
    Ok(())
}

/// One request line of `--rounds`: the documents to measure and the budget for each.
fn parse_request(line: &str) -> Result<(Vec<String>, Duration), String> {
    let bad =
        || format!("bad request {line:?}: expected {{\"files\": [PATH, ...], \"budget_ms\": N}}");
    let request: Value = serde_json::from_str(line).map_err(|_| bad())?;
    let files = request["files"]
        .as_array()
        .ok_or_else(bad)?
        .iter()
        .map(|f| f.as_str().map(str::to_owned).ok_or_else(bad))
        .collect::<Result<_, _>>()?;
    let budget = request["budget_ms"].as_u64().ok_or_else(bad)?;
    Ok((files, Duration::from_millis(budget)))
}

/// How far the resident set's high-water mark rises above the resident set before one check
/// (`None` where `/proc` cannot say).
fn peak_growth(tool: &Tool, bytes: &[u8]) -> Option<u64> {
    // Writing 5 to clear_refs resets the high-water mark to the current resident set.
    let reset = fs::write("/proc/self/clear_refs", "5").is_ok();
    let before = proc_status_kib("VmRSS:");
    black_box(tool.check(bytes));
    let peak = proc_status_kib("VmHWM:");
    match (reset, before, peak) {
        (true, Some(before), Some(peak)) => Some(peak.saturating_sub(before) * 1024),
        _ => None,
    }
}

fn proc_status_kib(key: &str) -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    line[key.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

struct Timing {
    median_ns: f64,
    samples: usize,
    iterations: u64,
}

/// Times `f` in batches with the process CPU clock (see the module docs).
fn measure<R>(mut f: impl FnMut() -> R, budget: Duration) -> Timing {
    let start = ProcessTime::now();
    let mut calls = 0u32;
    while calls < 2 || start.elapsed() < budget / 4 {
        black_box(f());
        calls += 1;
    }
    let one = (start.elapsed() / calls).max(Duration::from_nanos(50));
    let iterations = (BATCH.as_nanos() / one.as_nanos()).max(1) as u64;
    let mut per_call = Vec::new();
    let started = ProcessTime::now();
    while per_call.len() < MIN_SAMPLES
        || (started.elapsed() < budget && per_call.len() < MAX_SAMPLES)
    {
        let batch = ProcessTime::now();
        for _ in 0..iterations {
            black_box(f());
        }
        per_call.push(batch.elapsed().as_nanos() as f64 / iterations as f64);
    }
    per_call.sort_by(f64::total_cmp);
    let middle = per_call.len() / 2;
    let median_ns = if per_call.len() % 2 == 1 {
        per_call[middle]
    } else {
        (per_call[middle - 1] + per_call[middle]) / 2.0
    };
    Timing {
        median_ns,
        samples: per_call.len(),
        iterations,
    }
}
