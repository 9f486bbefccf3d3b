//! The opinions given at the meeting and the numbered tasks of the next period.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::results::{MAX_ITEM, MAX_PARAGRAPH, check_bodies, check_items};
use crate::org::{OrgSettings, Organisation};
use crate::period::ReportingPeriod;
use crate::validate::{Code, Pointer, ValidationReport, Violation};

impl<'de> Deserialize<'de> for TaskDeadline {
    /// A plain string, as the untagged form reads it, but with dates only as `YYYY-MM-DD`.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = TaskDeadline;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(TaskDeadline::EXPECTING)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<TaskDeadline, E> {
                TaskDeadline::parse_wire(v).map_err(E::custom)
            }
        }
        d.deserialize_str(Visitor)
    }
}

/// **Ý kiến tham gia** — the opinions given at the meeting: how many, an overview, and each
/// opinion's gist when the minutes record it.
///
/// # Example
/// ```
/// use qcdc::report::Opinions;
///
/// let opinions = Opinions::counted(8);
/// assert_eq!(opinions.count, 8);
/// assert!(opinions.items.is_empty()); // the article gives no opinion's content
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Ý kiến tham gia")]
pub struct Opinions {
    /// **Số ý kiến** — how many opinions were given.
    #[schemars(title = "Số ý kiến tham gia")]
    pub count: u32,
    /// **Tóm tắt chung** — what the opinions had in common, as the report writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Tóm tắt các ý kiến", length(max = 4000))]
    pub overview: Option<String>,
    /// **Nội dung từng ý kiến** — the gist of each opinion, when recorded (at most
    /// [`count`](Self::count) of them).
    #[serde(default)]
    #[schemars(title = "Nội dung từng ý kiến")]
    pub items: Vec<String>,
}

impl Opinions {
    /// `count` opinions, their content not recorded.
    ///
    /// # Example
    /// ```
    /// use qcdc::report::Opinions;
    ///
    /// let opinions = Opinions::counted(8); // the seed: 8 opinions, their content not reported
    /// assert_eq!(opinions.count, 8);
    /// assert!(opinions.items.is_empty() && opinions.overview.is_none());
    /// ```
    pub fn counted(count: u32) -> Self {
        Opinions {
            count,
            overview: None,
            items: Vec::new(),
        }
    }

    pub(crate) fn check(&self, path: &Pointer, report: &mut ValidationReport) {
        if let Some(overview) = &self.overview {
            report.check_text(&path.key("overview"), overview, MAX_PARAGRAPH);
        }
        let listed = self.items.len();
        if u32::try_from(listed).map_or(true, |n| n > self.count) {
            report.error(
                Violation::new(&path.key("items"), Code::TooMany)
                    .param("max", self.count)
                    .param("actual", listed),
            );
        }
        check_items(&self.items, &path.key("items"), report);
    }
}

/// **Thời hạn** — when a task is due: a day, or by the end of a period ("trong quý II/2021").
///
/// On the wire a plain string: a date (`"2021-06-30"`) or a period code (`"2021-Q2"`).
///
/// # Example
/// ```
/// use qcdc::period::ReportingPeriod;
/// use qcdc::report::TaskDeadline;
///
/// let in_q2: TaskDeadline = serde_json::from_str(r#""2021-Q2""#)?;
/// assert_eq!(in_q2, TaskDeadline::Period(ReportingPeriod::quarter(2021, 2).unwrap()));
/// let by_day: TaskDeadline = serde_json::from_str(r#""2021-05-23""#)?;
/// assert_eq!(by_day.last_day().to_string(), "2021-05-23");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
#[schemars(title = "Thời hạn")]
#[non_exhaustive]
pub enum TaskDeadline {
    /// **Ngày** — by this day.
    #[schemars(title = "Hạn theo ngày")]
    Date(NaiveDate),
    /// **Kỳ** — within this period (by its last day).
    #[schemars(title = "Hạn theo kỳ")]
    Period(ReportingPeriod),
}

impl TaskDeadline {
    /// How the deserializer describes what it reads (the decoder checks such texts ahead).
    pub(crate) const EXPECTING: &'static str = "a date YYYY-MM-DD or a reporting period code";

    /// Reads a deadline: a document date (`YYYY-MM-DD`, see [`crate::validate::date`]) or a
    /// period code.
    pub(crate) fn parse_wire(s: &str) -> Result<Self, String> {
        if let Ok(day) = crate::validate::date::parse_iso(s) {
            return Ok(TaskDeadline::Date(day));
        }
        s.parse::<ReportingPeriod>()
            .map(TaskDeadline::Period)
            .map_err(|_| format!("{s:?} is neither a date YYYY-MM-DD nor a reporting period code"))
    }

    /// The last day the task may be done.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    /// use qcdc::report::TaskDeadline;
    ///
    /// let q2 = TaskDeadline::Period(ReportingPeriod::quarter(2021, 2)?);
    /// assert_eq!(q2.last_day().to_string(), "2021-06-30");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn last_day(self) -> NaiveDate {
        match self {
            TaskDeadline::Date(date) => date,
            TaskDeadline::Period(period) => period.last_day(),
        }
    }
}

/// **Nhiệm vụ** — one numbered task set for the next period: its text, the bodies that lead it
/// (chủ trì), those that cooperate (phối hợp) and its deadline.
///
/// # Example
/// ```
/// use qcdc::org::{OrgKind, Organisation};
/// use qcdc::org::reference::quan_long_bien;
/// use qcdc::report::Task;
///
/// let bdv = Organisation::new(OrgKind::BanDanVan, quan_long_bien());
/// let task = Task::new(5, "Tham mưu xây dựng Kế hoạch sơ kết chủ đề năm 2021.", [bdv]);
/// assert_eq!(task.lead_bodies[0].name_vi(), "Ban Dân vận Quận ủy Long Biên");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Nhiệm vụ")]
pub struct Task {
    /// **Số thứ tự** — 1, 2, 3… in the order of the report.
    #[schemars(title = "Số thứ tự", range(min = 1))]
    pub number: u32,
    /// **Nội dung** — the task as the report words it.
    #[schemars(title = "Nội dung nhiệm vụ", length(min = 1, max = 1000))]
    pub text: String,
    /// **Cơ quan chủ trì** — the bodies that lead it (at least one).
    #[schemars(title = "Cơ quan chủ trì", length(min = 1))]
    pub lead_bodies: Vec<Organisation>,
    /// **Cơ quan phối hợp** — the bodies that cooperate.
    #[serde(default)]
    #[schemars(title = "Cơ quan phối hợp")]
    pub cooperating_bodies: Vec<Organisation>,
    /// **Thời hạn** — when it is due, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Thời hạn")]
    pub deadline: Option<TaskDeadline>,
}

impl Task {
    /// Task `number` worded `text`, led by `lead_bodies`, with no cooperating body or deadline.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgKind, Organisation};
    /// use qcdc::report::Task;
    ///
    /// let task = Task::new(2, "Tham mưu, triển khai thực hiện tốt công tác bầu cử.", [Organisation::new(OrgKind::Mttq, quan_long_bien())]);
    /// assert_eq!(task.number, 2);
    /// assert!(task.cooperating_bodies.is_empty() && task.deadline.is_none());
    /// ```
    pub fn new(
        number: u32,
        text: impl Into<String>,
        lead_bodies: impl IntoIterator<Item = Organisation>,
    ) -> Self {
        Task {
            number,
            text: text.into(),
            lead_bodies: lead_bodies.into_iter().collect(),
            cooperating_bodies: Vec::new(),
            deadline: None,
        }
    }

    /// The same task with `bodies` cooperating.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgKind, Organisation};
    /// use qcdc::report::Task;
    ///
    /// let unit = quan_long_bien();
    /// let task = Task::new(6, "Vận động nhân dân giữ gìn trật tự đô thị.", [Organisation::new(OrgKind::Mttq, unit.clone())])
    ///     .cooperating([Organisation::new(OrgKind::HoiLhpn, unit.clone()), Organisation::new(OrgKind::DoanTn, unit)]);
    /// assert_eq!(task.cooperating_bodies.len(), 2);
    /// ```
    pub fn cooperating(mut self, bodies: impl IntoIterator<Item = Organisation>) -> Self {
        self.cooperating_bodies.extend(bodies);
        self
    }

    /// The same task due by `deadline`.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgKind, Organisation};
    /// use qcdc::period::ReportingPeriod;
    /// use qcdc::report::{Task, TaskDeadline};
    ///
    /// let task = Task::new(5, "Tham mưu xây dựng Kế hoạch sơ kết chủ đề năm 2021.", [Organisation::new(OrgKind::BanDanVan, quan_long_bien())])
    ///     .due(TaskDeadline::Period(ReportingPeriod::quarter(2021, 2)?));
    /// assert_eq!(task.deadline.unwrap().last_day().to_string(), "2021-06-30");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn due(mut self, deadline: TaskDeadline) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// Records the problems of the task at `path` (its number is checked by the report, which
    /// knows its position): the text, no lead body, bodies listed twice or not existing on the
    /// meeting day, and a deadline before the meeting.
    pub(crate) fn check(
        &self,
        meeting_date: NaiveDate,
        settings: &OrgSettings,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        report.check_text(&path.key("text"), &self.text, MAX_ITEM);
        let leads = path.key("lead_bodies");
        let on = (meeting_date, settings);
        // The first position of each lead body, looked up once per cooperating body.
        let lead_at = check_bodies(&self.lead_bodies, 1, on, &leads, report);
        let cooperating = path.key("cooperating_bodies");
        check_bodies(&self.cooperating_bodies, 0, on, &cooperating, report);
        for (i, body) in self.cooperating_bodies.iter().enumerate() {
            if let Some(lead) = lead_at.get(&body) {
                report.error(
                    Violation::new(&cooperating.index(i), Code::Duplicate)
                        .param("value", body.name_vi())
                        .param("first", leads.index(lead).as_str()),
                );
            }
        }
        if let Some(deadline) = self.deadline {
            let due = deadline.last_day();
            if due < meeting_date {
                report.error(
                    Violation::new(&path.key("deadline"), Code::DateOrder)
                        .date_param("start", meeting_date)
                        .date_param("end", due),
                );
            }
        }
    }
}
