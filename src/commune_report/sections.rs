//! The records of the eight sections and the attachments they refer to.
//!
//! Money is in đồng (`u64`), areas in m² (`u64`), counts are unsigned: a negative or fractional
//! number is a decoding error at its path, never a silent zero.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::vocabulary::vocabulary;

/// **Độ dài tối đa của nội dung** — the longest summary, subject or note accepted, in
/// characters.
pub const MAX_SUMMARY: usize = 2000;

/// **Độ dài tối đa của số hiệu** — the longest document number, issuer, body name or
/// attachment id accepted, in characters.
pub const MAX_REFERENCE: usize = 200;

/// **Tài liệu kèm theo** — a document a record refers to: a reference to an issued document
/// (number, date, issuer) and/or the opaque id of a file stored elsewhere. The report never
/// carries file contents.
///
/// At least the number or the attachment id must be given.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::Attachment;
///
/// let plan = Attachment::document("15/KH-UBND", NaiveDate::from_ymd_opt(2023, 7, 3).unwrap(), "UBND xã Tân Mỹ");
/// assert_eq!(plan.to_string(), "15/KH-UBND ngày 03/07/2023 của UBND xã Tân Mỹ");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Tài liệu kèm theo")]
pub struct Attachment {
    /// **Số, ký hiệu** — the number of the document ("15/KH-UBND").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Số, ký hiệu văn bản", length(min = 1, max = 200))]
    pub number: Option<String>,
    /// **Ngày ban hành** — the date the document was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày ban hành")]
    pub issued_on: Option<NaiveDate>,
    /// **Cơ quan ban hành** — the body that issued it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Cơ quan ban hành", length(min = 1, max = 200))]
    pub issuer: Option<String>,
    /// **Mã tệp đính kèm** — the opaque id of the file in the system that stores it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Mã tệp đính kèm", length(min = 1, max = 200))]
    pub attachment_id: Option<String>,
}

impl Attachment {
    /// A reference to an issued document.
    pub fn document(number: &str, issued_on: NaiveDate, issuer: &str) -> Self {
        Attachment {
            number: Some(number.to_owned()),
            issued_on: Some(issued_on),
            issuer: Some(issuer.to_owned()),
            attachment_id: None,
        }
    }

    /// A reference to a stored file by its id.
    pub fn file(attachment_id: &str) -> Self {
        Attachment {
            number: None,
            issued_on: None,
            issuer: None,
            attachment_id: Some(attachment_id.to_owned()),
        }
    }
}

impl std::fmt::Display for Attachment {
    /// "15/KH-UBND ngày 03/07/2023 của UBND xã Tân Mỹ", or "tệp `id`".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (&self.number, &self.attachment_id) {
            (Some(number), _) => {
                f.write_str(number)?;
                if let Some(date) = self.issued_on {
                    write!(f, " ngày {}", date.format("%d/%m/%Y"))?;
                }
                if let Some(issuer) = &self.issuer {
                    write!(f, " của {issuer}")?;
                }
                Ok(())
            }
            (None, Some(id)) => write!(f, "tệp {id}"),
            (None, None) => f.write_str("(không rõ)"),
        }
    }
}

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
    pub start: Option<NaiveDate>,
    /// **Đến ngày** — the last day of the supervision, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Đến ngày")]
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
