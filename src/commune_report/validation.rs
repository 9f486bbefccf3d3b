//! The consistency rules of the report (see the module docs of `commune_report` for the list).

use chrono::NaiveDate;

use super::document::CommuneQcdcReport;
use super::sections::{
    ComplaintResults, InvestmentSupervisionResults, MAX_REFERENCE, MAX_SUMMARY,
    PeopleInspectionResults, ResidentialMeetings, SupervisingBody, Supervision,
};
use super::{PeriodShape, period_shape, record_checks};
use crate::org::AdminLevel;
use crate::period::{CutoffRule, ReportSubmission};
use crate::validate::{
    At, Code, Item, Member, Pointer, Validate, ValidationContext, ValidationReport, Violation,
};

/// The period being validated against, with its first and last day.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Window {
    pub(crate) first: NaiveDate,
    pub(crate) last: NaiveDate,
}

impl Window {
    /// Records a date outside the window at `path`.
    pub(crate) fn check_date(
        &self,
        path: &impl At,
        date: NaiveDate,
        report: &mut ValidationReport,
    ) {
        if date < self.first || date > self.last {
            report.error(
                Violation::new(&path.pointer(), Code::DateOutside)
                    .date_param("date", date)
                    .date_param("start", self.first)
                    .date_param("end", self.last),
            );
        }
    }

    /// Records a range `start..=end` (open on a side whose date is `None`) that does not
    /// overlap the window: at the start when it begins after the window, at the end when it
    /// ends before it (`range_outside_period`, or `date_outside` when only that date is known).
    /// Also checks the order of the two dates.
    ///
    /// The dates are the members `start_key` and `end_key` of the record at `record`; their
    /// paths are built only when there is something to report (this runs for every record of
    /// every report of a roll-up).
    pub(crate) fn check_range(
        &self,
        record: &impl At,
        (start_key, end_key): (&str, &str),
        start: Option<NaiveDate>,
        end: Option<NaiveDate>,
        report: &mut ValidationReport,
    ) {
        if let (Some(start), Some(end)) = (start, end)
            && start > end
        {
            report.check_date_order_at(&Member::new(record, end_key), start, end);
            return;
        }
        match (start, end) {
            (Some(start), Some(end)) if start > self.last || end < self.first => {
                let key = if start > self.last {
                    start_key
                } else {
                    end_key
                };
                report.error(
                    Violation::new(&record.pointer().key(key), Code::RangeOutsidePeriod)
                        .date_param("start", start)
                        .date_param("end", end)
                        .date_param("period_start", self.first)
                        .date_param("period_end", self.last),
                );
            }
            // One date known: the range is open on the other side, so only that date can lie
            // beyond the window.
            (Some(start), None) if start > self.last => {
                self.check_date(&Member::new(record, start_key), start, report)
            }
            (None, Some(end)) if end < self.first => {
                self.check_date(&Member::new(record, end_key), end, report)
            }
            _ => {}
        }
    }
}

impl Validate for CommuneQcdcReport {
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        let window = Window {
            first: self.period.first_day(),
            last: self.period.last_day(),
        };
        check_unit(self, window, path, report);
        let shape = period_shape(&self.period);
        if shape == PeriodShape::Other {
            report.error(
                Violation::new(&path.key("period"), Code::PeriodKindNotAllowed)
                    .param("period", self.period.to_string()),
            );
        }
        if window.first > ctx.as_of() {
            report.error(
                Violation::new(&path.key("period"), Code::DateInFuture)
                    .date_param("date", window.first)
                    .date_param("as_of", ctx.as_of()),
            );
        }
        if let Some(date) = self.reported_on {
            report.check_not_future_at(&Member::new(path, "reported_on"), date, ctx);
        }
        if let Some(template) = &self.template {
            template.check(&path.key("template"), report);
        }
        // No pointer is built on the path of a sound record or section: each is a place whose
        // pointer is made only for a finding (a roll-up validates every report, most of them
        // sound, issue 14; a record's checks built about 23 pointers per report, issue 13).
        let disclosures = Member::new(path, "disclosures");
        let means = self.means();
        for (i, d) in self.disclosures.iter().enumerate() {
            record_checks::check_disclosure(
                d,
                means,
                window,
                ctx,
                &Item::new(&disclosures, i),
                report,
            );
        }
        let decisions = Member::new(path, "decisions");
        for (i, d) in self.decisions.iter().enumerate() {
            record_checks::check_decision(d, window, ctx, &Item::new(&decisions, i), report);
        }
        let commune_wide = Member::new(path, "commune_wide_decisions");
        for (i, d) in self.commune_wide_decisions.iter().enumerate() {
            record_checks::check_commune_wide(d, window, ctx, &Item::new(&commune_wide, i), report);
        }
        let consultations = Member::new(path, "consultations");
        for (i, c) in self.consultations.iter().enumerate() {
            record_checks::check_consultation(
                c,
                window,
                ctx,
                &Item::new(&consultations, i),
                report,
            );
        }
        let supervisions = Member::new(path, "supervisions");
        for (i, supervision) in self.supervisions.iter().enumerate() {
            check_supervision(
                supervision,
                window,
                ctx,
                &Item::new(&supervisions, i),
                report,
            );
        }
        check_people_inspection(
            &self.people_inspection,
            &Member::new(path, "people_inspection"),
            report,
        );
        check_investment_supervision(
            &self.investment_supervision,
            &Member::new(path, "investment_supervision"),
            report,
        );
        check_complaints(&self.complaints, &Member::new(path, "complaints"), report);
        let meetings = Member::new(path, "residential_meetings");
        match (&self.residential_meetings, shape.ends_year()) {
            (Some(section), true) => check_residential_meetings(section, &meetings, report),
            (Some(section), false) => {
                report.error(
                    Violation::new(&meetings.pointer(), Code::SectionNotInPeriod)
                        .param("period", self.period.to_string()),
                );
                check_residential_meetings(section, &meetings, report);
            }
            (None, true) => report.error(Violation::new(&meetings.pointer(), Code::Required)),
            (None, false) => {}
        }
        if let Some(notes) = &self.notes {
            report.check_text(&path.key("notes"), notes, MAX_SUMMARY);
        }
        check_timeliness(self, ctx, path, report);
    }
}

/// A report signed after its deadline: a warning, not an error (the data are sound) nor a
/// breach (the deadline is the asking body's, set under Nghị định 09/2019/NĐ-CP Điều 13 khoản 2,
/// not a rule of law: Luật 10/2022 asks for no periodic commune report). It cites the rule's
/// basis, else the asking document. The rule itself is checked as a submission's is (values in
/// range, a working day left after the cut-off: Điều 8 khoản 5 điểm b), at `/deadline_rule`.
fn check_timeliness(
    doc: &CommuneQcdcReport,
    ctx: &ValidationContext,
    path: &Pointer,
    report: &mut ValidationReport,
) {
    let Some(rule) = &doc.deadline_rule else {
        return;
    };
    let rule_path = path.key("deadline_rule");
    let signed = doc.reported_on.unwrap_or(doc.period.last_day());
    let mut rule_report = ValidationReport::new();
    ReportSubmission::new(doc.period, signed)
        .with_rules(CutoffRule::default(), rule.clone())
        .validate_at(ctx, path, &mut rule_report);
    report.merge_filtered(rule_report, |v| v.path.starts_with(rule_path.as_str()));
    let Some(submission) = doc.submission() else {
        return;
    };
    let (Some(deadline), true) = (submission.deadline(), submission.is_late()) else {
        return;
    };
    let mut late = Violation::new(&path.key("reported_on"), Code::SubmittedLate)
        .param("period", doc.period.to_string())
        .date_param("date", submission.submitted)
        .date_param("deadline", deadline);
    if let Some(citation) = rule
        .citation()
        .or_else(|| doc.template.as_ref().map(|t| t.whole()))
    {
        late = late.cite(citation);
    }
    report.warn(late);
}

/// The unit is a commune-level unit that exists on some day of the period.
fn check_unit(
    doc: &CommuneQcdcReport,
    window: Window,
    path: &Pointer,
    report: &mut ValidationReport,
) {
    let unit = &doc.unit;
    let path = Member::new(path, "unit");
    if unit.level() != AdminLevel::Commune {
        report.error(
            Violation::new(&path.pointer().key("kind"), Code::UnitNotCommune)
                .param("unit", unit.to_string()),
        );
    }
    // A unit merged away in the middle of a quarter still reports for the days it existed.
    let exists = unit.exists_on(window.first) || unit.exists_on(window.last);
    let on = (!exists).then_some(window.last);
    unit.check_at(on, &path, report);
}

fn check_supervision(
    s: &Supervision,
    window: Window,
    ctx: &ValidationContext,
    path: &impl At,
    report: &mut ValidationReport,
) {
    report.check_text_at(&Member::new(path, "subject"), &s.subject, MAX_SUMMARY);
    match (&s.body_other, s.body) {
        (None, SupervisingBody::Other) => report.error(Violation::new(
            &path.pointer().key("body_other"),
            Code::Required,
        )),
        (Some(name), _) => {
            report.check_text_at(&Member::new(path, "body_other"), name, MAX_REFERENCE)
        }
        (None, _) => {}
    }
    window.check_range(path, ("start", "end"), s.start, s.end, report);
    for (key, date) in [("start", s.start), ("end", s.end)] {
        if let Some(date) = date
            && date > ctx.as_of()
        {
            report.check_not_future_at(&Member::new(path, key), date, ctx);
        }
    }
}

/// Cases recommended for handling are among the violations found.
fn check_cases(cases: u64, violations: u64, path: &impl At, report: &mut ValidationReport) {
    if cases > violations {
        report.error(
            Violation::new(
                &path.pointer().key("cases_recommended"),
                Code::CasesExceedViolations,
            )
            .param("cases", cases)
            .param("violations", violations),
        );
    }
}

fn check_people_inspection(
    r: &PeopleInspectionResults,
    path: &impl At,
    report: &mut ValidationReport,
) {
    check_cases(r.cases_recommended, r.violations_found, path, report);
}

fn check_investment_supervision(
    r: &InvestmentSupervisionResults,
    path: &impl At,
    report: &mut ValidationReport,
) {
    check_cases(r.cases_recommended, r.violations_found, path, report);
}

fn check_complaints(c: &ComplaintResults, path: &impl At, report: &mut ValidationReport) {
    for (key, period, ytd) in [
        (
            "received_in_period",
            c.received_in_period,
            c.received_year_to_date,
        ),
        (
            "resolved_in_period",
            c.resolved_in_period,
            c.resolved_year_to_date,
        ),
    ] {
        if period > ytd {
            report.error(
                Violation::new(&path.pointer().key(key), Code::PeriodExceedsYearToDate)
                    .param("period", period)
                    .param("year_to_date", ytd),
            );
        }
    }
    // What there was to resolve this year: the backlog (0 when not given) and what came in.
    let to_resolve = c.received_year_to_date.checked_add(c.backlog.unwrap_or(0));
    let Some(to_resolve) = to_resolve else {
        report.error(
            Violation::new(&path.pointer().key("backlog"), Code::TotalOverflow)
                .param("figure", "backlog + received_year_to_date"),
        );
        return;
    };
    if c.resolved_year_to_date > to_resolve {
        report.error(
            Violation::new(
                &path.pointer().key("resolved_year_to_date"),
                Code::ResolvedExceedsReceived,
            )
            .param("resolved", c.resolved_year_to_date)
            .param("received", to_resolve),
        );
        return;
    }
    let expected = to_resolve - c.resolved_year_to_date;
    match c.backlog {
        Some(_) if c.unresolved != expected => report.error(
            Violation::new(&path.pointer().key("unresolved"), Code::UnresolvedMismatch)
                .param("unresolved", c.unresolved)
                .param("expected", expected),
        ),
        // Without a backlog the identity cannot be checked: a larger number implies a backlog
        // (a warning), a smaller one would need a negative backlog (an error).
        None if c.unresolved > expected => report.warn(
            Violation::new(
                &path.pointer().key("unresolved"),
                Code::UnresolvedImpliesBacklog,
            )
            .param("unresolved", c.unresolved)
            .param("backlog", c.unresolved - expected),
        ),
        None if c.unresolved < expected => report.error(
            Violation::new(&path.pointer().key("unresolved"), Code::UnresolvedMismatch)
                .param("unresolved", c.unresolved)
                .param("expected", expected),
        ),
        _ => {}
    }
}

fn check_residential_meetings(
    m: &ResidentialMeetings,
    path: &impl At,
    report: &mut ValidationReport,
) {
    let meetings = m
        .meeting_once
        .checked_add(m.meeting_twice)
        .and_then(|s| s.checked_add(m.meeting_other));
    match meetings {
        Some(meetings) if meetings <= m.residential_units => {}
        meetings => report.error(
            Violation::new(
                &path.pointer().key("residential_units"),
                Code::MeetingsExceedUnits,
            )
            .param(
                "meetings",
                meetings.map_or_else(|| "> 2^64".to_owned(), |m| m.to_string()),
            )
            .param("units", m.residential_units),
        ),
    }
    match &m.other_way_note {
        None if m.meeting_other > 0 => report.error(Violation::new(
            &path.pointer().key("other_way_note"),
            Code::Required,
        )),
        Some(note) => report.check_text(&path.pointer().key("other_way_note"), note, MAX_SUMMARY),
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Tân Mỹ's third quarter of 2023, signed on `day` of September, under `rule`.
    fn signed(day: u32, rule: Option<crate::period::DeadlineRule>) -> ValidationReport {
        use crate::org::{AdminUnit, UnitKind};
        let mut doc = CommuneQcdcReport::empty(
            AdminUnit::new(UnitKind::Xa, "Tân Mỹ"),
            "2023-Q3".parse().unwrap(),
        );
        doc.reported_on = Some(d(2023, 9, day));
        doc.deadline_rule = rule;
        doc.validate(&ValidationContext::new(d(2023, 10, 31)))
    }

    #[test]
    fn a_report_signed_after_its_deadline_is_late_from_the_next_day() {
        use crate::legal::{DocumentKind, LegalDocument};
        use crate::period::DeadlineRule;
        let basis = LegalDocument::new(DocumentKind::KeHoach, "45/KH-UBND").article(3);
        let rule = DeadlineRule::DayOfLastMonth {
            day: 20,
            basis: Some(basis.clone()),
        };
        let on_the_day = signed(20, Some(rule.clone()));
        assert!(
            on_the_day.is_valid() && on_the_day.warnings().is_empty(),
            "{on_the_day:?}"
        );
        let late = signed(21, Some(rule));
        assert!(late.is_valid(), "late is not a data error: {late:?}");
        assert!(late.breaches().is_empty(), "nor a breach of law");
        assert_eq!(late.warning_codes(), [Code::SubmittedLate]);
        let warning = &late.warnings()[0];
        assert_eq!(warning.path, "/reported_on");
        assert_eq!(warning.params["deadline"], "2023-09-20");
        assert_eq!(warning.citation.as_ref(), Some(&basis));
        assert_eq!(
            warning.message_vi(),
            "Báo cáo Quý III/2023 gửi ngày 21/09/2023, quá hạn ngày 20/09/2023."
        );
    }

    #[test]
    fn no_deadline_rule_no_finding_however_late() {
        // Three weeks after any deadline a province might set: without a rule, nothing.
        let report = signed(30, None);
        assert!(
            report.is_valid() && report.warnings().is_empty(),
            "{report:?}"
        );
    }

    #[test]
    fn working_day_deadlines_skip_days_off() {
        use crate::period::DeadlineRule;
        // The cut-off ends Thursday 14/09/2023; Friday 15/09 declared off: the second working
        // day after it is Tuesday 19/09, not Monday 18/09.
        let rule = DeadlineRule::working_days_after_cutoff(2, vec![d(2023, 9, 15)]);
        assert!(signed(19, Some(rule.clone())).warnings().is_empty());
        assert_eq!(
            signed(20, Some(rule)).warning_codes(),
            [Code::SubmittedLate]
        );
        let without = DeadlineRule::working_days_after_cutoff(2, vec![]);
        assert_eq!(
            signed(19, Some(without)).warning_codes(),
            [Code::SubmittedLate]
        );
    }

    #[test]
    fn a_bad_deadline_rule_is_an_error_at_its_own_path() {
        use crate::period::DeadlineRule;
        let report = signed(18, Some(DeadlineRule::days_after_cutoff(0)));
        assert_eq!(report.error_codes(), [Code::OutOfRange]);
        assert_eq!(report.errors()[0].path, "/deadline_rule/days");
    }

    #[test]
    fn ranges_overlapping_the_window_pass_and_others_point_at_the_right_end() {
        let w = Window {
            first: d(2023, 7, 1),
            last: d(2023, 9, 30),
        };
        let (p, k) = (Pointer::root(), ("start", "end"));
        let mut r = ValidationReport::new();
        w.check_range(&p, k, Some(d(2023, 6, 1)), Some(d(2023, 7, 1)), &mut r);
        w.check_range(&p, k, Some(d(2023, 9, 30)), None, &mut r);
        w.check_range(&p, k, None, None, &mut r);
        assert!(r.is_valid());
        w.check_range(&p, k, Some(d(2023, 10, 1)), None, &mut r);
        w.check_range(&p, k, Some(d(2023, 1, 1)), Some(d(2023, 6, 30)), &mut r);
        w.check_range(&p, k, Some(d(2023, 8, 1)), Some(d(2023, 7, 1)), &mut r);
        let found: Vec<_> = r
            .errors()
            .iter()
            .map(|v| (v.path.as_str(), v.code))
            .collect();
        assert_eq!(
            found,
            [
                ("/start", Code::DateOutside),
                ("/end", Code::RangeOutsidePeriod),
                ("/end", Code::DateOrder)
            ]
        );
    }
}
