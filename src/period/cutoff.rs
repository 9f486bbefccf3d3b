//! [`CutoffRule`]: when the data of a period is cut off.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::DateRange;
use super::value::{ReportingPeriod, day_of_month_clamped, month_before};
use crate::legal::{LegalReference, NGHI_DINH_09_2019, NGHI_DINH_60_2018};

/// The latest start day a [`CutoffRule::DayOfMonth`] accepts: 28, so that every month has it.
pub const MAX_CUSTOM_START_DAY: u8 = 28;

/// **Thời gian chốt số liệu** — the rule that fixes a period's data cut-off window.
///
/// - [`CutoffRule::NghiDinh09`] (the default) — Nghị định 09/2019/NĐ-CP Điều 12, for the
///   administrative reports of state bodies: the window runs from the 15th of the month before
///   the period's first month to the 14th of its last month. Monthly: 15/03 → 14/04 for April;
///   quarterly: 15/12 of the previous year → 14/03 for quý I; first half: 15/12 → 14/06; second
///   half: 15/06 → 14/12; year: 15/12 of the previous year → 14/12.
///
///   *Nine months.* Điều 12 defines no nine-month window. A "9 tháng" report (common in Party
///   practice) is given the window 15/12 of the previous year → 14/09 by **extending** the rule
///   the same way; at least one province does so in its own reporting regime (Khánh Hòa,
///   Quyết định 01/2023/QĐ-UBND). Use [`CutoffRule::DayOfMonth`] where a body rules otherwise.
/// - [`CutoffRule::Calendar`] — the calendar span of the period (1/1 → 31/3 for quý I), as
///   statistical reports under Nghị định 60/2018/NĐ-CP use.
/// - [`CutoffRule::DayOfMonth`] — a local rule: the window starts on day `start_day` of the month
///   before the period and ends the day before that day in its last month (`start_day` 20 gives
///   20/12 → 19/03 for quý I). `start_day` 1 gives the calendar span. Carries the reference of
///   the document that sets it, if given.
///
/// Serialised with a `rule` tag: `{"rule": "nghi_dinh_09_2019"}`, `{"rule": "calendar"}`,
/// `{"rule": "day_of_month", "start_day": 20}`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::period::{CutoffRule, ReportingPeriod};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let april = ReportingPeriod::month(2021, 4)?;
/// let w = CutoffRule::default().window(april);
/// assert_eq!((w.start, w.end), (d(2021, 3, 15), d(2021, 4, 14)));
/// assert_eq!(CutoffRule::default().citation().unwrap().to_string(), "Điều 12 Nghị định số 09/2019/NĐ-CP");
/// assert_eq!(CutoffRule::Calendar.window(april).start, d(2021, 4, 1));
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
#[schemars(title = "Quy tắc chốt số liệu")]
#[non_exhaustive]
pub enum CutoffRule {
    /// **Theo Nghị định 09/2019/NĐ-CP** — Điều 12: from the 15th of the month before the period
    /// to the 14th of its last month (nine months: an extension, see the type's docs).
    #[default]
    #[serde(rename = "nghi_dinh_09_2019")]
    #[schemars(
        title = "Theo Điều 12 Nghị định 09/2019/NĐ-CP (từ ngày 15 tháng trước kỳ đến ngày 14 tháng cuối kỳ)"
    )]
    NghiDinh09,
    /// **Theo kỳ dương lịch** — the calendar span, as statistical reports use (Nghị định
    /// 60/2018/NĐ-CP).
    #[schemars(title = "Theo kỳ dương lịch (Nghị định 60/2018/NĐ-CP)")]
    Calendar,
    /// **Theo ngày trong tháng** — from day `start_day` of the month before the period to the
    /// day before it in the last month.
    #[schemars(title = "Theo ngày trong tháng do cơ quan quy định")]
    DayOfMonth {
        /// **Ngày bắt đầu chốt số liệu** — 1 to [`MAX_CUSTOM_START_DAY`].
        #[schemars(title = "Ngày bắt đầu chốt số liệu", range(min = 1, max = 28))]
        start_day: u8,
        /// **Căn cứ** — the document that sets the rule.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(title = "Căn cứ")]
        basis: Option<LegalReference>,
    },
}

impl<'de> Deserialize<'de> for CutoffRule {
    /// The tagged form, refusing unknown members beside every tag: serde's derived form drops
    /// them silently beside a tag that takes no options (`{"rule":"nghi_dinh_09_2019","day":31}`
    /// was valid), so the wire form reads those variants as structs without fields.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
        enum Wire {
            #[serde(rename = "nghi_dinh_09_2019")]
            NghiDinh09 {},
            Calendar {},
            DayOfMonth {
                start_day: u8,
                #[serde(default)]
                basis: Option<LegalReference>,
            },
        }
        Ok(match Wire::deserialize(d)? {
            Wire::NghiDinh09 {} => CutoffRule::NghiDinh09,
            Wire::Calendar {} => CutoffRule::Calendar,
            Wire::DayOfMonth { start_day, basis } => CutoffRule::DayOfMonth { start_day, basis },
        })
    }
}

impl CutoffRule {
    /// A [`CutoffRule::DayOfMonth`] starting on `start_day`, with no basis given.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::{CutoffRule, ReportingPeriod};
    ///
    /// // A body that counts its data from the 20th of the month before.
    /// let rule = CutoffRule::day_of_month(20);
    /// let w = rule.window(ReportingPeriod::quarter(2026, 1)?);
    /// assert_eq!(w.to_string(), "20/12/2025 – 19/03/2026");
    /// assert_eq!(rule.citation(), None); // no basis given
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn day_of_month(start_day: u8) -> Self {
        CutoffRule::DayOfMonth {
            start_day,
            basis: None,
        }
    }

    /// Whether this is the default rule (for `skip_serializing_if`).
    ///
    /// # Example
    /// ```
    /// use qcdc::period::CutoffRule;
    ///
    /// assert!(CutoffRule::default().is_default());
    /// assert!(!CutoffRule::Calendar.is_default());
    /// ```
    pub fn is_default(&self) -> bool {
        *self == CutoffRule::NghiDinh09
    }

    /// The start day of the window in the month before the period; 1 means the calendar span.
    /// Out-of-range custom days are clamped to 1–[`MAX_CUSTOM_START_DAY`] (validation of a
    /// [`ReportSubmission`](super::ReportSubmission) reports them).
    fn start_day(&self) -> u32 {
        match self {
            CutoffRule::NghiDinh09 => 15,
            CutoffRule::Calendar => 1,
            CutoffRule::DayOfMonth { start_day, .. } => {
                u32::from((*start_day).clamp(1, MAX_CUSTOM_START_DAY))
            }
        }
    }

    /// **Kỳ chốt số liệu** — the data cut-off window of `period` under this rule.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::{CutoffRule, ReportingPeriod};
    ///
    /// let h2 = ReportingPeriod::second_half(2026)?;
    /// assert_eq!(CutoffRule::default().window(h2).to_string(), "15/06/2026 – 14/12/2026");
    /// assert_eq!(CutoffRule::Calendar.window(h2).to_string(), "01/07/2026 – 31/12/2026");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn window(&self, period: ReportingPeriod) -> DateRange {
        let day = self.start_day();
        if day == 1 {
            return period.calendar_range();
        }
        let (year, month) = month_before(period.year(), period.first_month());
        let start = day_of_month_clamped(year, month, day);
        let end = day_of_month_clamped(period.year(), period.last_month(), day - 1);
        DateRange::new(start, end)
    }

    /// The last day of the cut-off window of `period`.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::{CutoffRule, ReportingPeriod};
    ///
    /// let nine_months = ReportingPeriod::nine_months(2026)?;
    /// assert_eq!(CutoffRule::default().cutoff_end(nine_months).to_string(), "2026-09-14");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn cutoff_end(&self, period: ReportingPeriod) -> NaiveDate {
        self.window(period).end
    }

    /// **Căn cứ** — the article behind the rule: Điều 12 of Nghị định 09/2019/NĐ-CP, Nghị
    /// định 60/2018/NĐ-CP, or the basis given with a custom rule (`None` when none was given).
    ///
    /// # Example
    /// ```
    /// use qcdc::period::CutoffRule;
    ///
    /// assert_eq!(CutoffRule::default().citation().unwrap().to_string(), "Điều 12 Nghị định số 09/2019/NĐ-CP");
    /// assert_eq!(CutoffRule::Calendar.citation().unwrap().to_string(), "Nghị định số 60/2018/NĐ-CP");
    /// assert_eq!(CutoffRule::day_of_month(20).citation(), None);
    /// ```
    pub fn citation(&self) -> Option<LegalReference> {
        match self {
            CutoffRule::NghiDinh09 => Some(NGHI_DINH_09_2019.article(12)),
            CutoffRule::Calendar => Some(NGHI_DINH_60_2018.whole()),
            CutoffRule::DayOfMonth { basis, .. } => basis.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn window(rule: &CutoffRule, code: &str) -> (NaiveDate, NaiveDate) {
        let w = rule.window(code.parse().unwrap());
        (w.start, w.end)
    }

    #[test]
    fn decree_windows() {
        let r = CutoffRule::default();
        assert_eq!(window(&r, "2021-Q1"), (d(2020, 12, 15), d(2021, 3, 14)));
        assert_eq!(window(&r, "2021-H1"), (d(2020, 12, 15), d(2021, 6, 14)));
        assert_eq!(window(&r, "2021-H2"), (d(2021, 6, 15), d(2021, 12, 14)));
        assert_eq!(window(&r, "2021"), (d(2020, 12, 15), d(2021, 12, 14)));
        assert_eq!(window(&r, "2021-9M"), (d(2020, 12, 15), d(2021, 9, 14)));
        assert_eq!(window(&r, "2021-04"), (d(2021, 3, 15), d(2021, 4, 14)));
        assert_eq!(window(&r, "2021-01"), (d(2020, 12, 15), d(2021, 1, 14)));
        assert_eq!(window(&r, "2024-03"), (d(2024, 2, 15), d(2024, 3, 14)));
    }

    #[test]
    fn calendar_and_custom_windows() {
        assert_eq!(
            window(&CutoffRule::Calendar, "2024-02"),
            (d(2024, 2, 1), d(2024, 2, 29))
        );
        let r = CutoffRule::day_of_month(20);
        assert_eq!(window(&r, "2021-Q1"), (d(2020, 12, 20), d(2021, 3, 19)));
        assert_eq!(
            window(&CutoffRule::day_of_month(1), "2021-Q1"),
            (d(2021, 1, 1), d(2021, 3, 31))
        );
        // Out-of-range days are clamped; validation reports them.
        assert_eq!(
            window(&CutoffRule::day_of_month(40), "2021-03").0,
            d(2021, 2, 28)
        );
    }

    #[test]
    fn serde_tags() {
        assert_eq!(
            serde_json::to_string(&CutoffRule::default()).unwrap(),
            r#"{"rule":"nghi_dinh_09_2019"}"#
        );
        assert_eq!(
            serde_json::to_string(&CutoffRule::day_of_month(20)).unwrap(),
            r#"{"rule":"day_of_month","start_day":20}"#
        );
        let back: CutoffRule = serde_json::from_str(r#"{"rule":"calendar"}"#).unwrap();
        assert_eq!(back, CutoffRule::Calendar);
    }
}
