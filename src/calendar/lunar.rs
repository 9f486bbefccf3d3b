//! [`LunarDate`]: the Vietnamese lunisolar calendar (**âm lịch**), computed for UTC+7.
//!
//! The algorithm is Hồ Ngọc Đức's astronomical one ("Thuật toán tính âm lịch"), built on Jean
//! Meeus' *Astronomical Algorithms*: a lunar month starts on the local day of a new moon; the
//! month holding the winter solstice is month 11; a year with 13 new moons between two months 11
//! has a leap month, the first month after month 11 that holds no major solar term. Everything
//! is computed for Vietnam's time zone (UTC+7) — the Chinese calendar uses UTC+8, so the two
//! differ when a new moon or a solar term falls between 16:00 and 17:00 UTC: Tết 1985 was on
//! 21/01/1985 in Vietnam and on 20/02/1985 in China; Tết 2007 on 17/02 and 18/02; Tết 2030 is
//! on 02/02 and 03/02 (between 1990 and 2050 only 2007 and 2030 differ, which
//! `scripts/check_tet.py` checks against two lunar-calendar packages).

use std::f64::consts::PI;
use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::Error;

/// The first solar year the conversions accept (the algorithm's new-moon and sun-longitude
/// series are accurate to the day over 1900–2199; outside, the crate refuses to guess).
pub const LUNAR_MIN_YEAR: i32 = 1900;
/// The last solar year the conversions accept; see [`LUNAR_MIN_YEAR`].
pub const LUNAR_MAX_YEAR: i32 = 2199;

/// Vietnam's time zone, hours east of UTC.
const VIETNAM_UTC_OFFSET: f64 = 7.0;
/// The mean synodic month, in days.
const SYNODIC_MONTH: f64 = 29.530588853;
/// The Julian day number of the new moon numbered 0 (1900-01-01).
const NEW_MOON_EPOCH: f64 = 2415021.076998695;
/// Julian day number of 0001-01-01 (proleptic Gregorian) minus one: `jdn = days_from_ce + this`.
const JDN_OF_CE_DAY_ZERO: i64 = 1_721_425;

/// **Ngày âm lịch** — a day of the Vietnamese lunar calendar: day 1–30 of month 1–12 of a
/// lunar year, the month possibly a leap month (**tháng nhuận**).
///
/// The lunar year is numbered by the solar year in which its month 1 starts (Tết): lunar
/// 01/01/2024 is 10/02/2024.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::calendar::LunarDate;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // Tết Giáp Thìn and Giỗ Tổ Hùng Vương (10/3 âm lịch) of 2024.
/// assert_eq!(LunarDate::new(2024, 1, 1, false)?.to_solar()?, d(2024, 2, 10));
/// assert_eq!(LunarDate::new(2024, 3, 10, false)?.to_solar()?, d(2024, 4, 18));
/// // 2023 had a leap second month.
/// let leap = LunarDate::from_solar(d(2023, 3, 22))?;
/// assert_eq!((leap.month, leap.leap, leap.day), (2, true, 1));
/// assert_eq!(leap.to_string(), "01/02 nhuận/2023 âm lịch");
/// // Outside 1900–2199 the crate does not guess.
/// assert!(LunarDate::from_solar(d(1899, 12, 31)).is_err());
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LunarDate {
    /// **Năm âm lịch** — numbered by the solar year of its Tết.
    pub year: i32,
    /// **Tháng** — 1 to 12.
    pub month: u8,
    /// **Ngày** — 1 to 30.
    pub day: u8,
    /// **Tháng nhuận** — whether the month is the year's leap month.
    pub leap: bool,
}

impl LunarDate {
    /// A lunar date, checked for shape only (day 1–30, month 1–12, year within
    /// [`LUNAR_MIN_YEAR`]–[`LUNAR_MAX_YEAR`]); [`LunarDate::to_solar`] checks that it exists.
    ///
    /// # Errors
    /// [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) for a day, month or year out of
    /// range.
    ///
    /// # Example
    /// ```
    /// use qcdc::calendar::LunarDate;
    ///
    /// // Giỗ Tổ Hùng Vương 2021: 10/3 âm lịch.
    /// let gio_to = LunarDate::new(2021, 3, 10, false)?;
    /// assert_eq!(gio_to.to_solar()?.to_string(), "2021-04-21");
    /// assert!(LunarDate::new(2021, 13, 1, false).is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn new(year: i32, month: u8, day: u8, leap: bool) -> Result<Self, Error> {
        let date = LunarDate {
            year,
            month,
            day,
            leap,
        };
        if !(1..=12).contains(&month) || !(1..=30).contains(&day) {
            return Err(Error::out_of_range(
                "lunar date",
                &date.to_string(),
                "day 1-30 and month 1-12",
            ));
        }
        check_year(year, &date.to_string())?;
        Ok(date)
    }

    /// **Đổi dương lịch sang âm lịch** — the lunar date of a solar (Gregorian) day in Vietnam.
    ///
    /// # Errors
    /// [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) outside
    /// [`LUNAR_MIN_YEAR`]–[`LUNAR_MAX_YEAR`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::calendar::LunarDate;
    ///
    /// let tet = LunarDate::from_solar(NaiveDate::from_ymd_opt(2021, 2, 12).unwrap())?;
    /// assert_eq!((tet.year, tet.month, tet.day, tet.leap), (2021, 1, 1, false));
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn from_solar(date: NaiveDate) -> Result<Self, Error> {
        check_year(date.year(), &date.to_string())?;
        let yy = date.year();
        let day_number = jdn(date);
        let k = ((day_number as f64 - NEW_MOON_EPOCH) / SYNODIC_MONTH).floor() as i64;
        let mut month_start = new_moon_day(k + 1);
        if month_start > day_number {
            month_start = new_moon_day(k);
        }
        let mut a11 = lunar_month_11(yy);
        let mut b11 = a11;
        let mut lunar_year;
        if a11 >= month_start {
            lunar_year = yy;
            a11 = lunar_month_11(yy - 1);
        } else {
            lunar_year = yy + 1;
            b11 = lunar_month_11(yy + 1);
        }
        let day = day_number - month_start + 1;
        let diff = (month_start - a11) / 29;
        let mut leap = false;
        let mut month = diff + 11;
        if b11 - a11 > 365 {
            let leap_diff = leap_month_offset(a11);
            if diff >= leap_diff {
                month = diff + 10;
                leap = diff == leap_diff;
            }
        }
        if month > 12 {
            month -= 12;
        }
        if month >= 11 && diff < 4 {
            lunar_year -= 1;
        }
        // Both are bounded by construction (a month has 29 or 30 days, a year 12 or 13 months).
        Ok(LunarDate {
            year: lunar_year,
            month: u8::try_from(month).unwrap_or(12),
            day: u8::try_from(day).unwrap_or(30),
            leap,
        })
    }

    /// **Đổi âm lịch sang dương lịch** — the solar day of this lunar date in Vietnam.
    ///
    /// # Errors
    /// [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) when the year is out of range,
    /// the month is marked leap but is not that year's leap month, or the day is past the end
    /// of a 29-day month.
    ///
    /// # Example
    /// ```
    /// use qcdc::calendar::LunarDate;
    ///
    /// // Tết 1985 fell on 21/01 in Vietnam (UTC+7), a month before China's (UTC+8).
    /// assert_eq!(LunarDate::new(1985, 1, 1, false)?.to_solar()?.to_string(), "1985-01-21");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn to_solar(&self) -> Result<NaiveDate, Error> {
        let text = self.to_string();
        check_year(self.year, &text)?;
        let month = i64::from(self.month);
        let (a11, b11) = if month < 11 {
            (lunar_month_11(self.year - 1), lunar_month_11(self.year))
        } else {
            (lunar_month_11(self.year), lunar_month_11(self.year + 1))
        };
        let k = (0.5 + (a11 as f64 - NEW_MOON_EPOCH) / SYNODIC_MONTH).floor() as i64;
        let mut off = (month - 11).rem_euclid(12);
        let mut is_leap_year = false;
        if b11 - a11 > 365 {
            is_leap_year = true;
            let leap_off = leap_month_offset(a11);
            let leap_month = (leap_off - 2).rem_euclid(12);
            if self.leap && month != leap_month {
                return Err(Error::out_of_range(
                    "lunar date",
                    &text,
                    format!("the leap month of {} is month {leap_month}", self.year),
                ));
            }
            if self.leap || off >= leap_off {
                off += 1;
            }
        }
        if self.leap && !is_leap_year {
            return Err(Error::out_of_range(
                "lunar date",
                &text,
                format!("lunar year {} has no leap month", self.year),
            ));
        }
        let month_start = new_moon_day(k + off);
        let next_start = new_moon_day(k + off + 1);
        if i64::from(self.day) > next_start - month_start {
            return Err(Error::out_of_range(
                "lunar date",
                &text,
                format!("that month has {} days", next_start - month_start),
            ));
        }
        from_jdn(month_start + i64::from(self.day) - 1)
            .ok_or_else(|| Error::out_of_range("lunar date", &text, "a representable date"))
    }
}

/// `dd/mm/yyyy âm lịch`, with " nhuận" after the month of a leap month.
impl fmt::Display for LunarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let leap = if self.leap { " nhuận" } else { "" };
        write!(
            f,
            "{:02}/{:02}{leap}/{} âm lịch",
            self.day, self.month, self.year
        )
    }
}

/// **Tết Nguyên đán** — the solar date of lunar 01/01 of `year` in Vietnam.
///
/// # Errors
/// [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) outside
/// [`LUNAR_MIN_YEAR`]–[`LUNAR_MAX_YEAR`].
///
/// # Example
/// ```
/// use qcdc::calendar::tet;
///
/// assert_eq!(tet(2026)?.to_string(), "2026-02-17");
/// // Vietnam (UTC+7) and China (UTC+8) differ in 1985 and 2030.
/// assert_eq!(tet(1985)?.to_string(), "1985-01-21");
/// assert_eq!(tet(2030)?.to_string(), "2030-02-02");
/// assert!(tet(2200).is_err());
/// # Ok::<(), qcdc::Error>(())
/// ```
pub fn tet(year: i32) -> Result<NaiveDate, Error> {
    LunarDate::new(year, 1, 1, false)?.to_solar()
}

fn check_year(year: i32, input: &str) -> Result<(), Error> {
    if (LUNAR_MIN_YEAR..=LUNAR_MAX_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(Error::out_of_range(
            "lunar date",
            input,
            format!("the lunar calendar is computed for {LUNAR_MIN_YEAR}-{LUNAR_MAX_YEAR}"),
        ))
    }
}

/// The Julian day number of a date.
fn jdn(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) + JDN_OF_CE_DAY_ZERO
}

/// The date of a Julian day number.
fn from_jdn(jdn: i64) -> Option<NaiveDate> {
    i32::try_from(jdn - JDN_OF_CE_DAY_ZERO)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// The moment (Julian date, UT) of new moon number `k` (Meeus, chapter 49, shortened).
fn new_moon(k: i64) -> f64 {
    let k = k as f64;
    let t = k / 1236.85;
    let t2 = t * t;
    let t3 = t2 * t;
    let dr = PI / 180.0;
    let mut jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * ((166.56 + 132.87 * t - 0.009173 * t2) * dr).sin();
    let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    let mut c1 = (0.1734 - 0.000393 * t) * (m * dr).sin() + 0.0021 * (2.0 * dr * m).sin();
    c1 = c1 - 0.4068 * (mpr * dr).sin() + 0.0161 * (dr * 2.0 * mpr).sin();
    c1 -= 0.0004 * (dr * 3.0 * mpr).sin();
    c1 = c1 + 0.0104 * (dr * 2.0 * f).sin() - 0.0051 * (dr * (m + mpr)).sin();
    c1 = c1 - 0.0074 * (dr * (m - mpr)).sin() + 0.0004 * (dr * (2.0 * f + m)).sin();
    c1 = c1 - 0.0004 * (dr * (2.0 * f - m)).sin() - 0.0006 * (dr * (2.0 * f + mpr)).sin();
    c1 = c1 + 0.0010 * (dr * (2.0 * f - mpr)).sin() + 0.0005 * (dr * (2.0 * mpr + m)).sin();
    // ΔT, the difference between dynamical and universal time, in days.
    let delta_t = if t < -11.0 {
        0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    } else {
        -0.000278 + 0.000265 * t + 0.000262 * t2
    };
    jd1 + c1 - delta_t
}

/// The sun's apparent longitude, in radians within [0, 2π), at Julian date `jd` (UT).
fn sun_longitude(jd: f64) -> f64 {
    let t = (jd - 2451545.0) / 36525.0;
    let t2 = t * t;
    let dr = PI / 180.0;
    let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    let mut dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * (dr * m).sin();
    dl += (0.019993 - 0.000101 * t) * (dr * 2.0 * m).sin() + 0.000290 * (dr * 3.0 * m).sin();
    let l = (l0 + dl) * dr;
    l - 2.0 * PI * (l / (2.0 * PI)).floor()
}

/// The local (UTC+7) day number of new moon `k`.
fn new_moon_day(k: i64) -> i64 {
    (new_moon(k) + 0.5 + VIETNAM_UTC_OFFSET / 24.0).floor() as i64
}

/// Which twelfth of the ecliptic (0–11, each a major solar term) the sun is in at the start of
/// local day `day_number`.
fn sun_sector(day_number: i64) -> i64 {
    (sun_longitude(day_number as f64 - 0.5 - VIETNAM_UTC_OFFSET / 24.0) / PI * 6.0).floor() as i64
}

/// The local day number on which lunar month 11 (the month of the winter solstice) begins in
/// the solar year `year`.
fn lunar_month_11(year: i32) -> i64 {
    let dec31 = NaiveDate::from_ymd_opt(year, 12, 31).map_or(0, jdn);
    let off = dec31 - 2415021;
    let k = (off as f64 / SYNODIC_MONTH).floor() as i64;
    let nm = new_moon_day(k);
    // A month starting after the sun passed 270° is already month 12: take the one before.
    if sun_sector(nm) >= 9 {
        new_moon_day(k - 1)
    } else {
        nm
    }
}

/// In a year of 13 months counted from month 11 starting on day `a11`, the position (1–13) of
/// the leap month: the first month holding no major solar term.
fn leap_month_offset(a11: i64) -> i64 {
    let k = ((a11 as f64 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5).floor() as i64;
    let mut i = 1;
    let mut arc = sun_sector(new_moon_day(k + i));
    loop {
        let last = arc;
        i += 1;
        arc = sun_sector(new_moon_day(k + i));
        if arc == last || i >= 14 {
            break;
        }
    }
    i - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn tet_dates_of_published_tables() {
        // Tết of recent years as printed on Vietnamese calendars.
        let known = [
            (2020, d(2020, 1, 25)),
            (2021, d(2021, 2, 12)),
            (2022, d(2022, 2, 1)),
            (2023, d(2023, 1, 22)),
            (2024, d(2024, 2, 10)),
            (2025, d(2025, 1, 29)),
            (2026, d(2026, 2, 17)),
        ];
        for (year, date) in known {
            assert_eq!(tet(year).unwrap(), date, "{year}");
        }
    }

    #[test]
    fn vietnam_differs_from_china_in_1985_2007_and_2030() {
        // UTC+7: 21/01/1985, 17/02/2007, 02/02/2030 (China, UTC+8: 20/02/1985, 18/02/2007,
        // 03/02/2030).
        assert_eq!(tet(1985).unwrap(), d(1985, 1, 21));
        assert_eq!(tet(2007).unwrap(), d(2007, 2, 17));
        assert_eq!(tet(2030).unwrap(), d(2030, 2, 2));
    }

    #[test]
    fn round_trip_every_day_of_several_years() {
        let mut day = d(2019, 1, 1);
        while day < d(2031, 1, 1) {
            let lunar = LunarDate::from_solar(day).unwrap();
            assert_eq!(lunar.to_solar().unwrap(), day, "{lunar}");
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        // 2024 has no leap month; 2023's leap month is the second.
        assert!(
            LunarDate::new(2024, 4, 1, true)
                .unwrap()
                .to_solar()
                .is_err()
        );
        assert!(
            LunarDate::new(2023, 3, 1, true)
                .unwrap()
                .to_solar()
                .is_err()
        );
        assert!(LunarDate::new(2023, 2, 1, true).unwrap().to_solar().is_ok());
        assert!(LunarDate::new(2024, 13, 1, false).is_err());
        assert!(LunarDate::new(2024, 1, 0, false).is_err());
        assert!(LunarDate::new(2200, 1, 1, false).is_err());
        let err = LunarDate::from_solar(d(2200, 1, 1)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "lunar date \"2200-01-01\" is out of range: the lunar calendar is computed for 1900-2199"
        );
    }
}
