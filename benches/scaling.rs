//! Scaling of `check_json` with the length of every list-shaped input (issue 14): for each
//! document kind of the catalogue, each list of its richest valid fixture is grown from 1,024 to
//! 65,536 items by doubling, and the whole document is decoded and validated; the roll-up is
//! grown the same way in units. Linear work shows as a flat time per element (criterion's
//! `thrpt` in elements per second): each doubling should cost at most 2.3 times the time.
//!
//! ```sh
//! cargo bench --bench scaling                   # everything (a few minutes on 2 cores)
//! cargo bench --bench scaling -- briefing_report # one kind
//! python3 scripts/scaling_table.py              # the table of time per element
//! SCALING_SAMPLES=30 cargo bench --bench scaling -- rollup  # more timed calls per size
//! ```
//!
//! Grown items are made distinct where they can be (a suffix on their `name` or `number`, dates
//! moved by a day per item, cycling every [`DATE_CYCLE`] days so that they stay in the years the
//! crate accepts); lists of a closed vocabulary repeat values, so their duplicate findings are
//! part of the cost. Sizes whose document would exceed `MAX_DOCUMENT_BYTES` are left out
//! (refused unread).
//!
//! Time is the benchmark thread's CPU time ([`ThreadCpu`]), not the wall clock: on a shared
//! machine a loaded core stretches wall times at random and hides the shape of the curve. A
//! document is built only when its benchmark runs, so a filtered run starts at once.

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use chrono::NaiveDate;
use cpu_time::ThreadTime;
use criterion::measurement::{Measurement, ValueFormatter};
use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
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

/// The CPU time of the benchmark thread: what the code costs, without the time another process
/// held the core.
struct ThreadCpu;

impl Measurement for ThreadCpu {
    type Intermediate = ThreadTime;
    type Value = Duration;

    fn start(&self) -> ThreadTime {
        ThreadTime::now()
    }
    fn end(&self, start: ThreadTime) -> Duration {
        start.elapsed()
    }
    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, value: &Duration) -> f64 {
        value.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &Nanoseconds
    }
}

/// Shows CPU times as criterion shows wall times (ns … s, elements per second).
struct Nanoseconds;

impl ValueFormatter for Nanoseconds {
    fn scale_values(&self, typical: f64, values: &mut [f64]) -> &'static str {
        let (factor, unit) = match typical {
            t if t < 1e3 => (1.0, "ns"),
            t if t < 1e6 => (1e-3, "µs"),
            t if t < 1e9 => (1e-6, "ms"),
            _ => (1e-9, "s"),
        };
        values.iter_mut().for_each(|v| *v *= factor);
        unit
    }
    fn scale_throughputs(
        &self,
        _typical: f64,
        throughput: &Throughput,
        values: &mut [f64],
    ) -> &'static str {
        let (count, unit) = match *throughput {
            Throughput::Bytes(n) | Throughput::BytesDecimal(n) => (n as f64, "B/s"),
            Throughput::Elements(n) => (n as f64, "elem/s"),
        };
        values.iter_mut().for_each(|v| *v = count * 1e9 / *v);
        unit
    }
    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}

/// Timed calls per size: 10, or `SCALING_SAMPLES` (more calls make the fastest one a steadier
/// estimate on a loaded machine, at the cost of a longer run).
fn samples() -> usize {
    std::env::var("SCALING_SAMPLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|n| *n >= 10)
        .unwrap_or(10)
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

fn lists_of_every_kind(c: &mut Criterion<ThreadCpu>) {
    let ctx = ctx();
    for kind in CATALOGUE {
        let Some(doc) = richest_fixture(kind.name) else {
            continue;
        };
        for pointer in list_pointers(&doc) {
            let mut group = c.benchmark_group(format!("{}{}", kind.name, pointer));
            // Short and flat: ten timed calls per size bound the whole run to a few minutes.
            group
                .sample_size(samples())
                .sampling_mode(SamplingMode::Flat)
                .warm_up_time(Duration::from_millis(100))
                .measurement_time(Duration::from_millis(500));
            for n in SIZES {
                if !fits(&doc, &pointer, n) {
                    continue;
                }
                group.throughput(Throughput::Elements(u64::try_from(n).unwrap_or(u64::MAX)));
                // Built on the first call, which happens only when the benchmark runs.
                let mut bytes: Option<Vec<u8>> = None;
                group.bench_function(BenchmarkId::from_parameter(n), |b| {
                    let bytes = bytes
                        .get_or_insert_with(|| grown(&doc, &pointer, n).expect("a list to grow"));
                    b.iter(|| black_box(kind.check_json(black_box(bytes), &ctx)));
                });
            }
            group.finish();
        }
    }
}

/// The roll-up grown in units: each unit files two quarters whose year-to-date figures go down
/// (a warning merged at roll-up time) and repeats one (a report counted twice).
fn rollup_units(c: &mut Criterion<ThreadCpu>) {
    let ctx = ctx();
    let mut group = c.benchmark_group("rollup/units");
    group
        .sample_size(samples())
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(100))
        .measurement_time(Duration::from_millis(500));
    for n in SIZES {
        group.throughput(Throughput::Elements(u64::try_from(n).unwrap_or(u64::MAX)));
        let mut input: Option<(Vec<Submission>, UnitList)> = None;
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            let (subs, list) = input.get_or_insert_with(|| rollup_input(n));
            b.iter(|| black_box(rollup(black_box(subs), list, &ctx)));
        });
    }
    group.finish();
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

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(ThreadCpu);
    targets = lists_of_every_kind, rollup_units
}
criterion_main!(benches);
