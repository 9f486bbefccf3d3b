//! [`Holiday`]: the public holidays of the Labour Code, and the days off they give in a year
//! under the statute rule alone ([`statutory_days_off`]).

use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::lunar::{LUNAR_MAX_YEAR, LUNAR_MIN_YEAR, LunarDate, tet};
use crate::legal::{BO_LUAT_LAO_DONG_2019, LegalReference};
use crate::vocabulary::vocabulary;

vocabulary! {
    /// **Ngày nghỉ lễ, tết** — the paid public holidays of Bộ luật Lao động 2019 Điều 112 k1
    /// (Bộ luật Lao động 2012 Điều 115 k1 until 2020), plus Ngày Văn hóa Việt Nam, which is
    /// **[to verify]** and off by default (see [`WorkingCalendar::culture_day`](super::WorkingCalendar::culture_day)).
    ///
    /// # Example
    /// ```
    /// use qcdc::calendar::Holiday;
    ///
    /// assert_eq!(Holiday::HungKings.to_string(), "Giỗ Tổ Hùng Vương");
    /// assert_eq!("tet am lich".parse::<Holiday>()?, Holiday::LunarNewYear);
    /// assert_eq!(Holiday::NationalDay.citation().to_string(), "điểm đ khoản 1 Điều 112 Bộ luật số 45/2019/QH14");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Holiday ("public holiday", "Ngày nghỉ lễ, tết") {
        /// a) **Tết Dương lịch** — 01/01.
        NewYear = "new_year", "Tết Dương lịch";
        /// b) **Tết Âm lịch** — 05 days (Tết Nguyên đán), fixed each year by the Thủ tướng.
        LunarNewYear = "lunar_new_year", "Tết Âm lịch", ["Tết Nguyên đán"];
        /// c) **Ngày Chiến thắng** — 30/4.
        VictoryDay = "victory_day", "Ngày Chiến thắng", ["30/4", "Ngày Giải phóng miền Nam"];
        /// d) **Ngày Quốc tế lao động** — 01/5.
        LabourDay = "labour_day", "Ngày Quốc tế lao động", ["1/5"];
        /// đ) **Quốc khánh** — 02/9 and, from 2021, 01 adjacent day before or after.
        NationalDay = "national_day", "Quốc khánh", ["2/9"];
        /// e) **Giỗ Tổ Hùng Vương** — 10/3 âm lịch.
        HungKings = "hung_kings", "Giỗ Tổ Hùng Vương";
        /// **Ngày Văn hóa Việt Nam** — 24/11, proposed as a holiday (Nghị quyết 80-NQ/TW); whether
        /// and from when it is one is [to verify]: off only when the calendar asks for it.
        CultureDay = "culture_day", "Ngày Văn hóa Việt Nam";
    }
}

impl Holiday {
    /// The point of Điều 112 k1 of Bộ luật Lao động 2019 that grants the holiday (the whole
    /// clause for Ngày Văn hóa Việt Nam, which it does not list yet).
    ///
    /// # Example
    /// ```
    /// use qcdc::calendar::Holiday;
    ///
    /// assert_eq!(Holiday::HungKings.citation().to_string(), "điểm e khoản 1 Điều 112 Bộ luật số 45/2019/QH14");
    /// assert_eq!(Holiday::CultureDay.citation().point, None); // not listed in Điều 112 yet
    /// ```
    pub fn citation(self) -> LegalReference {
        let clause = BO_LUAT_LAO_DONG_2019.article(112).clause(1);
        match self {
            Holiday::NewYear => clause.point("a"),
            Holiday::LunarNewYear => clause.point("b"),
            Holiday::VictoryDay => clause.point("c"),
            Holiday::LabourDay => clause.point("d"),
            Holiday::NationalDay => clause.point("đ"),
            Holiday::HungKings => clause.point("e"),
            Holiday::CultureDay => clause,
        }
    }
}

/// **Lý do nghỉ** — why a weekday is a day off.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::calendar::{DayOffReason, WorkingCalendar};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let off = WorkingCalendar::default().days_off(2024);
/// let reason = |day| off.iter().find(|o| o.date == day).map(|o| o.reason);
/// assert_eq!(reason(d(2024, 1, 1)), Some(DayOffReason::Holiday));
/// assert_eq!(reason(d(2024, 2, 8)), Some(DayOffReason::Scheduled)); // Tết 2024, as announced
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DayOffReason {
    /// **Ngày nghỉ lễ** — the holiday itself (Điều 112 k1).
    Holiday,
    /// **Nghỉ bù** — a holiday fell on a weekly rest day and is made up on the next working day
    /// (Bộ luật Lao động 2019 Điều 111 k3).
    Compensatory,
    /// **Theo lịch nghỉ chính thức** — a day of the official schedule of the year (the Thủ
    /// tướng's decision on Tết and Quốc khánh, Điều 112 k3, swapped days included).
    Scheduled,
    /// **Do người dùng thêm** — a day off the user added.
    Added,
}

/// **Ngày nghỉ** — a day off that is not a weekly rest day (or a weekend day of a holiday),
/// with the holiday behind it.
///
/// # Example
/// ```
/// use qcdc::calendar::{DayOffReason, Holiday, WorkingCalendar};
///
/// let off = WorkingCalendar::default().days_off(2021);
/// let victory = off.iter().find(|o| o.holiday == Some(Holiday::VictoryDay)).unwrap();
/// assert_eq!(victory.date.to_string(), "2021-04-30");
/// assert_eq!(victory.reason, DayOffReason::Holiday);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct DayOff {
    /// The day.
    pub date: NaiveDate,
    /// The holiday it belongs to (`None` for a day the user added).
    pub holiday: Option<Holiday>,
    /// Why it is off.
    pub reason: DayOffReason,
}

/// The first year of Bộ luật Lao động 2019 (11 holidays, two days for Quốc khánh).
const LABOUR_CODE_2019_FROM_YEAR: i32 = 2021;

/// The years whose lunar holidays are cached: the lunar calendar's range.
const LUNAR_YEARS: usize = (LUNAR_MAX_YEAR - LUNAR_MIN_YEAR + 1) as usize;

/// Tết and Giỗ Tổ Hùng Vương of each year, computed on first use: the lunar conversion costs
/// some thirty trigonometric series, and working-day arithmetic asks for the same years again
/// and again.
static LUNAR_HOLIDAYS: [OnceLock<(Option<NaiveDate>, Option<NaiveDate>)>; LUNAR_YEARS] =
    [const { OnceLock::new() }; LUNAR_YEARS];

/// Tết (lunar 01/01) and Giỗ Tổ Hùng Vương (lunar 10/3) of `year`; `None` outside the lunar
/// calendar's range.
fn lunar_holidays(year: i32) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let Some(slot) = usize::try_from(year - LUNAR_MIN_YEAR)
        .ok()
        .and_then(|i| LUNAR_HOLIDAYS.get(i))
    else {
        return (None, None);
    };
    *slot.get_or_init(|| {
        (
            tet(year).ok(),
            LunarDate::new(year, 3, 10, false)
                .and_then(|l| l.to_solar())
                .ok(),
        )
    })
}

/// Whether `date` is a weekly rest day of state bodies: Saturday or Sunday (Quyết định
/// 188/1999/QĐ-TTg Điều 1).
pub(crate) fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The days of the holidays of `year` under the statute rule alone, weekends included, in date
/// order, without compensatory days. Computed, not decided: where the Thủ tướng chooses
/// (Tết's five days, Quốc khánh's adjacent day) the crate takes a documented default —
/// - Tết Âm lịch: the last day of the old lunar year and the first four of the new one;
/// - Quốc khánh (from 2021): the adjacent day that joins the break to a weekend — 03/9 when
///   02/9 is a Monday, Thursday or Sunday, 01/9 otherwise.
///
/// Before 2021 Bộ luật Lao động 2012 Điều 115 applies (one day for Quốc khánh); years before
/// 2013 are computed with the same rule, which the crate has not checked against the older
/// code. Outside the lunar calendar's range (1900–2199) Tết and Giỗ Tổ are left out.
pub(crate) fn statutory_holidays(year: i32, culture_day: bool) -> Vec<(NaiveDate, Holiday)> {
    let mut days = Vec::with_capacity(12);
    let ymd = |m, d| NaiveDate::from_ymd_opt(year, m, d);
    if let Some(d) = ymd(1, 1) {
        days.push((d, Holiday::NewYear));
    }
    let (tet_day, hung_kings_day) = lunar_holidays(year);
    if let Some(first) = tet_day {
        // The last day of the old year and mùng 1 to mùng 4.
        for offset in 0..5u64 {
            if let Some(d) = first
                .checked_sub_days(Days::new(1))
                .and_then(|d| d.checked_add_days(Days::new(offset)))
            {
                days.push((d, Holiday::LunarNewYear));
            }
        }
    }
    if let Some(d) = hung_kings_day {
        days.push((d, Holiday::HungKings));
    }
    if let Some(d) = ymd(4, 30) {
        days.push((d, Holiday::VictoryDay));
    }
    if let Some(d) = ymd(5, 1) {
        days.push((d, Holiday::LabourDay));
    }
    if let Some(d) = ymd(9, 2) {
        days.push((d, Holiday::NationalDay));
        if year >= LABOUR_CODE_2019_FROM_YEAR {
            let after = matches!(d.weekday(), Weekday::Mon | Weekday::Thu | Weekday::Sun);
            let adjacent = if after { d.succ_opt() } else { d.pred_opt() };
            if let Some(a) = adjacent {
                days.push((a, Holiday::NationalDay));
            }
        }
    }
    if culture_day && let Some(d) = ymd(11, 24) {
        days.push((d, Holiday::CultureDay));
    }
    days.sort();
    days.dedup_by_key(|(d, _)| *d);
    days
}

/// The days off of `holidays` (one year's, in date order) on weekdays, with a compensatory day
/// for each that falls on a weekend: the next weekday that is not already off (Bộ luật Lao động
/// 2019 Điều 111 k3; 2012 Điều 110 k3).
pub(crate) fn with_compensatory_days(holidays: &[(NaiveDate, Holiday)]) -> Vec<DayOff> {
    let mut off: Vec<DayOff> = holidays
        .iter()
        .filter(|(d, _)| !is_weekend(*d))
        .map(|&(date, h)| DayOff {
            date,
            holiday: Some(h),
            reason: DayOffReason::Holiday,
        })
        .collect();
    let is_holiday = |d: NaiveDate| holidays.iter().any(|(h, _)| *h == d);
    for &(date, holiday) in holidays.iter().filter(|(d, _)| is_weekend(*d)) {
        let mut day = date;
        // At most a dozen holidays and two weekend days lie ahead: this ends within 30 steps.
        for _ in 0..30 {
            let Some(next) = day.succ_opt() else { break };
            day = next;
            if !is_weekend(day) && !is_holiday(day) && !off.iter().any(|o| o.date == day) {
                off.push(DayOff {
                    date: day,
                    holiday: Some(holiday),
                    reason: DayOffReason::Compensatory,
                });
                break;
            }
        }
    }
    off.sort_by_key(|o| o.date);
    off
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn hung_kings_day_is_the_10th_of_the_third_lunar_month() {
        // Điều 112 k1 e: 18/04/2024, 07/04/2025, 29/04/2023, 26/04/2026.
        for (year, date) in [
            (2023, d(2023, 4, 29)),
            (2024, d(2024, 4, 18)),
            (2025, d(2025, 4, 7)),
            (2026, d(2026, 4, 26)),
        ] {
            let days = statutory_holidays(year, false);
            let found: Vec<_> = days
                .iter()
                .filter(|(_, h)| *h == Holiday::HungKings)
                .map(|(d, _)| *d)
                .collect();
            assert_eq!(found, [date], "{year}");
        }
    }

    #[test]
    fn eleven_days_from_2021_ten_before() {
        // Điều 112 k1 (2019): 11 days; Điều 115 k1 (2012): 10 days.
        assert_eq!(statutory_holidays(2021, false).len(), 11);
        assert_eq!(statutory_holidays(2020, false).len(), 10);
        assert_eq!(statutory_holidays(2021, true).len(), 12);
    }

    #[test]
    fn a_holiday_on_a_weekend_is_made_up_on_the_next_working_day() {
        // Điều 111 k3: 01/01/2022 was a Saturday, made up on Monday 03/01/2022.
        let off = with_compensatory_days(&statutory_holidays(2022, false));
        let comp = off
            .iter()
            .find(|o| o.holiday == Some(Holiday::NewYear))
            .unwrap();
        assert_eq!(comp.date, d(2022, 1, 3));
        assert_eq!(comp.reason, DayOffReason::Compensatory);
        // 2023: Giỗ Tổ on Saturday 29/04, 30/4 a Sunday, 01/5 a Monday: made up on 02/5 and 03/5.
        let off = with_compensatory_days(&statutory_holidays(2023, false));
        let may: Vec<_> = off
            .iter()
            .filter(|o| o.date.month() == 5 && o.date.day() <= 5)
            .map(|o| (o.date.day(), o.reason))
            .collect();
        assert_eq!(
            may,
            [
                (1, DayOffReason::Holiday),
                (2, DayOffReason::Compensatory),
                (3, DayOffReason::Compensatory)
            ]
        );
    }
}
