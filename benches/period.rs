//! Parsing 10,000 mixed period strings (codes and what people type) and computing their
//! cut-off windows and deadlines under Nghị định 09/2019/NĐ-CP.

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;

use chrono::Datelike as _;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use qcdc::period::{CutoffRule, DeadlineRule, ReportingPeriod};

/// 10,000 inputs cycling through the spellings people use, over many years.
fn inputs() -> Vec<String> {
    (0..10_000)
        .map(|i| {
            let year = 1990 + (i % 60);
            let month = i % 12 + 1;
            let quarter = i % 4 + 1;
            let roman = ["I", "II", "III", "IV"][i % 4];
            match i % 12 {
                0 => format!("{year}-{month:02}"),
                1 => format!("{year}-Q{quarter}"),
                2 => format!("{year}-H{}", i % 2 + 1),
                3 => format!("{year}-9M"),
                4 => format!("{year}"),
                5 => format!("Quý {roman}/{year}"),
                6 => format!("quy {quarter} nam {year}"),
                7 => format!("6 tháng đầu năm {year}"),
                8 => format!("sáu tháng cuối năm {year}"),
                9 => format!("Tháng {month}/{year}"),
                10 => format!("T{month}/{year}"),
                _ => format!("9 tháng năm {year}"),
            }
        })
        .collect()
}

fn parse_and_windows(c: &mut Criterion) {
    let inputs = inputs();
    let cutoff = CutoffRule::default();
    let deadline = DeadlineRule::NghiDinh09;
    let mut group = c.benchmark_group("period");
    group.throughput(Throughput::Elements(inputs.len() as u64));
    group.bench_function("parse_and_windows_10k", |b| {
        b.iter(|| {
            let mut checksum = 0i64;
            for s in &inputs {
                let period: ReportingPeriod = black_box(s).parse().expect("valid input");
                let window = cutoff.window(period);
                let due = deadline.deadline(period, &cutoff);
                checksum += i64::from(window.days()) + i64::from(due.ordinal());
            }
            black_box(checksum)
        })
    });
    group.bench_function("parse_codes_only_10k", |b| {
        let codes: Vec<String> = inputs
            .iter()
            .map(|s| s.parse::<ReportingPeriod>().expect("valid").code())
            .collect();
        b.iter(|| {
            for s in &codes {
                black_box(black_box(s).parse::<ReportingPeriod>().expect("valid"));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, parse_and_windows);
criterion_main!(benches);
