//! The seed reference (the example `giao_ban_2021_q1` and its JSON fixture) and the rules of the
//! briefing report, rule by rule.

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use qcdc::org::{OrgKind, Organisation, Person, Position, Title};
use qcdc::period::ReportingPeriod;
use qcdc::report::{Attendee, BriefingReport, BriefingRules, Task, TaskDeadline};
use qcdc::validate::{Code, Validate, ValidationContext, check_json, from_json_slice};

const SEED: &str = include_str!("fixtures/briefing_report/valid/giao_ban_2021_q1.json");

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn seed() -> BriefingReport {
    static SEED_REPORT: std::sync::OnceLock<BriefingReport> = std::sync::OnceLock::new();
    SEED_REPORT
        .get_or_init(|| from_json_slice(SEED.as_bytes()).expect("the seed fixture decodes"))
        .clone()
}

fn on(date: NaiveDate) -> ValidationContext {
    ValidationContext::new(date)
}

fn pairs(report: &qcdc::ValidationReport) -> Vec<(String, Code)> {
    report
        .errors()
        .iter()
        .map(|v| (v.path.clone(), v.code))
        .collect()
}

#[test]
fn the_example_still_prints_the_fixture() {
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "giao_ban_2021_q1"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = String::from_utf8(output.stdout).expect("UTF-8 output");
    assert_eq!(
        printed.trim_end(),
        SEED.trim_end(),
        "the example's output changed; if on purpose, regenerate \
         tests/fixtures/briefing_report/valid/giao_ban_2021_q1.json"
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stderr).trim(),
        "Báo cáo hợp lệ: 22 đại biểu, 8 ý kiến, 7 nhiệm vụ."
    );
}

#[test]
fn the_library_serves_the_same_seed() {
    assert_eq!(qcdc::report::reference::giao_ban_2021_q1(), seed());
    assert_eq!(qcdc::report::reference::GIAO_BAN_2021_Q1_JSON, SEED);
}

#[test]
fn the_seed_validates_clean_then_and_now() {
    let report = seed();
    for date in [d(2021, 4, 7), d(2021, 4, 8), d(2026, 11, 28)] {
        let found = report.validate(&on(date));
        assert!(found.is_valid(), "as of {date}:\n{found}");
        assert!(found.warnings().is_empty(), "as of {date}:\n{found}");
    }
    // Before the meeting took place, it is in the future.
    assert_eq!(
        report.validate(&on(d(2021, 4, 6))).error_codes(),
        [Code::DateInFuture]
    );
    assert!(check_json::<BriefingReport>(SEED.as_bytes(), &on(d(2021, 4, 8))).is_valid());
}

#[test]
fn the_seed_carries_the_articles_facts() {
    let report = seed();
    assert_eq!(report.period_reviewed.to_string(), "Quý I/2021");
    assert_eq!(report.period_planned.to_string(), "Quý II/2021");
    assert_eq!(report.bloc.name_vi(), "Khối Dân vận quận Long Biên");
    assert_eq!(report.meeting.date, d(2021, 4, 7));
    assert_eq!(
        report.meeting.chair.to_string(),
        "Ngô Mạnh Điềm - Phó Bí thư Thường trực Quận ủy Long Biên"
    );

    // The attendees: three named, four by office, one per phường.
    let attendees: Vec<String> = report
        .meeting
        .attendees
        .iter()
        .map(Attendee::to_string)
        .collect();
    assert_eq!(attendees.len(), 3 + 4 + 14);
    assert_eq!(
        attendees[..7],
        [
            "Nguyễn Quốc Long - Ủy viên Ban Thường vụ Quận ủy Long Biên, Trưởng Ban Dân vận Quận ủy Long Biên",
            "Vũ Thị Thành - Ủy viên Ban Thường vụ Quận ủy Long Biên, Chủ tịch Ủy ban MTTQ quận Long Biên",
            "Vũ Xuân Trường - Ủy viên Ban Chấp hành Đảng bộ quận Long Biên, Phó Chủ tịch UBND quận Long Biên",
            "Chủ tịch Liên đoàn Lao động quận Long Biên",
            "Chủ tịch Hội LHPN quận Long Biên",
            "Chủ tịch Hội Cựu chiến binh quận Long Biên",
            "Phó Bí thư Quận đoàn Long Biên",
        ]
    );
    assert!(
        report.meeting.attendees[3..]
            .iter()
            .all(|a| a.name.is_none())
    );
    assert_eq!(
        attendees[20],
        "Phó Bí thư Thường trực Đảng ủy phường Việt Hưng, Trưởng Khối Dân vận phường Việt Hưng"
    );

    let theme = report.theme.as_ref().unwrap();
    assert_eq!(
        (theme.year, theme.text.as_str()),
        (
            2021,
            "Năm Dân vận khéo, trọng tâm công tác giải phóng mặt bằng"
        )
    );

    // The 8 opinions.
    assert_eq!(report.opinions.count, 8);
    assert!(
        report
            .opinions
            .overview
            .as_deref()
            .unwrap()
            .starts_with("Có 8 ý kiến")
    );

    // The 7 tasks of quarter II, numbered, each due within quarter II.
    let q2 = ReportingPeriod::quarter(2021, 2).unwrap();
    assert_eq!(report.tasks.len(), 7);
    for (i, task) in report.tasks.iter().enumerate() {
        assert_eq!(task.number as usize, i + 1);
        assert_eq!(task.deadline, Some(TaskDeadline::Period(q2)));
    }
    assert!(
        report.tasks[1]
            .text
            .starts_with("Tham mưu, triển khai thực hiện tốt công tác bầu cử")
    );
    let leads = |n: usize| -> Vec<String> {
        report.tasks[n - 1]
            .lead_bodies
            .iter()
            .map(Organisation::name_vi)
            .collect()
    };
    assert_eq!(leads(5), ["Ban Dân vận Quận ủy Long Biên"]);
    assert_eq!(
        leads(6),
        [
            "Ủy ban MTTQ quận Long Biên",
            "Liên đoàn Lao động quận Long Biên",
            "Hội LHPN quận Long Biên",
            "Hội Cựu chiến binh quận Long Biên",
            "Quận đoàn Long Biên",
        ]
    );
    assert_eq!(report.tasks[5].cooperating_bodies.len(), 14);
    assert_eq!(leads(7), ["Khối Dân vận quận Long Biên"]);

    // QCDC: the six district regulations, the campaigns by name, the elections.
    let regs = report.qcdc.local_regulations.as_ref().unwrap();
    assert_eq!((regs.issued, regs.supervised), (6, 6));
    let campaigns: Vec<String> = report
        .qcdc
        .campaigns
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        campaigns,
        [
            "Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư”",
            "Cuộc vận động “Vì Biển đảo quê hương”",
            "Phong trào “Đền ơn đáp nghĩa”",
            "Phong trào “Dân vận khéo”",
        ]
    );
    let elections: Vec<String> = report.elections.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        elections,
        ["Quốc hội khóa XV", "HĐND các cấp nhiệm kỳ 2021-2026"]
    );
    assert_eq!(report.results.len(), 4);
    assert_eq!(report.results[3].bodies.len(), 14);
    assert_eq!(report.results[1].documents.len(), 2);
}

#[test]
fn every_sentence_of_the_article_body_is_in_the_fixture() {
    // Phrases picked from each paragraph of the article, as it writes them.
    for phrase in [
        "Tình hình tư tưởng nhân dân cơ bản ổn định",
        "hoạt động của các tôn giáo diễn ra bình thường",
        "6 quy chế dân chủ do Quận ban hành",
        "Kế hoạch về nâng cao chất lượng mô hình dân vận khéo năm 2021 và các năm tiếp theo",
        "kỷ niệm 91 năm ngày thành lập Đảng cộng sản Việt Nam",
        "Vì Biển đảo quê hương",
        "Chỉ đạo tổ chức tốt ngày hội đại biểu nhân dân cấp phường",
        "Quyết định số 217-QĐ/TW",
        "kiện toàn Ban chỉ đạo QCDC khối vận",
        "bàn giao mặt bằng đúng tiến độ",
        "Xóa bỏ 100% bếp than tổ ong",
        "thực hiện nghiêm túc chế độ báo cáo theo quy định",
    ] {
        let lower = SEED.to_lowercase();
        assert!(lower.contains(&phrase.to_lowercase()), "missing: {phrase}");
    }
}

#[test]
fn the_meeting_must_follow_the_period_within_the_lag() {
    let mut report = seed();
    let ctx = on(d(2021, 12, 31));
    report.meeting.date = d(2021, 3, 31);
    let found = report.validate(&ctx);
    assert!(
        found
            .errors()
            .iter()
            .any(|v| v.path == "/meeting/date" && v.code == Code::DateOutside),
        "{found}"
    );
    let v = found
        .errors()
        .iter()
        .find(|v| v.code == Code::DateOutside)
        .unwrap();
    assert_eq!(
        v.message_vi(),
        "Ngày 31/03/2021 nằm ngoài khoảng 01/04/2021 – 01/05/2021."
    );

    // Late: a warning with the default lag, nothing with a longer one.
    report.meeting.date = d(2021, 5, 2);
    let late = report.validate_with(&ctx, &BriefingRules::default());
    assert_eq!(late.warnings()[0].code, Code::DateOutside);
    assert_eq!(late.warnings()[0].params["end"], "2021-05-01");
    let relaxed = BriefingRules {
        max_meeting_lag_days: 45,
        ..BriefingRules::default()
    };
    assert!(report.validate_with(&ctx, &relaxed).warnings().is_empty());
    // A huge lag does not overflow.
    let endless = BriefingRules {
        max_meeting_lag_days: u32::MAX,
        ..BriefingRules::default()
    };
    assert!(report.validate_with(&ctx, &endless).warnings().is_empty());
}

#[test]
fn the_planned_period_must_be_the_next_one() {
    let mut report = seed();
    let ctx = on(d(2021, 4, 8));
    report.period_planned = ReportingPeriod::quarter(2021, 1).unwrap();
    let found = report.validate(&ctx);
    assert_eq!(found.error_codes(), [Code::PeriodNotNext]);
    assert_eq!(found.errors()[0].path, "/period_planned");
    assert_eq!(
        found.errors()[0].message_en(),
        "The planned period must be the one after the reviewed period: Quý II/2021, not Quý I/2021."
    );
    // Quarter IV is followed by quarter I of the next year.
    report.period_reviewed = ReportingPeriod::quarter(2020, 4).unwrap();
    report.period_planned = ReportingPeriod::quarter(2021, 1).unwrap();
    report.theme = None;
    report.meeting.date = d(2021, 1, 8);
    for task in &mut report.tasks {
        task.deadline = None;
    }
    for campaign in &mut report.qcdc.campaigns {
        campaign.start = d(2021, 1, 1);
    }
    let found = report.validate(&ctx);
    assert!(found.is_valid(), "{found}");
}

#[test]
fn the_chair_must_hold_a_position_in_the_party_committee_or_the_bloc() {
    let mut report = seed();
    let ctx = on(d(2021, 4, 8));
    let long_bien = report.bloc.unit.clone();
    report.meeting.chair = Person::new("Vũ Xuân Trường").with_positions([Position::new(
        Title::PhoChuTich,
        Organisation::new(OrgKind::Ubnd, long_bien),
    )]);
    // He is also listed as an attendee: a duplicate as well.
    let found = report.validate(&ctx);
    assert_eq!(
        found
            .errors()
            .iter()
            .map(|v| (v.path.as_str(), v.code))
            .collect::<Vec<_>>(),
        [
            ("/meeting/attendees/2/name", Code::Duplicate),
            ("/meeting/chair/positions", Code::ChairNotEligible),
        ]
    );
    assert_eq!(
        found.errors()[1].message_vi(),
        "Người chủ trì phải giữ chức vụ trong cấp ủy, Khối Dân vận hoặc Mặt trận Tổ quốc quận Long Biên."
    );
    // A rule set that accepts the UBND makes only the duplicate remain.
    let mut rules = BriefingRules::default();
    rules.chair_kinds.push(OrgKind::Ubnd);
    assert_eq!(
        report.validate_with(&ctx, &rules).error_codes(),
        [Code::Duplicate]
    );
}

#[test]
fn task_numbers_run_from_one_without_gaps() {
    let mut report = seed();
    let ctx = on(d(2021, 4, 8));
    report.tasks.remove(2); // 1, 2, 4, 5, 6, 7
    let found = report.validate(&ctx);
    assert_eq!(found.errors().len(), 4);
    assert!(
        found
            .errors()
            .iter()
            .all(|v| v.code == Code::NumberOutOfSequence)
    );
    assert_eq!(found.errors()[0].path, "/tasks/2/number");
    assert_eq!(
        found.errors()[0].message_vi(),
        "Số thứ tự phải là 3 (hiện là 4)."
    );
    for (i, task) in report.tasks.iter_mut().enumerate() {
        task.number = u32::try_from(i).unwrap() + 1;
    }
    assert!(report.validate(&ctx).is_valid());
}

#[test]
fn the_same_meeting_after_the_reform_names_bodies_that_no_longer_exist() {
    let mut report = seed();
    report.period_reviewed = ReportingPeriod::quarter(2025, 2).unwrap();
    report.period_planned = ReportingPeriod::quarter(2025, 3).unwrap();
    report.meeting.date = d(2025, 7, 7);
    report.theme = None;
    report.qcdc.campaigns.clear();
    for task in &mut report.tasks {
        task.deadline = None;
    }
    let found = report.validate(&on(d(2026, 11, 28)));
    let errors = found.errors();
    assert!(
        errors
            .iter()
            .all(|v| matches!(v.code, Code::BodyNotExisting)),
        "{found}"
    );
    assert!(errors.iter().any(|v| v.path == "/bloc"));
    assert!(errors.iter().any(|v| v.path == "/tasks/4/lead_bodies/0"));
    assert!(
        errors
            .iter()
            .any(|v| v.path == "/meeting/chair/positions/0/organisation")
    );
    assert_eq!(
        errors[0].citation.as_ref().unwrap().to_string(),
        "Nghị quyết số 203/2025/QH15"
    );
    // The phường existed until 30/06/2025 too: their blocs are gone as well.
    assert!(
        errors
            .iter()
            .any(|v| v.path == "/tasks/0/cooperating_bodies/13")
    );
}

#[test]
fn a_bloc_must_be_a_khoi_dan_van() {
    let mut report = seed();
    report.bloc.kind = OrgKind::Mttq;
    let found = report.validate(&on(d(2021, 4, 8)));
    assert_eq!(
        pairs(&found),
        [("/bloc/kind".to_owned(), Code::WrongBodyKind)]
    );
    assert_eq!(
        found.errors()[0].message_vi(),
        "Cần Khối Dân vận, không phải Ủy ban Mặt trận Tổ quốc Việt Nam."
    );
}

#[test]
fn lead_bodies_and_deadlines_are_checked() {
    let mut report = seed();
    let bdv = report.tasks[4].lead_bodies[0].clone();
    report.tasks.push(
        Task::new(8, "Việc đã quá hạn.", [])
            .cooperating([bdv.clone(), bdv])
            .due(TaskDeadline::Date(d(2021, 4, 6))),
    );
    let found = report.validate(&on(d(2021, 4, 8)));
    assert_eq!(
        found
            .errors()
            .iter()
            .map(|v| (v.path.as_str(), v.code))
            .collect::<Vec<_>>(),
        [
            ("/tasks/7/lead_bodies", Code::TooFew),
            ("/tasks/7/cooperating_bodies/1", Code::Duplicate),
            ("/tasks/7/deadline", Code::DateOrder),
        ]
    );
}

#[test]
fn bad_json_gives_report_entries_never_a_panic() {
    let ctx = on(d(2026, 11, 28));
    for bytes in [
        &b""[..],
        b"{",
        b"[]",
        b"{\"bloc\": 1}",
        b"{\"period_reviewed\": \"2021-Q5\"}",
        b"{\"meeting\": {\"date\": \"07/04/2021\"}}",
        b"{\"tasks\": [{\"number\": -1}]}",
        b"{\"opinions\": {\"count\": 1e99}}",
    ] {
        let report = check_json::<BriefingReport>(bytes, &ctx);
        assert!(!report.is_valid(), "{bytes:?}");
    }
    let mut seed_value: serde_json::Value = serde_json::from_str(SEED).unwrap();
    seed_value["opinions"]["count"] = serde_json::json!(-8);
    let report = check_json::<BriefingReport>(seed_value.to_string().as_bytes(), &ctx);
    assert_eq!(report.error_codes(), [Code::InvalidValue]);
    assert_eq!(report.errors()[0].path, "/opinions/count");
}

#[test]
fn the_schema_titles_every_field_in_vietnamese() {
    let schema = schemars::schema_for!(BriefingReport);
    let value = serde_json::to_value(&schema).unwrap();
    assert_eq!(value["title"], "Báo cáo giao ban Khối Dân vận");
    let mut untitled = Vec::new();
    walk(&value, "", &mut untitled);
    assert!(
        untitled.is_empty(),
        "properties without a title: {untitled:?}"
    );

    fn walk(v: &serde_json::Value, at: &str, untitled: &mut Vec<String>) {
        if let Some(props) = v.get("properties").and_then(|p| p.as_object()) {
            for (name, prop) in props {
                if prop.get("title").is_none() {
                    untitled.push(format!("{at}/{name}"));
                }
            }
        }
        match v {
            serde_json::Value::Object(map) => {
                for (k, child) in map {
                    walk(child, &format!("{at}/{k}"), untitled);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{at}/{i}"), untitled);
                }
            }
            _ => {}
        }
    }
}

#[test]
fn the_fixture_is_the_one_the_catalogue_validates() {
    let kind = qcdc::catalogue::find("briefing_report").expect("registered");
    assert_eq!(kind.title_vi, "Báo cáo giao ban Khối Dân vận");
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/briefing_report/valid/giao_ban_2021_q1.json");
    let bytes = std::fs::read(file).unwrap();
    assert!(kind.check_json(&bytes, &on(d(2021, 4, 8))).is_valid());
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<BriefingReport>();
    check::<BriefingRules>();
    check::<Attendee>();
    check::<Task>();
    check::<TaskDeadline>();
    check::<qcdc::report::Meeting>();
    check::<qcdc::report::QcdcSection>();
    check::<qcdc::report::Election>();
    check::<qcdc::campaign::Campaign>();
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Exactly the tasks whose number is not their position (from 1) are flagged.
        #[test]
        fn only_out_of_sequence_numbers_are_flagged(numbers in proptest::collection::vec(0u32..12, 0..10)) {
            let mut report = seed();
            let template = report.tasks[0].clone();
            report.tasks = numbers
                .iter()
                .map(|&n| Task { number: n, ..template.clone() })
                .collect();
            let found = report.validate(&on(d(2021, 4, 8)));
            let expected: Vec<String> = numbers
                .iter()
                .enumerate()
                .filter(|&(i, &n)| n as usize != i + 1)
                .map(|(i, _)| format!("/tasks/{i}/number"))
                .collect();
            let got: Vec<String> = found.errors().iter().map(|v| v.path.clone()).collect();
            prop_assert_eq!(got, expected);
        }

        /// Any meeting day either passes, or is flagged at the meeting date only.
        #[test]
        fn any_meeting_day_is_judged_at_its_path(offset in -400i64..400) {
            let mut report = seed();
            report.meeting.date = d(2021, 4, 7) + chrono::Duration::days(offset);
            let found = report.validate(&on(d(2026, 11, 28)));
            let first = d(2021, 4, 1);
            let last = d(2021, 5, 1);
            let date = report.meeting.date;
            let date_errors = found.errors().iter().filter(|v| v.path == "/meeting/date").count();
            prop_assert_eq!(date_errors, usize::from(date < first));
            prop_assert_eq!(found.warnings().len(), usize::from(date > last));
        }

        /// Arbitrary bytes never panic and never pass.
        #[test]
        fn arbitrary_bytes_are_reported(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let report = check_json::<BriefingReport>(&bytes, &on(d(2026, 11, 28)));
            prop_assert!(!report.is_valid());
        }
    }
}

#[test]
fn the_schema_accepts_the_valid_fixtures_and_rejects_negative_counts() {
    let schema = serde_json::to_value(schemars::schema_for!(BriefingReport)).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/briefing_report/valid");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let doc: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        seen += 1;
    }
    assert!(seen >= 2);
    let mut doc: serde_json::Value = serde_json::from_str(SEED).unwrap();
    doc["opinions"]["count"] = serde_json::json!(-1);
    assert!(!validator.is_valid(&doc));
    doc["opinions"]["count"] = serde_json::json!(8);
    doc["tasks"][0]["lead_bodies"] = serde_json::json!([]);
    assert!(!validator.is_valid(&doc));
}
