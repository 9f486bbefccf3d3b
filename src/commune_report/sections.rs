//! The records of sections IV–VIII (the attachments records refer to are
//! [`crate::rules::Attachment`]).
//!
//! Money is in đồng (`u64`), areas in m² (`u64`), counts are unsigned: a negative or fractional
//! number is a decoding error at its path, never a silent zero.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::vocabulary::vocabulary;

pub use crate::rules::{Attachment, MAX_REFERENCE, MAX_SUMMARY};

vocabulary! {
    /// **Chủ thể giám sát** — who carried out a supervision of section IV: the Ban Thanh tra
    /// nhân dân (Luật 10/2022 Điều 36, 39), the Ban Giám sát đầu tư của cộng đồng (Điều 41–42)
    /// or another body (named in the record).
    ///
    /// # Example
    /// ```
    /// use qcdc::commune_report::SupervisingBody;
    ///
    /// assert_eq!("Ban TTND".parse::<SupervisingBody>()?, SupervisingBody::BanTtnd);
    /// assert_eq!(SupervisingBody::BanGsdtcd.to_string(), "Ban Giám sát đầu tư của cộng đồng");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum SupervisingBody ("supervising body", "Chủ thể giám sát") {
        /// **Ban Thanh tra nhân dân**.
        BanTtnd = "ban_ttnd", "Ban Thanh tra nhân dân", ["Ban TTND", "TTND"];
        /// **Ban Giám sát đầu tư của cộng đồng**.
        BanGsdtcd = "ban_gsdtcd", "Ban Giám sát đầu tư của cộng đồng", ["Ban GSĐTCĐ", "GSĐTCĐ"];
        /// **Chủ thể khác** — another body, named in `body_other`.
        Other = "other", "Chủ thể khác", ["khác"];
    }
}

/// **Cuộc kiểm tra, giám sát** (section IV) — one supervision by the people: its subject, the
/// body that carried it out, and the recommendations it made.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{CommuneQcdcReport, Supervision, SupervisingBody};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::{Code, Validate, ValidationContext};
///
/// let mut report = CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, "Tân Mỹ"), "2023-Q3".parse()?);
/// report.supervisions.push(Supervision {
///     subject: "Thi công đường liên thôn Mỹ Cầu – Mỹ Hà".into(),
///     body: SupervisingBody::Other,
///     body_other: None, // required with `other`
///     start: None, end: None,
///     recommendations_to_party: 0, recommendations_to_government: 1, recommendations_to_others: 0,
/// });
/// let found = report.validate(&ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap()));
/// assert_eq!(found.error_codes(), [Code::Required]);
/// assert_eq!(found.errors()[0].path, "/supervisions/0/body_other");
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Cuộc kiểm tra, giám sát")]
pub struct Supervision {
    /// **Nội dung giám sát** — what was supervised.
    #[schemars(title = "Nội dung kiểm tra, giám sát", length(min = 1, max = 2000))]
    pub subject: String,
    /// **Chủ thể giám sát** — who supervised.
    #[schemars(title = "Chủ thể giám sát")]
    pub body: SupervisingBody,
    /// **Tên chủ thể khác** — the other body's name, required when `body` is `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Tên chủ thể khác", length(min = 1, max = 200))]
    pub body_other: Option<String>,
    /// **Từ ngày** — the first day of the supervision, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Từ ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub start: Option<NaiveDate>,
    /// **Đến ngày** — the last day of the supervision, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Đến ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub end: Option<NaiveDate>,
    /// **Kiến nghị cấp ủy** — recommendations made to the Party committee.
    #[schemars(title = "Số kiến nghị với cấp ủy")]
    pub recommendations_to_party: u64,
    /// **Kiến nghị chính quyền** — recommendations made to the People's Committee.
    #[schemars(title = "Số kiến nghị với chính quyền")]
    pub recommendations_to_government: u64,
    /// **Kiến nghị khác** — recommendations made to other bodies.
    #[schemars(title = "Số kiến nghị với cơ quan, tổ chức khác")]
    pub recommendations_to_others: u64,
}

/// **Kết quả hoạt động của Ban Thanh tra nhân dân** (section V) — what the commune's Ban TTND
/// did in the period (Luật 10/2022 Điều 36, 39).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::CommuneQcdcReport;
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::{Validate, ValidationContext};
///
/// let mut report = CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, "Tân Mỹ"), "2023-Q3".parse()?);
/// report.people_inspection.violations_found = 1;
/// report.people_inspection.cases_recommended = 3; // more cases than violations found
/// let found = report.validate(&ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap()));
/// assert!(found.errors().iter().any(|v| v.path.starts_with("/people_inspection/")));
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Kết quả hoạt động của Ban Thanh tra nhân dân")]
pub struct PeopleInspectionResults {
    /// **Số cuộc kiểm tra, giám sát** — sessions held.
    #[schemars(title = "Số cuộc kiểm tra, giám sát")]
    pub sessions: u64,
    /// **Số vụ việc phát hiện vi phạm** — violations found.
    #[schemars(title = "Số vụ việc phát hiện vi phạm")]
    pub violations_found: u64,
    /// **Số vụ việc kiến nghị xử lý** — cases recommended for handling (at most the violations).
    #[schemars(title = "Số vụ việc kiến nghị xử lý")]
    pub cases_recommended: u64,
    /// **Kiến nghị thu hồi tiền** — money recommended for recovery, in đồng.
    #[schemars(title = "Kiến nghị thu hồi tiền (đồng)")]
    pub money_recovered: u64,
    /// **Kiến nghị xử lý khác về tiền** — money otherwise handled, in đồng.
    #[schemars(title = "Kiến nghị xử lý khác về tiền (đồng)")]
    pub money_other_handling: u64,
    /// **Kiến nghị thu hồi đất** — land recommended for recovery, in m².
    #[schemars(title = "Kiến nghị thu hồi đất (m²)")]
    pub land_recovered_m2: u64,
    /// **Kiến nghị xử lý khác về đất** — land otherwise handled, in m².
    #[schemars(title = "Kiến nghị xử lý khác về đất (m²)")]
    pub land_other_handling_m2: u64,
    /// **Kiến nghị sửa đổi chính sách, pháp luật** — recommendations on shortcomings of the law.
    #[schemars(title = "Số kiến nghị sửa đổi, bổ sung chính sách, pháp luật")]
    pub law_recommendations: u64,
}

/// **Kết quả hoạt động của Ban Giám sát đầu tư của cộng đồng** (section VI) — what the
/// commune's Ban GSĐTCĐ did in the period (Luật 10/2022 Điều 41–42).
///
/// `projects_in_area` counts the works and projects in the commune during the period; like every
/// figure of the section it is a period figure and rolls up by summing.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::CommuneQcdcReport;
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::{Validate, ValidationContext};
///
/// let mut report = CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, "Tân Mỹ"), "2023-Q3".parse()?);
/// report.investment_supervision.projects_in_area = 2;
/// report.investment_supervision.sessions = 3;
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
/// assert!(report.validate(&ctx).is_valid());
/// report.investment_supervision.violations_found = 1;
/// report.investment_supervision.cases_recommended = 2; // more cases than violations found
/// assert!(report.validate(&ctx).errors().iter().any(|v| v.path.starts_with("/investment_supervision/")));
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Kết quả hoạt động của Ban Giám sát đầu tư của cộng đồng")]
pub struct InvestmentSupervisionResults {
    /// **Số công trình, dự án trên địa bàn** — works and projects in the area.
    #[schemars(title = "Số công trình, dự án trên địa bàn")]
    pub projects_in_area: u64,
    /// **Số cuộc giám sát** — supervision sessions held.
    #[schemars(title = "Số cuộc giám sát")]
    pub sessions: u64,
    /// **Số vụ việc phát hiện vi phạm** — violations found.
    #[schemars(title = "Số vụ việc phát hiện vi phạm")]
    pub violations_found: u64,
    /// **Số vụ việc kiến nghị xử lý** — cases recommended for handling (at most the violations).
    #[schemars(title = "Số vụ việc kiến nghị xử lý")]
    pub cases_recommended: u64,
    /// **Kiến nghị thu hồi tiền** — money recommended for recovery, in đồng.
    #[schemars(title = "Kiến nghị thu hồi tiền (đồng)")]
    pub money_recovered: u64,
    /// **Giảm trừ quyết toán** — reductions of final settlements, in đồng.
    #[schemars(title = "Giảm trừ quyết toán (đồng)")]
    pub settlement_reductions: u64,
    /// **Kiến nghị xử lý khác** — money otherwise handled, in đồng.
    #[schemars(title = "Kiến nghị xử lý khác (đồng)")]
    pub money_other_handling: u64,
}

/// **Tiếp nhận, giải quyết đơn thư khiếu nại, tố cáo** (section VII) — complaints and
/// denunciations received and resolved, in the period and since 1 January (year to date), and
/// those still unresolved.
///
/// Year-to-date figures and `unresolved` are stocks at the end of the period: a roll-up takes
/// them from each commune's latest report and never sums them across periods. `backlog` is the
/// number unresolved at the start of the year; when given, `unresolved` must equal
/// `backlog + received_year_to_date − resolved_year_to_date`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::CommuneQcdcReport;
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::{Validate, ValidationContext};
///
/// let mut report = CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, "Tân Mỹ"), "2023-Q3".parse()?);
/// report.complaints.received_in_period = 2;
/// report.complaints.received_year_to_date = 1; // fewer since 1 January than in the quarter
/// report.complaints.unresolved = 2;
/// let found = report.validate(&ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap()));
/// assert!(!found.is_valid());
/// assert!(found.errors().iter().any(|v| v.path.starts_with("/complaints/")));
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Tiếp nhận, giải quyết đơn thư khiếu nại, tố cáo")]
pub struct ComplaintResults {
    /// **Tiếp nhận trong kỳ** — received in the period.
    #[schemars(title = "Số đơn tiếp nhận trong kỳ")]
    pub received_in_period: u64,
    /// **Tiếp nhận lũy kế từ đầu năm** — received since 1 January.
    #[schemars(title = "Số đơn tiếp nhận lũy kế từ đầu năm")]
    pub received_year_to_date: u64,
    /// **Đã giải quyết trong kỳ** — resolved in the period.
    #[schemars(title = "Số đơn đã giải quyết trong kỳ")]
    pub resolved_in_period: u64,
    /// **Đã giải quyết lũy kế từ đầu năm** — resolved since 1 January.
    #[schemars(title = "Số đơn đã giải quyết lũy kế từ đầu năm")]
    pub resolved_year_to_date: u64,
    /// **Tồn chưa giải quyết** — unresolved at the end of the period, in total.
    #[schemars(title = "Tổng số đơn chưa giải quyết")]
    pub unresolved: u64,
    /// **Tồn đầu năm** — unresolved at the start of the year, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Số đơn tồn đầu năm")]
    pub backlog: Option<u64>,
}

/// **Họp thôn, tổ dân phố** (section VIII, yearly) — how many thôn/TDP the commune has (1), and
/// how many held a plenary meeting once a year (2), twice a year (3) or in another way (4, the
/// way stated in `other_way_note`). (2)+(3)+(4) cannot exceed (1).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{CommuneQcdcReport, ResidentialMeetings};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::{Validate, ValidationContext};
///
/// let mut report = CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, "Tân Mỹ"), "2023".parse()?);
/// // (2) + (3) + (4) cannot exceed (1).
/// report.residential_meetings = Some(ResidentialMeetings { residential_units: 8, meeting_once: 6, meeting_twice: 3, meeting_other: 0, other_way_note: None });
/// let found = report.validate(&ValidationContext::new(NaiveDate::from_ymd_opt(2024, 1, 20).unwrap()));
/// assert!(found.errors().iter().any(|v| v.path.starts_with("/residential_meetings/")));
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Họp thôn, tổ dân phố")]
pub struct ResidentialMeetings {
    /// **(1) Số thôn, tổ dân phố** — the residential units of the commune.
    #[schemars(title = "(1) Số thôn, tổ dân phố")]
    pub residential_units: u64,
    /// **(2) Họp toàn thể 1 lần/năm** — units holding a plenary meeting once a year.
    #[schemars(title = "(2) Số thôn, tổ dân phố họp toàn thể 1 lần/năm")]
    pub meeting_once: u64,
    /// **(3) Họp toàn thể 2 lần/năm** — units holding a plenary meeting twice a year.
    #[schemars(title = "(3) Số thôn, tổ dân phố họp toàn thể 2 lần/năm")]
    pub meeting_twice: u64,
    /// **(4) Hình thức khác** — units meeting in another way.
    #[schemars(title = "(4) Số thôn, tổ dân phố họp theo hình thức khác")]
    pub meeting_other: u64,
    /// **Ghi chú hình thức khác** — the other way, required when (4) is not zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ghi chú hình thức khác", length(min = 1, max = 2000))]
    pub other_way_note: Option<String>,
}
