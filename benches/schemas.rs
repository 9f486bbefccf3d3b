//! The schema catalogue: every document kind's JSON Schema in both profiles (issue 13 keeps
//! it under 5 ms, the first call of a process too), and the uiSchemas of both form libraries.
//!
//! The catalogue's kinds are built on every call from the words made ahead of time
//! (`src/schema/ahead.rs`), so criterion's rounds measure those builds; the first and second
//! calls of the process are timed once before criterion starts and printed (run the bench a
//! few times for their spread; count their instructions with `valgrind --tool=callgrind
//! --toggle-collect='*first_call_of_the_process*'`, or `'*second_call*'`, on the bench binary
//! with a filter that matches no bench). `catalogue_made_afresh` measures what the copies
//! spare: schemars and the profiles' passes, as for a kind of the caller's own.

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;

use cpu_time::ThreadTime;
use criterion::{Criterion, criterion_group};
use qcdc::catalogue::CATALOGUE;
use qcdc::schema::{Profile, fresh_schema_for, jsonforms_ui_schema_for, schema_for, ui_schema_for};

/// Every kind in both profiles; the number of schemas made.
fn whole_catalogue() -> usize {
    let mut made = 0;
    for kind in CATALOGUE {
        for profile in Profile::ALL {
            made += usize::from(black_box(schema_for(kind, profile)).as_object().is_some());
        }
    }
    made
}

fn catalogue(c: &mut Criterion) {
    let mut group = c.benchmark_group("schemas");
    group.bench_function("catalogue_both_profiles", |b| {
        b.iter(|| assert_eq!(whole_catalogue(), 2 * CATALOGUE.len()));
    });
    for profile in Profile::ALL {
        group.bench_function(format!("catalogue_{profile}"), |b| {
            b.iter(|| {
                for kind in CATALOGUE {
                    black_box(schema_for(kind, profile));
                }
            });
        });
    }
    group.bench_function("catalogue_made_afresh", |b| {
        b.iter(|| {
            for kind in CATALOGUE {
                for profile in Profile::ALL {
                    black_box(fresh_schema_for(kind, profile));
                }
            }
        });
    });
    group.bench_function("ui_schemas_rjsf_and_jsonforms", |b| {
        b.iter(|| {
            for kind in CATALOGUE {
                black_box(ui_schema_for(kind));
                black_box(jsonforms_ui_schema_for(kind));
            }
        });
    });
    group.finish();
}

/// The whole catalogue once, timed in CPU time of this thread (another process holding the
/// core is not counted). Out of line, under its own name, so that callgrind can count the
/// first call alone: `valgrind --tool=callgrind --toggle-collect='*first_call_of_the_process*'`.
#[inline(never)]
fn first_call_of_the_process() -> f64 {
    let start = ThreadTime::now();
    assert_eq!(whole_catalogue(), 2 * CATALOGUE.len());
    start.elapsed().as_secs_f64()
}

/// The same again, the schemas' cache (if any) warm: `--toggle-collect='*second_call*'`.
#[inline(never)]
fn second_call() -> f64 {
    let start = ThreadTime::now();
    assert_eq!(whole_catalogue(), 2 * CATALOGUE.len());
    start.elapsed().as_secs_f64()
}

criterion_group!(benches, catalogue);

fn main() {
    let first = first_call_of_the_process();
    let second = second_call();
    eprintln!(
        "schemas/first_call_of_the_process: the catalogue in both profiles made in {:.2} ms of \
         CPU (then {:.2} ms the second time)",
        first * 1e3,
        second * 1e3
    );
    benches();
    Criterion::default().configure_from_args().final_summary();
}
