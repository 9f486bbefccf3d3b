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
use crate::period::{CutoffRule, DeadlineRule, ReportSubmission};
use crate::rules::{CommuneWideDecision, CommunityDecision, Consultation, Disclosure};

/// **Báo cáo kết quả thực hiện dân chủ ở cơ sở của xã, phường** — the quarterly report a
/// commune or ward files on how grassroots democracy was implemented (Luật 10/2022/QH15
/// Chương II), in the eight sections a provincial reporting system collects.
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
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::CommuneQcdcReport;
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::{Validate, ValidationContext};
///
/// let mut report = CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, "Tân Mỹ"), "2023-Q3".parse()?);
/// report.reported_on = NaiveDate::from_ymd_opt(2023, 9, 18);
/// report.complaints.received_in_period = 2;
/// report.complaints.received_year_to_date = 2;
/// report.complaints.unresolved = 2;
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
/// assert!(report.validate(&ctx).is_valid());
/// # Ok::<(), qcdc::Error>(())
/// ```
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
    /// **Thời hạn gửi báo cáo** — the deadline the asking document sets for this report (a day
    /// of the quarter's last month, days or working days after the data cut-off of Nghị định
    /// 09/2019/NĐ-CP Điều 12), with that document as its basis. No default: the Law sets no
    /// periodic commune report and Điều 13 khoản 1's 25th binds provinces towards the
    /// Government, so without a rule no deadline is checked ([`submission`](Self::submission)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Thời hạn gửi báo cáo (theo văn bản yêu cầu)")]
    pub deadline_rule: Option<DeadlineRule>,
    /// **Ngày báo cáo** — the date the report was signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày báo cáo")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
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
            deadline_rule: None,
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

impl CommuneQcdcReport {
    /// **Gửi báo cáo** — the report as a submission of its period: sent on
    /// [`reported_on`](Self::reported_on), its data cut off under Nghị định 09/2019/NĐ-CP Điều
    /// 12, due under [`deadline_rule`](Self::deadline_rule). `None` when the report carries no
    /// date. [`ReportSubmission::is_late`] then says whether it came after its deadline (never,
    /// when the report has no deadline rule).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::commune_report::CommuneQcdcReport;
    /// use qcdc::org::{AdminUnit, UnitKind};
    /// use qcdc::period::DeadlineRule;
    ///
    /// let mut report = CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, "Tân Mỹ"), "2023-Q3".parse()?);
    /// assert!(report.submission().is_none());
    /// report.reported_on = NaiveDate::from_ymd_opt(2023, 9, 25);
    /// assert!(!report.submission().unwrap().is_late()); // no deadline rule: none to miss
    /// report.deadline_rule = Some(DeadlineRule::day_of_last_month(20));
    /// assert!(report.submission().unwrap().is_late());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn submission(&self) -> Option<ReportSubmission> {
        let mut submission = ReportSubmission::new(self.period, self.reported_on?);
        if let Some(rule) = &self.deadline_rule {
            submission = submission.with_rules(CutoffRule::default(), rule.clone());
        }
        Some(submission)
    }
}

fn yes() -> bool {
    true
}
