//! The report itself: its header and its eight sections.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ReportingPeriod;
use super::sections::{
    ComplaintResults, InvestmentSupervisionResults, PeopleInspectionResults, ResidentialMeetings,
    Supervision,
};
use crate::legal::LegalDocument;
use crate::org::AdminUnit;
use crate::rules::{CommuneWideDecision, CommunityDecision, Consultation, Disclosure};

/// **Báo cáo kết quả thực hiện dân chủ ở cơ sở của xã, phường** — the quarterly report a
/// commune or ward files on how grassroots democracy was implemented (Luật 10/2022/QH15
/// Chương II), in the eight sections a provincial reporting system collects (DOMAIN.md §9).
///
/// The eight sections are a provincial form — that of tỉnh Bắc Giang's grassroots-democracy
/// portal (2023–2025; Bắc Giang is part of tỉnh Bắc Ninh from 01/07/2025, Nghị quyết
/// 202/2025/QH15) — not a form the law sets: Luật 10/2022 sets no periodic commune report (a
/// province reports when asked, Điều 85 k3). So the document that asked for the report, with
/// its issuing body, is data on the report ([`template`](Self::template)), not a legal
/// constant.
///
/// | Section | Field | Content |
/// |---|---|---|
/// | I | [`disclosures`](Self::disclosures) | Kết quả thực hiện công khai |
/// | II | [`decisions`](Self::decisions) | Nhân dân bàn và quyết định trực tiếp |
/// | III | [`consultations`](Self::consultations) | Nhân dân tham gia ý kiến |
/// | IV | [`supervisions`](Self::supervisions) | Nhân dân kiểm tra, giám sát |
/// | V | [`people_inspection`](Self::people_inspection) | Ban Thanh tra nhân dân |
/// | VI | [`investment_supervision`](Self::investment_supervision) | Ban Giám sát đầu tư của cộng đồng |
/// | VII | [`complaints`](Self::complaints) | Đơn thư khiếu nại, tố cáo |
/// | VIII | [`residential_meetings`](Self::residential_meetings) | Họp thôn, tổ dân phố (yearly) |
///
/// The period is a quarter (`2023-Q3`) or, for a yearly report, a year (`2023`); section VIII
/// is yearly and belongs in the fourth quarter's report or in a yearly report. Validation
/// ([`Validate`](crate::Validate)) checks every consistency rule of the form at once; see the
/// [module docs](super) for the list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Báo cáo kết quả thực hiện dân chủ ở cơ sở của xã, phường")]
pub struct CommuneQcdcReport {
    /// **Đơn vị báo cáo** — the commune, ward, township or special zone.
    #[schemars(title = "Đơn vị báo cáo (xã, phường)")]
    pub unit: AdminUnit,
    /// **Kỳ báo cáo** — the quarter (or, for a yearly report, the year).
    #[schemars(title = "Kỳ báo cáo")]
    pub period: ReportingPeriod,
    /// **Văn bản yêu cầu báo cáo** — the document that set this report's form and asked for it
    /// (a provincial UBND's plan or official letter), with its issuing body: the report's
    /// legal ground, since the Law sets no periodic commune report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Văn bản yêu cầu báo cáo (mẫu báo cáo)")]
    pub template: Option<LegalDocument>,
    /// **Ngày báo cáo** — the date the report was signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày báo cáo")]
    pub reported_on: Option<NaiveDate>,
    /// **Có trang thông tin điện tử** — whether the commune has a web portal: then every
    /// disclosure goes on it (Luật 10/2022 Điều 13 k1).
    #[serde(default)]
    #[schemars(title = "Xã có trang thông tin điện tử")]
    pub has_web_portal: bool,
    /// **Có hệ thống loa** — whether the commune has loudspeakers: then contents 7–12 are
    /// broadcast (Điều 13 k3). Defaults to `true`.
    #[serde(default = "yes")]
    #[schemars(title = "Xã có hệ thống loa truyền thanh")]
    pub has_loudspeakers: bool,
    /// **I. Kết quả thực hiện công khai** — the disclosures of the period.
    #[serde(default)]
    #[schemars(title = "I. Kết quả thực hiện công khai")]
    pub disclosures: Vec<Disclosure>,
    /// **II. Nhân dân bàn và quyết định trực tiếp** — the matters decided by the people.
    #[serde(default)]
    #[schemars(title = "II. Nhân dân bàn và quyết định trực tiếp")]
    pub decisions: Vec<CommunityDecision>,
    /// **II. Nội dung quyết định trên phạm vi cấp xã** — matters of contents 1–2 decided
    /// commune-wide (Điều 21 k1 ¶2): the thôn/TDP votes, their aggregation and recognition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "II. Nội dung Nhân dân quyết định trên phạm vi cấp xã")]
    pub commune_wide_decisions: Vec<CommuneWideDecision>,
    /// **III. Nhân dân tham gia ý kiến** — the consultations of the period.
    #[serde(default)]
    #[schemars(title = "III. Nhân dân tham gia ý kiến")]
    pub consultations: Vec<Consultation>,
    /// **IV. Nhân dân kiểm tra, giám sát** — the supervisions of the period.
    #[serde(default)]
    #[schemars(title = "IV. Nhân dân kiểm tra, giám sát")]
    pub supervisions: Vec<Supervision>,
    /// **V. Ban Thanh tra nhân dân** — the results of the Ban TTND.
    #[schemars(title = "V. Kết quả hoạt động của Ban Thanh tra nhân dân")]
    pub people_inspection: PeopleInspectionResults,
    /// **VI. Ban Giám sát đầu tư của cộng đồng** — the results of the Ban GSĐTCĐ.
    #[schemars(title = "VI. Kết quả hoạt động của Ban Giám sát đầu tư của cộng đồng")]
    pub investment_supervision: InvestmentSupervisionResults,
    /// **VII. Đơn thư khiếu nại, tố cáo** — complaints and denunciations.
    #[schemars(title = "VII. Tiếp nhận, giải quyết đơn thư khiếu nại, tố cáo")]
    pub complaints: ComplaintResults,
    /// **VIII. Họp thôn, tổ dân phố** — yearly: only in a fourth-quarter or yearly report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "VIII. Họp thôn, tổ dân phố (báo cáo năm)")]
    pub residential_meetings: Option<ResidentialMeetings>,
    /// **Ghi chú** — free remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ghi chú", length(min = 1, max = 2000))]
    pub notes: Option<String>,
}

impl CommuneQcdcReport {
    /// An empty report of `unit` for `period`: no records, every figure zero. A starting point
    /// for programs that fill a report in.
    ///
    /// # Example
    /// ```
    /// use qcdc::commune_report::CommuneQcdcReport;
    /// use qcdc::org::{AdminUnit, UnitKind};
    ///
    /// let report = CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, "Tân Mỹ"), "2023-Q3".parse()?);
    /// assert_eq!(report.complaints.unresolved, 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn empty(unit: AdminUnit, period: ReportingPeriod) -> Self {
        CommuneQcdcReport {
            unit,
            period,
            template: None,
            reported_on: None,
            has_web_portal: false,
            has_loudspeakers: true,
            disclosures: Vec::new(),
            decisions: Vec::new(),
            commune_wide_decisions: Vec::new(),
            consultations: Vec::new(),
            supervisions: Vec::new(),
            people_inspection: PeopleInspectionResults::default(),
            investment_supervision: InvestmentSupervisionResults::default(),
            complaints: ComplaintResults::default(),
            residential_meetings: None,
            notes: None,
        }
    }
}

fn yes() -> bool {
    true
}
