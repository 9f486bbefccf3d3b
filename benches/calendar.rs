//! Working-day arithmetic in Vietnam's calendar: adding 5 working days (Luật 10/2022 Điều 12 k3)
//! from every date of a year, counting them back, and the lunar conversion behind Tết.

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use qcdc::calendar::{LunarDate, WorkingCalendar, tet};
use qcdc::rules::add_working_days;

/// Every date of 2024 (366 days, across Tết, the swapped Saturday of May and Quốc khánh).
fn days_of_2024() -> Vec<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid date");
    first.iter_days().take(366).collect()
}

fn working_days(c: &mut Criterion) {
    let days = days_of_2024();
    let calendar = WorkingCalendar::default();
    let mut group = c.benchmark_group("calendar");
    group.throughput(Throughput::Elements(days.len() as u64));
    group.bench_function("add_5_working_days_every_date_of_2024", |b| {
        b.iter(|| {
            for &day in &days {
                black_box(calendar.add_working_days(black_box(day), 5));
            }
        })
    });
    group.bench_function("rules_add_working_days_every_date_of_2024", |b| {
        b.iter(|| {
            for &day in &days {
                black_box(add_working_days(black_box(day), 5));
            }
        })
    });
    group.bench_function("working_days_between_every_date_of_2024", |b| {
        let ends: Vec<_> = days
            .iter()
            .map(|&d| calendar.add_working_days(d, 5))
            .collect();
        b.iter(|| {
            for (&from, &to) in days.iter().zip(&ends) {
                black_box(calendar.working_days_between(black_box(from), to));
            }
        })
    });
    group.finish();

    let mut lunar = c.benchmark_group("lunar");
    lunar.throughput(Throughput::Elements(days.len() as u64));
    lunar.bench_function("solar_to_lunar_every_date_of_2024", |b| {
        b.iter(|| {
            for &day in &days {
                black_box(LunarDate::from_solar(black_box(day)).expect("in range"));
            }
        })
    });
    lunar.bench_function("tet_1900_2199", |b| {
        b.iter(|| {
            for year in 1900..=2199 {
                black_box(tet(black_box(year)).expect("in range"));
            }
        })
    });
    lunar.finish();
}

criterion_group!(benches, working_days);
criterion_main!(benches);
