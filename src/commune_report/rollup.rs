//! The roll-up of commune reports to a district or a province.

use std::collections::HashMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ReportingPeriod;
use super::document::CommuneQcdcReport;
use super::totals::{RollupTotals, figure_path, period_contribution, set_stocks};
use crate::Error;
use crate::org::{AdminLevel, AdminUnit, UnitCode, registry};
use crate::text::identity_key;
use crate::validate::{
    Code, Findings, FirstSeenByHash, Pointer, Validate, ValidationContext, ValidationReport,
    Violation, check_json, from_json_slice,
};

/// **Danh sách đơn vị tổng hợp** — what a roll-up is measured against: the district or province
/// (`area`), the period, and the commune-level units expected to report.
///
/// A district can roll up only periods that end by 30/06/2025 (no district level after,
/// Nghị quyết 203/2025/QH15). Units are matched by official code when the unit and the report
/// both have one, else by kind and name (case and spacing ignored, tone marks kept: "Xã Tân Mỹ"
/// and "Xã Tân My" are two communes), so units without a code must have distinct names within
/// the list. [`UnitList::for_province`] builds a province's list from the registry.
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
    ///
    /// # Example
    /// ```
    /// use qcdc::commune_report::UnitList;
    /// use qcdc::org::{AdminUnit, UnitKind};
    ///
    /// let xa = |name| AdminUnit::new(UnitKind::Xa, name);
    /// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![xa("Tân Mỹ"), xa("Song Mai")]);
    /// assert_eq!(list.area.unwrap().to_string(), "Tỉnh Bắc Giang");
    /// assert_eq!(list.units.len(), 2);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn new(area: AdminUnit, period: ReportingPeriod, units: Vec<AdminUnit>) -> Self {
        UnitList {
            area: Some(area),
            period,
            units,
        }
    }

    /// **Danh sách theo danh mục** — the province with code `province` and all its
    /// commune-level units for `period`, from the [registry](crate::org::registry): the list
    /// that applies on the period's last day (the 3,321 communes of Quyết định 19/2025/QĐ-TTg
    /// from 01/07/2025, the former list before). Units carry their codes, so reports are
    /// matched by code when they give one.
    ///
    /// # Errors
    /// [`ErrorKind::Unknown`](crate::ErrorKind::Unknown) when `province` is no province of
    /// that list.
    ///
    /// # Example
    /// ```
    /// use qcdc::commune_report::UnitList;
    /// use qcdc::org::UnitCode;
    ///
    /// let list = UnitList::for_province(UnitCode::province(1), "2026-Q1".parse()?)?;
    /// assert_eq!(list.area.unwrap().to_string(), "Thành phố Hà Nội");
    /// assert_eq!(list.units.len(), 126);
    /// assert!(UnitList::for_province(UnitCode::province(2), "2026-Q1".parse()?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_province(province: UnitCode, period: ReportingPeriod) -> Result<Self, Error> {
        let on = period.last_day();
        let area = registry::unit_on(province, on)
            .filter(|p| p.province_code().is_none())
            .ok_or_else(|| {
                Error::unknown(
                    "province code",
                    &province.to_string(),
                    format!("the code of a province on {}", on.format("%d/%m/%Y")),
                )
            })?;
        let units = registry::communes_on(province, on)
            .iter()
            .map(AdminUnit::from)
            .collect();
        Ok(UnitList::new(area.into(), period, units))
    }
}

/// Units are matched by their official code when both sides have one, else by kind and the
/// [`identity_key`] of their name: folding is for finding a unit, not for deciding two units
/// are one.
///
/// The names of a list are indexed by the hash of their kind and key (no key kept: one string
/// per unit made, hashed and dropped, issue 14), a match confirmed by [`same_name`]. They are
/// also indexed as written, so that a report naming its unit as the list does (the common case)
/// is found without making its key: the unit found so is mapped to the first unit of its key,
/// the one the key would find.
struct ListIndex<'a> {
    units: &'a [AdminUnit],
    by_code: HashMap<UnitCode, usize>,
    by_name: FirstSeenByHash,
    /// By kind and name as written: the first unit spelled so.
    by_spelling: FirstSeenByHash,
    /// Per unit: the first unit of the list with its kind and identity key.
    first_of_name: Vec<usize>,
}

impl<'a> ListIndex<'a> {
    fn new(units: &'a [AdminUnit]) -> Self {
        let mut index = ListIndex {
            units,
            by_code: HashMap::with_capacity(units.iter().filter(|u| u.code.is_some()).count()),
            by_name: FirstSeenByHash::with_capacity(units.len()),
            by_spelling: FirstSeenByHash::with_capacity(units.len()),
            first_of_name: Vec::with_capacity(units.len()),
        };
        for (i, u) in units.iter().enumerate() {
            let key = identity_key(&u.name);
            let hash = index.by_name.hash(&(u.kind, &key));
            let first = index
                .by_name
                .repeat_of(hash, i, |at| same_name(&units[at], u, &key));
            index.first_of_name.push(first.unwrap_or(i));
            let spelled = index.by_spelling.hash(&(u.kind, u.name.as_str()));
            index
                .by_spelling
                .repeat_of(spelled, i, |at| same_spelling(&units[at], u));
            if let Some(code) = u.code {
                index.by_code.entry(code).or_insert(i);
            }
        }
        index
    }

    fn get(&self, unit: &AdminUnit) -> Option<usize> {
        if let Some(&at) = unit.code.and_then(|code| self.by_code.get(&code)) {
            return Some(at);
        }
        let spelled = self.by_spelling.hash(&(unit.kind, unit.name.as_str()));
        if let Some(at) = self
            .by_spelling
            .get(spelled, |at| same_spelling(&self.units[at], unit))
        {
            return Some(self.first_of_name[at]);
        }
        let key = identity_key(&unit.name);
        let hash = self.by_name.hash(&(unit.kind, &key));
        self.by_name
            .get(hash, |at| same_name(&self.units[at], unit, &key))
    }
}

/// Whether [`ListIndex::get`] finds `a` and `b` alike: the same code, kind and name as written.
fn same_unit(a: &AdminUnit, b: &AdminUnit) -> bool {
    a.code == b.code && same_spelling(a, b)
}

/// `value` as text, written into a string sized once (`to_string` grows it piece by piece).
fn text_of(value: &impl std::fmt::Display) -> String {
    use std::fmt::Write;
    let mut text = String::with_capacity(32);
    // Writing to a `String` cannot fail.
    let _ = write!(text, "{value}");
    text
}

/// Whether `listed` is `unit` by kind and name as written.
fn same_spelling(listed: &AdminUnit, unit: &AdminUnit) -> bool {
    listed.kind == unit.kind && listed.name == unit.name
}

/// Whether `listed` is `unit` by kind and name, `key` being the [`identity_key`] of the name
/// of `unit`: names equal as written need no key.
fn same_name(listed: &AdminUnit, unit: &AdminUnit, key: &str) -> bool {
    listed.kind == unit.kind && (listed.name == unit.name || identity_key(&listed.name) == key)
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
        // What makes a unit of a list distinct: its code when it has one (former communes of
        // one province may share a name), else its kind and name.
        let coded = self.units.iter().filter(|u| u.code.is_some()).count();
        let mut seen_code: HashMap<UnitCode, usize> = HashMap::with_capacity(coded);
        let mut seen_name = FirstSeenByHash::with_capacity(self.units.len() - coded);
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
            let before = match unit.code {
                Some(code) => seen_code.insert(code, i),
                None => {
                    let key = identity_key(&unit.name);
                    let hash = seen_name.hash(&(unit.kind, &key));
                    seen_name.previous_of(hash, i, |at| same_name(&self.units[at], unit, &key))
                }
            };
            if let Some(before) = before {
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
///
/// # Example
/// ```
/// use qcdc::commune_report::{CommuneQcdcReport, Submission};
/// use qcdc::org::{AdminUnit, UnitKind};
///
/// let report = CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, "Tân Mỹ"), "2023-Q3".parse()?);
/// let submission = Submission::new("tan_my.json", report);
/// assert_eq!(submission.source, "tan_my.json");
/// assert!(submission.document.is_ok());
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Submission {
    /// **Nguồn** — where the report came from, shown in the list of invalid reports.
    pub source: String,
    /// **Báo cáo** — the decoded report, or every problem found when decoding failed.
    pub document: Result<CommuneQcdcReport, ValidationReport>,
}

impl Submission {
    /// A decoded report from `source`.
    ///
    /// # Example
    /// ```
    /// use qcdc::commune_report::{CommuneQcdcReport, Submission};
    /// use qcdc::org::{AdminUnit, UnitKind};
    ///
    /// let report = CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, "Tân Mỹ"), "2023-Q3".parse()?);
    /// let submission = Submission::new("tan_my.json", report.clone());
    /// assert_eq!(submission.document, Ok(report));
    /// # Ok::<(), qcdc::Error>(())
    /// ```
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
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{Submission, UnitList, rollup};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::{Code, ValidationContext};
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
/// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![AdminUnit::new(UnitKind::Xa, "Tân Mỹ")]);
/// let broken = Submission::from_json("tan_my.json", br#"{"unit": 5}"#, &ctx);
/// let r = rollup(&[broken], &list, &ctx).expect("a valid unit list");
/// assert_eq!(r.invalid[0].source, "tan_my.json");
/// assert_eq!(r.invalid[0].errors[0].code, Code::WrongType);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InvalidSubmission {
    /// **Nguồn** — where it came from (`file` on the wire, the `tong_hop` contract).
    #[serde(rename = "file")]
    pub source: String,
    /// **Đơn vị** — the unit it names, when it could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<AdminUnit>,
    /// **Kỳ** — its period, when it could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<ReportingPeriod>,
    /// **Lỗi** — the errors.
    pub errors: Vec<Violation>,
    /// **Vi phạm** — the breaches of law it records.
    pub breaches: Vec<Violation>,
    /// **Cảnh báo** — the warnings.
    pub warnings: Vec<Violation>,
}

/// **Vi phạm và cảnh báo của báo cáo được tổng hợp** — the breaches of law and the warnings of
/// a report that was counted.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, rollup};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::period::DeadlineRule;
/// use qcdc::validate::{Code, ValidationContext};
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
/// let tan_my = AdminUnit::new(UnitKind::Xa, "Tân Mỹ");
/// let mut late = CommuneQcdcReport::empty(tan_my.clone(), "2023-Q3".parse()?);
/// late.deadline_rule = Some(DeadlineRule::day_of_last_month(20)); // the province's template
/// late.reported_on = NaiveDate::from_ymd_opt(2023, 9, 25);
/// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![tan_my]);
/// let r = rollup(&[Submission::new("tan_my.json", late)], &list, &ctx).expect("a valid unit list");
/// assert_eq!(r.totals.reports, 1); // late, still counted
/// assert_eq!(r.warnings[0].warnings[0].code, Code::SubmittedLate);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SubmissionWarnings {
    /// **Nguồn** — where it came from (`file` on the wire, the `tong_hop` contract).
    #[serde(rename = "file")]
    pub source: String,
    /// **Vi phạm** — the breaches of law it records (counted in [`RollupTotals::breaches`]).
    pub breaches: Vec<Violation>,
    /// **Cảnh báo** — its warnings.
    pub warnings: Vec<Violation>,
}

/// **Báo cáo trùng kỳ** — a unit that filed more than one report for one period (or a yearly
/// report beside a quarter of the same year): the first (in input order) is counted, the others
/// are left out, since counting both would count the same months twice.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, rollup};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::ValidationContext;
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
/// let tan_my = AdminUnit::new(UnitKind::Xa, "Tân Mỹ");
/// let report = CommuneQcdcReport::empty(tan_my.clone(), "2023-Q3".parse()?);
/// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![tan_my]);
/// let subs = [Submission::new("a.json", report.clone()), Submission::new("b.json", report)];
/// let r = rollup(&subs, &list, &ctx).expect("a valid unit list");
/// assert_eq!(r.reported_twice[0].sources, ["a.json", "b.json"]);
/// assert_eq!(r.totals.reports, 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReportedTwice {
    /// **Đơn vị**.
    pub unit: AdminUnit,
    /// **Kỳ** — the period of the report counted.
    pub period: ReportingPeriod,
    /// **Nguồn** — every report it filed for the period, the counted one first (`files` on
    /// the wire).
    #[serde(rename = "files")]
    pub sources: Vec<String>,
}

/// **Dòng của đơn vị** — one commune's row of the roll-up.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, rollup};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::ValidationContext;
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
/// let tan_my = AdminUnit::new(UnitKind::Xa, "Tân Mỹ");
/// let mut report = CommuneQcdcReport::empty(tan_my.clone(), "2023-Q3".parse()?);
/// report.complaints.received_in_period = 2;
/// report.complaints.received_year_to_date = 2;
/// report.complaints.unresolved = 2;
/// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![tan_my]);
/// let r = rollup(&[Submission::new("tan_my.json", report)], &list, &ctx).expect("a valid unit list");
/// let row = &r.units_reported[0];
/// assert_eq!((row.unit.name.as_str(), row.sources[0].as_str()), ("Tân Mỹ", "tan_my.json"));
/// assert_eq!(row.totals.complaints.received_in_period, 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UnitRow {
    /// **Đơn vị**.
    pub unit: AdminUnit,
    /// **Các kỳ đã báo cáo** — the periods counted, in order.
    pub periods: Vec<ReportingPeriod>,
    /// **Nguồn** — the reports counted (`files` on the wire).
    #[serde(rename = "files")]
    pub sources: Vec<String>,
    /// **Số liệu** — the unit's figures.
    pub totals: RollupTotals,
}

/// **Báo cáo tổng hợp** — the roll-up of commune reports for a district or a province: the
/// "Cộng" figures, one row per commune that reported, the coverage of the unit list, and the
/// reports left out with their errors.
///
/// Serialises as the object `tong_hop --json` prints (the example adds only its notes on the
/// files of the directory): `area` (a unit, or `null`), `period`, `units_expected`,
/// `units_reported` (`{unit, periods, files, totals}`), `units_missing` (units),
/// `reported_twice` (`{unit, period, files}`), `invalid` (`{file, unit?, period?, errors,
/// breaches, warnings}`), `warnings` (`{file, breaches, warnings}`) and `totals`; and
/// deserialises from it. An output record (non-exhaustive): build one with [`rollup`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, rollup};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::ValidationContext;
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
/// let xa = |name| AdminUnit::new(UnitKind::Xa, name);
/// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![xa("Tân Mỹ"), xa("Song Mai")]);
/// let report = CommuneQcdcReport::empty(xa("Tân Mỹ"), "2023-Q3".parse()?);
/// let r = rollup(&[Submission::new("tan_my.json", report)], &list, &ctx).expect("a valid unit list");
/// assert_eq!((r.units_expected, r.units_reported.len()), (2, 1));
/// assert_eq!(r.units_missing[0].name, "Song Mai");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Rollup {
    /// **Địa bàn** — the district or province.
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
    /// **Vi phạm, cảnh báo** — the breaches of law and the warnings of the reports counted
    /// (the breaches are also counted in [`RollupTotals::breaches`]).
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
    let index = ListIndex::new(&units.units);
    let scope = (units.period.first_day(), units.period.last_day());
    let mut invalid = Vec::new();
    let mut warnings = Vec::new();
    let mut reported_twice: Vec<ReportedTwice> = Vec::new();
    // The reports counted, per unit of the list: one table for all units, sized once, that
    // also keeps each one's breaches and entry of `warnings` (no table per submission).
    let mut counted_periods = CountedPeriods::new(units.units.len(), submissions.len());
    // The unit of the previous report and where it was found: a unit's reports often come one
    // after the other (`tong_hop` reads files sorted by name), and then the list is not
    // searched again.
    let mut previous: Option<(&AdminUnit, Option<usize>)> = None;

    for (i, submission) in submissions.iter().enumerate() {
        let doc = match &submission.document {
            Ok(doc) => doc,
            Err(problems) => {
                invalid.push(InvalidSubmission {
                    source: submission.source.clone(),
                    unit: None,
                    period: None,
                    errors: problems.errors().to_vec(),
                    breaches: problems.breaches().to_vec(),
                    warnings: problems.warnings().to_vec(),
                });
                continue;
            }
        };
        let mut report = doc.validate(ctx);
        let slot = match previous {
            Some((unit, slot)) if same_unit(unit, &doc.unit) => slot,
            _ => index.get(&doc.unit),
        };
        previous = Some((&doc.unit, slot));
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
        let mut counted_at = None;
        if let Some(slot) = slot
            && report.is_valid()
        {
            // The same period twice, or a yearly report beside a quarter of that year: counting
            // both would count the same months twice.
            match counted_periods.first_overlapping(slot, doc.period) {
                Some(entry) => {
                    let Counted {
                        period: first_period,
                        submission: first,
                        ..
                    } = counted_periods.entries[entry];
                    report.error(
                        Violation::new(&Pointer::root().key("period"), Code::DuplicateReport)
                            .param("unit", text_of(&doc.unit))
                            .param("period", text_of(&first_period))
                            .param("first", submissions[first].source.clone()),
                    );
                    match counted_periods.entries[entry].reported_twice {
                        Some(t) => reported_twice[t].sources.push(submission.source.clone()),
                        None => {
                            counted_periods.entries[entry].reported_twice =
                                Some(reported_twice.len());
                            reported_twice.push(ReportedTwice {
                                unit: units.units[slot].clone(),
                                period: first_period,
                                sources: vec![
                                    submissions[first].source.clone(),
                                    submission.source.clone(),
                                ],
                            });
                        }
                    }
                }
                None => counted_at = Some(counted_periods.push(slot, doc.period, i)),
            }
        }
        match counted_at {
            // Still valid: counted just above.
            Some(entry) if report.is_valid() => {
                let entry = &mut counted_periods.entries[entry];
                entry.breaches = report.breaches().len() as u64;
                if !report.is_clean() {
                    // Moved, not copied: the report is not needed after this.
                    let Findings {
                        breaches,
                        warnings: report_warnings,
                        ..
                    } = report.into_parts();
                    entry.warnings = Some(warnings.len());
                    warnings.push(SubmissionWarnings {
                        source: submission.source.clone(),
                        breaches,
                        warnings: report_warnings,
                    });
                }
            }
            _ => invalid.push(left_out(submission, doc, report)),
        }
    }

    let mut rows = Vec::with_capacity(counted_periods.units_counted());
    let mut units_missing = Vec::new();
    let mut totals = RollupTotals::default();
    // Reused from unit to unit: no allocation per unit for its reports.
    // Entries of `counted_periods`: the unit's, by period, then those added to its row.
    let mut ids: Vec<(ReportingPeriod, usize)> = Vec::new();
    let mut counted: Vec<usize> = Vec::new();
    let mut docs: Vec<&CommuneQcdcReport> = Vec::new();
    for (slot, unit) in units.units.iter().enumerate() {
        let mut row_totals = RollupTotals::default();
        counted.clear();
        ids.clear();
        ids.extend(counted_periods.of(slot));
        // By the period kept beside each submission: no report is read to sort.
        ids.sort_by_key(|&(period, _)| period);
        for &(_, entry) in ids.iter() {
            let i = counted_periods.entries[entry].submission;
            let Some(doc) = report_of(&submissions[i]) else {
                continue;
            };
            let added = period_contribution(doc).and_then(|mut flows| {
                flows.breaches = counted_periods.entries[entry].breaches;
                row_totals.checked_add(&flows).map_err(|overflow| {
                    Box::new(
                        Violation::new(
                            &figure_path(overflow.section, overflow.figure),
                            Code::TotalOverflow,
                        )
                        .param("figure", overflow.qualified()),
                    )
                })
            });
            match added {
                Ok(sum) => {
                    row_totals = sum;
                    counted.push(entry);
                }
                Err(v) => {
                    let mut report = ValidationReport::new();
                    report.error(*v);
                    invalid.push(left_out(&submissions[i], doc, report));
                }
            }
        }
        docs.clear();
        let submission_of = |entry: usize| counted_periods.entries[entry].submission;
        docs.extend(
            counted
                .iter()
                .filter_map(|&entry| report_of(&submissions[submission_of(entry)])),
        );
        set_stocks(&mut row_totals, &docs);
        for (k, pair) in docs.windows(2).enumerate() {
            if let Some(w) = year_to_date_warning(pair[0], pair[1]) {
                let later = &mut counted_periods.entries[counted[k + 1]];
                match later.warnings {
                    Some(at) => warnings[at].warnings.push(w),
                    None => {
                        later.warnings = Some(warnings.len());
                        warnings.push(SubmissionWarnings {
                            source: submissions[later.submission].source.clone(),
                            breaches: Vec::new(),
                            warnings: vec![w],
                        });
                    }
                }
            }
        }
        if counted.is_empty() {
            units_missing.push(unit.clone());
            continue;
        }
        match totals.checked_add(&row_totals) {
            Ok(sum) => totals = sum,
            Err(overflow) => {
                // The unit's figures cannot be added to the area's: all its reports are left
                // out, so that the totals stay exact.
                for &entry in &counted {
                    let i = counted_periods.entries[entry].submission;
                    let mut report = ValidationReport::new();
                    report.error(
                        Violation::new(
                            &figure_path(overflow.section, overflow.figure),
                            Code::TotalOverflow,
                        )
                        .param("figure", overflow.qualified()),
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
                .map(|&entry| {
                    submissions[counted_periods.entries[entry].submission]
                        .source
                        .clone()
                })
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

/// A report counted for a unit of the list: its period, its submission, the breaches of law
/// its validation found (counted in the totals), its entry of [`Rollup::warnings`] when it has
/// one, and its entry of [`Rollup::reported_twice`] once another report repeats its period.
#[derive(Debug, Clone, Copy)]
struct Counted {
    period: ReportingPeriod,
    submission: usize,
    breaches: u64,
    warnings: Option<usize>,
    reported_twice: Option<usize>,
    /// The unit's next counted report, in input order.
    next: Option<usize>,
}

/// The reports counted for every unit of the list, in one table sized once for all the
/// submissions (issue 14: a list per unit was an allocation per unit): each unit's reports are
/// linked in input order from its first to its last.
struct CountedPeriods {
    entries: Vec<Counted>,
    /// Per unit: its first and last entry.
    ends: Vec<Option<(usize, usize)>>,
}

impl CountedPeriods {
    fn new(units: usize, submissions: usize) -> Self {
        CountedPeriods {
            entries: Vec::with_capacity(submissions),
            ends: vec![None; units],
        }
    }

    /// The unit's counted reports, in input order: their periods and entries.
    fn of(&self, slot: usize) -> impl Iterator<Item = (ReportingPeriod, usize)> {
        let first = self.ends[slot].map(|(first, _)| first);
        std::iter::successors(first, |&at| self.entries[at].next)
            .map(|at| (self.entries[at].period, at))
    }

    /// The entry of the unit's first counted report (in input order) whose period overlaps
    /// `period`.
    fn first_overlapping(&self, slot: usize, period: ReportingPeriod) -> Option<usize> {
        let first = self.ends[slot].map(|(first, _)| first);
        // The days of `period` once, not at each entry.
        let (start, end) = (period.first_day(), period.last_day());
        std::iter::successors(first, |&at| self.entries[at].next).find(|&at| {
            let counted = self.entries[at].period;
            counted.first_day() <= end && start <= counted.last_day()
        })
    }

    /// Counts `submission` for the unit at `slot`; returns its entry.
    fn push(&mut self, slot: usize, period: ReportingPeriod, submission: usize) -> usize {
        let at = self.entries.len();
        self.entries.push(Counted {
            period,
            submission,
            breaches: 0,
            warnings: None,
            reported_twice: None,
            next: None,
        });
        self.ends[slot] = Some(match self.ends[slot] {
            Some((first, last)) => {
                self.entries[last].next = Some(at);
                (first, at)
            }
            None => (at, at),
        });
        at
    }

    /// How many units have a report counted.
    fn units_counted(&self) -> usize {
        self.ends.iter().filter(|e| e.is_some()).count()
    }
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

fn within(scope: (NaiveDate, NaiveDate), period: ReportingPeriod) -> bool {
    period.first_day() >= scope.0 && period.last_day() <= scope.1
}

fn left_out(
    submission: &Submission,
    doc: &CommuneQcdcReport,
    report: ValidationReport,
) -> InvalidSubmission {
    let Findings {
        errors,
        breaches,
        warnings,
        ..
    } = report.into_parts();
    InvalidSubmission {
        source: submission.source.clone(),
        unit: Some(doc.unit.clone()),
        period: Some(doc.period),
        errors,
        breaches,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::org::UnitKind;

    fn xa(name: &str) -> AdminUnit {
        AdminUnit::new(UnitKind::Xa, name)
    }

    #[test]
    fn the_list_index_finds_units_by_code_then_by_identity_of_kind_and_name() {
        let coded = xa("Tân Mỹ").with_code(UnitCode::commune(7_780), None);
        let units = [coded, xa("Song Mai"), xa("Tân My"), xa("song  MAI")];
        let index = ListIndex::new(&units);
        // Case and spacing do not count; tone marks and the kind do; the first unit wins.
        assert_eq!(index.get(&xa(" SONG mai ")), Some(1));
        assert_eq!(index.get(&xa("Tân My")), Some(2));
        assert_eq!(index.get(&xa("tân mỹ")), Some(0));
        assert_eq!(index.get(&xa("Tan My")), None);
        assert_eq!(
            index.get(&AdminUnit::new(UnitKind::Phuong, "Song Mai")),
            None
        );
        // By code before the name: a coded report of another name is still the coded unit.
        let renamed = xa("Khác").with_code(UnitCode::commune(7_780), None);
        assert_eq!(index.get(&renamed), Some(0));
        let unknown_code = xa("Song Mai").with_code(UnitCode::commune(1), None);
        assert_eq!(index.get(&unknown_code), Some(1));
    }

    #[test]
    fn a_unit_listed_again_points_at_its_latest_earlier_listing() {
        let list = UnitList::new(
            AdminUnit::new(UnitKind::Tinh, "Bắc Giang"),
            "2023-Q3".parse().expect("a quarter"),
            vec![xa("A"), xa("B"), xa("a"), xa(" A "), xa("Á")],
        );
        let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).expect("a date"));
        let report = list.validate(&ctx);
        let duplicates: Vec<(String, Option<&serde_json::Value>)> = report
            .errors()
            .iter()
            .filter(|v| v.code == Code::Duplicate)
            .map(|v| (v.path.to_string(), v.params.get("first")))
            .collect();
        let first = |i: usize| Some(serde_json::Value::from(i));
        assert_eq!(
            duplicates,
            [
                ("/units/2".to_owned(), first(0).as_ref()),
                ("/units/3".to_owned(), first(2).as_ref()),
            ]
        );
    }
}

#[cfg(test)]
mod counted_tests {
    use super::*;
    use crate::org::UnitKind;

    fn xa(name: &str) -> AdminUnit {
        AdminUnit::new(UnitKind::Xa, name)
    }

    fn period(text: &str) -> ReportingPeriod {
        text.parse().expect("a period")
    }

    #[test]
    fn a_name_spelled_as_a_later_unit_finds_the_first_unit_of_its_identity() {
        // Two coded units whose names differ only in case: a report without a code, spelled
        // as the second, is the first by identity, as the key alone would find it.
        let units = [
            xa("Song Mai").with_code(UnitCode::commune(1), None),
            xa("song mai").with_code(UnitCode::commune(2), None),
            xa("Tân Mỹ"),
        ];
        let index = ListIndex::new(&units);
        assert_eq!(index.get(&xa("song mai")), Some(0));
        assert_eq!(index.get(&xa("Song Mai")), Some(0));
        assert_eq!(index.get(&xa("Tân Mỹ")), Some(2));
        assert_eq!(index.get(&xa("TÂN  MỸ")), Some(2));
        assert_eq!(index.get(&AdminUnit::new(UnitKind::Phuong, "Tân Mỹ")), None);
    }

    #[test]
    fn the_previous_report_s_unit_is_reused_only_when_code_kind_and_name_are_the_same() {
        let coded = |n| xa("Song Mai").with_code(UnitCode::commune(n), None);
        assert!(same_unit(&coded(1), &coded(1)));
        assert!(!same_unit(&coded(1), &coded(2)));
        assert!(!same_unit(&coded(1), &xa("Song Mai")));
        assert!(!same_unit(&xa("Song Mai"), &xa("song mai")));
        assert!(!same_unit(
            &xa("Song Mai"),
            &AdminUnit::new(UnitKind::Phuong, "Song Mai")
        ));
        assert_eq!(text_of(&xa("Tân Mỹ")), xa("Tân Mỹ").to_string());
    }

    #[test]
    fn each_unit_keeps_its_counted_reports_in_input_order() {
        let mut counted = CountedPeriods::new(3, 6);
        counted.push(1, period("2023-Q3"), 0);
        counted.push(0, period("2023-Q1"), 1);
        counted.push(1, period("2023-Q1"), 2);
        counted.push(1, period("2023-Q2"), 4);
        let of = |slot| -> Vec<(ReportingPeriod, usize)> {
            counted
                .of(slot)
                .map(|(period, at)| (period, counted.entries[at].submission))
                .collect()
        };
        assert_eq!(
            of(1),
            [
                (period("2023-Q3"), 0),
                (period("2023-Q1"), 2),
                (period("2023-Q2"), 4)
            ]
        );
        assert_eq!(of(0), [(period("2023-Q1"), 1)]);
        assert!(of(2).is_empty());
        assert_eq!(counted.units_counted(), 2);
        // The first overlapping report in input order: the year overlaps all three of unit 1,
        // the third quarter only the first.
        let entry = |slot, p| counted.first_overlapping(slot, period(p));
        assert_eq!(
            entry(1, "2023").map(|e| counted.entries[e].submission),
            Some(0)
        );
        assert_eq!(
            entry(1, "2023-Q2").map(|e| counted.entries[e].submission),
            Some(4)
        );
        assert_eq!(entry(1, "2023-Q4"), None);
        assert_eq!(entry(2, "2023"), None);
    }
}
