//! **Dữ liệu tham chiếu** — the seed briefing, ready to use: the meeting of 07/04/2021 of the
//! Khối Dân vận of quận Long Biên, as the example `giao_ban_2021_q1` builds it field by field.

use super::BriefingReport;

/// The JSON the example `giao_ban_2021_q1` prints (a test keeps the two identical).
pub const GIAO_BAN_2021_Q1_JSON: &str =
    include_str!("../../tests/fixtures/briefing_report/valid/giao_ban_2021_q1.json");

/// **Giao ban Khối Dân vận quận Long Biên, quý I/2021** — the seed article's meeting as a
/// [`BriefingReport`]: chair, 21 attendees, the situation and the results of quarter I, the QCDC
/// section, the elections in preparation, the 8 opinions, the conclusion and the 7 tasks of
/// quarter II. Read `examples/giao_ban_2021_q1.rs` to see how each fact of the article is
/// written as data.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::report::reference::giao_ban_2021_q1;
/// use qcdc::validate::{Validate, ValidationContext};
///
/// let report = giao_ban_2021_q1();
/// assert_eq!(report.period_reviewed.to_string(), "Quý I/2021");
/// assert_eq!((report.opinions.count, report.tasks.len()), (8, 7));
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 4, 8).unwrap());
/// assert!(report.validate(&ctx).is_valid());
/// ```
pub fn giao_ban_2021_q1() -> BriefingReport {
    // A constant of the crate, decoded and validated by tests/briefing.rs: it cannot fail.
    crate::validate::from_json_slice(GIAO_BAN_2021_Q1_JSON.as_bytes())
        .expect("the seed briefing fixture decodes (tested in tests/briefing.rs)")
}
