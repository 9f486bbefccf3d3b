//! The validation rules of a registration.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::NaiveDate;

use super::lifecycle::step_problems;
use super::{
    MAX_INDICATOR, MAX_ITEM, MAX_LIST, MAX_MEASURE_UNIT, MAX_MILESTONES, MAX_NAME, MAX_PHASES,
    MAX_REPORTS, MAX_TEXT, Milestone, MilestoneStatus, ModelField, ModelRegistration, PartnerRole,
    Phase, Plan, ProgressReport, RecognitionLevel, RegistrantKind, RegistrationRules, Stage,
    TransitionError,
};
use crate::legal::{CONG_VAN_249_MTTQ_BTT, LegalReference, TWO_LEVEL_GOVERNMENT_FROM};
use crate::org::{AdminLevel, MAX_PERSON_NAME, OrgSettings};
use crate::text::{fold, identity_key, identity_key_into};
use crate::validate::{
    At, Code, FirstSeen, FirstSeenByHash, Lazy, Member, Pointer, Validate, ValidationContext,
    ValidationReport, Violation,
};
use crate::vocabulary::Vocabulary;

/// A number for a message: integral values without a decimal point ("42", not "42.0").
fn number(x: f64) -> serde_json::Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        serde_json::Value::from(x as i64)
    } else {
        serde_json::Value::from(x)
    }
}

/// The longest telephone number, in characters (as the JSON Schema says).
const MAX_PHONE: usize = 20;

/// The first day Công văn 249/MTTQ-BTT can have applied: it is a letter of 2026 (its issue date
/// is not recorded), so a registration made earlier does not cite it.
const CV249_EARLIEST: NaiveDate = match NaiveDate::from_ymd_opt(2026, 1, 1) {
    Some(date) => date,
    None => panic!("a real date"),
};

/// The source of the mandatory contents of a registration made from 2026 ([`CV249_EARLIEST`]).
fn cv249() -> LegalReference {
    CONG_VAN_249_MTTQ_BTT.whole()
}

/// Top-down rank of a level: a smaller number is a higher level.
fn rank(level: AdminLevel) -> u8 {
    match level {
        AdminLevel::Province => 0,
        AdminLevel::District => 1,
        AdminLevel::Commune => 2,
        _ => 3,
    }
}

impl Validate for ModelRegistration {
    /// Checks the registration; every problem at once, each at its JSON Pointer:
    ///
    /// - texts: required texts not blank, every text within its limit (the `MAX_*` constants,
    ///   matching the JSON Schema), no control characters; the mandatory contents of Công văn
    ///   249/MTTQ-BTT cite it for a registration made from 2026, the letter's year (earlier
    ///   registrations are checked alike, without citing a letter written after them);
    /// - lists: at least one objective, criterion, activity, partner, phase, milestone and
    ///   output, and at most the `MAX_*` items (`too_few`, `too_many`);
    /// - dates: the year between 2009 and 2100, the registration date in that year or the year
    ///   before and not in the future, the evaluation date not before the roadmap starts;
    /// - the registrant: a collective needs its organisation, an individual their person; the
    ///   organisation, the person's positions and every partner must exist on the registration
    ///   date ([`Organisation::check`](crate::org::Organisation::check): no district body from
    ///   01/07/2025);
    /// - the body registered with exists on the registration date and is at the registrant's
    ///   level or above (`body_below_registrant`); from 01/07/2025 a commune-level registration
    ///   goes to a body of [`RegistrationRules::commune_receivers`] — by default the Ban Thường
    ///   trực Ủy ban MTTQ (`wrong_body_kind`, citing Công văn 249/MTTQ-BTT);
    /// - the plan: at least one partner leads (`no_lead_partner`); funding parts do not exceed
    ///   the total (`parts_exceed_total`);
    /// - the roadmap: each phase ends on or after its start (`date_order`), phases follow each
    ///   other without overlapping (`phase_overlap`), each has a milestone
    ///   (`phase_without_milestone`); a roadmap ending after 31/12 of the year is a *warning*
    ///   (`roadmap_beyond_year`);
    /// - milestones: names unique (compared without case and diacritics, `duplicate`), phase
    ///   number in the roadmap (`out_of_range`), due date inside the phase, or, without a valid
    ///   phase, inside the registration year or the roadmap (`date_outside`), target above zero
    ///   (`not_positive`);
    /// - the history: each step legal after the one before ([`Stage::can_move_to`]), dated on or
    ///   after it and not in the future, a recognition with its level and reward only on a
    ///   recognised step, no district-level recognition from 01/07/2025 (cites Nghị quyết
    ///   203/2025/QH15) nor a "cấp cơ sở" one — the commune level is "cấp xã" (cites Quy định
    ///   298-QĐ/TW), no central one when [`RegistrationRules::central_recognition`] is off, a
    ///   review only after a progress report;
    /// - progress reports: one per reporting period (`duplicate`), the period begun by the "as of"
    ///   date, each entry naming a milestone of the registration
    ///   once, a value reached not negative, "done" only when the target is reached
    ///   (`status_inconsistent`);
    /// - the contact: a name, a telephone number of 9–12 digits, an e-mail of shape a@b.
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check_with(ctx, &DEFAULT_RULES, path, report);
    }
}

/// The default rules, made once: [`Validate::validate`] runs with them on every document.
static DEFAULT_RULES: LazyLock<RegistrationRules> = LazyLock::new(RegistrationRules::default);

impl ModelRegistration {
    /// Validates the registration with `rules` instead of the defaults ([`Validate::validate`]
    /// uses [`RegistrationRules::default`]).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::dan_van_kheo::{examples, RegistrationRules};
    /// use qcdc::org::OrgKind;
    /// use qcdc::validate::{Code, Validate, ValidationContext};
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    /// let mut r = examples::ward_2026();
    /// assert!(r.validate(&ctx).is_valid());
    /// r.registered_with.kind = OrgKind::Mttq; // the committee, not its standing board
    /// assert_eq!(r.validate(&ctx).error_codes(), [Code::WrongBodyKind]);
    /// let rules = RegistrationRules { commune_receivers: vec![OrgKind::Mttq], ..RegistrationRules::default() };
    /// assert!(r.validate_with(&ctx, &rules).is_valid());
    /// ```
    pub fn validate_with(
        &self,
        ctx: &ValidationContext,
        rules: &RegistrationRules,
    ) -> ValidationReport {
        let mut report = ValidationReport::new();
        self.check_with(ctx, rules, &Pointer::root(), &mut report);
        report
    }

    /// Appends the problems of the registration, located below `path`, to `report`, checked
    /// with `rules` (see [`Validate`] for the list).
    pub fn check_with(
        &self,
        ctx: &ValidationContext,
        rules: &RegistrationRules,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        if self.registered_on >= CV249_EARLIEST {
            self.check_all(ctx, rules, path, report);
            return;
        }
        // A registration made before the 2026 letter existed: the same checks (a model needs
        // a name, a plan, a roadmap whatever its year) but the letter is not their source.
        let mut own = ValidationReport::new();
        self.check_all(ctx, rules, path, &mut own);
        let letter = cv249();
        let uncited = |mut v: Violation| {
            if v.citation.as_ref() == Some(&letter) {
                v.citation = None;
            }
            v
        };
        for v in own.errors() {
            report.error(uncited(v.clone()));
        }
        for v in own.breaches() {
            report.breach(uncited(v.clone()));
        }
        for v in own.warnings() {
            report.warn(uncited(v.clone()));
        }
    }

    /// Every check of [`check_with`](Self::check_with), citing Công văn 249/MTTQ-BTT for the
    /// contents it requires.
    fn check_all(
        &self,
        ctx: &ValidationContext,
        rules: &RegistrationRules,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        let year_span = self.check_dates(ctx, path, report);
        self.check_parties(ctx.org_settings(), rules, path, report);
        let member = |key| Member::new(path, key);
        check_required_text(report, &member("model_name"), &self.model_name, MAX_NAME);
        if self.field == ModelField::Other && self.field_other.is_none() {
            report.error(Violation::new(&path.key("field_other"), Code::Required));
        }
        if let Some(other) = &self.field_other {
            report.check_optional_text_at(&member("field_other"), other, MAX_NAME);
        }
        check_required_text(report, &member("area"), &self.area, MAX_ITEM);
        check_required_text(
            report,
            &member("beneficiaries"),
            &self.beneficiaries,
            MAX_ITEM,
        );
        check_required_text(report, &member("problem"), &self.problem, MAX_TEXT);
        self.plan.check(
            self.registered_on,
            ctx.org_settings(),
            &path.key("plan"),
            report,
        );
        let milestones = MilestoneIndex::new(&self.milestones);
        self.check_roadmap(year_span, &milestones, path, report);
        check_list(
            report,
            &member("expected_outputs"),
            &self.expected_outputs,
            MAX_LIST,
        );
        check_required_text(
            report,
            &member("sustainability"),
            &self.sustainability,
            MAX_TEXT,
        );
        self.check_contact(path, report);
        self.check_history(ctx, rules, path, report);
        self.check_progress(ctx, &milestones, path, report);
    }
}

/// A mandatory content: not blank, within `max`, citing Công văn 249/MTTQ-BTT when blank.
fn check_required_text(report: &mut ValidationReport, at: &impl At, value: &str, max: usize) {
    if crate::text::is_blank(value) {
        report.error(Violation::new(&at.pointer(), Code::Blank).cite(cv249()));
    } else {
        report.check_optional_text_at(at, value, max);
    }
}

/// A mandatory list of texts: 1..=`max` items, each a mandatory text.
fn check_list(report: &mut ValidationReport, at: &impl At, items: &[String], max: usize) {
    check_count(report, at, items.len(), max);
    for (i, item) in items.iter().enumerate() {
        check_required_text(report, &Lazy(|| at.pointer().index(i)), item, MAX_ITEM);
    }
}

/// A mandatory list of `len` items, at most `max`.
fn check_count(report: &mut ValidationReport, at: &impl At, len: usize, max: usize) {
    if len == 0 {
        report.error(
            Violation::new(&at.pointer(), Code::TooFew)
                .param("min", 1)
                .param("actual", 0)
                .cite(cv249()),
        );
    } else if len > max {
        report.error(
            Violation::new(&at.pointer(), Code::TooMany)
                .param("max", max)
                .param("actual", len),
        );
    }
}

impl ModelRegistration {
    /// Year, registration date, evaluation date. Returns the first and last day of the year
    /// when the year is in range.
    fn check_dates(
        &self,
        ctx: &ValidationContext,
        path: &Pointer,
        report: &mut ValidationReport,
    ) -> Option<(NaiveDate, NaiveDate)> {
        report.check_not_future_at(&Member::new(path, "registered_on"), self.registered_on, ctx);
        if !(super::FIRST_YEAR..=super::LAST_YEAR).contains(&self.year) {
            report.error(
                Violation::new(&path.key("year"), Code::OutOfRange)
                    .param("min", super::FIRST_YEAR)
                    .param("max", super::LAST_YEAR)
                    .param("actual", self.year),
            );
            return None;
        }
        let first = NaiveDate::from_ymd_opt(self.year, 1, 1)?;
        let last = NaiveDate::from_ymd_opt(self.year, 12, 31)?;
        let window_start = NaiveDate::from_ymd_opt(self.year - 1, 1, 1)?;
        if self.registered_on < window_start || self.registered_on > last {
            report.error(
                Violation::new(&path.key("registered_on"), Code::DateOutside)
                    .date_param("date", self.registered_on)
                    .date_param("start", window_start)
                    .date_param("end", last),
            );
        }
        if let Some(start) = self.roadmap.iter().map(|p| p.start).min() {
            report.check_date_order_at(
                &Member::new(path, "evaluation_date"),
                start,
                self.evaluation_date,
            );
        }
        Some((first, last))
    }

    /// The registrant and the body registered with, on the registration date.
    fn check_parties(
        &self,
        settings: &OrgSettings,
        rules: &RegistrationRules,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        let on = Some(self.registered_on);
        let with = path.key("registered_with");
        self.registered_with.check_with(on, settings, &with, report);
        // From 01/07/2025 a commune's registrations go to its Front (CV 249/MTTQ-BTT).
        if self.registered_with.unit.level() == AdminLevel::Commune
            && self.registered_on >= TWO_LEVEL_GOVERNMENT_FROM
            && !rules.commune_receivers.contains(&self.registered_with.kind)
        {
            report.error(
                Violation::new(&with.key("kind"), Code::WrongBodyKind)
                    .param(
                        "expected",
                        crate::org::alternatives(&rules.commune_receivers),
                    )
                    .param("actual", self.registered_with.kind.name_vi())
                    .cite(cv249()),
            );
        }
        let registrant = &self.registrant;
        let at = path.key("registrant");
        match registrant.kind {
            RegistrantKind::Collective if registrant.organisation.is_none() => {
                report.error(Violation::new(&at.key("organisation"), Code::Required).cite(cv249()))
            }
            RegistrantKind::Individual if registrant.person.is_none() => {
                report.error(Violation::new(&at.key("person"), Code::Required).cite(cv249()))
            }
            _ => {}
        }
        if let Some(org) = &registrant.organisation {
            org.check_with(on, settings, &at.key("organisation"), report);
        }
        if let Some(person) = &registrant.person {
            person.check_with(on, settings, &at.key("person"), report);
        }
        // A registrant that did not exist has no level to compare: that finding says enough.
        let registrant_exists = registrant
            .organisation
            .as_ref()
            .is_none_or(|org| org.exists_on(self.registered_on));
        let body_level = self.registered_with.unit.level();
        if let Some(level) = registrant.level()
            && registrant_exists
            && rank(body_level) > rank(level)
        {
            report.error(
                Violation::new(&with, Code::BodyBelowRegistrant)
                    .param("body", self.registered_with.name_vi())
                    .param("level", level.name_vi().to_lowercase()),
            );
        }
    }

    /// Phases and milestones.
    fn check_roadmap(
        &self,
        year: Option<(NaiveDate, NaiveDate)>,
        index: &MilestoneIndex,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        let roadmap = path.key("roadmap");
        check_count(report, &roadmap, self.roadmap.len(), MAX_PHASES);
        let mut previous: Option<&Phase> = None;
        for (i, phase) in self.roadmap.iter().enumerate() {
            let at = || roadmap.index(i);
            check_required_text(report, &Lazy(|| at().key("name")), &phase.name, MAX_NAME);
            if let Some(tasks) = &phase.tasks {
                report.check_optional_text_at(&Lazy(|| at().key("tasks")), tasks, MAX_TEXT);
            }
            report.check_date_order_at(&Lazy(|| at().key("end")), phase.start, phase.end);
            if let Some(before) = previous
                && phase.start <= before.end
            {
                report.error(
                    Violation::new(&at().key("start"), Code::PhaseOverlap)
                        .param("phase", before.name.trim())
                        .date_param("end", before.end),
                );
            }
            if phase.start <= phase.end {
                previous = Some(phase);
            }
        }
        if let Some((_, last_day)) = year
            && let Some((i, phase)) = self.roadmap.iter().enumerate().max_by_key(|(_, p)| p.end)
            && phase.end > last_day
        {
            report.warn(
                Violation::new(&roadmap.index(i).key("end"), Code::RoadmapBeyondYear)
                    .date_param("end", phase.end)
                    .param("year", self.year),
            );
        }

        let milestones = path.key("milestones");
        check_count(report, &milestones, self.milestones.len(), MAX_MILESTONES);
        // Where a milestone without a valid phase may fall: the year and the roadmap together.
        let span_start = self
            .roadmap
            .iter()
            .map(|p| p.start)
            .chain(year.map(|y| y.0))
            .min();
        let span_end = self
            .roadmap
            .iter()
            .map(|p| p.end)
            .chain(year.map(|y| y.1))
            .max();
        let mut per_phase = vec![0usize; self.roadmap.len()];
        let mut duplicates = index.duplicates.iter().peekable();
        for (i, milestone) in self.milestones.iter().enumerate() {
            let at = || milestones.index(i);
            check_milestone_texts(milestone, &at, report);
            if let Some(&(_, first)) = duplicates.next_if(|(d, _)| *d == i) {
                report.error(
                    Violation::new(&at().key("name"), Code::Duplicate)
                        .param("value", milestone.name.trim())
                        .param("first", first.saturating_add(1)),
                );
            }
            if milestone.target.is_nan() || milestone.target <= 0.0 {
                report.error(
                    Violation::new(&at().key("target"), Code::NotPositive)
                        .param("actual", number(milestone.target)),
                );
            }
            let phase_index = (milestone.phase as usize).checked_sub(1);
            match phase_index.and_then(|p| self.roadmap.get(p).map(|phase| (p, phase))) {
                Some((p, phase)) => {
                    per_phase[p] = per_phase[p].saturating_add(1);
                    if !phase.contains(milestone.due) {
                        report.error(
                            Violation::new(&at().key("due"), Code::DateOutside)
                                .date_param("date", milestone.due)
                                .date_param("start", phase.start)
                                .date_param("end", phase.end),
                        );
                    }
                }
                None => {
                    report.error(
                        Violation::new(&at().key("phase"), Code::OutOfRange)
                            .param("min", 1)
                            .param("max", self.roadmap.len())
                            .param("actual", milestone.phase),
                    );
                    if let (Some(start), Some(end)) = (span_start, span_end)
                        && !(start <= milestone.due && milestone.due <= end)
                    {
                        report.error(
                            Violation::new(&at().key("due"), Code::DateOutside)
                                .date_param("date", milestone.due)
                                .date_param("start", start)
                                .date_param("end", end),
                        );
                    }
                }
            }
        }
        for (i, count) in per_phase.iter().enumerate() {
            if *count == 0 {
                report.error(
                    Violation::new(&roadmap.index(i), Code::PhaseWithoutMilestone)
                        .param("phase", self.roadmap[i].name.trim())
                        .cite(cv249()),
                );
            }
        }
    }

    fn check_contact(&self, path: &Pointer, report: &mut ValidationReport) {
        let at = path.key("contact");
        report.check_text_at(
            &Member::new(&at, "name"),
            &self.contact.name,
            MAX_PERSON_NAME,
        );
        if let Some(phone) = &self.contact.phone {
            if !is_phone(phone) {
                report.error(Violation::new(&at.key("phone"), Code::PhoneFormat));
            } else {
                report.check_optional_text_at(&Member::new(&at, "phone"), phone, MAX_PHONE);
            }
        }
        if let Some(email) = &self.contact.email {
            report.check_optional_text_at(&Member::new(&at, "email"), email, 254);
            if !is_email(email) {
                report.error(Violation::new(&at.key("email"), Code::EmailFormat));
            }
        }
    }

    fn check_history(
        &self,
        ctx: &ValidationContext,
        rules: &RegistrationRules,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        let history = path.key("history");
        let mut stage = Stage::Registered;
        let mut since = self.registered_on;
        for (i, change) in self.history.iter().enumerate() {
            let at = history.index(i);
            report.check_not_future_at(&Member::new(&at, "on"), change.on, ctx);
            let has_progress = self
                .progress
                .iter()
                .any(|r| r.period.first_day() <= change.on);
            for problem in step_problems(stage, since, change, has_progress) {
                report.error(step_violation(&at, problem));
            }
            if let Some(recognition) = &change.recognition {
                let r = at.key("recognition");
                let reformed = change.on >= TWO_LEVEL_GOVERNMENT_FROM;
                if let Some(by) = &recognition.recognised_by {
                    let by_path = r.key("recognised_by");
                    by.check_with(Some(change.on), ctx.org_settings(), &by_path, report);
                    // From 01/07/2025 the Đảng ủy commends at "cấp xã" (CV 249/MTTQ-BTT).
                    if recognition.level == RecognitionLevel::Commune
                        && reformed
                        && !rules.commune_recognisers.contains(&by.kind)
                    {
                        report.error(
                            Violation::new(&by_path.key("kind"), Code::WrongBodyKind)
                                .param(
                                    "expected",
                                    crate::org::alternatives(&rules.commune_recognisers),
                                )
                                .param("actual", by.kind.name_vi())
                                .cite(cv249()),
                        );
                    }
                }
                if recognition.level == RecognitionLevel::Central
                    && !rules.central_recognition
                    && reformed
                {
                    report.error(
                        Violation::new(&r.key("level"), Code::RecognitionLevelNotOnDate)
                            .param("level", recognition.level.name_vi().to_lowercase())
                            .date_param("date", change.on),
                    );
                }
                report.check_text(&r.key("reward"), &recognition.reward, 300);
                if let Some(decision) = &recognition.decision {
                    report.check_optional_text(&r.key("decision"), decision, 64);
                }
            }
            if let Some(note) = &change.note {
                report.check_optional_text(&at.key("note"), note, MAX_ITEM);
            }
            stage = change.stage;
            since = since.max(change.on);
        }
    }

    fn check_progress(
        &self,
        ctx: &ValidationContext,
        index: &MilestoneIndex,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        let progress = path.key("progress");
        if self.progress.len() > MAX_REPORTS {
            report.error(
                Violation::new(&progress, Code::TooMany)
                    .param("max", MAX_REPORTS)
                    .param("actual", self.progress.len()),
            );
        }
        if self.progress.is_empty() {
            return;
        }
        let mut periods = FirstSeen::with_capacity(self.progress.len());
        for (k, report_k) in self.progress.iter().enumerate() {
            if let Some(first) = periods.repeat_of(report_k.period, k) {
                report.error(
                    Violation::new(&progress.index(k).key("period"), Code::Duplicate)
                        .param("value", report_k.period.to_string())
                        .param("first", first.saturating_add(1)),
                );
            }
            self.check_progress_report(report_k, index, ctx, &progress.index(k), report);
        }
    }

    fn check_progress_report(
        &self,
        progress: &ProgressReport,
        index: &MilestoneIndex,
        ctx: &ValidationContext,
        at: &Pointer,
        report: &mut ValidationReport,
    ) {
        report.check_not_future_at(&Member::new(at, "period"), progress.period.first_day(), ctx);
        if let Some(note) = &progress.note {
            report.check_optional_text_at(&Member::new(at, "note"), note, MAX_TEXT);
        }
        let entries = at.key("milestones");
        check_count(report, &entries, progress.milestones.len(), MAX_MILESTONES);
        // Entries are keyed by the milestone they name, or by their folded text when they name
        // none: a repeat of either is a duplicate.
        let mut seen = FirstSeen::with_capacity(progress.milestones.len());
        for (j, entry) in progress.milestones.iter().enumerate() {
            let e = || entries.index(j);
            if crate::text::is_blank(&entry.milestone) {
                report.error(Violation::new(&e().key("milestone"), Code::Blank));
                continue;
            }
            report.check_optional_text_at(
                &Lazy(|| e().key("milestone")),
                &entry.milestone,
                MAX_NAME,
            );
            // Entries usually list the milestones in their order: entry j names milestone j.
            let key = index.find(&entry.milestone, j);
            let found = key.as_ref().ok().map(|i| &self.milestones[*i]);
            if let Some(first) = seen.repeat_of(key, j) {
                report.error(
                    Violation::new(&e().key("milestone"), Code::Duplicate)
                        .param("value", entry.milestone.trim())
                        .param("first", first.saturating_add(1)),
                );
            }
            if entry.reached.is_nan() || entry.reached < 0.0 {
                report.error(
                    Violation::new(&e().key("reached"), Code::Negative)
                        .param("actual", number(entry.reached)),
                );
            }
            match found {
                None => report.error(
                    Violation::new(&e().key("milestone"), Code::UnknownMilestone)
                        .param("name", entry.milestone.trim()),
                ),
                Some(milestone) => {
                    if entry.status == MilestoneStatus::Done && entry.reached < milestone.target {
                        report.error(
                            Violation::new(&e().key("status"), Code::StatusInconsistent)
                                .param("status", entry.status.name_vi())
                                .param("reached", number(entry.reached))
                                .param("target", number(milestone.target)),
                        );
                    }
                }
            }
        }
    }
}

impl Plan {
    /// The plan's contents (3, 4, 6, 7 of Công văn 249/MTTQ-BTT); bodies checked on `on`.
    fn check(
        &self,
        on: NaiveDate,
        settings: &OrgSettings,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        let member = |key| Member::new(path, key);
        check_list(report, &member("objectives"), &self.objectives, MAX_LIST);
        check_list(report, &member("criteria"), &self.criteria, MAX_LIST);
        check_list(report, &member("activities"), &self.activities, MAX_LIST);
        if let Some(text) = &self.mobilisation {
            report.check_optional_text_at(&member("mobilisation"), text, MAX_TEXT);
        }
        if let Some(text) = &self.participants {
            report.check_optional_text_at(&member("participants"), text, MAX_ITEM);
        }
        let partners = path.key("partners");
        check_count(report, &partners, self.partners.len(), MAX_LIST);
        for (i, partner) in self.partners.iter().enumerate() {
            let at = partners.index(i);
            partner
                .organisation
                .check_with(Some(on), settings, &at.key("organisation"), report);
            if let Some(tasks) = &partner.tasks {
                report.check_optional_text_at(&Member::new(&at, "tasks"), tasks, MAX_ITEM);
            }
        }
        if !self.partners.is_empty() && !self.partners.iter().any(|p| p.role == PartnerRole::Lead) {
            report.error(Violation::new(&partners, Code::NoLeadPartner).cite(cv249()));
        }
        let resources = &self.resources;
        if let Some(text) = &resources.facilities {
            let at = Lazy(|| path.key("resources").key("facilities"));
            report.check_optional_text_at(&at, text, MAX_ITEM);
        }
        if let Some(total) = resources.budget_vnd {
            let parts = resources
                .state_budget_vnd
                .unwrap_or(0)
                .checked_add(resources.socialised_vnd.unwrap_or(0));
            if parts.is_none_or(|parts| parts > total) {
                let parts = parts.map_or_else(|| "> u64".to_owned(), |p| p.to_string());
                report.error(
                    Violation::new(
                        &path.key("resources").key("budget_vnd"),
                        Code::PartsExceedTotal,
                    )
                    .param("parts", parts)
                    .param("total", total),
                );
            }
        }
    }
}

/// The texts of the milestone whose pointer `at` builds (only on a finding).
fn check_milestone_texts(
    milestone: &Milestone,
    at: &impl Fn() -> Pointer,
    report: &mut ValidationReport,
) {
    let member = |key| Lazy(move || at().key(key));
    check_required_text(report, &member("name"), &milestone.name, MAX_NAME);
    check_required_text(
        report,
        &member("indicator"),
        &milestone.indicator,
        MAX_INDICATOR,
    );
    check_required_text(report, &member("unit"), &milestone.unit, MAX_MEASURE_UNIT);
}

/// The finding for a refused lifecycle step of the history item at `at`.
fn step_violation(at: &Pointer, problem: TransitionError) -> Violation {
    match problem {
        TransitionError::Illegal { from, to } => {
            Violation::new(&at.key("stage"), Code::IllegalTransition)
                .param("from", from.name_vi())
                .param("to", to.name_vi())
        }
        TransitionError::BeforePrevious { date, previous } => {
            Violation::new(&at.key("on"), Code::DateOrder)
                .date_param("start", previous)
                .date_param("end", date)
        }
        TransitionError::MissingRecognition => {
            Violation::new(&at.key("recognition"), Code::Required)
        }
        TransitionError::UnexpectedRecognition { stage } => {
            // At the stage: either it should read "recognised" or the recognition goes.
            Violation::new(&at.key("stage"), Code::RecognitionNotExpected)
                .param("stage", stage.name_vi())
        }
        TransitionError::LevelNotOnDate { level, date } => {
            let v = Violation::new(
                &at.key("recognition").key("level"),
                Code::RecognitionLevelNotOnDate,
            )
            .param("level", level.name_vi().to_lowercase())
            .date_param("date", date);
            match level.absent_on(date) {
                Some(rule) => v.cite(rule),
                None => v,
            }
        }
        TransitionError::NoProgressReport => {
            Violation::new(&at.key("stage"), Code::ReviewWithoutProgress)
        }
    }
}

/// Milestones by name, built once per registration: the duplicate check and every progress
/// entry's lookup share it. The identity key (case and spacing aside) of each milestone is
/// computed once; the folded names (without case and diacritics) only when a lookup misses, since
/// folding finds, it does not identify. Why once: a key is a fresh `String` per milestone, and
/// computing and keeping three maps of them made a registration of many milestones slower per
/// milestone as it grew (issue 14).
struct MilestoneIndex<'a> {
    milestones: &'a [Milestone],
    /// The first milestone of each identity key, by the key's hash: the keys are made in one
    /// buffer and dropped (a key is made again only to confirm an equal hash).
    exact: FirstSeenByHash,
    /// `(i, first)`: milestone `i` repeats the name of milestone `first`, in the order of `i`.
    duplicates: Vec<(usize, usize)>,
    folded: OnceCell<HashMap<String, usize>>,
}

impl<'a> MilestoneIndex<'a> {
    fn new(milestones: &'a [Milestone]) -> Self {
        let mut exact = FirstSeenByHash::with_capacity(milestones.len());
        let mut duplicates = Vec::new();
        let (mut key, mut earlier) = (String::new(), String::new());
        for (i, m) in milestones.iter().enumerate() {
            // A blank name is reported as blank, not as a duplicate, and names nothing.
            if crate::text::is_blank(&m.name) {
                continue;
            }
            identity_key_into(&m.name, &mut key);
            let same = |first: usize| {
                identity_key_into(&milestones[first].name, &mut earlier);
                earlier == key
            };
            if let Some(first) = exact.repeat_of(exact.hash(key.as_str()), i, same) {
                duplicates.push((i, first));
            }
        }
        MilestoneIndex {
            milestones,
            exact,
            duplicates,
            folded: OnceCell::new(),
        }
    }

    /// The index of the milestone named `name` (its identity first, so "Hạ" finds "Hạ" even
    /// beside "Hà"), or the folded name when there is none. `hint` is the milestone `name`
    /// most likely names: a name written exactly as that milestone's is found without making a
    /// key (most entries list the milestones in their order).
    fn find(&self, name: &str, hint: usize) -> Result<usize, String> {
        if let Some(m) = self.milestones.get(hint)
            && m.name == name
            && !crate::text::is_blank(name)
        {
            return Ok(self.first_of(hint));
        }
        let key = identity_key(name);
        let mut candidate = String::new();
        let same = |at: usize| {
            identity_key_into(&self.milestones[at].name, &mut candidate);
            candidate == key
        };
        if let Some(i) = self.exact.get(self.exact.hash(key.as_str()), same) {
            return Ok(i);
        }
        let key = fold(name);
        self.folded().get(&key).copied().ok_or(key)
    }

    /// The first milestone with the identity of milestone `i` (a non-blank one): `i` itself,
    /// unless it repeats an earlier name.
    fn first_of(&self, i: usize) -> usize {
        // `duplicates` is in the order of the repeating milestone.
        match self.duplicates.binary_search_by_key(&i, |&(d, _)| d) {
            Ok(at) => self.duplicates[at].1,
            Err(_) => i,
        }
    }

    /// The folded names, made on the first lookup that misses.
    fn folded(&self) -> &HashMap<String, usize> {
        self.folded.get_or_init(|| {
            let mut folded = HashMap::with_capacity(self.milestones.len());
            for (i, m) in self.milestones.iter().enumerate() {
                if !crate::text::is_blank(&m.name) {
                    folded.entry(fold(&m.name)).or_insert(i);
                }
            }
            folded
        })
    }
}

/// 9–12 digits, an optional leading `+`, spaces, dots and hyphens.
fn is_phone(s: &str) -> bool {
    let body = s.trim().strip_prefix('+').unwrap_or(s.trim());
    let digits = body.chars().filter(char::is_ascii_digit).count();
    body.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-'))
        && (9..=12).contains(&digits)
}

/// `local@domain` with a dot in the domain and no spaces.
fn is_email(s: &str) -> bool {
    let s = s.trim();
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_and_emails() {
        assert!(is_phone("0243 827 1234"));
        assert!(is_phone("+84 912.345.678"));
        assert!(!is_phone("12345"));
        assert!(!is_phone("09x1234567"));
        assert!(is_email("mttq.thachban@longbien.hanoi.gov.vn"));
        assert!(!is_email("mttq@"));
        assert!(!is_email("a b@c.vn"));
    }

    fn milestone(name: &str) -> Milestone {
        let due = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
        Milestone::new(name, 1, due, "Tỷ lệ hộ", 100.0, "%")
    }

    #[test]
    fn the_milestone_index_keys_each_name_once_and_folds_only_on_a_miss() {
        let milestones: Vec<Milestone> = ["Họp dân", "họp  DÂN", "Họp dân lần 2", " ", "Họp dân"]
            .into_iter()
            .map(milestone)
            .collect();
        let index = MilestoneIndex::new(&milestones);
        // One pass gives the duplicates, in order, each with its first occurrence.
        assert_eq!(index.duplicates, [(1, 0), (4, 0)]);
        let no_hint = usize::MAX;
        assert_eq!(index.find("HỌP DÂN", no_hint), Ok(0));
        assert_eq!(index.find("Họp dân lần 2", no_hint), Ok(2));
        // Exact lookups never fold the milestones' names.
        assert!(index.folded.get().is_none());
        // A name typed without tone marks is found by folding, made once on that miss.
        assert_eq!(index.find("hop dan lan 2", no_hint), Ok(2));
        assert_eq!(index.folded.get().map(HashMap::len), Some(2));
        assert_eq!(index.find("Họp tổ", no_hint), Err("hop to".to_owned()));
    }

    #[test]
    fn a_hinted_lookup_finds_what_a_keyed_one_finds() {
        let milestones: Vec<Milestone> = ["Họp dân", "họp  DÂN", "Hạ tầng", " ", "Họp dân", "Hà"]
            .into_iter()
            .map(milestone)
            .collect();
        let index = MilestoneIndex::new(&milestones);
        // A repeat found by its own bytes still resolves to the first milestone of that name.
        assert_eq!(index.find("Họp dân", 4), Ok(0));
        assert_eq!(index.find("họp  DÂN", 1), Ok(0));
        assert_eq!(index.find("Hà", 5), Ok(5));
        for name in [
            "Họp dân",
            "họp  DÂN",
            "HỌP DÂN",
            "Hạ tầng",
            "Hà",
            "Ha",
            " ",
            "Khác",
        ] {
            for hint in 0..=milestones.len() {
                assert_eq!(
                    index.find(name, hint),
                    index.find(name, usize::MAX),
                    "{name:?} at {hint}"
                );
            }
        }
    }

    #[test]
    fn levels_rank_top_down() {
        assert!(rank(AdminLevel::Province) < rank(AdminLevel::District));
        assert!(rank(AdminLevel::District) < rank(AdminLevel::Commune));
        assert!(rank(AdminLevel::Commune) < rank(AdminLevel::Residential));
    }
}
