//! **Báo cáo giao ban công tác dân vận** — the periodic briefing of a Khối Dân vận: the meeting
//! where a district's or a ward's mass-mobilisation bloc reviews a period and sets the tasks of
//! the next one.
//!
//! A [`BriefingReport`] carries what such a meeting records (the seed article, a news item of
//! 08/04/2021, reports the meeting of 07/04/2021 of the Khối Dân vận of quận Long Biên, Hà Nội,
//! which the example `giao_ban_2021_q1` rebuilds field by field):
//! - the bloc ([`Organisation`] of kind [`OrgKind::KhoiDanVan`], district or ward) and the
//!   period reviewed and the period planned ([`ReportingPeriod`]);
//! - the [`Meeting`]: date, session, place, chair and [`Attendee`]s (named, or known by office
//!   only, as articles often write them);
//! - the unit's [`AnnualTheme`] ("Năm Dân vận khéo, trọng tâm công tác giải phóng mặt bằng");
//! - the situation by area ([`AreaResult`]) and the results by body ([`BodyResult`]: the Ban Dân
//!   vận, the MTTQ and each đoàn thể, the Khối of each phường);
//! - the [`QcdcSection`]: the regimes implemented, the unit's own regulations supervised
//!   ([`LocalRegulations`]), the campaigns and movements run ([`crate::campaign::Campaign`]);
//! - the [`Election`]s in preparation, the [`Opinions`] given, the conclusion;
//! - the numbered [`Task`]s of the next period, each with its lead and cooperating bodies and
//!   its [`TaskDeadline`].
//!
//! # Validation
//! [`BriefingReport::validate_with`] checks, beyond each field's own limits:
//! - the convening body ([`BriefingReport::bloc`]) is of a kind of
//!   [`BriefingRules::convener_kinds`] (`wrong_body_kind`): a Khối Dân vận, or since 2025 the
//!   Ban Tuyên giáo và Dân vận of a Tỉnh ủy, the Đảng ủy of a commune or the Ban Thường trực of
//!   its Ủy ban MTTQ — and it exists on the meeting day (no Ban Tuyên giáo và Dân vận in a
//!   phường, [`OrgKind::absence_on`](crate::org::OrgKind::absence_on));
//! - the meeting is held after the last day of the period reviewed (`date_outside`, an error)
//!   and within [`BriefingRules::max_meeting_lag_days`] of it (`date_outside`, a *warning*: a
//!   late briefing is still a briefing), and not after the "as of" date (`date_in_future`);
//! - the period planned is the one right after the period reviewed (`period_not_next`);
//! - the chair holds a position in the Party committee (or one of its commissions), the Khối
//!   Dân vận or the Front of the bloc's unit (`chair_not_eligible`; the kinds are
//!   [`BriefingRules::chair_kinds`]);
//! - no attendee is listed twice or repeats the chair (`duplicate`);
//! - the tasks are numbered 1, 2, 3… in order, without gaps (`number_out_of_sequence`);
//! - every body named — attendees' and chair's positions, results, tasks' lead and cooperating
//!   bodies — exists on the meeting day (a campaign's launching body: on its start day), so
//!   that no district body appears in a briefing held from 01/07/2025 (`body_not_existing`,
//!   citing Nghị quyết 203/2025/QH15);
//! - the theme's year is the year of the period reviewed (`year_mismatch`);
//! - counts cannot be negative (they are unsigned; a negative number in JSON is reported by
//!   [`check_json`](crate::validate::check_json) as `invalid_value`), opinions listed do not
//!   outnumber the opinions counted and regulations supervised do not outnumber those issued.
//!
//! None of these rules comes from a legal text: the briefing is a Party working practice, so the
//! findings carry no citation except the 2025 reform behind `body_not_existing`. The settings
//! that are conventions (the lag, the chair's bodies) live in [`BriefingRules`] with documented
//! defaults.
//!
//! [`reference::giao_ban_2021_q1`] returns the seed meeting ready to use.
//!
//! The regimes of the QCDC section are text for now ([`QcdcSection::regimes`]); they become the
//! crate's typed regime list once it lands.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use qcdc::org::{parse_positions, OrgKind, Organisation, Person};
//! use qcdc::org::reference::quan_long_bien;
//! use qcdc::period::ReportingPeriod;
//! use qcdc::report::{BriefingReport, Meeting, Task, TaskDeadline};
//! use qcdc::validate::{Code, Validate, ValidationContext};
//!
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let long_bien = quan_long_bien();
//! let chair = Person::new("Ngô Mạnh Điềm")
//!     .with_positions(parse_positions("Phó bí thư Thường trực Quận ủy", &long_bien)?);
//! let q1 = ReportingPeriod::quarter(2021, 1)?;
//! let q2 = ReportingPeriod::quarter(2021, 2)?;
//! let mut report = BriefingReport::new(
//!     Organisation::new(OrgKind::KhoiDanVan, long_bien.clone()),
//!     q1,
//!     q2,
//!     Meeting::new(d(2021, 4, 7), chair),
//! );
//! report.tasks.push(
//!     Task::new(1, "Tăng cường công tác phối hợp, trao đổi thông tin.", [report.bloc.clone()])
//!         .due(TaskDeadline::Period(q2)),
//! );
//! let ctx = ValidationContext::new(d(2021, 4, 8));
//! assert!(report.validate(&ctx).is_valid());
//!
//! // Planning quarter III straight after quarter I is an error.
//! report.period_planned = ReportingPeriod::quarter(2021, 3)?;
//! let found = report.validate(&ctx);
//! assert_eq!(found.error_codes(), [Code::PeriodNotNext]);
//! assert_eq!(
//!     found.errors()[0].message_vi(),
//!     "Kỳ kế hoạch phải là kỳ liền sau kỳ đánh giá: Quý II/2021, không phải Quý III/2021."
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod election;
mod meeting;
mod qcdc;
pub mod reference;
mod results;
mod task;

use chrono::{Days, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use election::{ElectedBody, Election, FIRST_ELECTION_YEAR, LAST_TERM_YEAR, MAX_LEGISLATURE};
pub use meeting::{Attendee, DaySession, MAX_PLACE, Meeting};
pub use qcdc::{LocalRegulations, QcdcSection};
pub use results::{
    AnnualTheme, AreaResult, BodyResult, MAX_ITEM, MAX_PARAGRAPH, MAX_THEME, WorkArea,
};
pub use task::{Opinions, Task, TaskDeadline};

use crate::legal::{TWO_LEVEL_GOVERNMENT_FROM, Versioned};
use crate::org::{AdminUnit, OrgKind, OrgSettings, Organisation};
use crate::period::ReportingPeriod;
use crate::text::identity_key;
use crate::validate::{Code, Pointer, Validate, ValidationContext, ValidationReport, Violation};
use crate::vocabulary::Vocabulary;

/// The longest title of a report, in characters.
pub const MAX_TITLE: usize = 300;

/// The default of [`BriefingRules::max_meeting_lag_days`]: a briefing reviews a period within a
/// month of its end (the seed's quarter I ended on 31/03/2021 and was reviewed on 07/04/2021).
/// This is a working convention, not a legal deadline: set your own in [`BriefingRules`].
pub const DEFAULT_MAX_MEETING_LAG_DAYS: u32 = 31;

/// **Quy ước kiểm tra báo cáo giao ban** — the settings of the checks that are working
/// conventions rather than law, with documented defaults.
///
/// # Example
/// ```
/// use qcdc::report::{BriefingRules, DEFAULT_MAX_MEETING_LAG_DAYS};
///
/// let rules = BriefingRules::default();
/// assert_eq!(rules.max_meeting_lag_days, DEFAULT_MAX_MEETING_LAG_DAYS);
/// let strict = BriefingRules { max_meeting_lag_days: 10, ..BriefingRules::default() };
/// assert_eq!(strict.max_meeting_lag_days, 10);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefingRules {
    /// **Thời gian tối đa từ cuối kỳ đến ngày họp** — how many days after the last day of the
    /// period reviewed the meeting may be held before it is flagged (a warning). Default
    /// [`DEFAULT_MAX_MEETING_LAG_DAYS`].
    pub max_meeting_lag_days: u32,
    /// **Cơ quan của người chủ trì** — the kinds of body in which the chair must hold a
    /// position, in the bloc's own unit. Default: the Party committee, its standing committee,
    /// its Ban Dân vận (or Ban Tuyên giáo và Dân vận), the Khối Dân vận itself, and the Ủy ban
    /// MTTQ and its standing board — the seed's chair is the Phó Bí thư Thường trực of the Quận
    /// ủy, a ward's bloc was headed by the Phó Bí thư thường trực of its Đảng ủy, and since 2025 a
    /// ward's Front coordinates its dân vận work (Công văn 249/MTTQ-BTT, phường Thanh Khê, Đà
    /// Nẵng, 2026).
    pub chair_kinds: Vec<OrgKind>,
    /// **Cơ quan triệu tập giao ban** — the kinds of body that may convene a briefing (the
    /// report's [`bloc`](BriefingReport::bloc)), by meeting date. Default: a Khối Dân vận
    /// until 30/06/2025 (as in the seed article of 2021); from 01/07/2025
    /// [`DEFAULT_CONVENER_KINDS`] — a Khối Dân vận, the Ban Tuyên giáo và Dân vận of a Tỉnh ủy
    /// (or a đặc khu's Đảng ủy), the Đảng ủy of a commune, or the Ban Thường trực of its Ủy ban
    /// MTTQ. Who convenes after 01/07/2025 is not confirmed by any source found (as of 11/2026;
    /// the Khối Dân vận's own fate is unknown), hence a setting;
    /// whether the body itself existed on the meeting day is checked separately (no Ban Tuyên
    /// giáo và Dân vận in a phường).
    pub convener_kinds: Versioned<Vec<OrgKind>>,
}

/// The default of [`BriefingRules::convener_kinds`] from 01/07/2025: the bodies that may
/// convene a dân vận briefing — a Khối Dân vận (if it remains), the Ban Tuyên giáo và Dân vận
/// of a Tỉnh ủy (Quy định 329-QĐ/TW), the Đảng ủy of a commune (Quy định 298-QĐ/TW) or the Ban
/// Thường trực of its Ủy ban MTTQ (Công văn 249/MTTQ-BTT).
pub const DEFAULT_CONVENER_KINDS: [OrgKind; 4] = [
    OrgKind::KhoiDanVan,
    OrgKind::BanTuyenGiaoDanVan,
    OrgKind::PartyCommittee,
    OrgKind::MttqStandingBoard,
];

impl Default for BriefingRules {
    fn default() -> Self {
        BriefingRules {
            max_meeting_lag_days: DEFAULT_MAX_MEETING_LAG_DAYS,
            chair_kinds: vec![
                OrgKind::PartyCommittee,
                OrgKind::StandingCommittee,
                OrgKind::BanDanVan,
                OrgKind::BanTuyenGiaoDanVan,
                OrgKind::KhoiDanVan,
                OrgKind::Mttq,
                OrgKind::MttqStandingBoard,
            ],
            convener_kinds: Versioned::new(NaiveDate::MIN, vec![OrgKind::KhoiDanVan])
                .then(TWO_LEVEL_GOVERNMENT_FROM, DEFAULT_CONVENER_KINDS.to_vec()),
        }
    }
}

/// **Báo cáo giao ban Khối Dân vận** — the record of a periodic briefing of a Khối Dân vận: the
/// period reviewed and the results, the tasks of the period planned. See the
/// [module documentation](self) for the parts and the checks.
///
/// # Example
/// ```
/// use qcdc::report::BriefingReport;
/// use qcdc::report::reference::GIAO_BAN_2021_Q1_JSON;
///
/// let report: BriefingReport = qcdc::validate::from_json_slice(GIAO_BAN_2021_Q1_JSON.as_bytes())?;
/// assert_eq!(report.meeting.date.to_string(), "2021-04-07");
/// assert_eq!((report.period_planned.to_string().as_str(), report.tasks.len()), ("Quý II/2021", 7));
/// # Ok::<(), qcdc::ValidationReport>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Báo cáo giao ban Khối Dân vận")]
pub struct BriefingReport {
    /// **Tiêu đề** — the title of the report or of the meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Tiêu đề", length(max = 300))]
    pub title: Option<String>,
    /// **Cơ quan triệu tập** — the body holding the briefing: the Khối Dân vận of a district or
    /// ward until 2025; since 01/07/2025 also the Ban Tuyên giáo và Dân vận Tỉnh ủy, the Đảng
    /// ủy xã or the Ban Thường trực Ủy ban MTTQ xã ([`BriefingRules::convener_kinds`]). The
    /// wire name `bloc` is kept from the 2021 documents.
    #[schemars(title = "Cơ quan triệu tập giao ban")]
    pub bloc: Organisation,
    /// **Kỳ đánh giá** — the period reviewed.
    #[schemars(title = "Kỳ đánh giá kết quả")]
    pub period_reviewed: ReportingPeriod,
    /// **Kỳ kế hoạch** — the period the tasks are set for (the next one).
    #[schemars(title = "Kỳ triển khai nhiệm vụ")]
    pub period_planned: ReportingPeriod,
    /// **Hội nghị** — the meeting: date, place, chair, attendees.
    #[schemars(title = "Hội nghị")]
    pub meeting: Meeting,
    /// **Chủ đề năm** — the unit's theme for the year, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Chủ đề năm")]
    pub theme: Option<AnnualTheme>,
    /// **Tình hình theo lĩnh vực** — the situation during the period, area by area.
    #[serde(default)]
    #[schemars(title = "Tình hình theo lĩnh vực")]
    pub situation: Vec<AreaResult>,
    /// **Kết quả theo đơn vị** — what each body (or group of bodies) did.
    #[serde(default)]
    #[schemars(title = "Kết quả theo đơn vị")]
    pub results: Vec<BodyResult>,
    /// **Thực hiện QCDC** — the grassroots democracy section.
    #[serde(default)]
    #[schemars(title = "Thực hiện quy chế dân chủ ở cơ sở")]
    pub qcdc: QcdcSection,
    /// **Bầu cử** — the elections being prepared or held.
    #[serde(default)]
    #[schemars(title = "Công tác bầu cử")]
    pub elections: Vec<Election>,
    /// **Ý kiến tham gia** — the opinions given at the meeting.
    #[serde(default)]
    #[schemars(title = "Ý kiến tham gia tại hội nghị")]
    pub opinions: Opinions,
    /// **Kết luận** — the chair's conclusion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Kết luận hội nghị", length(max = 4000))]
    pub conclusion: Option<String>,
    /// **Nhiệm vụ kỳ tới** — the numbered tasks of the period planned.
    #[serde(default)]
    #[schemars(title = "Nhiệm vụ trọng tâm kỳ tới")]
    pub tasks: Vec<Task>,
}

impl BriefingReport {
    /// A briefing of `bloc` reviewing `period_reviewed` and planning `period_planned` at
    /// `meeting`, every other part empty.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgKind, Organisation, Person};
    /// use qcdc::period::ReportingPeriod;
    /// use qcdc::report::{BriefingReport, Meeting};
    ///
    /// let report = BriefingReport::new(
    ///     Organisation::new(OrgKind::KhoiDanVan, quan_long_bien()),
    ///     ReportingPeriod::quarter(2021, 1)?,
    ///     ReportingPeriod::quarter(2021, 2)?,
    ///     Meeting::new(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap(), Person::new("Ngô Mạnh Điềm")),
    /// );
    /// assert_eq!(report.period_reviewed.to_string(), "Quý I/2021");
    /// assert!(report.tasks.is_empty() && report.conclusion.is_none());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn new(
        bloc: Organisation,
        period_reviewed: ReportingPeriod,
        period_planned: ReportingPeriod,
        meeting: Meeting,
    ) -> Self {
        BriefingReport {
            title: None,
            bloc,
            period_reviewed,
            period_planned,
            meeting,
            theme: None,
            situation: Vec::new(),
            results: Vec::new(),
            qcdc: QcdcSection::default(),
            elections: Vec::new(),
            opinions: Opinions::default(),
            conclusion: None,
            tasks: Vec::new(),
        }
    }

    /// Validates the report with `rules` instead of the defaults ([`Validate::validate`] uses
    /// [`BriefingRules::default`]).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{parse_positions, OrgKind, Organisation, Person};
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::period::ReportingPeriod;
    /// use qcdc::report::{BriefingReport, BriefingRules, Meeting};
    /// use qcdc::validate::{Code, ValidationContext};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let chair = Person::new("Ngô Mạnh Điềm")
    ///     .with_positions(parse_positions("Phó bí thư Thường trực Quận ủy", &quan_long_bien())?);
    /// let report = BriefingReport::new(
    ///     Organisation::new(OrgKind::KhoiDanVan, quan_long_bien()),
    ///     ReportingPeriod::quarter(2021, 1)?,
    ///     ReportingPeriod::quarter(2021, 2)?,
    ///     Meeting::new(d(2021, 4, 7), chair),
    /// );
    /// let ctx = ValidationContext::new(d(2021, 12, 31));
    /// let within_a_week = BriefingRules { max_meeting_lag_days: 5, ..BriefingRules::default() };
    /// let found = report.validate_with(&ctx, &within_a_week);
    /// assert!(found.is_valid()); // a late briefing is a warning, not an error
    /// assert_eq!(found.warnings()[0].code, Code::DateOutside);
    /// assert_eq!(found.warnings()[0].message_vi(), "Ngày 07/04/2021 nằm ngoài khoảng 01/04/2021 – 05/04/2021.");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate_with(
        &self,
        ctx: &ValidationContext,
        rules: &BriefingRules,
    ) -> ValidationReport {
        let mut report = ValidationReport::new();
        self.check_with(ctx, rules, &Pointer::root(), &mut report);
        report
    }

    /// Appends the problems of the report, located below `path`, to `report`, checked with
    /// `rules` (see the [module documentation](self) for the list).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::report::BriefingRules;
    /// use qcdc::report::reference::giao_ban_2021_q1;
    /// use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport};
    ///
    /// // Checked the day before the meeting: its date is still in the future.
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 4, 6).unwrap());
    /// let mut report = ValidationReport::new();
    /// giao_ban_2021_q1().check_with(&ctx, &BriefingRules::default(), &Pointer::root().key("briefings").index(0), &mut report);
    /// assert!(report.error_codes().contains(&Code::DateInFuture));
    /// assert!(report.errors().iter().all(|v| v.path.starts_with("/briefings/0/")));
    /// ```
    pub fn check_with(
        &self,
        ctx: &ValidationContext,
        rules: &BriefingRules,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        let date = self.meeting.date;
        let settings = ctx.org_settings();
        if let Some(title) = &self.title {
            report.check_text(&path.key("title"), title, MAX_TITLE);
        }
        self.check_bloc(rules, settings, path, report);
        self.check_periods(rules, path, report);
        let meeting = path.key("meeting");
        report.check_not_future(&meeting.key("date"), date, ctx);
        self.meeting.check(settings, &meeting, report);
        self.check_chair(rules, &meeting.key("chair"), report);
        if let Some(theme) = &self.theme {
            self.check_theme(theme, &path.key("theme"), report);
        }
        for (i, area) in self.situation.iter().enumerate() {
            area.check(&path.key("situation").index(i), report);
        }
        for (i, result) in self.results.iter().enumerate() {
            result.check(date, settings, &path.key("results").index(i), report);
        }
        self.qcdc.check(&path.key("qcdc"), report);
        for (i, election) in self.elections.iter().enumerate() {
            election.check(&path.key("elections").index(i), report);
        }
        self.opinions.check(&path.key("opinions"), report);
        if let Some(conclusion) = &self.conclusion {
            report.check_text(&path.key("conclusion"), conclusion, MAX_PARAGRAPH);
        }
        self.check_tasks(settings, &path.key("tasks"), report);
    }

    fn check_bloc(
        &self,
        rules: &BriefingRules,
        settings: &OrgSettings,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        let bloc = path.key("bloc");
        let conveners = rules
            .convener_kinds
            .at(self.meeting.date)
            .map_or(&[][..], Vec::as_slice);
        if !conveners.contains(&self.bloc.kind) {
            report.error(
                Violation::new(&bloc.key("kind"), Code::WrongBodyKind)
                    .param("expected", crate::org::alternatives(conveners))
                    .param("actual", self.bloc.kind.name_vi()),
            );
        }
        self.bloc
            .check_with(Some(self.meeting.date), settings, &bloc, report);
    }

    /// The meeting follows the period reviewed within the lag, and the period planned is next.
    fn check_periods(&self, rules: &BriefingRules, path: &Pointer, report: &mut ValidationReport) {
        let reviewed_end = self.period_reviewed.last_day();
        let date = self.meeting.date;
        let date_path = path.key("meeting").key("date");
        if let Some(first) = reviewed_end.checked_add_days(Days::new(1)) {
            let last = reviewed_end
                .checked_add_days(Days::new(u64::from(rules.max_meeting_lag_days)))
                .unwrap_or(NaiveDate::MAX);
            let finding = || {
                Violation::new(&date_path, Code::DateOutside)
                    .date_param("date", date)
                    .date_param("start", first)
                    .date_param("end", last)
            };
            if date < first {
                report.error(finding());
            } else if date > last {
                report.warn(finding());
            }
        }
        let expected = self.period_reviewed.next();
        if expected != Some(self.period_planned) {
            report.error(
                Violation::new(&path.key("period_planned"), Code::PeriodNotNext)
                    .param(
                        "expected",
                        expected.map_or_else(|| "—".to_owned(), |p| p.to_string()),
                    )
                    .param("actual", self.period_planned.to_string()),
            );
        }
    }

    fn check_chair(&self, rules: &BriefingRules, path: &Pointer, report: &mut ValidationReport) {
        let unit = &self.bloc.unit;
        let eligible = self.meeting.chair.positions.iter().any(|p| {
            rules.chair_kinds.contains(&p.organisation.kind)
                && same_unit(&p.organisation.unit, unit)
        });
        if !eligible {
            report.error(
                Violation::new(&path.key("positions"), Code::ChairNotEligible)
                    .param("unit", unit.in_name()),
            );
        }
    }

    fn check_theme(&self, theme: &AnnualTheme, path: &Pointer, report: &mut ValidationReport) {
        let year = self.period_reviewed.year();
        if theme.year != year {
            report.error(
                Violation::new(&path.key("year"), Code::YearMismatch)
                    .param("expected", year)
                    .param("actual", theme.year),
            );
        }
        report.check_text(&path.key("text"), &theme.text, MAX_THEME);
    }

    fn check_tasks(&self, settings: &OrgSettings, path: &Pointer, report: &mut ValidationReport) {
        for (i, task) in self.tasks.iter().enumerate() {
            let at = path.index(i);
            let expected = u32::try_from(i).ok().and_then(|i| i.checked_add(1));
            if expected != Some(task.number) {
                report.error(
                    Violation::new(&at.key("number"), Code::NumberOutOfSequence)
                        .param("expected", expected.map_or(u64::MAX, u64::from))
                        .param("actual", task.number),
                );
            }
            task.check(self.meeting.date, settings, &at, report);
        }
    }
}

/// Whether two units are the same unit (kind and name, ignoring case, spacing and dates; tone
/// marks count: "Tân Mỹ" and "Tân My" are two communes).
fn same_unit(a: &AdminUnit, b: &AdminUnit) -> bool {
    a.kind == b.kind && identity_key(&a.name) == identity_key(&b.name)
}

impl Validate for BriefingReport {
    /// Checks the report with the default [`BriefingRules`].
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check_with(ctx, &BriefingRules::default(), path, report);
    }
}
