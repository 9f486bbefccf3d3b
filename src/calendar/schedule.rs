//! [`OfficialSchedule`]: the days off the Thủ tướng fixes for a holiday of a year (Bộ luật Lao
//! động 2019 Điều 112 k3), with the swapped working days ("làm bù"), as sourced data.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::Holiday;

/// **Lịch nghỉ chính thức** — the break of one or more holidays of a year as announced for
/// public servants (cán bộ, công chức, viên chức): every day from `first` to `last` is off,
/// weekends included, and each day of `worked` (usually a Saturday) is a working day in
/// exchange ("hoán đổi", "làm bù").
///
/// The crate carries the years it could source ([`OFFICIAL_SCHEDULES`]); any other year's
/// holidays are computed by the statute rule alone (see [`WorkingCalendar`](super::WorkingCalendar)).
/// A user adds a newly announced year by pushing its schedule onto
/// [`WorkingCalendar::schedules`](super::WorkingCalendar::schedules).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::calendar::{Holiday, OFFICIAL_SCHEDULES};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let tet_2024 = OFFICIAL_SCHEDULES.iter().find(|s| s.first == d(2024, 2, 8)).unwrap();
/// assert_eq!(tet_2024.last, d(2024, 2, 14));
/// assert!(tet_2024.holidays.contains(&Holiday::LunarNewYear));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OfficialSchedule {
    /// The holidays the break covers (their computed days and compensatory days are replaced).
    pub holidays: Cow<'static, [Holiday]>,
    /// The first day off.
    pub first: NaiveDate,
    /// The last day off.
    pub last: NaiveDate,
    /// **Ngày làm bù** — weekend days worked in exchange for a weekday off.
    pub worked: Cow<'static, [NaiveDate]>,
    /// Where the schedule was read: the decision or notice, and the public page that reports it.
    pub source: Cow<'static, str>,
}

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("invalid date in the official schedules"),
    }
}

const TET: &[Holiday] = &[Holiday::LunarNewYear];
const APRIL_MAY: &[Holiday] = &[Holiday::VictoryDay, Holiday::LabourDay];
const NATIONAL_DAY: &[Holiday] = &[Holiday::NationalDay];

/// **Lịch nghỉ đã công bố** — the official breaks the crate could source, each with its source.
///
/// | Year | Break | Days off | Worked in exchange |
/// |---|---|---|---|
/// | 2020 | Tết Canh Tý | 23/01–29/01 | — |
/// | 2024 | Tết Giáp Thìn | 08/02–14/02 | — |
/// | 2024 | 30/4 and 01/5 | 27/04–01/05 | Saturday 04/05 |
/// | 2024 | Quốc khánh | 31/08–03/09 | — |
/// | 2025 | 30/4 and 01/5 | 30/04–04/05 | Saturday 26/04 |
/// | 2025 | Quốc khánh | 30/08–02/09 | — |
/// | 2026 | Tết Bính Ngọ | 14/02–22/02 | — |
///
/// Every other break (Tết 2021–2023 and 2025, Tết 2027 on, 2026's other holidays, …) is
/// computed by the statute rule alone and may differ from what was announced: add the
/// announced schedule to [`WorkingCalendar::schedules`](super::WorkingCalendar::schedules).
pub const OFFICIAL_SCHEDULES: &[OfficialSchedule] = &[
    OfficialSchedule {
        holidays: Cow::Borrowed(TET),
        first: date(2020, 1, 23),
        last: date(2020, 1, 29),
        worked: Cow::Borrowed(&[]),
        source: Cow::Borrowed(
            "Thông báo lịch nghỉ Tết Âm lịch 2020 cho cán bộ, công chức, viên chức (29 tháng Chạp Kỷ Hợi – mùng 5 Canh Tý), as reported by socongthuong.daklak.gov.vn",
        ),
    },
    OfficialSchedule {
        holidays: Cow::Borrowed(TET),
        first: date(2024, 2, 8),
        last: date(2024, 2, 14),
        worked: Cow::Borrowed(&[]),
        source: Cow::Borrowed(
            "Thông báo của Bộ Lao động - Thương binh và Xã hội: Tết Âm lịch 2024 từ thứ Năm 08/02 đến hết thứ Tư 14/02/2024 (5 ngày Tết, 2 ngày nghỉ bù theo khoản 3 Điều 111 Bộ luật Lao động), as reported by sucsongtre.vn",
        ),
    },
    OfficialSchedule {
        holidays: Cow::Borrowed(APRIL_MAY),
        first: date(2024, 4, 27),
        last: date(2024, 5, 1),
        worked: Cow::Borrowed(&[date(2024, 5, 4)]),
        source: Cow::Borrowed(
            "Công văn 2450/VPCP-KGVX (12/04/2024): hoán đổi ngày làm việc thứ Hai 29/04 sang thứ Bảy 04/05/2024, as reported by baotintuc.vn",
        ),
    },
    OfficialSchedule {
        holidays: Cow::Borrowed(NATIONAL_DAY),
        first: date(2024, 8, 31),
        last: date(2024, 9, 3),
        worked: Cow::Borrowed(&[]),
        source: Cow::Borrowed(
            "Thông báo của Bộ Lao động - Thương binh và Xã hội: Quốc khánh 2024 từ thứ Bảy 31/8 đến hết thứ Ba 03/9, as reported by sucsongtre.vn and btv.org.vn",
        ),
    },
    OfficialSchedule {
        holidays: Cow::Borrowed(APRIL_MAY),
        first: date(2025, 4, 30),
        last: date(2025, 5, 4),
        worked: Cow::Borrowed(&[date(2025, 4, 26)]),
        source: Cow::Borrowed(
            "Thông báo của Bộ Lao động - Thương binh và Xã hội: hoán đổi ngày làm việc thứ Sáu 02/05 sang thứ Bảy 26/04/2025, as reported by thoidai.com.vn",
        ),
    },
    OfficialSchedule {
        holidays: Cow::Borrowed(NATIONAL_DAY),
        first: date(2025, 8, 30),
        last: date(2025, 9, 2),
        worked: Cow::Borrowed(&[]),
        source: Cow::Borrowed(
            "Thông báo của Bộ Lao động - Thương binh và Xã hội: Quốc khánh 2025 từ 30/8 đến hết 02/9, as reported by thoidai.com.vn",
        ),
    },
    OfficialSchedule {
        holidays: Cow::Borrowed(TET),
        first: date(2026, 2, 14),
        last: date(2026, 2, 22),
        worked: Cow::Borrowed(&[]),
        source: Cow::Borrowed(
            "Phương án nghỉ Tết Bính Ngọ 2026 được Thủ tướng đồng ý: nghỉ 5 ngày từ thứ Hai 16/02 đến hết thứ Sáu 20/02/2026, 9 ngày kể cả cuối tuần (14/02–22/02), as reported by vietnammedia.vnanet.vn and congan.com.vn",
        ),
    },
];

impl OfficialSchedule {
    /// The year of the break.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::calendar::OFFICIAL_SCHEDULES;
    ///
    /// let may_2025 = OFFICIAL_SCHEDULES.iter().find(|s| s.worked.contains(&NaiveDate::from_ymd_opt(2025, 4, 26).unwrap())).unwrap();
    /// assert_eq!(may_2025.year(), 2025);
    /// ```
    pub fn year(&self) -> i32 {
        use chrono::Datelike;
        self.first.year()
    }
}
