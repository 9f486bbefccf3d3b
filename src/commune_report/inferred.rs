//! The unit list of a roll-up inferred from the reports at hand, when no list is given: the
//! period from the caller or from the majority of the reports, never from one file.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::ReportingPeriod;
use super::rollup::{Submission, UnitList};
use crate::org::{AdminLevel, AdminUnit, UnitKind};
use crate::text::identity_key;
use crate::validate::{Pointer, ValidationReport};

/// **Danh sách đơn vị suy ra từ báo cáo** — a unit list built from the reports themselves,
/// with the reports that did not contribute to it and why.
///
/// # Example
/// ```
/// use qcdc::commune_report::{CommuneQcdcReport, Submission, infer_unit_list};
/// use qcdc::org::{AdminUnit, UnitKind};
///
/// let q3 = |name| CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, name), "2023-Q3".parse().unwrap());
/// let inferred = infer_unit_list(&[Submission::new("a", q3("Tân Mỹ")), Submission::new("b", q3("Song Mai"))], None)?;
/// assert_eq!(inferred.list.units.len(), 2);
/// assert!(inferred.list.area.is_none() && inferred.outliers.is_empty());
/// # Ok::<(), qcdc::commune_report::NoInferredList>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InferredUnitList {
    /// **Danh sách** — the period (given or the majority's) and the communes of the reports
    /// of that period; no area.
    pub list: UnitList,
    /// **Báo cáo không dùng để lập danh sách** — the decoded reports left out of the list (the
    /// roll-up then lists them as invalid with their finding).
    pub outliers: Vec<Outlier>,
}

/// **Báo cáo ngoài danh sách** — a report that did not shape the inferred list.
///
/// # Example
/// ```
/// use qcdc::commune_report::{CommuneQcdcReport, OutlierReason, Submission, infer_unit_list};
/// use qcdc::org::{AdminUnit, UnitKind};
///
/// let report = |kind, name| CommuneQcdcReport::empty(AdminUnit::new(kind, name), "2023-Q3".parse().unwrap());
/// let subs = [Submission::new("a.json", report(UnitKind::Xa, "Tân Mỹ")), Submission::new("tinh.json", report(UnitKind::Tinh, "Bắc Giang"))];
/// let inferred = infer_unit_list(&subs, None)?;
/// assert_eq!(inferred.outliers[0].source, "tinh.json");
/// assert_eq!(inferred.outliers[0].reason, OutlierReason::NotCommune);
/// # Ok::<(), qcdc::commune_report::NoInferredList>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Outlier {
    /// **Nguồn** — where it came from (`file` on the wire, as in a [`Rollup`](super::Rollup)).
    #[serde(rename = "file")]
    pub source: String,
    /// **Lý do** — why it was left out.
    pub reason: OutlierReason,
}

/// **Lý do** — why a report did not shape an inferred unit list.
///
/// # Example
/// ```
/// use qcdc::commune_report::{CommuneQcdcReport, OutlierReason, Submission, infer_unit_list};
/// use qcdc::org::{AdminUnit, UnitKind};
///
/// let report = |period: &str| CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, "Tân Mỹ"), period.parse().unwrap());
/// let subs = [Submission::new("q3.json", report("2023-Q3")), Submission::new("q1.json", report("2023-Q1"))];
/// let inferred = infer_unit_list(&subs, Some("2023-Q3".parse()?))?;
/// assert_eq!(inferred.outliers[0].reason, OutlierReason::OtherPeriod);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OutlierReason {
    /// Its period is not within the roll-up's period.
    OtherPeriod,
    /// Its unit is not a commune, ward or special zone.
    NotCommune,
    /// Its unit is unusable in a list: blank or long name, or not existing in the period.
    UnitNotValid,
}

/// **Không suy ra được kỳ** — why no unit list could be inferred.
///
/// An error (English `Display`, `std::error::Error`): see the crate docs' "Errors" section.
///
/// # Example
/// ```
/// use qcdc::commune_report::{NoInferredList, infer_unit_list};
///
/// let err = infer_unit_list(&[], None).unwrap_err();
/// assert_eq!(err, NoInferredList::NoReport);
/// assert_eq!(err.to_string(), "no commune report could be decoded");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NoInferredList {
    /// No report could be decoded.
    #[error("no commune report could be decoded")]
    NoReport,
    /// No period (nor year) is shared by more than half of the decoded reports: the caller
    /// must say which period to roll up. The periods found, most frequent first.
    #[error(
        "no period is shared by more than half of the reports ({} periods found); say which period to roll up",
        .0.len()
    )]
    NoMajority(Vec<(ReportingPeriod, usize)>),
}

/// **Suy ra danh sách đơn vị** — the unit list to roll `submissions` up against when no list is
/// given.
///
/// The period is `period` when given. Otherwise it is the period of more than half of the
/// decoded reports, or else the year of more than half of them (a yearly roll-up of its
/// quarters); one report with an odd period ("9999") cannot take the roll-up over. The units
/// are the communes of the reports within that period, in input order, each once (compared by
/// kind and [`identity_key`] of the name); a report naming a province, a unit not existing in
/// the period or a blank name is an [`Outlier`] and does not stop the roll-up.
///
/// # Errors
/// [`NoInferredList`] when no report decodes, or when no period is given and none has a
/// majority.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{CommuneQcdcReport, OutlierReason, Submission, infer_unit_list};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::ValidationContext;
///
/// let q3 = |name| CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, name), "2023-Q3".parse().unwrap());
/// let odd = CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, "Lạ"), "9999".parse()?);
/// let subs = [Submission::new("a", q3("Tân Mỹ")), Submission::new("b", q3("Song Mai")), Submission::new("c", odd)];
/// let inferred = infer_unit_list(&subs, None).expect("a majority period");
/// assert_eq!(inferred.list.period.to_string(), "Quý III/2023");
/// assert_eq!(inferred.list.units.len(), 2);
/// assert_eq!(inferred.outliers[0].reason, OutlierReason::OtherPeriod);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn infer_unit_list(
    submissions: &[Submission],
    period: Option<ReportingPeriod>,
) -> Result<InferredUnitList, NoInferredList> {
    let decoded: Vec<(&str, &super::CommuneQcdcReport)> = submissions
        .iter()
        .filter_map(|s| s.document.as_ref().ok().map(|d| (s.source.as_str(), d)))
        .collect();
    if decoded.is_empty() && period.is_none() {
        return Err(NoInferredList::NoReport);
    }
    let period = match period {
        Some(p) => p,
        None => majority_period(decoded.iter().map(|(_, d)| d.period))?,
    };
    let (first, last) = (period.first_day(), period.last_day());
    let mut units: Vec<AdminUnit> = Vec::new();
    let mut seen: HashSet<(UnitKind, String)> = HashSet::new();
    let mut outliers = Vec::new();
    for (source, doc) in decoded {
        let unit = &doc.unit;
        let reason = if doc.period.first_day() < first || doc.period.last_day() > last {
            Some(OutlierReason::OtherPeriod)
        } else if unit.level() != AdminLevel::Commune {
            Some(OutlierReason::NotCommune)
        } else if !usable(unit, first, last) {
            Some(OutlierReason::UnitNotValid)
        } else {
            None
        };
        match reason {
            Some(reason) => outliers.push(Outlier {
                source: source.to_owned(),
                reason,
            }),
            None => {
                if seen.insert((unit.kind, identity_key(&unit.name))) {
                    units.push(unit.clone());
                }
            }
        }
    }
    Ok(InferredUnitList {
        list: UnitList {
            area: None,
            period,
            units,
        },
        outliers,
    })
}

/// Whether `unit` passes the checks a unit list makes of its units (name, existence in the
/// period), so that one report cannot make the inferred list invalid.
fn usable(unit: &AdminUnit, first: chrono::NaiveDate, last: chrono::NaiveDate) -> bool {
    let exists = unit.exists_on(first) || unit.exists_on(last);
    let mut report = ValidationReport::new();
    unit.check((!exists).then_some(last), &Pointer::root(), &mut report);
    report.is_valid()
}

/// The period of more than half of `periods`, or the year of more than half of them.
fn majority_period(
    periods: impl Iterator<Item = ReportingPeriod>,
) -> Result<ReportingPeriod, NoInferredList> {
    let mut by_period: HashMap<ReportingPeriod, usize> = HashMap::new();
    let mut by_year: HashMap<i32, usize> = HashMap::new();
    let mut total = 0usize;
    for p in periods {
        *by_period.entry(p).or_default() += 1;
        *by_year.entry(p.year()).or_default() += 1;
        total += 1;
    }
    let majority = |count: usize| count.saturating_mul(2) > total;
    if let Some((p, _)) = by_period.iter().find(|(_, n)| majority(**n)) {
        return Ok(*p);
    }
    if let Some((year, _)) = by_year.iter().find(|(_, n)| majority(**n))
        && let Ok(p) = ReportingPeriod::whole_year(*year)
    {
        return Ok(p);
    }
    let mut found: Vec<(ReportingPeriod, usize)> = by_period.into_iter().collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Err(NoInferredList::NoMajority(found))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commune_report::CommuneQcdcReport;

    fn sub(source: &str, kind: UnitKind, name: &str, period: &str) -> Submission {
        let report = CommuneQcdcReport::empty(AdminUnit::new(kind, name), period.parse().unwrap());
        Submission::new(source, report)
    }

    #[test]
    fn one_odd_period_or_province_does_not_take_the_list_over() {
        let subs = [
            sub("a", UnitKind::Xa, "Tân Mỹ", "2023-Q3"),
            sub("b", UnitKind::Tinh, "Bắc Giang", "2023-Q3"),
            sub("c", UnitKind::Xa, "Song Mai", "2023-Q3"),
            sub("d", UnitKind::Xa, "Lạ", "9999"),
            sub("e", UnitKind::Xa, "  ", "2023-Q3"),
            sub("f", UnitKind::Xa, "TÂN MỸ", "2023-Q3"),
        ];
        let inferred = infer_unit_list(&subs, None).unwrap();
        assert_eq!(inferred.list.period, "2023-Q3".parse().unwrap());
        let names: Vec<_> = inferred
            .list
            .units
            .iter()
            .map(|u| u.name.as_str())
            .collect();
        assert_eq!(names, ["Tân Mỹ", "Song Mai"]);
        let outliers: Vec<_> = inferred
            .outliers
            .iter()
            .map(|o| (o.source.as_str(), o.reason))
            .collect();
        assert_eq!(
            outliers,
            [
                ("b", OutlierReason::NotCommune),
                ("d", OutlierReason::OtherPeriod),
                ("e", OutlierReason::UnitNotValid),
            ]
        );
    }

    #[test]
    fn quarters_of_one_year_roll_up_as_the_year_and_a_tie_asks_for_a_period() {
        let year = [
            sub("q1", UnitKind::Xa, "A", "2023-Q1"),
            sub("q2", UnitKind::Xa, "A", "2023-Q2"),
            sub("q3", UnitKind::Xa, "A", "2023-Q3"),
        ];
        assert_eq!(
            infer_unit_list(&year, None).unwrap().list.period,
            "2023".parse().unwrap()
        );
        let tie = [
            sub("a", UnitKind::Xa, "A", "2023-Q3"),
            sub("b", UnitKind::Xa, "B", "9999"),
        ];
        assert!(matches!(
            infer_unit_list(&tie, None),
            Err(NoInferredList::NoMajority(found)) if found.len() == 2
        ));
        let given = infer_unit_list(&tie, Some("9999".parse().unwrap())).unwrap();
        assert_eq!(given.list.units[0].name, "B");
        assert_eq!(infer_unit_list(&[], None), Err(NoInferredList::NoReport));
    }
}
