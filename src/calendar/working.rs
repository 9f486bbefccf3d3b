//! [`WorkingCalendar`]: which days are working days in Vietnam, and the arithmetic on them.

use std::borrow::Cow;
use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate};

use super::holidays::{
    DayOff, DayOffReason, is_weekend, statutory_holidays, with_compensatory_days,
};
use super::lunar::{LUNAR_MAX_YEAR, LUNAR_MIN_YEAR};
use super::schedule::{OFFICIAL_SCHEDULES, OfficialSchedule};
use crate::legal::{
    BO_LUAT_DAN_SU_2015, BO_LUAT_LAO_DONG_2019, LegalReference, QUYET_DINH_188_1999,
};

/// The most working days [`WorkingCalendar::add_working_days`] adds: ten years' worth. Larger
/// counts are capped there (no period of the law comes near it).
pub const MAX_WORKING_DAYS: u32 = 2_600;

/// **Lịch ngày làm việc** — the working days of Vietnam's state bodies, political and
/// socio-political organisations (the bodies grassroots democracy concerns):
///
/// - weekly rest on Saturday and Sunday (Quyết định 188/1999/QĐ-TTg Điều 1);
/// - the public holidays of Bộ luật Lao động 2019 Điều 112 k1 ([`Holiday`](super::Holiday)),
///   Tết and Giỗ Tổ Hùng Vương placed by the Vietnamese lunar calendar
///   ([`LunarDate`](super::LunarDate));
/// - a compensatory day (nghỉ bù) on the next working day when a holiday falls on a weekly rest
///   day (Điều 111 k3);
/// - the official schedules of the years the crate could source ([`OFFICIAL_SCHEDULES`]), which
///   replace the computed days of their holidays and add the swapped working days;
/// - the user's additions: extra days off (a local holiday, a day the province gave off) and
///   extra working days, which win over everything else (an extra working day over an extra day
///   off).
///
/// Every other year's holidays come from the statute rule alone, with the documented defaults
/// of [`Holiday`](super::Holiday)'s days (see [`WorkingCalendar::days_off`]); outside the lunar
/// calendar's range (1900–2199) Tết and Giỗ Tổ are unknown and left out.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::calendar::WorkingCalendar;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let cal = WorkingCalendar::default();
/// assert!(!cal.is_working_day(d(2024, 2, 14))); // mùng 5 Tết Giáp Thìn, officially off
/// assert!(cal.is_working_day(d(2024, 5, 4))); // a Saturday worked in exchange for 29/04
/// // Decided on Wednesday 07/02/2024, the eve of Tết: the 5th working day is 21/02.
/// assert_eq!(cal.add_working_days(d(2024, 2, 7), 5), d(2024, 2, 21));
/// assert_eq!(cal.working_days_between(d(2024, 2, 7), d(2024, 2, 21)), 5);
/// // A user's additions: a province gives 15/02/2024 off as well.
/// let local = WorkingCalendar::default().with_days_off([d(2024, 2, 15)]);
/// assert_eq!(local.add_working_days(d(2024, 2, 7), 5), d(2024, 2, 22));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkingCalendar {
    /// **Lịch nghỉ chính thức** — the official schedules used; [`OFFICIAL_SCHEDULES`] by default,
    /// empty for the statute rule alone ([`WorkingCalendar::statute_only`]).
    pub schedules: Cow<'static, [OfficialSchedule]>,
    /// **Ngày nghỉ bổ sung** — extra days off (weekdays made days off).
    pub extra_days_off: Vec<NaiveDate>,
    /// **Ngày làm việc bổ sung** — extra working days (e.g. a Saturday worked in exchange).
    pub extra_working_days: Vec<NaiveDate>,
    /// **Ngày Văn hóa Việt Nam (24/11)** — whether 24/11 is a public holiday. Off by default:
    /// that it was added to Điều 112 k1, and from when, is [to verify] (Nghị quyết 80-NQ/TW).
    pub culture_day: bool,
}

impl Default for WorkingCalendar {
    fn default() -> Self {
        WorkingCalendar {
            schedules: Cow::Borrowed(DEFAULT_SCHEDULES),
            extra_days_off: Vec::new(),
            extra_working_days: Vec::new(),
            culture_day: false,
        }
    }
}

/// [`OFFICIAL_SCHEDULES`] at one address. Why: a `const` slice has no fixed address (each
/// codegen unit of a release build may hold its own copy), so the default calendar, compared by
/// address in [`WorkingCalendar::is_default`], missed its cached years and rebuilt them on every
/// call; a `static` is one place.
static DEFAULT_SCHEDULES: &[OfficialSchedule] = OFFICIAL_SCHEDULES;

/// The default calendar's days, one slot per year of [`LUNAR_MIN_YEAR`]–[`LUNAR_MAX_YEAR`], each
/// computed on first use. Why: every document checked against the default calendar needs the
/// same few years, and building a year (holidays, lunar dates, schedules) costs far more than
/// reading it.
static DEFAULT_YEARS: [OnceLock<YearDays>; (LUNAR_MAX_YEAR - LUNAR_MIN_YEAR + 1) as usize] =
    [const { OnceLock::new() }; (LUNAR_MAX_YEAR - LUNAR_MIN_YEAR + 1) as usize];

/// The cache slot of `year` for `calendar`, if `calendar` is the default one and `year` is in
/// the table's range.
fn default_year_slot(calendar: &WorkingCalendar, year: i32) -> Option<&'static OnceLock<YearDays>> {
    if !calendar.is_default() {
        return None;
    }
    let index = usize::try_from(year.checked_sub(LUNAR_MIN_YEAR)?).ok()?;
    DEFAULT_YEARS.get(index)
}

/// **Quy tắc về ngày làm việc và thời hạn** — the rules the calendar applies, each with its
/// article.
///
/// # Example
/// ```
/// use qcdc::calendar::CalendarRule;
///
/// assert_eq!(
///     CalendarRule::PeriodEndOnRestDay.citation().to_string(),
///     "khoản 5 Điều 148 Bộ luật số 91/2015/QH13"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CalendarRule {
    /// **Tuần làm việc 40 giờ** — state bodies and political and socio-political organisations
    /// work Monday to Friday (Quyết định 188/1999/QĐ-TTg Điều 1).
    WeeklyRest,
    /// **Ngày nghỉ lễ, tết** — the public holidays (Bộ luật Lao động 2019 Điều 112 k1).
    PublicHolidays,
    /// **Lịch nghỉ do Thủ tướng quyết định** — Tết's days and Quốc khánh's adjacent day are
    /// fixed every year by the Thủ tướng (Điều 112 k3).
    YearlySchedule,
    /// **Nghỉ bù** — a holiday on a weekly rest day is made up on the next working day
    /// (Điều 111 k3).
    CompensatoryDay,
    /// **Thời điểm bắt đầu thời hạn** — a period in days starts the day after the day fixed or the
    /// event (Bộ luật Dân sự 2015 Điều 147 k2–3).
    PeriodStart,
    /// **Kết thúc thời hạn vào ngày nghỉ** — a period whose last day is a weekly rest day or a
    /// holiday ends with the next working day (Bộ luật Dân sự 2015 Điều 148 k5).
    PeriodEndOnRestDay,
}

impl CalendarRule {
    /// The article behind the rule.
    ///
    /// # Example
    /// ```
    /// use qcdc::calendar::CalendarRule;
    ///
    /// assert_eq!(CalendarRule::WeeklyRest.citation().to_string(), "Điều 1 Quyết định số 188/1999/QĐ-TTg");
    /// assert_eq!(CalendarRule::CompensatoryDay.citation().to_string(), "khoản 3 Điều 111 Bộ luật số 45/2019/QH14");
    /// ```
    pub fn citation(self) -> LegalReference {
        match self {
            CalendarRule::WeeklyRest => QUYET_DINH_188_1999.article(1),
            CalendarRule::PublicHolidays => BO_LUAT_LAO_DONG_2019.article(112).clause(1),
            CalendarRule::YearlySchedule => BO_LUAT_LAO_DONG_2019.article(112).clause(3),
            CalendarRule::CompensatoryDay => BO_LUAT_LAO_DONG_2019.article(111).clause(3),
            CalendarRule::PeriodStart => BO_LUAT_DAN_SU_2015.article(147),
            CalendarRule::PeriodEndOnRestDay => BO_LUAT_DAN_SU_2015.article(148).clause(5),
        }
    }
}

/// The days of one year: bit `i` of `off` set when day `i` (0 = 1 January) is not a working
/// day. Built once per year an operation touches, so each day costs a bit test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct YearDays {
    year: i32,
    off: [u64; 6],
}

impl YearDays {
    fn is_off(&self, ordinal0: u32) -> bool {
        let i = ordinal0 as usize;
        self.off[i / 64] >> (i % 64) & 1 == 1
    }

    fn set(&mut self, ordinal0: u32, off: bool) {
        let i = ordinal0 as usize;
        if off {
            self.off[i / 64] |= 1 << (i % 64);
        } else {
            self.off[i / 64] &= !(1 << (i % 64));
        }
    }

    /// Working days among days `from..=to` (0-based ordinals of this year).
    fn working_in(&self, from: u32, to: u32) -> u32 {
        (from..=to).filter(|&i| !self.is_off(i)).count() as u32
    }
}

impl WorkingCalendar {
    /// The statute rule alone: no official schedule, no additions.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::calendar::WorkingCalendar;
    ///
    /// // Saturday 04/05/2024 was worked in exchange for a day of the 30/4–1/5 break; the statute alone
    /// // does not know it.
    /// let swapped = NaiveDate::from_ymd_opt(2024, 5, 4).unwrap();
    /// assert!(WorkingCalendar::default().is_working_day(swapped));
    /// assert!(!WorkingCalendar::statute_only().is_working_day(swapped));
    /// ```
    pub fn statute_only() -> Self {
        WorkingCalendar {
            schedules: Cow::Borrowed(&[]),
            ..WorkingCalendar::default()
        }
    }

    /// The same calendar with `days` as extra days off.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::calendar::WorkingCalendar;
    ///
    /// let local_day_off = NaiveDate::from_ymd_opt(2024, 3, 8).unwrap(); // a Friday
    /// let cal = WorkingCalendar::default().with_days_off([local_day_off]);
    /// assert!(!cal.is_working_day(local_day_off));
    /// assert!(WorkingCalendar::default().is_working_day(local_day_off));
    /// ```
    pub fn with_days_off(mut self, days: impl IntoIterator<Item = NaiveDate>) -> Self {
        self.extra_days_off.extend(days);
        self
    }

    /// The same calendar with `days` as extra working days.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::calendar::WorkingCalendar;
    ///
    /// let saturday = NaiveDate::from_ymd_opt(2024, 3, 9).unwrap();
    /// let cal = WorkingCalendar::default().with_working_days([saturday]);
    /// assert!(cal.is_working_day(saturday));
    /// assert_eq!(cal.weekend_working_days(2024).len(), WorkingCalendar::default().weekend_working_days(2024).len() + 1);
    /// ```
    pub fn with_working_days(mut self, days: impl IntoIterator<Item = NaiveDate>) -> Self {
        self.extra_working_days.extend(days);
        self
    }

    /// **Ngày nghỉ trong năm** — the weekdays of `year` that are off, in date order, each with
    /// its holiday and reason (weekend days of a break are not listed; they are off anyway).
    ///
    /// # Example
    /// ```
    /// use qcdc::calendar::{DayOffReason, Holiday, WorkingCalendar};
    ///
    /// // 01/01/2022 was a Saturday: made up on Monday 03/01 (Bộ luật Lao động 2019 Điều 111 k3).
    /// let off = WorkingCalendar::default().days_off(2022);
    /// assert_eq!(off[0].date.to_string(), "2022-01-03");
    /// assert_eq!((off[0].holiday, off[0].reason), (Some(Holiday::NewYear), DayOffReason::Compensatory));
    /// ```
    pub fn days_off(&self, year: i32) -> Vec<DayOff> {
        let scheduled: Vec<&OfficialSchedule> =
            self.schedules.iter().filter(|s| s.year() == year).collect();
        let covered = |h| scheduled.iter().any(|s| s.holidays.contains(&h));
        let statutory: Vec<_> = statutory_holidays(year, self.culture_day)
            .into_iter()
            .filter(|(_, h)| !covered(*h))
            .collect();
        let mut off = with_compensatory_days(&statutory);
        for s in &scheduled {
            let holiday = s.holidays.first().copied();
            for date in s.first.iter_days().take_while(|d| *d <= s.last) {
                if !is_weekend(date) && !s.worked.contains(&date) {
                    off.push(DayOff {
                        date,
                        holiday,
                        reason: DayOffReason::Scheduled,
                    });
                }
            }
        }
        for &date in self.extra_days_off.iter().filter(|d| d.year() == year) {
            if !is_weekend(date) {
                off.push(DayOff {
                    date,
                    holiday: None,
                    reason: DayOffReason::Added,
                });
            }
        }
        off.sort_by_key(|o| o.date);
        off.dedup_by_key(|o| o.date);
        let worked = |d: &NaiveDate| {
            self.extra_working_days.contains(d) || scheduled.iter().any(|s| s.worked.contains(d))
        };
        off.retain(|o| !worked(&o.date));
        off
    }

    /// The weekend days of `year` that are working days: the swapped days of the official
    /// schedules and the user's extra working days, in date order.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::calendar::WorkingCalendar;
    ///
    /// let worked = WorkingCalendar::default().weekend_working_days(2024);
    /// assert!(worked.contains(&NaiveDate::from_ymd_opt(2024, 5, 4).unwrap()));
    /// assert!(WorkingCalendar::statute_only().weekend_working_days(2024).is_empty());
    /// ```
    pub fn weekend_working_days(&self, year: i32) -> Vec<NaiveDate> {
        let mut days: Vec<NaiveDate> = self
            .schedules
            .iter()
            .flat_map(|s| s.worked.iter().copied())
            .chain(self.extra_working_days.iter().copied())
            .filter(|d| d.year() == year && is_weekend(*d))
            .collect();
        days.sort();
        days.dedup();
        days
    }

    /// The days of `year`: from the process-wide table when `self` is the default calendar and
    /// `year` is in the lunar calendar's range, computed otherwise.
    fn year_days(&self, year: i32) -> YearDays {
        match default_year_slot(self, year) {
            Some(slot) => *slot.get_or_init(|| self.compute_year_days(year)),
            None => self.compute_year_days(year),
        }
    }

    /// Whether `self` is [`WorkingCalendar::default`]: the official schedules by reference (an
    /// owned copy, even an equal one, is treated as a user calendar), no additions.
    fn is_default(&self) -> bool {
        matches!(&self.schedules, Cow::Borrowed(s) if std::ptr::eq(*s, DEFAULT_SCHEDULES))
            && self.extra_days_off.is_empty()
            && self.extra_working_days.is_empty()
            && !self.culture_day
    }

    fn compute_year_days(&self, year: i32) -> YearDays {
        let mut days = YearDays { year, off: [0; 6] };
        let Some(jan1) = NaiveDate::from_ymd_opt(year, 1, 1) else {
            return days;
        };
        // Weekends by arithmetic on the weekday of 1 January (stepping through dates costs more).
        let first = jan1.weekday().num_days_from_monday();
        let len = if jan1.leap_year() { 366 } else { 365 };
        for i in 0..len {
            if (first + i) % 7 >= 5 {
                days.set(i, true);
            }
        }
        // A weekend day worked by an official swap becomes a working day, unless it is also a day
        // off (a holiday, or one the user added): a day declared off is never worked.
        for d in self.weekend_working_days(year) {
            days.set(d.ordinal0(), false);
        }
        for o in self.days_off(year) {
            days.set(o.date.ordinal0(), true);
        }
        // `days_off` lists only the added days that fall on weekdays; an added weekend day
        // still overrides a swap.
        for d in self.extra_days_off.iter().filter(|d| d.year() == year) {
            days.set(d.ordinal0(), true);
        }
        days
    }

    /// **Ngày làm việc** — whether `date` is a working day.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::calendar::WorkingCalendar;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let cal = WorkingCalendar::default();
    /// assert!(!cal.is_working_day(d(2024, 2, 8))); // Tết 2024
    /// assert!(cal.is_working_day(d(2024, 2, 15)));
    /// assert!(!cal.is_working_day(d(2024, 2, 17))); // a Saturday
    /// ```
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !self.year_days(date.year()).is_off(date.ordinal0())
    }

    /// **Cộng ngày làm việc** — the `n`-th working day after `from` (`from` itself not counted,
    /// Bộ luật Dân sự 2015 Điều 147 k3); `from` when `n` is 0.
    ///
    /// Linear in `n`: `n` is capped at [`MAX_WORKING_DAYS`], and the result saturates at the
    /// last date `chrono` represents.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::calendar::WorkingCalendar;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// // From Friday 02/02/2024: 05, 06, 07, then Tết (08–14/02), then 15 and 16.
    /// assert_eq!(WorkingCalendar::default().add_working_days(d(2024, 2, 2), 5), d(2024, 2, 16));
    /// assert_eq!(WorkingCalendar::default().add_working_days(d(2024, 2, 2), 0), d(2024, 2, 2));
    /// ```
    pub fn add_working_days(&self, from: NaiveDate, n: u32) -> NaiveDate {
        let mut left = n.min(MAX_WORKING_DAYS);
        let mut day = from;
        let mut year = self.year_days(from.year());
        while left > 0 {
            let Some(next) = day.succ_opt() else {
                return day;
            };
            day = next;
            if day.year() != year.year {
                year = self.year_days(day.year());
            }
            if !year.is_off(day.ordinal0()) {
                left -= 1;
            }
        }
        day
    }

    /// **Số ngày làm việc** — the working days after `after` up to and including `until` (0 when
    /// `until` is not later). Linear in the number of years spanned.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::calendar::WorkingCalendar;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(WorkingCalendar::default().working_days_between(d(2024, 2, 2), d(2024, 2, 16)), 5);
    /// assert_eq!(WorkingCalendar::default().working_days_between(d(2024, 2, 16), d(2024, 2, 2)), 0);
    /// ```
    pub fn working_days_between(&self, after: NaiveDate, until: NaiveDate) -> u32 {
        let Some(start) = after.succ_opt() else {
            return 0;
        };
        if until < start {
            return 0;
        }
        let mut total = 0u32;
        for year in start.year()..=until.year() {
            let days = self.year_days(year);
            let from = if year == start.year() {
                start.ordinal0()
            } else {
                0
            };
            let to = if year == until.year() {
                until.ordinal0()
            } else {
                NaiveDate::from_ymd_opt(year, 12, 31).map_or(364, |d| d.ordinal0())
            };
            total = total.saturating_add(days.working_in(from, to));
        }
        total
    }

    /// The first working day on or after `date` (saturating at the last representable date).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::calendar::WorkingCalendar;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(WorkingCalendar::default().next_working_day_from(d(2024, 2, 10)), d(2024, 2, 15));
    /// assert_eq!(WorkingCalendar::default().next_working_day_from(d(2024, 2, 15)), d(2024, 2, 15));
    /// ```
    pub fn next_working_day_from(&self, date: NaiveDate) -> NaiveDate {
        if self.is_working_day(date) {
            date
        } else {
            self.add_working_days(date, 1)
        }
    }

    /// **Thời hạn tính bằng ngày** — the last day of a period of `days` days counted from
    /// `event` under Bộ luật Dân sự 2015: the event's day is not counted (Điều 147 k2–3), and a
    /// period whose last day is a weekly rest day or a holiday ends with the next working day
    /// (Điều 148 k5). `days` is capped at 36,600 (a century); the result saturates.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::calendar::WorkingCalendar;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let cal = WorkingCalendar::default();
    /// // 10 days from Friday 01/03/2024 end on Monday 11/03.
    /// assert_eq!(cal.period_end(d(2024, 3, 1), 10), d(2024, 3, 11));
    /// // 7 days from 01/02/2024 would end on 08/02, the first day of Tết: the period runs on to
    /// // the first working day after the break, 15/02/2024.
    /// assert_eq!(cal.period_end(d(2024, 2, 1), 7), d(2024, 2, 15));
    /// ```
    pub fn period_end(&self, event: NaiveDate, days: u32) -> NaiveDate {
        let last = event
            .checked_add_days(Days::new(u64::from(days.min(36_600))))
            .unwrap_or(NaiveDate::MAX);
        self.next_working_day_from(last)
    }
}

/// **Ngày bắt đầu thời hạn** — the first day of a period counted from `event`: the next day
/// (Bộ luật Dân sự 2015 Điều 147 k2–3), saturating at the last representable date.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::calendar::period_start;
///
/// // A posting made on 01/03/2024 is counted from 02/03 (Bộ luật Dân sự 2015 Điều 147).
/// assert_eq!(period_start(NaiveDate::from_ymd_opt(2024, 3, 1).unwrap()).to_string(), "2024-03-02");
/// ```
pub fn period_start(event: NaiveDate) -> NaiveDate {
    event.succ_opt().unwrap_or(event)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Holiday;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn cached_default_years_equal_computed_ones() {
        let cal = WorkingCalendar::default();
        // Warm the cache in an order unlike the check's, so a slot holding another year shows.
        for year in (1990..=2100).rev() {
            cal.year_days(year);
        }
        for year in 1990..=2100 {
            let cached = cal.year_days(year);
            assert!(default_year_slot(&cal, year).is_some_and(|s| s.get() == Some(&cached)));
            assert_eq!(cached, cal.compute_year_days(year), "year {year}");
            assert_eq!(cached.year, year);
        }
        // A user calendar never reads the table.
        let local = WorkingCalendar::default().with_days_off([d(2024, 2, 15)]);
        assert!(default_year_slot(&local, 2024).is_none());
        assert!(!local.is_working_day(d(2024, 2, 15)));
        assert!(cal.is_working_day(d(2024, 2, 15)));
        let owned = WorkingCalendar {
            schedules: Cow::Owned(OFFICIAL_SCHEDULES.to_vec()),
            ..WorkingCalendar::default()
        };
        assert!(default_year_slot(&owned, 2024).is_none());
        assert_eq!(owned.year_days(2024), cal.year_days(2024));
        assert!(default_year_slot(&cal, LUNAR_MAX_YEAR + 1).is_none());
        assert!(default_year_slot(&cal, LUNAR_MIN_YEAR - 1).is_none());
    }

    #[test]
    fn official_tet_2024_replaces_the_computed_days() {
        let cal = WorkingCalendar::default();
        // Official: Thursday 08/02 to Wednesday 14/02/2024 (BLLĐ Điều 112 k3).
        for day in 8..=14 {
            assert!(!cal.is_working_day(d(2024, 2, day)), "{day}");
        }
        assert!(cal.is_working_day(d(2024, 2, 7)));
        assert!(cal.is_working_day(d(2024, 2, 15)));
        // The statute rule alone puts Tết at 09/02–13/02 with make-up days 14/02 and 15/02.
        let statute = WorkingCalendar::statute_only();
        assert!(statute.is_working_day(d(2024, 2, 8)));
        assert!(!statute.is_working_day(d(2024, 2, 15)));
    }

    #[test]
    fn fifth_and_sixth_working_day_across_tet() {
        // Luật 10/2022 Điều 12 k3: 05 working days. Decided Wednesday 07/02/2024.
        let cal = WorkingCalendar::default();
        assert_eq!(cal.add_working_days(d(2024, 2, 7), 5), d(2024, 2, 21));
        assert_eq!(cal.add_working_days(d(2024, 2, 7), 6), d(2024, 2, 22));
    }

    #[test]
    fn fifth_and_sixth_working_day_across_a_swapped_day() {
        // Decided Friday 26/04/2024; 27/04–01/05 off; Saturday 04/05 worked in exchange.
        let cal = WorkingCalendar::default();
        assert!(cal.is_working_day(d(2024, 5, 4)));
        assert!(!cal.is_working_day(d(2024, 4, 29)));
        assert_eq!(cal.add_working_days(d(2024, 4, 26), 3), d(2024, 5, 4));
        assert_eq!(cal.add_working_days(d(2024, 4, 26), 5), d(2024, 5, 7));
        assert_eq!(cal.add_working_days(d(2024, 4, 26), 6), d(2024, 5, 8));
        assert_eq!(cal.working_days_between(d(2024, 4, 26), d(2024, 5, 8)), 6);
    }

    #[test]
    fn user_additions_win() {
        let cal = WorkingCalendar::default()
            .with_days_off([d(2024, 3, 4)])
            .with_working_days([d(2024, 3, 9), d(2024, 4, 30)]);
        assert!(!cal.is_working_day(d(2024, 3, 4)));
        assert!(cal.is_working_day(d(2024, 3, 9)));
        assert!(cal.is_working_day(d(2024, 4, 30)));
        assert_eq!(
            cal.weekend_working_days(2024),
            [d(2024, 3, 9), d(2024, 5, 4)]
        );
    }

    #[test]
    fn culture_day_is_off_only_on_request() {
        // 24/11/2026 is a Tuesday; its status as a holiday is [to verify].
        assert!(WorkingCalendar::default().is_working_day(d(2026, 11, 24)));
        let cal = WorkingCalendar {
            culture_day: true,
            ..WorkingCalendar::default()
        };
        assert!(!cal.is_working_day(d(2026, 11, 24)));
        assert_eq!(
            cal.days_off(2026)
                .iter()
                .find(|o| o.date == d(2026, 11, 24))
                .and_then(|o| o.holiday),
            Some(Holiday::CultureDay)
        );
    }

    #[test]
    fn counts_agree_with_stepping() {
        let cal = WorkingCalendar::default();
        let start = d(2023, 12, 20);
        for n in 0..300 {
            let end = cal.add_working_days(start, n);
            assert_eq!(cal.working_days_between(start, end), n, "{n}");
        }
        assert_eq!(cal.working_days_between(d(2024, 3, 1), d(2024, 2, 1)), 0);
        // Capped, not looped on.
        assert!(cal.add_working_days(d(2024, 1, 1), u32::MAX) < d(2036, 1, 1));
        assert_eq!(cal.add_working_days(NaiveDate::MAX, 5), NaiveDate::MAX);
    }

    #[test]
    fn period_rules_cite_the_civil_code() {
        assert_eq!(period_start(d(2024, 3, 1)), d(2024, 3, 2));
        assert_eq!(
            CalendarRule::PeriodStart.citation().to_string(),
            "Điều 147 Bộ luật số 91/2015/QH13"
        );
        assert_eq!(
            CalendarRule::CompensatoryDay.citation().to_string(),
            "khoản 3 Điều 111 Bộ luật số 45/2019/QH14"
        );
        // 30 days from 01/08/2025 end on Sunday 31/08 — inside the Quốc khánh break (30/8–2/9):
        // the period runs on to Wednesday 03/09/2025.
        let cal = WorkingCalendar::default();
        assert_eq!(cal.period_end(d(2025, 8, 1), 30), d(2025, 9, 3));
    }
}
