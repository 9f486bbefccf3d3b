//! [`DeadlineRule`]: when the report of a period is due.

use chrono::{Datelike, NaiveDate, Weekday};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::CutoffRule;
use super::value::{ReportingPeriod, day_of_month_clamped};
use crate::legal::{LegalReference, NGHI_DINH_09_2019};

/// The most days (or working days) after the cut-off a custom [`DeadlineRule`] accepts.
pub const MAX_DAYS_AFTER_CUTOFF: u16 = 366;

/// **Thời hạn gửi báo cáo** — the rule that fixes the day a period's report is due.
///
/// - [`DeadlineRule::NghiDinh09`] (the default) — Nghị định 09/2019/NĐ-CP Điều 13 khoản 1:
///   reports to the Government are due no later than the **25th of the last month** of the
///   period (25/03 for quý I, 25/06 for the first half, 25/12 for the year).
/// - [`DeadlineRule::DayOfLastMonth`] — a day of the last month set by a ministry or a province
///   for the bodies under it (Điều 13 khoản 2 lets them set earlier deadlines, e.g. the 17th,
///   20th or 23rd); days past the month's end mean its last day.
/// - [`DeadlineRule::DaysAfterCutoff`] — `days` calendar days after the cut-off end.
/// - [`DeadlineRule::WorkingDaysAfterCutoff`] — the `days`-th working day after the cut-off end,
///   where working days skip Saturdays, Sundays and the `holidays` given (public holidays are
///   not built in: supply the year's list).
///
/// Điều 8 khoản 5 điểm b asks for at least one working day between the cut-off end and the
/// deadline. The crate reads it as: at least one working day after the cut-off end, on or before
/// the deadline; [`DeadlineRule::leaves_working_day`] checks it and the validation of a
/// [`ReportSubmission`](super::ReportSubmission) reports custom rules that break it.
///
/// Serialised with a `rule` tag: `{"rule": "nghi_dinh_09_2019"}`,
/// `{"rule": "day_of_last_month", "day": 20}`, `{"rule": "days_after_cutoff", "days": 5}`,
/// `{"rule": "working_days_after_cutoff", "days": 3, "holidays": ["2021-04-30"]}`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::period::{CutoffRule, DeadlineRule, ReportingPeriod};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let q2 = ReportingPeriod::quarter(2021, 2)?;
/// let cutoff = CutoffRule::default(); // ends 14/06/2021, a Monday
/// assert_eq!(DeadlineRule::default().deadline(q2, &cutoff), d(2021, 6, 25));
/// assert_eq!(DeadlineRule::day_of_last_month(20).deadline(q2, &cutoff), d(2021, 6, 20));
/// assert_eq!(DeadlineRule::days_after_cutoff(5).deadline(q2, &cutoff), d(2021, 6, 19));
/// // 15, 16, 17 June 2021 are Tuesday to Thursday.
/// assert_eq!(DeadlineRule::working_days_after_cutoff(3, vec![]).deadline(q2, &cutoff), d(2021, 6, 17));
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
#[schemars(title = "Quy tắc thời hạn gửi báo cáo")]
pub enum DeadlineRule {
    /// **Theo Nghị định 09/2019/NĐ-CP** — Điều 13 khoản 1: the 25th of the last month.
    #[default]
    #[serde(rename = "nghi_dinh_09_2019")]
    #[schemars(title = "Theo khoản 1 Điều 13 Nghị định 09/2019/NĐ-CP (ngày 25 tháng cuối kỳ)")]
    NghiDinh09,
    /// **Ngày trong tháng cuối kỳ** — a day (1–31) of the last month of the period.
    #[schemars(title = "Ngày trong tháng cuối kỳ")]
    DayOfLastMonth {
        /// **Ngày** — 1 to 31; past the month's end means its last day.
        #[schemars(title = "Ngày", range(min = 1, max = 31))]
        day: u8,
        /// **Căn cứ** — the document that sets the rule.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(title = "Căn cứ")]
        basis: Option<LegalReference>,
    },
    /// **Số ngày sau khi chốt số liệu** — calendar days after the cut-off end.
    #[schemars(title = "Số ngày sau khi chốt số liệu")]
    DaysAfterCutoff {
        /// **Số ngày** — 1 to [`MAX_DAYS_AFTER_CUTOFF`].
        #[schemars(title = "Số ngày", range(min = 1, max = 366))]
        days: u16,
        /// **Căn cứ** — the document that sets the rule.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(title = "Căn cứ")]
        basis: Option<LegalReference>,
    },
    /// **Số ngày làm việc sau khi chốt số liệu** — working days after the cut-off end.
    #[schemars(title = "Số ngày làm việc sau khi chốt số liệu")]
    WorkingDaysAfterCutoff {
        /// **Số ngày làm việc** — 1 to [`MAX_DAYS_AFTER_CUTOFF`].
        #[schemars(title = "Số ngày làm việc", range(min = 1, max = 366))]
        days: u16,
        /// **Ngày nghỉ lễ** — public holidays and other days off that are not weekends.
        #[serde(default)]
        #[schemars(title = "Ngày nghỉ lễ")]
        holidays: Vec<NaiveDate>,
        /// **Căn cứ** — the document that sets the rule.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(title = "Căn cứ")]
        basis: Option<LegalReference>,
    },
}

impl DeadlineRule {
    /// A [`DeadlineRule::DayOfLastMonth`] with no basis given.
    pub fn day_of_last_month(day: u8) -> Self {
        DeadlineRule::DayOfLastMonth { day, basis: None }
    }

    /// A [`DeadlineRule::DaysAfterCutoff`] with no basis given.
    pub fn days_after_cutoff(days: u16) -> Self {
        DeadlineRule::DaysAfterCutoff { days, basis: None }
    }

    /// A [`DeadlineRule::WorkingDaysAfterCutoff`] with no basis given.
    pub fn working_days_after_cutoff(days: u16, holidays: Vec<NaiveDate>) -> Self {
        DeadlineRule::WorkingDaysAfterCutoff {
            days,
            holidays,
            basis: None,
        }
    }

    /// Whether this is the default rule (for `skip_serializing_if`).
    pub fn is_default(&self) -> bool {
        *self == DeadlineRule::NghiDinh09
    }

    /// The holidays this rule skips (only working-day rules have any).
    pub fn holidays(&self) -> &[NaiveDate] {
        match self {
            DeadlineRule::WorkingDaysAfterCutoff { holidays, .. } => holidays,
            _ => &[],
        }
    }

    /// **Hạn gửi báo cáo** — the day the report of `period` is due, its data cut off by `cutoff`.
    ///
    /// Never panics: a day count above [`MAX_DAYS_AFTER_CUTOFF`] is capped there, a day of the
    /// month past its end means its last day (validation reports such rules).
    pub fn deadline(&self, period: ReportingPeriod, cutoff: &CutoffRule) -> NaiveDate {
        let cutoff_end = cutoff.cutoff_end(period);
        match self {
            DeadlineRule::NghiDinh09 => {
                day_of_month_clamped(period.year(), period.last_month(), 25)
            }
            DeadlineRule::DayOfLastMonth { day, .. } => {
                day_of_month_clamped(period.year(), period.last_month(), u32::from(*day))
            }
            DeadlineRule::DaysAfterCutoff { days, .. } => cutoff_end
                .checked_add_days(chrono::Days::new(u64::from(
                    (*days).min(MAX_DAYS_AFTER_CUTOFF),
                )))
                .unwrap_or(NaiveDate::MAX),
            DeadlineRule::WorkingDaysAfterCutoff { days, holidays, .. } => {
                let holidays = sorted_days(holidays);
                let mut left = (*days).min(MAX_DAYS_AFTER_CUTOFF);
                let mut day = cutoff_end;
                while left > 0 {
                    match day.succ_opt() {
                        Some(next) => day = next,
                        None => return NaiveDate::MAX,
                    }
                    if is_working_day_in(day, &holidays) {
                        left -= 1;
                    }
                }
                day
            }
        }
    }

    /// Whether the deadline of `period` leaves at least one working day after the cut-off end
    /// (Điều 8 khoản 5 điểm b of Nghị định 09/2019/NĐ-CP; see the type's docs). Holidays of a
    /// working-day rule count as days off.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::{CutoffRule, DeadlineRule, ReportingPeriod};
    ///
    /// let q1 = ReportingPeriod::quarter(2021, 1)?;
    /// assert!(DeadlineRule::default().leaves_working_day(q1, &CutoffRule::default()));
    /// // Calendar periods end on 31/03, after the 25th: no time is left at all.
    /// assert!(!DeadlineRule::default().leaves_working_day(q1, &CutoffRule::Calendar));
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn leaves_working_day(&self, period: ReportingPeriod, cutoff: &CutoffRule) -> bool {
        let cutoff_end = cutoff.cutoff_end(period);
        let deadline = self.deadline(period, cutoff);
        working_days_between(cutoff_end, deadline, self.holidays()) >= 1
    }

    /// **Căn cứ** — the article behind the rule: Điều 13 khoản 1 of Nghị định 09/2019/NĐ-CP,
    /// or the basis given with a custom rule (`None` when none was given).
    pub fn citation(&self) -> Option<LegalReference> {
        match self {
            DeadlineRule::NghiDinh09 => Some(NGHI_DINH_09_2019.article(13).clause(1)),
            DeadlineRule::DayOfLastMonth { basis, .. }
            | DeadlineRule::DaysAfterCutoff { basis, .. }
            | DeadlineRule::WorkingDaysAfterCutoff { basis, .. } => basis.clone(),
        }
    }
}

/// **Ngày làm việc** — Monday to Friday, not one of `holidays`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::period::is_working_day;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert!(is_working_day(d(2021, 4, 29), &[]));
/// assert!(!is_working_day(d(2021, 4, 30), &[d(2021, 4, 30)])); // Ngày Giải phóng miền Nam
/// assert!(!is_working_day(d(2021, 5, 1), &[])); // a Saturday
/// ```
pub fn is_working_day(date: NaiveDate, holidays: &[NaiveDate]) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(&date)
}

/// The working days after `after` up to and including `until` (0 when `until` is not later).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::period::working_days_between;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // Friday 11/06/2021 → Monday 14/06/2021: one working day (the Monday).
/// assert_eq!(working_days_between(d(2021, 6, 11), d(2021, 6, 14), &[]), 1);
/// assert_eq!(working_days_between(d(2021, 6, 14), d(2021, 6, 14), &[]), 0);
/// ```
pub fn working_days_between(after: NaiveDate, until: NaiveDate, holidays: &[NaiveDate]) -> u32 {
    if until <= after {
        return 0;
    }
    let holidays = sorted_days(holidays);
    after
        .iter_days()
        .skip(1)
        .take_while(|d| *d <= until)
        .filter(|d| is_working_day_in(*d, &holidays))
        .fold(0u32, |n, _| n.saturating_add(1))
}

/// The days sorted and without repeats, so each look-up is a binary search: a rule with
/// 64,000 holidays costs n·log n, not a scan of the list for every day walked.
fn sorted_days(days: &[NaiveDate]) -> Vec<NaiveDate> {
    let mut sorted = days.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    sorted
}

/// [`is_working_day`] against holidays sorted by [`sorted_days`].
fn is_working_day_in(date: NaiveDate, sorted_holidays: &[NaiveDate]) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
        && sorted_holidays.binary_search(&date).is_err()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn decree_deadline_is_the_25th_of_the_last_month() {
        let c = CutoffRule::default();
        let due = |code: &str| DeadlineRule::default().deadline(code.parse().unwrap(), &c);
        assert_eq!(due("2021-Q2"), d(2021, 6, 25));
        assert_eq!(due("2021-02"), d(2021, 2, 25));
        assert_eq!(due("2021-H2"), d(2021, 12, 25));
        assert_eq!(due("2021-9M"), d(2021, 9, 25));
        assert_eq!(due("2021"), d(2021, 12, 25));
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        let c = CutoffRule::default();
        // April 2021: cut-off ends Wednesday 14/04. Holiday: none in that week.
        let p: ReportingPeriod = "2021-04".parse().unwrap();
        let r = DeadlineRule::working_days_after_cutoff(3, vec![]);
        assert_eq!(r.deadline(p, &c), d(2021, 4, 19)); // Thu 15, Fri 16, Mon 19
        let r = DeadlineRule::working_days_after_cutoff(3, vec![d(2021, 4, 16)]);
        assert_eq!(r.deadline(p, &c), d(2021, 4, 20));
        // A day count far too large is capped, not looped on.
        let r = DeadlineRule::working_days_after_cutoff(u16::MAX, vec![]);
        assert!(r.deadline(p, &c) > d(2022, 1, 1));
    }

    #[test]
    fn citations() {
        assert_eq!(
            DeadlineRule::default().citation().unwrap().to_string(),
            "khoản 1 Điều 13 Nghị định số 09/2019/NĐ-CP"
        );
        assert_eq!(DeadlineRule::day_of_last_month(20).citation(), None);
    }
}
