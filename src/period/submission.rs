//! [`ReportSubmission`]: a report filed for a period, checked against its rules.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::cutoff::MAX_CUSTOM_START_DAY;
use super::deadline::MAX_DAYS_AFTER_CUTOFF;
use super::{CutoffRule, DeadlineRule, ReportingPeriod};
use crate::legal::NGHI_DINH_09_2019;
use crate::validate::{Code, Pointer, Validate, ValidationContext, ValidationReport, Violation};

/// **Gửi báo cáo** — a report filed for a period on a date, under a cut-off rule (Nghị định
/// 09/2019/NĐ-CP Điều 12 by default) and the deadline rule of its template, if any.
///
/// A deadline has no default: Điều 13 khoản 1's 25th binds ministries and provinces towards the
/// Government ([`DeadlineTier::Government`](super::DeadlineTier)); a commune, Party or Mặt trận
/// report is due when the body asking for it says ([`DeadlineTier::Requester`](super::DeadlineTier)).
/// Without a `deadline_rule`, no deadline is checked.
///
/// Validation (see [`Validate`]) finds:
/// - a submission dated after the context's "as of" date — **error** `date_in_future`;
/// - a submission dated on or before the last day of the cut-off window (the data of that
///   day is still being collected) — **warning** `submitted_before_cutoff_end`:
///   the period's data cannot be complete yet (cites the cut-off rule);
/// - a submission after the deadline of its rule — **warning** `submitted_late`, with the
///   deadline in its params (cites the rule's basis);
/// - custom rules out of range (`out_of_range`) or whose deadline leaves no working day after
///   the cut-off end — **error** `no_working_day_before_deadline` (Điều 8 khoản 5 điểm b).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::period::{CutoffRule, DeadlineRule, ReportSubmission};
/// use qcdc::validate::{Code, Validate, ValidationContext};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let filed = ReportSubmission::new("Quý I/2021".parse()?, d(2021, 3, 30));
/// let as_of = ValidationContext::new(d(2021, 4, 7));
/// // No deadline rule: no deadline to miss.
/// assert!(filed.validate(&as_of).warnings().is_empty());
/// // A province's report to the Government, due on the 25th (Điều 13 khoản 1).
/// let late = filed.with_rules(CutoffRule::default(), DeadlineRule::NghiDinh09);
/// let report = late.validate(&as_of);
/// assert!(report.is_valid()); // late is a warning, not an error
/// let warning = &report.warnings()[0];
/// assert_eq!(warning.code, Code::SubmittedLate);
/// assert_eq!(warning.message_vi(), "Báo cáo Quý I/2021 gửi ngày 30/03/2021, quá hạn ngày 25/03/2021.");
/// assert_eq!(warning.citation.as_ref().unwrap().to_string(), "khoản 1 Điều 13 Nghị định số 09/2019/NĐ-CP");
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Gửi báo cáo định kỳ")]
pub struct ReportSubmission {
    /// **Kỳ báo cáo** — the period reported on.
    #[schemars(title = "Kỳ báo cáo")]
    pub period: ReportingPeriod,
    /// **Ngày gửi** — the day the report was sent.
    #[schemars(title = "Ngày gửi")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub submitted: NaiveDate,
    /// **Quy tắc chốt số liệu** — Nghị định 09/2019/NĐ-CP Điều 12 when absent.
    #[serde(default, skip_serializing_if = "CutoffRule::is_default")]
    #[schemars(title = "Quy tắc chốt số liệu")]
    pub cutoff_rule: CutoffRule,
    /// **Quy tắc thời hạn gửi** — the deadline of the report's template and the document that
    /// sets it; none when absent (no default legal deadline below the Government tier).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Quy tắc thời hạn gửi báo cáo")]
    pub deadline_rule: Option<DeadlineRule>,
}

impl ReportSubmission {
    /// A submission of `period` on `submitted`, its data cut off under Điều 12, with no deadline.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::period::{ReportSubmission, ReportingPeriod};
    ///
    /// let s = ReportSubmission::new(ReportingPeriod::quarter(2026, 3)?, NaiveDate::from_ymd_opt(2026, 9, 18).unwrap());
    /// assert_eq!(s.cutoff_end().to_string(), "2026-09-14");
    /// assert_eq!(s.deadline(), None);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn new(period: ReportingPeriod, submitted: NaiveDate) -> Self {
        ReportSubmission {
            period,
            submitted,
            cutoff_rule: CutoffRule::default(),
            deadline_rule: None,
        }
    }

    /// The same submission under other rules.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::period::{CutoffRule, DeadlineRule, ReportSubmission, ReportingPeriod};
    ///
    /// let s = ReportSubmission::new(ReportingPeriod::quarter(2026, 3)?, NaiveDate::from_ymd_opt(2026, 9, 18).unwrap())
    ///     .with_rules(CutoffRule::Calendar, DeadlineRule::days_after_cutoff(5));
    /// assert_eq!(s.cutoff_end().to_string(), "2026-09-30");
    /// assert_eq!(s.deadline().unwrap().to_string(), "2026-10-05");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn with_rules(mut self, cutoff_rule: CutoffRule, deadline_rule: DeadlineRule) -> Self {
        self.cutoff_rule = cutoff_rule;
        self.deadline_rule = Some(deadline_rule);
        self
    }

    /// The last day of the cut-off window of the period.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::period::{ReportSubmission, ReportingPeriod};
    ///
    /// let s = ReportSubmission::new(ReportingPeriod::month(2026, 4)?, NaiveDate::from_ymd_opt(2026, 4, 20).unwrap());
    /// assert_eq!(s.cutoff_end().to_string(), "2026-04-14");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn cutoff_end(&self) -> NaiveDate {
        self.cutoff_rule.cutoff_end(self.period)
    }

    /// The day the report is due, when it has a deadline rule.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::period::{CutoffRule, DeadlineRule, ReportSubmission, ReportingPeriod};
    ///
    /// let s = ReportSubmission::new(ReportingPeriod::month(2026, 4)?, NaiveDate::from_ymd_opt(2026, 4, 20).unwrap());
    /// assert_eq!(s.deadline(), None);
    /// let s = s.with_rules(CutoffRule::default(), DeadlineRule::NghiDinh09);
    /// assert_eq!(s.deadline().unwrap().to_string(), "2026-04-25");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn deadline(&self) -> Option<NaiveDate> {
        self.deadline_rule
            .as_ref()
            .map(|rule| rule.deadline(self.period, &self.cutoff_rule))
    }

    /// **Gửi quá hạn** — whether the report was sent after its deadline. `false` when the
    /// submission has no deadline rule: with no deadline known, nothing is late (the crate does
    /// not lend the Government tier's 25th to other reports; see the type's docs).
    ///
    /// A report sent on its deadline day is on time; the deadline of a working-day rule already
    /// skips weekends and public holidays ([`DeadlineRule::deadline`]).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::period::{CutoffRule, DeadlineRule, ReportSubmission};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q1 = "Quý I/2021".parse()?;
    /// // A province's deadline set on the 20th of the quarter's last month.
    /// let rules = (CutoffRule::default(), DeadlineRule::day_of_last_month(20));
    /// let on_the_day = ReportSubmission::new(q1, d(2021, 3, 20)).with_rules(rules.0.clone(), rules.1.clone());
    /// assert!(!on_the_day.is_late());
    /// let next_day = ReportSubmission::new(q1, d(2021, 3, 21)).with_rules(rules.0, rules.1);
    /// assert!(next_day.is_late());
    /// // No deadline rule, no deadline to miss.
    /// assert!(!ReportSubmission::new(q1, d(2021, 12, 31)).is_late());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn is_late(&self) -> bool {
        self.deadline()
            .is_some_and(|deadline| self.submitted > deadline)
    }

    /// Reports custom rule values outside their ranges; `true` when all are in range.
    fn check_rules(&self, path: &Pointer, report: &mut ValidationReport) -> bool {
        let mut ok = true;
        let mut range = |path: Pointer, actual: u64, min: u64, max: u64| {
            if !(min..=max).contains(&actual) {
                ok = false;
                report.error(
                    Violation::new(&path, Code::OutOfRange)
                        .param("min", min)
                        .param("max", max)
                        .param("actual", actual),
                );
            }
        };
        if let CutoffRule::DayOfMonth { start_day, .. } = &self.cutoff_rule {
            let p = path.key("cutoff_rule").key("start_day");
            range(p, u64::from(*start_day), 1, u64::from(MAX_CUSTOM_START_DAY));
        }
        let rule = path.key("deadline_rule");
        match &self.deadline_rule {
            None | Some(DeadlineRule::NghiDinh09) => {}
            Some(DeadlineRule::DayOfLastMonth { day, .. }) => {
                range(rule.key("day"), u64::from(*day), 1, 31)
            }
            Some(
                DeadlineRule::DaysAfterCutoff { days, .. }
                | DeadlineRule::WorkingDaysAfterCutoff { days, .. },
            ) => range(
                rule.key("days"),
                u64::from(*days),
                1,
                u64::from(MAX_DAYS_AFTER_CUTOFF),
            ),
        }
        ok
    }
}

impl Validate for ReportSubmission {
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        let submitted_path = path.key("submitted");
        report.check_not_future(&submitted_path, self.submitted, ctx);

        let rules_in_range = self.check_rules(path, report);
        let cutoff_end = self.cutoff_end();
        let label = self.period.to_string();
        if self.submitted <= cutoff_end {
            let mut v = Violation::new(&submitted_path, Code::SubmittedBeforeCutoffEnd)
                .param("period", label.clone())
                .date_param("date", self.submitted)
                .date_param("cutoff_end", cutoff_end);
            if let Some(citation) = self.cutoff_rule.citation() {
                v = v.cite(citation);
            }
            report.warn(v);
        }
        // No deadline rule, no deadline: the crate does not lend the Government tier's 25th to
        // other reports.
        let Some(rule) = &self.deadline_rule else {
            return;
        };
        let deadline = rule.deadline(self.period, &self.cutoff_rule);
        if rules_in_range && !rule.leaves_working_day(self.period, &self.cutoff_rule) {
            report.error(
                Violation::new(&path.key("deadline_rule"), Code::NoWorkingDayBeforeDeadline)
                    .param("period", label.clone())
                    .date_param("cutoff_end", cutoff_end)
                    .date_param("deadline", deadline)
                    .cite(NGHI_DINH_09_2019.article(8).clause(5).point("b")),
            );
        }
        if self.is_late() {
            let mut v = Violation::new(&submitted_path, Code::SubmittedLate)
                .param("period", label)
                .date_param("date", self.submitted)
                .date_param("deadline", deadline);
            if let Some(citation) = rule.citation() {
                v = v.cite(citation);
            }
            report.warn(v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn q1() -> ReportingPeriod {
        "2021-Q1".parse().unwrap()
    }

    #[test]
    fn on_time_submission_has_no_findings() {
        let ctx = ValidationContext::new(d(2021, 4, 7));
        for day in [15, 20, 25] {
            let report = ReportSubmission::new(q1(), d(2021, 3, day))
                .with_rules(CutoffRule::default(), DeadlineRule::NghiDinh09)
                .validate(&ctx);
            assert!(
                report.is_valid() && report.warnings().is_empty(),
                "{day}: {report:?}"
            );
        }
    }

    #[test]
    fn early_late_and_future() {
        let ctx = ValidationContext::new(d(2021, 3, 20));
        let early = ReportSubmission::new(q1(), d(2021, 3, 14)).validate(&ctx);
        assert!(early.is_valid());
        assert_eq!(early.warnings()[0].code, Code::SubmittedBeforeCutoffEnd);
        assert_eq!(early.warnings()[0].params["cutoff_end"], "2021-03-14");
        assert_eq!(early.warnings()[0].path, "/submitted");

        let future = ReportSubmission::new(q1(), d(2021, 3, 30))
            .with_rules(CutoffRule::default(), DeadlineRule::NghiDinh09)
            .validate(&ctx);
        assert_eq!(future.error_codes(), [Code::DateInFuture]);
        assert_eq!(future.warnings()[0].code, Code::SubmittedLate);
        assert_eq!(future.warnings()[0].params["deadline"], "2021-03-25");
    }

    #[test]
    fn no_rule_no_deadline() {
        // Nghị định 09/2019 Điều 13 k1's 25th is not every report's deadline: a commune report
        // filed months later, with no rule from its template, is not late.
        let ctx = ValidationContext::new(d(2021, 12, 31));
        let report = ReportSubmission::new(q1(), d(2021, 6, 30)).validate(&ctx);
        assert!(
            report.is_valid() && report.warnings().is_empty(),
            "{report:?}"
        );
        assert_eq!(ReportSubmission::new(q1(), d(2021, 6, 30)).deadline(), None);
        let tiered = ReportSubmission::new(q1(), d(2021, 6, 30))
            .with_rules(CutoffRule::default(), DeadlineRule::NghiDinh09)
            .validate(&ctx);
        assert_eq!(tiered.warnings()[0].code, Code::SubmittedLate);
    }

    #[test]
    fn late_from_the_day_after_the_deadline() {
        let rule = DeadlineRule::day_of_last_month(20);
        let sent = |day| {
            ReportSubmission::new(q1(), d(2021, 3, day))
                .with_rules(CutoffRule::default(), rule.clone())
        };
        assert!(!sent(19).is_late());
        assert!(!sent(20).is_late(), "the deadline day itself is on time");
        assert!(sent(21).is_late());
        let ctx = ValidationContext::new(d(2021, 4, 30));
        assert!(sent(20).validate(&ctx).warnings().is_empty());
        assert_eq!(
            sent(21).validate(&ctx).warning_codes(),
            [Code::SubmittedLate]
        );
    }

    #[test]
    fn a_working_day_deadline_moves_past_a_public_holiday() {
        // April 2024: the cut-off ends Sunday 14/04; Giỗ Tổ Hùng Vương (10/3 âm lịch) is
        // Thursday 18/04/2024. Four working days: Mon 15, Tue 16, Wed 17, (Thu 18 off) Fri 19.
        let april: ReportingPeriod = "2024-04".parse().unwrap();
        let rule = DeadlineRule::working_days_after_cutoff(4, vec![]);
        let sent = |day| {
            ReportSubmission::new(april, d(2024, 4, day))
                .with_rules(CutoffRule::default(), rule.clone())
        };
        assert_eq!(sent(18).deadline(), Some(d(2024, 4, 19)));
        assert!(!sent(19).is_late());
        assert!(sent(20).is_late());
        // Without the holiday the fourth working day would be the Thursday.
        assert!(crate::period::is_working_day(d(2024, 4, 17), &[]));
        assert!(!crate::period::is_working_day(d(2024, 4, 18), &[]));
    }

    #[test]
    fn custom_rules_are_checked() {
        let ctx = ValidationContext::new(d(2022, 1, 1));
        let calendar = ReportSubmission::new(q1(), d(2021, 4, 2))
            .with_rules(CutoffRule::Calendar, DeadlineRule::NghiDinh09)
            .validate(&ctx);
        assert_eq!(calendar.error_codes(), [Code::NoWorkingDayBeforeDeadline]);
        assert_eq!(
            calendar.errors()[0].citation.as_ref().unwrap().to_string(),
            "điểm b khoản 5 Điều 8 Nghị định số 09/2019/NĐ-CP"
        );
        let bad = ReportSubmission::new(q1(), d(2021, 3, 20))
            .with_rules(
                CutoffRule::day_of_month(0),
                DeadlineRule::days_after_cutoff(0),
            )
            .validate(&ctx);
        assert_eq!(bad.error_codes(), [Code::OutOfRange, Code::OutOfRange]);
        assert_eq!(bad.errors()[0].path, "/cutoff_rule/start_day");
        assert_eq!(bad.errors()[1].path, "/deadline_rule/days");
        let fine = ReportSubmission::new(q1(), d(2021, 3, 16))
            .with_rules(
                CutoffRule::default(),
                DeadlineRule::working_days_after_cutoff(2, vec![]),
            )
            .validate(&ctx);
        assert!(fine.is_valid() && fine.warnings().is_empty(), "{fine:?}");
    }
}
