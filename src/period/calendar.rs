//! **Lịch báo cáo** — every period of a year with its calendar span, cut-off window and
//! deadline, the deadline named by its tier: what the `reporting_calendar` example prints.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{CutoffRule, DeadlineRule, DeadlineTier, ReportingPeriod};
use crate::Error;
use crate::vocabulary::Vocabulary;

/// **Dòng lịch báo cáo** — one period of a reporting calendar.
///
/// Serialises with the keys of the `reporting_calendar` example's JSON: `code`, `label_vi`,
/// `calendar_start`, `calendar_end`, `cutoff_start`, `cutoff_end`, `deadline` (ISO dates;
/// `deadline` is `null` when no deadline rule was given) and `deadline_tier`, the tier the
/// deadline is for ([`DeadlineTier`] code, `null` with no deadline); deserialises from the same
/// keys. An output record (non-exhaustive): build one with [`CalendarEntry::new`].
///
/// # Example
/// ```
/// use qcdc::period::{CalendarEntry, CutoffRule, ReportingPeriod};
///
/// let q1 = CalendarEntry::new(ReportingPeriod::quarter(2026, 1)?, &CutoffRule::default(), None);
/// assert_eq!((q1.code.as_str(), q1.label_vi.as_str()), ("2026-Q1", "Quý I/2026"));
/// assert_eq!((q1.cutoff_start.to_string(), q1.cutoff_end.to_string()), ("2025-12-15".into(), "2026-03-14".into()));
/// assert_eq!(q1.deadline, None);
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CalendarEntry {
    /// **Mã kỳ** — `2021-Q1`.
    pub code: String,
    /// **Tên kỳ** — "Quý I/2021".
    pub label_vi: String,
    /// The first calendar day.
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub calendar_start: NaiveDate,
    /// The last calendar day.
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub calendar_end: NaiveDate,
    /// The first day of the data cut-off window.
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub cutoff_start: NaiveDate,
    /// The last day of the data cut-off window.
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub cutoff_end: NaiveDate,
    /// The day the report is due, when a deadline rule was given.
    pub deadline: Option<NaiveDate>,
    /// **Cấp báo cáo** — whose deadline `deadline` is (`government`: ministries and UBND cấp
    /// tỉnh towards the Government, Nghị định 09/2019 Điều 13 khoản 1).
    #[serde(serialize_with = "tier_code", default)]
    pub deadline_tier: Option<DeadlineTier>,
}

fn tier_code<S: serde::Serializer>(tier: &Option<DeadlineTier>, s: S) -> Result<S::Ok, S::Error> {
    match tier {
        Some(t) => s.serialize_str(t.code()),
        None => s.serialize_none(),
    }
}

impl CalendarEntry {
    /// The entry of `period` under the given rules (no deadline without a deadline rule).
    ///
    /// # Example
    /// ```
    /// use qcdc::period::{CalendarEntry, CutoffRule, DeadlineRule, ReportingPeriod};
    ///
    /// // A province asking its communes for the quarter's report by the 20th of its last month.
    /// let rule = DeadlineRule::day_of_last_month(20);
    /// let q2 = CalendarEntry::new(ReportingPeriod::quarter(2026, 2)?, &CutoffRule::default(), Some(&rule));
    /// assert_eq!(q2.deadline.unwrap().to_string(), "2026-06-20");
    /// assert_eq!(q2.calendar_end.to_string(), "2026-06-30");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn new(
        period: ReportingPeriod,
        cutoff: &CutoffRule,
        deadline: Option<&DeadlineRule>,
    ) -> Self {
        let window = cutoff.window(period);
        CalendarEntry {
            code: period.code(),
            label_vi: period.to_string(),
            calendar_start: period.first_day(),
            calendar_end: period.last_day(),
            cutoff_start: window.start,
            cutoff_end: window.end,
            deadline: deadline.map(|rule| rule.deadline(period, cutoff)),
            deadline_tier: deadline.map(DeadlineRule::tier),
        }
    }
}

/// **Lịch báo cáo năm** — the 20 periods of `year` (12 months, 4 quarters, 2 halves, nine
/// months, year, in that order) with their windows and, when a deadline rule is given, their
/// deadlines for that rule's tier.
///
/// # Errors
/// [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) when the year is not
/// [`MIN_YEAR`](super::MIN_YEAR)–[`MAX_YEAR`](super::MAX_YEAR).
///
/// # Example
/// ```
/// use qcdc::period::{CutoffRule, DeadlineRule, DeadlineTier, reporting_calendar};
///
/// // The provinces' and ministries' calendar towards the Government (Điều 13 khoản 1).
/// let rows = reporting_calendar(2021, &CutoffRule::default(), Some(&DeadlineRule::NghiDinh09))?;
/// assert_eq!(rows.len(), 20);
/// assert_eq!(rows[12].label_vi, "Quý I/2021");
/// assert_eq!(rows[12].cutoff_start.to_string(), "2020-12-15");
/// assert_eq!(rows[12].deadline.unwrap().to_string(), "2021-03-25");
/// assert_eq!(rows[12].deadline_tier, Some(DeadlineTier::Government));
/// // A commune's calendar with no deadline rule from its template: no deadline shown.
/// let commune = reporting_calendar(2021, &CutoffRule::default(), None)?;
/// assert_eq!(commune[12].deadline, None);
/// assert!(reporting_calendar(0, &CutoffRule::default(), None).is_err());
/// # Ok::<(), qcdc::Error>(())
/// ```
pub fn reporting_calendar(
    year: i32,
    cutoff: &CutoffRule,
    deadline: Option<&DeadlineRule>,
) -> Result<Vec<CalendarEntry>, Error> {
    Ok(ReportingPeriod::periods_of_year(year)?
        .into_iter()
        .map(|p| CalendarEntry::new(p, cutoff, deadline))
        .collect())
}

/// The calendar as a text table for people: Vietnamese headers and labels, `dd/mm/yyyy` dates,
/// "—" for a missing deadline, every line within 100 columns. When the rows have a deadline, a
/// line under the table names whose deadline it is (its tier), wrapped between words.
///
/// # Example
/// ```
/// use qcdc::period::{CutoffRule, DeadlineRule, calendar, reporting_calendar};
///
/// let rows = reporting_calendar(2021, &CutoffRule::default(), Some(&DeadlineRule::NghiDinh09))?;
/// let table = calendar::render_table(&rows);
/// assert!(table.starts_with("Kỳ báo cáo"));
/// assert!(table.lines().any(|l| l.starts_with("Quý I/2021") && l.contains("25/03/2021")));
/// assert!(table.contains("Hạn gửi: của Bộ, cơ quan ngang bộ, UBND cấp tỉnh báo cáo Chính phủ"));
/// assert!(table.lines().all(|l| l.chars().count() <= 100));
/// # Ok::<(), qcdc::Error>(())
/// ```
pub fn render_table(rows: &[CalendarEntry]) -> String {
    let tier = rows.iter().find_map(|r| r.deadline_tier);
    let headers: [&str; 5] = [
        "Kỳ báo cáo",
        "Mã",
        "Kỳ dương lịch",
        "Kỳ chốt số liệu",
        "Hạn gửi",
    ];
    let date = |d: NaiveDate| d.format("%d/%m/%Y").to_string();
    let cells: Vec<[String; 5]> = rows
        .iter()
        .map(|r| {
            [
                r.label_vi.clone(),
                r.code.clone(),
                format!("{} – {}", date(r.calendar_start), date(r.calendar_end)),
                format!("{} – {}", date(r.cutoff_start), date(r.cutoff_end)),
                r.deadline.map_or_else(|| "—".to_string(), date),
            ]
        })
        .collect();
    let mut widths = headers.map(|h| h.chars().count());
    for row in &cells {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |cells: &[&str]| {
        let mut text = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i > 0 {
                text.push_str("  ");
            }
            let pad = w.saturating_sub(cell.chars().count());
            let _ = write!(text, "{cell}{}", " ".repeat(pad));
        }
        out.push_str(text.trim_end());
        out.push('\n');
    };
    line(&headers);
    for row in &cells {
        line(&row.each_ref().map(String::as_str));
    }
    // The tier's name is long: under the table, not in the header, so the table fits a terminal.
    if let Some(tier) = tier {
        let note = format!("của {}.", tier.name_vi());
        out.push_str(&crate::text::wrap_words("Hạn gửi:", 4, &note, TEXT_WIDTH));
    }
    out
}

/// The widest line [`render_table`] writes, in characters (a terminal's 100 columns).
const TEXT_WIDTH: usize = 100;
