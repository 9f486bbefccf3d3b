//! Fixture-driven tests for every document kind of the catalogue.
//!
//! Layout: `tests/fixtures/<kind>/valid/*.json` must decode and validate without errors;
//! `tests/fixtures/<kind>/invalid/NAME.json` must fail with exactly the errors listed in
//! `NAME.expected.json`: `{"errors": [{"path": "/x", "code": "blank"}, ...], "breaches": [...],
//! "warnings": [...]}`. Breaches of law (valid data recording an unlawful act) have their own
//! key. A valid fixture may have a `NAME.expected.json` too, without `errors`, to list the
//! breaches and warnings it records. `breaches` and `warnings` are optional; when given, they
//! must match exactly (a valid fixture without an expected file must have no breach). Every
//! breach cites its article. Fixtures are validated as of `AS_OF`, so "in the future" means
//! after that day.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use qcdc::catalogue::CATALOGUE;
use qcdc::validate::{ValidationContext, Violation};
use serde_json::Value;

/// The "as of" date of every fixture run.
const AS_OF: (i32, u32, u32) = (2026, 11, 28);

fn ctx() -> ValidationContext {
    ValidationContext::new(NaiveDate::from_ymd_opt(AS_OF.0, AS_OF.1, AS_OF.2).unwrap())
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p.to_string_lossy().ends_with(".expected.json")
        })
        .collect();
    files.sort();
    files
}

fn pairs(list: &[Violation]) -> BTreeSet<(String, String)> {
    list.iter()
        .map(|v| (v.path.clone(), v.code.as_str().to_owned()))
        .collect()
}

fn expected_pairs(value: &Value) -> BTreeSet<(String, String)> {
    value
        .as_array()
        .expect("an array of {path, code}")
        .iter()
        .map(|e| {
            (
                e["path"].as_str().unwrap().to_owned(),
                e["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Compares the `breaches` and `warnings` of an expected file, when given, and checks that every
/// breach cites its article.
fn compare_optional(
    file: &Path,
    expected: &Value,
    report: &qcdc::validate::ValidationReport,
    failures: &mut Vec<String>,
) {
    for (key, list) in [
        ("breaches", report.breaches()),
        ("warnings", report.warnings()),
    ] {
        if let Some(want) = expected.get(key) {
            let got = pairs(list);
            let want = expected_pairs(want);
            if got != want {
                failures.push(format!(
                    "{}: {key} differ\n  expected {want:?}\n  got      {got:?}",
                    file.display()
                ));
            }
        }
    }
    for breach in report.breaches() {
        if breach.citation.is_none() {
            failures.push(format!(
                "{}: breach {} at {} cites no article",
                file.display(),
                breach.code.as_str(),
                breach.path
            ));
        }
    }
}

#[test]
fn every_fixture_gives_its_expected_findings() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut checked = 0;
    let mut failures = Vec::new();
    for kind in CATALOGUE {
        let dir = root.join(kind.name);
        let valid = json_files(&dir.join("valid"));
        let invalid = json_files(&dir.join("invalid"));
        assert!(
            !valid.is_empty(),
            "{}: no valid fixture in {}",
            kind.name,
            dir.display()
        );
        assert!(
            !invalid.is_empty(),
            "{}: no invalid fixture in {}",
            kind.name,
            dir.display()
        );
        for file in valid {
            let report = kind.check_json(&fs::read(&file).unwrap(), &ctx());
            if !report.is_valid() {
                failures.push(format!("{}: expected valid, got\n{report}", file.display()));
            }
            let expected_file = file.with_extension("expected.json");
            let expected: Value = match fs::read(&expected_file) {
                Ok(bytes) => serde_json::from_slice(&bytes).unwrap(),
                Err(_) => serde_json::json!({ "breaches": [] }),
            };
            assert!(
                expected.get("errors").is_none(),
                "{}",
                expected_file.display()
            );
            compare_optional(&file, &expected, &report, &mut failures);
            checked += 1;
        }
        for file in invalid {
            let expected_file = file.with_extension("expected.json");
            let expected: Value = serde_json::from_slice(
                &fs::read(&expected_file)
                    .unwrap_or_else(|_| panic!("{} is missing", expected_file.display())),
            )
            .unwrap();
            let report = kind.check_json(&fs::read(&file).unwrap(), &ctx());
            let got = pairs(report.errors());
            let want = expected_pairs(&expected["errors"]);
            if got != want {
                failures.push(format!(
                    "{}: errors differ\n  expected {want:?}\n  got      {got:?}",
                    file.display()
                ));
            }
            compare_optional(&file, &expected, &report, &mut failures);
            checked += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 2 * CATALOGUE.len());
}
