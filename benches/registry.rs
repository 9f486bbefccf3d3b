//! The administrative registry: lookup by code (target under 50 ns), by name within a province
//! (target under 1 µs), and the first-use cost of building its indexes (target under 5 ms).
//!
//! `cargo bench --bench registry -- --warm-up-time 1 --measurement-time 3`

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use qcdc::org::registry;
use qcdc::org::{AdminUnit, UnitCode};

fn lookups(c: &mut Criterion) {
    // The very first use in this process, once: indexes built from the static data.
    let start = Instant::now();
    registry::warm_up();
    eprintln!("registry first use (one shot): {:?}", start.elapsed());

    let ha_noi = UnitCode::province(1);
    let long_bien = UnitCode::commune(145);
    c.bench_function("registry/unit by code", |b| {
        b.iter(|| registry::unit(black_box(long_bien)))
    });
    c.bench_function("registry/unit by code string", |b| {
        b.iter(|| registry::unit(black_box("00145").parse().unwrap()))
    });
    c.bench_function("registry/find by name \"P. Long Biên\"", |b| {
        b.iter(|| registry::find(black_box(ha_noi), black_box("P. Long Biên")))
    });
    c.bench_function("registry/find by name \"phuong long bien\"", |b| {
        b.iter(|| registry::find(black_box(ha_noi), black_box("phuong long bien")))
    });
    c.bench_function("registry/communes of Hà Nội", |b| {
        b.iter(|| registry::communes(black_box(ha_noi)).len())
    });
    c.bench_function("registry/AdminUnit::from_registry", |b| {
        b.iter(|| AdminUnit::from_registry(black_box(long_bien)))
    });
    c.bench_function("registry/first use (indexes built afresh)", |b| {
        b.iter(registry::first_use_cost)
    });
}

criterion_group!(benches, lookups);
criterion_main!(benches);
