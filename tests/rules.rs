//! Every rule of the catalogue with a passing and a failing document; date-versioned behaviour
//! on both sides of 01/07/2023 and 01/07/2025; bad input that must give report entries.

use chrono::NaiveDate;
use proptest::prelude::*;
use qcdc::Vocabulary;
use qcdc::catalogue;
use qcdc::legal::{LUAT_10_2022, LUAT_97_2025, LegalReference};
use qcdc::org::reference::{phuong, quan_long_bien};
use qcdc::org::{AdminUnit, OrgKind, Organisation, UnitKind};
use qcdc::regime::{DistrictRegulation, DistrictRegulationSet, GrassrootsType};
use qcdc::rules::{
    self, BallotReason, BoardKind, BoardMember, BoardRole, CommuneDisclosure, CommuneWideDecision,
    CommunityDecision, Conference, Consultation, ConsultationForm, ConsultationItem, DecisionError,
    DecisionForm, DecisionItem, Disclosure, DisclosureDuration, DisclosureForm, DisclosureItem,
    MemberSource, Outcome, OversightBoard, Resolution, RuleId, Threshold, Votes,
    WorkplaceDemocracy, decide,
};
use qcdc::validate::{Code, Validate, ValidationContext, ValidationReport};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn ctx() -> ValidationContext {
    ValidationContext::new(d(2026, 11, 28))
}

// ---------- base documents, all valid ----------

fn disclosure() -> CommuneDisclosure {
    CommuneDisclosure {
        commune: phuong("Việt Hưng"),
        has_web_portal: false,
        has_loudspeakers: true,
        disclosure: Disclosure {
            item: DisclosureItem::FeesAndCharges,
            summary: "Mức thu phí vệ sinh năm 2024".into(),
            duration: DisclosureDuration::AtLeast30Days,
            decided_on: Some(d(2024, 2, 27)),
            disclosed_on: d(2024, 3, 1),
            posted_until: Some(d(2024, 3, 30)),
            forms: vec![DisclosureForm::Posting, DisclosureForm::Loudspeaker],
            other_form: None,
            broadcast_days: Some(3),
            other_law: None,
            plan: None,
            document: None,
        },
    }
}

fn decision() -> CommunityDecision {
    CommunityDecision {
        unit: AdminUnit::new(UnitKind::ToDanPho, "số 5"),
        date: d(2024, 5, 12),
        item: DecisionItem::OtherSelfManaged,
        summary: "Giờ đóng cổng khu tập thể".into(),
        presiding_body: None,
        form: DecisionForm::Meeting,
        options_prepared: None,
        households_total: 150,
        households_represented: 120,
        households_approving: 100,
        clusters: None,
        scattered: false,
        ballot_reason: None,
        result: Some(Outcome::Adopted),
        commune_wide: false,
        online_chosen_by: None,
        value: None,
        minutes: None,
    }
}

fn member(name: &str, role: BoardRole, source: Option<MemberSource>) -> BoardMember {
    BoardMember {
        name: name.into(),
        role,
        source,
    }
}

const NAMES: [&str; 10] = [
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Văn Cường",
    "Phạm Thị Dung",
    "Hoàng Văn Em",
    "Đỗ Thị Phương",
    "Vũ Văn Giang",
    "Bùi Thị Hà",
    "Đặng Văn Hùng",
    "Ngô Thị Lan",
];

fn members(n: usize, source: Option<MemberSource>) -> Vec<BoardMember> {
    (0..n)
        .map(|i| {
            let role = if i == 0 {
                BoardRole::Head
            } else {
                BoardRole::Member
            };
            member(NAMES[i], role, source)
        })
        .collect()
}

fn board(kind: BoardKind) -> OversightBoard {
    OversightBoard {
        kind,
        unit: phuong("Việt Hưng"),
        established_on: d(2024, 1, 10),
        members: members(5, None),
        residential_units: Some(5),
        staff: Some(40),
        term_start: Some(d(2024, 1, 10)),
        term_end: Some(d(2026, 1, 10)),
        residential_head_term_end: Some(d(2026, 1, 10)),
        project: None,
        special_or_dispersed: false,
    }
}

fn investment_board() -> OversightBoard {
    let mut b = board(BoardKind::CommunityInvestment);
    b.members = members(5, Some(MemberSource::Resident));
    b.members[0].source = Some(MemberSource::Mttq);
    b.members[1].source = Some(MemberSource::BanTtnd);
    b.residential_units = None;
    b.staff = None;
    b.term_start = None;
    b.term_end = None;
    b.established_on = d(2024, 9, 1);
    b
}

fn conference(date: NaiveDate, present: u32) -> Conference {
    Conference {
        date,
        extraordinary: false,
        delegates: None,
        present,
        resolutions: vec![],
    }
}

fn workplace(regime: GrassrootsType) -> WorkplaceDemocracy {
    WorkplaceDemocracy {
        regime,
        organisation: "Trường THCS Ngọc Lâm".into(),
        year: 2024,
        staff: 60,
        opted_into_section_1: false,
        working_year_end: None,
        dispersed: false,
        conferences: vec![conference(d(2025, 1, 15), 50)],
        dialogues: vec![d(2024, 11, 5)],
    }
}

fn thon_vote(name: &str, approving: u32) -> CommunityDecision {
    CommunityDecision {
        unit: AdminUnit::new(UnitKind::Thon, name),
        date: d(2024, 5, 12),
        item: DecisionItem::InfrastructureContribution,
        summary: "Mức đóng góp làm đường liên thôn".into(),
        presiding_body: None,
        form: DecisionForm::Meeting,
        options_prepared: None,
        households_total: 90,
        households_represented: 80,
        households_approving: approving,
        clusters: None,
        scattered: false,
        ballot_reason: None,
        result: None,
        commune_wide: true,
        online_chosen_by: None,
        value: None,
        minutes: None,
    }
}

/// Three thôn; two reach two thirds of their households (60 of 90): exactly two thirds of the
/// thôn, adopted.
fn commune_wide() -> CommuneWideDecision {
    CommuneWideDecision {
        commune: AdminUnit::new(UnitKind::Xa, "Tân Mỹ"),
        item: DecisionItem::InfrastructureContribution,
        summary: "Mức đóng góp làm đường liên thôn".into(),
        residential_units_total: 3,
        votes: vec![
            thon_vote("Mỹ Cầu", 60),
            thon_vote("Mỹ Hà", 60),
            thon_vote("Mỹ Độ", 50),
        ],
        results_received_on: Some(d(2024, 5, 17)),
        recognised_on: Some(d(2024, 5, 24)),
        result: Some(Outcome::Adopted),
    }
}

fn consultation() -> Consultation {
    Consultation {
        item: ConsultationItem::RestrictiveDecisions,
        summary: "Dự thảo quyết định hạn chế giờ bán hàng".into(),
        forms: vec![ConsultationForm::CitizenDialogue],
        start: d(2024, 4, 1),
        end: d(2024, 4, 20),
        opinions_received: 10,
        opinions_accepted: 3,
        draft: None,
        plan: None,
        explanatory_report: None,
    }
}

// ---------- one case per rule ----------

/// The severity a rule's finding has: errors for data that cannot be right, breaches for true
/// data about an unlawful act.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Severity {
    Error,
    Breach,
}

struct Case {
    rule: RuleId,
    pass: ValidationReport,
    fail: ValidationReport,
    severity: Severity,
    path: &'static str,
    code: Code,
    citation: LegalReference,
}

/// A case whose failing document records a breach of law.
fn case<T: Validate>(rule: RuleId, pass: T, fail: T, path: &'static str, code: Code) -> Case {
    Case {
        rule,
        pass: pass.validate(&ctx()),
        fail: fail.validate(&ctx()),
        severity: Severity::Breach,
        path,
        code,
        citation: rule.citation(),
    }
}

/// A case whose failing document cannot be right.
fn error_case<T: Validate>(rule: RuleId, pass: T, fail: T, path: &'static str, code: Code) -> Case {
    Case {
        severity: Severity::Error,
        ..case(rule, pass, fail, path, code)
    }
}

fn cases() -> Vec<Case> {
    let mut out = Vec::new();

    // Công khai.
    let mut pass = disclosure();
    pass.disclosure.item = DisclosureItem::Other;
    pass.disclosure.forms = vec![DisclosureForm::WrittenNotice];
    pass.disclosure.posted_until = None;
    pass.disclosure.broadcast_days = None;
    let mut fail = pass.clone();
    fail.disclosure.forms.clear();
    out.push(error_case(
        RuleId::DisclosureForms,
        pass,
        fail,
        "/disclosure/forms",
        Code::TooFew,
    ));

    let mut fail = disclosure();
    fail.disclosure.decided_on = Some(d(2024, 2, 20)); // Tuesday; 5 working days end on 27/02
    out.push(case(
        RuleId::DisclosureDeadline,
        disclosure(),
        fail,
        "/disclosure/disclosed_on",
        Code::TooLate,
    ));

    let mut pass = disclosure();
    pass.has_web_portal = true;
    pass.disclosure.forms.push(DisclosureForm::WebPortal);
    let mut fail = disclosure();
    fail.has_web_portal = true;
    out.push(case(
        RuleId::DisclosureWebPortal,
        pass,
        fail,
        "/disclosure/forms",
        Code::FormMissing,
    ));

    let mut fail = disclosure();
    fail.disclosure.posted_until = Some(d(2024, 3, 29)); // 29 days
    out.push(case(
        RuleId::DisclosurePosting,
        disclosure(),
        fail,
        "/disclosure/posted_until",
        Code::PostingTooShort,
    ));

    let mut pass = disclosure();
    pass.disclosure.item = DisclosureItem::AdministrativeProcedures;
    pass.disclosure.forms = vec![DisclosureForm::Posting];
    pass.disclosure.posted_until = None;
    pass.disclosure.broadcast_days = None;
    let mut fail = pass.clone();
    fail.disclosure.posted_until = Some(d(2024, 6, 30));
    out.push(case(
        RuleId::DisclosurePostingPermanent,
        pass,
        fail,
        "/disclosure/posted_until",
        Code::PostingNotPermanent,
    ));

    let mut fail = disclosure();
    fail.disclosure.broadcast_days = Some(2);
    out.push(case(
        RuleId::DisclosureLoudspeaker,
        disclosure(),
        fail,
        "/disclosure/broadcast_days",
        Code::BroadcastTooShort,
    ));

    // Bàn và quyết định.
    let mut pass = decision();
    pass.item = DecisionItem::Convention;
    pass.form = DecisionForm::HouseholdBallot;
    pass.ballot_reason = Some(BallotReason::MeetingShort);
    let mut fail = pass.clone();
    fail.ballot_reason = None;
    out.push(case(
        RuleId::DecisionMeetingOnly,
        pass,
        fail,
        "/form",
        Code::FormNotAllowed,
    ));

    let mut pass = decision();
    pass.form = DecisionForm::Online;
    pass.online_chosen_by = Some(100);
    let mut fail = pass.clone();
    fail.item = DecisionItem::CommunityFunds;
    fail.households_approving = 110; // keep the result right: 2/3 of 150 is 100
    out.push(case(
        RuleId::DecisionOnlineOnlyOther,
        pass,
        fail,
        "/form",
        Code::FormNotAllowed,
    ));

    let mut pass = decision();
    pass.households_total = 200;
    pass.households_represented = 150;
    pass.households_approving = 120;
    pass.clusters = Some(3);
    let mut fail = pass.clone();
    fail.households_total = 199;
    out.push(case(
        RuleId::DecisionClusters,
        pass,
        fail,
        "/clusters",
        Code::ClustersNotAllowed,
    ));

    let mut pass = decision();
    pass.date = d(2022, 5, 1);
    pass.households_total = 201;
    pass.households_represented = 150;
    pass.households_approving = 120;
    pass.clusters = Some(3);
    let mut fail = pass.clone();
    fail.households_total = 200;
    out.push(case(
        RuleId::DecisionClusters2008,
        pass,
        fail,
        "/clusters",
        Code::ClustersNotAllowed,
    ));

    let mut pass = decision();
    pass.item = DecisionItem::InfrastructureContribution;
    let mut fail = pass.clone();
    fail.households_approving = 99;
    out.push(error_case(
        RuleId::DecisionThresholdTwoThirds,
        pass,
        fail,
        "/result",
        Code::ResultMismatch,
    ));

    let mut pass = decision();
    pass.households_approving = 76;
    let mut fail = pass.clone();
    fail.households_approving = 75;
    out.push(error_case(
        RuleId::DecisionThresholdMajority,
        pass,
        fail,
        "/result",
        Code::ResultMismatch,
    ));

    let mut pass = decision();
    pass.date = d(2023, 6, 30);
    pass.households_approving = 76;
    let mut fail = pass.clone();
    fail.households_represented = 75; // no quorum: the meeting must be held again
    fail.households_approving = 75;
    out.push(error_case(
        RuleId::DecisionThreshold2007,
        pass,
        fail,
        "/result",
        Code::ResultMismatch,
    ));

    // Tham gia ý kiến.
    let mut fail = consultation();
    fail.item = ConsultationItem::LandUsePlanning;
    out.push(case(
        RuleId::ConsultationForms,
        consultation(),
        fail,
        "/forms/0",
        Code::FormNotAllowed,
    ));

    // Kiểm tra, giám sát.
    let pass = board(BoardKind::CommuneInspection);
    let mut fail = pass.clone();
    fail.residential_units = Some(7);
    out.push(case(
        RuleId::OversightCommuneBoardSize,
        pass,
        fail,
        "/members",
        Code::BoardTooSmall,
    ));

    let pass = board(BoardKind::CommuneInspection);
    let mut fail = pass.clone();
    fail.term_end = Some(d(2026, 6, 30));
    out.push(case(
        RuleId::OversightCommuneBoardTerm,
        pass,
        fail,
        "/term_end",
        Code::TermMismatch,
    ));

    let pass = board(BoardKind::AgencyInspection);
    let mut fail = pass.clone();
    fail.members = members(10, None);
    out.push(case(
        RuleId::OversightWorkplaceBoardSize,
        pass,
        fail,
        "/members",
        Code::BoardTooLarge,
    ));

    let pass = board(BoardKind::EnterpriseInspection);
    let mut fail = pass.clone();
    fail.term_end = Some(d(2027, 1, 10));
    let mut c = case(
        RuleId::OversightWorkplaceBoardTerm,
        pass,
        fail,
        "/term_end",
        Code::TermMismatch,
    );
    c.citation = LUAT_10_2022.article(77).clause(1);
    out.push(c);

    let pass = investment_board();
    let mut fail = pass.clone();
    fail.members.truncate(4);
    out.push(case(
        RuleId::OversightInvestmentBoardSize,
        pass,
        fail,
        "/members",
        Code::BoardTooSmall,
    ));

    // Exactly 5 resident representatives pass, 6 breach the cap.
    let mut pass = investment_board();
    pass.members = members(7, Some(MemberSource::Resident));
    pass.members[0].source = Some(MemberSource::Mttq);
    pass.members[1].source = Some(MemberSource::BanTtnd);
    let mut fail = pass.clone();
    fail.members.push(member(
        "Lý Văn Minh",
        BoardRole::Member,
        Some(MemberSource::Resident),
    ));
    out.push(case(
        RuleId::OversightInvestmentBoardResidents,
        pass,
        fail,
        "/members",
        Code::RoleTooMany,
    ));

    let mut pass = investment_board();
    pass.members[1].role = BoardRole::Deputy;
    pass.members[2].role = BoardRole::Deputy;
    let mut fail = pass.clone();
    fail.members[3].role = BoardRole::Deputy;
    out.push(case(
        RuleId::OversightInvestmentBoardDeputies,
        pass,
        fail,
        "/members",
        Code::RoleTooMany,
    ));

    // Nơi làm việc.
    let pass = workplace(GrassrootsType::PublicServiceUnit);
    let mut fail = pass.clone();
    fail.conferences.clear();
    out.push(case(
        RuleId::WorkplaceConferenceYearly,
        pass,
        fail,
        "/conferences",
        Code::YearlyEventMissing,
    ));

    let pass = workplace(GrassrootsType::StateEnterprise);
    let mut fail = pass.clone();
    fail.conferences[0].present = 39;
    let mut c = case(
        RuleId::WorkplaceConferenceQuorum,
        pass,
        fail,
        "/conferences/0/present",
        Code::QuorumNotMet,
    );
    c.citation = LUAT_10_2022.article(69);
    out.push(c);

    let mut pass = workplace(GrassrootsType::StateAgency);
    pass.staff = 100;
    pass.conferences[0].delegates = Some(60);
    pass.conferences[0].present = 40;
    let mut fail = pass.clone();
    fail.staff = 99;
    out.push(case(
        RuleId::WorkplaceConferenceDelegates,
        pass,
        fail,
        "/conferences/0/delegates",
        Code::DelegatesNotAllowed,
    ));

    let mut pass = workplace(GrassrootsType::StateAgency);
    pass.conferences[0].resolutions.push(Resolution {
        title: "Quy chế chi tiêu nội bộ".into(),
        votes_for: 26,
        result: Some(Outcome::Adopted),
    });
    let mut fail = pass.clone();
    fail.conferences[0].resolutions[0].votes_for = 25; // half of 50 is not more than half
    out.push(error_case(
        RuleId::WorkplaceResolutionMajority,
        pass,
        fail,
        "/conferences/0/resolutions/0/result",
        Code::ResultMismatch,
    ));

    let pass = workplace(GrassrootsType::StateEnterprise);
    let mut fail = pass.clone();
    fail.dialogues.clear();
    out.push(case(
        RuleId::WorkplaceDialogueYearly,
        pass,
        fail,
        "/dialogues",
        Code::YearlyEventMissing,
    ));

    // Nghị định 59/2023 Điều 4 k1 c: a Tổ trưởng's ballot only for content 6.
    let mut pass = decision();
    pass.form = DecisionForm::HouseholdBallot;
    pass.ballot_reason = Some(BallotReason::ResidentialHead);
    let mut fail = pass.clone();
    fail.item = DecisionItem::CommunityFunds;
    fail.households_approving = 110;
    let mut c = case(
        RuleId::DecisionBallotReason,
        pass,
        fail,
        "/ballot_reason",
        Code::BallotNotAllowed,
    );
    c.citation = qcdc::legal::NGHI_DINH_59_2023
        .article(4)
        .clause(1)
        .point("c");
    out.push(c);

    let mut pass = decision();
    pass.form = DecisionForm::Online;
    pass.online_chosen_by = Some(76); // more than half of 150
    let mut fail = pass.clone();
    fail.online_chosen_by = Some(75);
    out.push(case(
        RuleId::DecisionOnlinePrecondition,
        pass,
        fail,
        "/online_chosen_by",
        Code::OnlineNotChosen,
    ));

    let pass = commune_wide();
    let mut fail = pass.clone();
    fail.votes[1].households_approving = 59; // one thôn fewer than 2/3 of its households
    out.push(error_case(
        RuleId::DecisionCommuneWide,
        pass,
        fail,
        "/result",
        Code::ResultMismatch,
    ));

    let pass = commune_wide();
    let mut fail = pass.clone();
    fail.recognised_on = Some(d(2024, 5, 27)); // the 6th working day after Friday 17/05
    out.push(case(
        RuleId::DecisionRecognitionDeadline,
        pass,
        fail,
        "/recognised_on",
        Code::TooLate,
    ));

    let mut pass = board(BoardKind::CommuneInspection);
    pass.members[1].role = BoardRole::Deputy;
    pass.members[2].role = BoardRole::Deputy;
    let mut fail = pass.clone();
    fail.members[3].role = BoardRole::Deputy;
    out.push(case(
        RuleId::OversightCommuneBoardDeputies,
        pass,
        fail,
        "/members",
        Code::RoleTooMany,
    ));

    let mut pass = board(BoardKind::AgencyInspection);
    pass.staff = Some(8);
    let mut fail = pass.clone();
    fail.staff = Some(7);
    out.push(case(
        RuleId::OversightWorkplaceNoBoardSmallUnit,
        pass,
        fail,
        "/staff",
        Code::BoardNotAllowed,
    ));

    let mut pass = board(BoardKind::AgencyInspection);
    pass.members[1].role = BoardRole::Deputy;
    pass.members[2].role = BoardRole::Deputy;
    let mut fail = pass.clone();
    fail.members[3].role = BoardRole::Deputy;
    out.push(case(
        RuleId::OversightWorkplaceBoardDeputies,
        pass,
        fail,
        "/members",
        Code::RoleTooMany,
    ));

    let pass = investment_board();
    let mut fail = pass.clone();
    fail.members[1].source = Some(MemberSource::Resident); // no Ban TTND representative
    out.push(case(
        RuleId::OversightInvestmentBoardComposition,
        pass,
        fail,
        "/members",
        Code::MemberSourceMissing,
    ));

    out
}

#[test]
fn every_rule_has_a_passing_and_a_failing_document() {
    let cases = cases();
    for id in RuleId::ALL {
        assert!(cases.iter().any(|c| c.rule == *id), "no case for {id:?}");
    }
    for c in &cases {
        assert!(
            c.pass.is_clean(),
            "{:?}: the passing document has findings:\n{}",
            c.rule,
            c.pass
        );
        let list = match c.severity {
            Severity::Breach => c.fail.breaches(),
            Severity::Error => c.fail.errors(),
        };
        // A breach never makes the document invalid.
        assert_eq!(
            c.fail.is_valid(),
            c.severity == Severity::Breach,
            "{:?}:\n{}",
            c.rule,
            c.fail
        );
        let found = list
            .iter()
            .find(|v| v.path == c.path && v.code == c.code)
            .unwrap_or_else(|| {
                panic!("{:?}: no {:?} at {} in\n{}", c.rule, c.code, c.path, c.fail)
            });
        assert_eq!(found.citation.as_ref(), Some(&c.citation), "{:?}", c.rule);
        // The failing document fails for this rule only.
        let total = c.fail.errors().len() + c.fail.breaches().len() + c.fail.warnings().len();
        assert_eq!(
            total, 1,
            "{:?}: more findings than expected:\n{}",
            c.rule, c.fail
        );
    }
}

#[test]
fn messages_name_the_numbers_in_both_languages() {
    let mut doc = disclosure();
    doc.disclosure.broadcast_days = Some(2);
    let report = doc.validate(&ctx());
    let v = &report.breaches()[0];
    assert_eq!(
        v.message_vi(),
        "Phải phát trên hệ thống loa ít nhất 3 ngày liên tục (hiện là 2 ngày)."
    );
    assert_eq!(
        v.message_en(),
        "Must be broadcast at least 3 consecutive days (got 2)."
    );
    assert_eq!(
        v.citation.as_ref().unwrap().to_string(),
        "khoản 3 Điều 13 Luật số 10/2022/QH15"
    );

    let mut doc = decision();
    doc.item = DecisionItem::InfrastructureContribution;
    doc.households_approving = 99;
    let report = doc.validate(&ctx());
    assert_eq!(
        report.errors()[0].message_vi(),
        "Kết quả ghi \"Được thông qua\" nhưng theo số phiếu là \"Không được thông qua\" (cần 100)."
    );
}

// ---------- the verdict ----------

fn votes(total: u32, represented: u32, approving: u32) -> Votes {
    Votes::new(total, represented, approving).expect("consistent counts")
}

#[test]
fn the_verdict_switches_on_1_july_2023() {
    let item = DecisionItem::InfrastructureContribution;
    let before = decide(
        item,
        DecisionForm::Meeting,
        d(2023, 6, 30),
        votes(100, 60, 55),
    )
    .unwrap();
    assert_eq!(before.outcome, Outcome::Adopted);
    assert_eq!(before.rule, RuleId::DecisionThreshold2007);
    assert_eq!(before.threshold, Threshold::MajorityOfAll);
    assert_eq!(
        before.citation().to_string(),
        "Điều 12 Pháp lệnh số 34/2007/PL-UBTVQH11"
    );
    let after = decide(
        item,
        DecisionForm::Meeting,
        d(2023, 7, 1),
        votes(100, 60, 55),
    )
    .unwrap();
    assert_eq!(after.outcome, Outcome::NotAdopted);
    assert_eq!(after.rule, RuleId::DecisionThresholdTwoThirds);
    assert_eq!(after.required, 67);
    // Contents 3–6: more than half of ALL households, not of those present.
    let other = decide(
        DecisionItem::Convention,
        DecisionForm::Meeting,
        d(2024, 1, 1),
        votes(100, 60, 50),
    )
    .unwrap();
    assert_eq!((other.outcome, other.required), (Outcome::NotAdopted, 51));
    // Before the Law a meeting needed more than half the households present.
    let thin = decide(
        DecisionItem::Convention,
        DecisionForm::Meeting,
        d(2020, 1, 1),
        votes(100, 50, 50),
    )
    .unwrap();
    assert_eq!(thin.outcome, Outcome::NoQuorum);
    let ballot = decide(
        DecisionItem::Convention,
        DecisionForm::HouseholdBallot,
        d(2020, 1, 1),
        votes(100, 50, 50),
    )
    .unwrap();
    assert_eq!(ballot.outcome, Outcome::NotAdopted);
    assert_eq!(
        decide(
            item,
            DecisionForm::Meeting,
            d(2007, 6, 30),
            votes(100, 60, 55)
        ),
        Err(DecisionError::NoRuleOnDate {
            date: d(2007, 6, 30),
            from: d(2007, 7, 1)
        })
    );
}

#[test]
fn votes_refuse_counts_that_cannot_be() {
    assert_eq!(Votes::new(0, 0, 0), Err(DecisionError::NoHouseholds));
    // Present and approving swapped: refused, with the three counts named.
    let swapped = Votes::new(100, 55, 60).unwrap_err();
    assert_eq!(
        swapped,
        DecisionError::InconsistentCounts {
            total: 100,
            represented: 55,
            approving: 60
        }
    );
    assert_eq!(
        swapped.to_string(),
        "inconsistent counts: 60 approving, 55 present, 100 households (expected approving ≤ present ≤ households)"
    );
    // Households and present swapped.
    assert!(Votes::new(60, 100, 55).is_err());
    let v = votes(100, 60, 55);
    assert_eq!((v.total(), v.represented(), v.approving()), (100, 60, 55));
}

#[test]
fn the_verdict_serialises_for_users() {
    let v = decision().verdict().unwrap();
    let json = serde_json::to_value(&v).unwrap();
    assert_eq!(json["outcome"], "adopted");
    assert_eq!(json["rule"], "decision_threshold_majority");
    assert_eq!(json["threshold"], "majority_of_all");
    assert_eq!(json["required"], 76);
}

proptest! {
    #[test]
    fn thresholds_are_exact(total in 1u32..=u32::MAX) {
        let t = u64::from(total);
        let two_thirds = Threshold::TwoThirdsOfAll.required(total);
        prop_assert!(3 * two_thirds >= 2 * t && 3 * (two_thirds - 1) < 2 * t);
        let majority = Threshold::MajorityOfAll.required(total);
        prop_assert!(2 * majority > t && 2 * (majority - 1) <= t);
    }

    #[test]
    fn decide_never_panics_and_agrees_with_its_threshold(
        total in 0u32..=u32::MAX, represented in 0u32..=u32::MAX, approving in 0u32..=u32::MAX,
        days in 0i64..10_000, item in 0usize..6, form in 0usize..3,
    ) {
        let date = d(2000, 1, 1) + chrono::Duration::days(days);
        let item = DecisionItem::ALL[item];
        let form = DecisionForm::ALL[form];
        match Votes::new(total, represented, approving).and_then(|v| decide(item, form, date, v)) {
            Err(DecisionError::NoHouseholds) => prop_assert_eq!(total, 0),
            Err(DecisionError::InconsistentCounts { .. }) => {
                prop_assert!(represented > total || approving > represented)
            }
            Err(DecisionError::NoRuleOnDate { .. }) => prop_assert!(date < d(2007, 7, 1)),
            Err(other) => prop_assert!(false, "unexpected {other}"),
            Ok(v) => {
                prop_assert_eq!(v.required, v.threshold.required(total));
                if v.outcome == Outcome::Adopted {
                    prop_assert!(u64::from(approving) >= v.required);
                }
            }
        }
    }
}

// ---------- both sides of 01/07/2023 and 01/07/2025 ----------

#[test]
fn disclosure_rules_start_on_1_july_2023() {
    let mut doc = disclosure();
    doc.disclosure.posted_until = None;
    doc.disclosure.forms = vec![DisclosureForm::WebPortal];
    doc.disclosure.disclosed_on = d(2023, 6, 30);
    doc.disclosure.decided_on = None;
    let before = doc.validate(&ctx());
    assert!(before.is_valid());
    assert_eq!(before.warnings()[0].code, Code::RulesNotModelled);
    doc.disclosure.disclosed_on = d(2023, 7, 1);
    let after = doc.validate(&ctx());
    assert_eq!(after.breach_codes(), [Code::FormMissing, Code::FormMissing]);
}

#[test]
fn cluster_meetings_of_exactly_200_households_only_under_the_law() {
    let mut doc = decision();
    doc.households_total = 200;
    doc.households_represented = 150;
    doc.households_approving = 120;
    doc.clusters = Some(2);
    doc.date = d(2023, 6, 30);
    assert_eq!(
        doc.validate(&ctx()).breach_codes(),
        [Code::ClustersNotAllowed]
    );
    doc.date = d(2023, 7, 1);
    assert!(doc.validate(&ctx()).is_clean());
}

#[test]
fn decree_59_limits_start_on_15_august_2023() {
    let mut board = investment_board();
    board.members = members(8, Some(MemberSource::Resident));
    board.members[0].source = Some(MemberSource::Mttq);
    board.members[1].source = Some(MemberSource::BanTtnd);
    board.established_on = d(2023, 8, 14);
    assert!(board.validate(&ctx()).is_clean());
    board.established_on = d(2023, 8, 15);
    assert_eq!(board.validate(&ctx()).breach_codes(), [Code::RoleTooMany]);
}

#[test]
fn legal_basis_changes_on_1_july_2023_and_1_july_2025() {
    let numbers = |t: GrassrootsType, date| -> Vec<String> {
        t.legal_basis(date)
            .iter()
            .map(|r| r.document.number.to_string())
            .collect()
    };
    assert_eq!(
        numbers(GrassrootsType::StateAgency, d(2023, 6, 30)),
        ["55/1998/NQ-UBTVQH10", "04/2015/NĐ-CP"]
    );
    assert_eq!(
        numbers(GrassrootsType::StateAgency, d(2023, 7, 1)),
        ["10/2022/QH15"]
    );
    // Nghị định 59/2023 guides agencies' Ban TTND too (Điều 20–23), from 15/08/2023.
    assert_eq!(
        numbers(GrassrootsType::StateAgency, d(2025, 6, 30)),
        ["10/2022/QH15", "59/2023/NĐ-CP"]
    );
    assert_eq!(
        numbers(GrassrootsType::StateAgency, d(2025, 7, 1)),
        [
            "10/2022/QH15",
            "59/2023/NĐ-CP",
            "47/2024/QH15",
            "97/2025/QH15"
        ]
    );
    let political = GrassrootsType::PoliticalOrganisation.legal_basis(d(2024, 1, 1));
    assert_eq!(
        political[0].to_string(),
        "khoản 2 Điều 91 Luật số 10/2022/QH15"
    );
    assert!(
        GrassrootsType::Commune
            .legal_basis(d(2025, 7, 1))
            .iter()
            .any(|r| r.document == LUAT_97_2025)
    );
}

fn regulation(kind: OrgKind, unit: AdminUnit, date: NaiveDate) -> DistrictRegulation {
    DistrictRegulation {
        number: "01-QC/QU".into(),
        date,
        issuer: Organisation::new(kind, unit),
        field: GrassrootsType::Commune,
        title: "Quy chế do người dùng nhập".into(),
        legal_basis: vec![],
    }
}

#[test]
fn a_district_issues_regulations_until_30_june_2025() {
    let on = |date| DistrictRegulationSet {
        regulations: vec![regulation(OrgKind::PartyCommittee, quan_long_bien(), date)],
    };
    assert!(on(d(2025, 6, 30)).validate(&ctx()).is_valid());
    let report = on(d(2025, 7, 1)).validate(&ctx());
    assert_eq!(report.error_codes(), [Code::BodyNotExisting]);
    assert_eq!(report.errors()[0].path, "/regulations/0/issuer");
    // A ward's body may issue them after the reform.
    let ward = DistrictRegulationSet {
        regulations: vec![regulation(
            OrgKind::Ubnd,
            phuong("Long Biên"),
            d(2025, 7, 1),
        )],
    };
    assert!(ward.validate(&ctx()).is_valid());
    // A body of the city is not a district or ward body.
    let city = DistrictRegulationSet {
        regulations: vec![regulation(
            OrgKind::Ubnd,
            qcdc::org::reference::ha_noi(),
            d(2024, 1, 1),
        )],
    };
    assert_eq!(city.validate(&ctx()).error_codes(), [Code::IssuerNotLocal]);
}

#[test]
fn workplace_conference_for_2022_is_not_checked_against_the_law() {
    let mut doc = workplace(GrassrootsType::StateAgency);
    doc.year = 2022;
    doc.conferences.clear();
    let report = doc.validate(&ctx());
    assert!(report.is_valid());
    assert_eq!(report.warnings()[0].code, Code::RulesNotModelled);
    doc.year = 2023;
    assert_eq!(
        doc.validate(&ctx()).breach_codes(),
        [Code::YearlyEventMissing]
    );
}

#[test]
fn small_units_and_own_rules_skip_the_conference() {
    let mut doc = workplace(GrassrootsType::StateAgency);
    doc.conferences.clear();
    doc.staff = 7;
    assert!(doc.validate(&ctx()).is_valid());
    let mut own = workplace(GrassrootsType::PoliticalOrganisation);
    own.conferences.clear();
    assert!(own.validate(&ctx()).is_valid());
    let mut private = workplace(GrassrootsType::NonStateEmployer);
    private.conferences.clear();
    private.dialogues.clear();
    assert!(private.validate(&ctx()).is_valid());
    private.opted_into_section_1 = true;
    assert_eq!(
        private.validate(&ctx()).breach_codes(),
        [Code::YearlyEventMissing, Code::YearlyEventMissing]
    );
}

#[test]
fn only_agencies_and_units_of_7_or_fewer_may_skip_the_conference() {
    // Điều 51 k2 đ gives the option to agencies and units; Điều 69 none to state enterprises.
    let mut unit = workplace(GrassrootsType::PublicServiceUnit);
    unit.conferences.clear();
    unit.staff = 7;
    assert!(unit.validate(&ctx()).is_clean());
    unit.staff = 8;
    assert_eq!(
        unit.validate(&ctx()).breach_codes(),
        [Code::YearlyEventMissing]
    );
    let mut enterprise = workplace(GrassrootsType::StateEnterprise);
    enterprise.conferences.clear();
    enterprise.staff = 7;
    assert_eq!(
        enterprise.validate(&ctx()).breach_codes(),
        [Code::YearlyEventMissing]
    );
}

#[test]
fn a_late_conference_is_a_breach() {
    let mut doc = workplace(GrassrootsType::StateAgency);
    doc.conferences[0].date = d(2025, 4, 1);
    let report = doc.validate(&ctx());
    assert!(report.is_valid());
    assert!(report.errors().is_empty() && report.warnings().is_empty());
    assert_eq!(report.breach_codes(), [Code::TooLate]);
    assert_eq!(report.breaches()[0].path, "/conferences/0/date");
    assert_eq!(report.breaches()[0].params["deadline"], "2025-03-31");
    doc.conferences[0].date = d(2025, 3, 31);
    assert!(doc.validate(&ctx()).is_clean());
}

#[test]
fn a_school_counts_from_the_end_of_its_school_year() {
    // School year ending 31/05/2024: the conference is due by 31/08/2024; September is late.
    let mut school = workplace(GrassrootsType::PublicServiceUnit);
    school.working_year_end = Some(d(2024, 5, 31));
    school.conferences[0].date = d(2024, 8, 31);
    assert!(school.validate(&ctx()).is_clean());
    school.conferences[0].date = d(2024, 9, 1);
    let late = school.validate(&ctx());
    assert!(late.is_valid());
    assert_eq!(late.breach_codes(), [Code::TooLate]);
    // Before the school year ends is not the yearly conference of that year.
    school.conferences[0].date = d(2024, 5, 31);
    assert_eq!(school.validate(&ctx()).breach_codes(), [Code::DateOutside]);
    // Without a year end, the calendar year (31/12) is the default.
    school.working_year_end = None;
    school.conferences[0].date = d(2024, 9, 15);
    assert_eq!(school.validate(&ctx()).breach_codes()[0], Code::DateOutside);
    // A year end outside `year` cannot be right.
    school.working_year_end = Some(d(2023, 5, 31));
    assert!(
        school
            .validate(&ctx())
            .error_codes()
            .contains(&Code::WorkingYearEndOutside)
    );
}

#[test]
fn delegates_below_100_only_when_staff_are_dispersed() {
    let mut doc = workplace(GrassrootsType::StateEnterprise);
    doc.staff = 99;
    doc.conferences[0].delegates = Some(40);
    doc.conferences[0].present = 30;
    let report = doc.validate(&ctx());
    assert_eq!(report.breach_codes(), [Code::DelegatesNotAllowed]);
    assert_eq!(
        report.breaches()[0].citation.as_ref().unwrap().to_string(),
        "điểm b khoản 2 Điều 69 Luật số 10/2022/QH15"
    );
    doc.dispersed = true;
    assert!(doc.validate(&ctx()).is_clean());
}

#[test]
fn workplace_boards_of_9_and_10_members() {
    let mut b = board(BoardKind::AgencyInspection);
    b.members = members(9, None);
    assert!(b.validate(&ctx()).is_clean());
    b.members = members(10, None);
    assert_eq!(b.validate(&ctx()).breach_codes(), [Code::BoardTooLarge]);
    b.special_or_dispersed = true;
    assert!(b.validate(&ctx()).is_clean());
    // Điều 77 k1 for state enterprises, with the same exception.
    let mut e = board(BoardKind::EnterpriseInspection);
    e.members = members(10, None);
    let report = e.validate(&ctx());
    assert_eq!(report.breach_codes(), [Code::BoardTooLarge]);
    assert_eq!(
        report.breaches()[0].citation.as_ref().unwrap().to_string(),
        "khoản 1 Điều 77 Luật số 10/2022/QH15"
    );
    e.special_or_dispersed = true;
    assert!(e.validate(&ctx()).is_clean());
}

#[test]
fn no_board_at_7_staff_cites_article_60_only() {
    let mut agency = board(BoardKind::AgencyInspection);
    agency.staff = Some(7);
    let report = agency.validate(&ctx());
    assert_eq!(report.breach_codes(), [Code::BoardNotAllowed]);
    assert_eq!(
        report.breaches()[0].citation.as_ref().unwrap().to_string(),
        "khoản 1 Điều 60 Luật số 10/2022/QH15"
    );
    // Điều 77 has no such rule: a state enterprise of 7 may have a board.
    let mut enterprise = board(BoardKind::EnterpriseInspection);
    enterprise.staff = Some(7);
    assert!(enterprise.validate(&ctx()).is_clean());
    assert!(
        RuleId::OversightWorkplaceNoBoardSmallUnit
            .rule()
            .also_cites
            .is_empty()
    );
}

#[test]
fn commune_board_matches_the_thon_and_tdp() {
    // Six tổ dân phố: six members, no more, no fewer.
    let mut b = board(BoardKind::CommuneInspection);
    b.residential_units = Some(6);
    b.members = members(6, None);
    assert!(b.validate(&ctx()).is_clean());
    b.members = members(7, None);
    assert_eq!(b.validate(&ctx()).breach_codes(), [Code::BoardTooLarge]);
    // Three thôn: exactly five (Nghị định 59/2023 Điều 13 k2).
    b.residential_units = Some(3);
    b.members = members(5, None);
    assert!(b.validate(&ctx()).is_clean());
    b.members = members(6, None);
    let report = b.validate(&ctx());
    assert_eq!(report.breach_codes(), [Code::BoardTooLarge]);
    assert_eq!(
        report.breaches()[0].citation.as_ref().unwrap().to_string(),
        "khoản 2 Điều 13 Nghị định số 59/2023/NĐ-CP"
    );
    b.members = members(4, None);
    assert_eq!(b.validate(&ctx()).breach_codes(), [Code::BoardTooSmall]);
}

#[test]
fn investment_board_sources_missing_are_errors_and_the_cap_still_holds() {
    let mut b = investment_board();
    // Six residents and one member whose source is missing.
    b.members = members(8, Some(MemberSource::Resident));
    b.members[0].source = Some(MemberSource::Mttq);
    b.members[1].source = None;
    let report = b.validate(&ctx());
    assert_eq!(report.error_codes(), [Code::Required]);
    assert_eq!(report.errors()[0].path, "/members/1/source");
    assert_eq!(report.breach_codes(), [Code::RoleTooMany]);
}

#[test]
fn ballots_follow_decree_59_article_4() {
    let mut doc = decision();
    doc.form = DecisionForm::HouseholdBallot;
    doc.item = DecisionItem::CommunityFunds;
    doc.households_approving = 110;
    // (a) the commune chair's ballot: only for a commune-wide matter.
    doc.ballot_reason = Some(BallotReason::CommuneChair);
    assert_eq!(
        doc.validate(&ctx()).breach_codes(),
        [Code::BallotNotAllowed]
    );
    doc.commune_wide = true;
    assert!(doc.validate(&ctx()).is_clean());
    // (c) a Tổ trưởng's ballot on a money contribution: only content 6 may be decided so.
    doc.commune_wide = false;
    doc.ballot_reason = Some(BallotReason::ResidentialHead);
    assert_eq!(
        doc.validate(&ctx()).breach_codes(),
        [Code::BallotNotAllowed]
    );
    // Before Nghị định 59/2023 took effect (15/08/2023) the Law alone did not confine it.
    doc.date = d(2023, 8, 14);
    assert!(doc.validate(&ctx()).is_clean());
}

#[test]
fn commune_wide_decision_at_exactly_two_thirds_of_the_thon() {
    let doc = commune_wide();
    let verdict = doc.verdict().unwrap();
    assert_eq!((verdict.approving, verdict.required), (2, 2));
    assert_eq!(verdict.outcome, Outcome::Adopted);
    assert!(doc.validate(&ctx()).is_clean());
    assert_eq!(doc.effective_from(), Some(d(2024, 5, 24)));
    // One thôn at 59 of 90 households (below 2/3): 1 of 3 thôn, not adopted.
    let mut short = doc.clone();
    short.votes[1].households_approving = 59;
    assert_eq!(short.verdict().unwrap().outcome, Outcome::NotAdopted);
    assert_eq!(short.effective_from(), None);
    // A fourth thôn that did not vote counts against: 2 of 4 is below 2/3.
    let mut four = doc.clone();
    four.residential_units_total = 4;
    assert_eq!(four.verdict().unwrap().required, 3);
    assert_eq!(four.validate(&ctx()).error_codes(), [Code::ResultMismatch]);
    // No thôn at all: no verdict, with the reason.
    let mut none = doc.clone();
    none.residential_units_total = 0;
    assert_eq!(none.verdict(), Err(DecisionError::NoResidentialUnits));
    assert_eq!(none.effective_from(), None);
    // Counting a thôn twice, or more votes than thôn, cannot be right.
    let mut twice = doc.clone();
    twice.votes[2].unit = twice.votes[0].unit.clone();
    assert!(
        twice
            .validate(&ctx())
            .error_codes()
            .contains(&Code::Duplicate)
    );
    let mut many = doc.clone();
    many.residential_units_total = 2;
    assert!(
        many.validate(&ctx())
            .error_codes()
            .contains(&Code::VotesExceedUnits)
    );
    // Recognised on the 5th working day: on time; the 6th: a breach.
    let mut late = doc.clone();
    late.recognised_on = Some(d(2024, 5, 27));
    assert_eq!(late.validate(&ctx()).breach_codes(), [Code::TooLate]);
}

// ---------- bad input: report entries, never a panic ----------

fn check(kind: &str, json: &str) -> ValidationReport {
    catalogue::find(kind)
        .unwrap()
        .check_json(json.as_bytes(), &ctx())
}

fn has(report: &ValidationReport, path: &str, code: Code) -> bool {
    report
        .errors()
        .iter()
        .any(|v| v.path == path && v.code == code)
}

#[test]
fn negative_counts_are_reported_at_their_path() {
    let r = check(
        "community_decision",
        r#"{"unit":{"kind":"thon","name":"Đông"},"date":"2024-01-01","item":"convention","summary":"x",
            "form":"meeting","households_total":100,"households_represented":-1,"households_approving":-2}"#,
    );
    assert!(
        has(&r, "/households_represented", Code::InvalidValue),
        "{r}"
    );
    assert!(has(&r, "/households_approving", Code::InvalidValue), "{r}");
    let r = check(
        "workplace_democracy",
        r#"{"regime":"state_agency","organisation":"X","year":2024,"staff":-60}"#,
    );
    assert!(has(&r, "/staff", Code::InvalidValue), "{r}");
}

#[test]
fn approving_more_than_total_is_reported() {
    let mut doc = decision();
    doc.households_represented = 150;
    doc.households_approving = 151;
    let r = doc.validate(&ctx());
    assert_eq!(r.error_codes(), [Code::OutOfRange]);
    assert_eq!(r.errors()[0].path, "/households_approving");
    assert!(matches!(
        doc.verdict(),
        Err(DecisionError::InconsistentCounts { .. })
    ));
}

#[test]
fn dates_in_year_zero_are_out_of_range() {
    let mut doc = investment_board();
    doc.established_on = d(0, 1, 1);
    let r = doc.validate(&ctx());
    assert!(has(&r, "/established_on", Code::DateOutside), "{r}");
    let mut w = workplace(GrassrootsType::StateAgency);
    w.year = 0;
    w.conferences[0].date = d(0, 2, 1);
    let r = w.validate(&ctx());
    assert!(has(&r, "/year", Code::OutOfRange), "{r}");
    assert!(has(&r, "/conferences/0/date", Code::DateOutside), "{r}");
    let mut c = consultation();
    c.start = d(0, 1, 1);
    assert!(has(&c.validate(&ctx()), "/start", Code::DateOutside));
}

#[test]
fn unknown_items_and_forms_are_reported() {
    let r = check(
        "disclosure",
        r#"{"commune":{"kind":"phuong","name":"A"},"disclosure":{"item":"xo_so","summary":"x","duration":"khác","disclosed_on":"2024-01-01","forms":["bồ câu đưa thư"]}}"#,
    );
    assert!(has(&r, "/disclosure/item", Code::UnknownCode), "{r}");
    assert!(has(&r, "/disclosure/forms/0", Code::UnknownCode), "{r}");
    let r = check(
        "oversight_board",
        r#"{"kind":"ban_kiem_soat","unit":{"kind":"phuong","name":"A"},"established_on":"2024-01-01"}"#,
    );
    assert!(has(&r, "/kind", Code::UnknownCode), "{r}");
}

#[test]
fn extreme_numbers_do_not_overflow() {
    let mut doc = decision();
    doc.households_total = u32::MAX;
    doc.households_represented = u32::MAX;
    doc.households_approving = u32::MAX;
    doc.clusters = Some(u32::MAX);
    assert!(doc.validate(&ctx()).is_valid());
    let mut b = board(BoardKind::CommuneInspection);
    b.residential_units = Some(u32::MAX);
    assert_eq!(b.validate(&ctx()).breach_codes(), [Code::BoardTooSmall]);
    let mut w = workplace(GrassrootsType::StateEnterprise);
    w.staff = u32::MAX;
    w.conferences[0].present = u32::MAX;
    w.conferences[0].delegates = None;
    assert!(w.validate(&ctx()).is_valid());
    let mut disc = disclosure();
    disc.disclosure.disclosed_on = NaiveDate::MAX;
    disc.disclosure.decided_on = Some(NaiveDate::MAX);
    assert!(!disc.validate(&ctx()).is_valid());
}

proptest! {
    #[test]
    fn arbitrary_json_never_panics(s in ".{0,200}") {
        for kind in ["disclosure", "community_decision", "oversight_board", "workplace_democracy", "district_regulation_set"] {
            let _ = check(kind, &s);
        }
    }
}

// ---------- the catalogue ----------

#[test]
fn the_catalogue_lists_every_rule_with_its_citation() {
    let all = rules::catalogue();
    assert_eq!(all.len(), RuleId::ALL.len());
    for r in &all {
        let text = r.to_string();
        assert!(text.contains(&r.citation.to_string()), "{text}");
        assert!(r.applies_on(r.effective_from));
    }
    let json = serde_json::to_value(&all).unwrap();
    assert_eq!(json[0]["id"], "disclosure_forms");
    assert_eq!(json[0]["group"], "disclosure");
    assert_eq!(json[0]["motto"], "know");
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Disclosure>();
    check::<CommunityDecision>();
    check::<OversightBoard>();
    check::<WorkplaceDemocracy>();
    check::<Consultation>();
    check::<DistrictRegulationSet>();
    check::<qcdc::rules::Rule>();
    check::<qcdc::rules::Verdict>();
    check::<qcdc::motto::Motto>();
}

#[test]
fn valid_fixtures_satisfy_the_json_schema_and_invalid_values_do_not() {
    use schemars::generate::SchemaSettings;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for kind in [
        "disclosure",
        "community_decision",
        "commune_wide_decision",
        "oversight_board",
        "workplace_democracy",
        "district_regulation_set",
    ] {
        let schema = catalogue::find(kind)
            .unwrap()
            .schema(SchemaSettings::draft2020_12());
        let schema = serde_json::to_value(&schema).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let dir = root.join(kind).join("valid");
        let mut seen = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            // Expected files list a valid fixture's breaches; they are not documents.
            if path.to_string_lossy().ends_with(".expected.json") {
                continue;
            }
            let doc: serde_json::Value =
                serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
            let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{}: {errors:?}", path.display());
            seen += 1;
        }
        assert!(seen > 0);
    }
    // The schema rejects what validation rejects: a negative count, an unknown item.
    let schema = catalogue::find("community_decision")
        .unwrap()
        .schema(SchemaSettings::draft2020_12());
    let validator = jsonschema::validator_for(&serde_json::to_value(&schema).unwrap()).unwrap();
    let bad = serde_json::json!({
        "unit": {"kind": "thon", "name": "Đông"}, "date": "2024-01-01", "item": "xo_so",
        "summary": "x", "form": "meeting", "households_total": -1,
        "households_represented": 0, "households_approving": 0
    });
    assert!(validator.iter_errors(&bad).count() >= 2);
}

#[test]
fn documents_accept_the_vietnamese_names_people_type() {
    let r = check(
        "disclosure",
        r#"{"commune":{"kind":"phường","name":"Long Biên"},"disclosure":{"item":"Thủ tục hành chính","summary":"TTHC",
            "duration":"thường xuyên","disclosed_on":"2025-07-01","forms":["niem yet"]}}"#,
    );
    assert!(r.is_valid(), "{r}");
    let r = check(
        "oversight_board",
        r#"{"kind":"Ban GSĐTCĐ","unit":{"kind":"phuong","name":"Bồ Đề"},"established_on":"2024-09-01",
            "members":[{"name":"A","role":"Trưởng ban","source":"MTTQ"},{"name":"B","role":"ủy viên","source":"Ban TTND"},
                       {"name":"C","role":"member","source":"người dân"},
                       {"name":"D","role":"member","source":"resident"},{"name":"E","role":"member","source":"resident"}]}"#,
    );
    assert!(r.is_valid(), "{r}");
}

#[test]
fn communes_disclose_and_elect_boards_not_districts() {
    let mut doc = disclosure();
    doc.commune = quan_long_bien();
    doc.disclosure.disclosed_on = d(2024, 3, 1);
    let r = doc.validate(&ctx());
    assert_eq!(r.error_codes(), [Code::KindNotAtLevel]);
    assert_eq!(r.errors()[0].path, "/commune/kind");
    let mut b = board(BoardKind::CommuneInspection);
    b.unit = AdminUnit::new(UnitKind::ToDanPho, "số 5");
    assert_eq!(b.validate(&ctx()).error_codes(), [Code::KindNotAtLevel]);
}

#[test]
fn the_rules_catalogue_example_lists_every_rule_with_its_text_status() {
    let out = std::process::Command::new(env!("CARGO"))
        .args([
            "run",
            "--quiet",
            "--example",
            "rules_catalogue",
            "--",
            "--json",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list.len(), RuleId::ALL.len());
    for (entry, id) in list.iter().zip(RuleId::ALL) {
        let rule = id.rule();
        assert_eq!(entry["id"], id.code());
        assert_eq!(entry["text"], rule.text_encoded());
        assert_eq!(entry["amendment_check"], rule.amendment_check.code());
        assert!(
            entry["amendment_check_vi"]
                .as_str()
                .is_some_and(|s| !s.is_empty())
        );
    }
    // Rules that ended before 01/07/2025 need no check against the 2025 amendments.
    let ended = list
        .iter()
        .find(|e| e["id"] == "decision_threshold_2007")
        .unwrap();
    assert_eq!(ended["amendment_check"], "not_applicable");
}

proptest! {
    /// Điều 21 k1 ¶2: adopted exactly when 3 × approving thôn/TDP ≥ 2 × all thôn/TDP.
    #[test]
    fn commune_wide_verdict_is_two_thirds_of_all_units(
        total in 1u32..40,
        approvals in proptest::collection::vec(any::<bool>(), 0..40),
    ) {
        let approvals = &approvals[..approvals.len().min(total as usize)];
        let mut doc = commune_wide();
        doc.residential_units_total = total;
        doc.votes = approvals
            .iter()
            .enumerate()
            .map(|(i, yes)| thon_vote(&format!("Thôn {i}"), if *yes { 60 } else { 59 }))
            .collect();
        let approving = approvals.iter().filter(|y| **y).count() as u64;
        let verdict = doc.verdict().unwrap();
        prop_assert_eq!(verdict.approving, approving);
        prop_assert_eq!(
            verdict.outcome == Outcome::Adopted,
            3 * approving >= 2 * u64::from(total)
        );
    }
}
