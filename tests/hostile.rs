//! Hostile input (issue 14): list checks that stay linear on large, generated inputs while
//! keeping their findings (codes, paths, order); identity that keeps tone marks; text output
//! that cannot drive a terminal. Inputs are generated here from the fixtures, never stored.
//!
//! The large sizes are the ones that took a minute or more with the old pairwise checks
//! (32,000 attendees: ~60 s in release); with the fixes each runs in a few seconds in the
//! (unoptimised) test profile. Speed itself is measured by `benches/scaling.rs`, not asserted here.

use chrono::NaiveDate;
use qcdc::catalogue;
use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, rollup};
use qcdc::org::{AdminUnit, UnitKind};
use qcdc::period::{CutoffRule, DeadlineRule, ReportingPeriod, working_days_between};
use qcdc::text::{fold, identity_key, safe_display};
use qcdc::validate::{Code, ValidationContext, ValidationReport};
use serde_json::{Value, json};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn fixture(kind: &str, name: &str) -> Value {
    let path = format!(
        "{}/tests/fixtures/{kind}/valid/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("the fixture exists");
    serde_json::from_str(&text).expect("the fixture is JSON")
}

fn check(kind: &str, doc: &Value, as_of: NaiveDate) -> ValidationReport {
    let bytes = serde_json::to_vec(doc).unwrap();
    catalogue::find(kind)
        .expect("a catalogue kind")
        .check_json(&bytes, &ValidationContext::new(as_of))
}

/// The duplicates found, as (path, first) pairs, in report order.
fn duplicates(report: &ValidationReport) -> Vec<(String, String)> {
    report
        .errors()
        .iter()
        .filter(|v| v.code == Code::Duplicate)
        .map(|v| {
            let first = match &v.params["first"] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (v.path.clone(), first)
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

fn ward_body(kind: &str, ward: usize) -> Value {
    json!({ "kind": kind, "unit": { "kind": "phuong", "name": format!("Phường số {ward}") } })
}

// ---------------------------------------------------------------------------------------------
// Item 1: duplicate checks are linear and keep their findings.
// ---------------------------------------------------------------------------------------------

#[test]
fn a_briefing_with_32000_attendees_reports_exactly_its_duplicates() {
    const N: usize = 32_000;
    let mut doc = fixture("briefing_report", "ward_2026_q3");
    let mut attendees: Vec<Value> = (0..N)
        .map(|i| json!({ "name": format!("Đại biểu số {i}") }))
        .collect();
    // Case and spacing differ: the same person. Without tone marks: another person.
    attendees.push(json!({ "name": "  ĐẠI BIỂU  SỐ 7 " }));
    attendees.push(json!({ "name": "Dai bieu so 7" }));
    attendees.push(json!({ "name": "LÊ THỊ B" })); // the chair
    attendees.push(json!({ "name": "đại biểu số 31999" }));
    doc["meeting"]["attendees"] = Value::Array(attendees);
    let report = check("briefing_report", &doc, d(2026, 11, 28));
    assert_eq!(
        duplicates(&report),
        pairs(&[
            ("/meeting/attendees/32000/name", "/meeting/attendees/7"),
            ("/meeting/attendees/32002/name", "/meeting/chair"),
            ("/meeting/attendees/32003/name", "/meeting/attendees/31999"),
        ])
    );
}

#[test]
fn task_bodies_compared_with_a_hash_keep_their_findings() {
    const N: usize = 20_000;
    let mut doc = fixture("briefing_report", "ward_2026_q3");
    let leads: Vec<Value> = (0..N).map(|i| ward_body("mttq", i)).collect();
    let mut cooperating: Vec<Value> = (N..2 * N).map(|i| ward_body("mttq", i)).collect();
    cooperating.push(ward_body("mttq", 3)); // a lead body again
    cooperating.push(ward_body("mttq", N + 5)); // a cooperating body again
    doc["tasks"][1]["lead_bodies"] = Value::Array(leads);
    doc["tasks"][1]["cooperating_bodies"] = Value::Array(cooperating);
    let report = check("briefing_report", &doc, d(2026, 11, 28));
    let c = "/tasks/1/cooperating_bodies";
    assert_eq!(
        duplicates(&report),
        pairs(&[
            (&format!("{c}/{}", N + 1), &format!("{c}/5")),
            (&format!("{c}/{N}"), "/tasks/1/lead_bodies/3"),
        ])
    );
}

#[test]
fn result_bodies_and_regimes_keep_their_findings() {
    const N: usize = 40_000;
    let mut doc = fixture("briefing_report", "ward_2026_q3");
    let mut bodies: Vec<Value> = (0..N).map(|i| ward_body("hoi_ccb", i)).collect();
    bodies.push(ward_body("hoi_ccb", 11));
    bodies.push(ward_body("hoi_ccb", 11));
    doc["results"][0]["bodies"] = Value::Array(bodies);
    let report = check("briefing_report", &doc, d(2026, 11, 28));
    let b = "/results/0/bodies";
    assert_eq!(
        duplicates(&report),
        pairs(&[
            (&format!("{b}/{N}"), &format!("{b}/11")),
            (&format!("{b}/{}", N + 1), &format!("{b}/11")),
        ])
    );
}

#[test]
fn a_board_far_over_its_maximum_still_reports_each_duplicate_once() {
    const N: usize = 64_000;
    let mut doc = fixture("oversight_board", "ward_inspection_2024");
    let mut members: Vec<Value> = (0..N)
        .map(|i| json!({ "name": format!("Thành viên số {i}"), "role": "member" }))
        .collect();
    members.push(json!({ "name": "THÀNH VIÊN  SỐ 10", "role": "member" }));
    members.push(json!({ "name": "Thanh vien so 10", "role": "member" }));
    doc["members"] = Value::Array(members);
    let report = check("oversight_board", &doc, d(2024, 6, 1));
    assert_eq!(
        duplicates(&report),
        pairs(&[("/members/64000/name", "/members/10")])
    );
    let too_many = report
        .errors()
        .iter()
        .filter(|v| v.code == Code::TooMany)
        .count();
    assert_eq!(too_many, 1, "{:?}", report.error_codes());
}

#[test]
fn district_regulations_compare_numbers_once_each() {
    const N: usize = 32_000;
    let mut doc = fixture("district_regulation_set", "long_bien_2021");
    let template = doc["regulations"][1].clone();
    let mut regulations: Vec<Value> = (0..N)
        .map(|i| {
            let mut r = template.clone();
            r["number"] = json!(format!("{i}-QC/QU"));
            r
        })
        .collect();
    let mut again = template.clone();
    again["number"] = json!(" 42-qc/qu ");
    regulations.push(again);
    doc["regulations"] = Value::Array(regulations);
    let report = check("district_regulation_set", &doc, d(2024, 1, 1));
    assert_eq!(
        duplicates(&report),
        pairs(&[("/regulations/32000/number", "/regulations/42")])
    );
}

/// The first day after `last_holiday` that starts `days` working days (weekends skipped),
/// counted the plain way.
/// The `days`-th working day after the last of the rule's own holidays, in Vietnam's calendar
/// (weekends and public holidays skipped).
fn after_holidays(last_holiday: NaiveDate, days: u32) -> NaiveDate {
    qcdc::calendar::WorkingCalendar::default().add_working_days(last_holiday, days)
}

#[test]
fn a_deadline_rule_with_64000_holidays_is_computed_by_lookup() {
    // 64,000 consecutive days off from the day after the cut-off (14/04/2021), shuffled and
    // repeated: the deadline is the third working day after the last of them.
    let start = d(2021, 4, 15);
    let mut holidays: Vec<NaiveDate> = (0..64_000u64)
        .map(|k| start + chrono::Days::new((k * 7_919) % 64_000))
        .collect();
    holidays.extend_from_within(..1_000);
    let last = start + chrono::Days::new(63_999);
    let rule = DeadlineRule::working_days_after_cutoff(3, holidays.clone());
    let april: ReportingPeriod = "2021-04".parse().unwrap();
    let due = rule.deadline(april, &CutoffRule::default());
    assert_eq!(due, after_holidays(last, 3));
    assert_eq!(working_days_between(d(2021, 4, 14), due, &holidays), 3);

    let doc = json!({
        "period": "2021-04",
        "submitted": "2021-04-19",
        "deadline_rule": { "rule": "working_days_after_cutoff", "days": 3, "holidays": holidays },
    });
    let report = check("report_submission", &doc, d(2021, 4, 20));
    assert!(report.is_valid(), "{:?}", report.error_codes());
}

fn province() -> AdminUnit {
    AdminUnit::new(UnitKind::Tinh, "Bắc Giang")
}

#[test]
fn a_rollup_of_10000_units_merges_warnings_and_repeats_by_lookup() {
    const N: usize = 10_000;
    let ctx = ValidationContext::new(d(2026, 11, 28));
    let units: Vec<AdminUnit> = (0..N)
        .map(|i| AdminUnit::new(UnitKind::Xa, format!("Số {i}")))
        .collect();
    let list = UnitList::new(province(), "2023".parse().unwrap(), units.clone());
    let mut submissions = Vec::with_capacity(4 * N);
    for (i, unit) in units.iter().enumerate() {
        let mut q2 = CommuneQcdcReport::empty(unit.clone(), "2023-Q2".parse().unwrap());
        q2.complaints.received_in_period = 5;
        q2.complaints.received_year_to_date = 5;
        q2.complaints.resolved_in_period = 0;
        q2.complaints.unresolved = 5;
        let mut q3 = q2.clone();
        q3.period = "2023-Q3".parse().unwrap();
        q3.complaints.received_in_period = 2;
        q3.complaints.received_year_to_date = 2; // below 5 + 2: a warning at roll-up time
        q3.complaints.unresolved = 7;
        submissions.push(Submission::new(format!("{i}-q2"), q2.clone()));
        submissions.push(Submission::new(format!("{i}-q3"), q3));
        submissions.push(Submission::new(format!("{i}-q2-again"), q2.clone()));
        submissions.push(Submission::new(format!("{i}-q2-third"), q2));
    }
    let r = rollup(&submissions, &list, &ctx).expect("a valid unit list");
    assert_eq!(r.units_reported.len(), N);
    // One entry per unit repeating Q2, in input order, with every source.
    assert_eq!(r.reported_twice.len(), N);
    for (i, twice) in r.reported_twice.iter().enumerate() {
        assert_eq!(twice.unit, units[i]);
        assert_eq!(
            twice.sources,
            [
                format!("{i}-q2"),
                format!("{i}-q2-again"),
                format!("{i}-q2-third")
            ]
        );
    }
    // Each Q3 report's roll-up warning merged into one entry for its source.
    let ytd: Vec<&str> = r
        .warnings
        .iter()
        .filter(|w| {
            w.warnings
                .iter()
                .any(|v| v.code == Code::YearToDateBelowPrevious)
        })
        .map(|w| w.source.as_str())
        .collect();
    let expected: Vec<String> = (0..N).map(|i| format!("{i}-q3")).collect();
    assert_eq!(ytd, expected);
    let mut sources: Vec<&str> = r.warnings.iter().map(|w| w.source.as_str()).collect();
    sources.sort_unstable();
    let before = sources.len();
    sources.dedup();
    assert_eq!(before, sources.len(), "a source listed twice in warnings");
}

// ---------------------------------------------------------------------------------------------
// Item 9: identity compares NFC text with case and spacing normalised; folding only finds.
// ---------------------------------------------------------------------------------------------

#[test]
fn names_differing_in_tone_marks_are_different_people() {
    let mut doc = fixture("oversight_board", "ward_inspection_2024");
    doc["members"][2]["name"] = json!("Lê Văn Hà");
    doc["members"][3]["name"] = json!("Lê Văn Hạ");
    doc["members"][4]["name"] = json!("Le Van Ha");
    let report = check("oversight_board", &doc, d(2024, 6, 1));
    assert_eq!(duplicates(&report), []);
    // The same name in NFD, another case and spacing is the same person.
    doc["members"][4]["name"] = json!("LE\u{0302}  VA\u{0306}N HA\u{0300}");
    let report = check("oversight_board", &doc, d(2024, 6, 1));
    assert_eq!(
        duplicates(&report),
        pairs(&[("/members/4/name", "/members/2")])
    );

    let mut briefing = fixture("briefing_report", "ward_2026_q3");
    briefing["meeting"]["attendees"] = json!([
        { "name": "Lê Văn Hà" }, { "name": "Lê Văn Hạ" }, { "name": "Le Van Ha" },
        { "name": "Tran Van A" }
    ]);
    let report = check("briefing_report", &briefing, d(2026, 11, 28));
    assert_eq!(duplicates(&report), []);
}

#[test]
fn milestones_differing_in_tone_marks_are_different() {
    let mut doc = fixture("model_registration", "long_bien_2021");
    let name = doc["milestones"][0]["name"].as_str().unwrap().to_owned();
    let folded_twin = fold(&name);
    assert_ne!(identity_key(&folded_twin), identity_key(&name));
    let mut twin = doc["milestones"][0].clone();
    twin["name"] = json!(folded_twin);
    doc["milestones"].as_array_mut().unwrap().push(twin);
    let as_of = d(2021, 12, 31);
    let report = check("model_registration", &doc, as_of);
    let names: Vec<_> = duplicates(&report)
        .into_iter()
        .filter(|(p, _)| p.starts_with("/milestones/"))
        .collect();
    assert_eq!(names, []);
}

#[test]
fn a_unit_list_with_tan_my_and_tan_my_without_marks_rolls_up_both() {
    let ctx = ValidationContext::new(d(2023, 12, 20));
    let units = vec![
        AdminUnit::new(UnitKind::Xa, "Tân Mỹ"),
        AdminUnit::new(UnitKind::Xa, "Tân My"),
    ];
    let list = UnitList::new(province(), "2023-Q3".parse().unwrap(), units.clone());
    let period: ReportingPeriod = "2023-Q3".parse().unwrap();
    let mut a = CommuneQcdcReport::empty(units[0].clone(), period);
    a.complaints.received_in_period = 1;
    a.complaints.received_year_to_date = 1;
    a.complaints.unresolved = 1;
    let mut b = CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, "TÂN  MY"), period);
    b.complaints.received_in_period = 2;
    b.complaints.received_year_to_date = 2;
    b.complaints.unresolved = 2;
    let r = rollup(
        &[Submission::new("a", a), Submission::new("b", b)],
        &list,
        &ctx,
    )
    .expect("two distinct communes");
    assert!(r.invalid.is_empty(), "{:?}", r.invalid);
    let reported: Vec<_> = r.units_reported.iter().map(|row| &row.unit).collect();
    assert_eq!(reported, [&units[0], &units[1]]);
    assert_eq!(r.totals.complaints.received_in_period, 3);
}

// ---------------------------------------------------------------------------------------------
// Item 10: text renderings escape control and bidi characters.
// ---------------------------------------------------------------------------------------------

#[test]
fn safe_display_leaves_no_control_or_bidi_character() {
    let hostile = "Xã \u{1b}[2J\u{1b}]0;pwned\u{7}Tân\u{202E}ỹM\u{200B}\u{9b}31m";
    let shown = safe_display(hostile);
    assert!(
        !shown
            .chars()
            .any(|c| c.is_control() || qcdc::text::is_hidden_or_bidi(c)),
        "{shown:?}"
    );
    assert!(shown.contains("\\u{1b}[2J"), "{shown}");
    assert!(shown.contains("\\u{202e}"), "{shown}");
}

#[test]
fn messages_and_report_text_escape_user_text() {
    let mut doc = fixture("oversight_board", "ward_inspection_2024");
    let evil = format!("Nguyễn Văn An\u{1b}[2J\u{202E}{}", "x".repeat(3));
    doc["members"][1]["name"] = json!(evil.clone());
    doc["members"][2]["name"] = json!(evil);
    let report = check("oversight_board", &doc, d(2024, 6, 1));
    let shown = report.to_string();
    assert!(shown.contains("Nguyễn Văn An"), "{shown}");
    assert!(
        !shown
            .chars()
            .any(|c| (c.is_control() && c != '\n') || qcdc::text::is_hidden_or_bidi(c)),
        "{shown:?}"
    );
    // The raw value stays in `params` for programs; messages carry the escaped form.
    let dup = report
        .errors()
        .iter()
        .find(|v| v.code == Code::Duplicate)
        .expect("a duplicate");
    assert!(dup.params["value"].as_str().unwrap().contains('\u{1b}'));
    assert!(!dup.message_en().contains('\u{1b}'));
}

#[test]
fn bidi_and_zero_width_characters_in_names_are_warned_about() {
    let mut doc = fixture("oversight_board", "ward_inspection_2024");
    doc["members"][3]["name"] = json!("Phạm Thị\u{200B} Dung");
    doc["members"][4]["name"] = json!("Hoàng \u{202E}mE năV");
    let report = check("oversight_board", &doc, d(2024, 6, 1));
    assert!(report.is_valid(), "{report}");
    let hidden: Vec<(&str, &Value)> = report
        .warnings()
        .iter()
        .filter(|v| v.code == Code::HiddenCharacter)
        .map(|v| (v.path.as_str(), &v.params["character"]))
        .collect();
    assert_eq!(
        hidden,
        [
            ("/members/3/name", &json!("U+200B")),
            ("/members/4/name", &json!("U+202E"))
        ]
    );
}

#[test]
fn a_rollup_text_escapes_unit_and_file_names() {
    let ctx = ValidationContext::new(d(2023, 12, 20));
    // A bidi override passes a unit list with a warning; a control character makes a report
    // invalid, and the invalid report is listed with its unit.
    let bidi = AdminUnit::new(UnitKind::Xa, "Song\u{202E}Mai");
    let evil = AdminUnit::new(UnitKind::Xa, "Tân\u{1b}]0;owned\u{7}Mỹ");
    let list = UnitList::new(province(), "2023-Q3".parse().unwrap(), vec![bidi.clone()]);
    let q3 = "2023-Q3".parse().unwrap();
    let r = rollup(
        &[
            Submission::new("a\u{1b}[2J.json", CommuneQcdcReport::empty(bidi, q3)),
            Submission::new("b\u{9b}.json", CommuneQcdcReport::empty(evil, q3)),
        ],
        &list,
        &ctx,
    )
    .unwrap();
    let text = r.to_text();
    for shown in [
        "Tân\\u{1b}]0;owned\\u{7}Mỹ",
        "Song\\u{202e}Mai",
        "a\\u{1b}[2J.json",
        "b\\u{9b}.json",
    ] {
        assert!(text.contains(shown), "{shown} missing from:\n{text}");
    }
    assert!(
        !text
            .chars()
            .any(|c| (c.is_control() && c != '\n') || qcdc::text::is_hidden_or_bidi(c)),
        "{text:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Items 4 and 5: `tong_hop` reads every file with a bound, skips nothing silently, and takes its
// period from an argument or the majority.
// ---------------------------------------------------------------------------------------------

fn run_tong_hop(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "tong_hop", "--"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs")
}

fn write_report(dir: &std::path::Path, file: &str, kind: UnitKind, name: &str, period: &str) {
    let report = CommuneQcdcReport::empty(AdminUnit::new(kind, name), period.parse().unwrap());
    std::fs::write(dir.join(file), serde_json::to_vec(&report).unwrap()).unwrap();
}

fn notes<'a>(json: &'a Value, key: &str) -> Vec<(&'a str, &'a str)> {
    json[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is a list"))
        .iter()
        .map(|n| (n["file"].as_str().unwrap(), n["reason"].as_str().unwrap()))
        .collect()
}

#[cfg(unix)]
#[test]
fn tong_hop_lists_every_file_it_cannot_use_and_goes_on() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tong_hop_hostile");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("subdir")).unwrap();
    write_report(&dir, "a.json", UnitKind::Xa, "Tân Mỹ", "2023-Q3");
    write_report(&dir, "b.json", UnitKind::Xa, "Song Mai", "2023-Q3");
    write_report(&dir, "c.json", UnitKind::Phuong, "Đa Mai", "2023-Q3");
    // One report may not take the roll-up over with its period or its area.
    write_report(&dir, "odd.json", UnitKind::Xa, "Lạ", "9999");
    write_report(
        &dir,
        "province.json",
        UnitKind::Tinh,
        "Bắc Giang",
        "2023-Q3",
    );
    std::fs::write(dir.join("garbage.json"), b"not json at all").unwrap();
    std::fs::write(dir.join("UPPER.JSON"), b"{}").unwrap();
    std::fs::write(dir.join("old.bak"), b"{}").unwrap();
    std::fs::write(dir.join("evil\u{1b}[2J.json"), b"[1,").unwrap();
    // Larger than the cap: sparse, so it costs no disk; refused before it is read.
    let big = std::fs::File::create(dir.join("big.json")).unwrap();
    big.set_len(u64::try_from(qcdc::validate::MAX_DOCUMENT_BYTES).unwrap() + 1)
        .unwrap();
    std::os::unix::fs::symlink("loop.json", dir.join("loop.json")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(dir.join("pipe.json"))
        .status()
        .is_ok_and(|s| s.success());

    let dir_arg = dir.to_str().unwrap();
    let out = run_tong_hop(&[dir_arg, "--json", "--as-of", "2023-10-20"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["period"], "2023-Q3");
    assert_eq!(json["units_expected"], 3);
    let mut skipped = vec![
        ("UPPER.JSON", "extension_case"),
        ("loop.json", "broken_link"),
        ("old.bak", "not_json"),
        ("subdir", "directory"),
    ];
    if fifo {
        skipped.push(("pipe.json", "not_regular_file"));
        skipped.sort_unstable();
    }
    assert_eq!(notes(&json, "skipped"), skipped);
    assert_eq!(notes(&json, "unreadable"), [("big.json", "too_large")]);
    assert_eq!(
        notes(&json, "outliers"),
        [
            ("odd.json", "other_period"),
            ("province.json", "not_commune")
        ]
    );
    let invalid: Vec<&str> = json["invalid"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["file"].as_str().unwrap())
        .collect();
    for file in [
        "evil\u{1b}[2J.json",
        "garbage.json",
        "odd.json",
        "province.json",
    ] {
        assert!(invalid.contains(&file), "{file} not in {invalid:?}");
    }

    // The text output names every file, escaped.
    let out = run_tong_hop(&[dir_arg, "--as-of", "2023-10-20"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}'), "{text:?}");
    for name in ["evil\\u{1b}[2J.json", "big.json", "old.bak", "loop.json"] {
        assert!(text.contains(name), "{name} missing from:\n{text}");
    }

    // An explicit period wins over the majority.
    let out = run_tong_hop(&[
        dir_arg,
        "--json",
        "--as-of",
        "2023-10-20",
        "--period",
        "9999",
    ]);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["period"], "9999");
    assert_eq!(json["units_expected"], 1);
}

#[test]
fn tong_hop_without_a_majority_period_asks_for_one() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tong_hop_tie");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    write_report(&dir, "a.json", UnitKind::Xa, "Tân Mỹ", "2023-Q3");
    write_report(&dir, "b.json", UnitKind::Xa, "Song Mai", "2024-Q3");
    let out = run_tong_hop(&[dir.to_str().unwrap(), "--as-of", "2024-10-20"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--period"));
    let out = run_tong_hop(&[
        dir.to_str().unwrap(),
        "--json",
        "--as-of",
        "2024-10-20",
        "--period",
        "2024-Q3",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["period"], "2024-Q3");
}

// ---------------------------------------------------------------------------------------------
// A text cut right after its escape
// ---------------------------------------------------------------------------------------------

/// Found by the proptest `arbitrary_json_never_panics` (tests/rules.rs): a document holding
/// `""` (so the blanking pass runs) whose last string ends in a lone `\` made the pass index one
/// past the end. Every kind refuses it as `invalid_json`.
#[test]
fn a_text_cut_after_its_escape_is_invalid_json_for_every_kind() {
    for input in ["\"¡\"\"\\", "{\"a\":\"\",\"b\":\"\\", "[\"\",\"\\"] {
        for kind in catalogue::CATALOGUE {
            let report =
                kind.check_json(input.as_bytes(), &ValidationContext::new(d(2026, 11, 29)));
            let codes: Vec<Code> = report.errors().iter().map(|v| v.code).collect();
            assert_eq!(codes, [Code::InvalidJson], "{} on {input:?}", kind.name);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Bytes between two members
// ---------------------------------------------------------------------------------------------

/// Found by the `check_json` fuzz smoke: a member sent as `null` (a cleared form input) last in
/// its object, with bytes serde_json refuses (here NUL) between the comma before it and its
/// key. Blanking the cleared member out took those bytes with it, so a document serde_json
/// refuses was checked as well-formed. Every kind now reports it as `invalid_json`, at the
/// first refused byte, whatever member follows.
#[test]
fn bytes_before_a_cleared_member_are_invalid_json_for_every_kind() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let ctx = ValidationContext::new(d(2026, 11, 29));
    let mut checked = 0;
    for kind in catalogue::CATALOGUE {
        let Ok(entries) = std::fs::read_dir(format!("{dir}/{}/valid", kind.name)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".expected.json") || !name.ends_with(".json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let body = text.trim_end().strip_suffix('}').expect("an object");
            for junk in ["\0\0\0\t", "x ", "[] ", "1 "] {
                let input = format!("{body},\n{junk}\"note\": null\n}}");
                assert!(serde_json::from_str::<Value>(&input).is_err());
                let report = kind.check_json(input.as_bytes(), &ctx);
                let codes: Vec<Code> = report.errors().iter().map(|v| v.code).collect();
                assert_eq!(
                    codes,
                    [Code::InvalidJson],
                    "{} {name} with {junk:?}",
                    kind.name
                );
                let line = input.lines().count() - 1;
                assert_eq!(
                    report.errors()[0]
                        .params
                        .get("line")
                        .map(ToString::to_string),
                    Some(line.to_string()),
                    "{} {name} with {junk:?}",
                    kind.name
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 12, "only {checked} fixtures");
}
