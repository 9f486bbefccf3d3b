//! The examples as reference programs (their contracts: names, arguments, exit codes): each answers
//! `--help` with its usage on standard output and exit 0, and `validate` finds a document kind
//! by its name in any case or by its Vietnamese title; the quickstart's output, reporting
//! calendar included, fits 100 columns. Runs the examples through cargo (built once, then
//! reused).

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// Every example of `examples/`.
const EXAMPLES: &[&str] = &[
    "compare_driver",
    "dang_ky_mo_hinh",
    "giao_ban_2021_q1",
    "lunar_calendar",
    "quickstart",
    "reporting_calendar",
    "rules_catalogue",
    "schemas",
    "tong_hop",
    "units",
    "validate",
];

fn run(example: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", example, "--"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .expect("cargo runs")
}

#[test]
fn the_list_names_every_example() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut found: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".rs").map(str::to_owned)
        })
        .collect();
    found.sort();
    assert_eq!(found, EXAMPLES);
}

#[test]
fn every_example_answers_help_with_its_usage_and_exit_0() {
    for example in EXAMPLES {
        for flag in ["--help", "-h"] {
            let out = run(example, &[flag]);
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{example} {flag}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(
                stdout.starts_with(&format!("usage: {example}")),
                "{example} {flag} printed: {stdout}"
            );
            assert!(
                out.stderr.is_empty(),
                "{example} {flag}: usage goes to stdout"
            );
        }
    }
}

/// Runs `validate KIND` on the seed briefing and returns the exit code and the reported kind.
fn validate_as(kind: &str) -> (Option<i32>, Option<String>) {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/briefing_report/valid/giao_ban_2021_q1.json");
    let out = run(
        "validate",
        &[kind, file.to_str().unwrap(), "--as-of", "2021-04-08"],
    );
    let kind = serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .ok()
        .and_then(|json| json["kind"].as_str().map(str::to_owned));
    (out.status.code(), kind)
}

#[test]
fn validate_finds_a_kind_by_any_spelling_of_its_name_or_title() {
    for spelling in [
        "briefing_report",
        "BRIEFING_REPORT",
        "Briefing_Report",
        "briefing report",
        "Báo cáo giao ban Khối Dân vận",
        "bao cao giao ban khoi dan van",
        "BÁO CÁO GIAO BAN KHỐI DÂN VẬN",
        "Briefing report of a Khối Dân vận",
    ] {
        assert_eq!(
            validate_as(spelling),
            (Some(0), Some("briefing_report".to_owned())),
            "{spelling}"
        );
    }
}

#[test]
fn validate_refuses_near_misses_of_a_kind() {
    for spelling in [
        "briefing",
        "báo cáo giao ban",
        "briefing_reports",
        "giao ban",
    ] {
        let (code, kind) = validate_as(spelling);
        assert_eq!((code, kind), (Some(2), None), "{spelling}");
    }
}

#[test]
fn validate_messages_in_vietnamese_carry_no_english_parser_text() {
    // Broken JSON, wrong types, an unknown code, an impossible date, an unknown field.
    let inputs: [&[u8]; 4] = [
        b"{\"bloc\": ",
        b"[1, 2]",
        br#"{"unit": {"kind": "abc", "name": "A", "zzz": 1}, "period": "Quy 9/2023",
             "reported_on": "2023-13-01", "complaints": {"received_in_period": "x"}}"#,
        b"{\"unit\": 5,}",
    ];
    for input in inputs {
        let mut child = Command::new(env!("CARGO"))
            .args(["run", "--quiet", "--example", "validate", "--"])
            .args(["commune_qcdc_report", "-", "--as-of", "2026-11-28"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("cargo runs");
        std::io::Write::write_all(&mut child.stdin.take().unwrap(), input).unwrap();
        let out = child.wait_with_output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let errors = json["errors"].as_array().unwrap();
        assert!(!errors.is_empty());
        for e in errors {
            let vi = e["message_vi"].as_str().unwrap();
            for english in [
                "invalid type",
                "expected",
                "EOF",
                "while parsing",
                "unknown variant",
                "missing field",
                "trailing",
                "at line",
                "struct",
                "u64",
                "out of range",
            ] {
                assert!(!vi.contains(english), "{english:?} in {vi:?}");
            }
        }
    }
}

#[test]
fn quickstart_fits_100_columns_calendar_included() {
    let out = run("quickstart", &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8 output");
    // The reporting calendar is printed (its header and its last row), not left out to fit.
    assert!(
        text.contains("Kỳ báo cáo") && text.contains("Năm 2026"),
        "{text}"
    );
    let wide: Vec<(usize, &str)> = text
        .lines()
        .map(|l| (l.chars().count(), l))
        .filter(|(n, _)| *n > 100)
        .collect();
    assert!(wide.is_empty(), "lines wider than 100 columns: {wide:#?}");
}

#[test]
fn reporting_calendar_fits_100_columns() {
    for args in [&["2026"][..], &["2026", "--no-deadline"], &["2021"]] {
        let out = run("reporting_calendar", args);
        assert!(out.status.success(), "{args:?}");
        let text = String::from_utf8(out.stdout).expect("UTF-8 output");
        assert!(
            text.contains("Năm ") && text.contains("Kỳ chốt số liệu"),
            "{text}"
        );
        let wide: Vec<&str> = text.lines().filter(|l| l.chars().count() > 100).collect();
        assert!(
            wide.is_empty(),
            "{args:?}: lines wider than 100 columns: {wide:#?}"
        );
    }
}

/// `compare_driver --rounds` (run by `benches/compare/run.py`): a request line in, one JSON line
/// per document out with the keys of the one-shot mode, at each request, until the input ends;
/// a request for a document not in LIST, or `--rounds` with `--peak`, exits 2.
#[test]
fn compare_driver_measures_each_request_of_its_rounds() {
    use std::io::Write;

    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let fixture = root.join("tests/fixtures/model_registration/valid/long_bien_2021.json");
    let fixture = fixture.to_str().unwrap();
    let list = std::env::temp_dir().join(format!("compare_rounds_{}.list", std::process::id()));
    std::fs::write(&list, format!("{fixture}\n")).unwrap();
    let list = list.to_str().unwrap();
    let rounds = |input: String, extra: &[&str]| {
        let mut child = Command::new(env!("CARGO"))
            .args(["run", "--quiet", "--example", "compare_driver", "--"])
            .args(["check_json", "model_registration", list, "--rounds"])
            .args(extra)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("cargo runs");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let request = format!("{{\"files\": [\"{fixture}\"], \"budget_ms\": 1}}\n");
    let out = rounds(format!("{request}\n{request}"), &[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "one line per document and request");
    for line in &lines {
        let mut keys: Vec<&str> = line
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "bytes",
                "errors",
                "file",
                "iterations",
                "median_ns",
                "samples",
                "tool",
                "valid"
            ]
        );
        assert_eq!(line["file"], fixture);
        assert_eq!(line["valid"], true);
        assert!(line["median_ns"].as_f64().unwrap() > 0.0);
    }
    let elsewhere = rounds(
        "{\"files\": [\"/no/such.json\"], \"budget_ms\": 1}\n".into(),
        &[],
    );
    assert_eq!(elsewhere.status.code(), Some(2));
    let bad = rounds("{\"budget_ms\": 1}\n".into(), &[]);
    assert_eq!(bad.status.code(), Some(2));
    let both = rounds(String::new(), &["--peak"]);
    assert_eq!(both.status.code(), Some(2));
    std::fs::remove_file(list).unwrap();
}
