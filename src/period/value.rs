//! The value type: [`ReportingPeriod`], its kinds, calendar span and navigation.

use std::cmp::Ordering;

use chrono::{Datelike, NaiveDate};

use super::DateRange;
use crate::Error;
use crate::vocabulary::vocabulary;

/// **Năm nhỏ nhất** — the earliest year of a [`ReportingPeriod`]: 1945, the year the Democratic
/// Republic of Vietnam was founded. No reporting regime of the crate applies before it, and a
/// lower bound catches typing slips such as year `0` or `21`.
pub const MIN_YEAR: i32 = 1945;

/// **Năm lớn nhất** — the latest year of a [`ReportingPeriod`]: 9999, so that every code keeps
/// a four-digit year (`9999-Q4`).
pub const MAX_YEAR: i32 = 9999;

vocabulary! {
    /// **Loại kỳ báo cáo** — the kind of a reporting period.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::PeriodKind;
    ///
    /// assert_eq!("quy".parse::<PeriodKind>()?, PeriodKind::Quarter);
    /// assert_eq!(PeriodKind::FirstHalf.to_string(), "6 tháng đầu năm");
    /// assert!("tuần".parse::<PeriodKind>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum PeriodKind ("period kind", "Loại kỳ báo cáo") {
        /// **Tháng** — a calendar month.
        Month = "month", "Tháng", ["hằng tháng"];
        /// **Quý** — a quarter (quý I–IV).
        Quarter = "quarter", "Quý", ["hằng quý"];
        /// **6 tháng đầu năm** — the first half-year (January–June).
        FirstHalf = "first_half", "6 tháng đầu năm", ["sáu tháng đầu năm"];
        /// **6 tháng cuối năm** — the second half-year (July–December).
        SecondHalf = "second_half", "6 tháng cuối năm", ["sáu tháng cuối năm"];
        /// **9 tháng** — the first nine months (January–September), common in Party practice.
        NineMonths = "nine_months", "9 tháng", ["chín tháng"];
        /// **Năm** — the calendar year.
        Year = "year", "Năm", ["hằng năm", "cả năm"];
    }
}

impl PeriodKind {
    /// How many months a period of this kind spans.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::PeriodKind;
    ///
    /// assert_eq!(PeriodKind::NineMonths.months(), 9);
    /// ```
    pub fn months(self) -> u32 {
        match self {
            PeriodKind::Month => 1,
            PeriodKind::Quarter => 3,
            PeriodKind::FirstHalf | PeriodKind::SecondHalf => 6,
            PeriodKind::NineMonths => 9,
            PeriodKind::Year => 12,
        }
    }
}

/// Which part of the year a period covers; private so that no invalid month or quarter exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Span {
    Month(u8),
    Quarter(u8),
    FirstHalf,
    SecondHalf,
    NineMonths,
    Year,
}

/// **Kỳ báo cáo** — a reporting period: a month, a quarter, a half-year, the first nine months
/// or a whole year, of a year from [`MIN_YEAR`] to [`MAX_YEAR`].
///
/// ## On the wire and on screen
/// Serialised as its compact [`code`](Self::code): `2021-04`, `2021-Q1`, `2021-H1`, `2021-H2`,
/// `2021-9M`, `2021`; its JSON Schema is a string with that pattern. `Display` is the
/// Vietnamese label: "Tháng 4/2021", "Quý I/2021", "6 tháng đầu năm 2021",
/// "6 tháng cuối năm 2021", "9 tháng năm 2021", "Năm 2021". `FromStr` (and deserialisation)
/// accepts the codes and what people type, with or without diacritics, in any case, with Roman
/// or Arabic quarter numbers: "quý 1 năm 2021", "Q1/2021", "sáu tháng cuối năm 2021",
/// "9 tháng 2021", "tháng 04/2021", "T4/2021", "năm 2021".
///
/// ## Order
/// Periods sort chronologically by their first day, then by length: January 2021 < Q1 2021 <
/// H1 2021 < nine months 2021 < year 2021 < February 2021.
///
/// ## Calendar and navigation
/// [`calendar_range`](Self::calendar_range), [`contains`](Self::contains),
/// [`days`](Self::days); [`next`](Self::next) and [`previous`](Self::previous) (same length:
/// halves alternate);
/// [`containing`](Self::containing) (the period of a kind a date falls in);
/// [`sub_periods`](Self::sub_periods) and [`periods_of_year`](Self::periods_of_year).
/// The legal windows are in [`CutoffRule`](super::CutoffRule) and
/// [`DeadlineRule`](super::DeadlineRule).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::period::{PeriodKind, ReportingPeriod};
///
/// let feb = ReportingPeriod::month(2024, 2)?;
/// assert_eq!(feb.days(), 29); // leap year
/// let date = NaiveDate::from_ymd_opt(2024, 5, 20).unwrap();
/// assert_eq!(ReportingPeriod::containing(PeriodKind::Quarter, date).unwrap().code(), "2024-Q2");
/// assert!(ReportingPeriod::month(2024, 13).is_err());
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReportingPeriod {
    year: u16,
    span: Span,
}

/// What error messages call a period.
pub(crate) const WHAT: &str = "reporting period";

/// The year bounds as error messages state them.
pub(crate) fn year_bounds() -> String {
    format!("the year must be from {MIN_YEAR} to {MAX_YEAR}")
}

fn checked_year(year: i32) -> Result<u16, Error> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        // In range, so it fits.
        Ok(year as u16)
    } else {
        Err(Error::out_of_range(WHAT, &year.to_string(), year_bounds()))
    }
}

impl ReportingPeriod {
    pub(crate) fn from_parts(year: i32, span: Span) -> Result<Self, Error> {
        let year = checked_year(year)?;
        let ok = match span {
            Span::Month(m) => (1..=12).contains(&m),
            Span::Quarter(q) => (1..=4).contains(&q),
            _ => true,
        };
        if !ok {
            let (input, bound) = match span {
                Span::Month(m) => (m, "the month must be from 1 to 12"),
                Span::Quarter(q) => (q, "the quarter must be from I to IV (1 to 4)"),
                _ => unreachable!("checked above"),
            };
            return Err(Error::out_of_range(WHAT, &input.to_string(), bound));
        }
        Ok(ReportingPeriod { year, span })
    }

    /// **Tháng** — the month `month` (1–12) of `year`.
    ///
    /// # Errors
    /// [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) when the month is not 1–12 or
    /// the year not [`MIN_YEAR`]–[`MAX_YEAR`].
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::month(2021, 4)?.to_string(), "Tháng 4/2021");
    /// assert!(ReportingPeriod::month(2021, 13).is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn month(year: i32, month: u32) -> Result<Self, Error> {
        // A number past u8 is named as given, not as 255.
        match u8::try_from(month) {
            Ok(m) => Self::from_parts(year, Span::Month(m)),
            Err(_) => Err(Error::out_of_range(
                WHAT,
                &month.to_string(),
                "the month must be from 1 to 12",
            )),
        }
    }

    /// **Quý** — the quarter `quarter` (1–4, quý I–IV) of `year`.
    ///
    /// # Errors
    /// [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) when the quarter is not 1–4 or
    /// the year not [`MIN_YEAR`]–[`MAX_YEAR`].
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::quarter(2021, 1)?.to_string(), "Quý I/2021");
    /// assert!(ReportingPeriod::quarter(2021, 5).is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn quarter(year: i32, quarter: u32) -> Result<Self, Error> {
        match u8::try_from(quarter) {
            Ok(q) => Self::from_parts(year, Span::Quarter(q)),
            Err(_) => Err(Error::out_of_range(
                WHAT,
                &quarter.to_string(),
                "the quarter must be from I to IV (1 to 4)",
            )),
        }
    }

    /// **6 tháng đầu năm** — January to June of `year`.
    ///
    /// # Errors
    /// [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) when the year is not
    /// [`MIN_YEAR`]–[`MAX_YEAR`].
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::first_half(2021)?.code(), "2021-H1");
    /// assert!(ReportingPeriod::first_half(0).is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn first_half(year: i32) -> Result<Self, Error> {
        Self::from_parts(year, Span::FirstHalf)
    }

    /// **6 tháng cuối năm** — July to December of `year`.
    ///
    /// # Errors
    /// [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) when the year is not
    /// [`MIN_YEAR`]–[`MAX_YEAR`].
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::second_half(2021)?.code(), "2021-H2");
    /// assert!(ReportingPeriod::second_half(-2021).is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn second_half(year: i32) -> Result<Self, Error> {
        Self::from_parts(year, Span::SecondHalf)
    }

    /// **9 tháng** — January to September of `year`.
    ///
    /// # Errors
    /// [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) when the year is not
    /// [`MIN_YEAR`]–[`MAX_YEAR`].
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::nine_months(2021)?.to_string(), "9 tháng năm 2021");
    /// assert!(ReportingPeriod::nine_months(10_000).is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn nine_months(year: i32) -> Result<Self, Error> {
        Self::from_parts(year, Span::NineMonths)
    }

    /// **Năm** — the whole of `year`.
    ///
    /// # Errors
    /// [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) when the year is not
    /// [`MIN_YEAR`]–[`MAX_YEAR`].
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::whole_year(2021)?.to_string(), "Năm 2021");
    /// assert!(ReportingPeriod::whole_year(1900).is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn whole_year(year: i32) -> Result<Self, Error> {
        Self::from_parts(year, Span::Year)
    }

    pub(crate) fn span(self) -> Span {
        self.span
    }

    /// The year of the period.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!("Quý I/2021".parse::<ReportingPeriod>()?.year(), 2021);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn year(self) -> i32 {
        i32::from(self.year)
    }

    /// The kind of the period.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::{PeriodKind, ReportingPeriod};
    ///
    /// assert_eq!("6 tháng đầu năm 2021".parse::<ReportingPeriod>()?.kind(), PeriodKind::FirstHalf);
    /// assert_eq!("9 tháng năm 2021".parse::<ReportingPeriod>()?.kind(), PeriodKind::NineMonths);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn kind(self) -> PeriodKind {
        match self.span {
            Span::Month(_) => PeriodKind::Month,
            Span::Quarter(_) => PeriodKind::Quarter,
            Span::FirstHalf => PeriodKind::FirstHalf,
            Span::SecondHalf => PeriodKind::SecondHalf,
            Span::NineMonths => PeriodKind::NineMonths,
            Span::Year => PeriodKind::Year,
        }
    }

    /// The month number (1–12) of a monthly period, `None` for the other kinds.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::month(2021, 4)?.month_number(), Some(4));
    /// assert_eq!(ReportingPeriod::quarter(2021, 2)?.month_number(), None);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn month_number(self) -> Option<u32> {
        match self.span {
            Span::Month(m) => Some(u32::from(m)),
            _ => None,
        }
    }

    /// The quarter number (1–4) of a quarterly period, `None` for the other kinds.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!("Quý III/2023".parse::<ReportingPeriod>()?.quarter_number(), Some(3));
    /// assert_eq!(ReportingPeriod::whole_year(2023)?.quarter_number(), None);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn quarter_number(self) -> Option<u32> {
        match self.span {
            Span::Quarter(q) => Some(u32::from(q)),
            _ => None,
        }
    }

    /// The first month of the period (1–12).
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::quarter(2021, 3)?.first_month(), 7);
    /// assert_eq!(ReportingPeriod::second_half(2021)?.first_month(), 7);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn first_month(self) -> u32 {
        match self.span {
            Span::Month(m) => u32::from(m),
            Span::Quarter(q) => 3 * u32::from(q) - 2,
            Span::FirstHalf | Span::NineMonths | Span::Year => 1,
            Span::SecondHalf => 7,
        }
    }

    /// The last month of the period (1–12): the month its deadline falls in under Điều 13.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::quarter(2021, 1)?.last_month(), 3);
    /// assert_eq!(ReportingPeriod::nine_months(2021)?.last_month(), 9);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn last_month(self) -> u32 {
        self.first_month() + self.kind().months() - 1
    }

    /// **Ngày đầu kỳ** — the first calendar day of the period.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::quarter(2021, 2)?.first_day().to_string(), "2021-04-01");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn first_day(self) -> NaiveDate {
        first_of_month(self.year(), self.first_month())
    }

    /// **Ngày cuối kỳ** — the last calendar day of the period.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::month(2024, 2)?.last_day().to_string(), "2024-02-29");
    /// assert_eq!(ReportingPeriod::quarter(2021, 1)?.last_day().to_string(), "2021-03-31");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn last_day(self) -> NaiveDate {
        last_of_month(self.year(), self.last_month())
    }

    /// The calendar days of the period, first and last included.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// let h2 = ReportingPeriod::second_half(2021)?.calendar_range();
    /// assert_eq!(h2.to_string(), "01/07/2021 – 31/12/2021");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn calendar_range(self) -> DateRange {
        DateRange::new(self.first_day(), self.last_day())
    }

    /// Whether `date` falls in the period's calendar span.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::period::ReportingPeriod;
    ///
    /// let q1 = ReportingPeriod::quarter(2021, 1)?;
    /// assert!(q1.contains(NaiveDate::from_ymd_opt(2021, 3, 31).unwrap()));
    /// assert!(!q1.contains(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap())); // the briefing: in Q2
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn contains(self, date: NaiveDate) -> bool {
        self.calendar_range().contains(date)
    }

    /// The number of calendar days in the period.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::quarter(2021, 1)?.days(), 90);
    /// assert_eq!(ReportingPeriod::whole_year(2024)?.days(), 366);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn days(self) -> u32 {
        self.calendar_range().days()
    }

    /// The period of the same length that follows (the second half follows the first, the next
    /// year's first half the second), `None` after [`MAX_YEAR`].
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::month(2021, 12)?.next().unwrap().code(), "2022-01");
    /// assert_eq!(ReportingPeriod::first_half(2021)?.next().unwrap().code(), "2021-H2");
    /// assert_eq!(ReportingPeriod::nine_months(2021)?.next().unwrap().code(), "2022-9M");
    /// assert_eq!(ReportingPeriod::whole_year(9999)?.next(), None);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn next(self) -> Option<Self> {
        let y = self.year();
        let (year, span) = match self.span {
            Span::Month(12) => (y + 1, Span::Month(1)),
            Span::Month(m) => (y, Span::Month(m + 1)),
            Span::Quarter(4) => (y + 1, Span::Quarter(1)),
            Span::Quarter(q) => (y, Span::Quarter(q + 1)),
            Span::FirstHalf => (y, Span::SecondHalf),
            Span::SecondHalf => (y + 1, Span::FirstHalf),
            Span::NineMonths | Span::Year => (y + 1, self.span),
        };
        Self::from_parts(year, span).ok()
    }

    /// The period of the same length that precedes (halves alternate), `None` before
    /// [`MIN_YEAR`].
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::quarter(2021, 1)?.previous().unwrap().code(), "2020-Q4");
    /// assert_eq!(ReportingPeriod::month(1945, 1)?.previous(), None);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn previous(self) -> Option<Self> {
        let y = self.year();
        let (year, span) = match self.span {
            Span::Month(1) => (y - 1, Span::Month(12)),
            Span::Month(m) => (y, Span::Month(m - 1)),
            Span::Quarter(1) => (y - 1, Span::Quarter(4)),
            Span::Quarter(q) => (y, Span::Quarter(q - 1)),
            Span::FirstHalf => (y - 1, Span::SecondHalf),
            Span::SecondHalf => (y, Span::FirstHalf),
            Span::NineMonths | Span::Year => (y - 1, self.span),
        };
        Self::from_parts(year, span).ok()
    }

    /// The period of `kind` whose calendar span contains `date`; `None` when the year is out of
    /// range, or for [`PeriodKind::NineMonths`] when the date is in October–December (no
    /// nine-month period covers those months).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::period::{PeriodKind, ReportingPeriod};
    ///
    /// let d = NaiveDate::from_ymd_opt(2021, 7, 1).unwrap();
    /// assert_eq!(ReportingPeriod::containing(PeriodKind::Month, d).unwrap().code(), "2021-07");
    /// assert_eq!(ReportingPeriod::containing(PeriodKind::SecondHalf, d).unwrap().code(), "2021-H2");
    /// assert_eq!(ReportingPeriod::containing(PeriodKind::FirstHalf, d), None);
    /// ```
    pub fn containing(kind: PeriodKind, date: NaiveDate) -> Option<Self> {
        let month = date.month();
        let span = match kind {
            PeriodKind::Month => Span::Month(month as u8),
            PeriodKind::Quarter => Span::Quarter(((month - 1) / 3 + 1) as u8),
            PeriodKind::FirstHalf if month <= 6 => Span::FirstHalf,
            PeriodKind::SecondHalf if month >= 7 => Span::SecondHalf,
            PeriodKind::NineMonths if month <= 9 => Span::NineMonths,
            PeriodKind::Year => Span::Year,
            PeriodKind::FirstHalf | PeriodKind::SecondHalf | PeriodKind::NineMonths => {
                return None;
            }
        };
        Self::from_parts(date.year(), span).ok()
    }

    /// The half-year containing `date` (first or second half), `None` when the year is out of
    /// range: unlike [`containing`](Self::containing), it never misses a date.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::period::ReportingPeriod;
    ///
    /// let h = ReportingPeriod::half_containing(NaiveDate::from_ymd_opt(2021, 10, 1).unwrap()).unwrap();
    /// assert_eq!(h.to_string(), "6 tháng cuối năm 2021");
    /// ```
    pub fn half_containing(date: NaiveDate) -> Option<Self> {
        Self::containing(PeriodKind::FirstHalf, date)
            .or_else(|| Self::containing(PeriodKind::SecondHalf, date))
    }

    /// **Các kỳ con** — the periods of `kind` inside this one, in order: the months of a
    /// quarter, the quarters of a half-year, the months of the nine months… Empty when no
    /// period of `kind` fits inside (the quarters of a month).
    ///
    /// # Example
    /// ```
    /// use qcdc::period::{PeriodKind, ReportingPeriod};
    ///
    /// let h1 = ReportingPeriod::first_half(2021)?;
    /// let quarters: Vec<String> = h1.sub_periods(PeriodKind::Quarter).iter().map(|p| p.code()).collect();
    /// assert_eq!(quarters, ["2021-Q1", "2021-Q2"]);
    /// assert!(h1.sub_periods(PeriodKind::Year).is_empty());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn sub_periods(self, kind: PeriodKind) -> Vec<Self> {
        let (first, last) = (self.first_month(), self.last_month());
        Self::of_year(kind, self.year())
            .into_iter()
            .filter(|p| p.first_month() >= first && p.last_month() <= last)
            .collect()
    }

    /// Every period of `kind` in `year`, in order (12 months, 4 quarters, one half, one nine
    /// months, one year); empty when the year is out of range.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::{PeriodKind, ReportingPeriod};
    ///
    /// let quarters = ReportingPeriod::of_year(PeriodKind::Quarter, 2026);
    /// assert_eq!(quarters.len(), 4);
    /// assert_eq!(quarters[3].to_string(), "Quý IV/2026");
    /// assert!(ReportingPeriod::of_year(PeriodKind::Month, 1800).is_empty());
    /// ```
    pub fn of_year(kind: PeriodKind, year: i32) -> Vec<Self> {
        let spans: Vec<Span> = match kind {
            PeriodKind::Month => (1..=12).map(Span::Month).collect(),
            PeriodKind::Quarter => (1..=4).map(Span::Quarter).collect(),
            PeriodKind::FirstHalf => vec![Span::FirstHalf],
            PeriodKind::SecondHalf => vec![Span::SecondHalf],
            PeriodKind::NineMonths => vec![Span::NineMonths],
            PeriodKind::Year => vec![Span::Year],
        };
        spans
            .into_iter()
            .filter_map(|span| Self::from_parts(year, span).ok())
            .collect()
    }

    /// **Các kỳ báo cáo trong năm** — the 20 periods of `year` in the order reports list them:
    /// 12 months, 4 quarters, the two halves, the nine months, the year.
    ///
    /// # Errors
    /// [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) when the year is not
    /// [`MIN_YEAR`]–[`MAX_YEAR`].
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// let all = ReportingPeriod::periods_of_year(2021)?;
    /// assert_eq!(all.len(), 20);
    /// assert_eq!(all[12].code(), "2021-Q1");
    /// assert_eq!(all[19].code(), "2021");
    /// assert!(ReportingPeriod::periods_of_year(0).is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn periods_of_year(year: i32) -> Result<[Self; 20], Error> {
        let year16 = checked_year(year)?;
        let mut out = [ReportingPeriod {
            year: year16,
            span: Span::Year,
        }; 20];
        let spans = (1..=12)
            .map(Span::Month)
            .chain((1..=4).map(Span::Quarter))
            .chain([
                Span::FirstHalf,
                Span::SecondHalf,
                Span::NineMonths,
                Span::Year,
            ]);
        for (slot, span) in out.iter_mut().zip(spans) {
            slot.span = span;
        }
        Ok(out)
    }

    /// The sort key: year, first month, length in months (unique per period).
    fn sort_key(self) -> (u16, u32, u32) {
        (self.year, self.first_month(), self.kind().months())
    }
}

impl Ord for ReportingPeriod {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl PartialOrd for ReportingPeriod {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The first day of `month` in `year`; both are in range wherever the crate calls it.
pub(crate) fn first_of_month(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN)
}

/// The last day of `month` in `year`.
pub(crate) fn last_of_month(year: i32, month: u32) -> NaiveDate {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
}

/// Day `day` of `month` in `year`, or the month's last day when it is shorter.
pub(crate) fn day_of_month_clamped(year: i32, month: u32, day: u32) -> NaiveDate {
    let last = last_of_month(year, month);
    if day >= last.day() {
        last
    } else {
        NaiveDate::from_ymd_opt(year, month, day.max(1)).unwrap_or(last)
    }
}

/// The month before `month` of `year`, as (year, month).
pub(crate) fn month_before(year: i32, month: u32) -> (i32, u32) {
    if month == 1 {
        (year - 1, 12)
    } else {
        (year, month - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_past_u8_are_named_as_given() {
        let e = ReportingPeriod::month(2021, 300).unwrap_err().to_string();
        assert!(e.contains("300") && !e.contains("255"), "{e}");
        let e = ReportingPeriod::quarter(2021, 70_000)
            .unwrap_err()
            .to_string();
        assert!(e.contains("70000") && !e.contains("255"), "{e}");
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn kinds_are_well_formed() {
        crate::vocabulary::assert_well_formed::<PeriodKind>();
    }

    #[test]
    fn calendar_spans() {
        let feb = ReportingPeriod::month(2024, 2).unwrap();
        assert_eq!(
            (feb.first_day(), feb.last_day()),
            (d(2024, 2, 1), d(2024, 2, 29))
        );
        assert_eq!(ReportingPeriod::month(2023, 2).unwrap().days(), 28);
        assert_eq!(ReportingPeriod::whole_year(2024).unwrap().days(), 366);
        let q4 = ReportingPeriod::quarter(2021, 4).unwrap();
        assert_eq!(
            (q4.first_day(), q4.last_day()),
            (d(2021, 10, 1), d(2021, 12, 31))
        );
        let nine = ReportingPeriod::nine_months(2021).unwrap();
        assert_eq!(nine.last_day(), d(2021, 9, 30));
        assert!(nine.contains(d(2021, 9, 30)) && !nine.contains(d(2021, 10, 1)));
    }

    #[test]
    fn order_is_chronological_then_by_length() {
        let p = |s: &str| s.parse::<ReportingPeriod>().unwrap();
        let mut v = [
            p("2021-02"),
            p("2021"),
            p("2021-9M"),
            p("2021-H1"),
            p("2021-Q1"),
            p("2021-01"),
            p("2020-H2"),
        ];
        v.sort();
        let codes: Vec<String> = v.iter().map(|p| p.code()).collect();
        assert_eq!(
            codes,
            [
                "2020-H2", "2021-01", "2021-Q1", "2021-H1", "2021-9M", "2021", "2021-02"
            ]
        );
    }

    #[test]
    fn bounds_are_typed_errors() {
        for y in [0, -1, -2021, 1944, 10_000, i32::MIN, i32::MAX] {
            let e = ReportingPeriod::whole_year(y).unwrap_err();
            assert_eq!(e.kind(), crate::ErrorKind::OutOfRange);
        }
        assert_eq!(
            ReportingPeriod::quarter(2021, 5).unwrap_err().to_string(),
            "reporting period \"5\" is out of range: the quarter must be from I to IV (1 to 4)"
        );
        assert!(ReportingPeriod::month(2021, 0).is_err());
        assert!(ReportingPeriod::month(2021, u32::MAX).is_err());
        assert_eq!(ReportingPeriod::whole_year(1945).unwrap().previous(), None);
    }
}
