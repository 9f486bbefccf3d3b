//! **Cuộc vận động, phong trào** — campaigns and movements as dated records.
//!
//! Mass-mobilisation work runs through campaigns (**cuộc vận động**: "Toàn dân đoàn kết xây
//! dựng đời sống văn hóa ở khu dân cư", "Người Việt Nam ưu tiên dùng hàng Việt Nam"), emulation
//! movements (**phong trào**: "Đền ơn đáp nghĩa", "Dân vận khéo") and funds (**quỹ**: "Vì người
//! nghèo", "Vì biển, đảo Việt Nam"). Their names vary by place and year — the seed article
//! writes "Vì Biển đảo quê hương" — so the crate never lists them in a closed enum: a
//! [`Campaign`] is a record with its name as written, its [`CampaignKind`], the body that
//! launched or leads it, and its dates.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use qcdc::campaign::{Campaign, CampaignKind};
//! use qcdc::org::{OrgKind, Organisation};
//! use qcdc::org::reference::quan_long_bien;
//! use qcdc::validate::{Code, Validate, ValidationContext};
//!
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let mttq = Organisation::new(OrgKind::Mttq, quan_long_bien());
//! let run = Campaign::new(
//!     "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
//!     CampaignKind::Campaign,
//!     mttq,
//!     d(2021, 1, 1),
//! )
//! .until(d(2021, 3, 31));
//! let ctx = ValidationContext::new(d(2021, 4, 7));
//! assert!(run.validate(&ctx).is_valid());
//!
//! // Ending before it starts is an error at the end date.
//! let backwards = run.clone().until(d(2020, 12, 31));
//! let report = backwards.validate(&ctx);
//! assert_eq!(report.error_codes(), [Code::DateOrder]);
//! assert_eq!(report.errors()[0].path, "/end");
//! ```

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::org::Organisation;
use crate::validate::{Pointer, Validate, ValidationContext, ValidationReport};
use crate::vocabulary::vocabulary;

/// The longest name of a campaign or movement, in characters.
pub const MAX_CAMPAIGN_NAME: usize = 300;

/// The longest summary of a campaign's results, in characters.
pub const MAX_CAMPAIGN_SUMMARY: usize = 2000;

vocabulary! {
    /// **Loại cuộc vận động, phong trào** — whether a record is a campaign, an emulation
    /// movement or a fund.
    ///
    /// # Example
    /// ```
    /// use qcdc::campaign::CampaignKind;
    ///
    /// assert_eq!("phong trao thi dua".parse::<CampaignKind>()?, CampaignKind::Movement);
    /// assert_eq!(CampaignKind::Campaign.to_string(), "Cuộc vận động");
    /// assert!("chiến dịch quân sự".parse::<CampaignKind>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum CampaignKind ("campaign kind", "Loại cuộc vận động, phong trào") {
        /// **Cuộc vận động** — a campaign ("Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu
        /// dân cư").
        Campaign = "campaign", "Cuộc vận động", ["CVĐ", "vận động"];
        /// **Phong trào** — an (emulation) movement ("Đền ơn đáp nghĩa", "Dân vận khéo").
        Movement = "movement", "Phong trào", ["phong trào thi đua", "thi đua"];
        /// **Quỹ** — a fund raised from the people ("Vì người nghèo").
        Fund = "fund", "Quỹ", ["cuộc vận động ủng hộ quỹ"];
    }
}

/// **Cuộc vận động, phong trào** — one campaign, movement or fund as a dated record: the name as
/// the locality writes it, its kind, the body that launched it (or leads it in the reporting
/// unit, when it was launched higher up), the day it started and, when it has one, the day it
/// ends.
///
/// A report that records the work done on a long-running campaign during a period records the
/// run of that period (its start and end are then the days of the run, and
/// [`launched_nationally_by`](Self::launched_nationally_by) may name the body that launched the
/// campaign at central level, as text, since the crate's organisations stop at the province).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::campaign::{Campaign, CampaignKind};
/// use qcdc::org::{OrgKind, Organisation, registry};
///
/// let bo_de = registry::unit("00118".parse()?).unwrap().to_admin_unit();
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // The yearly month of the fund "Vì người nghèo", 17/10–18/11, run by the ward's Front.
/// let run = Campaign::new("Vì người nghèo", CampaignKind::Fund, Organisation::new(OrgKind::Mttq, bo_de), d(2025, 10, 17))
///     .until(d(2025, 11, 18));
/// assert_eq!(run.to_string(), "Quỹ “Vì người nghèo”");
/// assert!(run.runs_on(d(2025, 11, 1)));
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Cuộc vận động, phong trào")]
pub struct Campaign {
    /// **Tên** — the name as written ("Vì Biển đảo quê hương").
    #[schemars(title = "Tên cuộc vận động, phong trào", length(min = 1, max = 300))]
    pub name: String,
    /// **Loại** — campaign, movement or fund.
    #[schemars(title = "Loại")]
    pub kind: CampaignKind,
    /// **Cơ quan phát động** — the body that launched it, or leads it in the reporting unit.
    #[schemars(title = "Cơ quan phát động, chủ trì")]
    pub launched_by: Organisation,
    /// **Cơ quan phát động ở Trung ương** — the central body that launched it, as text, when it
    /// was launched nationally ("Ủy ban Trung ương MTTQ Việt Nam").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Cơ quan phát động ở Trung ương", length(max = 300))]
    pub launched_nationally_by: Option<String>,
    /// **Ngày bắt đầu** — the first day (of the campaign, or of the run recorded).
    #[schemars(title = "Ngày bắt đầu")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub start: NaiveDate,
    /// **Ngày kết thúc** — the last day, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày kết thúc")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub end: Option<NaiveDate>,
    /// **Kết quả** — what was done, in a few lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Kết quả thực hiện", length(max = 2000))]
    pub summary: Option<String>,
}

impl Campaign {
    /// A record of `kind` named `name`, launched (or led) by `launched_by`, starting on `start`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::campaign::{Campaign, CampaignKind};
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgKind, Organisation};
    ///
    /// let start = NaiveDate::from_ymd_opt(2021, 1, 1).unwrap();
    /// let mttq = Organisation::new(OrgKind::Mttq, quan_long_bien());
    /// let c = Campaign::new("Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", CampaignKind::Campaign, mttq, start);
    /// assert_eq!((c.start, c.end, c.summary), (start, None, None));
    /// ```
    pub fn new(
        name: impl Into<String>,
        kind: CampaignKind,
        launched_by: Organisation,
        start: NaiveDate,
    ) -> Self {
        Campaign {
            name: name.into(),
            kind,
            launched_by,
            launched_nationally_by: None,
            start,
            end: None,
            summary: None,
        }
    }

    /// The same record ending on `end`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::campaign::{Campaign, CampaignKind};
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgKind, Organisation};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mttq = Organisation::new(OrgKind::Mttq, quan_long_bien());
    /// let q1 = Campaign::new("Vì người nghèo", CampaignKind::Fund, mttq, d(2021, 1, 1)).until(d(2021, 3, 31));
    /// assert_eq!(q1.end, Some(d(2021, 3, 31)));
    /// assert!(!q1.runs_on(d(2021, 4, 1)));
    /// ```
    pub fn until(mut self, end: NaiveDate) -> Self {
        self.end = Some(end);
        self
    }

    /// The same record with a summary of what was done.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::campaign::{Campaign, CampaignKind};
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgKind, Organisation};
    ///
    /// let mttq = Organisation::new(OrgKind::Mttq, quan_long_bien());
    /// let c = Campaign::new("Vì người nghèo", CampaignKind::Fund, mttq, NaiveDate::from_ymd_opt(2021, 1, 1).unwrap())
    ///     .with_summary("Vận động ủng hộ Quỹ, thăm và tặng quà hộ nghèo dịp Tết");
    /// assert!(c.summary.unwrap().starts_with("Vận động"));
    /// ```
    pub fn with_summary(mut self, summary: impl Into<String>) -> Self {
        self.summary = Some(summary.into());
        self
    }

    /// Whether the record runs on `date` (from its start, up to its end when it has one).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::campaign::{Campaign, CampaignKind};
    /// use qcdc::org::{OrgKind, Organisation};
    /// use qcdc::org::reference::quan_long_bien;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let bdv = Organisation::new(OrgKind::BanDanVan, quan_long_bien());
    /// let dvk = Campaign::new("Dân vận khéo", CampaignKind::Movement, bdv, d(2021, 1, 1))
    ///     .until(d(2021, 12, 31));
    /// assert!(dvk.runs_on(d(2021, 4, 7)));
    /// assert!(!dvk.runs_on(d(2022, 1, 1)));
    /// ```
    pub fn runs_on(&self, date: NaiveDate) -> bool {
        self.start <= date && self.end.is_none_or(|end| date <= end)
    }

    /// Records the problems of the record at `path`: a blank or long name or summary, an end
    /// before the start, and a launching body that did not exist on the start day.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::campaign::{Campaign, CampaignKind};
    /// use qcdc::org::{OrgKind, Organisation, registry};
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let bo_de = registry::unit("00118".parse()?).unwrap().to_admin_unit(); // from 01/07/2025
    /// let mttq = Organisation::new(OrgKind::Mttq, bo_de);
    /// let mut report = ValidationReport::new();
    /// Campaign::new("Vì người nghèo", CampaignKind::Fund, mttq.clone(), d(2025, 10, 17))
    ///     .check(&Pointer::root().key("campaigns").index(0), &mut report);
    /// assert!(report.is_valid());
    /// // Dated 2021, the new phường and its Front did not exist yet; and the end comes first.
    /// Campaign::new("Vì người nghèo", CampaignKind::Fund, mttq, d(2021, 10, 17))
    ///     .until(d(2021, 1, 1))
    ///     .check(&Pointer::root().key("campaigns").index(1), &mut report);
    /// assert!(report.error_codes().contains(&Code::DateOrder));
    /// assert!(report.error_codes().contains(&Code::BodyNotExisting));
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn check(&self, path: &Pointer, report: &mut ValidationReport) {
        report.check_text(&path.key("name"), &self.name, MAX_CAMPAIGN_NAME);
        if let Some(central) = &self.launched_nationally_by {
            report.check_text(
                &path.key("launched_nationally_by"),
                central,
                MAX_CAMPAIGN_NAME,
            );
        }
        if let Some(summary) = &self.summary {
            report.check_text(&path.key("summary"), summary, MAX_CAMPAIGN_SUMMARY);
        }
        if let Some(end) = self.end {
            report.check_date_order(&path.key("end"), self.start, end);
        }
        self.launched_by
            .check(Some(self.start), &path.key("launched_by"), report);
    }
}

impl fmt::Display for Campaign {
    /// The kind and the quoted name, as articles write them: `Cuộc vận động "Vì người nghèo"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} \u{201c}{}\u{201d}", self.kind, self.name.trim())
    }
}

impl Validate for Campaign {
    /// Checks the record (see [`Campaign::check`]); a start after the "as of" date is allowed,
    /// since campaigns are planned ahead.
    fn validate_at(&self, _: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check(path, report);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::org::reference::quan_long_bien;
    use crate::org::{OrgKind, Organisation};
    use crate::validate::Code;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn kinds_are_well_formed() {
        crate::vocabulary::assert_well_formed::<CampaignKind>();
    }

    #[test]
    fn display_quotes_the_name() {
        let c = Campaign::new(
            " Đền ơn đáp nghĩa ",
            CampaignKind::Movement,
            Organisation::new(OrgKind::Mttq, quan_long_bien()),
            d(2021, 1, 1),
        );
        assert_eq!(c.to_string(), "Phong trào \u{201c}Đền ơn đáp nghĩa\u{201d}");
    }

    #[test]
    fn every_problem_is_reported_at_its_field() {
        let mut c = Campaign::new(
            "  ",
            CampaignKind::Fund,
            Organisation::new(OrgKind::Mttq, quan_long_bien()),
            d(2025, 7, 1),
        )
        .until(d(2025, 6, 1))
        .with_summary("x".repeat(MAX_CAMPAIGN_SUMMARY + 1));
        c.launched_nationally_by = Some("\u{7}".into());
        let report = c.validate(&ValidationContext::new(d(2026, 1, 1)));
        let found: Vec<_> = report
            .errors()
            .iter()
            .map(|v| (v.path.as_str(), v.code))
            .collect();
        assert_eq!(
            found,
            [
                ("/name", Code::Blank),
                ("/launched_nationally_by", Code::ControlCharacter),
                ("/summary", Code::TooLong),
                ("/end", Code::DateOrder),
                ("/launched_by", Code::BodyNotExisting),
            ]
        );
    }

    #[test]
    fn open_ended_records_run_from_their_start() {
        let c = Campaign::new(
            "Vì người nghèo",
            CampaignKind::Fund,
            Organisation::new(OrgKind::Mttq, quan_long_bien()),
            d(2021, 1, 1),
        );
        assert!(!c.runs_on(d(2020, 12, 31)));
        assert!(c.runs_on(d(2024, 1, 1)));
    }
}
