//! **Dân chủ ở nơi làm việc** — democracy in agencies, public service units and enterprises
//! (types 2–6): the yearly staff or workers' conference (Luật 10/2022 Điều 51 for agencies and
//! units, Điều 69 for state enterprises) and the yearly workplace dialogue of state enterprises
//! (Điều 73).
//!
//! Type 4 (agencies of the Party and the socio-political organisations) follows its own rules
//! (Điều 91 k2), and a non-state employer (type 6) follows Chương I and labour law unless it
//! opted into Mục 1 of Chương IV (Điều 82): for them the crate checks the records but applies
//! none of these rules.

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{EARLIEST_DATE, Outcome, RuleId, check_date, warn_not_modelled};
use crate::legal::{LAW_10_2022_FROM, LUAT_10_2022, LegalReference};
use crate::regime::GrassrootsType;
use crate::validate::{Code, Pointer, Validate, ValidationContext, ValidationReport, Violation};
use crate::vocabulary::Vocabulary;

/// Agencies and units with this many people or fewer may skip the conference (Điều 51 k2 đ;
/// Điều 69 gives state enterprises no such option).
pub const SMALL_UNIT_MAX_STAFF: u32 = 7;
/// From this many people the conference may be one of delegates (Điều 51 k2 b, Điều 69 k2 b;
/// below it too when the staff work dispersed or cannot leave their posts).
pub const DELEGATES_MIN_STAFF: u32 = 100;
/// The conference is held no later than this many months after the end of the working year
/// (năm công tác, Điều 51 k1) or financial year (năm tài chính, Điều 69 k1).
pub const CONFERENCE_MONTHS_AFTER_YEAR: u32 = 3;

/// The most conferences one record holds.
pub const MAX_CONFERENCES: usize = 50;
/// The most dialogues one record holds.
pub const MAX_DIALOGUES: usize = 50;
/// The most resolutions one conference holds.
pub const MAX_RESOLUTIONS: usize = 100;

fn check_max_items(path: &Pointer, len: usize, max: usize, report: &mut ValidationReport) {
    if len > max {
        report.error(
            Violation::new(path, Code::TooMany)
                .param("max", max)
                .param("actual", len),
        );
    }
}

/// **Nghị quyết hội nghị** — one resolution voted at a conference.
///
/// # Example
/// ```
/// use qcdc::rules::{Outcome, Resolution};
///
/// let r: Resolution = serde_json::from_str(r#"{"title": "Quy chế chi tiêu nội bộ năm 2025", "votes_for": 41, "result": "adopted"}"#)?;
/// assert_eq!((r.votes_for, r.result), (41, Some(Outcome::Adopted)));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Nghị quyết hội nghị")]
pub struct Resolution {
    /// **Nội dung** — what was voted.
    #[schemars(title = "Nội dung biểu quyết", length(min = 1, max = 500))]
    pub title: String,
    /// **Số người tán thành**.
    #[schemars(title = "Số người tán thành")]
    pub votes_for: u32,
    /// **Kết quả ghi trong biên bản** — the result recorded, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Kết quả ghi trong biên bản")]
    pub result: Option<Outcome>,
}

/// **Hội nghị cán bộ, công chức, viên chức, người lao động** — one conference of the staff (or
/// of their delegates).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::regime::GrassrootsType;
/// use qcdc::rules::{Conference, WorkplaceDemocracy};
/// use qcdc::validate::{Code, Validate, ValidationContext};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let conference = Conference { date: d(2025, 1, 15), extraordinary: false, delegates: None, present: 30, resolutions: vec![] };
/// let school = WorkplaceDemocracy {
///     regime: GrassrootsType::PublicServiceUnit, organisation: "Trường THCS Ngọc Lâm".into(),
///     year: 2024, staff: 60, opted_into_section_1: false, working_year_end: None,
///     dispersed: false, conferences: vec![conference], dialogues: vec![],
/// };
/// // 30 of 60 present: short of the two thirds of Điều 51 k2 c (a breach, the record stays valid).
/// let report = school.validate(&ValidationContext::new(d(2026, 1, 1)));
/// assert!(report.is_valid());
/// assert!(report.breaches().iter().any(|v| v.path == "/conferences/0/present"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hội nghị cán bộ, công chức, viên chức, người lao động")]
pub struct Conference {
    /// **Ngày họp**.
    #[schemars(title = "Ngày tổ chức")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub date: NaiveDate,
    /// **Bất thường** — an extraordinary conference (Điều 50, 68), not the yearly one.
    #[serde(default)]
    #[schemars(title = "Hội nghị bất thường")]
    pub extraordinary: bool,
    /// **Số đại biểu được triệu tập** — when delegates attend instead of everyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Số đại biểu được triệu tập (hội nghị đại biểu)",
        range(min = 1)
    )]
    pub delegates: Option<u32>,
    /// **Số người tham dự**.
    #[schemars(title = "Số người tham dự")]
    pub present: u32,
    /// **Nghị quyết** — the resolutions voted.
    #[serde(default)]
    #[schemars(title = "Các nội dung biểu quyết", length(max = 100))]
    pub resolutions: Vec<Resolution>,
}

/// **Thực hiện dân chủ ở cơ quan, đơn vị, doanh nghiệp** — one workplace's record for a working
/// year: its regime, its staff, the conferences and dialogues held for the year.
///
/// The working year is the unit's own: the năm công tác of an agency or unit (a school's is its
/// school year), the năm tài chính of an enterprise; `working_year_end` gives its last day
/// (31/12 of `year` when not given) and `year` is the calendar year it ends in.
///
/// Checks (from the working years whose conference falls under Luật 10/2022), as breaches of
/// law — the record stays valid data about them:
/// - [`RuleId::WorkplaceConferenceYearly`] (Điều 51 k1, Điều 69 k1): a yearly conference in the
///   03 months after the working year ends (none once that window has passed, one held before
///   the year ended or after the window: breaches); only agencies and units of 07 or fewer may
///   skip it (Điều 51 k2 đ);
/// - [`RuleId::WorkplaceConferenceQuorum`]: at least two thirds of those summoned present;
/// - [`RuleId::WorkplaceConferenceDelegates`] (k2 b): delegates from 100 people, or fewer when
///   `dispersed`;
/// - [`RuleId::WorkplaceDialogueYearly`] (state enterprises, and non-state employers that opted
///   in): a dialogue dated in the year, once the year has ended.
///
/// Errors (the data cannot be right): more present than summoned, more votes than present, a
/// recorded result that contradicts "more than half of those present"
/// ([`RuleId::WorkplaceResolutionMajority`]), a dialogue dated outside its year, a working year
/// ending outside `year`.
///
/// Findings cite Điều 51 for types 2–3 and Điều 69 for enterprises.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::regime::GrassrootsType;
/// use qcdc::rules::{Conference, WorkplaceDemocracy};
/// use qcdc::validate::{Code, Validate, ValidationContext};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let mut school = WorkplaceDemocracy {
///     regime: GrassrootsType::PublicServiceUnit,
///     organisation: "Trường THCS Ngọc Lâm".into(),
///     year: 2024,
///     staff: 60,
///     opted_into_section_1: false,
///     // The school year 2023–2024 ends on 31/05/2024: the conference is due by 31/08/2024.
///     working_year_end: Some(d(2024, 5, 31)),
///     dispersed: false,
///     conferences: vec![Conference { date: d(2024, 8, 20), extraordinary: false, delegates: None, present: 45, resolutions: vec![] }],
///     dialogues: vec![],
/// };
/// let ctx = ValidationContext::new(d(2026, 11, 28));
/// assert!(school.validate(&ctx).is_clean());
/// school.conferences[0].present = 39; // two thirds of 60 is 40
/// let report = school.validate(&ctx);
/// assert!(report.is_valid());
/// assert_eq!(report.breach_codes(), [Code::QuorumNotMet]);
/// assert_eq!(report.breaches()[0].citation.as_ref().unwrap().to_string(), "Điều 51 Luật số 10/2022/QH15");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Thực hiện dân chủ ở cơ quan, đơn vị, doanh nghiệp")]
pub struct WorkplaceDemocracy {
    /// **Loại hình** — types 2 to 6.
    #[schemars(title = "Loại hình cơ sở")]
    pub regime: GrassrootsType,
    /// **Tên cơ quan, đơn vị, doanh nghiệp**.
    #[schemars(
        title = "Tên cơ quan, đơn vị, doanh nghiệp",
        length(min = 1, max = 200)
    )]
    pub organisation: String,
    /// **Năm** — the calendar year in which the working (or financial) year the record covers
    /// ends.
    #[schemars(
        title = "Năm kết thúc năm công tác, năm tài chính",
        range(min = 1945, max = 9999)
    )]
    pub year: i32,
    /// **Ngày kết thúc năm công tác, năm tài chính** — the last day of the unit's working year
    /// (a school's: the end of its school year) or of the enterprise's financial year; 31/12 of
    /// `year` when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày kết thúc năm công tác, năm tài chính")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub working_year_end: Option<NaiveDate>,
    /// **Làm việc phân tán, không thể rời vị trí** — the staff work dispersed or cannot leave
    /// their posts, so a delegates' conference is allowed below 100 people (Điều 51 k2 b, Điều
    /// 69 k2 b).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[schemars(title = "Người lao động làm việc phân tán hoặc không thể rời vị trí làm việc")]
    pub dispersed: bool,
    /// **Số cán bộ, người lao động**.
    #[schemars(
        title = "Số cán bộ, công chức, viên chức, người lao động",
        range(min = 1)
    )]
    pub staff: u32,
    /// **Áp dụng Mục 1 Chương IV** — a non-state employer that chose the state enterprises'
    /// rules (Điều 82) and told its Công đoàn and workers.
    #[serde(default)]
    #[schemars(title = "Tổ chức ngoài nhà nước lựa chọn áp dụng Mục 1 Chương IV")]
    pub opted_into_section_1: bool,
    /// **Hội nghị** — the conferences held for the year.
    #[serde(default)]
    #[schemars(title = "Hội nghị", length(max = 50))]
    pub conferences: Vec<Conference>,
    /// **Ngày đối thoại** — the workplace dialogues held in the year (Điều 73).
    #[serde(default)]
    #[schemars(title = "Ngày đối thoại tại nơi làm việc", length(max = 50))]
    #[serde(deserialize_with = "crate::validate::date::wire::list")]
    pub dialogues: Vec<NaiveDate>,
}

impl WorkplaceDemocracy {
    /// The article that sets the conference rules for this workplace: Điều 51 (agencies and
    /// units), Điều 69 (state enterprises and opted-in employers), none otherwise.
    ///
    /// # Example
    /// ```
    /// use qcdc::regime::GrassrootsType;
    /// use qcdc::rules::WorkplaceDemocracy;
    ///
    /// let mut unit = WorkplaceDemocracy {
    ///     regime: GrassrootsType::StateAgency, organisation: "UBND phường Việt Hưng".into(),
    ///     year: 2024, staff: 25, opted_into_section_1: false, working_year_end: None,
    ///     dispersed: false, conferences: vec![], dialogues: vec![],
    /// };
    /// assert_eq!(unit.conference_article().unwrap().to_string(), "Điều 51 Luật số 10/2022/QH15");
    /// unit.regime = GrassrootsType::StateEnterprise;
    /// assert_eq!(unit.conference_article().unwrap().to_string(), "Điều 69 Luật số 10/2022/QH15");
    /// ```
    pub fn conference_article(&self) -> Option<LegalReference> {
        match self.regime {
            GrassrootsType::StateAgency | GrassrootsType::PublicServiceUnit => {
                Some(LUAT_10_2022.article(51))
            }
            GrassrootsType::StateEnterprise => Some(LUAT_10_2022.article(69)),
            GrassrootsType::NonStateEmployer if self.opted_into_section_1 => {
                Some(LUAT_10_2022.article(69))
            }
            _ => None,
        }
    }

    /// Whether the yearly dialogue of Điều 73 applies.
    ///
    /// # Example
    /// ```
    /// use qcdc::regime::GrassrootsType;
    /// use qcdc::rules::WorkplaceDemocracy;
    ///
    /// let mut employer = WorkplaceDemocracy {
    ///     regime: GrassrootsType::NonStateEmployer, organisation: "Doanh nghiệp may ngoài nhà nước (ví dụ)".into(),
    ///     year: 2024, staff: 300, opted_into_section_1: false, working_year_end: None,
    ///     dispersed: false, conferences: vec![], dialogues: vec![],
    /// };
    /// assert!(!employer.dialogue_required());
    /// employer.opted_into_section_1 = true; // Điều 82: it chose Mục 1
    /// assert!(employer.dialogue_required());
    /// ```
    pub fn dialogue_required(&self) -> bool {
        self.regime == GrassrootsType::StateEnterprise
            || (self.regime == GrassrootsType::NonStateEmployer && self.opted_into_section_1)
    }

    /// The last day of the working year: `working_year_end`, or 31/12 of `year`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::regime::GrassrootsType;
    /// use qcdc::rules::WorkplaceDemocracy;
    ///
    /// let mut school = WorkplaceDemocracy {
    ///     regime: GrassrootsType::PublicServiceUnit, organisation: "Trường THCS Ngọc Lâm".into(),
    ///     year: 2024, staff: 60, opted_into_section_1: false, working_year_end: None,
    ///     dispersed: false, conferences: vec![], dialogues: vec![],
    /// };
    /// assert_eq!(school.year_end(), NaiveDate::from_ymd_opt(2024, 12, 31));
    /// school.working_year_end = NaiveDate::from_ymd_opt(2024, 5, 31); // the school year
    /// assert_eq!(school.year_end(), NaiveDate::from_ymd_opt(2024, 5, 31));
    /// ```
    pub fn year_end(&self) -> Option<NaiveDate> {
        self.working_year_end
            .or_else(|| NaiveDate::from_ymd_opt(self.year, 12, 31))
    }

    /// The window of the yearly conference: from the day after the working year ends to 03
    /// months after that end (Điều 51 k1, Điều 69 k1) — 01/01 to 31/03 for a calendar year.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::regime::GrassrootsType;
    /// use qcdc::rules::WorkplaceDemocracy;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut school = WorkplaceDemocracy {
    ///     regime: GrassrootsType::PublicServiceUnit, organisation: "Trường THCS Ngọc Lâm".into(),
    ///     year: 2024, staff: 60, opted_into_section_1: false, working_year_end: None,
    ///     dispersed: false, conferences: vec![], dialogues: vec![],
    /// };
    /// assert_eq!(school.conference_window(), Some((d(2025, 1, 1), d(2025, 3, 31))));
    /// school.working_year_end = Some(d(2024, 5, 31));
    /// assert_eq!(school.conference_window(), Some((d(2024, 6, 1), d(2024, 8, 31))));
    /// ```
    pub fn conference_window(&self) -> Option<(NaiveDate, NaiveDate)> {
        let end = self.year_end()?;
        let start = end.succ_opt()?;
        // Three months after the end, counted as a calendar span: the day before the same day
        // three months after the first day of the window.
        let last = start
            .checked_add_months(chrono::Months::new(CONFERENCE_MONTHS_AFTER_YEAR))?
            .pred_opt()?;
        Some((start, last))
    }

    /// Whether the unit may skip the yearly conference: only an agency or public service unit
    /// of 07 people or fewer (Điều 51 k2 đ).
    ///
    /// # Example
    /// ```
    /// use qcdc::regime::GrassrootsType;
    /// use qcdc::rules::WorkplaceDemocracy;
    ///
    /// let mut office = WorkplaceDemocracy {
    ///     regime: GrassrootsType::StateAgency, organisation: "Văn phòng Đảng ủy phường".into(),
    ///     year: 2024, staff: 7, opted_into_section_1: false, working_year_end: None,
    ///     dispersed: false, conferences: vec![], dialogues: vec![],
    /// };
    /// assert!(office.may_skip_conference()); // 07 people or fewer (Điều 51 k2 đ)
    /// office.regime = GrassrootsType::StateEnterprise; // Điều 69 has no such option
    /// assert!(!office.may_skip_conference());
    /// ```
    pub fn may_skip_conference(&self) -> bool {
        matches!(
            self.regime,
            GrassrootsType::StateAgency | GrassrootsType::PublicServiceUnit
        ) && self.staff <= SMALL_UNIT_MAX_STAFF
    }

    /// Records the problems of this record at `path` (see the type's docs).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::regime::GrassrootsType;
    /// use qcdc::rules::WorkplaceDemocracy;
    /// use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let school = WorkplaceDemocracy {
    ///     regime: GrassrootsType::PublicServiceUnit, organisation: "Trường THCS Ngọc Lâm".into(),
    ///     year: 2024, staff: 60, opted_into_section_1: false, working_year_end: None,
    ///     dispersed: false, conferences: vec![], dialogues: vec![],
    /// };
    /// let mut report = ValidationReport::new();
    /// // No conference by 31/03/2025: a breach of Điều 51 k1 once the window has passed.
    /// school.check(&ValidationContext::new(d(2025, 4, 1)), &Pointer::root().key("units").index(0), &mut report);
    /// assert!(report.is_valid());
    /// assert!(!report.breaches().is_empty());
    /// assert!(report.breaches().iter().all(|v| v.path.starts_with("/units/0")));
    /// ```
    pub fn check(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        if self.regime == GrassrootsType::Commune {
            report.error(
                Violation::new(&path.key("regime"), Code::InvalidValue).param(
                    "detail",
                    "xã, phường là loại hình 1, không phải nơi làm việc",
                ),
            );
        }
        report.check_text(&path.key("organisation"), &self.organisation, 200);
        let year_path = path.key("year");
        let max_year = ctx.as_of().year();
        let year_ok = (EARLIEST_DATE.year()..=max_year).contains(&self.year);
        if !year_ok {
            report.error(
                Violation::new(&year_path, Code::OutOfRange)
                    .param("min", EARLIEST_DATE.year())
                    .param("max", max_year)
                    .param("actual", self.year),
            );
        }
        if self.staff == 0 {
            report.error(Violation::new(&path.key("staff"), Code::NotPositive).param("actual", 0));
        }
        if let Some(end) = self.working_year_end
            && end.year() != self.year
        {
            report.error(
                Violation::new(&path.key("working_year_end"), Code::WorkingYearEndOutside)
                    .date_param("date", end)
                    .param("year", self.year),
            );
        }
        for (key, len, max) in [
            ("conferences", self.conferences.len(), MAX_CONFERENCES),
            ("dialogues", self.dialogues.len(), MAX_DIALOGUES),
        ] {
            check_max_items(&path.key(key), len, max, report);
        }
        let article = self.conference_article();
        for (i, conference) in self.conferences.iter().enumerate() {
            self.check_conference(
                conference,
                article.as_ref(),
                ctx,
                &path.key("conferences").index(i),
                report,
            );
        }
        for (i, date) in self.dialogues.iter().enumerate() {
            check_date(&path.key("dialogues").index(i), *date, ctx, report);
        }
        let Some((window_start, deadline)) = self.conference_window().filter(|_| year_ok) else {
            return;
        };
        if deadline < LAW_10_2022_FROM {
            warn_not_modelled(&year_path, deadline, LAW_10_2022_FROM, report);
            return;
        }
        if let Some(article) = &article {
            self.check_yearly_conference(article, window_start, deadline, ctx, path, report);
        }
        if self.dialogue_required() {
            self.check_dialogue(ctx, path, report);
        }
    }

    fn check_yearly_conference(
        &self,
        article: &LegalReference,
        window_start: NaiveDate,
        deadline: NaiveDate,
        ctx: &ValidationContext,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        let rule = RuleId::WorkplaceConferenceYearly;
        let regular: Vec<(usize, &Conference)> = self
            .conferences
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.extraordinary)
            .collect();
        for (i, c) in &regular {
            if c.date < window_start {
                report.breach(
                    rule.violation(
                        &path.key("conferences").index(*i).key("date"),
                        Code::DateOutside,
                    )
                    .date_param("date", c.date)
                    .date_param("start", window_start)
                    .date_param("end", deadline)
                    .cite(article.clone().clause(1)),
                );
            }
        }
        if regular
            .iter()
            .any(|(_, c)| (window_start..=deadline).contains(&c.date))
        {
            return;
        }
        if let Some((i, late)) = regular.iter().find(|(_, c)| c.date > deadline) {
            report.breach(
                rule.violation(
                    &path.key("conferences").index(*i).key("date"),
                    Code::TooLate,
                )
                .date_param("deadline", deadline)
                .date_param("date", late.date)
                .cite(article.clone().clause(1)),
            );
        } else if !self.may_skip_conference() && ctx.as_of() > deadline && regular.is_empty() {
            report.breach(
                rule.violation(&path.key("conferences"), Code::YearlyEventMissing)
                    .param(
                        "event",
                        "hội nghị cán bộ, công chức, viên chức, người lao động",
                    )
                    .param("year", self.year)
                    .cite(article.clone().clause(1)),
            );
        }
    }

    fn check_dialogue(
        &self,
        ctx: &ValidationContext,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        let (Some(start), Some(end)) = (
            NaiveDate::from_ymd_opt(self.year, 1, 1),
            NaiveDate::from_ymd_opt(self.year, 12, 31),
        ) else {
            return;
        };
        let rule = RuleId::WorkplaceDialogueYearly;
        for (i, date) in self.dialogues.iter().enumerate() {
            if !(start..=end).contains(date) {
                report.error(
                    rule.violation(&path.key("dialogues").index(i), Code::DateOutside)
                        .date_param("date", *date)
                        .date_param("start", start)
                        .date_param("end", end),
                );
            }
        }
        let held = self.dialogues.iter().any(|d| (start..=end).contains(d));
        if !held && ctx.as_of() > end {
            report.breach(
                rule.violation(&path.key("dialogues"), Code::YearlyEventMissing)
                    .param("event", "đối thoại tại nơi làm việc")
                    .param("year", self.year),
            );
        }
    }

    fn check_conference(
        &self,
        c: &Conference,
        article: Option<&LegalReference>,
        ctx: &ValidationContext,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        check_date(&path.key("date"), c.date, ctx, report);
        check_max_items(
            &path.key("resolutions"),
            c.resolutions.len(),
            MAX_RESOLUTIONS,
            report,
        );
        let expected = c.delegates.unwrap_or(self.staff);
        if c.delegates == Some(0) {
            report.error(
                Violation::new(&path.key("delegates"), Code::NotPositive).param("actual", 0),
            );
        }
        let present_path = path.key("present");
        let present_ok = c.present <= expected;
        if !present_ok {
            report.error(
                Violation::new(&present_path, Code::OutOfRange)
                    .param("min", 0)
                    .param("max", expected)
                    .param("actual", c.present),
            );
        }
        for (i, r) in c.resolutions.iter().enumerate() {
            let at = path.key("resolutions").index(i);
            report.check_text(&at.key("title"), &r.title, 500);
            if r.votes_for > c.present {
                report.error(
                    Violation::new(&at.key("votes_for"), Code::OutOfRange)
                        .param("min", 0)
                        .param("max", c.present)
                        .param("actual", r.votes_for),
                );
            } else if let (Some(article), Some(declared)) = (article, r.result) {
                let required = u64::from(c.present) / 2 + 1;
                let computed = if u64::from(r.votes_for) >= required {
                    Outcome::Adopted
                } else {
                    Outcome::NotAdopted
                };
                if declared != computed && c.date >= LAW_10_2022_FROM {
                    report.error(
                        RuleId::WorkplaceResolutionMajority
                            .violation(&at.key("result"), Code::ResultMismatch)
                            .param("declared", declared.name_vi())
                            .param("computed", computed.name_vi())
                            .param("required", required)
                            .cite(article.clone()),
                    );
                }
            }
        }
        let Some(article) = article else { return };
        if c.date < LAW_10_2022_FROM {
            return;
        }
        if c.delegates.is_some() && self.staff < DELEGATES_MIN_STAFF && !self.dispersed {
            report.breach(
                RuleId::WorkplaceConferenceDelegates
                    .violation(&path.key("delegates"), Code::DelegatesNotAllowed)
                    .param("staff", self.staff)
                    .param("min", DELEGATES_MIN_STAFF)
                    .cite(article.clone().clause(2).point("b")),
            );
        }
        let required = (2 * u64::from(expected)).div_ceil(3);
        if present_ok && u64::from(c.present) < required {
            report.breach(
                RuleId::WorkplaceConferenceQuorum
                    .violation(&present_path, Code::QuorumNotMet)
                    .param("present", c.present)
                    .param("required", required)
                    .cite(article.clone()),
            );
        }
    }
}

impl Validate for WorkplaceDemocracy {
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check(ctx, path, report);
    }
}
