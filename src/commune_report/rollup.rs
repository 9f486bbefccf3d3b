//! The roll-up of commune reports to a district or a province.

use std::collections::HashMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use super::ReportingPeriod;
use super::document::CommuneQcdcReport;
use super::records_rollup::{
    ConsultationTotals, DecisionTotals, DisclosureTotals, record_contribution,
};
use super::sections::{InvestmentSupervisionResults, PeopleInspectionResults, SupervisingBody};
use crate::org::{AdminLevel, AdminUnit, UnitKind};
use crate::text::fold;
use crate::validate::{
    Code, Pointer, Validate, ValidationContext, ValidationReport, Violation, check_json,
    from_json_slice,
};

/// **Chỉ tiêu cộng dồn** — a group of figures that add up across communes, added with checked
/// arithmetic.
///
/// # Example
/// ```
/// use qcdc::commune_report::{Additive, PeopleInspectionResults};
///
/// let a = PeopleInspectionResults { sessions: 2, ..Default::default() };
/// let b = PeopleInspectionResults { sessions: 3, money_recovered: u64::MAX, ..Default::default() };
/// assert_eq!(a.checked_add(&a).unwrap().sessions, 4);
/// assert_eq!(b.checked_add(&b), Err("money_recovered"));
/// ```
pub trait Additive: Sized {
    /// Every additive figure with its name (the JSON key), in a fixed order.
    fn figures(&self) -> Vec<(&'static str, u64)>;

    /// The figure-by-figure sum.
    ///
    /// # Errors
    /// The name of the first figure whose sum would not fit in a `u64`.
    fn checked_add(&self, other: &Self) -> Result<Self, &'static str>;
}

/// Implements [`Additive`] for a struct by listing its additive `u64` fields.
macro_rules! additive {
    ($ty:ty { $($field:ident),+ $(,)? }) => {
        impl Additive for $ty {
            fn figures(&self) -> Vec<(&'static str, u64)> {
                vec![$((stringify!($field), self.$field)),+]
            }
            fn checked_add(&self, other: &Self) -> Result<Self, &'static str> {
                let mut out = self.clone();
                $(
                    out.$field = self.$field
                        .checked_add(other.$field)
                        .ok_or(stringify!($field))?;
                )+
                Ok(out)
            }
        }
    };
}

pub(super) use additive;

additive!(PeopleInspectionResults {
    sessions,
    violations_found,
    cases_recommended,
    money_recovered,
    money_other_handling,
    land_recovered_m2,
    land_other_handling_m2,
    law_recommendations,
});

additive!(InvestmentSupervisionResults {
    projects_in_area,
    sessions,
    violations_found,
    cases_recommended,
    money_recovered,
    settlement_reductions,
    money_other_handling,
});

/// **Tỷ lệ** — a rate recomputed from summed counts (never an average of rates): `numerator`
/// out of `denominator`, with the percentage rounded to two decimals (none when the
/// denominator is zero). Serialises as `{"numerator", "denominator", "percent"}`.
///
/// # Example
/// ```
/// use qcdc::commune_report::Rate;
///
/// let r = Rate::new(2, 3);
/// assert_eq!(r.percent(), Some(66.67));
/// assert_eq!(r.to_string(), "66,67%");
/// assert_eq!(Rate::new(0, 0).percent(), None);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rate {
    /// **Tử số** — the counted part.
    pub numerator: u64,
    /// **Mẫu số** — the whole.
    pub denominator: u64,
}

impl Rate {
    /// `numerator` out of `denominator`.
    pub fn new(numerator: u64, denominator: u64) -> Self {
        Rate {
            numerator,
            denominator,
        }
    }

    /// The rate in hundredths of a percent (basis points), rounded half up; exact integer
    /// arithmetic.
    pub fn basis_points(&self) -> Option<u64> {
        if self.denominator == 0 {
            return None;
        }
        let n = u128::from(self.numerator) * 10_000;
        let d = u128::from(self.denominator);
        u64::try_from((n + d / 2) / d).ok()
    }

    /// The percentage, two decimals.
    pub fn percent(&self) -> Option<f64> {
        self.basis_points().map(|bp| bp as f64 / 100.0)
    }
}

impl std::fmt::Display for Rate {
    /// Vietnamese style: "66,67%", "—" when undefined.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.basis_points() {
            Some(bp) => write!(f, "{},{:02}%", bp / 100, bp % 100),
            None => f.write_str("—"),
        }
    }
}

impl Serialize for Rate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Rate", 3)?;
        st.serialize_field("numerator", &self.numerator)?;
        st.serialize_field("denominator", &self.denominator)?;
        st.serialize_field("percent", &self.percent())?;
        st.end()
    }
}

/// **IV. Tổng hợp kiểm tra, giám sát** — supervisions counted by body, and their
/// recommendations.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SupervisionTotals {
    /// **Số cuộc** — supervisions.
    pub count: u64,
    /// **Do Ban TTND** — by the Ban Thanh tra nhân dân.
    pub by_ban_ttnd: u64,
    /// **Do Ban GSĐTCĐ** — by the Ban Giám sát đầu tư của cộng đồng.
    pub by_ban_gsdtcd: u64,
    /// **Do chủ thể khác** — by other bodies.
    pub by_other: u64,
    /// **Kiến nghị cấp ủy** — recommendations to the Party committee.
    pub recommendations_to_party: u64,
    /// **Kiến nghị chính quyền** — recommendations to the government.
    pub recommendations_to_government: u64,
    /// **Kiến nghị khác** — recommendations to others.
    pub recommendations_to_others: u64,
}

additive!(SupervisionTotals {
    count,
    by_ban_ttnd,
    by_ban_gsdtcd,
    by_other,
    recommendations_to_party,
    recommendations_to_government,
    recommendations_to_others,
});

/// **VII. Tổng hợp đơn thư** — complaints: the period figures summed over every period
/// rolled up; the year-to-date figures and the unresolved complaints taken from each
/// commune's latest report, then summed over communes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ComplaintTotals {
    /// **Tiếp nhận trong kỳ** — received in the periods rolled up.
    pub received_in_period: u64,
    /// **Đã giải quyết trong kỳ** — resolved in the periods rolled up.
    pub resolved_in_period: u64,
    /// **Tiếp nhận lũy kế** — received since 1 January (latest report of each commune).
    pub received_year_to_date: u64,
    /// **Giải quyết lũy kế** — resolved since 1 January (latest report of each commune).
    pub resolved_year_to_date: u64,
    /// **Chưa giải quyết** — unresolved at the end (latest report of each commune).
    pub unresolved: u64,
    /// **Tỷ lệ giải quyết** — resolved year to date out of resolved + unresolved.
    pub resolution_rate: Rate,
}

additive!(ComplaintTotals {
    received_in_period,
    resolved_in_period,
    received_year_to_date,
    resolved_year_to_date,
    unresolved,
});

/// **VIII. Tổng hợp họp thôn, tổ dân phố** — the yearly section, from each commune's latest
/// report that has it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MeetingTotals {
    /// **Số xã báo cáo** — communes whose reports carry the section.
    pub units_reporting: u64,
    /// **(1)** — thôn/TDP.
    pub residential_units: u64,
    /// **(2)** — meeting once a year.
    pub meeting_once: u64,
    /// **(3)** — meeting twice a year.
    pub meeting_twice: u64,
    /// **(4)** — meeting in another way.
    pub meeting_other: u64,
    /// **Tỷ lệ thôn, TDP có họp** — (2)+(3)+(4) out of (1).
    pub meeting_rate: Rate,
}

additive!(MeetingTotals {
    units_reporting,
    residential_units,
    meeting_once,
    meeting_twice,
    meeting_other,
});

/// **Số liệu tổng hợp** — the figures of one commune (a row) or of the whole area (the
/// "Cộng" row), section by section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RollupTotals {
    /// **Số báo cáo** — reports counted.
    pub reports: u64,
    /// **I. Công khai**.
    pub disclosures: DisclosureTotals,
    /// **II. Nhân dân bàn và quyết định**.
    pub decisions: DecisionTotals,
    /// **III. Nhân dân tham gia ý kiến**.
    pub consultations: ConsultationTotals,
    /// **IV. Kiểm tra, giám sát**.
    pub supervisions: SupervisionTotals,
    /// **V. Ban Thanh tra nhân dân**.
    pub people_inspection: PeopleInspectionResults,
    /// **VI. Ban Giám sát đầu tư của cộng đồng**.
    pub investment_supervision: InvestmentSupervisionResults,
    /// **VII. Đơn thư khiếu nại, tố cáo**.
    pub complaints: ComplaintTotals,
    /// **VIII. Họp thôn, tổ dân phố**.
    pub residential_meetings: MeetingTotals,
}

impl RollupTotals {
    /// Every additive figure as `(section, figure, value)`, in a fixed order — the figures the
    /// "Cộng" row sums (rates are not among them: they are recomputed).
    pub fn figures(&self) -> Vec<(&'static str, &'static str, u64)> {
        let mut out = vec![("", "reports", self.reports)];
        let sections: [(&'static str, Vec<(&'static str, u64)>); 8] = [
            ("disclosures", self.disclosures.figures()),
            ("decisions", self.decisions.figures()),
            ("consultations", self.consultations.figures()),
            ("supervisions", self.supervisions.figures()),
            ("people_inspection", self.people_inspection.figures()),
            (
                "investment_supervision",
                self.investment_supervision.figures(),
            ),
            ("complaints", self.complaints.figures()),
            ("residential_meetings", self.residential_meetings.figures()),
        ];
        for (section, figures) in sections {
            out.extend(figures.into_iter().map(|(name, v)| (section, name, v)));
        }
        out
    }

    /// The figure-by-figure sum, with the rates recomputed from the sums.
    ///
    /// # Errors
    /// `(section, figure)` of the first figure whose sum would overflow.
    pub fn checked_add(&self, other: &Self) -> Result<Self, (&'static str, &'static str)> {
        let mut out = RollupTotals {
            reports: self
                .reports
                .checked_add(other.reports)
                .ok_or(("", "reports"))?,
            disclosures: self
                .disclosures
                .checked_add(&other.disclosures)
                .map_err(|f| ("disclosures", f))?,
            decisions: self
                .decisions
                .checked_add(&other.decisions)
                .map_err(|f| ("decisions", f))?,
            consultations: self
                .consultations
                .checked_add(&other.consultations)
                .map_err(|f| ("consultations", f))?,
            supervisions: self
                .supervisions
                .checked_add(&other.supervisions)
                .map_err(|f| ("supervisions", f))?,
            people_inspection: self
                .people_inspection
                .checked_add(&other.people_inspection)
                .map_err(|f| ("people_inspection", f))?,
            investment_supervision: self
                .investment_supervision
                .checked_add(&other.investment_supervision)
                .map_err(|f| ("investment_supervision", f))?,
            complaints: self
                .complaints
                .checked_add(&other.complaints)
                .map_err(|f| ("complaints", f))?,
            residential_meetings: self
                .residential_meetings
                .checked_add(&other.residential_meetings)
                .map_err(|f| ("residential_meetings", f))?,
        };
        out.recompute_rates();
        Ok(out)
    }

    /// Recomputes every rate from the counts (after they changed).
    fn recompute_rates(&mut self) {
        let d = &mut self.decisions;
        d.approval_rate = Rate::new(d.households_approving, d.households_total);
        let c = &mut self.consultations;
        c.acceptance_rate = Rate::new(c.opinions_accepted, c.opinions_received);
        let c = &mut self.complaints;
        // Resolved + unresolved can only overflow if the figures are absurd; then no rate.
        c.resolution_rate = match c.resolved_year_to_date.checked_add(c.unresolved) {
            Some(whole) => Rate::new(c.resolved_year_to_date, whole),
            None => Rate::default(),
        };
        let m = &mut self.residential_meetings;
        m.meeting_rate = match m
            .meeting_once
            .checked_add(m.meeting_twice)
            .and_then(|s| s.checked_add(m.meeting_other))
        {
            Some(meeting) => Rate::new(meeting, m.residential_units),
            None => Rate::default(),
        };
    }
}

/// The JSON Pointer, inside a report, of the figure a roll-up total is made from.
fn figure_path(section: &str, figure: &str) -> Pointer {
    match section {
        "" => Pointer::root(),
        "disclosures" | "decisions" | "consultations" | "supervisions" => {
            Pointer::root().key(section)
        }
        "residential_meetings" if figure == "units_reporting" => Pointer::root().key(section),
        _ => Pointer::root().key(section).key(figure),
    }
}

/// The flows of one report: its period figures, its records counted. Year-to-date and yearly
/// figures are added per commune from its latest report, not here.
fn period_contribution(report: &CommuneQcdcReport) -> Result<RollupTotals, Box<Violation>> {
    let (disclosures, decisions, consultations) = record_contribution(report)?;
    let mut totals = RollupTotals {
        reports: 1,
        disclosures,
        decisions,
        consultations,
        people_inspection: report.people_inspection.clone(),
        investment_supervision: report.investment_supervision.clone(),
        ..RollupTotals::default()
    };
    let supervisions = Pointer::root().key("supervisions");
    for (i, s) in report.supervisions.iter().enumerate() {
        let one = SupervisionTotals {
            count: 1,
            by_ban_ttnd: u64::from(s.body == SupervisingBody::BanTtnd),
            by_ban_gsdtcd: u64::from(s.body == SupervisingBody::BanGsdtcd),
            by_other: u64::from(s.body == SupervisingBody::Other),
            recommendations_to_party: s.recommendations_to_party,
            recommendations_to_government: s.recommendations_to_government,
            recommendations_to_others: s.recommendations_to_others,
        };
        totals.supervisions = totals.supervisions.checked_add(&one).map_err(|figure| {
            Box::new(
                Violation::new(&supervisions.index(i).key(figure), Code::TotalOverflow)
                    .param("figure", format!("supervisions/{figure}")),
            )
        })?;
    }
    totals.complaints.received_in_period = report.complaints.received_in_period;
    totals.complaints.resolved_in_period = report.complaints.resolved_in_period;
    Ok(totals)
}

/// Sets the stocks of `row` (year-to-date complaints, the yearly section) from the latest
/// report, and the yearly section from the latest report that has it.
fn set_stocks(row: &mut RollupTotals, reports: &[&CommuneQcdcReport]) {
    if let Some(latest) = reports.iter().max_by_key(|r| r.period) {
        let c = &latest.complaints;
        row.complaints.received_year_to_date = c.received_year_to_date;
        row.complaints.resolved_year_to_date = c.resolved_year_to_date;
        row.complaints.unresolved = c.unresolved;
    }
    if let Some(m) = reports
        .iter()
        .filter_map(|r| r.residential_meetings.as_ref().map(|m| (r.period, m)))
        .max_by_key(|(period, _)| *period)
        .map(|(_, m)| m)
    {
        row.residential_meetings = MeetingTotals {
            units_reporting: 1,
            residential_units: m.residential_units,
            meeting_once: m.meeting_once,
            meeting_twice: m.meeting_twice,
            meeting_other: m.meeting_other,
            meeting_rate: Rate::default(),
        };
    }
    row.recompute_rates();
}

/// **Danh sách đơn vị tổng hợp** — what a roll-up is measured against: the district or province
/// (`area`), the period, and the commune-level units expected to report.
///
/// A district can roll up only periods that end by 30/06/2025 (no district level after,
/// Nghị quyết 203/2025/QH15). Units are matched by kind and name (case and diacritics
/// ignored), so names must be distinct within the list.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::UnitList;
/// use qcdc::org::reference::{long_bien_wards, quan_long_bien};
/// use qcdc::validate::{Code, Validate, ValidationContext};
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
/// let ok = UnitList::new(quan_long_bien(), "2025-Q2".parse()?, long_bien_wards());
/// assert!(ok.validate(&ctx).is_valid());
/// let gone = UnitList::new(quan_long_bien(), "2025-Q3".parse()?, long_bien_wards());
/// assert_eq!(gone.validate(&ctx).error_codes()[0], Code::UnitNotExisting);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Danh sách đơn vị tổng hợp")]
pub struct UnitList {
    /// **Địa bàn tổng hợp** — the district (until 30/06/2025) or province; absent when the list
    /// is not an area's (for instance inferred from the reports at hand).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Địa bàn tổng hợp (huyện, tỉnh)")]
    pub area: Option<AdminUnit>,
    /// **Kỳ tổng hợp** — a quarter, or a longer period whose quarters are rolled up.
    #[schemars(title = "Kỳ tổng hợp")]
    pub period: ReportingPeriod,
    /// **Các đơn vị cấp xã** — the communes and wards expected to report.
    #[serde(default)]
    #[schemars(title = "Các đơn vị cấp xã")]
    pub units: Vec<AdminUnit>,
}

impl UnitList {
    /// The list of `units` of `area` for `period`.
    pub fn new(area: AdminUnit, period: ReportingPeriod, units: Vec<AdminUnit>) -> Self {
        UnitList {
            area: Some(area),
            period,
            units,
        }
    }
}

/// Units are matched by kind and folded name.
type UnitKey = (UnitKind, String);

fn unit_key(unit: &AdminUnit) -> UnitKey {
    (unit.kind, fold(&unit.name))
}

impl Validate for UnitList {
    fn validate_at(&self, _: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        let (first, last) = (self.period.first_day(), self.period.last_day());
        if let Some(area) = &self.area {
            let area_path = path.key("area");
            if !matches!(area.level(), AdminLevel::District | AdminLevel::Province) {
                report.error(
                    Violation::new(&area_path.key("kind"), Code::AreaNotDistrictOrProvince)
                        .param("unit", area.to_string()),
                );
            }
            // The area must exist for the whole period: a district cannot roll up a quarter
            // that runs past 30/06/2025.
            let on = [first, last].into_iter().find(|d| !area.exists_on(*d));
            area.check(on, &area_path, report);
        }
        let units = path.key("units");
        if self.units.is_empty() {
            report.error(
                Violation::new(&units, Code::TooFew)
                    .param("min", 1)
                    .param("actual", 0),
            );
        }
        let mut seen: HashMap<UnitKey, usize> = HashMap::new();
        for (i, unit) in self.units.iter().enumerate() {
            let at = units.index(i);
            if unit.level() != AdminLevel::Commune {
                report.error(
                    Violation::new(&at.key("kind"), Code::UnitNotCommune)
                        .param("unit", unit.to_string()),
                );
            }
            let exists = unit.exists_on(first) || unit.exists_on(last);
            unit.check((!exists).then_some(last), &at, report);
            if let Some(before) = seen.insert(unit_key(unit), i) {
                report.error(
                    Violation::new(&at, Code::Duplicate)
                        .param("value", unit.to_string())
                        .param("first", before),
                );
            }
        }
    }
}

/// **Báo cáo nộp lên** — one report handed to the roll-up, with where it came from (a file name,
/// an id): decoded, or the problems that kept it from being decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct Submission {
    /// **Nguồn** — where the report came from, shown in the list of invalid reports.
    pub source: String,
    /// **Báo cáo** — the decoded report, or every problem found when decoding failed.
    pub document: Result<CommuneQcdcReport, ValidationReport>,
}

impl Submission {
    /// A decoded report from `source`.
    pub fn new(source: impl Into<String>, report: CommuneQcdcReport) -> Self {
        Submission {
            source: source.into(),
            document: Ok(report),
        }
    }

    /// A report read from JSON bytes; when they do not decode, the submission carries every
    /// decoding and validation problem found (as `check_json` gives them).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::commune_report::Submission;
    /// use qcdc::validate::{Code, ValidationContext};
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
    /// let bad = Submission::from_json("x.json", br#"{"unit": 5}"#, &ctx);
    /// assert_eq!(bad.document.unwrap_err().errors()[0].code, Code::WrongType);
    /// ```
    pub fn from_json(source: impl Into<String>, bytes: &[u8], ctx: &ValidationContext) -> Self {
        let document = match decode_directly(bytes) {
            Some(report) => Ok(report),
            None => from_json_slice::<CommuneQcdcReport>(bytes)
                .map_err(|_| check_json::<CommuneQcdcReport>(bytes, ctx)),
        };
        Submission {
            source: source.into(),
            document,
        }
    }
}

/// Decodes with serde directly when that gives what the crate's lenient decoder would: the
/// lenient decoder treats `null` and `""` members as absent, so bytes without an empty string
/// decode the same either way (a `null` serde rejects sends them down the lenient path). The
/// common, well-formed report then skips the detour through `serde_json::Value`.
fn decode_directly(bytes: &[u8]) -> Option<CommuneQcdcReport> {
    if bytes.len() > crate::validate::MAX_DOCUMENT_BYTES
        || bytes.windows(2).any(|pair| pair == b"\"\"")
    {
        return None;
    }
    serde_json::from_slice(bytes).ok()
}

/// **Báo cáo không được tổng hợp** — a report left out of the roll-up, with why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InvalidSubmission {
    /// **Nguồn** — where it came from.
    pub source: String,
    /// **Đơn vị** — the unit it names, when it could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<AdminUnit>,
    /// **Kỳ** — its period, when it could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<ReportingPeriod>,
    /// **Lỗi** — the errors.
    pub errors: Vec<Violation>,
    /// **Cảnh báo** — the warnings.
    pub warnings: Vec<Violation>,
}

/// **Cảnh báo của báo cáo được tổng hợp** — the warnings of a report that was counted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubmissionWarnings {
    /// **Nguồn** — where it came from.
    pub source: String,
    /// **Cảnh báo** — its warnings.
    pub warnings: Vec<Violation>,
}

/// **Báo cáo trùng kỳ** — a unit that filed more than one report for one period (or a yearly
/// report beside a quarter of the same year): the first (in input order) is counted, the others
/// are left out, since counting both would count the same months twice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportedTwice {
    /// **Đơn vị**.
    pub unit: AdminUnit,
    /// **Kỳ** — the period of the report counted.
    pub period: ReportingPeriod,
    /// **Nguồn** — every report it filed for the period, the counted one first.
    pub sources: Vec<String>,
}

/// **Dòng của đơn vị** — one commune's row of the roll-up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitRow {
    /// **Đơn vị**.
    pub unit: AdminUnit,
    /// **Các kỳ đã báo cáo** — the periods counted, in order.
    pub periods: Vec<ReportingPeriod>,
    /// **Nguồn** — the reports counted.
    pub sources: Vec<String>,
    /// **Số liệu** — the unit's figures.
    pub totals: RollupTotals,
}

/// **Báo cáo tổng hợp** — the roll-up of commune reports for a district or a province: the
/// "Cộng" figures, one row per commune that reported, the coverage of the unit list, and the
/// reports left out with their errors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rollup {
    /// **Địa bàn** — the district or province.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<AdminUnit>,
    /// **Kỳ tổng hợp**.
    pub period: ReportingPeriod,
    /// **Số đơn vị phải báo cáo** — the units of the list.
    pub units_expected: usize,
    /// **Đơn vị đã báo cáo** — one row per unit with at least one report counted, in the
    /// order of the list.
    pub units_reported: Vec<UnitRow>,
    /// **Đơn vị chưa báo cáo** — units of the list with no report counted.
    pub units_missing: Vec<AdminUnit>,
    /// **Báo cáo trùng kỳ** — units that reported more than once for one period.
    pub reported_twice: Vec<ReportedTwice>,
    /// **Báo cáo không hợp lệ** — reports left out, with their errors.
    pub invalid: Vec<InvalidSubmission>,
    /// **Cảnh báo** — warnings of the reports counted.
    pub warnings: Vec<SubmissionWarnings>,
    /// **Cộng** — the totals of the area.
    pub totals: RollupTotals,
}

/// **Tổng hợp báo cáo** — validates every submission and rolls the valid ones up against
/// `units` (see [`Rollup`] and the [module docs](super)).
///
/// A report is left out (listed in [`Rollup::invalid`] with its errors) when it does not
/// decode or validate, names a unit not in the list (`unit_not_in_list`), has a period outside
/// the list's period (`period_not_in_rollup`), repeats a unit and period already counted or
/// overlaps one (a yearly report beside a quarter: `duplicate_report`), or would overflow a
/// total (`total_overflow`).
///
/// Period figures are summed; year-to-date figures and unresolved complaints are taken from
/// each unit's latest report and the yearly section VIII from its latest report that has it,
/// then summed over units; rates are recomputed from the sums.
///
/// # Errors
/// The problems of the unit list itself (an area that is not a district or province, a district
/// after 30/06/2025, no units, units repeated or not of commune level).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, rollup};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::{Code, ValidationContext};
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 12, 20).unwrap());
/// let xa = |name| AdminUnit::new(UnitKind::Xa, name);
/// let mut q2 = CommuneQcdcReport::empty(xa("Tân Mỹ"), "2023-Q2".parse()?);
/// q2.complaints.received_in_period = 5;
/// q2.complaints.received_year_to_date = 5;
/// q2.complaints.unresolved = 5;
/// let mut q3 = q2.clone();
/// q3.period = "2023-Q3".parse()?;
/// q3.complaints.received_in_period = 2;
/// q3.complaints.received_year_to_date = 7; // not 5 + 7
/// q3.complaints.unresolved = 7;
/// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023".parse()?, vec![xa("Tân Mỹ")]);
/// let r = rollup(&[Submission::new("q2", q2.clone()), Submission::new("q3", q3), Submission::new("again", q2)], &list, &ctx).expect("a valid unit list");
/// assert_eq!(r.totals.complaints.received_in_period, 7);
/// assert_eq!(r.totals.complaints.received_year_to_date, 7);
/// assert_eq!(r.invalid[0].errors[0].code, Code::DuplicateReport);
///
/// let district_after_reform = UnitList::new(AdminUnit::new(UnitKind::Huyen, "Yên Dũng"), "2025-Q3".parse()?, vec![xa("Tân Mỹ")]);
/// assert!(rollup(&[], &district_after_reform, &ctx).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn rollup(
    submissions: &[Submission],
    units: &UnitList,
    ctx: &ValidationContext,
) -> Result<Rollup, ValidationReport> {
    let list_report = units.validate(ctx);
    if !list_report.is_valid() {
        return Err(list_report);
    }
    let index: HashMap<UnitKey, usize> = units
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| (unit_key(u), i))
        .collect();
    let scope = (units.period.first_day(), units.period.last_day());
    let mut invalid = Vec::new();
    let mut warnings = Vec::new();
    let mut reported_twice: Vec<ReportedTwice> = Vec::new();
    // Per unit of the list: the submissions counted.
    let mut accepted: Vec<Vec<usize>> = vec![Vec::new(); units.units.len()];
    // Per unit: the periods counted so far and the submission of each.
    let mut counted_periods: Vec<Vec<(ReportingPeriod, usize)>> =
        vec![Vec::new(); units.units.len()];

    for (i, submission) in submissions.iter().enumerate() {
        let doc = match &submission.document {
            Ok(doc) => doc,
            Err(problems) => {
                invalid.push(InvalidSubmission {
                    source: submission.source.clone(),
                    unit: None,
                    period: None,
                    errors: problems.errors().to_vec(),
                    warnings: problems.warnings().to_vec(),
                });
                continue;
            }
        };
        let mut report = doc.validate(ctx);
        let slot = index.get(&unit_key(&doc.unit)).copied();
        if slot.is_none() {
            let area = units
                .area
                .as_ref()
                .map_or_else(|| "danh sách".to_owned(), |a| a.to_string());
            report.error(
                Violation::new(&Pointer::root().key("unit"), Code::UnitNotInList)
                    .param("unit", doc.unit.to_string())
                    .param("area", area),
            );
        }
        if !within(scope, doc.period) {
            report.error(
                Violation::new(&Pointer::root().key("period"), Code::PeriodNotInRollup)
                    .param("period", doc.period.to_string())
                    .param("rollup_period", units.period.to_string()),
            );
        }
        if let Some(slot) = slot
            && report.is_valid()
        {
            // The same period twice, or a yearly report beside a quarter of that year: counting
            // both would count the same months twice.
            let overlapping = counted_periods[slot]
                .iter()
                .find(|(p, _)| overlaps(*p, doc.period))
                .copied();
            if let Some((first_period, first)) = overlapping {
                report.error(
                    Violation::new(&Pointer::root().key("period"), Code::DuplicateReport)
                        .param("unit", doc.unit.to_string())
                        .param("period", first_period.to_string())
                        .param("first", submissions[first].source.clone()),
                );
                match reported_twice.iter_mut().find(|t| {
                    index.get(&unit_key(&t.unit)) == Some(&slot) && t.period == first_period
                }) {
                    Some(twice) => twice.sources.push(submission.source.clone()),
                    None => reported_twice.push(ReportedTwice {
                        unit: units.units[slot].clone(),
                        period: first_period,
                        sources: vec![submissions[first].source.clone(), submission.source.clone()],
                    }),
                }
            } else {
                counted_periods[slot].push((doc.period, i));
            }
        }
        match slot {
            Some(slot) if report.is_valid() => {
                accepted[slot].push(i);
                if !report.warnings().is_empty() {
                    warnings.push(SubmissionWarnings {
                        source: submission.source.clone(),
                        warnings: report.warnings().to_vec(),
                    });
                }
            }
            _ => invalid.push(left_out(submission, doc, report)),
        }
    }

    let mut rows = Vec::new();
    let mut units_missing = Vec::new();
    let mut totals = RollupTotals::default();
    for (slot, unit) in units.units.iter().enumerate() {
        let mut row_totals = RollupTotals::default();
        let mut counted: Vec<usize> = Vec::new();
        let mut ids = accepted[slot].clone();
        ids.sort_by_key(|&i| report_of(&submissions[i]).map(|d| d.period));
        for i in ids {
            let Some(doc) = report_of(&submissions[i]) else {
                continue;
            };
            let added = period_contribution(doc).and_then(|flows| {
                row_totals.checked_add(&flows).map_err(|(section, figure)| {
                    Box::new(
                        Violation::new(&figure_path(section, figure), Code::TotalOverflow)
                            .param("figure", qualified(section, figure)),
                    )
                })
            });
            match added {
                Ok(sum) => {
                    row_totals = sum;
                    counted.push(i);
                }
                Err(v) => {
                    let mut report = ValidationReport::new();
                    report.error(*v);
                    invalid.push(left_out(&submissions[i], doc, report));
                }
            }
        }
        let docs: Vec<&CommuneQcdcReport> = counted
            .iter()
            .filter_map(|&i| report_of(&submissions[i]))
            .collect();
        set_stocks(&mut row_totals, &docs);
        for (k, pair) in docs.windows(2).enumerate() {
            if let Some(w) = year_to_date_warning(pair[0], pair[1]) {
                let source = submissions[counted[k + 1]].source.clone();
                match warnings.iter_mut().find(|s| s.source == source) {
                    Some(found) => found.warnings.push(w),
                    None => warnings.push(SubmissionWarnings {
                        source,
                        warnings: vec![w],
                    }),
                }
            }
        }
        if counted.is_empty() {
            units_missing.push(unit.clone());
            continue;
        }
        match totals.checked_add(&row_totals) {
            Ok(sum) => totals = sum,
            Err((section, figure)) => {
                // The unit's figures cannot be added to the area's: all its reports are left
                // out, so that the totals stay exact.
                for &i in &counted {
                    let mut report = ValidationReport::new();
                    report.error(
                        Violation::new(&figure_path(section, figure), Code::TotalOverflow)
                            .param("figure", qualified(section, figure)),
                    );
                    if let Some(doc) = report_of(&submissions[i]) {
                        invalid.push(left_out(&submissions[i], doc, report));
                    }
                }
                units_missing.push(unit.clone());
                continue;
            }
        }
        rows.push(UnitRow {
            unit: unit.clone(),
            periods: docs.iter().map(|d| d.period).collect(),
            sources: counted
                .iter()
                .map(|&i| submissions[i].source.clone())
                .collect(),
            totals: row_totals,
        });
    }
    totals.recompute_rates();
    Ok(Rollup {
        area: units.area.clone(),
        period: units.period,
        units_expected: units.units.len(),
        units_reported: rows,
        units_missing,
        reported_twice,
        invalid,
        warnings,
        totals,
    })
}

/// Between two reports of one unit in one year, in order: the later year-to-date figure must
/// cover the earlier one plus the later period (a lower one means a figure was typed wrong or
/// restarted).
fn year_to_date_warning(
    earlier: &CommuneQcdcReport,
    later: &CommuneQcdcReport,
) -> Option<Violation> {
    if earlier.period.year() != later.period.year() {
        return None;
    }
    let (e, l) = (&earlier.complaints, &later.complaints);
    [
        (
            "received_year_to_date",
            e.received_year_to_date,
            l.received_in_period,
            l.received_year_to_date,
        ),
        (
            "resolved_year_to_date",
            e.resolved_year_to_date,
            l.resolved_in_period,
            l.resolved_year_to_date,
        ),
    ]
    .into_iter()
    .find_map(|(key, previous, period, ytd)| {
        let minimum = previous.checked_add(period)?;
        (ytd < minimum).then(|| {
            Violation::new(
                &Pointer::root().key("complaints").key(key),
                Code::YearToDateBelowPrevious,
            )
            .param("year_to_date", ytd)
            .param("previous", previous)
            .param("period", period)
        })
    })
}

fn report_of(s: &Submission) -> Option<&CommuneQcdcReport> {
    s.document.as_ref().ok()
}

fn qualified(section: &str, figure: &str) -> String {
    if section.is_empty() {
        figure.to_owned()
    } else {
        format!("{section}/{figure}")
    }
}

fn overlaps(a: ReportingPeriod, b: ReportingPeriod) -> bool {
    a.first_day() <= b.last_day() && b.first_day() <= a.last_day()
}

fn within(scope: (NaiveDate, NaiveDate), period: ReportingPeriod) -> bool {
    period.first_day() >= scope.0 && period.last_day() <= scope.1
}

fn left_out(
    submission: &Submission,
    doc: &CommuneQcdcReport,
    report: ValidationReport,
) -> InvalidSubmission {
    InvalidSubmission {
        source: submission.source.clone(),
        unit: Some(doc.unit.clone()),
        period: Some(doc.period),
        errors: report.errors().to_vec(),
        warnings: report.warnings().to_vec(),
    }
}
