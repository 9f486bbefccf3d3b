//! The commune's quarterly QCDC report: one test per consistency rule (each fails when its rule
//! is removed), the roll-up (year to date, rates, coverage, overflow), its text and JSON, the
//! `tong_hop` example's contract, property tests and bad input.

use std::path::Path;

use chrono::NaiveDate;
use proptest::prelude::*;
use qcdc::commune_report::{
    CommuneQcdcReport, Rate, ResidentialMeetings, Rollup, RollupTotals, Submission,
    SupervisingBody, Supervision, UnitList, rollup,
};
use qcdc::legal::NGHI_DINH_59_2023;
use qcdc::org::{AdminUnit, UnitKind};
use qcdc::period::ReportingPeriod;
use qcdc::rules::{
    BallotReason, CommuneWideDecision, CommunityDecision, Consultation, ConsultationForm,
    ConsultationItem, DecisionForm, DecisionItem, Disclosure, DisclosureDuration, DisclosureForm,
    DisclosureItem, MatterValue, Outcome, Votes,
};
use qcdc::validate::{Code, Validate, ValidationContext, ValidationReport, check_json};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn ctx() -> ValidationContext {
    ValidationContext::new(d(2026, 11, 28))
}

fn period(code: &str) -> ReportingPeriod {
    code.parse().unwrap()
}

fn xa(name: &str) -> AdminUnit {
    AdminUnit::new(UnitKind::Xa, name)
}

fn province() -> AdminUnit {
    AdminUnit::new(UnitKind::Tinh, "Bắc Giang")
}

/// A valid third-quarter report with one supervision and consistent complaints.
fn report(name: &str) -> CommuneQcdcReport {
    let mut r = CommuneQcdcReport::empty(xa(name), period("2023-Q3"));
    r.supervisions.push(Supervision {
        subject: "Thu, chi quỹ làm đường thôn".into(),
        body: SupervisingBody::BanTtnd,
        body_other: None,
        start: Some(d(2023, 8, 1)),
        end: Some(d(2023, 8, 10)),
        recommendations_to_party: 0,
        recommendations_to_government: 2,
        recommendations_to_others: 0,
    });
    r.people_inspection.violations_found = 2;
    r.people_inspection.cases_recommended = 1;
    r.investment_supervision.violations_found = 1;
    r.investment_supervision.cases_recommended = 1;
    let c = &mut r.complaints;
    c.received_in_period = 3;
    c.received_year_to_date = 8;
    c.resolved_in_period = 2;
    c.resolved_year_to_date = 6;
    c.backlog = Some(1);
    c.unresolved = 3;
    r
}

fn disclosure() -> Disclosure {
    Disclosure {
        item: DisclosureItem::SocialSupport,
        summary: "Danh sách hộ được hỗ trợ tiền điện quý III/2023".into(),
        duration: DisclosureDuration::AtLeast30Days,
        decided_on: None,
        disclosed_on: d(2023, 8, 1),
        posted_until: Some(d(2023, 8, 30)),
        forms: vec![DisclosureForm::Posting, DisclosureForm::Loudspeaker],
        other_form: None,
        broadcast_days: Some(3),
        other_law: None,
        plan: None,
        document: None,
    }
}

fn decision(total: u32, approving: u32) -> CommunityDecision {
    let votes = Votes::new(total, approving, approving).expect("consistent counts");
    let mut decision = CommunityDecision::new(
        AdminUnit::new(UnitKind::Thon, "Mỹ Cầu"),
        d(2023, 8, 20),
        DecisionItem::InfrastructureContribution,
        "Mức đóng góp làm đường trục thôn",
        DecisionForm::Meeting,
        votes,
    );
    decision.presiding_body = Some("Trưởng thôn Mỹ Cầu".into());
    decision.options_prepared = Some(2);
    decision.value = Some(MatterValue {
        total: 850_000_000,
        state_budget: 600_000_000,
        people_cash: 200_000_000,
        labour_days: 300,
        other: 0,
    });
    decision
}

fn consultation(received: u32, accepted: u32) -> Consultation {
    Consultation {
        item: ConsultationItem::LandUsePlanning,
        summary: "Dự thảo kế hoạch sử dụng đất năm 2024".into(),
        forms: vec![ConsultationForm::CommunityMeeting],
        start: d(2023, 9, 1),
        end: d(2023, 10, 5),
        opinions_received: received,
        opinions_accepted: accepted,
        draft: None,
        plan: None,
        explanatory_report: None,
    }
}

/// The base report with one record in each of sections I–III.
fn full_report(name: &str) -> CommuneQcdcReport {
    let mut r = report(name);
    r.disclosures.push(disclosure());
    r.decisions.push(decision(180, 130));
    r.consultations.push(consultation(48, 15));
    r
}

fn fourth_quarter(name: &str) -> CommuneQcdcReport {
    let mut r = report(name);
    r.period = period("2023-Q4");
    r.supervisions.clear();
    r.residential_meetings = Some(ResidentialMeetings {
        residential_units: 10,
        meeting_once: 6,
        meeting_twice: 3,
        meeting_other: 0,
        other_way_note: None,
    });
    r
}

fn findings(report: &ValidationReport) -> Vec<(String, Code)> {
    report
        .errors()
        .iter()
        .map(|v| (v.path.clone(), v.code))
        .collect()
}

fn only_error(r: &CommuneQcdcReport) -> (String, Code) {
    let report = r.validate(&ctx());
    let found = findings(&report);
    assert_eq!(found.len(), 1, "{report}");
    found.into_iter().next().unwrap()
}

fn at(path: &str, code: Code) -> (String, Code) {
    (path.to_owned(), code)
}

#[test]
fn the_base_reports_are_valid() {
    for r in [
        report("Tân Mỹ"),
        fourth_quarter("Tân Mỹ"),
        full_report("Tân Mỹ"),
    ] {
        let found = r.validate(&ctx());
        assert!(found.is_valid(), "{found}");
        assert!(found.warnings().is_empty(), "{found}");
    }
}

// --- one test per consistency rule -------------------------------------------------------------

#[test]
fn rule_unit_is_of_commune_level() {
    let mut r = report("Tân Mỹ");
    r.unit = AdminUnit::new(UnitKind::Huyen, "Yên Dũng");
    assert_eq!(only_error(&r), at("/unit/kind", Code::UnitNotCommune));
    assert_eq!(
        r.validate(&ctx()).errors()[0].message_vi(),
        "Huyện Yên Dũng không phải là đơn vị hành chính cấp xã."
    );
}

#[test]
fn rule_unit_exists_in_the_quarter() {
    let mut r = report("Tân Mỹ");
    r.unit = xa("Tân Mỹ").until(d(2023, 6, 30));
    assert_eq!(only_error(&r), at("/unit", Code::UnitNotExisting));
    // Merged away during the quarter: it still reports for the days it existed.
    r.unit = xa("Tân Mỹ").until(d(2023, 8, 31));
    assert!(r.validate(&ctx()).is_valid());
    // No thị trấn from 01/07/2025.
    let mut q3 = report("x");
    q3.unit = AdminUnit::new(UnitKind::ThiTran, "Neo");
    q3.period = period("2025-Q3");
    q3.supervisions.clear();
    assert_eq!(only_error(&q3), at("/unit", Code::UnitNotExisting));
}

#[test]
fn rule_period_is_a_quarter_or_a_year() {
    let mut r = report("Tân Mỹ");
    r.period = period("2023-H2");
    assert_eq!(only_error(&r), at("/period", Code::PeriodKindNotAllowed));
    r.period = period("2023-09");
    r.supervisions.clear();
    assert_eq!(only_error(&r), at("/period", Code::PeriodKindNotAllowed));
    assert_eq!(
        r.validate(&ctx()).errors()[0].message_vi(),
        "Kỳ Tháng 9/2023 không phù hợp: báo cáo này lập theo quý hoặc theo năm."
    );
}

#[test]
fn rule_period_has_begun() {
    let mut r = report("Tân Mỹ");
    r.period = period("2027-Q1");
    r.supervisions.clear();
    assert_eq!(only_error(&r), at("/period", Code::DateInFuture));
}

#[test]
fn rule_cases_recommended_at_most_violations_found_ban_ttnd() {
    let mut r = report("Tân Mỹ");
    r.people_inspection.cases_recommended = 3;
    assert_eq!(
        only_error(&r),
        at(
            "/people_inspection/cases_recommended",
            Code::CasesExceedViolations
        )
    );
    assert_eq!(
        r.validate(&ctx()).errors()[0].message_vi(),
        "Số vụ việc kiến nghị xử lý (3) lớn hơn số vụ việc phát hiện vi phạm (2)."
    );
}

#[test]
fn rule_cases_recommended_at_most_violations_found_ban_gsdtcd() {
    let mut r = report("Tân Mỹ");
    r.investment_supervision.cases_recommended = 2;
    assert_eq!(
        only_error(&r),
        at(
            "/investment_supervision/cases_recommended",
            Code::CasesExceedViolations
        )
    );
}

#[test]
fn rule_received_in_period_at_most_year_to_date() {
    let mut r = report("Tân Mỹ");
    r.complaints.received_in_period = 9;
    assert_eq!(
        only_error(&r),
        at(
            "/complaints/received_in_period",
            Code::PeriodExceedsYearToDate
        )
    );
}

#[test]
fn rule_resolved_in_period_at_most_year_to_date() {
    let mut r = report("Tân Mỹ");
    r.complaints.resolved_in_period = 7;
    assert_eq!(
        only_error(&r),
        at(
            "/complaints/resolved_in_period",
            Code::PeriodExceedsYearToDate
        )
    );
}

#[test]
fn rule_resolved_at_most_received_plus_backlog() {
    let mut r = report("Tân Mỹ");
    r.complaints.resolved_year_to_date = 10; // 1 + 8 to resolve
    assert_eq!(
        only_error(&r),
        at(
            "/complaints/resolved_year_to_date",
            Code::ResolvedExceedsReceived
        )
    );
    r.complaints.backlog = None;
    r.complaints.resolved_year_to_date = 9; // 8 received, no backlog
    assert_eq!(
        only_error(&r),
        at(
            "/complaints/resolved_year_to_date",
            Code::ResolvedExceedsReceived
        )
    );
}

#[test]
fn rule_unresolved_is_backlog_plus_received_minus_resolved() {
    let mut r = report("Tân Mỹ");
    r.complaints.unresolved = 4; // 1 + 8 − 6 = 3
    assert_eq!(
        only_error(&r),
        at("/complaints/unresolved", Code::UnresolvedMismatch)
    );
    let found = r.validate(&ctx());
    let v = &found.errors()[0];
    assert_eq!(v.params["expected"], 3);
    assert_eq!(
        v.message_en(),
        "Unresolved complaints (4) must equal backlog + received − resolved (3)."
    );
}

#[test]
fn rule_without_backlog_a_larger_unresolved_is_only_a_warning() {
    let mut r = report("Tân Mỹ");
    r.complaints.backlog = None;
    r.complaints.unresolved = 3; // 8 − 6 = 2: implies a backlog of 1
    let found = r.validate(&ctx());
    assert!(found.is_valid(), "{found}");
    assert_eq!(found.warnings().len(), 1);
    let w = &found.warnings()[0];
    assert_eq!(
        (w.path.as_str(), w.code),
        ("/complaints/unresolved", Code::UnresolvedImpliesBacklog)
    );
    assert_eq!(w.params["backlog"], 1);
    // Exactly received − resolved: nothing to say.
    r.complaints.unresolved = 2;
    let found = r.validate(&ctx());
    assert!(found.is_valid() && found.warnings().is_empty());
    // Fewer than received − resolved would need a negative backlog: an error.
    r.complaints.unresolved = 1;
    assert_eq!(
        only_error(&r),
        at("/complaints/unresolved", Code::UnresolvedMismatch)
    );
}

#[test]
fn rule_meetings_at_most_residential_units() {
    let mut r = fourth_quarter("Tân Mỹ");
    if let Some(m) = r.residential_meetings.as_mut() {
        m.meeting_twice = 5; // 6 + 5 > 10
    }
    assert_eq!(
        only_error(&r),
        at(
            "/residential_meetings/residential_units",
            Code::MeetingsExceedUnits
        )
    );
    // Sums that overflow are over any count, not a panic.
    if let Some(m) = r.residential_meetings.as_mut() {
        m.meeting_once = u64::MAX;
    }
    assert_eq!(
        only_error(&r),
        at(
            "/residential_meetings/residential_units",
            Code::MeetingsExceedUnits
        )
    );
}

#[test]
fn rule_other_way_needs_its_note() {
    let mut r = fourth_quarter("Tân Mỹ");
    if let Some(m) = r.residential_meetings.as_mut() {
        m.meeting_other = 1;
    }
    assert_eq!(
        only_error(&r),
        at("/residential_meetings/other_way_note", Code::Required)
    );
}

#[test]
fn rule_yearly_section_only_at_year_end_and_required_there() {
    let mut q3 = report("Tân Mỹ");
    q3.residential_meetings = fourth_quarter("x").residential_meetings;
    assert_eq!(
        only_error(&q3),
        at("/residential_meetings", Code::SectionNotInPeriod)
    );
    let mut q4 = fourth_quarter("Tân Mỹ");
    q4.residential_meetings = None;
    assert_eq!(only_error(&q4), at("/residential_meetings", Code::Required));
    let mut year = fourth_quarter("Tân Mỹ");
    year.period = period("2023");
    assert!(year.validate(&ctx()).is_valid());
}

#[test]
fn rule_start_not_after_end() {
    let mut r = report("Tân Mỹ");
    r.supervisions[0].end = Some(d(2023, 7, 31));
    assert_eq!(only_error(&r), at("/supervisions/0/end", Code::DateOrder));
}

#[test]
fn rule_dates_overlap_the_quarter() {
    let mut r = report("Tân Mỹ");
    r.supervisions[0].start = Some(d(2023, 10, 1));
    r.supervisions[0].end = None;
    assert_eq!(
        only_error(&r),
        at("/supervisions/0/start", Code::DateOutside)
    );
    r.supervisions[0].end = Some(d(2023, 10, 5));
    assert_eq!(
        only_error(&r),
        at("/supervisions/0/start", Code::RangeOutsidePeriod)
    );
    r.supervisions[0].start = Some(d(2023, 5, 1));
    r.supervisions[0].end = Some(d(2023, 6, 30));
    assert_eq!(
        only_error(&r),
        at("/supervisions/0/end", Code::RangeOutsidePeriod)
    );
    // Begun before the quarter and still running in it: fine.
    r.supervisions[0].end = Some(d(2023, 7, 1));
    assert!(r.validate(&ctx()).is_valid());
}

#[test]
fn rule_other_supervising_body_is_named() {
    let mut r = report("Tân Mỹ");
    r.supervisions[0].body = SupervisingBody::Other;
    assert_eq!(
        only_error(&r),
        at("/supervisions/0/body_other", Code::Required)
    );
}

#[test]
fn rule_approving_at_most_households_reuses_the_rules_module() {
    let mut r = full_report("Tân Mỹ");
    r.decisions[0].households_approving = 181;
    r.decisions[0].households_represented = 181;
    // approving ≤ represented ≤ total: the rules module's check, at the record's path.
    assert_eq!(
        only_error(&r),
        at("/decisions/0/households_represented", Code::OutOfRange)
    );
}

#[test]
fn rule_recorded_result_matches_the_verdict_of_the_law_in_force() {
    let mut r = full_report("Tân Mỹ");
    r.decisions[0].households_approving = 110; // 2/3 of 180 is 120
    r.decisions[0].result = Some(Outcome::Adopted);
    let found = r.validate(&ctx());
    assert_eq!(
        findings(&found),
        [at("/decisions/0/result", Code::ResultMismatch)]
    );
    assert_eq!(
        found.errors()[0].citation.as_ref().map(|c| c.to_string()),
        Some("Điều 21 Luật số 10/2022/QH15".to_owned())
    );
}

#[test]
fn rule_decision_forms_follow_the_content() {
    let mut r = full_report("Tân Mỹ");
    r.decisions[0].item = DecisionItem::Convention;
    r.decisions[0].form = DecisionForm::Online;
    r.decisions[0].online_chosen_by = Some(r.decisions[0].households_total);
    let found = r.validate(&ctx());
    // An unlawful form is a breach: the report stays valid and says so.
    assert!(found.is_valid());
    assert!(!found.breaches().is_empty());
    assert!(
        found
            .breaches()
            .iter()
            .all(|v| v.path == "/decisions/0/form" && v.code == Code::FormNotAllowed)
    );
}

#[test]
fn rule_decision_date_inside_the_quarter() {
    let mut r = full_report("Tân Mỹ");
    r.decisions[0].date = d(2023, 10, 1);
    assert_eq!(only_error(&r), at("/decisions/0/date", Code::DateOutside));
}

#[test]
fn rule_total_value_covers_budget_and_cash() {
    let mut r = full_report("Tân Mỹ");
    if let Some(v) = r.decisions[0].value.as_mut() {
        v.total = 799_999_999;
    }
    assert_eq!(
        only_error(&r),
        at("/decisions/0/value/total", Code::ValueBelowParts)
    );
    if let Some(v) = r.decisions[0].value.as_mut() {
        v.state_budget = u64::MAX; // the parts overflow: still a finding, not a panic
    }
    assert_eq!(
        only_error(&r),
        at("/decisions/0/value/total", Code::ValueBelowParts)
    );
}

#[test]
fn rule_accepted_at_most_received_reuses_the_rules_module() {
    let mut r = full_report("Tân Mỹ");
    r.consultations[0] = consultation(10, 11);
    assert_eq!(
        only_error(&r),
        at("/consultations/0/opinions_accepted", Code::OutOfRange)
    );
}

#[test]
fn rule_consultation_overlaps_the_quarter() {
    let mut r = full_report("Tân Mỹ");
    r.consultations[0].start = d(2023, 10, 2);
    r.consultations[0].end = d(2023, 10, 30);
    assert_eq!(
        only_error(&r),
        at("/consultations/0/start", Code::RangeOutsidePeriod)
    );
}

#[test]
fn rule_disclosure_loudspeaker_days_and_declared_duration() {
    let mut r = full_report("Tân Mỹ");
    r.disclosures[0].broadcast_days = Some(2);
    let found = r.validate(&ctx());
    assert!(found.is_valid());
    assert_eq!(found.breach_codes(), [Code::BroadcastTooShort]);
    assert_eq!(found.breaches()[0].path, "/disclosures/0/broadcast_days");
    assert!(found.breaches()[0].citation.is_some());
    let mut r = full_report("Tân Mỹ");
    r.disclosures[0].duration = DisclosureDuration::AtLeast90Days;
    assert_eq!(
        only_error(&r),
        at(
            "/disclosures/0/posted_until",
            Code::DurationShorterThanDeclared
        )
    );
    r.disclosures[0].posted_until = Some(d(2023, 10, 29));
    assert!(r.validate(&ctx()).is_valid());
}

#[test]
fn rule_disclosure_overlaps_the_quarter_and_names_other_forms() {
    let mut r = full_report("Tân Mỹ");
    r.disclosures[0].disclosed_on = d(2023, 5, 1);
    r.disclosures[0].posted_until = Some(d(2023, 6, 29));
    assert_eq!(
        only_error(&r),
        at("/disclosures/0/posted_until", Code::RangeOutsidePeriod)
    );
    let mut r = full_report("Tân Mỹ");
    r.disclosures[0].forms.push(DisclosureForm::Other);
    assert_eq!(
        only_error(&r),
        at("/disclosures/0/other_form", Code::Required)
    );
}

#[test]
fn section_ii_asks_who_presided_and_section_i_accepts_another_law_s_timing() {
    // The rules' document leaves the presiding body optional; the provincial form asks it.
    let mut r = full_report("Tân Mỹ");
    r.decisions[0].presiding_body = None;
    assert_eq!(
        only_error(&r),
        at("/decisions/0/presiding_body", Code::Required)
    );
    // A disclosure 9 working days after its decision: a breach of Điều 12 k3…
    let mut r = full_report("Tân Mỹ");
    r.disclosures[0].decided_on = Some(d(2023, 7, 19));
    let found = r.validate(&ctx());
    assert_eq!(found.breach_codes(), [Code::TooLate], "{found}");
    assert_eq!(found.breaches()[0].path, "/disclosures/0/disclosed_on");
    // …unless another law sets its timing, which a report's record can now say.
    r.disclosures[0].other_law = Some(NGHI_DINH_59_2023.article(4));
    assert!(r.validate(&ctx()).is_clean(), "{}", r.validate(&ctx()));
}

/// A commune-wide matter (Điều 21 k1 ¶2) of three thôn, voted on in the quarter: `approving`
/// households of 90 in each thôn, by meetings except the last thôn's ballot.
fn commune_wide(approving: [u32; 3]) -> CommuneWideDecision {
    let names = ["Mỹ Cầu", "Mỹ Hà", "Mỹ Độ"];
    let votes = names
        .iter()
        .zip(approving)
        .enumerate()
        .map(|(i, (name, approving))| {
            let mut vote = decision(90, approving);
            vote.unit = AdminUnit::new(UnitKind::Thon, *name);
            vote.presiding_body = None;
            vote.commune_wide = true;
            vote.date = d(2023, 8, 10);
            if i == 2 {
                vote.form = DecisionForm::HouseholdBallot;
                vote.ballot_reason = Some(BallotReason::CommuneChair);
            }
            vote.value = Some(MatterValue {
                total: 100,
                state_budget: 50,
                people_cash: 40,
                labour_days: 10,
                other: 0,
            });
            vote
        })
        .collect();
    CommuneWideDecision {
        commune: xa("Tân Mỹ"),
        item: DecisionItem::InfrastructureContribution,
        summary: "Mức đóng góp làm đường liên thôn".into(),
        residential_units_total: 3,
        votes,
        results_received_on: Some(d(2023, 8, 14)),
        recognised_on: Some(d(2023, 8, 18)),
        result: None,
    }
}

#[test]
fn commune_wide_matters_count_once_in_section_ii() {
    // Two of three thôn adopt (60 of 90 = 2/3 each): exactly two thirds of the thôn, adopted.
    let mut a = report("A");
    a.commune_wide_decisions.push(commune_wide([60, 60, 30]));
    assert!(a.validate(&ctx()).is_valid(), "{}", a.validate(&ctx()));
    // One of three: not adopted; still one matter decided by the people.
    let mut b = report("B");
    b.commune_wide_decisions.push(commune_wide([60, 30, 30]));
    b.decisions.push(decision(180, 130));
    let r = roll(vec![a, b], &["A", "B"], "2023-Q3");
    let t = &r.totals.decisions;
    assert_eq!((t.count, t.commune_wide, t.adopted), (3, 2, 2));
    // Each commune-wide matter under the form most of its thôn used (two meetings, one ballot).
    assert_eq!((t.meetings, t.household_ballots, t.online_votes), (3, 0, 0));
    assert_eq!(t.households_total, 90 * 6 + 180);
    assert_eq!(t.households_approving, 150 + 120 + 130);
    assert_eq!(t.value_total, 100 * 6 + 850_000_000);
    // The roll-up's text and per-unit rows show the commune-wide column.
    let text = r.to_string();
    assert!(text.contains("Phạm vi cấp xã"), "{text}");
    let a_row = r
        .units_reported
        .iter()
        .find(|row| row.unit.name == "A")
        .unwrap();
    assert_eq!(a_row.totals.decisions.commune_wide, 1);
}

#[test]
fn rollup_counts_verdicts_and_recomputes_approval_and_acceptance() {
    let a = full_report("A"); // 130 of 180 approve: adopted (2/3 = 120)
    let mut b = full_report("B");
    b.decisions[0] = decision(30, 10); // 10 of 30: not adopted
    b.consultations[0] = consultation(2, 2);
    let r = roll(vec![a, b], &["A", "B"], "2023-Q3");
    let t = &r.totals;
    assert_eq!((t.decisions.count, t.decisions.adopted), (2, 1));
    assert_eq!(t.decisions.approval_rate, Rate::new(140, 210));
    assert_eq!(t.decisions.value_people_cash, 400_000_000);
    assert_eq!(t.consultations.acceptance_rate, Rate::new(17, 50));
    assert_eq!(t.disclosures.loudspeaker, 2);
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut r = report("Tân Mỹ");
    r.people_inspection.cases_recommended = 9;
    r.investment_supervision.cases_recommended = 9;
    r.complaints.received_in_period = 99;
    r.supervisions[0].subject = " ".into();
    assert_eq!(r.validate(&ctx()).errors().len(), 4);
}

// --- roll-up -------------------------------------------------------------------------------------

fn list(names: &[&str], period_code: &str) -> UnitList {
    UnitList::new(
        province(),
        period(period_code),
        names.iter().map(|n| xa(n)).collect(),
    )
}

fn roll(reports: Vec<CommuneQcdcReport>, names: &[&str], period_code: &str) -> Rollup {
    let subs: Vec<Submission> = reports
        .into_iter()
        .enumerate()
        .map(|(i, r)| Submission::new(format!("r{i}.json"), r))
        .collect();
    rollup(&subs, &list(names, period_code), &ctx()).unwrap()
}

#[test]
fn rollup_sums_period_figures_and_covers_the_list() {
    let r = roll(vec![report("A"), report("B")], &["A", "B", "C"], "2023-Q3");
    assert_eq!(r.totals.reports, 2);
    assert_eq!(r.totals.supervisions.count, 2);
    assert_eq!(r.totals.supervisions.recommendations_to_government, 4);
    assert_eq!(r.totals.people_inspection.violations_found, 4);
    assert_eq!(r.totals.complaints.received_year_to_date, 16);
    assert_eq!(r.units_reported.len(), 2);
    assert_eq!(r.units_missing, vec![xa("C")]);
    assert!(r.invalid.is_empty());
}

#[test]
fn rollup_counts_the_breaches_of_the_reports_it_keeps() {
    let mut a = full_report("A");
    a.disclosures[0].broadcast_days = Some(2); // a breach of Điều 13 k3, true data
    let b = full_report("B");
    let r = roll(vec![a, b], &["A", "B"], "2023-Q3");
    assert!(r.invalid.is_empty(), "a breach does not leave a report out");
    assert_eq!(r.totals.reports, 2);
    assert_eq!(r.totals.breaches, 1);
    assert_eq!(r.units_reported[0].totals.breaches, 1);
    assert_eq!(r.units_reported[1].totals.breaches, 0);
    let listed: Vec<_> = r
        .warnings
        .iter()
        .flat_map(|s| s.breaches.iter().map(move |v| (s.source.as_str(), v.code)))
        .collect();
    assert_eq!(listed, [("r0.json", Code::BroadcastTooShort)]);
    assert!(
        r.to_text().contains("VI PHẠM PHÁP LUẬT ĐƯỢC GHI NHẬN"),
        "{}",
        r.to_text()
    );
}

#[test]
fn rollup_takes_year_to_date_from_the_latest_report_never_sums_it() {
    let mut q2 = report("A");
    q2.period = period("2023-Q2");
    q2.supervisions.clear();
    q2.complaints.received_year_to_date = 5;
    q2.complaints.resolved_year_to_date = 4;
    q2.complaints.unresolved = 2;
    let q3 = report("A"); // year to date 8 received, 6 resolved, 3 unresolved
    let r = roll(vec![q3, q2], &["A"], "2023");
    let c = &r.totals.complaints;
    assert_eq!(c.received_in_period, 6, "period figures add up");
    assert_eq!(
        (
            c.received_year_to_date,
            c.resolved_year_to_date,
            c.unresolved
        ),
        (8, 6, 3),
        "year to date from the third quarter, not 5 + 8"
    );
    assert_eq!(
        r.units_reported[0].periods,
        [period("2023-Q2"), period("2023-Q3")]
    );
}

#[test]
fn rollup_recomputes_rates_from_summed_counts() {
    let mut a = report("A");
    a.complaints = Default::default();
    a.complaints.received_in_period = 1;
    a.complaints.received_year_to_date = 1;
    a.complaints.resolved_in_period = 1;
    a.complaints.resolved_year_to_date = 1;
    let mut b = report("B");
    b.complaints = Default::default();
    b.complaints.received_in_period = 3;
    b.complaints.received_year_to_date = 3;
    b.complaints.resolved_year_to_date = 1;
    b.complaints.unresolved = 2;
    let r = roll(vec![a, b], &["A", "B"], "2023-Q3");
    // 100% and 33.33% average to 66.67%; the counts say 2 out of 4.
    assert_eq!(r.totals.complaints.resolution_rate, Rate::new(2, 4));
    assert_eq!(r.totals.complaints.resolution_rate.percent(), Some(50.0));
}

#[test]
fn rollup_lists_reports_twice_for_a_period_and_counts_the_first() {
    let first = report("A");
    let mut again = report("A");
    again.people_inspection.sessions = 40;
    let r = roll(vec![first, again], &["A"], "2023-Q3");
    assert_eq!(r.totals.people_inspection.sessions, 0);
    assert_eq!(r.reported_twice.len(), 1);
    assert_eq!(r.reported_twice[0].sources, ["r0.json", "r1.json"]);
    assert_eq!(r.invalid[0].source, "r1.json");
    assert_eq!(r.invalid[0].errors[0].code, Code::DuplicateReport);
}

#[test]
fn rollup_leaves_out_invalid_foreign_and_out_of_period_reports() {
    let mut bad = report("A");
    bad.people_inspection.cases_recommended = 7;
    let foreign = report("Z");
    let mut q2 = report("B");
    q2.period = period("2023-Q2");
    q2.supervisions.clear();
    let r = roll(vec![bad, foreign, q2], &["A", "B"], "2023-Q3");
    let codes: Vec<Code> = r.invalid.iter().map(|i| i.errors[0].code).collect();
    assert_eq!(
        codes,
        [
            Code::CasesExceedViolations,
            Code::UnitNotInList,
            Code::PeriodNotInRollup
        ]
    );
    assert_eq!(r.totals.reports, 0);
    assert_eq!(r.units_missing.len(), 2);
}

#[test]
fn rollup_reports_overflow_and_keeps_totals_exact() {
    let mut a = report("A");
    a.people_inspection.money_recovered = u64::MAX - 1;
    let mut b = report("B");
    b.people_inspection.money_recovered = 2;
    let r = roll(vec![a, b], &["A", "B"], "2023-Q3");
    assert_eq!(r.totals.people_inspection.money_recovered, u64::MAX - 1);
    assert_eq!(r.invalid.len(), 1);
    let v = &r.invalid[0].errors[0];
    assert_eq!(
        (v.path.as_str(), v.code),
        ("/people_inspection/money_recovered", Code::TotalOverflow)
    );
    assert_eq!(r.units_missing, vec![xa("B")]);

    // Inside one report: the recommendations of two supervisions.
    let mut c = report("C");
    c.supervisions[0].recommendations_to_others = u64::MAX;
    c.supervisions.push(c.supervisions[0].clone());
    let r = roll(vec![c], &["C"], "2023-Q3");
    assert_eq!(
        r.invalid[0].errors[0].path,
        "/supervisions/1/recommendations_to_others"
    );
}

#[test]
fn rollup_rejects_a_district_after_the_reform_and_bad_lists() {
    let district = |p: &str| {
        UnitList::new(
            AdminUnit::new(UnitKind::Huyen, "Yên Dũng"),
            period(p),
            vec![xa("A")],
        )
    };
    assert!(rollup(&[], &district("2025-Q2"), &ctx()).is_ok());
    let err = rollup(&[], &district("2025-Q3"), &ctx()).unwrap_err();
    assert_eq!(findings(&err), [at("/area", Code::UnitNotExisting)]);
    assert!(err.errors()[0].citation.is_some());

    let mut bad = list(&["A", "a", "B"], "2023-Q3");
    bad.area = Some(xa("Q"));
    bad.units[2] = AdminUnit::new(UnitKind::Tinh, "Lạng Sơn");
    let err = rollup(&[], &bad, &ctx()).unwrap_err();
    assert_eq!(
        findings(&err),
        [
            at("/area/kind", Code::AreaNotDistrictOrProvince),
            at("/units/1", Code::Duplicate),
            at("/units/2/kind", Code::UnitNotCommune),
        ]
    );
    let empty = list(&[], "2023-Q3");
    assert_eq!(
        findings(&rollup(&[], &empty, &ctx()).unwrap_err()),
        [at("/units", Code::TooFew)]
    );
}

#[test]
fn rollup_text_has_a_cong_row_per_section_and_the_invalid_files() {
    let mut bad = report("B");
    bad.people_inspection.cases_recommended = 7;
    let r = roll(vec![report("A"), bad], &["A", "B"], "2023-Q3");
    let text = r.to_text();
    // Seven quarterly sections, each with its "Cộng" row (once per block when a wide section
    // is cut to fit 100 columns); the yearly one has no data in a third quarter.
    let sections: Vec<&str> = text.split("\n\n").collect();
    let with_totals = sections
        .iter()
        .filter(|s| s.lines().any(|l| l.starts_with("Cộng")))
        .count();
    assert!(with_totals >= 7, "{text}");
    for block in sections.iter().filter(|s| s.contains(" | ")) {
        assert!(block.lines().last().unwrap().starts_with("Cộng"), "{block}");
    }
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
    assert!(text.contains("VIII. HỌP THÔN, TỔ DÂN PHỐ (NĂM)\nKhông có số liệu"));
    assert!(text.contains("Địa bàn: Tỉnh Bắc Giang — Kỳ: Quý III/2023"));
    assert!(text.contains("Đơn vị đã báo cáo: 1/2"));
    // Long messages wrap between words: read the text with its line breaks as spaces.
    let flowing = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flowing.contains("lỗi /people_inspection/cases_recommended: Số vụ việc kiến nghị xử lý (7) lớn hơn số vụ việc phát hiện vi phạm (2)."));
    assert_eq!(text, r.to_string());
}

#[test]
fn rollup_serialises_every_section_and_the_coverage() {
    let r = roll(vec![report("A")], &["A", "B"], "2023-Q3");
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["period"], "2023-Q3");
    for section in [
        "disclosures",
        "decisions",
        "consultations",
        "supervisions",
        "people_inspection",
        "investment_supervision",
        "complaints",
        "residential_meetings",
    ] {
        assert!(json["totals"][section].is_object(), "{section}");
    }
    assert_eq!(
        json["totals"]["complaints"]["resolution_rate"]["percent"],
        66.67
    );
    assert_eq!(json["units_missing"][0]["name"], "B");
    assert_eq!(json["units_reported"][0]["files"][0], "r0.json");
}

#[test]
fn submissions_from_bad_json_carry_every_problem() {
    let s = Submission::from_json(
        "x.json",
        br#"{"unit": {"kind": "xa", "name": ""}, "period": "2023-Q3", "complaints": null, "people_inspection": {}, "investment_supervision": 3}"#,
        &ctx(),
    );
    let problems = s.document.unwrap_err();
    assert!(problems.errors().len() >= 3, "{problems}");
    let r = rollup(
        &[Submission::from_json("y.json", b"not json", &ctx())],
        &list(&["A"], "2023-Q3"),
        &ctx(),
    )
    .unwrap();
    assert_eq!(r.invalid[0].source, "y.json");
    assert_eq!(r.invalid[0].errors[0].code, Code::InvalidJson);
}

#[test]
fn submissions_treat_empty_and_null_members_as_absent_like_every_decoder() {
    let mut doc = serde_json::to_value(full_report("A")).unwrap();
    let plain = Submission::from_json("a", doc.to_string().as_bytes(), &ctx());
    assert_eq!(plain.document, Ok(full_report("A")));
    doc["notes"] = serde_json::json!("");
    doc["reported_on"] = serde_json::Value::Null;
    doc["disclosures"][0]["other_form"] = serde_json::json!("");
    let blanks = Submission::from_json("b", doc.to_string().as_bytes(), &ctx());
    assert_eq!(blanks.document, Ok(full_report("A")));
    doc["decisions"] = serde_json::Value::Null;
    let mut without = full_report("A");
    without.decisions.clear();
    let null_list = Submission::from_json("c", doc.to_string().as_bytes(), &ctx());
    assert_eq!(null_list.document, Ok(without));
}

// --- the tong_hop example -----------------------------------------------------------------------

fn run_tong_hop(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "tong_hop", "--"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs")
}

#[test]
fn tong_hop_example_keeps_its_contract() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tong_hop/q3_2023");
    let dir = dir.to_str().unwrap();
    let out = run_tong_hop(&[dir, "--json", "--as-of", "2023-10-20"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["period"], "2023-Q3");
    // One shape: what the example prints is the roll-up's own serialization.
    let read_back: Rollup = serde_json::from_value(json.clone()).expect("a Rollup");
    let reported: Vec<String> = read_back
        .units_reported
        .iter()
        .map(|row| row.unit.to_string())
        .collect();
    assert_eq!(reported, ["Phường Đa Mai", "Xã Song Mai", "Xã Tân Mỹ"]);
    assert_eq!(json["units_reported"][0]["unit"]["name"], "Đa Mai");
    let invalid: Vec<&str> = json["invalid"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        invalid,
        [
            "phuong_xuong_giang.json",
            "xa_hong_thai.json",
            "xa_tan_my_gui_lai.json",
            "xa_tan_tien.json"
        ]
    );
    assert!(json["invalid"][0]["errors"][0]["message_vi"].is_string());
    assert_eq!(
        json["totals"]["people_inspection"]["money_recovered"],
        19_500_000
    );
    assert_eq!(json["totals"]["complaints"]["received_year_to_date"], 20);

    let text = run_tong_hop(&[dir, "--as-of", "2023-10-20"]);
    let text = String::from_utf8(text.stdout).unwrap();
    // A unit that sent only an invalid report is told apart from one that sent nothing.
    assert!(
        text.contains("Đơn vị gửi báo cáo không hợp lệ (chưa tổng hợp) (1): Phường Xương Giang\n"),
        "{text}"
    );
    assert!(
        text.contains("Đơn vị chưa gửi báo cáo (2): Xã Đồng Sơn, Xã Tân Tiến\n"),
        "{text}"
    );
    // xa_tan_tien.json did not decode: its unit is unknown, and the text says so.
    assert!(
        text.contains("(1 báo cáo không đọc được tên đơn vị"),
        "{text}"
    );
    assert!(text.lines().any(|l| l.starts_with("Cộng")));
    // Every line of the tables fits 100 columns (wide sections are cut into blocks).
    for line in text.lines().filter(|l| l.contains(" | ")) {
        assert!(
            line.chars().count() <= 100,
            "{} columns: {line}",
            line.chars().count()
        );
    }

    for bad in [vec![], vec!["/no/such/dir"], vec![dir, "--frobnicate"]] {
        let out = run_tong_hop(&bad);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(!out.stderr.is_empty());
    }
}

// --- bad input ----------------------------------------------------------------------------------

#[test]
fn bad_input_gives_report_entries_not_panics() {
    let base = serde_json::to_value(report("A")).unwrap();
    let mutations: Vec<(&str, serde_json::Value)> = vec![
        ("/people_inspection/sessions", serde_json::json!(-1)),
        (
            "/people_inspection/money_recovered",
            serde_json::json!(1e300),
        ),
        (
            "/complaints/unresolved",
            serde_json::json!("18446744073709551616"),
        ),
        ("/supervisions/0/body", serde_json::json!("ban_chi_huy")),
        ("/complaints", serde_json::Value::Null),
        ("/period", serde_json::json!("2023-Q5")),
        ("/unit", serde_json::json!([])),
    ];
    for (path, value) in mutations {
        let mut doc = base.clone();
        *doc.pointer_mut(path).unwrap() = value;
        let report = check_json::<CommuneQcdcReport>(doc.to_string().as_bytes(), &ctx());
        assert!(!report.is_valid(), "{path}");
        assert!(
            report.errors().iter().any(|v| v.path == path),
            "{path}: {report}"
        );
    }
    let huge = serde_json::json!({ "unit": { "kind": "xa", "name": "x".repeat(1 << 20) } });
    assert!(!check_json::<CommuneQcdcReport>(huge.to_string().as_bytes(), &ctx()).is_valid());
}

#[test]
fn public_types_are_send_and_sync() {
    fn both<T: Send + Sync>() {}
    both::<CommuneQcdcReport>();
    both::<Rollup>();
    both::<UnitList>();
    both::<Submission>();
    both::<RollupTotals>();
}

// --- property tests -----------------------------------------------------------------------------

/// A valid report of commune `name` for `quarter` of 2023, from generated figures; year-to-date
/// figures are `ytd` (consistent with the period figures when the caller makes them so).
fn generated(name: &str, quarter: u32, f: &[u64; 8], ytd: (u64, u64)) -> CommuneQcdcReport {
    let mut r = CommuneQcdcReport::empty(xa(name), period(&format!("2023-Q{quarter}")));
    let p = &mut r.people_inspection;
    p.sessions = f[0];
    p.violations_found = f[1];
    p.cases_recommended = f[1] / 2;
    p.money_recovered = f[2];
    p.land_recovered_m2 = f[3];
    let i = &mut r.investment_supervision;
    i.projects_in_area = f[4];
    i.violations_found = f[5];
    i.cases_recommended = f[5];
    let c = &mut r.complaints;
    c.received_in_period = f[6].min(ytd.0);
    c.received_year_to_date = ytd.0;
    c.resolved_year_to_date = ytd.1.min(ytd.0);
    c.resolved_in_period = f[7].min(c.resolved_year_to_date);
    c.unresolved = ytd.0 - c.resolved_year_to_date;
    c.backlog = Some(0);
    let quarter_start = d(2023, 3 * quarter - 2, 1);
    let households = u32::try_from(f[3] % 1000).unwrap_or(0) + 1;
    let mut vote = decision(households, households / 2);
    vote.date = quarter_start;
    vote.value = Some(MatterValue {
        total: f[2],
        state_budget: f[2] / 2,
        people_cash: f[2] / 4,
        labour_days: f[4],
        other: 0,
    });
    r.decisions.push(vote);
    let received = u32::try_from(f[5] % 10_000).unwrap_or(0);
    let mut asked = consultation(received, received / 3);
    asked.start = quarter_start;
    asked.end = quarter_start;
    r.consultations.push(asked);
    let mut told = disclosure();
    told.disclosed_on = quarter_start;
    told.posted_until = None;
    r.disclosures.push(told);
    if quarter == 4 {
        r.residential_meetings = Some(ResidentialMeetings {
            residential_units: f[0] + f[1],
            meeting_once: f[0],
            meeting_twice: f[1] / 2,
            meeting_other: 0,
            other_way_note: None,
        });
    }
    r
}

fn figures() -> impl Strategy<Value = [u64; 8]> {
    prop::array::uniform8(0u64..1_000_000_000)
}

fn subs(reports: &[CommuneQcdcReport]) -> Vec<Submission> {
    reports
        .iter()
        .enumerate()
        .map(|(i, r)| Submission::new(format!("{i}"), r.clone()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Roll-up of the union of two disjoint sets of communes = sum of their roll-ups, for
    /// every additive figure.
    #[test]
    fn rollup_is_additive_over_disjoint_communes(
        left in prop::collection::vec((figures(), 0u64..10_000, 0u64..10_000, 1u32..=4), 0..6),
        right in prop::collection::vec((figures(), 0u64..10_000, 0u64..10_000, 1u32..=4), 0..6),
    ) {
        let make = |prefix: &str, items: &[([u64; 8], u64, u64, u32)]| -> Vec<CommuneQcdcReport> {
            items.iter().enumerate()
                .map(|(i, (f, a, b, q))| generated(&format!("{prefix}{i}"), *q, f, (*a, *b)))
                .collect()
        };
        let (l, r) = (make("L", &left), make("R", &right));
        let names = |rs: &[CommuneQcdcReport]| rs.iter().map(|r| r.unit.name.clone()).collect::<Vec<_>>();
        let all: Vec<CommuneQcdcReport> = l.iter().chain(r.iter()).cloned().collect();
        let run = |rs: &[CommuneQcdcReport], units: Vec<String>| {
            let mut units: Vec<AdminUnit> = units.iter().map(|n| xa(n)).collect();
            units.push(xa("Neo")); // never empty
            rollup(&subs(rs), &UnitList::new(province(), period("2023"), units), &ctx()).unwrap()
        };
        let (rl, rr, ru) = (run(&l, names(&l)), run(&r, names(&r)), run(&all, names(&all)));
        prop_assert!(ru.invalid.is_empty());
        let sum = rl.totals.checked_add(&rr.totals).unwrap();
        prop_assert_eq!(sum.figures(), ru.totals.figures());
        prop_assert_eq!(sum, ru.totals);
    }

    /// Year-to-date figures never exceed the sum of the periods they cover: a commune reporting
    /// every quarter up to Qk with consistent cumulative figures rolls up to exactly the sum of
    /// its period figures — and never to the sum of its year-to-date figures.
    #[test]
    fn year_to_date_never_exceeds_the_periods_it_covers(
        communes in prop::collection::vec(prop::collection::vec((0u64..1_000, 0u64..1_000), 1..=4), 1..5),
    ) {
        let mut reports = Vec::new();
        for (c, quarters) in communes.iter().enumerate() {
            let (mut received, mut resolved) = (0u64, 0u64);
            for (q, (rec, res)) in quarters.iter().enumerate() {
                received += rec;
                let res = (*res).min(received - resolved);
                resolved += res;
                let mut r = generated(&format!("C{c}"), q as u32 + 1, &[0; 8], (received, resolved));
                r.complaints.received_in_period = *rec;
                r.complaints.resolved_in_period = res;
                reports.push(r);
            }
        }
        let units: Vec<AdminUnit> = (0..communes.len()).map(|c| xa(&format!("C{c}"))).collect();
        let out = rollup(&subs(&reports), &UnitList::new(province(), period("2023"), units), &ctx()).unwrap();
        prop_assert!(out.invalid.is_empty(), "{:?}", out.invalid);
        let t = &out.totals.complaints;
        prop_assert!(t.received_year_to_date <= t.received_in_period);
        prop_assert!(t.resolved_year_to_date <= t.resolved_in_period);
        prop_assert_eq!(t.received_year_to_date, t.received_in_period);
    }

    /// Every rate of a roll-up stays within 0–100%, per unit and in the "Cộng" row.
    #[test]
    fn rates_stay_within_0_and_100_percent(
        items in prop::collection::vec((figures(), any::<u64>(), any::<u64>(), 1u32..=4), 1..8),
    ) {
        let reports: Vec<CommuneQcdcReport> = items.iter().enumerate()
            .map(|(i, (f, a, b, q))| generated(&format!("X{i}"), *q, f, (*a, *b)))
            .collect();
        let units: Vec<AdminUnit> = (0..reports.len()).map(|i| xa(&format!("X{i}"))).collect();
        let out = rollup(&subs(&reports), &UnitList::new(province(), period("2023"), units), &ctx()).unwrap();
        let rows = out.units_reported.iter().map(|r| &r.totals).chain([&out.totals]);
        for t in rows {
            for rate in [
                t.complaints.resolution_rate,
                t.residential_meetings.meeting_rate,
                t.decisions.approval_rate,
                t.consultations.acceptance_rate,
            ] {
                if let Some(p) = rate.percent() {
                    prop_assert!((0.0..=100.0).contains(&p), "{rate:?}");
                }
            }
        }
    }

    /// Whatever JSON comes in, the report validates or reports, and the roll-up never panics.
    #[test]
    fn arbitrary_numbers_never_panic(
        values in prop::collection::vec(prop_oneof![
            any::<i64>().prop_map(serde_json::Value::from),
            any::<u64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(serde_json::Value::Null, serde_json::Value::Number)),
            Just(serde_json::Value::Null),
            ".{0,20}".prop_map(serde_json::Value::from),
        ], 20),
    ) {
        let mut doc = serde_json::to_value(fourth_quarter("A")).unwrap();
        let paths = [
            "/people_inspection/sessions", "/people_inspection/violations_found",
            "/people_inspection/cases_recommended", "/people_inspection/money_recovered",
            "/investment_supervision/projects_in_area", "/investment_supervision/violations_found",
            "/investment_supervision/cases_recommended", "/investment_supervision/money_recovered",
            "/complaints/received_in_period", "/complaints/received_year_to_date",
            "/complaints/resolved_in_period", "/complaints/resolved_year_to_date",
            "/complaints/unresolved", "/complaints/backlog",
            "/residential_meetings/residential_units", "/residential_meetings/meeting_once",
            "/residential_meetings/meeting_twice", "/residential_meetings/meeting_other",
            "/period", "/unit/name",
        ];
        for (path, value) in paths.iter().zip(values) {
            let (parent, key) = path.rsplit_once('/').unwrap();
            if let Some(obj) = doc.pointer_mut(parent).and_then(|p| p.as_object_mut()) {
                obj.insert(key.to_owned(), value);
            }
        }
        let bytes = doc.to_string();
        let _ = check_json::<CommuneQcdcReport>(bytes.as_bytes(), &ctx());
        let s = Submission::from_json("p.json", bytes.as_bytes(), &ctx());
        let out = rollup(&[s.clone(), s], &list(&["A"], "2023"), &ctx()).unwrap();
        prop_assert!(out.units_reported.len() <= 1);
        let _ = out.to_text();
    }
}

#[test]
fn rollup_never_counts_a_yearly_report_beside_a_quarter_of_it() {
    let q4 = fourth_quarter("A");
    let mut year = fourth_quarter("A");
    year.period = period("2023");
    let r = roll(vec![q4, year], &["A"], "2023");
    assert_eq!(r.totals.reports, 1);
    assert_eq!(r.reported_twice[0].period, period("2023-Q4"));
    assert_eq!(r.invalid[0].errors[0].code, Code::DuplicateReport);
}

#[test]
fn rollup_warns_when_year_to_date_does_not_grow_with_the_periods() {
    let mut q2 = report("A");
    q2.period = period("2023-Q2");
    q2.supervisions.clear();
    let q3 = report("A"); // year to date 8 received: the second quarter already had 8, plus 3 now
    let r = roll(vec![q2, q3], &["A"], "2023");
    assert!(r.invalid.is_empty());
    assert_eq!(r.warnings.len(), 1);
    let w = &r.warnings[0].warnings[0];
    assert_eq!(
        (r.warnings[0].source.as_str(), w.path.as_str(), w.code),
        (
            "r1.json",
            "/complaints/received_year_to_date",
            Code::YearToDateBelowPrevious
        )
    );
}

#[test]
fn rollup_keeps_each_warning_with_its_own_report_when_sources_repeat() {
    // Unit B's report warns on its own; unit A's third quarter gets a year-to-date warning at
    // roll-up time. Both come from "upload.json": the warning must stay with A's report, not
    // join the first entry under that name (entries are found by submission, not by name).
    let mut b = report("B");
    b.complaints.backlog = None;
    b.complaints.unresolved = 3;
    let mut q2 = report("A");
    q2.period = period("2023-Q2");
    q2.supervisions.clear();
    let q3 = report("A");
    let subs = [
        Submission::new("upload.json", b),
        Submission::new("a-q2.json", q2),
        Submission::new("upload.json", q3),
    ];
    let r = rollup(&subs, &list(&["A", "B"], "2023"), &ctx()).unwrap();
    let codes: Vec<Vec<Code>> = r
        .warnings
        .iter()
        .map(|w| w.warnings.iter().map(|v| v.code).collect())
        .collect();
    assert_eq!(
        codes,
        [
            vec![Code::UnresolvedImpliesBacklog],
            vec![Code::YearToDateBelowPrevious]
        ]
    );
}

/// The records' checks build a finding's JSON Pointer only when they record it (issue 13):
/// findings deep inside each kind of record, at every level of nesting, keep their paths.
#[test]
fn findings_deep_in_records_keep_their_paths() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/commune_qcdc_report/valid/q3_2023_xa_tan_my.json");
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    // A disclosure's form twice, its document without number or file, its unit name blank.
    doc["disclosures"][0]["forms"] = serde_json::json!(["posting", "residential_head", "posting"]);
    doc["disclosures"][0]["document"] = serde_json::json!({"issuer": "UBND xã Tân Mỹ"});
    // A decision's unit at commune level, named with a control character.
    doc["decisions"][1]["unit"] = serde_json::json!({"kind": "xa", "name": "Tân\u{7}Mỹ"});
    // A consultation's form twice, its draft's issuer blank.
    doc["consultations"][0]["forms"] =
        serde_json::json!(["community_meeting", "community_meeting"]);
    doc["consultations"][0]["draft"]["issuer"] = serde_json::json!(" ");
    let report = check_json::<CommuneQcdcReport>(doc.to_string().as_bytes(), &ctx());
    let found: Vec<(&str, Code)> = report
        .errors()
        .iter()
        .map(|v| (v.path.as_str(), v.code))
        .collect();
    for expected in [
        ("/disclosures/0/forms/2", Code::Duplicate),
        ("/disclosures/0/document/number", Code::Required),
        ("/decisions/1/unit/name", Code::ControlCharacter),
        ("/decisions/1/unit/kind", Code::KindNotAtLevel),
        ("/consultations/0/forms/1", Code::Duplicate),
        ("/consultations/0/draft/issuer", Code::Blank),
    ] {
        assert!(found.contains(&expected), "{expected:?} not in {found:?}");
    }
    let duplicate = report
        .errors()
        .iter()
        .find(|v| v.path == "/disclosures/0/forms/2")
        .unwrap();
    assert_eq!(duplicate.params["first"], "/disclosures/0/forms/0");
}
