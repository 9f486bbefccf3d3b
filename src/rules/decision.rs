//! **Nhân dân bàn và quyết định** — what the residents of a thôn or tổ dân phố decide (Luật
//! 10/2022 Điều 15–21; Pháp lệnh 34/2007 Điều 10–12 and NQLT 09/2008 before 01/07/2023), and
//! the verdict the counts give under the rule in force on the day.

use std::sync::LazyLock;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::RuleId;
use super::attachment::{Attachment, MAX_REFERENCE};
use crate::legal::{
    LAW_10_2022_FROM, LegalReference, NGHI_DINH_59_2023, ORDINANCE_34_2007_FROM, Versioned,
};
use crate::org::{AdminLevel, AdminUnit};
use crate::validate::{
    At, Code, Member, Pointer, Validate, ValidationContext, ValidationReport, Violation,
};
use crate::vocabulary::{Vocabulary, vocabulary};

vocabulary! {
    /// **Nội dung Nhân dân bàn và quyết định** — the six contents residents decide (Luật
    /// 10/2022 Điều 15, khoản 1 to 6).
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::DecisionItem;
    ///
    /// let item: DecisionItem = "huong uoc, quy uoc".parse()?;
    /// assert_eq!(item.number(), 3);
    /// assert!("bầu Chủ tịch nước".parse::<DecisionItem>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum DecisionItem ("decision content", "Nội dung Nhân dân bàn và quyết định") {
        /// 1. **Chủ trương, mức đóng góp xây dựng công trình** — policy and levels of
        /// contribution for infrastructure and public works paid wholly or partly by the people.
        InfrastructureContribution = "infrastructure_contribution", "Chủ trương và mức đóng góp xây dựng cơ sở hạ tầng, công trình công cộng";
        /// 2. **Thu, chi, quản lý khoản đóng góp, quỹ, tài sản cộng đồng** — the people's
        /// contributions and community funds and assets.
        CommunityFunds = "community_funds", "Việc thu, chi, quản lý các khoản đóng góp, kinh phí, tài sản của cộng đồng";
        /// 3. **Hương ước, quy ước** — the community's conventions.
        Convention = "convention", "Nội dung hương ước, quy ước", ["hương ước, quy ước", "hương ước", "quy ước"];
        /// 4. **Bầu, cho thôi Trưởng thôn, Tổ trưởng tổ dân phố**.
        ResidentialHead = "residential_head", "Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố";
        /// 5. **Bầu, cho thôi thành viên Ban TTND, Ban GSĐTCĐ**.
        BoardMembers = "board_members", "Bầu, cho thôi làm thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng";
        /// 6. **Công việc tự quản khác** — other self-managed matters.
        OtherSelfManaged = "other_self_managed", "Các công việc tự quản khác trong nội bộ cộng đồng dân cư";
    }
}

impl DecisionItem {
    /// The clause of Điều 15 that lists the content (1 to 6).
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::DecisionItem;
    ///
    /// assert_eq!(DecisionItem::Convention.number(), 3);
    /// assert_eq!(DecisionItem::OtherSelfManaged.number(), 6);
    /// ```
    pub fn number(self) -> u8 {
        let i = Self::ALL.iter().position(|v| *v == self).unwrap_or(5);
        u8::try_from(i + 1).unwrap_or(6)
    }
}

vocabulary! {
    /// **Hình thức Nhân dân bàn và quyết định** — how residents decide (Luật 10/2022 Điều 17):
    /// a community meeting, a ballot to each household, an online vote.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::DecisionForm;
    ///
    /// assert_eq!("phát phiếu".parse::<DecisionForm>()?, DecisionForm::HouseholdBallot);
    /// assert!("bỏ phiếu bằng bồ câu".parse::<DecisionForm>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum DecisionForm ("decision form", "Hình thức bàn và quyết định") {
        /// a) **Tổ chức cuộc họp cộng đồng dân cư** — a community meeting.
        Meeting = "meeting", "Họp cộng đồng dân cư", ["cuộc họp", "họp"];
        /// b) **Phát phiếu lấy ý kiến hộ gia đình** — a ballot to each household.
        HouseholdBallot = "household_ballot", "Phát phiếu lấy ý kiến hộ gia đình", ["phát phiếu", "phiếu"];
        /// c) **Biểu quyết trực tuyến** — an online vote.
        Online = "online", "Biểu quyết trực tuyến", ["trực tuyến"];
    }
}

vocabulary! {
    /// **Trường hợp phát phiếu** — why a household ballot was used (Luật 10/2022 Điều 19 k1),
    /// confined by Nghị định 59/2023 Điều 4 k1 from 15/08/2023: (a) only for a matter
    /// implemented commune-wide, (c) only for content 6 within the thôn/TDP, (b) for any
    /// content.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::BallotReason;
    ///
    /// assert_eq!("meeting_short".parse::<BallotReason>()?, BallotReason::MeetingShort);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum BallotReason ("ballot reason", "Trường hợp phát phiếu lấy ý kiến") {
        /// a) The commune chair chose it for a commune-wide matter (only such a matter, Nghị định
        /// 59/2023 Điều 4 k1 a).
        CommuneChair = "commune_chair", "Chủ tịch UBND cấp xã quyết định (điểm a)";
        /// b) A meeting had too few households present to reach the ratio of Điều 21.
        MeetingShort = "meeting_short", "Cuộc họp không đủ số hộ tham dự (điểm b)";
        /// c) The Trưởng thôn/Tổ trưởng decided so with the Ban công tác Mặt trận (only for
        /// content 6 within the thôn/TDP, Nghị định 59/2023 Điều 4 k1 c).
        ResidentialHead = "residential_head", "Trưởng thôn, Tổ trưởng tổ dân phố quyết định (điểm c)";
    }
}

vocabulary! {
    /// **Kết quả** — the outcome of a vote.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::Outcome;
    ///
    /// assert_eq!(Outcome::Adopted.to_string(), "Được thông qua");
    /// assert_eq!("khong duoc thong qua".parse::<Outcome>()?, Outcome::NotAdopted);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Outcome ("outcome", "Kết quả") {
        /// **Được thông qua** — adopted.
        Adopted = "adopted", "Được thông qua", ["thông qua"];
        /// **Không được thông qua** — not adopted.
        NotAdopted = "not_adopted", "Không được thông qua";
        /// **Cuộc họp không hợp lệ** — the meeting lacked its quorum and must be held again
        /// (the rule before 01/07/2023).
        NoQuorum = "no_quorum", "Cuộc họp không đủ số người tham dự", ["không đủ tỷ lệ tham dự"];
    }
}

vocabulary! {
    /// **Tỷ lệ biểu quyết** — the approval threshold a rule sets, always counted over ALL the
    /// households (or voters) of the thôn/TDP, not over those present.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::Threshold;
    ///
    /// assert_eq!(Threshold::TwoThirdsOfAll.required(100), 67);
    /// assert_eq!(Threshold::MajorityOfAll.required(100), 51);
    /// assert_eq!(Threshold::MajorityOfAll.required(7), 4);
    /// ```
    #[non_exhaustive]
    pub enum Threshold ("threshold", "Tỷ lệ biểu quyết") {
        /// **Ít nhất hai phần ba tổng số hộ** — at least two thirds of all households.
        TwoThirdsOfAll = "two_thirds_of_all", "Ít nhất 2/3 tổng số hộ gia đình";
        /// **Trên 50% tổng số hộ** — more than half of all households.
        MajorityOfAll = "majority_of_all", "Trên 50% tổng số hộ gia đình";
    }
}

impl Threshold {
    /// The fewest approvals out of `total` that meet the threshold (exact integer arithmetic).
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::Threshold;
    ///
    /// // 150 households: two thirds is 100, more than half is 76.
    /// assert_eq!(Threshold::TwoThirdsOfAll.required(150), 100);
    /// assert_eq!(Threshold::MajorityOfAll.required(150), 76);
    /// ```
    pub fn required(self, total: u32) -> u64 {
        let total = u64::from(total);
        match self {
            Threshold::TwoThirdsOfAll => (2 * total).div_ceil(3),
            Threshold::MajorityOfAll => total / 2 + 1,
        }
    }
}

/// **Kết luận biểu quyết** — the verdict the counts give under the rule in force: the outcome,
/// the rule and threshold that produced it, and the numbers behind it.
///
/// An output record: built by [`decide`], read by callers, serialised and deserialised
/// (non-exhaustive, so fields may be added in minor versions).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::rules::{DecisionForm, DecisionItem, Outcome, RuleId, Threshold, Votes, decide};
///
/// let on = NaiveDate::from_ymd_opt(2024, 5, 12).unwrap();
/// let v = decide(DecisionItem::InfrastructureContribution, DecisionForm::Meeting, on, Votes::new(150, 120, 99)?)?;
/// assert_eq!((v.threshold, v.required, v.approving), (Threshold::TwoThirdsOfAll, 100, 99));
/// assert_eq!((v.outcome, v.rule), (Outcome::NotAdopted, RuleId::DecisionThresholdTwoThirds));
/// # Ok::<(), qcdc::rules::DecisionError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Verdict {
    /// **Kết quả** — adopted, not adopted, or (before 01/07/2023) no quorum.
    pub outcome: Outcome,
    /// **Quy định áp dụng** — the rule that produced the verdict.
    pub rule: RuleId,
    /// **Tỷ lệ** — the threshold of the rule.
    pub threshold: Threshold,
    /// **Số hộ cần tán thành** — the fewest approvals that adopt.
    pub required: u64,
    /// **Số hộ tán thành**.
    pub approving: u32,
    /// **Tổng số hộ**.
    pub total: u32,
}

impl Verdict {
    /// The article of the rule that produced the verdict.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::rules::{DecisionForm, DecisionItem, Outcome, Votes, decide};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let votes = Votes::new(90, 80, 60)?;
    /// let v = decide(DecisionItem::CommunityFunds, DecisionForm::Meeting, d(2024, 5, 1), votes)?;
    /// assert_eq!(v.outcome, Outcome::Adopted);
    /// assert_eq!(v.required, 60);
    /// assert_eq!(v.citation().to_string(), "Điều 21 Luật số 10/2022/QH15");
    /// # Ok::<(), qcdc::rules::DecisionError>(())
    /// ```
    pub fn citation(&self) -> LegalReference {
        self.rule.citation()
    }
}

/// **Số phiếu** — the counts of a vote of the households of a thôn or tổ dân phố, as the
/// minutes record them (Luật 10/2022 Điều 20): **tổng số hộ gia đình** (all the households,
/// the base of every threshold of Điều 21), **số đại diện hộ gia đình tham dự** (the
/// representatives present, or the ballots returned) and **số hộ tán thành** (those in
/// favour).
///
/// Built only through [`Votes::new`], which refuses counts that cannot be: so a `Votes` value
/// always has `approving ≤ represented ≤ total` and `total > 0`, and three counts passed in the
/// wrong order are caught rather than quietly judged.
///
/// # Example
/// ```
/// use qcdc::rules::{DecisionError, Votes};
///
/// let votes = Votes::new(150, 120, 110)?;
/// assert_eq!((votes.total(), votes.represented(), votes.approving()), (150, 120, 110));
/// // More approving than present: the counts were swapped or mistyped.
/// assert!(matches!(Votes::new(150, 110, 120), Err(DecisionError::InconsistentCounts { .. })));
/// assert_eq!(Votes::new(0, 0, 0), Err(DecisionError::NoHouseholds));
/// # Ok::<(), DecisionError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Votes {
    total: u32,
    represented: u32,
    approving: u32,
}

impl Votes {
    /// The counts of a vote: `total` households of the thôn/TDP, `represented` present (or
    /// ballots returned), `approving` in favour.
    ///
    /// # Errors
    /// [`DecisionError::NoHouseholds`] when `total` is 0;
    /// [`DecisionError::InconsistentCounts`] when `approving > represented` or
    /// `represented > total`.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::{DecisionError, Votes};
    ///
    /// let votes = Votes::new(150, 120, 110)?;
    /// assert_eq!(votes.approving(), 110);
    /// assert_eq!(Votes::new(150, 160, 110), Err(DecisionError::InconsistentCounts { total: 150, represented: 160, approving: 110 }));
    /// # Ok::<(), DecisionError>(())
    /// ```
    pub fn new(total: u32, represented: u32, approving: u32) -> Result<Self, DecisionError> {
        if total == 0 {
            return Err(DecisionError::NoHouseholds);
        }
        if represented > total || approving > represented {
            return Err(DecisionError::InconsistentCounts {
                total,
                represented,
                approving,
            });
        }
        Ok(Votes {
            total,
            represented,
            approving,
        })
    }

    /// **Tổng số hộ gia đình** — all the households of the thôn/TDP.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::Votes;
    ///
    /// assert_eq!(Votes::new(150, 120, 110)?.total(), 150);
    /// # Ok::<(), qcdc::rules::DecisionError>(())
    /// ```
    pub fn total(self) -> u32 {
        self.total
    }

    /// **Số đại diện hộ gia đình tham dự** — present at the meeting, or ballots returned.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::Votes;
    ///
    /// assert_eq!(Votes::new(150, 120, 110)?.represented(), 120);
    /// # Ok::<(), qcdc::rules::DecisionError>(())
    /// ```
    pub fn represented(self) -> u32 {
        self.represented
    }

    /// **Số hộ tán thành** — in favour.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::Votes;
    ///
    /// assert_eq!(Votes::new(150, 120, 110)?.approving(), 110);
    /// # Ok::<(), qcdc::rules::DecisionError>(())
    /// ```
    pub fn approving(self) -> u32 {
        self.approving
    }
}

/// **Không kết luận được** — why [`decide`] (or [`Votes::new`]) gives no verdict.
///
/// A typed reason callers match on (like [`TransitionError`](crate::dan_van_kheo::TransitionError)),
/// rather than the opaque [`crate::Error`] of parsing text. A meeting short of its quorum
/// before 01/07/2023 is not an error: it is the verdict [`Outcome::NoQuorum`] (the meeting must
/// be held again). Whether the form was allowed for the content is a breach of law that
/// [`check_decision_form`] reports; the counts still give their verdict.
///
/// # Example
/// ```
/// use qcdc::rules::{DecisionError, Votes};
///
/// let err = Votes::new(120, 150, 110).unwrap_err(); // present and total swapped
/// assert!(matches!(err, DecisionError::InconsistentCounts { total: 120, represented: 150, .. }));
/// assert_eq!(
///     err.to_string(),
///     "inconsistent counts: 110 approving, 150 present, 120 households (expected approving ≤ present ≤ households)"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecisionError {
    /// **Không có hộ gia đình** — the total of households is 0.
    #[error("a vote needs at least one household")]
    NoHouseholds,
    /// **Số liệu không khớp** — more present than households, or more approving than present.
    #[error(
        "inconsistent counts: {approving} approving, {represented} present, {total} households \
         (expected approving ≤ present ≤ households)"
    )]
    InconsistentCounts {
        /// All the households.
        total: u32,
        /// Present, or ballots returned.
        represented: u32,
        /// In favour.
        approving: u32,
    },
    /// **Không có thôn, tổ dân phố** — a commune-wide matter (Điều 21 k1 ¶2) counted over no
    /// thôn/TDP: two thirds of none is no verdict.
    #[error("a commune-wide matter needs at least one thôn or tổ dân phố")]
    NoResidentialUnits,
    /// **Chưa có quy định** — no rule is modelled for the date (before 01/07/2007, when Pháp
    /// lệnh 34/2007 took effect).
    #[error("no decision rule is modelled for {date} (the first is in force from {from})")]
    NoRuleOnDate {
        /// The date of the vote.
        date: NaiveDate,
        /// The first day a rule is modelled.
        from: NaiveDate,
    },
}

/// The decision regime in force on a date: the Ordinance's or the Law's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Regime {
    Ordinance2007,
    Law2022,
}

fn regimes() -> &'static Versioned<Regime> {
    // Made once: every decision of every report asks it, and making it allocates.
    static REGIMES: LazyLock<Versioned<Regime>> = LazyLock::new(|| {
        Versioned::new(ORDINANCE_34_2007_FROM, Regime::Ordinance2007)
            .then(LAW_10_2022_FROM, Regime::Law2022)
    });
    &REGIMES
}

/// **Kết luận** — the verdict on a vote held on `date` about `item` by `form`, with the
/// [`Votes`] counted.
///
/// From 01/07/2023 (Luật 10/2022 Điều 21): contents 1–2 need at least two thirds of all
/// households, contents 3–6 more than half of all. Before (Pháp lệnh 34/2007 Điều 11–12, NQLT
/// 09/2008): a meeting is held only with more than half the households present, else
/// [`Outcome::NoQuorum`]; a matter is adopted with more than half of all households.
///
/// # Errors
/// [`DecisionError::NoRuleOnDate`] before 01/07/2007 (no rule modelled). Inconsistent counts
/// cannot reach this function: [`Votes::new`] refuses them.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::rules::{DecisionError, DecisionForm, DecisionItem, Outcome, RuleId, Votes, decide};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let item = DecisionItem::InfrastructureContribution;
/// // 55 of 100 households approve a contribution level: enough before the Law, not after.
/// let votes = Votes::new(100, 60, 55)?;
/// let old = decide(item, DecisionForm::Meeting, d(2023, 6, 30), votes)?;
/// assert_eq!((old.outcome, old.rule), (Outcome::Adopted, RuleId::DecisionThreshold2007));
/// let new = decide(item, DecisionForm::Meeting, d(2023, 7, 1), votes)?;
/// assert_eq!((new.outcome, new.required), (Outcome::NotAdopted, 67));
/// assert!(matches!(
///     decide(item, DecisionForm::Meeting, d(2007, 6, 30), votes),
///     Err(DecisionError::NoRuleOnDate { .. })
/// ));
/// # Ok::<(), DecisionError>(())
/// ```
pub fn decide(
    item: DecisionItem,
    form: DecisionForm,
    date: NaiveDate,
    votes: Votes,
) -> Result<Verdict, DecisionError> {
    let Votes {
        total,
        represented,
        approving,
    } = votes;
    let regime = regimes()
        .at(date)
        .copied()
        .ok_or(DecisionError::NoRuleOnDate {
            date,
            from: ORDINANCE_34_2007_FROM,
        })?;
    let (rule, threshold) = match regime {
        Regime::Law2022 if item.number() <= 2 => (
            RuleId::DecisionThresholdTwoThirds,
            Threshold::TwoThirdsOfAll,
        ),
        Regime::Law2022 => (RuleId::DecisionThresholdMajority, Threshold::MajorityOfAll),
        Regime::Ordinance2007 => (RuleId::DecisionThreshold2007, Threshold::MajorityOfAll),
    };
    let required = threshold.required(total);
    let quorum_failed = rule == RuleId::DecisionThreshold2007
        && form == DecisionForm::Meeting
        && u64::from(represented) < Threshold::MajorityOfAll.required(total);
    let outcome = if quorum_failed {
        Outcome::NoQuorum
    } else if u64::from(approving) >= required {
        Outcome::Adopted
    } else {
        Outcome::NotAdopted
    };
    Ok(Verdict {
        outcome,
        rule,
        threshold,
        required,
        approving,
        total,
    })
}

/// The smallest thôn/TDP that may meet by clusters (Luật 10/2022 Điều 18).
pub const CLUSTER_MIN_HOUSEHOLDS: u32 = 200;
/// Before 01/07/2023 (NQLT 09/2008): clusters only for more than 200 households.
pub const CLUSTER_MIN_HOUSEHOLDS_2008: u32 = 201;

/// **Nhân dân bàn và quyết định** — one matter decided by the households of a thôn or tổ dân
/// phố, with the counts and the result recorded in the minutes (Điều 20).
///
/// Checks: counts consistent (households approving ≤ represented ≤ total, total > 0: errors);
/// and, as breaches of law (the record stays valid data about them), the form
/// ([`RuleId::DecisionMeetingOnly`], [`RuleId::DecisionOnlineOnlyOther`]), the case of a
/// household ballot ([`RuleId::DecisionBallotReason`]), the online-vote precondition
/// ([`RuleId::DecisionOnlinePrecondition`]) and cluster meetings ([`RuleId::DecisionClusters`],
/// [`RuleId::DecisionClusters2008`]). When a `result` is recorded, it must match the
/// [`verdict`](Self::verdict) of the rule in force (`result_mismatch`, citing that rule): an
/// error, because the minutes then contradict their own counts.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::rules::{CommunityDecision, DecisionForm, DecisionItem, Outcome};
/// use qcdc::validate::{Code, Validate, ValidationContext};
///
/// let mut decision = CommunityDecision {
///     unit: AdminUnit::new(UnitKind::ToDanPho, "số 5, phường Việt Hưng"),
///     date: NaiveDate::from_ymd_opt(2024, 5, 12).unwrap(),
///     item: DecisionItem::InfrastructureContribution,
///     summary: "Mức đóng góp làm đường ngõ 12".into(),
///     presiding_body: Some("Tổ trưởng tổ dân phố số 5".into()),
///     form: DecisionForm::Meeting,
///     options_prepared: None,
///     households_total: 150,
///     households_represented: 120,
///     households_approving: 110,
///     clusters: None,
///     scattered: false,
///     ballot_reason: None,
///     result: Some(Outcome::Adopted),
///     commune_wide: false,
///     online_chosen_by: None,
///     value: None,
///     minutes: None,
/// };
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
/// assert!(decision.validate(&ctx).is_valid());
/// assert_eq!(decision.verdict().unwrap().required, 100);
///
/// decision.households_approving = 95; // fewer than 2/3 of 150
/// let report = decision.validate(&ctx);
/// assert_eq!(report.error_codes(), [Code::ResultMismatch]);
/// assert_eq!(report.errors()[0].path, "/result");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Nhân dân bàn và quyết định")]
pub struct CommunityDecision {
    /// **Thôn, tổ dân phố** — where the households live.
    #[schemars(title = "Thôn, tổ dân phố")]
    pub unit: AdminUnit,
    /// **Ngày biểu quyết** — the day of the vote (or of collecting the ballots).
    #[schemars(title = "Ngày biểu quyết")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub date: NaiveDate,
    /// **Nội dung** — the content (Điều 15).
    #[schemars(title = "Nội dung bàn và quyết định")]
    pub item: DecisionItem,
    /// **Tóm tắt** — the matter decided.
    #[schemars(title = "Tóm tắt", length(min = 1, max = 2000))]
    pub summary: String,
    /// **Chủ trì** — the presiding body or person (a commune report requires it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Chủ trì", length(min = 1, max = 200))]
    pub presiding_body: Option<String>,
    /// **Hình thức** — meeting, household ballot or online (Điều 17).
    #[schemars(title = "Hình thức")]
    pub form: DecisionForm,
    /// **Số phương án** — the options prepared for the vote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Số phương án chuẩn bị", range(min = 1))]
    pub options_prepared: Option<u32>,
    /// **Tổng số hộ** — all households of the thôn/TDP.
    #[schemars(title = "Tổng số hộ gia đình", range(min = 1))]
    pub households_total: u32,
    /// **Số hộ tham dự** — household representatives present (or ballots returned).
    #[schemars(title = "Số hộ tham dự hoặc phiếu thu về")]
    pub households_represented: u32,
    /// **Số hộ tán thành** — households in favour.
    #[schemars(title = "Số hộ tán thành")]
    pub households_approving: u32,
    /// **Số cụm** — the number of cluster meetings, when the meeting was held by clusters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Số cụm họp", range(min = 1))]
    pub clusters: Option<u32>,
    /// **Địa bàn phân tán** — the households live scattered (clusters allowed whatever their
    /// number, Điều 18).
    #[serde(default)]
    #[schemars(title = "Địa bàn dân cư phân tán")]
    pub scattered: bool,
    /// **Trường hợp phát phiếu** — why a household ballot was used (Điều 19 k1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Trường hợp phát phiếu")]
    pub ballot_reason: Option<BallotReason>,
    /// **Kết quả ghi trong biên bản** — the result recorded in the minutes, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Kết quả ghi trong biên bản")]
    pub result: Option<Outcome>,
    /// **Nội dung thực hiện trên phạm vi cấp xã** — the vote is this thôn/TDP's part of a matter
    /// implemented commune-wide (Điều 21 k1 ¶2; see [`CommuneWideDecision`](super::CommuneWideDecision)).
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(title = "Nội dung thực hiện trên phạm vi cấp xã")]
    pub commune_wide: bool,
    /// **Số đại diện hộ lựa chọn biểu quyết trực tuyến** — for an online vote, the household
    /// representatives who first chose that route (Nghị định 59/2023 Điều 5 k2 c: more than 50%
    /// of all are needed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Số đại diện hộ lựa chọn biểu quyết trực tuyến")]
    pub online_chosen_by: Option<u32>,
    /// **Giá trị thực hiện** — the value involved, when there is one (contents 1–2: works and
    /// contributions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Giá trị thực hiện")]
    pub value: Option<MatterValue>,
    /// **Biên bản, nghị quyết** — the minutes or resolution (Điều 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Biên bản, nghị quyết")]
    pub minutes: Option<Attachment>,
}

/// **Giá trị thực hiện** — the value involved in a matter decided by the people, in đồng
/// (labour in workdays). The total cannot be below state budget + people's cash
/// (`value_below_parts`).
///
/// # Example
/// ```
/// use qcdc::rules::MatterValue;
///
/// // A lane paved for 500 million đồng: 300 from the budget, 150 from the people, 200 workdays.
/// let value = MatterValue { total: 500_000_000, state_budget: 300_000_000, people_cash: 150_000_000, labour_days: 200, other: 50_000_000 };
/// assert!(value.total >= value.state_budget + value.people_cash);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Giá trị thực hiện")]
pub struct MatterValue {
    /// **Tổng giá trị** — the total, in đồng.
    #[schemars(title = "Tổng giá trị (đồng)")]
    pub total: u64,
    /// **Ngân sách nhà nước** — of which the state budget, in đồng.
    #[schemars(title = "Trong đó: ngân sách nhà nước (đồng)")]
    pub state_budget: u64,
    /// **Nhân dân đóng góp bằng tiền** — of which the people's cash contribution, in đồng.
    #[schemars(title = "Trong đó: Nhân dân đóng góp bằng tiền (đồng)")]
    pub people_cash: u64,
    /// **Ngày công lao động** — the people's labour, in workdays.
    #[schemars(title = "Nhân dân đóng góp ngày công lao động (ngày công)")]
    pub labour_days: u64,
    /// **Khác** — other contributions, in đồng.
    #[schemars(title = "Đóng góp khác (đồng)")]
    pub other: u64,
}

impl MatterValue {
    /// Records a total below the state budget + the people's cash at `path`'s `total`.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::MatterValue;
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let value = MatterValue { total: 100, state_budget: 70, people_cash: 40, ..MatterValue::default() };
    /// let mut report = ValidationReport::new();
    /// value.check(&Pointer::root().key("value"), &mut report);
    /// assert_eq!(report.error_codes(), [Code::ValueBelowParts]);
    /// ```
    pub fn check(&self, path: &Pointer, report: &mut ValidationReport) {
        self.check_at(path, report);
    }

    /// [`check`](Self::check) at a place whose pointer is built only for a finding.
    pub(crate) fn check_at(&self, path: &impl At, report: &mut ValidationReport) {
        let parts = self.state_budget.checked_add(self.people_cash);
        if parts.is_none_or(|parts| self.total < parts) {
            report.error(
                Violation::new(&path.pointer().key("total"), Code::ValueBelowParts)
                    .param("total", self.total)
                    .param(
                        "parts",
                        parts.map_or_else(|| "> 2^64".to_owned(), |p| p.to_string()),
                    ),
            );
        }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Checks that a form may be used for an item (Luật 10/2022 Điều 17): contents 3–5 only at a
/// meeting, except the household ballot of Điều 19 k1 b; online voting only for content 6.
/// Findings are breaches at `path`. Applies from 01/07/2023; callable on any record.
///
/// # Example
/// ```
/// use qcdc::rules::{DecisionForm, DecisionItem, check_decision_form};
/// use qcdc::validate::{Code, Pointer, ValidationReport};
///
/// let mut report = ValidationReport::new();
/// check_decision_form(DecisionItem::Convention, DecisionForm::Online, None, &Pointer::root().key("form"), &mut report);
/// assert_eq!(report.breach_codes(), [Code::FormNotAllowed, Code::FormNotAllowed]);
/// ```
pub fn check_decision_form(
    item: DecisionItem,
    form: DecisionForm,
    ballot_reason: Option<BallotReason>,
    path: &Pointer,
    report: &mut ValidationReport,
) {
    check_decision_form_at(item, form, ballot_reason, path, report);
}

/// [`check_decision_form`] at a place whose pointer is built only for a finding.
pub(crate) fn check_decision_form_at(
    item: DecisionItem,
    form: DecisionForm,
    ballot_reason: Option<BallotReason>,
    path: &impl At,
    report: &mut ValidationReport,
) {
    let at_meeting_only = (3..=5).contains(&item.number());
    let allowed_ballot =
        form == DecisionForm::HouseholdBallot && ballot_reason == Some(BallotReason::MeetingShort);
    let not_allowed = |rule: RuleId| {
        rule.violation(&path.pointer(), Code::FormNotAllowed)
            .param("form", form.name_vi())
            .param("item", item.name_vi())
    };
    if at_meeting_only && form != DecisionForm::Meeting && !allowed_ballot {
        report.breach(not_allowed(RuleId::DecisionMeetingOnly));
    }
    if form == DecisionForm::Online && item != DecisionItem::OtherSelfManaged {
        report.breach(not_allowed(RuleId::DecisionOnlineOnlyOther));
    }
}

/// Checks the case of a household ballot (Nghị định 59/2023 Điều 4 k1, from 15/08/2023): the
/// commune chair's ballot (Điều 19 k1 a) only for a matter implemented commune-wide, the Trưởng
/// thôn/Tổ trưởng's (Điều 19 k1 c) only for content 6 within the thôn/TDP. A finding is a
/// breach at `path` (the ballot reason), citing the point of Điều 4 k1.
///
/// # Example
/// ```
/// use qcdc::rules::{BallotReason, DecisionItem, check_ballot_reason};
/// use qcdc::validate::{Code, Pointer, ValidationReport};
///
/// let path = Pointer::root().key("ballot_reason");
/// let mut report = ValidationReport::new();
/// // A Tổ trưởng's ballot on a money contribution: only content 6 may be decided so.
/// check_ballot_reason(DecisionItem::InfrastructureContribution, BallotReason::ResidentialHead, false, &path, &mut report);
/// assert_eq!(report.breach_codes(), [Code::BallotNotAllowed]);
/// assert_eq!(report.breaches()[0].citation.as_ref().unwrap().to_string(),
///     "điểm c khoản 1 Điều 4 Nghị định số 59/2023/NĐ-CP");
/// let mut report = ValidationReport::new();
/// check_ballot_reason(DecisionItem::OtherSelfManaged, BallotReason::ResidentialHead, false, &path, &mut report);
/// assert!(report.is_clean());
/// ```
pub fn check_ballot_reason(
    item: DecisionItem,
    reason: BallotReason,
    commune_wide: bool,
    path: &Pointer,
    report: &mut ValidationReport,
) {
    check_ballot_reason_at(item, reason, commune_wide, path, report);
}

/// [`check_ballot_reason`] at a place whose pointer is built only for a finding.
pub(crate) fn check_ballot_reason_at(
    item: DecisionItem,
    reason: BallotReason,
    commune_wide: bool,
    path: &impl At,
    report: &mut ValidationReport,
) {
    let point = match reason {
        BallotReason::CommuneChair if !commune_wide => "a",
        BallotReason::ResidentialHead if item != DecisionItem::OtherSelfManaged || commune_wide => {
            "c"
        }
        _ => return,
    };
    report.breach(
        RuleId::DecisionBallotReason
            .violation(&path.pointer(), Code::BallotNotAllowed)
            .param("reason", reason.name_vi())
            .param("item", item.name_vi())
            .cite(NGHI_DINH_59_2023.article(4).clause(1).point(point)),
    );
}

impl CommunityDecision {
    /// A decision with its required fields: `summary` of a matter `item` of Điều 15 decided by
    /// `form` on `date` in `unit`, with the counted `votes`; the optional facts (clusters,
    /// scattered households, ballot reason, recorded result, commune-wide part, online choice,
    /// presiding body, options prepared, value, minutes) empty, to be set on the returned value.
    ///
    /// A document people build in code: its fields stay public (they are its wire shape and
    /// its JSON Schema); the constructor keeps the required ones together and the counts
    /// consistent.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{AdminUnit, UnitKind};
    /// use qcdc::rules::{CommunityDecision, DecisionForm, DecisionItem, Outcome, Votes};
    ///
    /// let mut decision = CommunityDecision::new(
    ///     AdminUnit::new(UnitKind::ToDanPho, "số 5, phường Việt Hưng"),
    ///     NaiveDate::from_ymd_opt(2024, 5, 12).unwrap(),
    ///     DecisionItem::InfrastructureContribution,
    ///     "Mức đóng góp làm đường ngõ 12",
    ///     DecisionForm::Meeting,
    ///     Votes::new(150, 120, 110)?,
    /// );
    /// decision.result = Some(Outcome::Adopted);
    /// assert_eq!(decision.verdict()?.outcome, Outcome::Adopted);
    /// # Ok::<(), qcdc::rules::DecisionError>(())
    /// ```
    pub fn new(
        unit: AdminUnit,
        date: NaiveDate,
        item: DecisionItem,
        summary: impl Into<String>,
        form: DecisionForm,
        votes: Votes,
    ) -> Self {
        CommunityDecision {
            unit,
            date,
            item,
            summary: summary.into(),
            form,
            households_total: votes.total(),
            households_represented: votes.represented(),
            households_approving: votes.approving(),
            clusters: None,
            scattered: false,
            ballot_reason: None,
            result: None,
            commune_wide: false,
            online_chosen_by: None,
            presiding_body: None,
            options_prepared: None,
            value: None,
            minutes: None,
        }
    }

    /// The counts of the vote, when they are consistent (see [`Votes::new`]).
    ///
    /// # Errors
    /// As [`Votes::new`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{AdminUnit, UnitKind};
    /// use qcdc::rules::{CommunityDecision, DecisionError, DecisionForm, DecisionItem, Votes};
    ///
    /// let mut decision = CommunityDecision::new(
    ///     AdminUnit::new(UnitKind::ToDanPho, "số 5, phường Việt Hưng"),
    ///     NaiveDate::from_ymd_opt(2024, 5, 12).unwrap(),
    ///     DecisionItem::InfrastructureContribution,
    ///     "Mức đóng góp làm đường ngõ 12",
    ///     DecisionForm::Meeting,
    ///     Votes::new(150, 120, 110)?,
    /// );
    /// assert_eq!(decision.votes()?.total(), 150);
    /// decision.households_approving = 130; // typed over the form: more than present
    /// assert!(matches!(decision.votes(), Err(DecisionError::InconsistentCounts { .. })));
    /// # Ok::<(), DecisionError>(())
    /// ```
    pub fn votes(&self) -> Result<Votes, DecisionError> {
        Votes::new(
            self.households_total,
            self.households_represented,
            self.households_approving,
        )
    }

    /// The verdict the counts give under the rule in force on [`date`](Self::date).
    ///
    /// # Errors
    /// As [`Votes::new`] for inconsistent counts and [`decide`] for a date with no rule.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{AdminUnit, UnitKind};
    /// use qcdc::rules::{CommunityDecision, DecisionError, DecisionForm, DecisionItem, Outcome, Votes};
    ///
    /// let decision = CommunityDecision::new(
    ///     AdminUnit::new(UnitKind::ToDanPho, "số 5, phường Việt Hưng"),
    ///     NaiveDate::from_ymd_opt(2024, 5, 12).unwrap(),
    ///     DecisionItem::InfrastructureContribution,
    ///     "Mức đóng góp làm đường ngõ 12",
    ///     DecisionForm::Meeting,
    ///     Votes::new(150, 120, 99)?, // two thirds of 150 is 100
    /// );
    /// assert_eq!(decision.verdict()?.outcome, Outcome::NotAdopted);
    /// # Ok::<(), DecisionError>(())
    /// ```
    pub fn verdict(&self) -> Result<Verdict, DecisionError> {
        decide(self.item, self.form, self.date, self.votes()?)
    }

    /// Records the problems of this decision at `path` (see the type's docs).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{AdminUnit, UnitKind};
    /// use qcdc::rules::{CommunityDecision, DecisionForm, DecisionItem, Outcome, Votes};
    /// use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport};
    ///
    /// let mut decision = CommunityDecision::new(
    ///     AdminUnit::new(UnitKind::ToDanPho, "số 5, phường Việt Hưng"),
    ///     NaiveDate::from_ymd_opt(2024, 5, 12).unwrap(),
    ///     DecisionItem::InfrastructureContribution,
    ///     "Mức đóng góp làm đường ngõ 12",
    ///     DecisionForm::Meeting,
    ///     Votes::new(150, 120, 99)?,
    /// );
    /// decision.result = Some(Outcome::Adopted); // the minutes say adopted; 99 of 150 is short of 100
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    /// let mut report = ValidationReport::new();
    /// decision.check(&ctx, &Pointer::root().key("decisions").index(0), &mut report);
    /// assert!(!report.is_valid());
    /// assert!(report.errors().iter().any(|v| v.path == "/decisions/0/result"));
    /// # Ok::<(), qcdc::rules::DecisionError>(())
    /// ```
    pub fn check(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check_at(ctx, path, report);
    }

    /// [`check`](Self::check) at a place whose pointer is built only for a finding (a commune
    /// report checks every decision of its list).
    pub(crate) fn check_at(
        &self,
        ctx: &ValidationContext,
        path: &impl At,
        report: &mut ValidationReport,
    ) {
        let unit_path = Member::new(path, "unit");
        self.unit.check_at(Some(self.date), &unit_path, report);
        super::check_unit_level(&self.unit, AdminLevel::Residential, &unit_path, report);
        // Members' pointers are built only when a finding is recorded at them.
        report.check_text_at(
            &Member::new(path, "summary"),
            &self.summary,
            super::disclosure::MAX_SUMMARY,
        );
        let date_path = Member::new(path, "date");
        report.check_record_date_at(&date_path, self.date, ctx);
        if let Some(body) = &self.presiding_body {
            report.check_text_at(&Member::new(path, "presiding_body"), body, MAX_REFERENCE);
        }
        if self.options_prepared == Some(0) {
            report.error(
                Violation::new(&path.pointer().key("options_prepared"), Code::NotPositive)
                    .param("actual", 0),
            );
        }
        if let Some(value) = &self.value {
            value.check_at(&Member::new(path, "value"), report);
        }
        if let Some(minutes) = &self.minutes {
            minutes.check_at(ctx, &Member::new(path, "minutes"), report);
        }
        let counts_ok = self.check_counts(path, report);
        let regime = regimes().at(self.date).copied();
        if regime.is_none() {
            super::warn_not_modelled(&date_path, self.date, ORDINANCE_34_2007_FROM, report);
        }
        if regime == Some(Regime::Law2022) {
            check_decision_form_at(
                self.item,
                self.form,
                self.ballot_reason,
                &Member::new(path, "form"),
                report,
            );
        }
        let decree = super::decree_59_from() <= self.date;
        if let (true, DecisionForm::HouseholdBallot, Some(reason)) =
            (decree, self.form, self.ballot_reason)
        {
            check_ballot_reason_at(
                self.item,
                reason,
                self.commune_wide,
                &Member::new(path, "ballot_reason"),
                report,
            );
        }
        if decree && self.form == DecisionForm::Online {
            self.check_online_choice(path, report);
        }
        if let (Some(clusters), Some(regime)) = (self.clusters, regime) {
            let clusters_path = Member::new(path, "clusters");
            if clusters == 0 {
                report.error(
                    Violation::new(&clusters_path.pointer(), Code::NotPositive).param("actual", 0),
                );
            }
            let (rule, min) = match regime {
                Regime::Law2022 => (RuleId::DecisionClusters, CLUSTER_MIN_HOUSEHOLDS),
                Regime::Ordinance2007 => {
                    (RuleId::DecisionClusters2008, CLUSTER_MIN_HOUSEHOLDS_2008)
                }
            };
            if clusters > 1 && self.households_total < min && !self.scattered {
                report.breach(
                    rule.violation(&clusters_path.pointer(), Code::ClustersNotAllowed)
                        .param("households", self.households_total)
                        .param("min", min),
                );
            }
        }
        if let (true, Some(declared), Ok(verdict)) = (counts_ok, self.result, self.verdict())
            && declared != verdict.outcome
        {
            report.error(
                verdict
                    .rule
                    .violation(&path.pointer().key("result"), Code::ResultMismatch)
                    .param("declared", declared.name_vi())
                    .param("computed", verdict.outcome.name_vi())
                    .param("required", verdict.required),
            );
        }
    }

    /// Nghị định 59/2023 Điều 5 k2 c: more than 50% of all household representatives chose the
    /// online route. Not knowing how many did is a warning (the rule cannot be checked); too few
    /// is a breach.
    fn check_online_choice(&self, path: &impl At, report: &mut ValidationReport) {
        let at = path.pointer().key("online_chosen_by");
        let rule = RuleId::DecisionOnlinePrecondition;
        let Some(chosen) = self.online_chosen_by else {
            report.warn(rule.violation(&at, Code::Required));
            return;
        };
        if chosen > self.households_total {
            report.error(
                Violation::new(&at, Code::OutOfRange)
                    .param("min", 0)
                    .param("max", self.households_total)
                    .param("actual", chosen),
            );
            return;
        }
        let required = Threshold::MajorityOfAll.required(self.households_total);
        if u64::from(chosen) < required {
            report.breach(
                rule.violation(&at, Code::OnlineNotChosen)
                    .param("chosen", chosen)
                    .param("total", self.households_total)
                    .param("required", required),
            );
        }
    }

    /// Records inconsistent counts; `true` when they are consistent.
    fn check_counts(&self, path: &impl At, report: &mut ValidationReport) -> bool {
        let mut ok = true;
        if self.households_total == 0 {
            report.error(
                Violation::new(&path.pointer().key("households_total"), Code::NotPositive)
                    .param("actual", 0),
            );
            ok = false;
        }
        if self.households_represented > self.households_total {
            report.error(
                Violation::new(
                    &path.pointer().key("households_represented"),
                    Code::OutOfRange,
                )
                .param("min", 0)
                .param("max", self.households_total)
                .param("actual", self.households_represented),
            );
            ok = false;
        }
        if self.households_approving > self.households_represented {
            report.error(
                Violation::new(
                    &path.pointer().key("households_approving"),
                    Code::OutOfRange,
                )
                .param("min", 0)
                .param("max", self.households_represented)
                .param("actual", self.households_approving),
            );
            ok = false;
        }
        ok
    }
}

impl Validate for CommunityDecision {
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check(ctx, path, report);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_are_well_formed() {
        crate::vocabulary::assert_well_formed::<DecisionItem>();
        crate::vocabulary::assert_well_formed::<DecisionForm>();
        crate::vocabulary::assert_well_formed::<BallotReason>();
        crate::vocabulary::assert_well_formed::<Outcome>();
        crate::vocabulary::assert_well_formed::<Threshold>();
    }

    #[test]
    fn thresholds_at_the_edges() {
        assert_eq!(Threshold::TwoThirdsOfAll.required(3), 2);
        assert_eq!(Threshold::TwoThirdsOfAll.required(1), 1);
        assert_eq!(Threshold::TwoThirdsOfAll.required(u32::MAX), 2_863_311_530);
        assert_eq!(Threshold::MajorityOfAll.required(2), 2);
        assert_eq!(Threshold::MajorityOfAll.required(u32::MAX), 2_147_483_648);
    }
}
