//! Parse + validate of the reference "Dân vận khéo" registration from JSON bytes, against the
//! floor: `serde_json::from_slice::<serde::de::IgnoredAny>` of the same bytes.
//!
//! ```text
//! cargo bench --bench registration -- --warm-up-time 1 --measurement-time 3
//! ```

#![allow(missing_docs)] // criterion_group! generates an undocumented function.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use qcdc::dan_van_kheo::{ModelRegistration, examples};
use qcdc::validate::{Validate, ValidationContext, check_json};

fn bench(c: &mut Criterion) {
    let bytes = serde_json::to_vec(&examples::long_bien_2021()).expect("serialisable");
    let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).expect("date"));
    assert!(check_json::<ModelRegistration>(&bytes, &ctx).is_valid());

    let mut group = c.benchmark_group("model_registration");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("floor: from_slice::<IgnoredAny>", |b| {
        b.iter(|| serde_json::from_slice::<serde::de::IgnoredAny>(black_box(&bytes)))
    });
    group.bench_function("from_slice only", |b| {
        b.iter(|| serde_json::from_slice::<ModelRegistration>(black_box(&bytes)).expect("valid"))
    });
    let decoded: ModelRegistration = serde_json::from_slice(&bytes).expect("valid");
    group.bench_function("validate only", |b| {
        b.iter(|| black_box(&decoded).validate(&ctx))
    });
    group.bench_function("from_slice + validate", |b| {
        b.iter(|| {
            let r: ModelRegistration = serde_json::from_slice(black_box(&bytes)).expect("valid");
            r.validate(&ctx)
        })
    });
    group.bench_function("check_json (lenient decode + validate)", |b| {
        b.iter(|| check_json::<ModelRegistration>(black_box(&bytes), &ctx))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
