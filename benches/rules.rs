//! Benchmarks of the rule checks: one document of each kind decoded from JSON and validated, and
//! the verdict of a community vote.

#![allow(missing_docs)] // criterion's macros generate undocumented functions

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use qcdc::catalogue;
use qcdc::rules::{DecisionForm, DecisionItem, Votes, decide};
use qcdc::validate::ValidationContext;

fn fixture(kind: &str, file: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/{kind}/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(path).expect("fixture exists")
}

fn rules(c: &mut Criterion) {
    let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    for (kind, file) in [
        ("disclosure", "valid/fees_2024.json"),
        ("community_decision", "invalid/wrong_form_and_result.json"),
        ("oversight_board", "valid/investment_board_2024.json"),
        (
            "workplace_democracy",
            "invalid/enterprise_missing_dialogue.json",
        ),
        ("district_regulation_set", "valid/long_bien_2021.json"),
    ] {
        let bytes = fixture(kind, file);
        let doc = catalogue::find(kind).unwrap();
        c.bench_function(&format!("check_json/{kind}"), |b| {
            b.iter(|| doc.check_json(black_box(&bytes), &ctx))
        });
    }
    let date = NaiveDate::from_ymd_opt(2024, 5, 12).unwrap();
    c.bench_function("decide", |b| {
        b.iter(|| {
            Votes::new(black_box(150), 120, 101).and_then(|votes| {
                decide(
                    black_box(DecisionItem::InfrastructureContribution),
                    DecisionForm::Meeting,
                    date,
                    votes,
                )
            })
        })
    });
}

criterion_group!(benches, rules);
criterion_main!(benches);
