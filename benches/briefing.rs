//! Decoding and validating the seed briefing (the 1,700-line JSON of the example
//! `giao_ban_2021_q1`: 21 attendees, 4 results, 4 campaigns, 7 tasks with their bodies), and
//! validating the decoded report alone.

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use qcdc::report::BriefingReport;
use qcdc::validate::{Validate, ValidationContext, check_json, from_json_slice};

const SEED: &str = include_str!("../tests/fixtures/briefing_report/valid/giao_ban_2021_q1.json");

fn briefing(c: &mut Criterion) {
    let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 4, 8).expect("a date"));
    let report: BriefingReport = from_json_slice(SEED.as_bytes()).expect("the seed decodes");
    let mut group = c.benchmark_group("briefing");
    group.throughput(Throughput::Bytes(SEED.len() as u64));
    group.bench_function("check_json seed", |b| {
        b.iter(|| check_json::<BriefingReport>(black_box(SEED.as_bytes()), &ctx))
    });
    group.bench_function("validate decoded seed", |b| {
        b.iter(|| black_box(&report).validate(&ctx))
    });
    group.finish();
}

criterion_group!(benches, briefing);
criterion_main!(benches);
