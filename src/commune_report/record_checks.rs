//! The checks of sections I–III: the rules module's checks on each record, then the report's
//! own consistency rules (dates in the quarter, declared durations, values).

use super::document::CommuneQcdcReport;
use super::records::{ConsultationRecord, DecisionRecord, DisclosureRecord, MatterValue};
use super::sections::MAX_REFERENCE;
use super::validation::{Window, check_attachment, check_text};
use crate::rules::{
    CommuneWideDecision, CommunityDecision, Consultation, Disclosure, DisclosureForm,
};
use crate::validate::{Code, Pointer, ValidationContext, ValidationReport, Violation};

/// Moves the findings of a rules check into `report`, leaving out those about the commune
/// itself (the rules' `commune` member is the report's header, checked once there).
fn merge_rule_findings(found: ValidationReport, record: &Pointer, report: &mut ValidationReport) {
    if found.is_clean() {
        return;
    }
    let commune = record.key("commune");
    report.merge_filtered(found, |v: &Violation| !v.path.starts_with(commune.as_str()));
}

/// Section I: one disclosure.
pub(crate) fn check_disclosure(
    doc: &CommuneQcdcReport,
    d: &DisclosureRecord,
    window: Window,
    ctx: &ValidationContext,
    path: &Pointer,
    report: &mut ValidationReport,
) {
    let rule_view = Disclosure {
        commune: doc.unit.clone(),
        item: d.item,
        summary: d.summary.clone(),
        decided_on: d.decided_on,
        disclosed_on: d.disclosed_on,
        forms: d.forms.clone(),
        posted_until: d.posted_until,
        broadcast_days: d.broadcast_days,
        has_web_portal: doc.has_web_portal,
        has_loudspeakers: doc.has_loudspeakers,
        other_law: None,
    };
    let mut found = ValidationReport::new();
    rule_view.check(ctx, path, &mut found);
    // A posting the rules already call too short (a breach) or out of order (an error) is not
    // also reported against its declared duration.
    let rules_flagged_until = (!found.errors().is_empty() || !found.breaches().is_empty()) && {
        let until_path = path.key("posted_until");
        found
            .errors()
            .iter()
            .chain(found.breaches())
            .any(|v| v.path == until_path.as_str())
    };
    merge_rule_findings(found, path, report);

    // Dates out of order are the rules' finding; the overlap is checked on ordered ranges.
    if d.posted_until.is_none_or(|until| until >= d.disclosed_on) {
        window.check_range(
            path,
            ("disclosed_on", "posted_until"),
            Some(d.disclosed_on),
            d.posted_until,
            report,
        );
    }
    if let (Some(min), Some(until)) = (d.duration.min_days(), d.posted_until)
        && until >= d.disclosed_on
        && !rules_flagged_until
    {
        let days = (until - d.disclosed_on).num_days().saturating_add(1);
        if days < min {
            report.error(
                Violation::new(&path.key("posted_until"), Code::DurationShorterThanDeclared)
                    .param("days", days)
                    .param("declared", min),
            );
        }
    }
    match &d.other_form {
        None if d.forms.contains(&DisclosureForm::Other) => {
            report.error(Violation::new(&path.key("other_form"), Code::Required))
        }
        Some(text) => check_text(report, path, "other_form", text, MAX_REFERENCE),
        None => {}
    }
    for (key, attachment) in [("plan", &d.plan), ("document", &d.document)] {
        if let Some(a) = attachment {
            check_attachment(a, ctx, &path.key(key), report);
        }
    }
}

/// Section II: one matter decided by the people.
pub(crate) fn check_decision(
    d: &DecisionRecord,
    window: Window,
    ctx: &ValidationContext,
    path: &Pointer,
    report: &mut ValidationReport,
) {
    let rule_view = CommunityDecision {
        unit: d.unit.clone(),
        date: d.date,
        item: d.item,
        summary: d.summary.clone(),
        form: d.form,
        households_total: d.households_total,
        households_represented: d.households_represented,
        households_approving: d.households_approving,
        clusters: d.clusters,
        scattered: d.scattered,
        ballot_reason: d.ballot_reason,
        result: d.result,
        commune_wide: d.commune_wide,
        online_chosen_by: d.online_chosen_by,
    };
    let mut found = ValidationReport::new();
    rule_view.check(ctx, path, &mut found);
    merge_rule_findings(found, path, report);

    window.check_date(&path.key("date"), d.date, report);
    report.check_text(
        &path.key("presiding_body"),
        &d.presiding_body,
        MAX_REFERENCE,
    );
    if d.options_prepared == Some(0) {
        report.error(
            Violation::new(&path.key("options_prepared"), Code::NotPositive).param("actual", 0),
        );
    }
    if let Some(value) = &d.value {
        check_value(value, &path.key("value"), report);
    }
    if let Some(minutes) = &d.minutes {
        check_attachment(minutes, ctx, &path.key("minutes"), report);
    }
}

/// Section II: one matter decided commune-wide (Điều 21 k1 ¶2). The rules' checks, then the
/// report's own: it is reported in the period its result was recognised (or, not yet
/// recognised, its last vote).
pub(crate) fn check_commune_wide(
    d: &CommuneWideDecision,
    window: Window,
    ctx: &ValidationContext,
    path: &Pointer,
    report: &mut ValidationReport,
) {
    d.check(ctx, path, report);
    match (d.recognised_on, d.votes.iter().map(|v| v.date).max()) {
        (Some(date), _) => window.check_date(&path.key("recognised_on"), date, report),
        (None, Some(last_vote)) => window.check_date(&path.key("votes"), last_vote, report),
        (None, None) => {}
    }
}

/// The total value covers at least the state budget and the people's cash.
fn check_value(v: &MatterValue, path: &Pointer, report: &mut ValidationReport) {
    let parts = v.state_budget.checked_add(v.people_cash);
    if parts.is_none_or(|parts| v.total < parts) {
        report.error(
            Violation::new(&path.key("total"), Code::ValueBelowParts)
                .param("total", v.total)
                .param(
                    "parts",
                    parts.map_or_else(|| "> 2^64".to_owned(), |p| p.to_string()),
                ),
        );
    }
}

/// Section III: one consultation.
pub(crate) fn check_consultation(
    c: &ConsultationRecord,
    window: Window,
    ctx: &ValidationContext,
    path: &Pointer,
    report: &mut ValidationReport,
) {
    let rule_view = Consultation {
        item: c.item,
        summary: c.summary.clone(),
        forms: c.forms.clone(),
        start: c.start,
        end: c.end,
        opinions_received: c.opinions_received,
        opinions_accepted: c.opinions_accepted,
    };
    let mut found = ValidationReport::new();
    rule_view.check(ctx, path, &mut found);
    merge_rule_findings(found, path, report);
    // Start after end is the rules' finding already; the overlap is checked on ordered ranges.
    if c.start <= c.end {
        window.check_range(path, ("start", "end"), Some(c.start), Some(c.end), report);
    }
    for (key, attachment) in [
        ("draft", &c.draft),
        ("plan", &c.plan),
        ("explanatory_report", &c.explanatory_report),
    ] {
        if let Some(a) = attachment {
            check_attachment(a, ctx, &path.key(key), report);
        }
    }
}
