//! **Lịch, ngày làm việc và ngày nghỉ lễ** — the ground module for dates in Vietnam: the
//! Vietnamese lunar calendar, the public holidays, working days and periods counted in days.
//!
//! Periods ([`crate::period`]) and rules ([`crate::rules`]) both use it; it knows no document.
//!
//! - [`LunarDate`], [`tet`] — the Vietnamese lunisolar calendar (âm lịch), computed for UTC+7
//!   with Hồ Ngọc Đức's astronomical algorithm over 1900–2199 (not the Chinese calendar, UTC+8:
//!   Tết 1985 fell on 21/01 in Vietnam and 20/02 in China, Tết 2030 on 02/02 and 03/02);
//! - [`Holiday`] — the public holidays of Bộ luật Lao động 2019 Điều 112 k1 (01/01; Tết Âm lịch,
//!   05 days; Giỗ Tổ Hùng Vương, 10/3 âm lịch; 30/4; 01/5; 02/9 and one adjacent day);
//! - [`OFFICIAL_SCHEDULES`] — the Thủ tướng's yearly schedules (Tết days off, swapped working
//!   days) the crate could source, each with its source;
//! - [`WorkingCalendar`] — Monday to Friday (Quyết định 188/1999/QĐ-TTg), less holidays, with
//!   compensatory days (Điều 111 k3) and the user's additions: [`WorkingCalendar::is_working_day`],
//!   [`WorkingCalendar::add_working_days`], [`WorkingCalendar::working_days_between`], and the
//!   Bộ luật Dân sự 2015 period rules ([`period_start`], [`WorkingCalendar::period_end`]:
//!   Điều 147 k2–3, Điều 148 k5), each cited by a [`CalendarRule`].
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use qcdc::calendar::{LunarDate, WorkingCalendar, tet};
//!
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! assert_eq!(tet(2024)?, d(2024, 2, 10));
//! assert_eq!(LunarDate::from_solar(d(2024, 4, 18))?.to_string(), "10/03/2024 âm lịch");
//! let cal = WorkingCalendar::default();
//! assert!(!cal.is_working_day(d(2024, 4, 18))); // Giỗ Tổ Hùng Vương
//! assert_eq!(cal.add_working_days(d(2024, 4, 17), 1), d(2024, 4, 19));
//! # Ok::<(), qcdc::Error>(())
//! ```

mod holidays;
mod lunar;
mod schedule;
mod working;

pub use holidays::{DayOff, DayOffReason, Holiday};
pub use lunar::{LUNAR_MAX_YEAR, LUNAR_MIN_YEAR, LunarDate, tet};
pub use schedule::{OFFICIAL_SCHEDULES, OfficialSchedule};
pub use working::{CalendarRule, MAX_WORKING_DAYS, WorkingCalendar, period_start};
