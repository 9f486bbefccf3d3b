//! What the period brought: the situation by area, the results by body, the annual theme.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::legal::LegalReference;
use crate::org::{OrgSettings, Organisation};
use crate::validate::{Code, Pointer, ValidationReport, Violation};
use crate::vocabulary::vocabulary;

/// The longest paragraph of a report (a summary, the conclusion), in characters.
pub const MAX_PARAGRAPH: usize = 4000;

/// The longest item of a list (an activity, an opinion, a reference), in characters.
pub const MAX_ITEM: usize = 1000;

/// The longest annual theme, in characters.
pub const MAX_THEME: usize = 500;

vocabulary! {
    /// **Lĩnh vực** — an area of the situation a briefing reviews: the people's mood, security,
    /// religion, the implementation of QCDC, land clearance…
    ///
    /// # Example
    /// ```
    /// use qcdc::report::WorkArea;
    ///
    /// assert_eq!("GPMB".parse::<WorkArea>()?, WorkArea::LandClearance);
    /// assert_eq!(WorkArea::PublicOpinion.to_string(), "Tình hình tư tưởng nhân dân");
    /// assert!("thời tiết".parse::<WorkArea>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum WorkArea ("work area", "Lĩnh vực") {
        /// **Tình hình tư tưởng nhân dân** — the people's mood and opinions.
        PublicOpinion = "public_opinion", "Tình hình tư tưởng nhân dân", ["tư tưởng nhân dân", "dư luận xã hội"];
        /// **An ninh chính trị, trật tự an toàn xã hội** — political security and public order.
        Security = "security", "An ninh chính trị, trật tự an toàn xã hội", ["an ninh trật tự", "ANCT, TTATXH"];
        /// **Trật tự an toàn giao thông** — traffic order and safety.
        Traffic = "traffic", "Trật tự an toàn giao thông", ["giao thông"];
        /// **Tình hình tôn giáo** — religious activities.
        Religion = "religion", "Tình hình tôn giáo", ["tôn giáo"];
        /// **Thực hiện quy chế dân chủ ở cơ sở** — implementing grassroots democracy.
        GrassrootsDemocracy = "grassroots_democracy", "Thực hiện quy chế dân chủ ở cơ sở", ["QCDC", "dân chủ ở cơ sở"];
        /// **Giải phóng mặt bằng** — land clearance for projects.
        LandClearance = "land_clearance", "Giải phóng mặt bằng", ["GPMB"];
        /// **Trật tự đô thị, chỉnh trang đô thị** — urban order and embellishment.
        UrbanOrder = "urban_order", "Trật tự đô thị, chỉnh trang đô thị", ["trật tự đô thị", "chỉnh trang đô thị"];
        /// **Bảo vệ môi trường** — the environment.
        Environment = "environment", "Bảo vệ môi trường", ["môi trường"];
        /// **Bầu cử** — elections.
        Elections = "elections", "Bầu cử";
        /// **Lĩnh vực khác** — any other area (say which in the summary).
        Other = "other", "Lĩnh vực khác", ["khác"];
    }
}

/// **Tình hình theo lĩnh vực** — how one area stood during the period reviewed.
///
/// # Example
/// ```
/// use qcdc::report::{AreaResult, WorkArea};
///
/// let r = AreaResult::new(WorkArea::PublicOpinion, "Tình hình tư tưởng nhân dân cơ bản ổn định.");
/// assert_eq!(r.area, WorkArea::PublicOpinion);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Tình hình theo lĩnh vực")]
pub struct AreaResult {
    /// **Lĩnh vực** — the area.
    #[schemars(title = "Lĩnh vực")]
    pub area: WorkArea,
    /// **Đánh giá** — how it stood, as the report writes it.
    #[schemars(title = "Đánh giá", length(min = 1, max = 4000))]
    pub summary: String,
}

impl AreaResult {
    /// The assessment `summary` of `area`.
    ///
    /// # Example
    /// ```
    /// use qcdc::report::{AreaResult, WorkArea};
    ///
    /// let r = AreaResult::new(WorkArea::Security, "Tình hình an ninh chính trị ổn định.");
    /// assert_eq!(r.area, WorkArea::Security);
    /// assert_eq!(r.summary, "Tình hình an ninh chính trị ổn định.");
    /// ```
    pub fn new(area: WorkArea, summary: impl Into<String>) -> Self {
        AreaResult {
            area,
            summary: summary.into(),
        }
    }

    pub(crate) fn check(&self, path: &Pointer, report: &mut ValidationReport) {
        report.check_text(&path.key("summary"), &self.summary, MAX_PARAGRAPH);
    }
}

/// **Kết quả theo đơn vị** — what one body, or a group of bodies reported together ("MTTQ và
/// các đoàn thể Quận", "Khối Dân vận các phường"), did during the period.
///
/// # Example
/// ```
/// use qcdc::org::{OrgKind, Organisation};
/// use qcdc::org::reference::quan_long_bien;
/// use qcdc::report::BodyResult;
///
/// let bdv = Organisation::new(OrgKind::BanDanVan, quan_long_bien());
/// let r = BodyResult::new([bdv])
///     .with_activity("Xây dựng Kế hoạch phát động phong trào thi đua Dân vận khéo năm 2021.");
/// assert_eq!(r.activities.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Kết quả theo đơn vị")]
pub struct BodyResult {
    /// **Đơn vị** — the body or bodies reported on together (at least one).
    #[schemars(title = "Cơ quan, đơn vị", length(min = 1))]
    pub bodies: Vec<Organisation>,
    /// **Đánh giá chung** — an overall assessment, when the report gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Đánh giá chung", length(max = 4000))]
    pub summary: Option<String>,
    /// **Hoạt động** — the activities and results, one item each, as the report words them.
    #[serde(default)]
    #[schemars(title = "Hoạt động, kết quả")]
    pub activities: Vec<String>,
    /// **Văn bản thực hiện** — the documents whose implementation the activities report.
    #[serde(default)]
    #[schemars(title = "Văn bản triển khai thực hiện")]
    pub documents: Vec<LegalReference>,
}

impl BodyResult {
    /// The results of `bodies`, with no activity listed yet.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgKind, Organisation};
    /// use qcdc::report::BodyResult;
    ///
    /// let front = BodyResult::new([Organisation::new(OrgKind::Mttq, quan_long_bien())]);
    /// assert_eq!(front.bodies[0].name_vi(), "Ủy ban MTTQ quận Long Biên");
    /// assert!(front.activities.is_empty() && front.summary.is_none());
    /// ```
    pub fn new(bodies: impl IntoIterator<Item = Organisation>) -> Self {
        BodyResult {
            bodies: bodies.into_iter().collect(),
            summary: None,
            activities: Vec::new(),
            documents: Vec::new(),
        }
    }

    /// The same results with one more activity.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgKind, Organisation};
    /// use qcdc::report::BodyResult;
    ///
    /// let front = BodyResult::new([Organisation::new(OrgKind::Mttq, quan_long_bien())])
    ///     .with_activity("Tổ chức hội nghị hiệp thương lần thứ nhất")
    ///     .with_activity("Lập danh sách người ứng cử đại biểu HĐND quận");
    /// assert_eq!(front.activities.len(), 2);
    /// ```
    pub fn with_activity(mut self, activity: impl Into<String>) -> Self {
        self.activities.push(activity.into());
        self
    }

    /// Records the problems at `path`: no body, a body listed twice or not existing on
    /// `meeting_date`, blank or long texts, documents with a blank or long number or title.
    pub(crate) fn check(
        &self,
        meeting_date: NaiveDate,
        settings: &OrgSettings,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        let bodies = path.key("bodies");
        check_bodies(&self.bodies, 1, (meeting_date, settings), &bodies, report);
        if let Some(summary) = &self.summary {
            report.check_text(&path.key("summary"), summary, MAX_PARAGRAPH);
        }
        check_items(&self.activities, &path.key("activities"), report);
        for (i, document) in self.documents.iter().enumerate() {
            document.check(&path.key("documents").index(i), report);
        }
    }
}

/// Checks a list of bodies: at least `min`, none twice, each existing on the day of `on` under
/// its settings. Returns where each body was first listed, for a caller that looks bodies of
/// another list up in this one (a task's cooperating bodies among its leads) without hashing
/// every body a second time.
pub(crate) fn check_bodies<'a>(
    bodies: &'a [Organisation],
    min: usize,
    on: (NaiveDate, &OrgSettings),
    path: &Pointer,
    report: &mut ValidationReport,
) -> crate::validate::FirstSeen<&'a Organisation> {
    if bodies.len() < min {
        report.error(
            Violation::new(path, Code::TooFew)
                .param("min", min)
                .param("actual", bodies.len()),
        );
    }
    let mut seen = crate::validate::FirstSeen::with_capacity(bodies.len());
    for (i, body) in bodies.iter().enumerate() {
        let at = path.index(i);
        body.check_with(Some(on.0), on.1, &at, report);
        if let Some(first) = seen.repeat_of(body, i) {
            report.error(
                Violation::new(&at, Code::Duplicate)
                    .param("value", body.name_vi())
                    .param("first", path.index(first).as_str()),
            );
        }
    }
    seen
}

/// Checks a list of text items: each neither blank nor too long.
pub(crate) fn check_items(items: &[String], path: &Pointer, report: &mut ValidationReport) {
    for (i, item) in items.iter().enumerate() {
        report.check_text(&path.index(i), item, MAX_ITEM);
    }
}

/// **Chủ đề năm** — the theme a unit gives its year ("Năm Dân vận khéo, trọng tâm công tác giải
/// phóng mặt bằng", quận Long Biên 2021). Themes are data: each unit sets its own, year by year.
///
/// # Example
/// ```
/// use qcdc::report::AnnualTheme;
///
/// let theme = AnnualTheme::new(2021, "Năm Dân vận khéo, trọng tâm công tác giải phóng mặt bằng");
/// assert_eq!(theme.to_string(), "Chủ đề năm 2021: “Năm Dân vận khéo, trọng tâm công tác giải phóng mặt bằng”");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Chủ đề năm")]
pub struct AnnualTheme {
    /// **Năm** — the year the theme is for.
    #[schemars(title = "Năm", range(min = 1945, max = 9999))]
    pub year: i32,
    /// **Chủ đề** — the theme as the unit words it.
    #[schemars(title = "Chủ đề", length(min = 1, max = 500))]
    pub text: String,
}

impl AnnualTheme {
    /// The theme `text` of `year`.
    ///
    /// # Example
    /// ```
    /// use qcdc::report::AnnualTheme;
    ///
    /// let theme = AnnualTheme::new(2021, "Năm Dân vận khéo, trọng tâm công tác giải phóng mặt bằng");
    /// assert_eq!(theme.year, 2021);
    /// assert!(theme.text.starts_with("Năm Dân vận khéo"));
    /// ```
    pub fn new(year: i32, text: impl Into<String>) -> Self {
        AnnualTheme {
            year,
            text: text.into(),
        }
    }
}

impl std::fmt::Display for AnnualTheme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Chủ đề năm {}: \u{201c}{}\u{201d}",
            self.year,
            self.text.trim()
        )
    }
}
