//! Writing the roll-up workbook (feature `xlsx`) and the charts for 3,321 commune-level units
//! (the number of xã, phường and đặc khu after 01/07/2025). Target: the workbook under 1 s.
//!
//! `cargo bench --features xlsx --bench xlsx -- --warm-up-time 1 --measurement-time 5`

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use qcdc::commune_report::{
    CommuneQcdcReport, Rollup, Submission, UnitList, WorkbookOptions, rollup,
};
use qcdc::org::{AdminUnit, UnitKind};
use qcdc::validate::ValidationContext;

const UNITS: usize = 3321;

fn province_rollup() -> Rollup {
    let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 1, 20).expect("a date"));
    // A third quarter: no yearly section VIII is due.
    let period = "2025-Q3".parse().expect("a quarter");
    let units: Vec<AdminUnit> = (0..UNITS)
        .map(|i| AdminUnit::new(UnitKind::Xa, format!("Đơn vị số {i}")))
        .collect();
    let submissions: Vec<Submission> = units
        .iter()
        .enumerate()
        .map(|(i, unit)| {
            let mut r = CommuneQcdcReport::empty(unit.clone(), period);
            let n = i as u64 % 17;
            r.complaints.received_in_period = n;
            r.complaints.received_year_to_date = 3 * n;
            r.complaints.resolved_in_period = n / 2;
            r.complaints.resolved_year_to_date = n;
            r.complaints.backlog = Some(0);
            r.complaints.unresolved = 2 * n;
            r.people_inspection.sessions = n;
            r.people_inspection.money_recovered = n * 1_250_000;
            Submission::new(format!("{i}.json"), r)
        })
        .collect();
    let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Ninh"), period, units);
    rollup(&submissions, &list, &ctx).expect("a valid unit list")
}

fn bench(c: &mut Criterion) {
    let r = province_rollup();
    assert_eq!(
        r.units_reported.len(),
        UNITS,
        "every report counted: {:?}",
        r.invalid.first().map(|bad| &bad.errors)
    );
    let options = WorkbookOptions::new(NaiveDate::from_ymd_opt(2026, 1, 20).expect("a date"));
    let mut group = c.benchmark_group("xlsx_3321_units");
    group.sample_size(10);
    group.bench_function("workbook", |b| {
        b.iter(|| black_box(r.to_xlsx(&options).expect("written")))
    });
    group.bench_function("svg_charts", |b| b.iter(|| black_box(r.to_svg_charts())));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
