//! Integration tests of "Dân vận khéo" registrations: one test per validation rule (each fails
//! when its rule is removed), the lifecycle, round trips, hostile input and the JSON Schema.

use chrono::NaiveDate;
use proptest::prelude::*;
use qcdc::Vocabulary;
use qcdc::catalogue;
use qcdc::dan_van_kheo::{
    self, MilestoneProgress, MilestoneStatus, ModelField, ModelRegistration, Partner, PartnerRole,
    Phase, RecognitionLevel, Registrant, RegistrantKind, Stage, StatusChange, TransitionError,
    examples,
};
use qcdc::org::reference::{phuong, quan_long_bien};
use qcdc::org::{OrgKind, Organisation, Person};
use qcdc::validate::{Code, Validate, ValidationContext, ValidationReport, check_json};
use serde_json::{Value, json};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn ctx() -> ValidationContext {
    ValidationContext::new(d(2026, 11, 28))
}

/// The reference registration, which must be valid for the mutations below to mean anything.
fn base() -> ModelRegistration {
    let r = examples::long_bien_2021();
    let report = r.validate(&ctx());
    assert!(report.is_valid(), "{report}");
    assert!(report.warnings().is_empty(), "{report}");
    r
}

/// The reference registration without history and progress (for date shifts).
fn bare() -> ModelRegistration {
    let mut r = base();
    r.history.clear();
    r.progress.clear();
    r
}

fn errors(report: &ValidationReport) -> Vec<(String, Code)> {
    report
        .errors()
        .iter()
        .map(|v| (v.path.clone(), v.code))
        .collect()
}

fn errors_of(r: &ModelRegistration) -> Vec<(String, Code)> {
    errors(&r.validate(&ctx()))
}

fn one(path: &str, code: Code) -> Vec<(String, Code)> {
    vec![(path.to_owned(), code)]
}

// ---- texts and lists ----

#[test]
fn blank_mandatory_text_is_reported_with_its_source() {
    let mut r = base();
    r.problem = " \n ".into();
    let report = r.validate(&ctx());
    assert_eq!(errors(&report), one("/problem", Code::Blank));
    let v = &report.errors()[0];
    assert_eq!(v.message_vi(), "Không được để trống.");
    // A 2021 registration is not held to a letter of 2026: same check, no citation.
    assert_eq!(v.citation, None);

    // A 2026 registration with its ward's Front: the letter that sets the contents is cited.
    let mut ward = examples::ward_2026();
    ward.problem = " ".into();
    let report = ward.validate(&ValidationContext::new(
        chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
    ));
    assert_eq!(errors(&report), one("/problem", Code::Blank));
    assert_eq!(
        report.errors()[0].citation.as_ref().unwrap().to_string(),
        "Công văn số 249/MTTQ-BTT"
    );
}

#[test]
fn texts_longer_than_their_limit_are_reported() {
    let mut r = base();
    r.model_name = "a".repeat(dan_van_kheo::MAX_NAME + 1);
    r.plan.activities[1] = "b".repeat(dan_van_kheo::MAX_ITEM + 1);
    r.milestones[0].unit = "c".repeat(dan_van_kheo::MAX_MEASURE_UNIT + 1);
    let report = r.validate(&ctx());
    assert_eq!(
        errors(&report),
        [
            ("/model_name".to_owned(), Code::TooLong),
            ("/plan/activities/1".to_owned(), Code::TooLong),
            ("/milestones/0/unit".to_owned(), Code::TooLong),
        ]
    );
    assert_eq!(
        report.errors()[0].message_vi(),
        "Tối đa 200 ký tự (hiện có 201)."
    );
}

#[test]
fn mandatory_lists_need_an_item() {
    let mut r = base();
    r.expected_outputs.clear();
    r.plan.criteria.clear();
    let report = r.validate(&ctx());
    assert_eq!(
        errors(&report),
        [
            ("/plan/criteria".to_owned(), Code::TooFew),
            ("/expected_outputs".to_owned(), Code::TooFew),
        ]
    );
    assert_eq!(
        report.errors()[1].message_vi(),
        "Cần ít nhất 1 mục (hiện có 0)."
    );
}

#[test]
fn other_field_needs_its_name() {
    let mut r = base();
    r.field = ModelField::Other;
    assert_eq!(errors_of(&r), one("/field_other", Code::Required));
    r.field_other = Some("Chỉnh trang đô thị".into());
    assert!(errors_of(&r).is_empty());
}

// ---- dates ----

#[test]
fn year_must_be_a_year_of_the_movement() {
    let mut r = base();
    r.year = 2008;
    assert_eq!(errors_of(&r), one("/year", Code::OutOfRange));
}

#[test]
fn registration_date_lies_in_the_year_or_the_one_before() {
    let mut r = base();
    r.registered_on = d(2019, 12, 31);
    assert_eq!(errors_of(&r), one("/registered_on", Code::DateOutside));
    r.registered_on = d(2020, 1, 1);
    assert!(errors_of(&r).is_empty());
}

#[test]
fn registration_date_is_not_in_the_future() {
    let r = base();
    let report = r.validate(&ValidationContext::new(d(2021, 3, 14)));
    assert_eq!(
        errors(&report)[0],
        ("/registered_on".to_owned(), Code::DateInFuture)
    );
}

#[test]
fn evaluation_is_not_before_the_roadmap_starts() {
    let mut r = base();
    r.evaluation_date = d(2021, 3, 31);
    assert_eq!(errors_of(&r), one("/evaluation_date", Code::DateOrder));
}

// ---- registrant and body ----

#[test]
fn collective_needs_its_organisation_and_individual_their_person() {
    let mut r = base();
    r.registrant.organisation = None;
    assert_eq!(
        errors_of(&r),
        one("/registrant/organisation", Code::Required)
    );
    let mut r = base();
    r.registrant.kind = RegistrantKind::Individual;
    r.registrant.person = None;
    assert_eq!(errors_of(&r), one("/registrant/person", Code::Required));
}

#[test]
fn collective_registrant_must_exist_on_the_registration_date() {
    let mut r = bare();
    // A district body registering after the reform, with a body that still exists.
    r.year = 2025;
    r.registered_on = d(2025, 8, 1);
    r.registered_with = Organisation::new(OrgKind::MttqStandingBoard, phuong("Long Biên"));
    r.registrant = Registrant::collective(Organisation::new(OrgKind::Mttq, quan_long_bien()));
    r.plan.partners.truncate(1);
    r.plan.partners[0].organisation = Organisation::new(OrgKind::Mttq, phuong("Long Biên"));
    r.roadmap.iter_mut().for_each(|p| {
        p.start = p.start.with_year_2025();
        p.end = p.end.with_year_2025();
    });
    r.milestones
        .iter_mut()
        .for_each(|m| m.due = m.due.with_year_2025());
    r.evaluation_date = d(2025, 12, 15);
    let report = r.validate(&ctx());
    assert_eq!(
        errors(&report),
        one("/registrant/organisation", Code::BodyNotExisting)
    );
    assert_eq!(
        report.errors()[0].message_vi(),
        "Cơ quan, tổ chức Ủy ban MTTQ quận Long Biên không tồn tại vào ngày 01/08/2025."
    );
}

trait Year2025 {
    fn with_year_2025(self) -> NaiveDate;
}
impl Year2025 for NaiveDate {
    fn with_year_2025(self) -> NaiveDate {
        use chrono::Datelike;
        self.with_year(2025).unwrap()
    }
}

#[test]
fn body_registered_with_must_exist_on_the_registration_date() {
    let mut r = bare();
    r.registrant = Registrant::collective(Organisation::new(OrgKind::Mttq, phuong("Long Biên")));
    r.plan.partners.truncate(1);
    r.plan.partners[0].organisation = Organisation::new(OrgKind::Mttq, phuong("Long Biên"));
    r.year = 2026;
    r.registered_on = d(2025, 10, 1);
    r.roadmap = vec![Phase::new("Giai đoạn 1", d(2026, 1, 1), d(2026, 6, 30))];
    r.milestones.truncate(1);
    r.milestones[0].due = d(2026, 6, 30);
    r.evaluation_date = d(2026, 7, 1);
    assert_eq!(
        errors_of(&r),
        one("/registered_with", Code::BodyNotExisting)
    );
}

#[test]
fn body_registered_with_is_at_the_registrant_level_or_above() {
    let mut r = base();
    r.registered_with = Organisation::new(OrgKind::MttqStandingBoard, phuong("Thạch Bàn"));
    r.registrant = Registrant::collective(Organisation::new(OrgKind::Mttq, quan_long_bien()));
    let report = r.validate(&ctx());
    assert_eq!(
        errors(&report),
        one("/registered_with", Code::BodyBelowRegistrant)
    );
    assert_eq!(
        report.errors()[0].message_vi(),
        "Ban Thường trực Ủy ban MTTQ phường Thạch Bàn ở cấp thấp hơn đơn vị đăng ký (cấp huyện)."
    );
    // An individual takes the level of their first position.
    let mut r = base();
    r.registered_with = Organisation::new(OrgKind::MttqStandingBoard, phuong("Thạch Bàn"));
    r.registrant = Registrant::individual(Person::new("Nguyễn Quốc Long").with_positions(
        qcdc::org::parse_positions("Trưởng Ban Dân vận Quận ủy", &quan_long_bien()).unwrap(),
    ));
    assert_eq!(
        errors_of(&r),
        one("/registered_with", Code::BodyBelowRegistrant)
    );
}

// ---- plan ----

#[test]
fn one_partner_must_lead() {
    let mut r = base();
    r.plan.partners[0].role = PartnerRole::Cooperating;
    let report = r.validate(&ctx());
    assert_eq!(errors(&report), one("/plan/partners", Code::NoLeadPartner));
    assert_eq!(
        report.errors()[0].message_vi(),
        "Cần ít nhất một lực lượng chủ trì."
    );
}

#[test]
fn partners_must_exist_on_the_registration_date() {
    let mut r = base();
    r.plan.partners.push(Partner {
        organisation: Organisation::new(OrgKind::BanDanVan, phuong("Thạch Bàn")),
        role: PartnerRole::Cooperating,
        tasks: None,
    });
    assert_eq!(
        errors_of(&r),
        one("/plan/partners/6/organisation/kind", Code::KindNotAtLevel)
    );
}

#[test]
fn funding_parts_do_not_exceed_the_total() {
    let mut r = base();
    r.plan.resources.socialised_vnd = Some(25_000_000);
    let report = r.validate(&ctx());
    assert_eq!(
        errors(&report),
        one("/plan/resources/budget_vnd", Code::PartsExceedTotal)
    );
    assert_eq!(
        report.errors()[0].message_vi(),
        "Tổng các phần (35000000) lớn hơn tổng số (30000000)."
    );
    r.plan.resources.socialised_vnd = Some(u64::MAX);
    assert_eq!(
        errors_of(&r),
        one("/plan/resources/budget_vnd", Code::PartsExceedTotal)
    );
}

// ---- roadmap ----

#[test]
fn a_phase_ends_after_it_starts() {
    let mut r = base();
    r.roadmap[2].end = d(2021, 10, 1);
    // The milestone of that phase now lies outside it as well.
    assert_eq!(
        errors_of(&r),
        [
            ("/roadmap/2/end".to_owned(), Code::DateOrder),
            ("/milestones/3/due".to_owned(), Code::DateOutside),
        ]
    );
}

#[test]
fn phases_do_not_overlap_nor_go_back() {
    let mut r = base();
    r.roadmap[2].start = d(2021, 10, 31);
    assert_eq!(errors_of(&r), one("/roadmap/2/start", Code::PhaseOverlap));
    let mut r = base();
    r.roadmap.swap(0, 1);
    r.milestones[0].phase = 2;
    r.milestones[1].phase = 1;
    r.milestones[2].phase = 1;
    assert_eq!(errors_of(&r), one("/roadmap/1/start", Code::PhaseOverlap));
}

#[test]
fn every_phase_has_a_milestone() {
    let mut r = base();
    r.milestones.pop();
    r.progress
        .iter_mut()
        .for_each(|p| p.milestones.retain(|m| m.milestone != "Sơ kết mô hình"));
    let report = r.validate(&ctx());
    assert_eq!(
        errors(&report),
        one("/roadmap/2", Code::PhaseWithoutMilestone)
    );
    assert_eq!(
        report.errors()[0].message_vi(),
        "Giai đoạn \"Giai đoạn 3: Sơ kết, nhân rộng\" chưa có mốc tiến độ nào."
    );
}

#[test]
fn a_roadmap_past_the_year_is_a_warning() {
    let mut r = base();
    r.roadmap[2].end = d(2022, 3, 31);
    let report = r.validate(&ctx());
    assert!(report.is_valid());
    let w: Vec<_> = report
        .warnings()
        .iter()
        .map(|v| (v.path.as_str(), v.code))
        .collect();
    assert_eq!(w, [("/roadmap/2/end", Code::RoadmapBeyondYear)]);
    assert_eq!(
        report.warnings()[0].message_vi(),
        "Lộ trình kéo dài đến 31/03/2022, quá năm 2021; kết quả sẽ được đánh giá qua nhiều năm."
    );
}

// ---- milestones ----

#[test]
fn milestone_names_are_unique_without_case_and_spacing_but_with_tone_marks() {
    let mut r = base();
    r.milestones[2].name = "HOÀN THÀNH  KIỂM ĐẾM".into();
    r.progress.clear();
    r.history.truncate(1);
    let report = r.validate(&ctx());
    assert_eq!(errors(&report), one("/milestones/2/name", Code::Duplicate));
    assert_eq!(
        report.errors()[0].message_vi(),
        "Trùng với mục ở vị trí 2: \"HOÀN THÀNH  KIỂM ĐẾM\"."
    );
    // Without its tone marks it is another milestone's name (folding finds, not identifies).
    r.milestones[2].name = "HOAN THANH KIEM DEM".into();
    assert_eq!(errors(&r.validate(&ctx())), []);
}

#[test]
fn targets_are_positive() {
    let mut r = base();
    r.milestones[1].target = -3.0;
    let report = r.validate(&ctx());
    assert_eq!(
        errors(&report),
        one("/milestones/1/target", Code::NotPositive)
    );
    assert_eq!(
        report.errors()[0].message_vi(),
        "Giá trị phải lớn hơn 0 (hiện là -3)."
    );
    r.milestones[1].target = f64::NAN;
    assert_eq!(
        errors_of(&r),
        one("/milestones/1/target", Code::NotPositive)
    );
}

#[test]
fn milestones_fall_inside_their_phase() {
    let mut r = base();
    r.milestones[0].due = d(2021, 6, 1);
    let report = r.validate(&ctx());
    assert_eq!(errors(&report), one("/milestones/0/due", Code::DateOutside));
    assert_eq!(
        report.errors()[0].message_vi(),
        "Ngày 01/06/2021 nằm ngoài khoảng 01/04/2021 – 31/05/2021."
    );
}

#[test]
fn milestones_name_a_phase_of_the_roadmap_and_stay_in_the_year_or_roadmap() {
    let mut r = base();
    r.milestones[3].phase = 4;
    assert_eq!(
        errors_of(&r),
        [
            ("/milestones/3/phase".to_owned(), Code::OutOfRange),
            ("/roadmap/2".to_owned(), Code::PhaseWithoutMilestone),
        ]
    );
    r.milestones[3].due = d(2022, 2, 1);
    assert_eq!(
        errors_of(&r),
        [
            ("/milestones/3/phase".to_owned(), Code::OutOfRange),
            ("/milestones/3/due".to_owned(), Code::DateOutside),
            ("/roadmap/2".to_owned(), Code::PhaseWithoutMilestone),
        ]
    );
    r.milestones[3].phase = 0;
    assert_eq!(
        errors_of(&r)[0],
        ("/milestones/3/phase".to_owned(), Code::OutOfRange)
    );
}

#[test]
fn too_many_milestones_are_reported_once() {
    let mut r = base();
    let template = r.milestones[0].clone();
    for i in 0..dan_van_kheo::MAX_MILESTONES {
        let mut m = template.clone();
        m.name = format!("Mốc {i}");
        r.milestones.push(m);
    }
    assert_eq!(errors_of(&r), one("/milestones", Code::TooMany));
}

// ---- lifecycle ----

#[test]
fn history_steps_follow_the_lifecycle() {
    let mut r = base();
    r.history.remove(1); // implementing → recognised
    let report = r.validate(&ctx());
    assert_eq!(
        errors(&report),
        one("/history/1/stage", Code::IllegalTransition)
    );
    assert_eq!(
        report.errors()[0].message_vi(),
        "Không thể chuyển từ \"Đang thực hiện\" sang \"Được công nhận\"."
    );
}

#[test]
fn history_steps_are_dated_in_order_and_not_in_the_future() {
    let mut r = base();
    r.history[2].on = d(2021, 12, 1);
    assert_eq!(errors_of(&r), one("/history/2/on", Code::DateOrder));
    let mut r = base();
    r.history[0].on = d(2021, 3, 1);
    assert_eq!(errors_of(&r), one("/history/0/on", Code::DateOrder));
    let report = base().validate(&ValidationContext::new(d(2021, 12, 20)));
    assert!(errors(&report).contains(&("/history/2/on".to_owned(), Code::DateInFuture)));
}

#[test]
fn recognition_goes_with_a_recognised_step_only() {
    let mut r = base();
    r.history[2].recognition = None;
    assert_eq!(errors_of(&r), one("/history/2/recognition", Code::Required));
    let mut r = base();
    r.history[1].recognition = r.history[2].recognition.clone();
    assert_eq!(
        errors_of(&r),
        one("/history/1/stage", Code::RecognitionNotExpected)
    );
}

#[test]
fn no_district_recognition_from_july_2025() {
    let mut r = base();
    r.history[2].on = d(2025, 7, 1);
    let report = r.validate(&ctx());
    assert_eq!(
        errors(&report),
        one(
            "/history/2/recognition/level",
            Code::RecognitionLevelNotOnDate
        )
    );
    let v = &report.errors()[0];
    assert_eq!(
        v.message_vi(),
        "Không có công nhận cấp huyện vào ngày 01/07/2025."
    );
    assert_eq!(
        v.citation.as_ref().unwrap().to_string(),
        "Nghị quyết số 203/2025/QH15"
    );
    r.history[2].recognition.as_mut().unwrap().level = RecognitionLevel::Province;
    assert!(errors_of(&r).is_empty());
}

#[test]
fn a_review_rests_on_a_progress_report() {
    let mut r = base();
    r.progress.clear();
    assert_eq!(
        errors_of(&r),
        one("/history/1/stage", Code::ReviewWithoutProgress)
    );
}

#[test]
fn advance_returns_typed_errors_and_keeps_the_history() {
    let mut r = bare();
    let err = r
        .advance(StatusChange::new(Stage::Reviewed, d(2021, 4, 1)))
        .unwrap_err();
    assert_eq!(
        err,
        TransitionError::Illegal {
            from: Stage::Registered,
            to: Stage::Reviewed
        }
    );
    assert!(r.history.is_empty());
    r.advance(StatusChange::new(Stage::Implementing, d(2021, 4, 1)))
        .unwrap();
    assert_eq!(
        r.advance(StatusChange::new(Stage::Withdrawn, d(2021, 3, 1))),
        Err(TransitionError::BeforePrevious {
            date: d(2021, 3, 1),
            previous: d(2021, 4, 1)
        })
    );
    assert_eq!(
        r.advance(StatusChange::new(Stage::Reviewed, d(2021, 12, 1))),
        Err(TransitionError::NoProgressReport)
    );
    r.progress = base().progress;
    r.advance(StatusChange::new(Stage::Reviewed, d(2021, 12, 15)))
        .unwrap();
    let mut bare_recognition = StatusChange::new(Stage::Recognised, d(2021, 12, 28));
    assert_eq!(
        r.advance(bare_recognition.clone()),
        Err(TransitionError::MissingRecognition)
    );
    bare_recognition =
        StatusChange::recognised(d(2025, 7, 2), RecognitionLevel::District, "Giấy khen");
    let err = r.advance(bare_recognition).unwrap_err();
    assert_eq!(
        err.to_string(),
        "no recognition at level \"huyen\" on 2025-07-02"
    );
    r.advance(StatusChange::recognised(
        d(2021, 12, 28),
        RecognitionLevel::District,
        "Giấy khen",
    ))
    .unwrap();
    assert_eq!(r.stage(), Stage::Recognised);
    assert_eq!(r.history.len(), 3);
    assert!(r.validate(&ctx()).is_valid());
}

// ---- progress ----

#[test]
fn progress_entries_name_milestones_of_the_registration_once() {
    let mut r = base();
    r.progress[0].milestones[2].milestone = "Bàn giao nhà".into();
    r.progress[1].milestones[2].milestone = "hoàn thành KIỂM ĐẾM".into();
    let report = r.validate(&ctx());
    assert_eq!(
        errors(&report),
        [
            (
                "/progress/0/milestones/2/milestone".to_owned(),
                Code::UnknownMilestone
            ),
            (
                "/progress/1/milestones/2/milestone".to_owned(),
                Code::Duplicate
            ),
        ]
    );
    assert_eq!(
        report.errors()[0].message_vi(),
        "Không có mốc tiến độ \"Bàn giao nhà\" trong bản đăng ký."
    );
}

#[test]
fn progress_values_and_statuses_agree() {
    let mut r = base();
    r.progress[0].milestones[1].reached = -1.0;
    r.progress[2].milestones[2] = MilestoneProgress {
        milestone: "Bàn giao mặt bằng".into(),
        reached: 41.5,
        status: MilestoneStatus::Done,
    };
    let report = r.validate(&ctx());
    assert_eq!(
        errors(&report),
        [
            (
                "/progress/0/milestones/1/reached".to_owned(),
                Code::Negative
            ),
            (
                "/progress/2/milestones/2/status".to_owned(),
                Code::StatusInconsistent
            ),
        ]
    );
    assert_eq!(
        report.errors()[1].message_vi(),
        "Trạng thái \"Hoàn thành\" nhưng mới đạt 41.5/42."
    );
}

#[test]
fn one_progress_report_per_period_begun_by_the_as_of_date() {
    let mut r = base();
    r.progress[1].period = "Quý II/2021".parse().unwrap();
    let report = r.validate(&ctx());
    assert_eq!(errors(&report), one("/progress/1/period", Code::Duplicate));
    assert_eq!(
        report.errors()[0].message_vi(),
        "Trùng với mục ở vị trí 1: \"Quý II/2021\"."
    );
    let report = base().validate(&ValidationContext::new(d(2021, 12, 29)));
    assert_eq!(errors(&report), []);
    let report = base().validate(&ValidationContext::new(d(2021, 9, 30)));
    assert!(errors(&report).contains(&("/progress/2/period".to_owned(), Code::DateInFuture)));
}

#[test]
fn progress_reports_take_what_people_type_as_period() {
    let mut doc = example_json();
    doc["progress"][0]["period"] = json!("quy 2 nam 2021");
    let r: ModelRegistration = serde_json::from_value(doc).unwrap();
    assert_eq!(r, base());
    let mut doc = example_json();
    doc["progress"][0]["period"] = json!("Quý V/2021");
    let report = check(&doc);
    assert_eq!(
        errors(&report),
        one("/progress/0/period", Code::InvalidValue)
    );
}

#[test]
fn progress_feeds_the_lifecycle() {
    let mut r = base();
    r.history.truncate(1);
    assert_eq!(r.suggested_step(), Some(Stage::Reviewed));
    r.progress.pop();
    let summary = r.progress_summary().unwrap();
    assert_eq!(
        (summary.done, summary.at_risk, summary.not_reported),
        (2, 1, 1)
    );
    assert_eq!(r.suggested_step(), None);
}

// ---- contact ----

#[test]
fn contact_phone_and_email_have_their_shape() {
    let mut r = base();
    r.contact.phone = Some("0912 34".into());
    r.contact.email = Some("mttq.thachban".into());
    assert_eq!(
        errors_of(&r),
        [
            ("/contact/phone".to_owned(), Code::PhoneFormat),
            ("/contact/email".to_owned(), Code::EmailFormat),
        ]
    );
    r.contact.phone = Some("+84 - 912 - 345 - 678".into());
    r.contact.email = None;
    assert_eq!(errors_of(&r), one("/contact/phone", Code::TooLong));
}

// ---- JSON: fixtures, round trips, hostile input ----

#[test]
fn the_valid_fixture_is_the_library_example() {
    let bytes = include_bytes!("fixtures/model_registration/valid/long_bien_2021.json");
    let decoded: ModelRegistration = serde_json::from_slice(bytes).unwrap();
    assert_eq!(decoded, examples::long_bien_2021());
}

#[test]
fn the_broken_fixture_is_the_library_broken_copy() {
    let bytes = include_bytes!("fixtures/model_registration/invalid/broken_long_bien_2021.json");
    let decoded: ModelRegistration = serde_json::from_slice(bytes).unwrap();
    assert_eq!(decoded, examples::long_bien_2021_broken());
}

fn example_json() -> Value {
    serde_json::to_value(examples::long_bien_2021()).unwrap()
}

fn check(value: &Value) -> ValidationReport {
    check_json::<ModelRegistration>(&serde_json::to_vec(value).unwrap(), &ctx())
}

#[test]
fn ten_thousand_milestones_are_one_finding() {
    let mut doc = example_json();
    let template = doc["milestones"][0].clone();
    let milestones: Vec<Value> = doc["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .cloned()
        .chain((0..10_000).map(|i| {
            let mut m = template.clone();
            m["name"] = json!(format!("Mốc số {i}"));
            m
        }))
        .collect();
    doc["milestones"] = Value::Array(milestones);
    let report = check(&doc);
    assert_eq!(errors(&report), one("/milestones", Code::TooMany));
}

#[test]
fn megabyte_strings_are_too_long_where_they_are() {
    let mut doc = example_json();
    let huge = "ư".repeat(1 << 20);
    doc["model_name"] = json!(huge);
    doc["plan"]["objectives"][0] = json!(huge);
    doc["contact"]["phone"] = json!(huge);
    let report = check(&doc);
    assert_eq!(
        errors(&report),
        [
            ("/model_name".to_owned(), Code::TooLong),
            ("/plan/objectives/0".to_owned(), Code::TooLong),
            ("/contact/phone".to_owned(), Code::PhoneFormat),
        ]
    );
    assert_eq!(report.errors()[0].params["actual"], json!(1 << 20));
}

#[test]
fn wrong_types_unknown_fields_and_nulls_are_reported_at_their_paths() {
    let mut doc = example_json();
    doc["year"] = json!("2021");
    doc["roadmap"][0]["start"] = json!(20210401);
    doc["milestones"][2]["phase"] = json!(-1);
    doc["plan"]["partners"][0]["role"] = json!("trưởng nhóm");
    doc["registrant"]["email"] = json!("x@y.vn");
    doc["field_other"] = Value::Null;
    doc["plan"]["mobilisation"] = json!("");
    doc["contact"]["name"] = Value::Null;
    doc["sustainability"] = json!("");
    let report = check(&doc);
    let mut found = errors(&report);
    found.sort();
    let mut expected = vec![
        ("/year".to_owned(), Code::WrongType),
        ("/roadmap/0/start".to_owned(), Code::WrongType),
        ("/milestones/2/phase".to_owned(), Code::InvalidValue),
        ("/plan/partners/0/role".to_owned(), Code::UnknownCode),
        ("/registrant/email".to_owned(), Code::UnknownField),
        ("/contact/name".to_owned(), Code::Required),
        ("/sustainability".to_owned(), Code::Required),
    ];
    expected.sort();
    assert_eq!(found, expected);
}

#[test]
fn garbage_never_panics() {
    let kind = catalogue::find("model_registration").unwrap();
    for bytes in [
        &b""[..],
        b"null",
        b"[]",
        b"{}",
        b"\"x\"",
        b"{\"milestones\": {}}",
        b"{\"roadmap\": [null, 1, \"a\"]}",
        b"{\"history\": [{\"stage\": 5}]}",
    ] {
        let report = kind.check_json(bytes, &ctx());
        assert!(!report.is_valid(), "{bytes:?}");
    }
}

fn text() -> impl Strategy<Value = String> {
    "[a-zA-Zàáạảãâầấậẩẫăằắặẳẵđèéẹẻẽêềếệểễ \"\\\\/\n]{1,40}"
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (2009i32..2030, 1u32..=365).prop_map(|(y, day)| NaiveDate::from_yo_opt(y, day).unwrap())
}

prop_compose! {
    fn registration()(
        name in text(),
        problem in text(),
        year in 2009i32..2100,
        dates in proptest::collection::vec(date(), 3),
        targets in proptest::collection::vec(1u32..4_000_000, 1..8),
        field in proptest::sample::select(ModelField::ALL),
        stages in proptest::collection::vec(proptest::sample::select(Stage::ALL), 0..4),
        budget in proptest::option::of(any::<u64>()),
        other in proptest::option::of(text()),
    ) -> ModelRegistration {
        let mut r = examples::long_bien_2021();
        r.model_name = name;
        r.problem = problem;
        r.year = year;
        r.registered_on = dates[0];
        r.field = field;
        r.field_other = other;
        r.plan.resources.budget_vnd = budget;
        r.roadmap[0].start = dates[1];
        r.roadmap[0].end = dates[2];
        // Quarters are exact in binary and short in decimal: they survive the text round trip.
        r.milestones = targets.iter().enumerate().map(|(i, t)| {
            let mut m = r.milestones[i % 4].clone();
            m.name = format!("{} {i}", m.name);
            m.target = f64::from(*t) / 4.0;
            m
        }).collect();
        r.history = stages.iter().zip(&dates).map(|(s, d)| StatusChange::new(*s, *d)).collect();
        r
    }
}

proptest! {
    #[test]
    fn round_trip_gives_an_equal_registration(r in registration()) {
        let bytes = serde_json::to_vec(&r).unwrap();
        let back: ModelRegistration = serde_json::from_slice(&bytes).unwrap();
        prop_assert_eq!(&back, &r);
        // Validation never panics on what was generated.
        let _ = r.validate(&ctx());
    }
}

// ---- schema ----

fn assert_titled(schema: &Value, at: &str) {
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (name, prop) in props {
            assert!(
                prop.get("title")
                    .and_then(Value::as_str)
                    .is_some_and(|t| !t.is_empty()),
                "{at}/{name} has no title"
            );
            assert_titled(prop, &format!("{at}/{name}"));
        }
    }
    for key in ["items", "$defs", "definitions"] {
        match schema.get(key) {
            Some(Value::Object(map)) if key != "items" => {
                for (name, def) in map {
                    assert!(def.get("title").is_some(), "{key}/{name} has no title");
                    assert_titled(def, &format!("{at}/{key}/{name}"));
                }
            }
            Some(item) => assert_titled(item, &format!("{at}/items")),
            None => {}
        }
    }
}

#[test]
fn every_field_has_a_vietnamese_title_and_limits_match_validation() {
    let kind = catalogue::find("model_registration").unwrap();
    let schema =
        serde_json::to_value(kind.schema(schemars::generate::SchemaSettings::draft2020_12()))
            .unwrap();
    assert_eq!(schema["title"], "Đăng ký mô hình \"Dân vận khéo\"");
    assert_titled(&schema, "");
    let props = &schema["properties"];
    assert_eq!(props["model_name"]["maxLength"], dan_van_kheo::MAX_NAME);
    assert_eq!(props["problem"]["maxLength"], dan_van_kheo::MAX_TEXT);
    assert_eq!(
        props["milestones"]["maxItems"],
        dan_van_kheo::MAX_MILESTONES
    );
    assert_eq!(props["roadmap"]["maxItems"], dan_van_kheo::MAX_PHASES);
    assert_eq!(
        props["expected_outputs"]["items"]["maxLength"],
        dan_van_kheo::MAX_ITEM
    );
    assert_eq!(props["year"]["minimum"], dan_van_kheo::FIRST_YEAR);
    let milestone = &schema["$defs"]["Milestone"]["properties"];
    assert_eq!(milestone["target"]["exclusiveMinimum"], 0);
    assert_eq!(
        milestone["indicator"]["maxLength"],
        dan_van_kheo::MAX_INDICATOR
    );
    assert_eq!(
        milestone["unit"]["maxLength"],
        dan_van_kheo::MAX_MEASURE_UNIT
    );
    assert_eq!(milestone["phase"]["maximum"], dan_van_kheo::MAX_PHASES);
}

#[test]
fn the_example_passes_its_own_json_schema() {
    let kind = catalogue::find("model_registration").unwrap();
    let schema =
        serde_json::to_value(kind.schema(schemars::generate::SchemaSettings::draft2020_12()))
            .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(validator.is_valid(&example_json()));
    let broken = serde_json::to_value(examples::long_bien_2021_broken()).unwrap();
    assert!(
        !validator.is_valid(&broken),
        "target 0 breaks exclusiveMinimum"
    );
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<ModelRegistration>();
    check::<TransitionError>();
    check::<dan_van_kheo::ProgressReport>();
}
