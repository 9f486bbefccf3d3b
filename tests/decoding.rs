//! Hostile input for the decoder (issue 14 items 2, 3, 6, 7, 8, 11; issue 13 item 1): every
//! input is generated here, none is a megabyte fixture.

use chrono::NaiveDate;
use qcdc::org::Person;
use qcdc::report::BriefingReport;
use qcdc::validate::{
    Code, MAX_FINDINGS, MAX_PARAM_CHARS, MAX_REPORTED_PROBLEMS, ValidationContext,
    ValidationReport, check_json, from_json_slice,
};
use serde_json::{Value, json};

fn ctx() -> ValidationContext {
    ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap())
}

fn found(report: &ValidationReport) -> Vec<(String, Code)> {
    report
        .errors()
        .iter()
        .map(|v| (v.path.clone(), v.code))
        .collect()
}

fn person_errors(json: &str) -> Vec<(String, Code)> {
    found(&from_json_slice::<Person>(json.as_bytes()).unwrap_err())
}

const SEED: &str = include_str!("fixtures/briefing_report/valid/giao_ban_2021_q1.json");

/// The seed briefing with `n` short tasks.
fn briefing_with_tasks(n: usize) -> Value {
    let mut doc: Value = serde_json::from_str(SEED).unwrap();
    let mut template = doc["tasks"][4].clone();
    template["cooperating_bodies"] = json!([]);
    doc["tasks"] = (0..n)
        .map(|i| {
            let mut task = template.clone();
            task["number"] = json!(i + 1);
            task["text"] = json!(format!("Nhiệm vụ {}", i + 1));
            task
        })
        .collect();
    doc
}

#[test]
fn problems_at_the_end_of_a_large_document_are_each_reported() {
    let mut doc = briefing_with_tasks(20_000);
    let n = 20_000;
    // 40 problems in the last 40 tasks: wrong types, unknown members, bad dates, bad numbers.
    let mut expected = Vec::new();
    for i in n - 40..n {
        let task = &mut doc["tasks"][i];
        let at = format!("/tasks/{i}");
        match i % 4 {
            0 => {
                task["text"] = json!(12345);
                expected.push((format!("{at}/text"), Code::WrongType));
            }
            1 => {
                task["colour"] = json!("red");
                expected.push((format!("{at}/colour"), Code::UnknownField));
            }
            2 => {
                task["deadline"] = json!("2021-6-30");
                expected.push((format!("{at}/deadline"), Code::InvalidValue));
            }
            _ => {
                task["number"] = json!(-1);
                expected.push((format!("{at}/number"), Code::InvalidValue));
            }
        }
    }
    let bytes = serde_json::to_vec(&doc).unwrap();
    assert!(bytes.len() > 3_000_000, "{}", bytes.len());
    let report = from_json_slice::<BriefingReport>(&bytes).unwrap_err();
    let mut got = found(&report);
    got.sort();
    expected.sort();
    assert_eq!(got, expected);
    // With validation: the same decoding problems, and the rest of the document validated.
    let checked = check_json::<BriefingReport>(&bytes, &ctx());
    for problem in &expected {
        assert!(found(&checked).contains(problem), "{problem:?}");
    }
}

#[test]
fn every_decoding_code_is_reported_at_its_path() {
    let cases: &[(&str, &[(&str, Code)])] = &[
        (r#"{"name":"A","age":3}"#, &[("/age", Code::UnknownField)]),
        (r#"{"name":5}"#, &[("/name", Code::WrongType)]),
        (r#"{}"#, &[("/name", Code::Required)]),
        (r#"{"name":null}"#, &[("/name", Code::Required)]),
        (r#"{"name":""}"#, &[("/name", Code::Required)]),
        (
            r#"{"name":"A","positions":[{"title":"vua","organisation":{"kind":"mttq","unit":{"kind":"phuong","name":"X"}}}]}"#,
            &[("/positions/0/title", Code::UnknownCode)],
        ),
        (
            r#"{"name":"A","positions":[{"title":"chu_tich","organisation":{"kind":"mttq","unit":{"kind":"phuong","name":"X","valid_from":"2021-02-30"}}}]}"#,
            &[(
                "/positions/0/organisation/unit/valid_from",
                Code::InvalidDate,
            )],
        ),
        (
            r#"{"name":"A","name":"B"}"#,
            &[("/name", Code::DuplicateKey)],
        ),
        (r#"["A"]"#, &[("", Code::WrongType)]),
        (r#"{"name":"A""#, &[("", Code::InvalidJson)]),
    ];
    for (json, expected) in cases {
        let expected: Vec<(String, Code)> = expected
            .iter()
            .map(|(p, c)| ((*p).to_owned(), *c))
            .collect();
        assert_eq!(person_errors(json), expected, "{json}");
    }
}

#[test]
fn out_of_range_numbers_are_invalid_values() {
    let mut doc = briefing_with_tasks(3);
    doc["tasks"][1]["number"] = json!(4_294_967_296u64);
    let report = from_json_slice::<BriefingReport>(&serde_json::to_vec(&doc).unwrap()).unwrap_err();
    assert_eq!(
        found(&report),
        [("/tasks/1/number".to_owned(), Code::InvalidValue)]
    );
    assert_eq!(report.errors()[0].params["value"], "4294967296");
}

#[test]
fn duplicate_keys_are_errors_not_last_wins() {
    // The shape of the issue: a wrong value hidden by a later good one.
    let errors = person_errors(r#"{"name":12345,"positions":[],"name":"Nguyễn Văn A"}"#);
    assert_eq!(
        errors,
        [
            ("/name".to_owned(), Code::WrongType),
            ("/name".to_owned(), Code::DuplicateKey)
        ]
    );
    // Both good: still a duplicate, on the direct path too.
    let report = check_json::<Person>(br#"{"name":"A","name":"B"}"#, &ctx());
    assert_eq!(found(&report), [("/name".to_owned(), Code::DuplicateKey)]);
    let v = &report.errors()[0];
    assert_eq!(v.params["field"], "name");
    assert_eq!(
        v.message_vi(),
        "Trường \"name\" được ghi nhiều lần; mỗi trường chỉ ghi một lần."
    );
}

#[test]
fn two_missing_drop_downs_are_both_reported() {
    let json =
        r#"{"name":"A","positions":[{"organisation":{"unit":{"kind":"phuong","name":"Bồ Đề"}}}]}"#;
    assert_eq!(
        person_errors(json),
        [
            ("/positions/0/organisation/kind".to_owned(), Code::Required),
            ("/positions/0/title".to_owned(), Code::Required),
        ]
    );
}

#[test]
fn an_unknown_member_with_a_backtick_hides_nothing() {
    let json = r#"{"name":"A","we`ird":1,"positions":[{"title":"vua","organisation":[]}]}"#;
    assert_eq!(
        person_errors(json),
        [
            ("/we`ird".to_owned(), Code::UnknownField),
            ("/positions/0/title".to_owned(), Code::UnknownCode),
            ("/positions/0/organisation".to_owned(), Code::WrongType),
        ]
    );
}

#[test]
fn dates_are_iso_within_the_year_range() {
    for bad in [
        "-2021-01-05",
        "0000-01-01",
        "2021-1-5",
        "+2021-01-05",
        "2101-01-01",
    ] {
        let json = format!(
            r#"{{"name":"A","positions":[{{"title":"chu_tich","organisation":{{"kind":"mttq","unit":{{"kind":"phuong","name":"X","valid_from":"{bad}"}}}}}}]}}"#
        );
        let report = check_json::<Person>(json.as_bytes(), &ctx());
        assert_eq!(
            found(&report),
            [(
                "/positions/0/organisation/unit/valid_from".to_owned(),
                Code::InvalidDate
            )],
            "{bad}"
        );
        assert_eq!(report.errors()[0].params["value"], bad);
    }
}

#[test]
fn arrays_in_place_of_objects_are_refused() {
    let report = check_json::<Person>(br#"["Nguyen Van A", []]"#, &ctx());
    assert_eq!(found(&report), [(String::new(), Code::WrongType)]);
    assert_eq!(report.errors()[0].params["expected"], "object");
}

#[test]
fn bom_and_utf16_are_named() {
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(br#"{"name":"A"}"#);
    let utf16: Vec<u8> = r#"{"name":"A"}"#.encode_utf16().flat_map(u16::to_le_bytes).collect();
    for (bytes, reason, words) in [(bom, "bom", "BOM"), (utf16, "utf16", "UTF-16")] {
        let report = check_json::<Person>(&bytes, &ctx());
        assert_eq!(report.error_codes(), [Code::InvalidJson]);
        let v = &report.errors()[0];
        assert_eq!(v.params["reason"], reason);
        assert!(v.message_vi().contains(words), "{}", v.message_vi());
        assert!(v.message_en().contains(words), "{}", v.message_en());
    }
}

#[test]
fn syntax_errors_speak_vietnamese() {
    let report = check_json::<Person>(br#"{"name": }"#, &ctx());
    let v = &report.errors()[0];
    assert_eq!(v.code, Code::InvalidJson);
    assert_eq!(v.params["reason"], "expected_value");
    assert_eq!(
        v.message_vi(),
        "Dữ liệu không phải JSON hợp lệ (dòng 1, cột 10): thiếu giá trị hoặc có ký tự không hợp lệ."
    );
    assert!(!v.message_vi().contains("expected"));
    // Cleared members are blanked in place: lines and columns point into the document as sent.
    let report = check_json::<Person>(b"{\"positions\": null,\n \"name\": }", &ctx());
    assert_eq!(
        (
            &report.errors()[0].params["line"],
            &report.errors()[0].params["column"]
        ),
        (&json!(2), &json!(10))
    );
}

#[test]
fn blanks_and_nulls_take_the_direct_path_with_the_same_result() {
    let clean = check_json::<Person>(br#"{"name":"A"}"#, &ctx());
    let blanks = check_json::<Person>(br#"{"name":"A","positions":null}"#, &ctx());
    assert_eq!(clean, blanks);
    assert!(clean.is_valid());
}

#[test]
fn decoding_problems_are_capped() {
    let members: String = (0..5_000).map(|i| format!(",\"x{i}\":1")).collect();
    let json = format!(r#"{{"name":"A"{members}}}"#);
    let report = check_json::<Person>(json.as_bytes(), &ctx());
    assert_eq!(report.errors().len(), MAX_REPORTED_PROBLEMS + 1);
    assert_eq!(report.errors().last().unwrap().code, Code::TooManyProblems);
}

#[test]
fn validation_findings_are_capped_with_a_count() {
    // One bad value repeated: 3,000 blank names in a list of people.
    let people: Vec<Value> = (0..3_000).map(|_| json!({"name": " "})).collect();
    let report = check_json::<Vec<Person>>(&serde_json::to_vec(&people).unwrap(), &ctx());
    assert_eq!(report.errors().len(), MAX_FINDINGS + 1);
    let last = report.errors().last().unwrap();
    assert_eq!(last.code, Code::FindingsLeftOut);
    assert_eq!(last.params["left_out"], 3_000 - MAX_FINDINGS);
}

#[test]
fn offending_values_are_echoed_as_a_bounded_prefix() {
    let long = "x".repeat(1_000_000);
    let json = format!(
        r#"{{"name":"A","positions":[{{"title":"{long}","organisation":{{"kind":"mttq","unit":{{"kind":"phuong","name":"X"}}}}}}]}}"#
    );
    let report = check_json::<Person>(json.as_bytes(), &ctx());
    assert_eq!(report.errors().len(), 1);
    let serialised = serde_json::to_string(&report).unwrap();
    assert!(
        serialised.len() < 10 * MAX_PARAM_CHARS,
        "{}",
        serialised.len()
    );
}

#[test]
fn a_rate_too_large_for_basis_points_is_still_shown() {
    let rate = qcdc::commune_report::Rate::new(u64::MAX, 1);
    assert_eq!(rate.basis_points(), None);
    assert!(rate.to_string().ends_with(",00%"), "{rate}");
    assert_eq!(qcdc::commune_report::Rate::new(1, 0).to_string(), "—");
}

#[test]
fn unknown_members_beside_a_tag_without_options_are_errors() {
    use qcdc::period::{CutoffRule, DeadlineRule};
    let json = br#"{"rule":"nghi_dinh_09_2019","day":31,"typo":1}"#;
    let report = from_json_slice::<DeadlineRule>(json).unwrap_err();
    assert_eq!(
        found(&report),
        [
            ("/day".to_owned(), Code::UnknownField),
            ("/typo".to_owned(), Code::UnknownField)
        ]
    );
    let report =
        from_json_slice::<CutoffRule>(br#"{"rule":"calendar","start_day":3}"#).unwrap_err();
    assert_eq!(
        found(&report),
        [("/start_day".to_owned(), Code::UnknownField)]
    );
    // The forms with options still read as before.
    assert_eq!(
        from_json_slice::<DeadlineRule>(br#"{"rule":"day_of_last_month","day":20}"#).unwrap(),
        DeadlineRule::day_of_last_month(20)
    );
    assert_eq!(
        from_json_slice::<CutoffRule>(br#"{"rule":"nghi_dinh_09_2019"}"#).unwrap(),
        CutoffRule::NghiDinh09
    );
}
