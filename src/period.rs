//! **Kỳ báo cáo** — reporting periods (month, quarter, half-year, nine months, year) as values,
//! with the data cut-off windows and deadlines the law attaches to them.
//!
//! Every report of the domain belongs to a period ("Quý I/2021", "6 tháng đầu năm 2021"), and
//! Nghị định 09/2019/NĐ-CP fixes when its data is cut off (Điều 12) and when it is due
//! (Điều 13). This module keeps that arithmetic in one place:
//!
//! - [`ReportingPeriod`] — the period itself: `Copy`, ordered chronologically, written on the
//!   wire as a compact code (`2021-04`, `2021-Q1`, `2021-H1`, `2021-H2`, `2021-9M`, `2021`),
//!   shown in Vietnamese ("Quý I/2021") and parsed from what people type ("quy 1 nam 2021",
//!   "T4/2021", "sáu tháng cuối năm 2021");
//! - [`DateRange`] — an inclusive range of days (the calendar span, a cut-off window);
//! - [`CutoffRule`] — when a period's data is cut off: Nghị định 09/2019 Điều 12 by default,
//!   calendar periods (Nghị định 60/2018/NĐ-CP), or a day of the month set by a local rule;
//! - [`DeadlineRule`] — when the report is due, for the tier it belongs to ([`DeadlineTier`]):
//!   the 25th of the last month (Điều 13 khoản 1) for ministries and provinces towards the
//!   Government, or a day of the last month, or a number of (working) days after the cut-off
//!   set by the body asking for the report. No rule is a default: with none, no deadline;
//! - working days come from [`crate::calendar`] (weekends, public holidays, official schedules);
//! - [`ReportSubmission`] — a report filed for a period on a date, validated against its rules;
//! - [`calendar`] — every period of a year with its windows and deadlines, as the
//!   `reporting_calendar` example prints them.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use qcdc::period::{CutoffRule, DeadlineRule, ReportingPeriod};
//!
//! let q1: ReportingPeriod = "Quý I/2021".parse()?;
//! assert_eq!(q1, "2021-Q1".parse()?);
//! assert_eq!(q1.to_string(), "Quý I/2021");
//! assert_eq!(q1.code(), "2021-Q1");
//!
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let window = CutoffRule::default().window(q1);
//! assert_eq!((window.start, window.end), (d(2020, 12, 15), d(2021, 3, 14)));
//! assert_eq!(DeadlineRule::NghiDinh09.deadline(q1, &CutoffRule::default()), d(2021, 3, 25));
//! assert_eq!(q1.next().unwrap().to_string(), "Quý II/2021");
//! # Ok::<(), qcdc::Error>(())
//! ```

pub mod calendar;
mod cutoff;
mod deadline;
mod display;
mod parse;
mod range;
mod submission;
mod value;

pub use calendar::{CalendarEntry, reporting_calendar};
pub use cutoff::{CutoffRule, MAX_CUSTOM_START_DAY};
pub use deadline::{
    DeadlineRule, DeadlineTier, MAX_DAYS_AFTER_CUTOFF, is_working_day, working_days_between,
};
pub use display::CODE_PATTERN;
pub use range::DateRange;
pub use submission::ReportSubmission;
pub use value::{MAX_YEAR, MIN_YEAR, PeriodKind, ReportingPeriod};
