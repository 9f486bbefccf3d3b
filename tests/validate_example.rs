//! The `validate` example's contract (DESIGN.md): `-- KIND FILE` (FILE `-` = stdin), a JSON
//! report `{"kind", "valid", "errors", "breaches", "warnings"}`, exit 0 valid (breaches do not
//! change it), 1 invalid, 2 unreadable input or unknown kind. Runs the example through cargo (built once, then reused).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// Runs `validate ARGS --as-of 2026-11-28`, feeding `stdin` when given.
fn validate(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "validate", "--"])
        .args(args)
        .args(["--as-of", "2026-11-28"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cargo runs");
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    child.wait_with_output().expect("the example finishes")
}

fn report(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not a JSON report ({e}): {}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

#[test]
fn a_valid_file_exits_0_with_an_empty_report() {
    let file = fixture("briefing_report/valid/giao_ban_2021_q1.json");
    let out = validate(&["briefing_report", file.to_str().unwrap()], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = report(&out);
    assert_eq!(json["kind"], "briefing_report");
    assert_eq!(json["valid"], true);
    assert_eq!(json["errors"], serde_json::json!([]));
    assert_eq!(json["warnings"], serde_json::json!([]));
}

#[test]
fn breaches_are_listed_under_their_own_key_and_keep_exit_0() {
    let file = fixture("disclosure/valid/late_and_short_is_a_breach.json");
    let out = validate(&["disclosure", file.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    let json = report(&out);
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["kind", "valid", "errors", "breaches", "warnings"]);
    assert_eq!(json["valid"], true);
    assert_eq!(json["breaches"][0]["code"], "too_late");
    assert_eq!(
        json["breaches"][0]["citation"],
        "khoản 3 Điều 12 Luật số 10/2022/QH15"
    );
    assert_eq!(json["breaches"][1]["code"], "posting_too_short");
}

#[test]
fn an_invalid_file_exits_1_with_every_finding() {
    let file = fixture("briefing_report/invalid/planned_period_not_next.json");
    let out = validate(&["briefing_report", file.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let json = report(&out);
    assert_eq!(json["valid"], false);
    let errors = json["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1);
    let e = &errors[0];
    assert_eq!(e["path"], "/period_planned");
    assert_eq!(e["code"], "period_not_next");
    assert_eq!(e["params"]["expected"], "Quý IV/2026");
    assert_eq!(e["params"]["actual"], "Quý I/2027");
    assert_eq!(
        e["message_vi"],
        "Kỳ kế hoạch phải là kỳ liền sau kỳ đánh giá: Quý IV/2026, không phải Quý I/2027."
    );
    assert_eq!(
        e["message_en"],
        "The planned period must be the one after the reviewed period: Quý IV/2026, not Quý I/2027."
    );
    assert!(e.get("citation").is_none(), "no rule of law behind it");

    // A finding with a rule of law behind it carries its citation.
    let file = fixture("briefing_report/invalid/district_bodies_after_reform.json");
    let out = validate(&["briefing_report", file.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let json = report(&out);
    assert_eq!(json["errors"].as_array().unwrap().len(), 4);
    assert_eq!(json["errors"][0]["citation"], "Nghị quyết số 203/2025/QH15");
}

#[test]
fn a_warning_alone_keeps_the_file_valid() {
    let file = fixture("briefing_report/invalid/late_meeting_is_a_warning.json");
    let out = validate(&["briefing_report", file.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    let json = report(&out);
    assert_eq!(json["valid"], true);
    assert_eq!(json["warnings"][0]["code"], "date_outside");
    assert_eq!(json["warnings"][0]["path"], "/meeting/date");
}

#[test]
fn unreadable_json_exits_2() {
    let out = validate(&["briefing_report", "-"], Some(b"{\"bloc\": "));
    assert_eq!(out.status.code(), Some(2));
    let json = report(&out);
    assert_eq!(json["valid"], false);
    assert_eq!(json["errors"][0]["code"], "invalid_json");
    assert_eq!(json["errors"][0]["path"], "");

    let missing = fixture("briefing_report/valid/no_such_file.json");
    let out = validate(&["briefing_report", missing.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}

#[test]
fn an_unknown_kind_exits_2_and_lists_the_kinds() {
    let file = fixture("briefing_report/valid/giao_ban_2021_q1.json");
    let out = validate(&["giao_ban", file.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("unknown document kind \"giao_ban\""),
        "{stderr}"
    );
    assert!(stderr.contains("briefing_report"), "{stderr}");
}

#[test]
fn stdin_is_read_with_a_dash() {
    let bytes = std::fs::read(fixture("briefing_report/valid/ward_2026_q3.json")).unwrap();
    let out = validate(&["briefing_report", "-"], Some(&bytes));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(report(&out)["valid"], true);

    let bad = std::fs::read(fixture(
        "briefing_report/invalid/task_numbers_with_gap.json",
    ))
    .unwrap();
    let out = validate(&["briefing_report", "-"], Some(&bad));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(report(&out)["errors"][0]["code"], "number_out_of_sequence");
}

#[test]
fn missing_arguments_exit_2() {
    let out = validate(&["briefing_report"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage"));
}
