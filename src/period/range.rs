//! [`DateRange`]: an inclusive range of days.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// **Khoảng thời gian** — the days from `start` to `end`, both included: a period's calendar
/// span or its data cut-off window.
///
/// `Display` shows it the Vietnamese way, `dd/mm/yyyy – dd/mm/yyyy`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::period::DateRange;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let window = DateRange::new(d(2020, 12, 15), d(2021, 3, 14));
/// assert!(window.contains(d(2021, 1, 1)));
/// assert_eq!(window.days(), 90);
/// assert_eq!(window.to_string(), "15/12/2020 – 14/03/2021");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Khoảng thời gian")]
pub struct DateRange {
    /// **Từ ngày** — the first day.
    #[schemars(title = "Từ ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub start: NaiveDate,
    /// **Đến ngày** — the last day (included).
    #[schemars(title = "Đến ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub end: NaiveDate,
}

impl DateRange {
    /// The range from `start` to `end`, both included (empty when `start` is after `end`).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::period::DateRange;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let posting = DateRange::new(d(2024, 3, 1), d(2024, 3, 30));
    /// assert_eq!((posting.start, posting.end), (d(2024, 3, 1), d(2024, 3, 30)));
    /// assert_eq!(DateRange::new(d(2024, 3, 30), d(2024, 3, 1)).days(), 0); // empty
    /// ```
    pub fn new(start: NaiveDate, end: NaiveDate) -> Self {
        DateRange { start, end }
    }

    /// Whether `date` is in the range.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::period::DateRange;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let posting = DateRange::new(d(2024, 3, 1), d(2024, 3, 30));
    /// assert!(posting.contains(d(2024, 3, 30)));
    /// assert!(!posting.contains(d(2024, 3, 31)));
    /// ```
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// The number of days in the range (0 when `start` is after `end`).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::period::DateRange;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// // Posted for the 30 consecutive days of Luật 10/2022 Điều 13 khoản 2.
    /// assert_eq!(DateRange::new(d(2024, 3, 1), d(2024, 3, 30)).days(), 30);
    /// ```
    pub fn days(&self) -> u32 {
        let days = (self.end - self.start).num_days() + 1;
        u32::try_from(days.max(0)).unwrap_or(u32::MAX)
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} – {}",
            self.start.format("%d/%m/%Y"),
            self.end.format("%d/%m/%Y")
        )
    }
}
