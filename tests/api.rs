//! The public API as a downstream crate sees it: errors that compose, output types that
//! round-trip through serde, the one-call decode-and-check, the prelude and re-exports.

use std::error::Error as StdError;
use std::path::Path;

use qcdc::commune_report::{
    InferredUnitList, NoInferredList, Rate, Rollup, Submission, UnitList, infer_unit_list, rollup,
};
use qcdc::dan_van_kheo::TransitionError;
use qcdc::legal::{LUAT_10_2022, LegalDocument, NGHI_DINH_59_2023};
use qcdc::period::{CalendarEntry, CutoffRule, DeadlineRule, reporting_calendar};
use qcdc::prelude::*;
use qcdc::rules::{
    CommuneWideDecision, CommuneWideVerdict, CommunityDecision, DecisionError, DecisionForm,
    DecisionItem, Rule, Verdict, Votes, decide,
};
use qcdc::validate::{Lang, Pointer, check_json, from_json_slice};
use serde::Serialize;
use serde::de::DeserializeOwned;

fn d(y: i32, m: u32, day: u32) -> qcdc::chrono::NaiveDate {
    qcdc::chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

// ---------- errors that compose ----------

fn assert_error<E: StdError + Send + Sync + 'static>() {}

#[test]
fn every_public_error_type_is_a_std_error_send_sync_static() {
    assert_error::<qcdc::Error>();
    assert_error::<ValidationReport>();
    assert_error::<DecisionError>();
    assert_error::<TransitionError>();
    assert_error::<NoInferredList>();
    assert_error::<qcdc::commune_report::TotalOverflow>();
    #[cfg(feature = "xlsx")]
    assert_error::<qcdc::commune_report::WorkbookError>();
}

/// A handler of a web service: every error of the crate goes up with `?`.
fn handle(body: &[u8], as_of: &str) -> Result<Verdict, Box<dyn StdError + Send + Sync>> {
    let period: ReportingPeriod = as_of.parse()?; // qcdc::Error
    let ctx = ValidationContext::new(period.last_day());
    let decision: CommunityDecision = decode_and_check(body, &ctx).into_valid()?; // report
    let code: Code = "result_mismatch".parse()?; // qcdc::Error, not strum's
    assert_eq!(code, Code::ResultMismatch);
    Ok(decision.verdict()?) // DecisionError
}

fn decision_json(approving: u32) -> String {
    format!(
        r#"{{"unit": {{"kind": "to_dan_pho", "name": "số 5"}}, "date": "2024-05-12",
            "item": "infrastructure_contribution", "summary": "Mức đóng góp làm đường ngõ 12",
            "form": "meeting", "households_total": 150, "households_represented": 120,
            "households_approving": {approving}}}"#
    )
}

#[test]
fn question_mark_carries_each_error_into_a_boxed_error() {
    let verdict = handle(decision_json(110).as_bytes(), "2024-Q2").unwrap();
    assert_eq!(verdict.outcome, qcdc::rules::Outcome::Adopted);

    let err = handle(b"{}", "quy 9").unwrap_err();
    assert!(err.downcast_ref::<qcdc::Error>().is_some(), "{err}");

    let err = handle(decision_json(130).as_bytes(), "2024-Q2").unwrap_err();
    let report = err.downcast_ref::<ValidationReport>().expect("a report");
    assert_eq!(report.error_codes(), [Code::OutOfRange]);
    // English Display for logs; Vietnamese on demand for people.
    assert_eq!(
        err.to_string(),
        "error /households_approving: Value 130 is outside 0–120.\n"
    );
    assert_eq!(
        report.display(Lang::Vi).to_string(),
        "lỗi /households_approving: Giá trị 130 nằm ngoài khoảng 0–120.\n"
    );
}

#[test]
fn code_from_str_uses_the_crate_error() {
    let err: qcdc::Error = "no_such_code".parse::<Code>().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unknown);
    assert!(
        err.to_string()
            .starts_with("unknown validation code \"no_such_code\""),
        "{err}"
    );
    for code in [
        "required",
        "too_long",
        "body_not_existing",
        "findings_left_out",
    ] {
        assert_eq!(code.parse::<Code>().unwrap().as_str(), code);
    }
}

#[test]
fn date_parsing_uses_the_crate_error() {
    let err = qcdc::validate::date::parse_iso("2021-02-30").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Malformed);
    let err = qcdc::validate::date::parse_iso("2101-01-01").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OutOfRange);
}

#[test]
fn no_inferred_list_explains_itself() {
    let err = infer_unit_list(&[], None).unwrap_err();
    assert_eq!(err, NoInferredList::NoReport);
    assert_eq!(err.to_string(), "no commune report could be decoded");
}

// ---------- typed votes ----------

#[test]
fn swapped_counts_are_refused_not_judged() {
    let item = DecisionItem::Convention;
    let good = Votes::new(100, 60, 55).unwrap();
    assert!(decide(item, DecisionForm::Meeting, d(2024, 1, 1), good).is_ok());
    for (total, represented, approving) in [(60, 100, 55), (100, 55, 60), (55, 60, 100)] {
        assert!(
            matches!(
                Votes::new(total, represented, approving),
                Err(DecisionError::InconsistentCounts { .. })
            ),
            "{total} {represented} {approving}"
        );
    }
}

// ---------- one-call decode and check ----------

#[test]
fn decode_and_check_returns_the_value_and_the_report_of_check_json() {
    let ctx = ValidationContext::new(d(2026, 11, 28));
    let cases = [
        decision_json(110),
        decision_json(130),
        decision_json(110).replace("\"meeting\"", "\"by pigeon\""),
        decision_json(110).replace("\"summary\"", "\"summary\": \"\", \"note\""),
        "not json".to_owned(),
    ];
    for json in &cases {
        let checked = decode_and_check::<CommunityDecision>(json.as_bytes(), &ctx);
        // The same report as the two-call way, and the value exactly when it decodes.
        assert_eq!(
            checked.report,
            check_json::<CommunityDecision>(json.as_bytes(), &ctx),
            "{json}"
        );
        assert_eq!(
            checked.value.as_ref(),
            from_json_slice::<CommunityDecision>(json.as_bytes())
                .as_ref()
                .ok(),
            "{json}"
        );
        assert_eq!(
            checked.is_valid(),
            checked.value.is_some() && checked.report.is_valid()
        );
    }
    let invalid = decode_and_check::<CommunityDecision>(cases[1].as_bytes(), &ctx);
    assert_eq!(invalid.value.unwrap().households_approving, 130);
    let err = decode_and_check::<CommunityDecision>(cases[1].as_bytes(), &ctx)
        .into_valid()
        .unwrap_err();
    assert_eq!(err.error_codes(), [Code::OutOfRange]);
}

#[test]
fn the_catalogue_decodes_and_checks_in_one_call_too() {
    let ctx = ValidationContext::new(d(2026, 11, 28));
    let kind = qcdc::catalogue::find("community_decision").unwrap();
    let json = decision_json(110).replace("\"meeting\"", "\"Họp cộng đồng dân cư\"");
    let checked = kind.decode_and_check(json.as_bytes(), &ctx);
    assert_eq!(checked.report, kind.check_json(json.as_bytes(), &ctx));
    // The value is the canonical JSON: wire codes for what was typed as a name.
    assert_eq!(checked.value.unwrap()["form"], "meeting");
}

// ---------- output types round-trip ----------

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) {
    let json = serde_json::to_string(value).unwrap();
    let back: T = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert_eq!(&back, value, "{json}");
}

#[test]
fn violations_and_reports_round_trip() {
    let mut report = ValidationReport::new();
    report.error(
        Violation::new(
            &Pointer::root().key("households_approving"),
            Code::OutOfRange,
        )
        .param("min", 0)
        .param("max", 120)
        .param("actual", 130),
    );
    report.breach(
        Violation::new(
            &Pointer::root().key("ballot_reason"),
            Code::BallotNotAllowed,
        )
        .param("reason", "Trưởng thôn")
        .param("item", "Hương ước")
        .cite(NGHI_DINH_59_2023.article(4).clause(1).point("c")),
    );
    report.warn(
        Violation::new(&Pointer::root().key("date"), Code::Required).cite(LUAT_10_2022.article(21)),
    );
    round_trip(&report);
    for v in report.errors().iter().chain(report.breaches()) {
        round_trip(v);
    }
    // The cited document comes back whole, dates and title included.
    let json = serde_json::to_value(&report).unwrap();
    let back: ValidationReport = serde_json::from_value(json).unwrap();
    let cited = back.warnings()[0].citation.as_ref().unwrap();
    assert_eq!(cited.document, LUAT_10_2022);
    assert_eq!(cited.document.in_force, Some(d(2023, 7, 1)));
}

#[test]
fn every_citation_of_the_rule_catalogue_round_trips_in_a_finding() {
    for rule in qcdc::rules::catalogue() {
        for citation in std::iter::once(&rule.citation).chain(&rule.also_cites) {
            let v = Violation::new(&Pointer::root(), Code::TooLate).cite(citation.clone());
            round_trip(&v);
        }
    }
}

#[test]
fn findings_of_a_newer_version_are_read_by_an_older_one() {
    // Messages are regenerated from code and params; members added later are ignored.
    let json = r#"{"valid": false, "errors": [{"path": "/name", "code": "blank", "params": {},
        "message_vi": "cũ", "message_en": "old", "severity_rank": 3}], "summary": "x"}"#;
    let report: ValidationReport = serde_json::from_str(json).unwrap();
    assert_eq!(report.error_codes(), [Code::Blank]);
    assert_eq!(report.errors()[0].message_en(), "Must not be blank.");
    assert!(serde_json::from_str::<Violation>(r#"{"path": "", "code": "no_such_code"}"#).is_err());
}

#[test]
fn a_citation_of_a_local_document_keeps_its_kind_and_number() {
    let local = LegalDocument::new(qcdc::legal::DocumentKind::QuyetDinh, "12/QĐ-UBND");
    let v = Violation::new(&Pointer::root(), Code::Blank).cite(local.article(3));
    let back: Violation = serde_json::from_value(serde_json::to_value(&v).unwrap()).unwrap();
    assert_eq!(back, v);
}

#[test]
fn verdicts_round_trip() {
    let votes = Votes::new(150, 120, 101).unwrap();
    for date in [d(2020, 1, 1), d(2024, 5, 12)] {
        for item in DecisionItem::ALL {
            round_trip(&decide(*item, DecisionForm::Meeting, date, votes).unwrap());
        }
    }
    let road: CommuneWideDecision = serde_json::from_value(serde_json::json!({
        "commune": {"kind": "xa", "name": "Tân Mỹ"},
        "item": "infrastructure_contribution",
        "summary": "Đường liên thôn",
        "residential_units_total": 3,
        "votes": [serde_json::from_str::<serde_json::Value>(&decision_json(110)).unwrap()],
    }))
    .unwrap();
    let verdict: CommuneWideVerdict = road.verdict().unwrap();
    round_trip(&verdict);
}

#[test]
fn rules_and_calendar_entries_round_trip() {
    let rules: Vec<Rule> = qcdc::rules::catalogue();
    assert!(rules.len() > 20);
    round_trip(&rules);
    for deadline in [None, Some(&DeadlineRule::NghiDinh09)] {
        let entries: Vec<CalendarEntry> =
            reporting_calendar(2026, &CutoffRule::default(), deadline).unwrap();
        round_trip(&entries);
    }
}

fn fixture_rollup() -> (Rollup, InferredUnitList) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tong_hop/q3_2023");
    let ctx = ValidationContext::new(d(2023, 10, 20));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap() != "unit_list.json")
        .collect();
    files.sort();
    let submissions: Vec<Submission> = files
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            Submission::from_json(name, &std::fs::read(p).unwrap(), &ctx)
        })
        .collect();
    let list: UnitList =
        from_json_slice(&std::fs::read(dir.join("unit_list.json")).unwrap()).unwrap();
    let inferred = infer_unit_list(&submissions, None).unwrap();
    (rollup(&submissions, &list, &ctx).unwrap(), inferred)
}

#[test]
fn rollups_and_their_parts_round_trip() {
    let (r, inferred) = fixture_rollup();
    // Every part is exercised: rows, missing units, invalid reports with findings, totals.
    assert!(!r.units_reported.is_empty() && !r.units_missing.is_empty());
    assert!(!r.invalid.is_empty() && !r.invalid[0].errors.is_empty());
    assert!(r.area.is_some());
    round_trip(&r);
    round_trip(&r.totals);
    round_trip(&r.units_reported[0]);
    round_trip(&r.invalid[0]);
    round_trip(&inferred);
    round_trip(&Rate::new(2, 3));
    round_trip(&Rate::new(0, 0));
    // The keys `tong_hop --json` promises (DESIGN.md) are the roll-up's own.
    let json = serde_json::to_value(&r).unwrap();
    for key in ["period", "units_reported", "invalid", "totals"] {
        assert!(json.get(key).is_some(), "{key}");
    }
    assert!(json["invalid"][0]["file"].is_string());
    assert!(json["invalid"][0]["errors"].is_array());
}

// ---------- prelude and re-exports ----------

#[test]
fn the_prelude_and_the_reexports_cover_the_first_program() {
    // `qcdc::chrono`, `qcdc::serde_json`, `qcdc::schemars` are the crate's own versions.
    let date: qcdc::chrono::NaiveDate = d(2026, 11, 28);
    let ctx = ValidationContext::new(date);
    let period: ReportingPeriod = "Quý IV/2026".parse().unwrap();
    assert_eq!(period.code(), "2026-Q4");
    let checked: Checked<Person> = decode_and_check(r#"{"name": "Lê Văn C"}"#.as_bytes(), &ctx);
    let value: qcdc::serde_json::Value = qcdc::serde_json::to_value(checked.report).unwrap();
    assert_eq!(value["valid"], true);
    let schema: qcdc::schemars::Schema = qcdc::schema::schema_for(
        qcdc::catalogue::find("person").unwrap(),
        qcdc::schema::Profile::Forms,
    );
    assert!(schema.as_object().is_some());
}

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<Checked<CommunityDecision>>();
    assert_send_sync::<Votes>();
    assert_send_sync::<Verdict>();
    assert_send_sync::<Rollup>();
    assert_send_sync::<Rule>();
    assert_send_sync::<CalendarEntry>();
    assert_send_sync::<ValidationContext>();
}
