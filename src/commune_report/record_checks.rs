//! The checks of sections I–III: each record is a document of [`crate::rules`] and goes through
//! that document's own checks (written once, there); the report adds only what belongs to the
//! report: the dates fall in its period, and the provincial form's required members.

use super::document::CommuneQcdcReport;
use super::validation::Window;
use crate::rules::{
    CommuneMeans, CommuneWideDecision, CommunityDecision, Consultation, Disclosure,
};
use crate::validate::{At, Code, Member, ValidationContext, ValidationReport, Violation};

impl CommuneQcdcReport {
    /// What the commune has to disclose with, as its header states it (Luật 10/2022 Điều 13 k1,
    /// k3).
    ///
    /// # Example
    /// ```
    /// use qcdc::commune_report::CommuneQcdcReport;
    /// use qcdc::org::{AdminUnit, UnitKind};
    ///
    /// let mut report = CommuneQcdcReport::empty(AdminUnit::new(UnitKind::Xa, "Tân Mỹ"), "2023-Q3".parse()?);
    /// report.has_web_portal = true;
    /// let means = report.means();
    /// assert!(means.web_portal && means.loudspeakers); // loudspeakers: true unless said otherwise
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn means(&self) -> CommuneMeans {
        CommuneMeans {
            web_portal: self.has_web_portal,
            loudspeakers: self.has_loudspeakers,
        }
    }
}

/// Section I: one disclosure, by the commune of the header.
pub(crate) fn check_disclosure(
    d: &Disclosure,
    means: CommuneMeans,
    window: Window,
    ctx: &ValidationContext,
    path: &impl At,
    report: &mut ValidationReport,
) {
    d.check_at(means, ctx, path, report);
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
}

/// Section II: one matter decided by the people of a thôn/TDP. The provincial form asks who
/// presided.
pub(crate) fn check_decision(
    d: &CommunityDecision,
    window: Window,
    ctx: &ValidationContext,
    path: &impl At,
    report: &mut ValidationReport,
) {
    d.check_at(ctx, path, report);
    window.check_date(&Member::new(path, "date"), d.date, report);
    if d.presiding_body.is_none() {
        report.error(Violation::new(
            &path.pointer().key("presiding_body"),
            Code::Required,
        ));
    }
}

/// Section II: one matter decided commune-wide (Điều 21 k1 ¶2). The rules' checks, then the
/// report's own: it is reported in the period its result was recognised (or, not yet
/// recognised, its last vote).
pub(crate) fn check_commune_wide(
    d: &CommuneWideDecision,
    window: Window,
    ctx: &ValidationContext,
    path: &impl At,
    report: &mut ValidationReport,
) {
    // Commune-wide decisions are few and carry votes: their checks take a built pointer.
    d.check(ctx, &path.pointer(), report);
    match (d.recognised_on, d.votes.iter().map(|v| v.date).max()) {
        (Some(date), _) => window.check_date(&Member::new(path, "recognised_on"), date, report),
        (None, Some(last_vote)) => {
            window.check_date(&Member::new(path, "votes"), last_vote, report)
        }
        (None, None) => {}
    }
}

/// Section III: one consultation.
pub(crate) fn check_consultation(
    c: &Consultation,
    window: Window,
    ctx: &ValidationContext,
    path: &impl At,
    report: &mut ValidationReport,
) {
    c.check_at(ctx, path, report);
    // Start after end is the rules' finding already; the overlap is checked on ordered ranges.
    if c.start <= c.end {
        window.check_range(path, ("start", "end"), Some(c.start), Some(c.end), report);
    }
}
