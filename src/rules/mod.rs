//! **Các quy định thực hiện dân chủ ở cơ sở** — the rules of grassroots democracy as code: a
//! catalogue of [`Rule`]s, each with its group, the motto element it serves, its citation and
//! the dates it is in force, and the typed documents checked against them.
//!
//! | Group | Documents | Articles |
//! |---|---|---|
//! | [`RuleGroup::Disclosure`] (công khai) | [`Disclosure`] | Luật 10/2022 Điều 11–13 |
//! | [`RuleGroup::Decision`] (bàn và quyết định) | [`CommunityDecision`] | Điều 15–21; Pháp lệnh 34/2007 before 01/07/2023 |
//! | [`RuleGroup::Consultation`] (tham gia ý kiến) | [`Consultation`] | Điều 25–26 |
//! | [`RuleGroup::Oversight`] (kiểm tra, giám sát) | [`OversightBoard`] | Điều 36, 41, 60, 77; Nghị định 59/2023 Điều 17 |
//! | [`RuleGroup::Workplace`] (nơi làm việc) | [`WorkplaceDemocracy`] | Điều 51, 69, 73 |
//!
//! Every finding a rule produces is a [`Violation`] with the rule's
//! citation filled in. The per-record checks (`check_*` functions and `check` methods) take a
//! JSON Pointer and a report, so a larger document (a commune's quarterly report) can apply
//! them to its own records.
//!
//! # Example
//! ```
//! use qcdc::rules::{self, RuleGroup, RuleId};
//!
//! let rule = RuleId::DisclosureLoudspeaker.rule();
//! assert_eq!(rule.group, RuleGroup::Disclosure);
//! assert_eq!(rule.citation.to_string(), "khoản 3 Điều 13 Luật số 10/2022/QH15");
//! assert_eq!(rule.effective_from.to_string(), "2023-07-01");
//! assert!(rules::catalogue().len() >= 20);
//! ```

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use crate::legal::{
    LAW_10_2022_FROM, LUAT_10_2022, LegalReference, NGHI_DINH_59_2023, NQLT_09_2008,
    ORDINANCE_34_2007_FROM, PHAP_LENH_34_2007,
};
use crate::motto::Motto;
use crate::validate::{Code, Pointer, ValidationContext, ValidationReport, Violation};
use crate::vocabulary::{Vocabulary, vocabulary};

mod consultation;
mod decision;
mod disclosure;
mod oversight;
mod workplace;

pub use consultation::{
    Consultation, ConsultationForm, ConsultationItem, check_consultation_forms,
};
pub use decision::{
    BallotReason, CLUSTER_MIN_HOUSEHOLDS, CLUSTER_MIN_HOUSEHOLDS_2008, CommunityDecision,
    DecisionForm, DecisionItem, Outcome, Threshold, Verdict, check_decision_form, decide,
};
pub use disclosure::{
    Disclosure, DisclosureForm, DisclosureItem, MIN_BROADCAST_DAYS, MIN_POSTING_DAYS,
    add_working_days, check_disclosure_forms,
};
pub use oversight::{BoardKind, BoardMember, BoardRole, MemberSource, OversightBoard};
pub use workplace::{Conference, Resolution, WorkplaceDemocracy};

vocabulary! {
    /// **Nhóm quy định** — the group a rule belongs to: the four Mục of Luật 10/2022 Chương II
    /// for communes, and the workplace (Chương III, IV).
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::RuleGroup;
    ///
    /// assert_eq!(RuleGroup::Disclosure.to_string(), "Công khai thông tin");
    /// assert_eq!("kiem tra, giam sat".parse::<RuleGroup>()?, RuleGroup::Oversight);
    /// assert!("bầu cử".parse::<RuleGroup>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum RuleGroup ("rule group", "Nhóm quy định") {
        /// **Công khai thông tin** — what is disclosed to the people (Điều 11–14).
        Disclosure = "disclosure", "Công khai thông tin", ["công khai"];
        /// **Nhân dân bàn và quyết định** — what the people discuss and decide (Điều 15–24).
        Decision = "decision", "Nhân dân bàn và quyết định", ["bàn và quyết định"];
        /// **Nhân dân tham gia ý kiến** — what the people are consulted on (Điều 25–29).
        Consultation = "consultation", "Nhân dân tham gia ý kiến", ["tham gia ý kiến"];
        /// **Nhân dân kiểm tra, giám sát** — inspection and supervision (Điều 30–45, 60, 77).
        Oversight = "oversight", "Nhân dân kiểm tra, giám sát", ["kiểm tra, giám sát"];
        /// **Dân chủ ở nơi làm việc** — democracy in agencies, units and enterprises (Chương
        /// III, IV).
        Workplace = "workplace", "Dân chủ ở nơi làm việc", ["nơi làm việc"];
    }
}

vocabulary! {
    /// **Mã quy định** — the stable identifier of each rule the crate enforces. The Vietnamese
    /// name is the rule's short title; [`RuleId::rule`] gives the whole [`Rule`].
    ///
    /// # Example
    /// ```
    /// use qcdc::Vocabulary;
    /// use qcdc::rules::RuleId;
    ///
    /// let id: RuleId = "decision_threshold_two_thirds".parse()?;
    /// assert_eq!(id.citation().to_string(), "Điều 21 Luật số 10/2022/QH15");
    /// assert_eq!(RuleId::ALL.len(), qcdc::rules::catalogue().len());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum RuleId ("rule", "Quy định") {
        /// Điều 12 k1: at least one of the forms of disclosure, none twice.
        DisclosureForms = "disclosure_forms", "Công khai bằng ít nhất một hình thức";
        /// Điều 12 k3: disclose within 05 working days of the decision (no other law setting the
        /// time). Saturdays and Sundays are skipped; public holidays are not known to the crate,
        /// so a late disclosure is a warning.
        DisclosureDeadline = "disclosure_deadline", "Công khai chậm nhất 05 ngày làm việc";
        /// Điều 13 k1: every content goes on the commune web portal where there is one.
        DisclosureWebPortal = "disclosure_web_portal", "Đăng tải trên trang thông tin điện tử cấp xã";
        /// Điều 13 k2: contents 1–3 and 5–12 posted at least 30 consecutive days.
        DisclosurePosting = "disclosure_posting", "Niêm yết ít nhất 30 ngày liên tục";
        /// Điều 13 k2: contents 4 and 13 posted permanently.
        DisclosurePostingPermanent = "disclosure_posting_permanent", "Niêm yết thường xuyên nội dung 4 và 13";
        /// Điều 13 k3: contents 7–12 on the loudspeakers at least 03 consecutive days.
        DisclosureLoudspeaker = "disclosure_loudspeaker", "Phát trên hệ thống loa ít nhất 03 ngày liên tục";
        /// Điều 17: contents 3–5 only at a meeting (except the ballot of Điều 19 k1 b).
        DecisionMeetingOnly = "decision_meeting_only", "Nội dung 3–5 quyết định tại cuộc họp";
        /// Điều 17: online voting only for content 6.
        DecisionOnlineOnlyOther = "decision_online_only_other", "Biểu quyết trực tuyến chỉ cho nội dung 6";
        /// Điều 18: cluster meetings only in a thôn/TDP of 200 households or more (or scattered).
        DecisionClusters = "decision_clusters", "Họp theo cụm khi có từ 200 hộ";
        /// NQLT 09/2008: cluster meetings only in a TDP of more than 200 households (until
        /// 30/06/2023).
        DecisionClusters2008 = "decision_clusters_2008", "Họp theo cụm khi có trên 200 hộ (trước 01/07/2023)";
        /// Điều 21: contents 1–2 need at least two thirds of ALL households.
        DecisionThresholdTwoThirds = "decision_threshold_two_thirds", "Nội dung 1–2: ít nhất 2/3 tổng số hộ tán thành";
        /// Điều 21: contents 3–6 need more than 50% of ALL households.
        DecisionThresholdMajority = "decision_threshold_majority", "Nội dung 3–6: trên 50% tổng số hộ tán thành";
        /// Pháp lệnh 34/2007 Điều 12 (with NQLT 09/2008): more than 50% of ALL voters or
        /// household representatives; a meeting is held with more than 50% present.
        DecisionThreshold2007 = "decision_threshold_2007", "Trên 50% tổng số cử tri hoặc đại diện hộ tán thành (trước 01/07/2023)";
        /// Điều 26: at least one form; dialogue with the citizens concerned only for content 8.
        ConsultationForms = "consultation_forms", "Hình thức lấy ý kiến Nhân dân";
        /// Điều 36: the commune Ban TTND has one member per thôn/TDP and at least 05.
        OversightCommuneBoardSize = "oversight_commune_board_size", "Ban TTND cấp xã: mỗi thôn, TDP một người, ít nhất 05";
        /// Điều 36: the commune Ban TTND's term follows the Trưởng thôn/Tổ trưởng TDP's.
        OversightCommuneBoardTerm = "oversight_commune_board_term", "Nhiệm kỳ Ban TTND cấp xã theo nhiệm kỳ Trưởng thôn, Tổ trưởng TDP";
        /// Điều 60 (agencies, units) and Điều 77 (state enterprises): 03–09 members, none where
        /// there are 07 staff or fewer.
        OversightWorkplaceBoardSize = "oversight_workplace_board_size", "Ban TTND ở cơ quan, đơn vị, doanh nghiệp: 03–09 thành viên";
        /// Điều 60 and Điều 77: a 2-year term.
        OversightWorkplaceBoardTerm = "oversight_workplace_board_term", "Nhiệm kỳ Ban TTND ở cơ quan, đơn vị, doanh nghiệp là 02 năm";
        /// Điều 41: a Ban GSĐTCĐ has at least 05 members.
        OversightInvestmentBoardSize = "oversight_investment_board_size", "Ban GSĐTCĐ: ít nhất 05 thành viên";
        /// Nghị định 59/2023 Điều 17 k2: at most 05 resident representatives.
        OversightInvestmentBoardResidents = "oversight_investment_board_residents", "Ban GSĐTCĐ: tối đa 05 đại diện người dân";
        /// Nghị định 59/2023 Điều 17 k3: at most 02 deputy heads.
        OversightInvestmentBoardDeputies = "oversight_investment_board_deputies", "Ban GSĐTCĐ: tối đa 02 Phó Trưởng ban";
        /// Điều 51 (agencies) and Điều 69 (state enterprises): a conference every year, within
        /// 03 months after the year; units of 07 or fewer may skip it.
        WorkplaceConferenceYearly = "workplace_conference_yearly", "Hội nghị cán bộ, công chức, viên chức, người lao động hằng năm";
        /// Điều 51 and Điều 69: the conference is valid with at least two thirds present.
        WorkplaceConferenceQuorum = "workplace_conference_quorum", "Hội nghị có ít nhất 2/3 số người được triệu tập tham dự";
        /// Điều 51 and Điều 69: delegates may attend instead of everyone only from 100 people.
        WorkplaceConferenceDelegates = "workplace_conference_delegates", "Hội nghị đại biểu khi có từ 100 người";
        /// Điều 51 and Điều 69: a resolution passes with more than 50% of those present.
        WorkplaceResolutionMajority = "workplace_resolution_majority", "Nghị quyết được trên 50% số người dự tán thành";
        /// Điều 73: a state enterprise holds a workplace dialogue every year.
        WorkplaceDialogueYearly = "workplace_dialogue_yearly", "Đối thoại tại nơi làm việc hằng năm";
    }
}

/// **Quy định** — one rule of the catalogue: what it is, where it comes from and when it is in
/// force. Build it with [`RuleId::rule`]; list them all with [`catalogue`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rule {
    /// **Mã** — the stable identifier.
    pub id: RuleId,
    /// **Nhóm** — the group.
    pub group: RuleGroup,
    /// **Phương châm** — the motto element the rule serves.
    pub motto: Motto,
    /// **Tên quy định** — the short title in Vietnamese.
    pub title_vi: &'static str,
    /// The short title in English.
    pub title_en: &'static str,
    /// **Căn cứ** — the article the rule comes from (the one its findings cite by default).
    pub citation: LegalReference,
    /// **Căn cứ khác** — other articles that state the same rule for other regimes (Điều 69
    /// for state enterprises beside Điều 51 for agencies).
    pub also_cites: Vec<LegalReference>,
    /// **Có hiệu lực từ** — the first day the rule applies.
    pub effective_from: NaiveDate,
    /// **Hết hiệu lực** — the last day it applied, if it has been replaced.
    pub effective_until: Option<NaiveDate>,
}

impl Rule {
    /// Whether the rule applies on `date`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::rules::RuleId;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert!(RuleId::DecisionThreshold2007.rule().applies_on(d(2023, 6, 30)));
    /// assert!(!RuleId::DecisionThreshold2007.rule().applies_on(d(2023, 7, 1)));
    /// ```
    pub fn applies_on(&self, date: NaiveDate) -> bool {
        self.effective_from <= date && self.effective_until.is_none_or(|until| date <= until)
    }
}

impl fmt::Display for Rule {
    /// `disclosure_loudspeaker — Phát trên hệ thống loa … (khoản 3 Điều 13 Luật số 10/2022/QH15)`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} — {} ({})",
            self.id.code(),
            self.title_vi,
            self.citation
        )
    }
}

/// The last day of the rules of Pháp lệnh 34/2007 and NQLT 09/2008.
fn ordinance_until() -> NaiveDate {
    LAW_10_2022_FROM
        .pred_opt()
        .expect("a day before 2023-07-01")
}

impl RuleId {
    /// The whole rule: group, motto element, citation, titles and effective dates.
    pub fn rule(self) -> Rule {
        use RuleId::*;
        let law = |a: u16| LUAT_10_2022.article(a);
        let (group, motto, title_en, citation, also_cites): (_, _, _, _, Vec<LegalReference>) =
            match self {
                DisclosureForms => (
                    RuleGroup::Disclosure,
                    Motto::DanBiet,
                    "Disclose by at least one of the forms",
                    law(12).clause(1),
                    vec![],
                ),
                DisclosureDeadline => (
                    RuleGroup::Disclosure,
                    Motto::DanBiet,
                    "Disclose within 5 working days",
                    law(12).clause(3),
                    vec![],
                ),
                DisclosureWebPortal => (
                    RuleGroup::Disclosure,
                    Motto::DanBiet,
                    "Publish on the commune web portal",
                    law(13).clause(1),
                    vec![],
                ),
                DisclosurePosting => (
                    RuleGroup::Disclosure,
                    Motto::DanBiet,
                    "Post for at least 30 consecutive days",
                    law(13).clause(2),
                    vec![],
                ),
                DisclosurePostingPermanent => (
                    RuleGroup::Disclosure,
                    Motto::DanBiet,
                    "Keep contents 4 and 13 posted permanently",
                    law(13).clause(2),
                    vec![],
                ),
                DisclosureLoudspeaker => (
                    RuleGroup::Disclosure,
                    Motto::DanBiet,
                    "Broadcast contents 7–12 for at least 3 consecutive days",
                    law(13).clause(3),
                    vec![],
                ),
                DecisionMeetingOnly => (
                    RuleGroup::Decision,
                    Motto::DanBan,
                    "Decide contents 3–5 at a meeting",
                    law(17),
                    vec![law(19).clause(1).point("b")],
                ),
                DecisionOnlineOnlyOther => (
                    RuleGroup::Decision,
                    Motto::DanBan,
                    "Vote online only on content 6",
                    law(17),
                    vec![],
                ),
                DecisionClusters => (
                    RuleGroup::Decision,
                    Motto::DanBan,
                    "Cluster meetings only from 200 households",
                    law(18),
                    vec![],
                ),
                DecisionClusters2008 => (
                    RuleGroup::Decision,
                    Motto::DanBan,
                    "Cluster meetings only above 200 households (before 1 July 2023)",
                    NQLT_09_2008.whole(),
                    vec![],
                ),
                DecisionThresholdTwoThirds => (
                    RuleGroup::Decision,
                    Motto::DanBan,
                    "Contents 1–2: at least two thirds of all households approve",
                    law(21),
                    vec![],
                ),
                DecisionThresholdMajority => (
                    RuleGroup::Decision,
                    Motto::DanBan,
                    "Contents 3–6: more than half of all households approve",
                    law(21),
                    vec![],
                ),
                DecisionThreshold2007 => (
                    RuleGroup::Decision,
                    Motto::DanBan,
                    "More than half of all voters or households approve (before 1 July 2023)",
                    PHAP_LENH_34_2007.article(12),
                    vec![PHAP_LENH_34_2007.article(11), NQLT_09_2008.whole()],
                ),
                ConsultationForms => (
                    RuleGroup::Consultation,
                    Motto::DanBan,
                    "Consult by at least one form; dialogue with the citizens concerned only for content 8",
                    law(26),
                    vec![],
                ),
                OversightCommuneBoardSize => (
                    RuleGroup::Oversight,
                    Motto::DanKiemTra,
                    "Commune Ban TTND: one member per thôn/TDP, at least 5",
                    law(36),
                    vec![],
                ),
                OversightCommuneBoardTerm => (
                    RuleGroup::Oversight,
                    Motto::DanKiemTra,
                    "Commune Ban TTND: term follows the Trưởng thôn/Tổ trưởng TDP",
                    law(36),
                    vec![],
                ),
                OversightWorkplaceBoardSize => (
                    RuleGroup::Oversight,
                    Motto::DanKiemTra,
                    "Workplace Ban TTND: 3 to 9 members, none with 7 staff or fewer",
                    law(60),
                    vec![law(77)],
                ),
                OversightWorkplaceBoardTerm => (
                    RuleGroup::Oversight,
                    Motto::DanKiemTra,
                    "Workplace Ban TTND: 2-year term",
                    law(60),
                    vec![law(77)],
                ),
                OversightInvestmentBoardSize => (
                    RuleGroup::Oversight,
                    Motto::DanGiamSat,
                    "Ban GSĐTCĐ: at least 5 members",
                    law(41),
                    vec![],
                ),
                OversightInvestmentBoardResidents => (
                    RuleGroup::Oversight,
                    Motto::DanGiamSat,
                    "Ban GSĐTCĐ: at most 5 resident representatives",
                    NGHI_DINH_59_2023.article(17).clause(2),
                    vec![],
                ),
                OversightInvestmentBoardDeputies => (
                    RuleGroup::Oversight,
                    Motto::DanGiamSat,
                    "Ban GSĐTCĐ: at most 2 deputy heads",
                    NGHI_DINH_59_2023.article(17).clause(3),
                    vec![],
                ),
                WorkplaceConferenceYearly => (
                    RuleGroup::Workplace,
                    Motto::DanBan,
                    "Yearly staff or workers' conference within 3 months after the year",
                    law(51),
                    vec![law(69)],
                ),
                WorkplaceConferenceQuorum => (
                    RuleGroup::Workplace,
                    Motto::DanBan,
                    "Conference valid with at least two thirds present",
                    law(51),
                    vec![law(69)],
                ),
                WorkplaceConferenceDelegates => (
                    RuleGroup::Workplace,
                    Motto::DanBan,
                    "Delegates' conference only from 100 people",
                    law(51),
                    vec![law(69)],
                ),
                WorkplaceResolutionMajority => (
                    RuleGroup::Workplace,
                    Motto::DanBan,
                    "Resolutions pass with more than half of those present",
                    law(51),
                    vec![law(69)],
                ),
                WorkplaceDialogueYearly => (
                    RuleGroup::Workplace,
                    Motto::DanBan,
                    "Yearly workplace dialogue in state enterprises",
                    law(73),
                    vec![],
                ),
            };
        let (effective_from, effective_until) = match self {
            DecisionClusters2008 | DecisionThreshold2007 => {
                (ORDINANCE_34_2007_FROM, Some(ordinance_until()))
            }
            OversightInvestmentBoardResidents | OversightInvestmentBoardDeputies => {
                (NGHI_DINH_59_2023.in_force.unwrap_or(LAW_10_2022_FROM), None)
            }
            _ => (LAW_10_2022_FROM, None),
        };
        Rule {
            id: self,
            group,
            motto,
            title_vi: self.name_vi(),
            title_en,
            citation,
            also_cites,
            effective_from,
            effective_until,
        }
    }

    /// The article the rule's findings cite.
    pub fn citation(self) -> LegalReference {
        self.rule().citation
    }

    /// Whether the rule applies on `date`.
    pub fn applies_on(self, date: NaiveDate) -> bool {
        self.rule().applies_on(date)
    }

    /// A finding of this rule at `path` with `code`, its citation filled in.
    pub fn violation(self, path: &Pointer, code: Code) -> Violation {
        Violation::new(path, code).cite(self.citation())
    }
}

/// **Danh mục quy định** — every rule of the crate, in the order of the law.
///
/// # Example
/// ```
/// for rule in qcdc::rules::catalogue() {
///     println!("{rule}");
/// }
/// ```
pub fn catalogue() -> Vec<Rule> {
    RuleId::ALL.iter().map(|id| id.rule()).collect()
}

/// The rules of one group.
pub fn in_group(group: RuleGroup) -> Vec<Rule> {
    RuleId::ALL
        .iter()
        .map(|id| id.rule())
        .filter(|r| r.group == group)
        .collect()
}

/// The earliest date a record of the crate may carry: 02/09/1945, the founding of the state.
/// Earlier dates (a year 0 typed by mistake) are reported as out of range.
pub const EARLIEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1945, 9, 2) {
    Some(d) => d,
    None => panic!("valid date"),
};

/// Checks a date of a record: not before [`EARLIEST_DATE`] (`date_outside`), not after the
/// context's "as of" date (`date_in_future`).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::rules::check_date;
/// use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport};
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
/// let mut report = ValidationReport::new();
/// check_date(&Pointer::root().key("date"), NaiveDate::from_ymd_opt(2024, 5, 1).unwrap(), &ctx, &mut report);
/// assert!(report.is_valid());
/// check_date(&Pointer::root().key("date"), NaiveDate::from_ymd_opt(0, 5, 1).unwrap(), &ctx, &mut report);
/// assert_eq!(report.error_codes(), [Code::DateOutside]);
/// ```
pub fn check_date(
    path: &Pointer,
    date: NaiveDate,
    ctx: &ValidationContext,
    report: &mut ValidationReport,
) {
    if date < EARLIEST_DATE {
        report.error(
            Violation::new(path, Code::DateOutside)
                .date_param("date", date)
                .date_param("start", EARLIEST_DATE)
                .date_param("end", ctx.as_of()),
        );
    } else {
        report.check_not_future(path, date, ctx);
    }
}

/// Warns once that the rules in force on `date` are not modelled (the date is before `from`).
pub(crate) fn warn_not_modelled(
    path: &Pointer,
    date: NaiveDate,
    from: NaiveDate,
    report: &mut ValidationReport,
) {
    if date >= EARLIEST_DATE && date < from {
        report.warn(
            Violation::new(path, Code::RulesNotModelled)
                .date_param("date", date)
                .date_param("from", from),
        );
    }
}

/// Records a unit that is not at `level` (a disclosure by a district, a Ban TTND of a thôn).
pub(crate) fn check_unit_level(
    unit: &crate::org::AdminUnit,
    level: crate::org::AdminLevel,
    path: &Pointer,
    report: &mut ValidationReport,
) {
    if unit.level() != level {
        report.error(
            Violation::new(&path.key("kind"), Code::KindNotAtLevel)
                .param("kind", unit.kind.name_vi())
                .param("level", level.name_vi().to_lowercase()),
        );
    }
}

/// Records a duplicate in a list of vocabulary values (e.g. a form listed twice).
pub(crate) fn check_distinct<T: Vocabulary + std::hash::Hash>(
    list: &[T],
    path: &Pointer,
    report: &mut ValidationReport,
) {
    let mut seen = crate::validate::FirstSeen::with_capacity(list.len());
    for (i, v) in list.iter().enumerate() {
        if let Some(first) = seen.repeat_of(v, i) {
            report.error(
                Violation::new(&path.index(i), Code::Duplicate)
                    .param("value", v.name_vi())
                    .param("first", path.index(first).as_str()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_are_well_formed() {
        crate::vocabulary::assert_well_formed::<RuleGroup>();
        crate::vocabulary::assert_well_formed::<RuleId>();
    }

    #[test]
    fn every_rule_has_a_citation_with_an_article_and_sane_dates() {
        for rule in catalogue() {
            assert!(
                rule.citation.article.is_some() || rule.citation.document == NQLT_09_2008,
                "{rule}"
            );
            if let Some(until) = rule.effective_until {
                assert!(rule.effective_from <= until, "{rule}");
            }
            assert!(!rule.title_en.is_empty());
        }
    }

    #[test]
    fn groups_partition_the_catalogue() {
        let total: usize = RuleGroup::ALL.iter().map(|g| in_group(*g).len()).sum();
        assert_eq!(total, catalogue().len());
        assert!(RuleGroup::ALL.iter().all(|g| !in_group(*g).is_empty()));
    }
}
