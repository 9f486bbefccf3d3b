//! [`DeadlineRule`]: when the report of a period is due.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::CutoffRule;
use super::value::{ReportingPeriod, day_of_month_clamped};
use crate::calendar::WorkingCalendar;
use crate::legal::{LegalReference, NGHI_DINH_09_2019};
use crate::vocabulary::vocabulary;

/// The most days (or working days) after the cut-off a custom [`DeadlineRule`] accepts.
pub const MAX_DAYS_AFTER_CUTOFF: u16 = 366;

/// **Thời hạn gửi báo cáo** — the rule that fixes the day a period's report is due.
///
/// There is no default: a deadline belongs to a reporting tier ([`DeadlineTier`]) and travels
/// with the report template and the document that asks for the report. With no rule, a report
/// has no deadline the crate can check (see [`ReportSubmission`](super::ReportSubmission)).
///
/// - [`DeadlineRule::NghiDinh09`] — Nghị định 09/2019/NĐ-CP Điều 13 khoản 1: ministries and
///   UBND cấp tỉnh send their periodic reports to the Government and the Thủ tướng no later than
///   the **25th of the last month** of the period (25/03 for quý I, 25/06 for the first half,
///   25/12 for the year). That is the [`DeadlineTier::Government`] deadline, **not** a default
///   for commune, Party or Mặt trận reports.
/// - [`DeadlineRule::DayOfLastMonth`] — a day of the last month set by a ministry or a province
///   for the bodies under it (Điều 13 khoản 2 lets them set earlier deadlines, e.g. the 17th,
///   20th or 23rd); days past the month's end mean its last day.
/// - [`DeadlineRule::DaysAfterCutoff`] — `days` calendar days after the cut-off end.
/// - [`DeadlineRule::WorkingDaysAfterCutoff`] — the `days`-th working day after the cut-off end
///   in Vietnam's [`WorkingCalendar`] (weekends, public holidays, compensatory days and the
///   official schedules skipped), the `holidays` given being extra days off.
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
/// use qcdc::period::{CutoffRule, DeadlineRule, DeadlineTier, ReportingPeriod};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let q2 = ReportingPeriod::quarter(2021, 2)?;
/// let cutoff = CutoffRule::default(); // ends 14/06/2021, a Monday
/// assert_eq!(DeadlineRule::NghiDinh09.deadline(q2, &cutoff), d(2021, 6, 25));
/// assert_eq!(DeadlineRule::NghiDinh09.tier(), DeadlineTier::Government);
/// assert_eq!(DeadlineRule::day_of_last_month(20).deadline(q2, &cutoff), d(2021, 6, 20));
/// assert_eq!(DeadlineRule::days_after_cutoff(5).deadline(q2, &cutoff), d(2021, 6, 19));
/// // 15, 16, 17 June 2021 are Tuesday to Thursday.
/// assert_eq!(DeadlineRule::working_days_after_cutoff(3, vec![]).deadline(q2, &cutoff), d(2021, 6, 17));
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
#[schemars(title = "Quy tắc thời hạn gửi báo cáo")]
#[non_exhaustive]
pub enum DeadlineRule {
    /// **Theo Nghị định 09/2019/NĐ-CP** — Điều 13 khoản 1: the 25th of the last month, the
    /// deadline of ministries and UBND cấp tỉnh towards the Government.
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
        /// **Ngày nghỉ bổ sung** — days off besides weekends and the public holidays, which the
        /// crate knows ([`WorkingCalendar`]).
        #[serde(default)]
        #[schemars(title = "Ngày nghỉ bổ sung")]
        holidays: Vec<NaiveDate>,
        /// **Căn cứ** — the document that sets the rule.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(title = "Căn cứ")]
        basis: Option<LegalReference>,
    },
}

impl<'de> Deserialize<'de> for DeadlineRule {
    /// The tagged form, refusing unknown members beside every tag (see `CutoffRule`'s
    /// deserializer: the derived form drops them beside a tag that takes no options).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
        enum Wire {
            #[serde(rename = "nghi_dinh_09_2019")]
            NghiDinh09 {},
            DayOfLastMonth {
                day: u8,
                #[serde(default)]
                basis: Option<LegalReference>,
            },
            DaysAfterCutoff {
                days: u16,
                #[serde(default)]
                basis: Option<LegalReference>,
            },
            WorkingDaysAfterCutoff {
                days: u16,
                #[serde(default)]
                holidays: Vec<NaiveDate>,
                #[serde(default)]
                basis: Option<LegalReference>,
            },
        }
        Ok(match Wire::deserialize(d)? {
            Wire::NghiDinh09 {} => DeadlineRule::NghiDinh09,
            Wire::DayOfLastMonth { day, basis } => DeadlineRule::DayOfLastMonth { day, basis },
            Wire::DaysAfterCutoff { days, basis } => DeadlineRule::DaysAfterCutoff { days, basis },
            Wire::WorkingDaysAfterCutoff {
                days,
                holidays,
                basis,
            } => DeadlineRule::WorkingDaysAfterCutoff {
                days,
                holidays,
                basis,
            },
        })
    }
}

impl DeadlineRule {
    /// A [`DeadlineRule::DayOfLastMonth`] with no basis given.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::{CutoffRule, DeadlineRule, ReportingPeriod};
    ///
    /// let q4 = ReportingPeriod::quarter(2026, 4)?;
    /// let rule = DeadlineRule::day_of_last_month(17);
    /// assert_eq!(rule.deadline(q4, &CutoffRule::default()).to_string(), "2026-12-17");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn day_of_last_month(day: u8) -> Self {
        DeadlineRule::DayOfLastMonth { day, basis: None }
    }

    /// A [`DeadlineRule::DaysAfterCutoff`] with no basis given.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::{CutoffRule, DeadlineRule, ReportingPeriod};
    ///
    /// // Cut-off ends 14/03/2021; ten calendar days later.
    /// let q1 = ReportingPeriod::quarter(2021, 1)?;
    /// assert_eq!(DeadlineRule::days_after_cutoff(10).deadline(q1, &CutoffRule::default()).to_string(), "2021-03-24");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn days_after_cutoff(days: u16) -> Self {
        DeadlineRule::DaysAfterCutoff { days, basis: None }
    }

    /// A [`DeadlineRule::WorkingDaysAfterCutoff`] with no basis given.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::period::{CutoffRule, DeadlineRule, ReportingPeriod};
    ///
    /// // Cut-off ends on Sunday 14/03/2021: five working days are Monday 15 to Friday 19.
    /// let q1 = ReportingPeriod::quarter(2021, 1)?;
    /// let rule = DeadlineRule::working_days_after_cutoff(5, vec![]);
    /// assert_eq!(rule.deadline(q1, &CutoffRule::default()).to_string(), "2021-03-19");
    /// // A local day off on the 16th pushes it to Monday 22.
    /// let with_day_off = DeadlineRule::working_days_after_cutoff(5, vec![NaiveDate::from_ymd_opt(2021, 3, 16).unwrap()]);
    /// assert_eq!(with_day_off.deadline(q1, &CutoffRule::default()).to_string(), "2021-03-22");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn working_days_after_cutoff(days: u16, holidays: Vec<NaiveDate>) -> Self {
        DeadlineRule::WorkingDaysAfterCutoff {
            days,
            holidays,
            basis: None,
        }
    }

    /// **Cấp báo cáo** — the tier the deadline is for: [`DeadlineTier::Government`] for
    /// Nghị định 09/2019 Điều 13 khoản 1, [`DeadlineTier::Requester`] for a rule set by the body
    /// that asks for the report.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::{DeadlineRule, DeadlineTier};
    ///
    /// assert_eq!(DeadlineRule::NghiDinh09.tier(), DeadlineTier::Government);
    /// assert_eq!(DeadlineRule::day_of_last_month(20).tier(), DeadlineTier::Requester);
    /// ```
    pub fn tier(&self) -> DeadlineTier {
        match self {
            DeadlineRule::NghiDinh09 => DeadlineTier::Government,
            _ => DeadlineTier::Requester,
        }
    }

    /// The holidays this rule skips (only working-day rules have any).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::period::DeadlineRule;
    ///
    /// let day_off = NaiveDate::from_ymd_opt(2021, 3, 16).unwrap();
    /// assert_eq!(DeadlineRule::working_days_after_cutoff(5, vec![day_off]).holidays(), [day_off]);
    /// assert!(DeadlineRule::NghiDinh09.holidays().is_empty());
    /// ```
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
    ///
    /// # Example
    /// ```
    /// use qcdc::period::{CutoffRule, DeadlineRule, ReportingPeriod};
    ///
    /// let h1 = ReportingPeriod::first_half(2026)?;
    /// assert_eq!(DeadlineRule::NghiDinh09.deadline(h1, &CutoffRule::default()).to_string(), "2026-06-25");
    /// // Past the month's end: its last day.
    /// assert_eq!(DeadlineRule::day_of_last_month(31).deadline(h1, &CutoffRule::default()).to_string(), "2026-06-30");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
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
                let days = (*days).min(MAX_DAYS_AFTER_CUTOFF);
                calendar_with(holidays).add_working_days(cutoff_end, u32::from(days))
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
    /// assert!(DeadlineRule::NghiDinh09.leaves_working_day(q1, &CutoffRule::default()));
    /// // Calendar periods end on 31/03, after the 25th: no time is left at all.
    /// assert!(!DeadlineRule::NghiDinh09.leaves_working_day(q1, &CutoffRule::Calendar));
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn leaves_working_day(&self, period: ReportingPeriod, cutoff: &CutoffRule) -> bool {
        let cutoff_end = cutoff.cutoff_end(period);
        let deadline = self.deadline(period, cutoff);
        working_days_between(cutoff_end, deadline, self.holidays()) >= 1
    }

    /// **Căn cứ** — the article behind the rule: Điều 13 khoản 1 of Nghị định 09/2019/NĐ-CP,
    /// or the basis given with a custom rule (`None` when none was given).
    ///
    /// # Example
    /// ```
    /// use qcdc::period::DeadlineRule;
    ///
    /// assert_eq!(DeadlineRule::NghiDinh09.citation().unwrap().to_string(), "khoản 1 Điều 13 Nghị định số 09/2019/NĐ-CP");
    /// assert_eq!(DeadlineRule::day_of_last_month(20).citation(), None);
    /// ```
    pub fn citation(&self) -> Option<LegalReference> {
        match self {
            DeadlineRule::NghiDinh09 => Some(NGHI_DINH_09_2019.article(13).clause(1)),
            DeadlineRule::DayOfLastMonth { basis, .. }
            | DeadlineRule::DaysAfterCutoff { basis, .. }
            | DeadlineRule::WorkingDaysAfterCutoff { basis, .. } => basis.clone(),
        }
    }
}

vocabulary! {
    /// **Cấp báo cáo** — whose deadline a [`DeadlineRule`] is.
    ///
    /// Nghị định 09/2019/NĐ-CP Điều 13 khoản 1 (the 25th of the last month) binds ministries and
    /// UBND cấp tỉnh towards the Government; the deadlines of lower tiers are set by the body
    /// asking for the report (Điều 13 khoản 2: ministries and provinces in their reporting
    /// regimes; Party and Mặt trận bodies by their own instructions).
    ///
    /// # Example
    /// ```
    /// use qcdc::period::DeadlineTier;
    ///
    /// assert_eq!(DeadlineTier::Government.to_string(), "Bộ, cơ quan ngang bộ, UBND cấp tỉnh báo cáo Chính phủ, Thủ tướng Chính phủ");
    /// assert_eq!("requester".parse::<DeadlineTier>()?, DeadlineTier::Requester);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum DeadlineTier ("deadline tier", "Cấp báo cáo") {
        /// **Bộ, UBND cấp tỉnh → Chính phủ** — Nghị định 09/2019/NĐ-CP Điều 13 khoản 1.
        Government = "government", "Bộ, cơ quan ngang bộ, UBND cấp tỉnh báo cáo Chính phủ, Thủ tướng Chính phủ";
        /// **Theo cơ quan yêu cầu báo cáo** — set by the body that asks for the report, in the
        /// document that carries the template (Điều 13 khoản 2; Party and Mặt trận instructions).
        Requester = "requester", "Theo văn bản của cơ quan yêu cầu báo cáo";
    }
}

/// The Vietnamese working calendar ([`WorkingCalendar::default`]) with `holidays` as extra days
/// off.
fn calendar_with(holidays: &[NaiveDate]) -> WorkingCalendar {
    WorkingCalendar::default().with_days_off(holidays.iter().copied())
}

/// **Ngày làm việc** — whether `date` is a working day in Vietnam ([`WorkingCalendar`]: Monday
/// to Friday, less the public holidays, compensatory days and official schedules), `holidays`
/// being extra days off.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::period::is_working_day;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert!(is_working_day(d(2021, 4, 29), &[]));
/// assert!(!is_working_day(d(2021, 4, 30), &[])); // Ngày Chiến thắng, a public holiday
/// assert!(!is_working_day(d(2021, 5, 1), &[])); // a Saturday
/// assert!(!is_working_day(d(2021, 4, 29), &[d(2021, 4, 29)])); // a day off the user added
/// ```
pub fn is_working_day(date: NaiveDate, holidays: &[NaiveDate]) -> bool {
    calendar_with(holidays).is_working_day(date)
}

/// The working days (see [`is_working_day`]) after `after` up to and including `until` (0 when
/// `until` is not later).
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
/// // Friday 26/04/2024 → Monday 06/05/2024: 02/05, 03/05, Saturday 04/05 (worked in exchange
/// // for 29/04) and 06/05.
/// assert_eq!(working_days_between(d(2024, 4, 26), d(2024, 5, 6), &[]), 4);
/// ```
pub fn working_days_between(after: NaiveDate, until: NaiveDate, holidays: &[NaiveDate]) -> u32 {
    calendar_with(holidays).working_days_between(after, until)
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
        let due = |code: &str| DeadlineRule::NghiDinh09.deadline(code.parse().unwrap(), &c);
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
            DeadlineRule::NghiDinh09.citation().unwrap().to_string(),
            "khoản 1 Điều 13 Nghị định số 09/2019/NĐ-CP"
        );
        assert_eq!(DeadlineRule::day_of_last_month(20).citation(), None);
    }
}
