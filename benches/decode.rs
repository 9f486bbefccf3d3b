//! Decoding and validation of the three main document kinds, side by side with the floor
//! (`serde_json::from_slice::<IgnoredAny>`, parsing without building anything) and with the
//! `jsonschema` crate on the same bytes, on every path a document can take:
//!
//! - `clean`: a valid document (the direct path);
//! - `form blanks`: the same document with every optional member it leaves out sent as `null`
//!   or `""`, as forms send cleared inputs, against `form clean` (the same content without
//!   them);
//! - `k problems at start/end`: k = 1, 10, 100 decoding problems (unknown members and wrong
//!   types, alternately) in the first or the last objects of the document;
//! - `scaling`: the briefing's task list doubled from 1k to 64k tasks.
//!
//! ```text
//! cargo bench --bench decode -- --warm-up-time 1 --measurement-time 3
//! ```
//! Peak memory on the same paths: `cargo bench --bench decode_memory`.

#![allow(missing_docs)] // criterion_group! generates an undocumented function.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use qcdc::catalogue;
use qcdc::commune_report::CommuneQcdcReport;
use qcdc::dan_van_kheo::{ModelRegistration, examples};
use qcdc::report::BriefingReport;
use qcdc::schema::{Profile, schema_for};
use qcdc::validate::{Validate, ValidationContext, check_json, decode_and_check, from_json_slice};
use serde::de::DeserializeOwned;

#[path = "support/documents.rs"]
mod documents;

fn ctx(y: i32, m: u32, d: u32) -> ValidationContext {
    ValidationContext::new(NaiveDate::from_ymd_opt(y, m, d).expect("a date"))
}

fn kind_group<T: DeserializeOwned + Validate>(
    c: &mut Criterion,
    kind: &str,
    bytes: &[u8],
    ctx: &ValidationContext,
) {
    assert!(
        check_json::<T>(bytes, ctx).is_valid(),
        "{kind}: the bench document is valid"
    );
    let forms = documents::form_variants::<T>(bytes, ctx);
    let mut group = c.benchmark_group(kind);
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("floor: from_slice::<IgnoredAny>", |b| {
        b.iter(|| serde_json::from_slice::<serde::de::IgnoredAny>(black_box(bytes)))
    });
    group.bench_function("typed decode (from_json_slice)", |b| {
        b.iter(|| from_json_slice::<T>(black_box(bytes)).is_ok())
    });
    // The same decoding without the crate's strict adapter: what the adapter costs.
    group.bench_function("serde_json::from_slice (no adapter)", |b| {
        b.iter(|| serde_json::from_slice::<T>(black_box(bytes)).is_ok())
    });
    let decoded: T = from_json_slice(bytes).expect("valid");
    group.bench_function("validate", |b| b.iter(|| black_box(&decoded).validate(ctx)));
    group.bench_function("check_json clean", |b| {
        b.iter(|| check_json::<T>(black_box(bytes), ctx))
    });
    // The one call that keeps the value, against the two calls it replaces (decoding twice).
    group.bench_function("decode_and_check clean", |b| {
        b.iter(|| {
            decode_and_check::<T>(black_box(bytes), ctx)
                .into_valid()
                .is_ok()
        })
    });
    group.bench_function("from_json_slice + check_json clean", |b| {
        b.iter(|| {
            let report = check_json::<T>(black_box(bytes), ctx);
            report.is_valid() && from_json_slice::<T>(black_box(bytes)).is_ok()
        })
    });
    let kind_type = catalogue::find(kind).expect("a kind of the catalogue");
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&schema_for(kind_type, Profile::Standard).to_value())
        .expect("the schema compiles");
    group.bench_function("jsonschema crate (parse + validate)", |b| {
        b.iter(|| {
            let value: serde_json::Value = serde_json::from_slice(black_box(bytes)).expect("json");
            validator.iter_errors(&value).count()
        })
    });
    group.bench_function("check_json form clean", |b| {
        b.iter(|| check_json::<T>(black_box(&forms.without_blanks), ctx))
    });
    group.bench_function("check_json form blanks", |b| {
        b.iter(|| check_json::<T>(black_box(&forms.with_blanks), ctx))
    });
    for (k, at_end, doc) in &forms.problems {
        let id = BenchmarkId::new(
            format!(
                "check_json problems at {}",
                if *at_end { "end" } else { "start" }
            ),
            k,
        );
        group.bench_function(id, |b| b.iter(|| check_json::<T>(black_box(doc), ctx)));
    }
    group.finish();
}

fn kinds(c: &mut Criterion) {
    let registration = serde_json::to_vec(&examples::long_bien_2021()).expect("serialisable");
    kind_group::<ModelRegistration>(c, "model_registration", &registration, &ctx(2026, 11, 28));
    kind_group::<BriefingReport>(
        c,
        "briefing_report",
        documents::BRIEFING.as_bytes(),
        &ctx(2021, 4, 8),
    );
    kind_group::<CommuneQcdcReport>(
        c,
        "commune_qcdc_report",
        documents::COMMUNE.as_bytes(),
        &ctx(2026, 11, 28),
    );
}

fn scaling(c: &mut Criterion) {
    let ctx = ctx(2021, 4, 8);
    let mut group = c.benchmark_group("scaling: briefing tasks");
    group.sample_size(10);
    for tasks in [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000] {
        let doc = documents::briefing_with_tasks(tasks);
        let with_problems = documents::with_problems(&doc, 100, true);
        group.throughput(Throughput::Elements(tasks as u64));
        group.bench_function(BenchmarkId::new("check_json clean", tasks), |b| {
            b.iter(|| check_json::<BriefingReport>(black_box(&doc), &ctx))
        });
        group.bench_function(
            BenchmarkId::new("check_json 100 problems at end", tasks),
            |b| b.iter(|| check_json::<BriefingReport>(black_box(&with_problems), &ctx)),
        );
    }
    group.finish();
}

criterion_group!(benches, kinds, scaling);
criterion_main!(benches);
