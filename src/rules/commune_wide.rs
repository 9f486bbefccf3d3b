//! **Nhân dân bàn và quyết định trên phạm vi cấp xã** — a matter of contents 1–2 implemented
//! commune-wide (Luật 10/2022 Điều 21 k1 ¶2): adopted when at least two thirds of ALL the
//! thôn/TDP of the commune approve, each judged by its own household vote; then recognised by the
//! UBND xã within 05 working days of receiving the results (Điều 21 k2), from which day it takes
//! effect.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    CommunityDecision, DecisionError, DecisionItem, Outcome, RuleId, Threshold, add_working_days,
    check_date,
};
use crate::legal::LAW_10_2022_FROM;
use crate::org::{AdminLevel, AdminUnit};
use crate::text::fold;
use crate::validate::{Code, Pointer, Validate, ValidationContext, ValidationReport, Violation};
use crate::vocabulary::Vocabulary;

/// The working days the UBND xã has to recognise (or refuse in writing) the results it received
/// (Điều 21 k2).
pub const RECOGNITION_WORKING_DAYS: u32 = 5;
/// The most thôn/TDP votes one commune-wide decision holds.
pub const MAX_COMMUNE_VOTES: usize = 1000;

/// **Kết luận biểu quyết phạm vi cấp xã** — the verdict on a commune-wide matter: how many
/// thôn/TDP approved, how many were needed, and the outcome. An output record (non-exhaustive).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::rules::{CommuneWideDecision, CommunityDecision, DecisionForm, DecisionItem, Outcome, Votes};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let vote = |thon: &str, approving| {
///     let votes = Votes::new(90, 80, approving).unwrap();
///     let mut v = CommunityDecision::new(AdminUnit::new(UnitKind::Thon, thon), d(2024, 5, 12),
///         DecisionItem::InfrastructureContribution, "Mức đóng góp làm đường liên thôn", DecisionForm::Meeting, votes);
///     v.commune_wide = true;
///     v
/// };
/// let road = CommuneWideDecision {
///     commune: AdminUnit::new(UnitKind::Xa, "Tân Mỹ"),
///     item: DecisionItem::InfrastructureContribution,
///     summary: "Mức đóng góp làm đường liên thôn".into(),
///     residential_units_total: 4,
///     votes: vec![vote("Mỹ Cầu", 60), vote("Mỹ Hà", 70), vote("Mỹ Độ", 50)],
///     results_received_on: None, recognised_on: None, result: None,
/// };
/// // Two of four thôn approve; three (2/3 of 4, rounded up) were needed. The thôn that did not
/// // vote counts against.
/// let verdict = road.verdict()?;
/// assert_eq!((verdict.approving, verdict.required, verdict.total), (2, 3, 4));
/// assert_eq!(verdict.outcome, Outcome::NotAdopted);
/// # Ok::<(), qcdc::rules::DecisionError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CommuneWideVerdict {
    /// **Kết quả** — adopted or not.
    pub outcome: Outcome,
    /// **Số thôn, tổ dân phố cần tán thành** — at least two thirds of all of them.
    pub required: u64,
    /// **Số thôn, tổ dân phố tán thành** — those whose own household vote adopted the matter.
    pub approving: u64,
    /// **Tổng số thôn, tổ dân phố của xã**.
    pub total: u32,
}

/// **Nội dung Nhân dân bàn và quyết định trên phạm vi cấp xã** — one matter of contents 1–2 of
/// Điều 15 implemented commune-wide: the votes of the thôn/TDP, the aggregated result and its
/// recognition by the UBND xã.
///
/// Each vote is a [`CommunityDecision`] of one thôn/TDP, judged under Điều 21 k1 ¶1 by its own
/// household vote (at least two thirds of all its households for contents 1–2); each Trưởng
/// thôn/Tổ trưởng reports the result to the UBND xã, which aggregates them (Nghị định 59/2023
/// Điều 4 k6 c). The matter is adopted when at least two thirds of ALL the thôn/TDP of the
/// commune approve ([`RuleId::DecisionCommuneWide`]); a thôn/TDP that did not vote does not
/// approve. It takes effect on the day of the UBND xã's decision on the aggregated results
/// (Điều 21 k2), due within 05 working days of receiving them
/// ([`RuleId::DecisionRecognitionDeadline`]).
///
/// Errors: a content other than 1–2, a vote on another content, a thôn/TDP counted twice, more
/// votes than thôn/TDP, a recorded result the votes contradict, dates out of order. Breaches: a
/// late recognition, and the breaches of each vote (a ballot the decree does not allow…).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::rules::{CommuneWideDecision, CommunityDecision, DecisionForm, DecisionItem, Outcome};
/// use qcdc::validate::{Code, Validate, ValidationContext};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let vote = |thon: &str, approving| CommunityDecision {
///     unit: AdminUnit::new(UnitKind::Thon, thon),
///     date: d(2024, 5, 12),
///     item: DecisionItem::InfrastructureContribution,
///     summary: "Mức đóng góp làm đường liên thôn".into(),
///     form: DecisionForm::Meeting,
///     households_total: 90,
///     households_represented: 80,
///     households_approving: approving,
///     presiding_body: None, options_prepared: None,
///     clusters: None, scattered: false, ballot_reason: None, result: None,
///     commune_wide: true, online_chosen_by: None, value: None, minutes: None,
/// };
/// let mut road = CommuneWideDecision {
///     commune: AdminUnit::new(UnitKind::Xa, "Tân Mỹ"),
///     item: DecisionItem::InfrastructureContribution,
///     summary: "Mức đóng góp làm đường liên thôn".into(),
///     residential_units_total: 3,
///     // Two of three thôn reach 2/3 of their households (60 of 90): exactly 2/3 of the thôn.
///     votes: vec![vote("Mỹ Cầu", 60), vote("Mỹ Hà", 70), vote("Mỹ Độ", 50)],
///     results_received_on: Some(d(2024, 5, 17)),
///     recognised_on: Some(d(2024, 5, 24)),
///     result: Some(Outcome::Adopted),
/// };
/// let ctx = ValidationContext::new(d(2026, 11, 28));
/// assert_eq!(road.verdict().unwrap().outcome, Outcome::Adopted);
/// assert!(road.validate(&ctx).is_clean());
/// assert_eq!(road.effective_from(), Some(d(2024, 5, 24)));
/// // Recognised on the 6th working day after receipt: a breach of Điều 21 k2.
/// road.recognised_on = Some(d(2024, 5, 27));
/// assert_eq!(road.validate(&ctx).breach_codes(), [Code::TooLate]);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Nội dung Nhân dân bàn và quyết định trên phạm vi cấp xã")]
pub struct CommuneWideDecision {
    /// **Xã, phường** — the commune.
    #[schemars(title = "Xã, phường, đặc khu")]
    pub commune: AdminUnit,
    /// **Nội dung** — content 1 or 2 of Điều 15.
    #[schemars(title = "Nội dung bàn và quyết định (khoản 1, 2 Điều 15)")]
    pub item: DecisionItem,
    /// **Tóm tắt** — the matter decided.
    #[schemars(title = "Tóm tắt", length(min = 1, max = 2000))]
    pub summary: String,
    /// **Tổng số thôn, tổ dân phố** — ALL the thôn/TDP of the commune (the threshold counts
    /// them all, voting or not).
    #[schemars(title = "Tổng số thôn, tổ dân phố của xã", range(min = 1))]
    pub residential_units_total: u32,
    /// **Kết quả biểu quyết của từng thôn, tổ dân phố** — one vote per thôn/TDP.
    #[serde(default)]
    #[schemars(
        title = "Kết quả biểu quyết của các thôn, tổ dân phố",
        length(max = 1000)
    )]
    pub votes: Vec<CommunityDecision>,
    /// **Ngày UBND xã nhận kết quả** — the day the UBND xã received the results (the 05 working
    /// days of Điều 21 k2 run from it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày Ủy ban nhân dân cấp xã nhận kết quả")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub results_received_on: Option<NaiveDate>,
    /// **Ngày UBND xã quyết định** — the day of the UBND xã's decision on the aggregated results:
    /// the matter takes effect on it (Điều 21 k2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày Ủy ban nhân dân cấp xã công nhận")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub recognised_on: Option<NaiveDate>,
    /// **Kết quả** — the result recorded, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Kết quả tổng hợp")]
    pub result: Option<Outcome>,
}

impl CommuneWideDecision {
    /// The thôn/TDP whose own household vote adopted the matter (votes with inconsistent counts
    /// do not count).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{AdminUnit, UnitKind};
    /// use qcdc::rules::{CommuneWideDecision, CommunityDecision, DecisionForm, DecisionItem, Votes};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let vote = |thon: &str, approving| {
    ///     let votes = Votes::new(90, 80, approving).unwrap();
    ///     let mut v = CommunityDecision::new(AdminUnit::new(UnitKind::Thon, thon), d(2024, 5, 12),
    ///         DecisionItem::InfrastructureContribution, "Mức đóng góp làm đường liên thôn", DecisionForm::Meeting, votes);
    ///     v.commune_wide = true;
    ///     v
    /// };
    /// let road = CommuneWideDecision {
    ///     commune: AdminUnit::new(UnitKind::Xa, "Tân Mỹ"),
    ///     item: DecisionItem::InfrastructureContribution,
    ///     summary: "Mức đóng góp làm đường liên thôn".into(),
    ///     residential_units_total: 3,
    ///     // 60 of 90 households is two thirds: adopted; 50 is not.
    ///     votes: vec![vote("Mỹ Cầu", 60), vote("Mỹ Hà", 70), vote("Mỹ Độ", 50)],
    ///     results_received_on: None, recognised_on: None, result: None,
    /// };
    /// assert_eq!(road.units_approving(), 2);
    /// ```
    pub fn units_approving(&self) -> u64 {
        let adopted = self
            .votes
            .iter()
            .filter(|v| v.verdict().is_ok_and(|x| x.outcome == Outcome::Adopted));
        adopted.count() as u64
    }

    /// The verdict under Điều 21 k1 ¶2: adopted when at least two thirds of ALL the thôn/TDP
    /// approve.
    ///
    /// # Errors
    /// [`DecisionError::NoResidentialUnits`] when `residential_units_total` is 0.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{AdminUnit, UnitKind};
    /// use qcdc::rules::{CommuneWideDecision, DecisionError, DecisionItem};
    ///
    /// let empty = CommuneWideDecision {
    ///     commune: AdminUnit::new(UnitKind::Xa, "Tân Mỹ"),
    ///     item: DecisionItem::InfrastructureContribution,
    ///     summary: "Mức đóng góp làm đường liên thôn".into(),
    ///     residential_units_total: 0,
    ///     votes: vec![], results_received_on: None, recognised_on: None, result: None,
    /// };
    /// assert_eq!(empty.verdict(), Err(DecisionError::NoResidentialUnits));
    /// ```
    pub fn verdict(&self) -> Result<CommuneWideVerdict, DecisionError> {
        if self.residential_units_total == 0 {
            return Err(DecisionError::NoResidentialUnits);
        }
        let required = Threshold::TwoThirdsOfAll.required(self.residential_units_total);
        let approving = self.units_approving();
        let outcome = if approving >= required {
            Outcome::Adopted
        } else {
            Outcome::NotAdopted
        };
        Ok(CommuneWideVerdict {
            outcome,
            required,
            approving,
            total: self.residential_units_total,
        })
    }

    /// The last day the UBND xã may recognise the results: 05 working days after it received
    /// them (Điều 21 k2).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{AdminUnit, UnitKind};
    /// use qcdc::rules::{CommuneWideDecision, DecisionItem};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let road = CommuneWideDecision {
    ///     commune: AdminUnit::new(UnitKind::Xa, "Tân Mỹ"),
    ///     item: DecisionItem::InfrastructureContribution,
    ///     summary: "Mức đóng góp làm đường liên thôn".into(),
    ///     residential_units_total: 3,
    ///     votes: vec![],
    ///     results_received_on: Some(d(2024, 5, 17)), // a Friday
    ///     recognised_on: None, result: None,
    /// };
    /// // 05 working days (Điều 21 k2): Monday 20 to Friday 24/05/2024.
    /// assert_eq!(road.recognition_deadline(), Some(d(2024, 5, 24)));
    /// ```
    pub fn recognition_deadline(&self) -> Option<NaiveDate> {
        self.results_received_on
            .map(|received| add_working_days(received, RECOGNITION_WORKING_DAYS))
    }

    /// The day the matter takes effect: the UBND xã's decision, when it was adopted (Điều 21 k2).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{AdminUnit, UnitKind};
    /// use qcdc::rules::{CommuneWideDecision, CommunityDecision, DecisionForm, DecisionItem, Votes};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let vote = |thon: &str, approving| {
    ///     let votes = Votes::new(90, 80, approving).unwrap();
    ///     let mut v = CommunityDecision::new(AdminUnit::new(UnitKind::Thon, thon), d(2024, 5, 12),
    ///         DecisionItem::InfrastructureContribution, "Mức đóng góp làm đường liên thôn", DecisionForm::Meeting, votes);
    ///     v.commune_wide = true;
    ///     v
    /// };
    /// let mut road = CommuneWideDecision {
    ///     commune: AdminUnit::new(UnitKind::Xa, "Tân Mỹ"),
    ///     item: DecisionItem::InfrastructureContribution,
    ///     summary: "Mức đóng góp làm đường liên thôn".into(),
    ///     residential_units_total: 3,
    ///     votes: vec![vote("Mỹ Cầu", 60), vote("Mỹ Hà", 70), vote("Mỹ Độ", 50)],
    ///     results_received_on: Some(d(2024, 5, 17)), recognised_on: None, result: None,
    /// };
    /// assert_eq!(road.effective_from(), None); // adopted, not recognised yet
    /// road.recognised_on = Some(d(2024, 5, 22));
    /// assert_eq!(road.effective_from(), Some(d(2024, 5, 22)));
    /// road.votes.truncate(1); // had only Mỹ Cầu voted: 1 thôn of 3, not adopted, no effect
    /// assert_eq!(road.effective_from(), None);
    /// ```
    pub fn effective_from(&self) -> Option<NaiveDate> {
        let adopted = self.verdict().ok()?.outcome == Outcome::Adopted;
        self.recognised_on.filter(|_| adopted)
    }

    /// Records the problems of this decision at `path` (see the type's docs).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{AdminUnit, UnitKind};
    /// use qcdc::rules::{CommuneWideDecision, DecisionItem};
    /// use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let road = CommuneWideDecision {
    ///     commune: AdminUnit::new(UnitKind::Xa, "Tân Mỹ"),
    ///     item: DecisionItem::InfrastructureContribution,
    ///     summary: "Mức đóng góp làm đường liên thôn".into(),
    ///     residential_units_total: 3,
    ///     votes: vec![],
    ///     results_received_on: Some(d(2024, 5, 24)),
    ///     recognised_on: Some(d(2024, 5, 17)), // before the results arrived
    ///     result: None,
    /// };
    /// let mut report = ValidationReport::new();
    /// road.check(&ValidationContext::new(d(2026, 11, 28)), &Pointer::root().key("commune_wide_decisions").index(0), &mut report);
    /// assert!(report.error_codes().contains(&Code::DateOrder));
    /// assert!(report.errors().iter().all(|v| v.path.starts_with("/commune_wide_decisions/0")));
    /// ```
    pub fn check(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        let first_vote = self.votes.iter().map(|v| v.date).min();
        let commune_path = path.key("commune");
        self.commune.check(first_vote, &commune_path, report);
        super::check_unit_level(&self.commune, AdminLevel::Commune, &commune_path, report);
        report.check_text(
            &path.key("summary"),
            &self.summary,
            super::disclosure::MAX_SUMMARY,
        );
        if self.item.number() > 2 {
            report.error(
                RuleId::DecisionCommuneWide
                    .violation(&path.key("item"), Code::ItemNotAllowed)
                    .param("item", self.item.name_vi())
                    .param("allowed", "nội dung 1, 2 Điều 15"),
            );
        }
        if self.residential_units_total == 0 {
            report.error(
                Violation::new(&path.key("residential_units_total"), Code::NotPositive)
                    .param("actual", 0),
            );
        }
        self.check_votes(ctx, path, report);
        if first_vote.is_some_and(|date| date < LAW_10_2022_FROM) {
            if let Some(date) = first_vote {
                super::warn_not_modelled(&path.key("votes"), date, LAW_10_2022_FROM, report);
            }
            return;
        }
        self.check_recognition(ctx, path, report);
        if let (Some(declared), Ok(verdict)) = (self.result, self.verdict())
            && declared != verdict.outcome
            && self.votes.len() <= self.residential_units_total as usize
        {
            report.error(
                RuleId::DecisionCommuneWide
                    .violation(&path.key("result"), Code::ResultMismatch)
                    .param("declared", declared.name_vi())
                    .param("computed", verdict.outcome.name_vi())
                    .param("required", verdict.required),
            );
        }
    }

    fn check_votes(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        let list = path.key("votes");
        let n = self.votes.len();
        if n > MAX_COMMUNE_VOTES {
            report.error(
                Violation::new(&list, Code::TooMany)
                    .param("max", MAX_COMMUNE_VOTES)
                    .param("actual", n),
            );
        }
        if n > self.residential_units_total as usize && self.residential_units_total > 0 {
            report.error(
                Violation::new(&list, Code::VotesExceedUnits)
                    .param("votes", n)
                    .param("units", self.residential_units_total),
            );
        }
        let mut seen: Vec<String> = Vec::with_capacity(n);
        for (i, vote) in self.votes.iter().enumerate() {
            let at = list.index(i);
            // Each vote is this thôn/TDP's part of a commune-wide matter, whatever it says.
            let mut as_part = vote.clone();
            as_part.commune_wide = true;
            as_part.check(ctx, &at, report);
            if vote.item != self.item {
                report.error(
                    Violation::new(&at.key("item"), Code::ItemMismatch)
                        .param("expected", self.item.name_vi())
                        .param("actual", vote.item.name_vi()),
                );
            }
            let key = fold(&vote.unit.to_string());
            if let Some(first) = seen.iter().position(|k| *k == key) {
                report.error(
                    Violation::new(&at.key("unit"), Code::Duplicate)
                        .param("value", vote.unit.to_string())
                        .param("first", list.index(first).as_str()),
                );
            }
            seen.push(key);
        }
    }

    fn check_recognition(
        &self,
        ctx: &ValidationContext,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        let received_path = path.key("results_received_on");
        let recognised_path = path.key("recognised_on");
        if let Some(received) = self.results_received_on {
            check_date(&received_path, received, ctx, report);
            if let Some(last_vote) = self.votes.iter().map(|v| v.date).max() {
                report.check_date_order(&received_path, last_vote, received);
            }
        }
        if let Some(recognised) = self.recognised_on {
            check_date(&recognised_path, recognised, ctx, report);
        }
        let (Some(received), Some(recognised)) = (self.results_received_on, self.recognised_on)
        else {
            return;
        };
        if recognised < received {
            report.check_date_order(&recognised_path, received, recognised);
            return;
        }
        if let Some(deadline) = self.recognition_deadline()
            && recognised > deadline
        {
            report.breach(
                RuleId::DecisionRecognitionDeadline
                    .violation(&recognised_path, Code::TooLate)
                    .date_param("deadline", deadline)
                    .date_param("date", recognised),
            );
        }
    }
}

impl Validate for CommuneWideDecision {
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check(ctx, path, report);
    }
}
