//! Scaling of `check_json` with the length of every list-shaped input (issue 14): for each
//! document kind of the catalogue, each list of its richest valid fixture is grown from 1,024 to
//! 65,536 items by doubling, and the whole document is decoded and validated; the roll-up is
//! grown the same way in units. Linear work shows as a flat time per element: each doubling
//! should cost at most 2.3 times the time.
//!
//! ```sh
//! cargo bench --bench scaling                    # everything (about five minutes idle, 2 cores)
//! cargo bench --bench scaling -- briefing_report # the lists whose name holds a filter
//! python3 scripts/scaling_table.py               # the table of time per element
//! SCALING_SAMPLES=60 cargo bench --bench scaling -- rollup  # more rounds
//! cargo bench --bench scaling -- rollup --sizes=32768,65536  # one doubling, printed only
//! ```
//!
//! **The protocol.** A single doubling's ratio compares two sizes, so the two must be measured
//! under the same conditions. On a shared machine a burst of load (another process's build)
//! lasts seconds; measured one size after the other, a burst can fall on all the calls of one
//! size and none of the next. So the sizes of a list are *interleaved*: in each round every size
//! is called once (ascending in even rounds, descending in odd ones, so no size always follows
//! the largest), for [`rounds`] rounds, and a burst hits every size alike. Each call is timed by
//! the benchmark thread's CPU time ([`ThreadTime`]: the time another process holds the core is
//! not counted; what it leaves in the shared caches still is). Every call's time is written to
//! `target/scaling/<list>.json`, with the minor page faults the call took (read from `/proc`);
//! `scripts/scaling_table.py` pairs the calls of a round: a doubling's ratio is the median over
//! rounds of t_r(2n) ÷ t_r(n), two calls made one right after the other under the same load
//! (the time per element it prints is each size's 10th percentile), and `--faults` shows the page faults per
//! element: a size whose every call pays faults is one the allocator maps afresh each time (a
//! freed block given back to the kernel), not work that grows with the list.
//!
//! Grown items are made distinct where they can be (a suffix on their `name` or `number`, dates
//! moved by a day per item, cycling every [`DATE_CYCLE`] days so that they stay in the years the
//! crate accepts); lists of a closed vocabulary repeat values, so their duplicate findings are
//! part of the cost. Sizes whose document would exceed `MAX_DOCUMENT_BYTES` are left out
//! (refused unread). A list's documents are built just before its rounds and dropped after.
//!
//! Without `--bench` (`cargo test --benches`) each list's smallest document is checked once, as
//! a smoke test, and nothing is written.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use cpu_time::ThreadTime;
use qcdc::catalogue::CATALOGUE;
use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, rollup};
use qcdc::org::{AdminUnit, UnitKind};
use qcdc::validate::{MAX_DOCUMENT_BYTES, ValidationContext};
use serde_json::Value;

/// 1k, 2k, … 64k items.
const SIZES: [usize; 7] = [
    1 << 10,
    1 << 11,
    1 << 12,
    1 << 13,
    1 << 14,
    1 << 15,
    1 << 16,
];

/// Dates of grown lists cycle after this many days (about 55 years from a fixture's date, so
/// 2021 + 55 stays before 2100, the last year a date may have).
const DATE_CYCLE: usize = 20_000;

/// Rounds, that is timed calls per size: 30, or `SCALING_SAMPLES` (at least 5). More rounds make
/// the fastest call a steadier estimate on a loaded machine, at the cost of a longer run.
fn rounds() -> usize {
    std::env::var("SCALING_SAMPLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|n| *n >= 5)
        .unwrap_or(30)
}

/// One size of a list: its element count and the call that checks its document.
type Sized<'a> = (usize, Box<dyn Fn() + 'a>);

/// What the command line asks for.
struct Run {
    /// `--bench` given (by `cargo bench`): measure; otherwise one smoke call per list.
    measure: bool,
    /// Lists whose name holds one of these (all when empty).
    filters: Vec<String>,
    /// `--sizes=8192,65536`: only these sizes (to profile or rerun one doubling); printed,
    /// not written.
    sizes: Vec<usize>,
    rounds: usize,
    out: PathBuf,
}

impl Run {
    fn from_env() -> Self {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("target"),
            PathBuf::from,
        );
        Run {
            measure: args.iter().any(|a| a == "--bench"),
            sizes: args
                .iter()
                .filter_map(|a| a.strip_prefix("--sizes="))
                .flat_map(|l| l.split(',').filter_map(|n| n.parse().ok()))
                .collect(),
            filters: args.into_iter().filter(|a| !a.starts_with('-')).collect(),
            rounds: rounds(),
            out: target.join("scaling"),
        }
    }

    fn wants(&self, list: &str) -> bool {
        self.filters.is_empty() || self.filters.iter().any(|f| list.contains(f.as_str()))
    }

    /// The sizes to measure: [`SIZES`], or those of `--sizes=` (any, for instance 131072 to
    /// see whether a step continues).
    fn sizes(&self) -> Vec<usize> {
        if self.sizes.is_empty() {
            SIZES.to_vec()
        } else {
            self.sizes.clone()
        }
    }

    /// Times the sizes of `list` round-robin and records every call.
    fn list(&self, list: &str, sizes: Vec<Sized<'_>>) {
        if !self.measure {
            if let Some((_, call)) = sizes.first() {
                call();
            }
            println!("{list}: ok");
            return;
        }
        let wall = Instant::now();
        // One untimed call each: lazily built tables, the allocator's first growth.
        for (_, call) in &sizes {
            call();
        }
        let mut times: Vec<Vec<u64>> = vec![Vec::with_capacity(self.rounds); sizes.len()];
        let mut faults: Vec<Vec<u64>> = vec![Vec::with_capacity(self.rounds); sizes.len()];
        for round in 0..self.rounds {
            let order: Vec<usize> = if round % 2 == 0 {
                (0..sizes.len()).collect()
            } else {
                (0..sizes.len()).rev().collect()
            };
            for k in order {
                let faulted = minor_faults();
                let start = ThreadTime::now();
                (sizes[k].1)();
                let spent = start.elapsed().as_nanos();
                times[k].push(u64::try_from(spent).unwrap_or(u64::MAX));
                if let (Some(before), Some(after)) = (faulted, minor_faults()) {
                    faults[k].push(after.saturating_sub(before));
                }
            }
        }
        let fastest: Vec<String> = sizes
            .iter()
            .zip(&times)
            .map(|((n, _), t)| format!("{:.0}", *t.iter().min().unwrap_or(&0) as f64 / *n as f64))
            .collect();
        println!(
            "{list}: {} ns/el (fastest of {} rounds; {:.1} s)",
            fastest.join(" "),
            self.rounds,
            wall.elapsed().as_secs_f64()
        );
        // A run of chosen sizes is for a look, not for the table: the table compares sizes
        // measured together.
        if self.sizes.is_empty() {
            self.write(list, &sizes, &times, &faults);
        } else {
            let median_faults: Vec<String> = faults
                .iter()
                .map(|f| {
                    let mut f = f.clone();
                    f.sort_unstable();
                    f.get(f.len() / 2).map_or("?".into(), u64::to_string)
                })
                .collect();
            println!(
                "{list}: {} page faults per call (median)",
                median_faults.join(" ")
            );
        }
    }

    /// `target/scaling/<list, with / as __>.json`: `{"list", "rounds", "sizes": {n: [ns…]},
    /// "faults": {n: [minor page faults…]}}` (faults empty where `/proc` is not there).
    fn write(&self, list: &str, sizes: &[Sized<'_>], times: &[Vec<u64>], faults: &[Vec<u64>]) {
        let per_size = |values: &[Vec<u64>]| -> serde_json::Map<String, Value> {
            sizes
                .iter()
                .zip(values)
                .map(|((n, _), v)| (n.to_string(), Value::from(v.clone())))
                .collect()
        };
        let record = serde_json::json!({
            "list": list,
            "rounds": self.rounds,
            "unit": "ns of thread CPU time per call",
            "sizes": per_size(times),
            "faults": per_size(faults),
        });
        let path = self.out.join(format!("{}.json", list.replace('/', "__")));
        let written = std::fs::create_dir_all(&self.out)
            .and_then(|()| std::fs::write(&path, record.to_string()));
        if let Err(e) = written {
            eprintln!("cannot write {}: {e}", path.display());
        }
    }
}

/// The minor page faults of the benchmark thread so far (Linux: `/proc/thread-self/stat`, the
/// tenth field), read around each call: a call that maps memory afresh pays a fault per page
/// it touches (the kernel zeroes it), which is how an allocator's fresh mapping shows.
fn minor_faults() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // After the command name in parentheses: state, ppid, pgrp, session, tty, tpgid, flags,
    // minflt.
    let (_, rest) = stat.rsplit_once(')')?;
    rest.split_whitespace().nth(7)?.parse().ok()
}

fn main() {
    let run = Run::from_env();
    let ctx = ctx();
    lists_of_every_kind(&run, &ctx);
    rollup_units(&run, &ctx);
}

fn lists_of_every_kind(run: &Run, ctx: &ValidationContext) {
    for kind in CATALOGUE {
        let Some(doc) = richest_fixture(kind.name) else {
            continue;
        };
        for pointer in list_pointers(&doc) {
            let list = format!("{}{}", kind.name, pointer);
            if !run.wants(&list) {
                continue;
            }
            let sizes: Vec<Sized<'_>> = run
                .sizes()
                .into_iter()
                .filter(|&n| fits(&doc, &pointer, n))
                .map(|n| {
                    let bytes = grown(&doc, &pointer, n).expect("a list to grow");
                    let call: Box<dyn Fn()> = Box::new(move || {
                        let _ = black_box(kind.check_json(black_box(&bytes), ctx));
                    });
                    (n, call)
                })
                .collect();
            run.list(&list, sizes);
        }
    }
}

/// The roll-up grown in units: each unit files two quarters whose year-to-date figures go down
/// (a warning merged at roll-up time) and repeats one (a report counted twice).
fn rollup_units(run: &Run, ctx: &ValidationContext) {
    let list = "rollup/units";
    if !run.wants(list) {
        return;
    }
    let sizes: Vec<Sized<'_>> = run
        .sizes()
        .into_iter()
        .map(|n| {
            let (subs, units) = rollup_input(n);
            let call: Box<dyn Fn()> = Box::new(move || {
                // The result is dropped inside the timed call, as a caller's would be.
                black_box(rollup(black_box(&subs), &units, ctx)).ok();
            });
            (n, call)
        })
        .collect();
    run.list(list, sizes);
}

fn ctx() -> ValidationContext {
    ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).expect("a date"))
}

/// The valid fixture of `kind` with the most lists.
fn richest_fixture(kind: &str) -> Option<Value> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind)
        .join("valid");
    let mut best: Option<(usize, Value)> = None;
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Ok(value) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        let lists = list_pointers(&value).len();
        if best.as_ref().is_none_or(|(n, _)| lists > *n) {
            best = Some((lists, value));
        }
    }
    best.map(|(_, v)| v)
}

/// The JSON Pointers of the non-empty arrays of `value`, each shape once (only the first item
/// of an array is looked into).
fn list_pointers(value: &Value) -> Vec<String> {
    fn walk(value: &Value, at: String, out: &mut Vec<String>) {
        match value {
            Value::Array(items) if !items.is_empty() => {
                out.push(at.clone());
                walk(&items[0], format!("{at}/0"), out);
            }
            Value::Object(map) => {
                for (k, v) in map {
                    walk(v, format!("{at}/{k}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, String::new(), &mut out);
    out
}

/// Item `i` of a grown list: a copy of the first item made distinct where possible.
fn variant(item: &Value, i: usize) -> Value {
    match item {
        Value::String(s) => match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(date) => {
                let moved = date
                    .checked_add_days(chrono::Days::new(
                        u64::try_from(i % DATE_CYCLE).unwrap_or(0),
                    ))
                    .unwrap_or(date);
                Value::String(moved.format("%Y-%m-%d").to_string())
            }
            // Text items (activities, opinions…) get a suffix; codes of a vocabulary do not
            // parse with one, so they stay.
            Err(_) if s.contains(' ') => Value::String(format!("{s} {i}")),
            Err(_) => item.clone(),
        },
        Value::Object(_) => {
            let mut copy = item.clone();
            suffix_first_name(&mut copy, i);
            copy
        }
        other => other.clone(),
    }
}

/// Adds ` i` to the first `name` or `number` member found (depth first), so that people,
/// bodies (through their unit's name) and documents differ.
fn suffix_first_name(value: &mut Value, i: usize) -> bool {
    if let Value::Object(map) = value {
        for key in ["name", "number", "subject", "text"] {
            if let Some(Value::String(s)) = map.get_mut(key) {
                s.push_str(&format!(" {i}"));
                return true;
            }
        }
        for v in map.values_mut() {
            if suffix_first_name(v, i) {
                return true;
            }
        }
    }
    false
}

/// `doc` with the list at `pointer` grown to `n` items.
fn grown(doc: &Value, pointer: &str, n: usize) -> Option<Vec<u8>> {
    let mut doc = doc.clone();
    let list = doc.pointer_mut(pointer)?.as_array_mut()?;
    let first = list.first()?.clone();
    *list = (0..n).map(|i| variant(&first, i)).collect();
    serde_json::to_vec(&doc).ok()
}

/// Whether `doc` with the list at `pointer` grown to `n` items stays within
/// `MAX_DOCUMENT_BYTES`, estimated without building it: the last item is the longest (its
/// suffix has the most digits).
fn fits(doc: &Value, pointer: &str, n: usize) -> bool {
    let len = |v: &Value| serde_json::to_vec(v).map_or(usize::MAX, |b| b.len());
    let Some(first) = doc
        .pointer(pointer)
        .and_then(Value::as_array)
        .and_then(|l| l.first())
    else {
        return false;
    };
    let item = len(&variant(first, n - 1)).saturating_add(1);
    len(doc).saturating_add(item.saturating_mul(n)) <= MAX_DOCUMENT_BYTES
}

/// `n` units, each with its three submissions.
fn rollup_input(n: usize) -> (Vec<Submission>, UnitList) {
    let units: Vec<AdminUnit> = (0..n)
        .map(|i| AdminUnit::new(UnitKind::Xa, format!("Số {i}")))
        .collect();
    let list = UnitList::new(
        AdminUnit::new(UnitKind::Tinh, "Bắc Giang"),
        "2023".parse().expect("a year"),
        units.clone(),
    );
    let mut submissions = Vec::with_capacity(3 * n);
    for (i, unit) in units.into_iter().enumerate() {
        let mut q2 = CommuneQcdcReport::empty(unit, "2023-Q2".parse().expect("a quarter"));
        q2.complaints.received_in_period = 5;
        q2.complaints.received_year_to_date = 5;
        q2.complaints.unresolved = 5;
        let mut q3 = q2.clone();
        q3.period = "2023-Q3".parse().expect("a quarter");
        q3.complaints.received_in_period = 2;
        q3.complaints.received_year_to_date = 2;
        q3.complaints.unresolved = 7;
        submissions.push(Submission::new(format!("{i}-q2"), q2.clone()));
        submissions.push(Submission::new(format!("{i}-q3"), q3));
        submissions.push(Submission::new(format!("{i}-again"), q2));
    }
    (submissions, list)
}
