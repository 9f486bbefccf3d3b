//! Progress reports: per reporting period, where each milestone stands.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ModelRegistration, Stage};
use crate::period::ReportingPeriod;
use crate::vocabulary::vocabulary;

vocabulary! {
    /// **Tình trạng mốc tiến độ** — where a milestone stands at the end of a reporting period.
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::MilestoneStatus;
    ///
    /// assert_eq!("cham tien do".parse::<MilestoneStatus>()?, MilestoneStatus::Late);
    /// assert!("tạm dừng".parse::<MilestoneStatus>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum MilestoneStatus ("milestone status", "Tình trạng") {
        /// **Đúng tiến độ** — on track.
        OnTrack = "on_track", "Đúng tiến độ", ["đang thực hiện"];
        /// **Có nguy cơ chậm** — at risk of being late.
        AtRisk = "at_risk", "Có nguy cơ chậm tiến độ", ["nguy cơ chậm"];
        /// **Chậm tiến độ** — late.
        Late = "late", "Chậm tiến độ", ["chậm"];
        /// **Hoàn thành** — done: the target is reached.
        Done = "done", "Hoàn thành", ["đã hoàn thành", "đạt"];
    }
}

/// **Tiến độ một mốc** — the value a milestone has reached and its status.
///
/// # Example
/// ```
/// use qcdc::dan_van_kheo::{MilestoneProgress, MilestoneStatus};
///
/// let p = MilestoneProgress { milestone: "Ngõ đạt chuẩn".into(), reached: 4.0, status: MilestoneStatus::OnTrack };
/// assert_eq!(serde_json::to_value(&p).unwrap()["status"], "on_track");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Tiến độ một mốc")]
pub struct MilestoneProgress {
    /// **Mốc tiến độ** — the name of a milestone of the registration.
    #[schemars(title = "Mốc tiến độ", length(min = 1, max = 200))]
    pub milestone: String,
    /// **Giá trị đạt được** — not negative; may exceed the target.
    #[schemars(title = "Giá trị đạt được", range(min = 0))]
    pub reached: f64,
    /// **Tình trạng** — on track, at risk, late, done (done needs the target reached).
    #[schemars(title = "Tình trạng")]
    pub status: MilestoneStatus,
}

/// **Báo cáo tiến độ** — a progress report for one reporting period: the status of each
/// milestone at its end.
///
/// Keyed by its [`ReportingPeriod`] (a month, quarter, half-year, nine months or year, written
/// `2021-Q2` on the wire); a registration has at most one report per period.
///
/// # Example
/// ```
/// use qcdc::dan_van_kheo::ProgressReport;
///
/// let report: ProgressReport = serde_json::from_str(
///     r#"{"period": "2026-Q4", "milestones": [{"milestone": "Quy ước được thông qua", "reached": 85, "status": "done"}]}"#,
/// )?;
/// assert_eq!(report.period.to_string(), "Quý IV/2026");
/// assert_eq!(report.milestones[0].reached, 85.0);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Báo cáo tiến độ")]
pub struct ProgressReport {
    /// **Kỳ báo cáo** — the reporting period (`2021-Q2`, `2021-H1`, `2021-04`…).
    #[schemars(title = "Kỳ báo cáo")]
    pub period: ReportingPeriod,
    /// **Tiến độ các mốc** — one entry per milestone reported on.
    #[serde(default)]
    #[schemars(title = "Tiến độ các mốc", length(min = 1, max = 200))]
    pub milestones: Vec<MilestoneProgress>,
    /// **Đánh giá chung** — a note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Đánh giá chung", length(max = 4000))]
    pub note: Option<String>,
}

/// **Tổng hợp tiến độ** — counts of the milestones by status in the latest report, and those
/// it leaves out.
///
/// # Example
/// ```
/// use qcdc::dan_van_kheo::ProgressReport;
/// use qcdc::dan_van_kheo::examples::ward_2026;
///
/// let mut model = ward_2026();
/// assert_eq!(model.progress_summary(), None); // no report yet
/// model.progress.push(serde_json::from_str::<ProgressReport>(
///     r#"{"period": "2026-Q4", "milestones": [{"milestone": "Quy ước được thông qua", "reached": 85, "status": "done"}]}"#,
/// )?);
/// let summary = model.progress_summary().unwrap();
/// assert_eq!((summary.done, summary.not_reported), (1, 1)); // "Ngõ đạt chuẩn" is not in it
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ProgressSummary {
    /// Milestones on track.
    pub on_track: usize,
    /// Milestones at risk.
    pub at_risk: usize,
    /// Milestones late.
    pub late: usize,
    /// Milestones done.
    pub done: usize,
    /// Milestones the report does not mention.
    pub not_reported: usize,
}

impl ProgressSummary {
    /// Whether every milestone of the registration is done.
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::ProgressReport;
    /// use qcdc::dan_van_kheo::examples::ward_2026;
    ///
    /// let mut model = ward_2026();
    /// model.progress.push(serde_json::from_str::<ProgressReport>(
    ///     r#"{"period": "2026-Q4", "milestones": [{"milestone": "Quy ước được thông qua", "reached": 85, "status": "done"}]}"#,
    /// )?);
    /// assert!(!model.progress_summary().unwrap().all_done()); // one milestone not reported
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn all_done(&self) -> bool {
        self.done > 0
            && self.on_track == 0
            && self.at_risk == 0
            && self.late == 0
            && self.not_reported == 0
    }
}

impl ModelRegistration {
    /// **Báo cáo tiến độ mới nhất** — the report whose period ends last (the longer period
    /// when two end together).
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::ProgressReport;
    /// use qcdc::dan_van_kheo::examples::ward_2026;
    ///
    /// let mut model = ward_2026();
    /// assert!(model.latest_progress().is_none());
    /// for period in ["2027-Q1", "2026-Q4"] {
    ///     model.progress.push(serde_json::from_str::<ProgressReport>(&format!(r#"{{"period": "{period}", "milestones": []}}"#))?);
    /// }
    /// assert_eq!(model.latest_progress().unwrap().period.to_string(), "Quý I/2027");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn latest_progress(&self) -> Option<&ProgressReport> {
        self.progress
            .iter()
            .max_by_key(|r| (r.period.last_day(), std::cmp::Reverse(r.period.first_day())))
    }

    /// **Tổng hợp tiến độ** — the milestones by status in the latest report; `None` before any
    /// report.
    ///
    /// # Example
    /// ```
    /// let r = qcdc::dan_van_kheo::examples::long_bien_2021();
    /// let summary = r.progress_summary().unwrap();
    /// assert!(summary.all_done());
    /// ```
    pub fn progress_summary(&self) -> Option<ProgressSummary> {
        let report = self.latest_progress()?;
        let mut summary = ProgressSummary::default();
        // The first entry of each folded name, built once: one lookup per milestone.
        let mut statuses = std::collections::HashMap::with_capacity(report.milestones.len());
        for entry in &report.milestones {
            statuses
                .entry(crate::text::fold(&entry.milestone))
                .or_insert(entry.status);
        }
        for milestone in &self.milestones {
            let status = statuses.get(&crate::text::fold(&milestone.name)).copied();
            let slot = match status {
                Some(MilestoneStatus::OnTrack) => &mut summary.on_track,
                Some(MilestoneStatus::AtRisk) => &mut summary.at_risk,
                Some(MilestoneStatus::Late) => &mut summary.late,
                Some(MilestoneStatus::Done) => &mut summary.done,
                None => &mut summary.not_reported,
            };
            *slot = slot.saturating_add(1);
        }
        Some(summary)
    }

    /// **Giai đoạn nên chuyển tới** — the step the progress reports point to: a model
    /// being implemented whose milestones are all done is ready for review
    /// ([`Stage::Reviewed`]); otherwise `None`.
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::{examples, Stage};
    ///
    /// let mut r = examples::long_bien_2021();
    /// r.history.truncate(1); // back to "implementing"
    /// assert_eq!(r.suggested_step(), Some(Stage::Reviewed));
    /// ```
    pub fn suggested_step(&self) -> Option<Stage> {
        (self.stage() == Stage::Implementing && self.progress_summary()?.all_done())
            .then_some(Stage::Reviewed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_well_formed() {
        crate::vocabulary::assert_well_formed::<MilestoneStatus>();
    }

    #[test]
    fn summary_counts_unreported_milestones() {
        let mut r = super::super::examples::long_bien_2021();
        r.progress.truncate(1);
        let s = r.progress_summary().unwrap();
        assert_eq!(
            s.not_reported + s.done + s.on_track + s.late + s.at_risk,
            r.milestones.len()
        );
        assert!(!s.all_done());
    }
}
