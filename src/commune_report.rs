//! **Báo cáo kết quả thực hiện dân chủ ở cơ sở của xã, phường** — the commune's quarterly QCDC
//! implementation report, in the eight sections a provincial reporting system collects
//! (tỉnh Bắc Giang's portal, 2023–2025), its validation, and its roll-up to district and province.
//!
//! # The report
//! [`CommuneQcdcReport`] is filed by one commune-level unit (xã, phường, thị trấn until
//! 30/06/2025, đặc khu from 01/07/2025) for one quarter; section VIII (thôn/TDP meetings) is
//! yearly and belongs in the fourth quarter's report or in a yearly report. Money is in đồng,
//! areas in m², counts are unsigned integers; documents are referenced ([`Attachment`]: number,
//! date, issuer, or an opaque file id), never carried.
//!
//! Sections I–III hold the rules' own documents, so each legal fact is declared once, in
//! [`crate::rules`]: [`Disclosure`](crate::rules::Disclosure) (content items of Điều 11, forms
//! of Điều 12 k1; the commune and its web portal and loudspeakers are stated once, in the
//! header), [`CommunityDecision`](crate::rules::CommunityDecision) (Điều 15 items, Điều 17
//! forms), [`CommuneWideDecision`](crate::rules::CommuneWideDecision) (Điều 21 k1 ¶2) and
//! [`Consultation`](crate::rules::Consultation) (Điều 25 items, Điều 26 forms). Sections
//! IV–VIII are the supervisions and the figures of the Ban TTND, the Ban GSĐTCĐ, complaints and
//! thôn/TDP meetings.
//!
//! # Validation
//! All problems at once, each at its JSON Pointer. Each disclosure, decision and consultation
//! goes through the checks of the rules module (forms allowed for the content, posting for 30
//! days, loudspeakers for 03 days, approving ≤ represented ≤ total, accepted ≤ received, the
//! recorded result against the approval verdict of the law in force on the decision's date,
//! each finding with its article). Then the consistency rules the provincial system does not
//! check:
//! - the unit is of commune level and exists on some day of the period (`unit_not_commune`,
//!   `unit_not_existing`); the period is a quarter or a year and has begun;
//! - section VIII only in a fourth-quarter or yearly report, and required there
//!   (`section_not_in_period`, `required`); (2)+(3)+(4) ≤ (1) (`meetings_exceed_units`); a
//!   note when (4) is not zero;
//! - cases recommended ≤ violations found, for the Ban TTND and the Ban GSĐTCĐ
//!   (`cases_exceed_violations`);
//! - complaints: period ≤ year to date (`period_exceeds_year_to_date`); resolved ≤ backlog +
//!   received (`resolved_exceeds_received`); unresolved = backlog + received − resolved
//!   (`unresolved_mismatch`), and, when no backlog is given, a *warning*
//!   (`unresolved_implies_backlog`) where the numbers imply one;
//! - a matter's total value ≥ state budget + people's cash (`value_below_parts`); a declared
//!   disclosure duration the dates cover (`duration_shorter_than_declared`); an "other" form
//!   described;
//! - start ≤ end (`date_order`); dates inside the period, ranges overlapping it
//!   (`date_outside`, `range_outside_period`); no date in the future;
//! - a report signed after the deadline of its [`deadline_rule`](CommuneQcdcReport::deadline_rule)
//!   — a *warning* (`submitted_late`) citing the rule's basis, else the asking document: the
//!   deadline is the asking body's, not a rule of law; no rule, no deadline, no finding.
//!
//! # Roll-up
//! [`rollup`] adds the reports of a district (until 30/06/2025) or a province up against its
//! [`UnitList`]: totals per section with "Cộng" rows, rates recomputed from the summed counts
//! (never averaged), year-to-date figures taken from each commune's latest report (never summed
//! across periods), who reported, who did not, who reported twice for one period, and the
//! invalid reports left out with their errors. Sums use checked arithmetic: a report whose
//! figures would overflow a total is left out with a `total_overflow` error. Across the
//! quarters of one commune, a year-to-date figure below the previous one plus the period's is a
//! warning (`year_to_date_below_previous`).
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, rollup};
//! use qcdc::org::{AdminUnit, UnitKind};
//! use qcdc::validate::{Code, Validate, ValidationContext};
//!
//! let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
//! let q3 = "2023-Q3".parse()?;
//! let tan_my = AdminUnit::new(UnitKind::Xa, "Tân Mỹ");
//! let mut report = CommuneQcdcReport::empty(tan_my.clone(), q3);
//! report.complaints.received_in_period = 4;
//! report.complaints.received_year_to_date = 9;
//! report.complaints.resolved_year_to_date = 7;
//! report.complaints.backlog = Some(0);
//! report.complaints.unresolved = 3; // 0 + 9 − 7 = 2
//! assert_eq!(report.validate(&ctx).error_codes(), [Code::UnresolvedMismatch]);
//!
//! report.complaints.unresolved = 2;
//! let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), q3,
//!     vec![tan_my, AdminUnit::new(UnitKind::Xa, "Song Mai")]);
//! let result = rollup(&[Submission::new("tan_my.json", report)], &list, &ctx).expect("a valid unit list");
//! assert_eq!(result.totals.complaints.received_year_to_date, 9);
//! assert_eq!(result.units_missing[0].to_string(), "Xã Song Mai");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod chart;
mod columns;
mod document;
mod inferred;
mod record_checks;
mod record_totals;
mod render;
mod rollup;
mod sections;
mod totals;
mod validation;
#[cfg(feature = "xlsx")]
mod xlsx;

pub use crate::rules::{DisclosureDuration, MatterValue};
pub use chart::{Chart, MAX_CHART_UNITS};
pub use document::CommuneQcdcReport;
pub use inferred::{InferredUnitList, NoInferredList, Outlier, OutlierReason, infer_unit_list};
pub use record_totals::{ConsultationTotals, DecisionTotals, DisclosureTotals};
pub use rollup::{
    InvalidSubmission, ReportedTwice, Rollup, Submission, SubmissionWarnings, UnitList, UnitRow,
    rollup,
};
pub use sections::{
    Attachment, ComplaintResults, InvestmentSupervisionResults, MAX_REFERENCE, MAX_SUMMARY,
    PeopleInspectionResults, ResidentialMeetings, SupervisingBody, Supervision,
};
pub use totals::{
    Additive, ComplaintTotals, MeetingTotals, Rate, RollupTotals, SupervisionTotals, TotalOverflow,
};
#[cfg(feature = "xlsx")]
pub use xlsx::{WorkbookError, WorkbookOptions};

use crate::period::{PeriodKind, ReportingPeriod};

/// What a report's period is, as far as the report's rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PeriodShape {
    /// Quarters I–III.
    Quarter,
    /// Quarter IV: the last report of the year.
    LastQuarter,
    /// A whole year.
    Year,
    /// Months, halves, nine months: not periods of this report.
    Other,
}

impl PeriodShape {
    /// Whether a report of this period carries the yearly section VIII.
    pub(crate) fn ends_year(self) -> bool {
        matches!(self, PeriodShape::LastQuarter | PeriodShape::Year)
    }
}

/// The shape of `period`.
pub(crate) fn period_shape(period: &ReportingPeriod) -> PeriodShape {
    match (period.kind(), period.quarter_number()) {
        (PeriodKind::Quarter, Some(4)) => PeriodShape::LastQuarter,
        (PeriodKind::Quarter, _) => PeriodShape::Quarter,
        (PeriodKind::Year, _) => PeriodShape::Year,
        _ => PeriodShape::Other,
    }
}
