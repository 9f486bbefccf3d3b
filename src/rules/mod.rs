//! **Các quy định thực hiện dân chủ ở cơ sở** — the rules of grassroots democracy as code: a
//! catalogue of [`Rule`]s, each with its group, the motto element it serves, its citation and
//! the dates it is in force, and the typed documents checked against them.
//!
//! | Group | Documents | Articles |
//! |---|---|---|
//! | [`RuleGroup::Disclosure`] (công khai) | [`Disclosure`] | Luật 10/2022 Điều 11–13 |
//! | [`RuleGroup::Decision`] (bàn và quyết định) | [`CommunityDecision`], [`CommuneWideDecision`] | Điều 15–21; Nghị định 59/2023 Điều 4–5; Pháp lệnh 34/2007 before 01/07/2023 |
//! | [`RuleGroup::Consultation`] (tham gia ý kiến) | [`Consultation`] | Điều 25–26 |
//! | [`RuleGroup::Oversight`] (kiểm tra, giám sát) | [`OversightBoard`] | Điều 36, 41, 60, 77; Nghị định 59/2023 Điều 17 |
//! | [`RuleGroup::Workplace`] (nơi làm việc) | [`WorkplaceDemocracy`] | Điều 51, 69, 73 |
//!
//! Every finding a rule produces is a [`Violation`] with the rule's citation filled in. Findings
//! about what the law forbids or requires — a late disclosure, an unlawful ballot, a board of
//! the wrong size — are *breaches* ([`ValidationReport::breaches`]): the record stays valid data
//! about them. Findings that make the data impossible (counts that contradict each other, a
//! recorded result the counts contradict, a missing figure a rule needs) are *errors*. The per-record checks (`check_*` functions and `check` methods) take a
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

mod attachment;
mod commune_wide;
mod consultation;
mod decision;
mod disclosure;
mod oversight;
mod workplace;

pub use attachment::{Attachment, MAX_REFERENCE};
pub use commune_wide::{
    CommuneWideDecision, CommuneWideVerdict, MAX_COMMUNE_VOTES, RECOGNITION_WORKING_DAYS,
};
pub use consultation::{
    Consultation, ConsultationForm, ConsultationItem, check_consultation_forms,
};
pub use decision::{
    BallotReason, CLUSTER_MIN_HOUSEHOLDS, CLUSTER_MIN_HOUSEHOLDS_2008, CommunityDecision,
    DecisionError, DecisionForm, DecisionItem, MatterValue, Outcome, Threshold, Verdict, Votes,
    check_ballot_reason, check_decision_form, decide,
};
pub use disclosure::{
    CommuneDisclosure, CommuneMeans, Disclosure, DisclosureDuration, DisclosureForm,
    DisclosureItem, MAX_SUMMARY, MIN_BROADCAST_DAYS, MIN_POSTING_DAYS, add_working_days,
    check_disclosure_forms,
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
        /// time); a later disclosure is a breach. Working days of Vietnam's calendar
        /// ([`crate::calendar::WorkingCalendar`]): weekends, public holidays and the official
        /// schedules skipped.
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
        /// Nghị định 59/2023 Điều 4 k1 (from 15/08/2023): a ballot chosen by the commune chair only
        /// for a matter implemented commune-wide (Điều 19 k1 a); one decided by the Trưởng
        /// thôn/Tổ trưởng only for content 6 within the thôn/TDP (Điều 19 k1 c).
        DecisionBallotReason = "decision_ballot_reason", "Trường hợp phát phiếu lấy ý kiến hộ gia đình";
        /// Nghị định 59/2023 Điều 5 k2 c: an online vote only once more than 50% of all household
        /// representatives chose that route.
        DecisionOnlinePrecondition = "decision_online_precondition", "Biểu quyết trực tuyến khi trên 50% đại diện hộ lựa chọn";
        /// Điều 18: cluster meetings only in a thôn/TDP of 200 households or more (or scattered).
        DecisionClusters = "decision_clusters", "Họp theo cụm khi có từ 200 hộ";
        /// NQLT 09/2008: cluster meetings only in a TDP of more than 200 households (until
        /// 30/06/2023).
        DecisionClusters2008 = "decision_clusters_2008", "Họp theo cụm khi có trên 200 hộ (trước 01/07/2023)";
        /// Điều 21: contents 1–2 need at least two thirds of ALL households.
        DecisionThresholdTwoThirds = "decision_threshold_two_thirds", "Nội dung 1–2: ít nhất 2/3 tổng số hộ tán thành";
        /// Điều 21: contents 3–6 need more than 50% of ALL households.
        DecisionThresholdMajority = "decision_threshold_majority", "Nội dung 3–6: trên 50% tổng số hộ tán thành";
        /// Điều 21 k1 ¶2: contents 1–2 implemented commune-wide need at least two thirds of ALL
        /// the thôn/TDP of the commune approving, each judged by its own household vote.
        DecisionCommuneWide = "decision_commune_wide", "Nội dung 1–2 phạm vi cấp xã: ít nhất 2/3 tổng số thôn, tổ dân phố tán thành";
        /// Điều 21 k2: the UBND xã recognises a decision (or refuses in writing) within 05 working
        /// days of receiving the results.
        DecisionRecognitionDeadline = "decision_recognition_deadline", "Công nhận kết quả trong 05 ngày làm việc";
        /// Pháp lệnh 34/2007 Điều 12 (with NQLT 09/2008): more than 50% of ALL voters or
        /// household representatives; a meeting is held with more than 50% present.
        DecisionThreshold2007 = "decision_threshold_2007", "Trên 50% tổng số cử tri hoặc đại diện hộ tán thành (trước 01/07/2023)";
        /// Điều 26: at least one form; dialogue with the citizens concerned only for content 8.
        ConsultationForms = "consultation_forms", "Hình thức lấy ý kiến Nhân dân";
        /// Điều 36 k1 and Nghị định 59/2023 Điều 13 k2: the commune Ban TTND has one member per
        /// thôn/TDP (no more, no fewer), exactly 05 where there are fewer than 05 thôn/TDP.
        OversightCommuneBoardSize = "oversight_commune_board_size", "Ban TTND cấp xã: mỗi thôn, TDP một người, ít nhất 05";
        /// Nghị định 59/2023 Điều 13 k3: at most 02 deputy heads of the commune Ban TTND.
        OversightCommuneBoardDeputies = "oversight_commune_board_deputies", "Ban TTND cấp xã: tối đa 02 Phó Trưởng ban";
        /// Điều 36: the commune Ban TTND's term follows the Trưởng thôn/Tổ trưởng TDP's.
        OversightCommuneBoardTerm = "oversight_commune_board_term", "Nhiệm kỳ Ban TTND cấp xã theo nhiệm kỳ Trưởng thôn, Tổ trưởng TDP";
        /// Điều 60 k1 (agencies, units) and Điều 77 k1 (state enterprises): 03–09 members, more
        /// than 09 allowed in a special or dispersed unit.
        OversightWorkplaceBoardSize = "oversight_workplace_board_size", "Ban TTND ở cơ quan, đơn vị, doanh nghiệp: 03–09 thành viên";
        /// Điều 60 k1 only (agencies and public service units): no Ban TTND with 07 staff or
        /// fewer. Điều 77 has no such rule for state enterprises.
        OversightWorkplaceNoBoardSmallUnit = "oversight_workplace_no_board_small_unit", "Không thành lập Ban TTND ở cơ quan, đơn vị có từ 07 người trở xuống";
        /// Nghị định 59/2023 Điều 21 k3 (agencies, units) and Điều 25 k2 (state enterprises): at
        /// most 02 deputy heads.
        OversightWorkplaceBoardDeputies = "oversight_workplace_board_deputies", "Ban TTND ở cơ quan, đơn vị, doanh nghiệp: tối đa 02 Phó Trưởng ban";
        /// Điều 60 and Điều 77: a 2-year term.
        OversightWorkplaceBoardTerm = "oversight_workplace_board_term", "Nhiệm kỳ Ban TTND ở cơ quan, đơn vị, doanh nghiệp là 02 năm";
        /// Điều 41 k1: a Ban GSĐTCĐ has at least 05 members.
        OversightInvestmentBoardSize = "oversight_investment_board_size", "Ban GSĐTCĐ: ít nhất 05 thành viên";
        /// Điều 41 k1 (with Nghị định 59/2023 Điều 17): the Ban GSĐTCĐ includes representatives of
        /// the Ủy ban MTTQ xã, of the Ban TTND and of the residents concerned.
        OversightInvestmentBoardComposition = "oversight_investment_board_composition", "Ban GSĐTCĐ: có đại diện Ủy ban MTTQ, Ban TTND và người dân";
        /// Nghị định 59/2023 Điều 17 k2: at most 05 resident representatives.
        OversightInvestmentBoardResidents = "oversight_investment_board_residents", "Ban GSĐTCĐ: tối đa 05 đại diện người dân";
        /// Nghị định 59/2023 Điều 17 k3: at most 02 deputy heads.
        OversightInvestmentBoardDeputies = "oversight_investment_board_deputies", "Ban GSĐTCĐ: tối đa 02 Phó Trưởng ban";
        /// Điều 51 k1 (agencies, units: after the năm công tác) and Điều 69 k1 (state
        /// enterprises: after the năm tài chính): a conference every year, within 03 months after
        /// the end of that year; only Điều 51 k2 đ lets a unit of 07 or fewer skip it.
        WorkplaceConferenceYearly = "workplace_conference_yearly", "Hội nghị cán bộ, công chức, viên chức, người lao động hằng năm";
        /// Điều 51 and Điều 69: the conference is valid with at least two thirds present.
        WorkplaceConferenceQuorum = "workplace_conference_quorum", "Hội nghị có ít nhất 2/3 số người được triệu tập tham dự";
        /// Điều 51 k2 b and Điều 69 k2 b: delegates may attend instead of everyone from 100
        /// people, or below that when the staff work dispersed or cannot leave their posts.
        WorkplaceConferenceDelegates = "workplace_conference_delegates", "Hội nghị đại biểu khi có từ 100 người";
        /// Điều 51 and Điều 69: a resolution passes with more than 50% of those present.
        WorkplaceResolutionMajority = "workplace_resolution_majority", "Nghị quyết được trên 50% số người dự tán thành";
        /// Điều 73: a state enterprise holds a workplace dialogue every year.
        WorkplaceDialogueYearly = "workplace_dialogue_yearly", "Đối thoại tại nơi làm việc hằng năm";
    }
}

vocabulary! {
    /// **Đối chiếu văn bản sửa đổi năm 2025** — whether a rule, for dates from 01/07/2025, has
    /// been checked against the text as amended by Luật 97/2025/QH15 and Luật 47/2024/QH15 (both
    /// in force 01/07/2025; Luật 97/2025 Điều 4 rewrote some 31 of the 91 articles of Luật
    /// 10/2022 per the bill's report).
    ///
    /// Neither the amending article nor a consolidated text (văn bản hợp nhất) of Luật 10/2022
    /// could be found in the sources searched for this release, so every rule in force after
    /// 30/06/2025 says [`AmendmentCheck::Unchecked`]: it applies the original wording, which may
    /// have changed. Rules that ended before 01/07/2025 say [`AmendmentCheck::NotApplicable`].
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::{AmendmentCheck, RuleId};
    ///
    /// assert_eq!(RuleId::DisclosureDeadline.rule().amendment_check, AmendmentCheck::Unchecked);
    /// assert_eq!(RuleId::DecisionThreshold2007.rule().amendment_check, AmendmentCheck::NotApplicable);
    /// assert_eq!("chua doi chieu".parse::<AmendmentCheck>()?, AmendmentCheck::Unchecked);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum AmendmentCheck ("amendment check", "Đối chiếu văn bản sửa đổi năm 2025") {
        /// **Chưa đối chiếu** — not yet checked against the amended text: the rule applies the
        /// original wording after 01/07/2025.
        Unchecked = "unchecked", "Chưa đối chiếu với văn bản sửa đổi năm 2025", ["chưa đối chiếu"];
        /// **Đã đối chiếu, không sửa đổi** — checked: the article was not changed.
        Unchanged = "unchanged", "Đã đối chiếu: không bị sửa đổi";
        /// **Đã đối chiếu, đã cập nhật** — checked: the article was changed and the rule follows
        /// the new wording.
        Updated = "updated", "Đã đối chiếu: đã cập nhật theo văn bản sửa đổi";
        /// **Không áp dụng** — the rule ended before 01/07/2025.
        NotApplicable = "not_applicable", "Không áp dụng (hết hiệu lực trước 01/07/2025)";
    }
}

/// **Quy định** — one rule of the catalogue: what it is, where it comes from and when it is in
/// force. Build it with [`RuleId::rule`]; list them all with [`catalogue`].
///
/// Serialises every field; deserialises by its `id` alone, from the crate's catalogue (the
/// other members are what the catalogue says of that id, so they are not read back), which
/// keeps a stored rule equal to the crate's.
///
/// # Example
/// ```
/// use qcdc::rules::{Rule, RuleId};
///
/// let rule = RuleId::DecisionThresholdTwoThirds.rule();
/// let json = serde_json::to_string(&rule)?;
/// assert_eq!(serde_json::from_str::<Rule>(&json)?, rule);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
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
    /// **Văn bản được mã hóa** — the text the rule encodes: its document as issued ("Luật số
    /// 10/2022/QH15, văn bản ngày 10/11/2022"); see [`Rule::text_encoded`].
    pub text_issued: Option<NaiveDate>,
    /// **Đối chiếu văn bản sửa đổi** — whether, for dates from 01/07/2025, the rule was checked
    /// against the text as amended by Luật 97/2025/QH15 and Luật 47/2024/QH15.
    pub amendment_check: AmendmentCheck,
}

impl<'de> serde::Deserialize<'de> for Rule {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// The member a rule is read back from; the others are ignored.
        #[derive(serde::Deserialize)]
        struct Wire {
            id: RuleId,
        }
        Ok(Wire::deserialize(d)?.id.rule())
    }
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

    /// The text the rule encodes, in Vietnamese: the document of its citation and the date of
    /// that text.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::RuleId;
    ///
    /// assert_eq!(
    ///     RuleId::DisclosurePosting.rule().text_encoded(),
    ///     "Luật số 10/2022/QH15, văn bản ngày 10/11/2022"
    /// );
    /// ```
    pub fn text_encoded(&self) -> String {
        match self.text_issued {
            Some(date) => format!(
                "{}, văn bản ngày {}",
                self.citation.document,
                date.format("%d/%m/%Y")
            ),
            None => format!("{}, văn bản gốc", self.citation.document),
        }
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

/// The day Luật 97/2025/QH15 and Luật 47/2024/QH15 amended Luật 10/2022 (01/07/2025).
fn amendments_2025_from() -> NaiveDate {
    crate::legal::LUAT_97_2025
        .in_force
        .unwrap_or(crate::legal::TWO_LEVEL_GOVERNMENT_FROM)
}

/// The first day of the rules of Nghị định 59/2023/NĐ-CP (15/08/2023).
pub(crate) fn decree_59_from() -> NaiveDate {
    NGHI_DINH_59_2023.in_force.unwrap_or(LAW_10_2022_FROM)
}

/// The last day of the rules of Pháp lệnh 34/2007 and NQLT 09/2008.
fn ordinance_until() -> NaiveDate {
    LAW_10_2022_FROM
        .pred_opt()
        .expect("a day before 2023-07-01")
}

impl RuleId {
    /// The whole rule: group, motto element, citation, titles and effective dates.
    ///
    /// # Example
    /// ```
    /// use qcdc::motto::Motto;
    /// use qcdc::rules::{RuleGroup, RuleId};
    ///
    /// let rule = RuleId::DisclosureDeadline.rule();
    /// assert_eq!((rule.group, rule.motto), (RuleGroup::Disclosure, Motto::DanBiet));
    /// assert_eq!(rule.citation.to_string(), "khoản 3 Điều 12 Luật số 10/2022/QH15");
    /// assert_eq!(rule.effective_from.to_string(), "2023-07-01");
    /// ```
    pub fn rule(self) -> Rule {
        use RuleId::*;
        let law = |a: u16| LUAT_10_2022.article(a);
        let nd59 = |a: u16| NGHI_DINH_59_2023.article(a);
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
                DecisionBallotReason => (
                    RuleGroup::Decision,
                    Motto::DanBan,
                    "Household ballots only in the cases the decree gives",
                    nd59(4).clause(1),
                    vec![law(19).clause(1)],
                ),
                DecisionOnlinePrecondition => (
                    RuleGroup::Decision,
                    Motto::DanBan,
                    "Online vote only after more than half of all households chose it",
                    nd59(5).clause(2).point("c"),
                    vec![law(17)],
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
                DecisionCommuneWide => (
                    RuleGroup::Decision,
                    Motto::DanBan,
                    "Contents 1–2 commune-wide: at least two thirds of all thôn/TDP approve",
                    law(21).clause(1),
                    vec![nd59(4).clause(6).point("c")],
                ),
                DecisionRecognitionDeadline => (
                    RuleGroup::Decision,
                    Motto::DanBan,
                    "Results recognised within 5 working days of receipt",
                    law(21).clause(2),
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
                    "Commune Ban TTND: one member per thôn/TDP, exactly 5 under 5 thôn/TDP",
                    law(36).clause(1),
                    vec![nd59(13).clause(2)],
                ),
                OversightCommuneBoardDeputies => (
                    RuleGroup::Oversight,
                    Motto::DanKiemTra,
                    "Commune Ban TTND: at most 2 deputy heads",
                    nd59(13).clause(3),
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
                    "Workplace Ban TTND: 3 to 9 members, more in special or dispersed units",
                    law(60).clause(1),
                    vec![law(77).clause(1), nd59(21).clause(2), nd59(25).clause(2)],
                ),
                OversightWorkplaceNoBoardSmallUnit => (
                    RuleGroup::Oversight,
                    Motto::DanKiemTra,
                    "No Ban TTND in an agency or unit of 7 staff or fewer",
                    law(60).clause(1),
                    vec![],
                ),
                OversightWorkplaceBoardDeputies => (
                    RuleGroup::Oversight,
                    Motto::DanKiemTra,
                    "Workplace Ban TTND: at most 2 deputy heads",
                    nd59(21).clause(3),
                    vec![nd59(25).clause(2)],
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
                    law(41).clause(1),
                    vec![],
                ),
                OversightInvestmentBoardComposition => (
                    RuleGroup::Oversight,
                    Motto::DanGiamSat,
                    "Ban GSĐTCĐ: representatives of the MTTQ, the Ban TTND and the residents",
                    law(41).clause(1),
                    vec![nd59(17)],
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
                    "Yearly staff or workers' conference within 3 months after the working or financial year",
                    law(51).clause(1),
                    vec![law(69).clause(1), law(51).clause(2).point("đ")],
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
                    "Delegates' conference from 100 people, or below when staff are dispersed",
                    law(51).clause(2).point("b"),
                    vec![law(69).clause(2).point("b")],
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
            OversightInvestmentBoardResidents
            | OversightInvestmentBoardDeputies
            | OversightCommuneBoardDeputies
            | OversightWorkplaceBoardDeputies
            | DecisionBallotReason
            | DecisionOnlinePrecondition => (decree_59_from(), None),
            _ => (LAW_10_2022_FROM, None),
        };
        // No rule has been checked against the 2025 amendments yet (see `AmendmentCheck`).
        let amendment_check = if effective_until.is_some_and(|until| until < amendments_2025_from())
        {
            AmendmentCheck::NotApplicable
        } else {
            AmendmentCheck::Unchecked
        };
        Rule {
            id: self,
            group,
            motto,
            title_vi: self.name_vi(),
            title_en,
            text_issued: citation.document.issued,
            citation,
            also_cites,
            effective_from,
            effective_until,
            amendment_check,
        }
    }

    /// The article the rule's findings cite.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::RuleId;
    ///
    /// assert_eq!(
    ///     RuleId::OversightInvestmentBoardResidents.citation().to_string(),
    ///     "khoản 2 Điều 17 Nghị định số 59/2023/NĐ-CP"
    /// );
    /// ```
    pub fn citation(self) -> LegalReference {
        self.rule().citation
    }

    /// Whether the rule applies on `date`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::rules::RuleId;
    ///
    /// // A rule of Nghị định 59/2023, in force 15/08/2023.
    /// let rule = RuleId::OversightInvestmentBoardResidents;
    /// assert!(rule.applies_on(NaiveDate::from_ymd_opt(2023, 8, 15).unwrap()));
    /// assert!(!rule.applies_on(NaiveDate::from_ymd_opt(2023, 8, 14).unwrap()));
    /// ```
    pub fn applies_on(self, date: NaiveDate) -> bool {
        self.rule().applies_on(date)
    }

    /// A finding of this rule at `path` with `code`, its citation filled in.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::RuleId;
    /// use qcdc::validate::{Code, Pointer};
    ///
    /// let v = RuleId::DisclosureDeadline.violation(&Pointer::root().key("disclosed_on"), Code::TooLate);
    /// assert_eq!(v.path, "/disclosed_on");
    /// assert_eq!(v.citation.unwrap().to_string(), "khoản 3 Điều 12 Luật số 10/2022/QH15");
    /// ```
    pub fn violation(self, path: &Pointer, code: Code) -> Violation {
        Violation::new(path, code).cite(self.citation())
    }
}

/// **Danh mục quy định** — every rule of the crate, in the order of the law.
///
/// # Example
/// ```
/// use qcdc::Vocabulary;
/// use qcdc::rules::{self, RuleId};
///
/// let all = rules::catalogue();
/// assert_eq!(all.len(), RuleId::ALL.len());
/// assert_eq!(all[0].id, RuleId::DisclosureForms);
/// assert!(all.iter().all(|rule| rule.applies_on(rule.effective_from)));
/// for rule in &all {
///     println!("{rule}");
/// }
/// ```
pub fn catalogue() -> Vec<Rule> {
    RuleId::ALL.iter().map(|id| id.rule()).collect()
}

/// The rules of one group.
///
/// # Example
/// ```
/// use qcdc::rules::{RuleGroup, RuleId, in_group};
///
/// let workplace = in_group(RuleGroup::Workplace);
/// assert!(workplace.iter().all(|r| r.group == RuleGroup::Workplace));
/// assert!(workplace.iter().any(|r| r.id == RuleId::WorkplaceDialogueYearly));
/// assert!(!workplace.iter().any(|r| r.id == RuleId::DisclosureDeadline));
/// ```
pub fn in_group(group: RuleGroup) -> Vec<Rule> {
    RuleId::ALL
        .iter()
        .map(|id| id.rule())
        .filter(|r| r.group == group)
        .collect()
}

/// The earliest date a record of the crate may carry (02/09/1945); see
/// [`validate::EARLIEST_DATE`](crate::validate::EARLIEST_DATE).
pub use crate::validate::EARLIEST_DATE;

/// Checks a date of a record: not before [`EARLIEST_DATE`] (`date_outside`), not after the
/// context's "as of" date (`date_in_future`); the same as
/// [`ValidationReport::check_record_date`].
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
    report.check_record_date(path, date, ctx);
}

/// Warns once that the rules in force on `date` are not modelled (the date is before `from`).
pub(crate) fn warn_not_modelled(
    path: &impl crate::validate::At,
    date: NaiveDate,
    from: NaiveDate,
    report: &mut ValidationReport,
) {
    if date >= EARLIEST_DATE && date < from {
        report.warn(
            Violation::new(&path.pointer(), Code::RulesNotModelled)
                .date_param("date", date)
                .date_param("from", from),
        );
    }
}

/// Records a unit that is not at `level` (a disclosure by a district, a Ban TTND of a thôn).
pub(crate) fn check_unit_level(
    unit: &crate::org::AdminUnit,
    level: crate::org::AdminLevel,
    path: &impl crate::validate::At,
    report: &mut ValidationReport,
) {
    if unit.level() != level {
        report.error(
            Violation::new(&path.pointer().key("kind"), Code::KindNotAtLevel)
                .param("kind", unit.kind.name_vi())
                .param("level", level.name_vi().to_lowercase()),
        );
    }
}

/// The length up to which [`check_distinct`] compares each value with those before it.
const SHORT_LIST: usize = 16;

/// Records a duplicate in a list of vocabulary values (e.g. a form listed twice).
pub(crate) fn check_distinct<T: Vocabulary + std::hash::Hash>(
    list: &[T],
    path: &impl crate::validate::At,
    report: &mut ValidationReport,
) {
    // The lists are a handful of values (forms, means): compared with the values before them,
    // without a table to allocate, unless a list is long.
    let mut seen =
        (list.len() > SHORT_LIST).then(|| crate::validate::FirstSeen::with_capacity(list.len()));
    for (i, v) in list.iter().enumerate() {
        let repeat = match &mut seen {
            Some(seen) => seen.repeat_of(v, i),
            None => list[..i].iter().position(|earlier| earlier == v),
        };
        if let Some(first) = repeat {
            let path = path.pointer();
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
    fn distinct_values_are_checked_alike_in_short_and_long_lists() {
        use crate::vocabulary::Vocabulary;
        let forms = disclosure::DisclosureForm::ALL;
        // Lists of every length around the switch to a table, their values picked by a fixed
        // pseudo-random sequence: each repeat points at the value's first index.
        let mut state = 7_u32;
        for len in 0..=(SHORT_LIST + 8) {
            let list: Vec<_> = (0..len)
                .map(|_| {
                    state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    forms[(state >> 16) as usize % forms.len()]
                })
                .collect();
            let mut report = ValidationReport::new();
            check_distinct(&list, &Pointer::root(), &mut report);
            let found: Vec<(String, String)> = report
                .errors()
                .iter()
                .map(|v| {
                    (
                        v.path.clone(),
                        v.params["first"].as_str().unwrap().to_owned(),
                    )
                })
                .collect();
            let expected: Vec<(String, String)> = (0..len)
                .filter_map(|i| {
                    let first = list.iter().position(|f| *f == list[i])?;
                    (first < i).then(|| (format!("/{i}"), format!("/{first}")))
                })
                .collect();
            assert_eq!(found, expected, "{list:?}");
        }
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
    fn every_rule_states_its_text_and_2025_check() {
        for rule in catalogue() {
            let ended_before_2025 = rule
                .effective_until
                .is_some_and(|until| until < amendments_2025_from());
            let expected = if ended_before_2025 {
                AmendmentCheck::NotApplicable
            } else {
                AmendmentCheck::Unchecked
            };
            assert_eq!(rule.amendment_check, expected, "{rule}");
            assert!(
                rule.text_encoded()
                    .starts_with(&rule.citation.document.to_string())
            );
        }
        assert!(
            RuleId::DisclosureForms
                .rule()
                .text_encoded()
                .ends_with("10/11/2022")
        );
    }

    #[test]
    fn groups_partition_the_catalogue() {
        let total: usize = RuleGroup::ALL.iter().map(|g| in_group(*g).len()).sum();
        assert_eq!(total, catalogue().len());
        assert!(RuleGroup::ALL.iter().all(|g| !in_group(*g).is_empty()));
    }
}
