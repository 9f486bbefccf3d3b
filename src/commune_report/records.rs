//! The records of sections I–III — disclosures, matters decided by the people, consultations —
//! built on the rules module: their content items and forms are the enums of `crate::rules`,
//! and each record is checked by the rule checks of that module (forms allowed for the
//! content, posting and loudspeaker days, the approval verdict under the law in force on the
//! decision's date), never by a second copy of them.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::sections::Attachment;
use crate::org::AdminUnit;
use crate::rules::{
    BallotReason, ConsultationForm, ConsultationItem, DecisionForm, DecisionItem, DisclosureForm,
    DisclosureItem, Outcome,
};
use crate::vocabulary::vocabulary;

vocabulary! {
    /// **Thời hạn công khai** — how long a disclosure of section I runs, as the provincial form
    /// asks it: permanently (thường xuyên), at least 30 days, at least 90 days, or otherwise.
    ///
    /// The declared duration is checked against the dates: a disclosure declared "at least 30
    /// days" that was posted for 20 is an error (`duration_shorter_than_declared`).
    ///
    /// # Example
    /// ```
    /// use qcdc::commune_report::DisclosureDuration;
    ///
    /// assert_eq!("tối thiểu 30 ngày".parse::<DisclosureDuration>()?, DisclosureDuration::AtLeast30Days);
    /// assert_eq!(DisclosureDuration::AtLeast90Days.min_days(), Some(90));
    /// assert_eq!(DisclosureDuration::Permanent.min_days(), None);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum DisclosureDuration ("disclosure duration", "Thời hạn công khai") {
        /// **Thường xuyên** — permanently, kept up to date.
        Permanent = "permanent", "Thường xuyên", ["liên tục"];
        /// **Tối thiểu 30 ngày** — at least 30 consecutive days.
        AtLeast30Days = "at_least_30_days", "Tối thiểu 30 ngày", ["30 ngày"];
        /// **Tối thiểu 90 ngày** — at least 90 consecutive days.
        AtLeast90Days = "at_least_90_days", "Tối thiểu 90 ngày", ["90 ngày"];
        /// **Khác** — another duration.
        Other = "other", "Thời hạn khác", ["khác"];
    }
}

impl DisclosureDuration {
    /// The fewest days the dates must cover, when the duration sets one.
    pub fn min_days(self) -> Option<i64> {
        match self {
            DisclosureDuration::AtLeast30Days => Some(30),
            DisclosureDuration::AtLeast90Days => Some(90),
            _ => None,
        }
    }
}

/// **Nội dung công khai** (section I) — one disclosure of the quarter: the content item of
/// Điều 11, a summary, the declared duration, the dates, the forms of Điều 12 k1, the days on
/// the loudspeakers, and the disclosure plan and disclosed document.
///
/// Checked by [`crate::rules::Disclosure`]'s rules (Điều 12–13: posting, web portal,
/// loudspeakers for items 7–12 at least 03 days, 30 days posted, items 4 and 13 permanent) and
/// by the report's own: dates overlap the quarter, the declared duration matches the dates, an
/// "other" form is described.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Nội dung công khai")]
pub struct DisclosureRecord {
    /// **Nội dung công khai** — the content item (Luật 10/2022 Điều 11).
    #[schemars(title = "Nội dung công khai (Điều 11)")]
    pub item: DisclosureItem,
    /// **Tóm tắt** — what was disclosed.
    #[schemars(title = "Tóm tắt nội dung", length(min = 1, max = 2000))]
    pub summary: String,
    /// **Thời hạn công khai** — the declared duration.
    #[schemars(title = "Thời hạn công khai")]
    pub duration: DisclosureDuration,
    /// **Ngày ban hành văn bản** — the date of the decision or document disclosed, when known
    /// (Điều 12 k3: disclosed within 05 working days).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày ban hành văn bản được công khai")]
    pub decided_on: Option<NaiveDate>,
    /// **Từ ngày** — the first day of disclosure.
    #[schemars(title = "Công khai từ ngày")]
    pub disclosed_on: NaiveDate,
    /// **Đến ngày** — the last day posted; absent while still posted or when permanent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Công khai đến ngày")]
    pub posted_until: Option<NaiveDate>,
    /// **Hình thức công khai** — the forms used (Điều 12 k1).
    #[serde(default)]
    #[schemars(title = "Hình thức công khai", length(min = 1, max = 10))]
    pub forms: Vec<DisclosureForm>,
    /// **Hình thức khác** — the other form, required when `forms` has `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Mô tả hình thức khác", length(min = 1, max = 200))]
    pub other_form: Option<String>,
    /// **Số ngày phát trên loa** — consecutive days broadcast on the loudspeakers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Số ngày phát liên tục trên hệ thống loa", range(max = 366))]
    pub broadcast_days: Option<u32>,
    /// **Kế hoạch công khai** — the disclosure plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Kế hoạch công khai")]
    pub plan: Option<Attachment>,
    /// **Văn bản được công khai** — the document disclosed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Văn bản được công khai")]
    pub document: Option<Attachment>,
}

/// **Giá trị thực hiện** — the value involved in a matter decided by the people, in đồng
/// (labour in workdays). The total cannot be below state budget + people's cash.
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

/// **Nội dung Nhân dân bàn và quyết định** (section II) — one matter decided directly by the
/// households of a thôn/TDP: the content item of Điều 15, the form of Điều 17, the counts, the
/// value involved, and the minutes.
///
/// Checked by [`crate::rules::CommunityDecision`]'s rules (forms allowed for the content,
/// clusters, counts approving ≤ represented ≤ total, the recorded result against the verdict of
/// the rule in force on [`date`](Self::date): Luật 10/2022 Điều 21 from 01/07/2023, the NQLT
/// 09/2008 rule before) and by the report's own: the date in the quarter, total value ≥ state
/// budget + people's cash.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Nội dung Nhân dân bàn và quyết định")]
pub struct DecisionRecord {
    /// **Thôn, tổ dân phố** — where the households live.
    #[schemars(title = "Thôn, tổ dân phố")]
    pub unit: AdminUnit,
    /// **Ngày biểu quyết** — the day of the vote (or of collecting the ballots).
    #[schemars(title = "Ngày biểu quyết")]
    pub date: NaiveDate,
    /// **Nội dung** — the content item (Điều 15).
    #[schemars(title = "Nội dung bàn và quyết định (Điều 15)")]
    pub item: DecisionItem,
    /// **Tóm tắt** — the matter decided.
    #[schemars(title = "Tóm tắt", length(min = 1, max = 2000))]
    pub summary: String,
    /// **Chủ trì** — the presiding body or person.
    #[schemars(title = "Chủ trì", length(min = 1, max = 200))]
    pub presiding_body: String,
    /// **Hình thức** — meeting, household ballot or online vote (Điều 17).
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
    /// **Số cụm** — cluster meetings, when the meeting was held by clusters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Số cụm họp", range(min = 1))]
    pub clusters: Option<u32>,
    /// **Địa bàn phân tán** — the households live scattered.
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
    /// **Nội dung thực hiện trên phạm vi cấp xã** — this thôn/TDP's vote on a matter
    /// implemented commune-wide (Điều 21 k1 ¶2).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[schemars(title = "Nội dung thực hiện trên phạm vi cấp xã")]
    pub commune_wide: bool,
    /// **Số đại diện hộ lựa chọn biểu quyết trực tuyến** — for an online vote (Nghị định
    /// 59/2023 Điều 5 k2 c).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Số đại diện hộ lựa chọn biểu quyết trực tuyến")]
    pub online_chosen_by: Option<u32>,
    /// **Giá trị thực hiện** — the value involved, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Giá trị thực hiện")]
    pub value: Option<MatterValue>,
    /// **Biên bản, nghị quyết** — the minutes or resolution (Điều 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Biên bản, nghị quyết")]
    pub minutes: Option<Attachment>,
}

/// **Nội dung Nhân dân tham gia ý kiến** (section III) — one consultation of the quarter: the
/// content item of Điều 25, the forms of Điều 26, the dates, the opinions received and
/// accepted, and the draft, plan and explanatory report.
///
/// Checked by [`crate::rules::Consultation`]'s rules (forms of Điều 26, the dialogue of point h
/// only for content 8, accepted ≤ received, start ≤ end) and by the report's own: the dates
/// overlap the quarter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Nội dung Nhân dân tham gia ý kiến")]
pub struct ConsultationRecord {
    /// **Nội dung** — the content item (Điều 25).
    #[schemars(title = "Nội dung lấy ý kiến (Điều 25)")]
    pub item: ConsultationItem,
    /// **Tóm tắt** — what the people were consulted on.
    #[schemars(title = "Tóm tắt", length(min = 1, max = 2000))]
    pub summary: String,
    /// **Hình thức** — the forms used (Điều 26).
    #[serde(default)]
    #[schemars(title = "Hình thức lấy ý kiến", length(min = 1, max = 8))]
    pub forms: Vec<ConsultationForm>,
    /// **Từ ngày** — the first day.
    #[schemars(title = "Từ ngày")]
    pub start: NaiveDate,
    /// **Đến ngày** — the last day.
    #[schemars(title = "Đến ngày")]
    pub end: NaiveDate,
    /// **Số ý kiến nhận được** — opinions received.
    #[schemars(title = "Số ý kiến nhận được")]
    pub opinions_received: u32,
    /// **Số ý kiến được tiếp thu** — opinions accepted.
    #[schemars(title = "Số ý kiến được tiếp thu")]
    pub opinions_accepted: u32,
    /// **Dự thảo** — the draft consulted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Dự thảo lấy ý kiến")]
    pub draft: Option<Attachment>,
    /// **Kế hoạch** — the consultation plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Kế hoạch lấy ý kiến")]
    pub plan: Option<Attachment>,
    /// **Báo cáo giải trình, tiếp thu** — the report explaining what was accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Báo cáo tiếp thu, giải trình")]
    pub explanatory_report: Option<Attachment>,
}
