//! The phương án (plan), the lộ trình (roadmap) and the tiến độ (milestones).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::org::Organisation;
use crate::vocabulary::vocabulary;

vocabulary! {
    /// **Vai trò** — the role of a force in carrying out the model (content 6 of Công văn
    /// 249/MTTQ-BTT): the lead, the cooperating forces and the participants.
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::PartnerRole;
    ///
    /// assert_eq!("chu tri".parse::<PartnerRole>()?, PartnerRole::Lead);
    /// assert_eq!(PartnerRole::Cooperating.to_string(), "Phối hợp");
    /// assert!("đứng ngoài".parse::<PartnerRole>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum PartnerRole ("partner role", "Vai trò") {
        /// **Chủ trì** — leads the model.
        Lead = "lead", "Chủ trì", ["chủ trì thực hiện", "lực lượng nòng cốt"];
        /// **Phối hợp** — cooperates (typically the other bodies of the Khối Dân vận).
        Cooperating = "cooperating", "Phối hợp", ["phối hợp thực hiện"];
        /// **Tham gia** — takes part.
        Participating = "participating", "Tham gia";
    }
}

/// **Lực lượng thực hiện** — a body that carries the model out, with its role and tasks:
/// the ward's Ủy ban MTTQ leading, the Hội LHPN, Hội CCB and Đoàn of the Khối Dân vận
/// cooperating, a company taking part.
///
/// # Example
/// ```
/// use qcdc::dan_van_kheo::PartnerRole;
/// use qcdc::dan_van_kheo::examples::ward_2026;
/// use qcdc::org::OrgKind;
///
/// let partners = ward_2026().plan.partners;
/// assert_eq!(partners[0].role, PartnerRole::Lead); // the Ban công tác Mặt trận of tổ dân phố số 12
/// assert_eq!(partners[1].organisation.kind, OrgKind::HoiLhpn);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Lực lượng thực hiện")]
pub struct Partner {
    /// **Cơ quan, tổ chức** — the body (checked to exist on the registration date).
    #[schemars(title = "Cơ quan, tổ chức")]
    pub organisation: Organisation,
    /// **Vai trò** — lead, cooperating or participating.
    #[schemars(title = "Vai trò")]
    pub role: PartnerRole,
    /// **Nhiệm vụ** — what it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nhiệm vụ được giao", length(max = 1000))]
    pub tasks: Option<String>,
}

/// **Nguồn lực** (content 7) — funding, workdays, people, facilities. Amounts in đồng.
///
/// [`state_budget_vnd`](Self::state_budget_vnd) and [`socialised_vnd`](Self::socialised_vnd)
/// are parts of [`budget_vnd`](Self::budget_vnd) and may not add up to more.
///
/// # Example
/// ```
/// use qcdc::dan_van_kheo::examples::ward_2026;
///
/// let resources = ward_2026().plan.resources;
/// assert_eq!((resources.budget_vnd, resources.socialised_vnd), (Some(15_000_000), Some(15_000_000)));
/// assert_eq!(resources.workdays, Some(300));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Nguồn lực")]
pub struct Resources {
    /// **Tổng kinh phí** — total funding, đồng.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Tổng kinh phí (đồng)")]
    pub budget_vnd: Option<u64>,
    /// **Ngân sách nhà nước** — of which from the state budget, đồng.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Trong đó: ngân sách nhà nước (đồng)")]
    pub state_budget_vnd: Option<u64>,
    /// **Xã hội hóa** — of which raised from people, businesses and sponsors, đồng.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Trong đó: xã hội hóa (đồng)")]
    pub socialised_vnd: Option<u64>,
    /// **Ngày công** — workdays contributed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày công lao động")]
    pub workdays: Option<u32>,
    /// **Nhân lực** — people taking part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Số người tham gia")]
    pub people: Option<u32>,
    /// **Cơ sở vật chất, phương tiện** — premises, equipment, means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Cơ sở vật chất, phương tiện", length(max = 1000))]
    pub facilities: Option<String>,
}

/// **Phương án** — the plan: objectives and criteria (content 3), activities and ways of
/// mobilising people (content 4), the forces and their roles (content 6), the resources
/// (content 7).
///
/// # Example
/// ```
/// use qcdc::dan_van_kheo::examples::ward_2026;
///
/// let plan = ward_2026().plan;
/// assert_eq!(plan.activities[0], "Họp tổ dân phố thống nhất quy ước");
/// assert!(!plan.objectives.is_empty() && !plan.criteria.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Phương án thực hiện")]
pub struct Plan {
    /// **Mục tiêu** — what the model sets out to achieve.
    #[serde(default)]
    #[schemars(
        title = "Mục tiêu",
        length(min = 1, max = 50),
        inner(length(min = 1, max = 1000))
    )]
    pub objectives: Vec<String>,
    /// **Tiêu chí** — the criteria that measure the objectives.
    #[serde(default)]
    #[schemars(
        title = "Tiêu chí đánh giá",
        length(min = 1, max = 50),
        inner(length(min = 1, max = 1000))
    )]
    pub criteria: Vec<String>,
    /// **Nội dung, giải pháp** — the activities and solutions.
    #[serde(default)]
    #[schemars(
        title = "Nội dung, giải pháp thực hiện",
        length(min = 1, max = 50),
        inner(length(min = 1, max = 1000))
    )]
    pub activities: Vec<String>,
    /// **Cách thức vận động** — how people are mobilised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Cách thức vận động Nhân dân", length(max = 4000))]
    pub mobilisation: Option<String>,
    /// **Lực lượng thực hiện** — the lead and cooperating bodies (at least one lead).
    #[serde(default)]
    #[schemars(title = "Lực lượng chủ trì, phối hợp", length(min = 1, max = 50))]
    pub partners: Vec<Partner>,
    /// **Lực lượng tham gia** — the people taking part who are not bodies ("các hộ dân trong
    /// diện giải phóng mặt bằng").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Lực lượng tham gia", length(max = 1000))]
    pub participants: Option<String>,
    /// **Nguồn lực** — funding, workdays, people, facilities.
    #[serde(default)]
    #[schemars(title = "Nguồn lực")]
    pub resources: Resources,
}

/// **Giai đoạn** — one phase of the roadmap (lộ trình), with its dates.
///
/// # Example
/// ```
/// use qcdc::dan_van_kheo::examples::ward_2026;
///
/// let roadmap = ward_2026().roadmap;
/// assert_eq!(roadmap[0].name, "Giai đoạn 1: Thống nhất quy ước");
/// assert_eq!(roadmap[1].end.to_string(), "2027-03-31");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Giai đoạn")]
pub struct Phase {
    /// **Tên giai đoạn** — "Giai đoạn 1: khảo sát, tuyên truyền".
    #[schemars(title = "Tên giai đoạn", length(min = 1, max = 200))]
    pub name: String,
    /// **Từ ngày** — first day.
    #[schemars(title = "Từ ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub start: NaiveDate,
    /// **Đến ngày** — last day.
    #[schemars(title = "Đến ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub end: NaiveDate,
    /// **Nội dung công việc** — what is done in the phase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nội dung công việc", length(max = 4000))]
    pub tasks: Option<String>,
}

impl Phase {
    /// A phase from `start` to `end`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::dan_van_kheo::Phase;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let phase = Phase::new("Giai đoạn 1: Thống nhất quy ước", d(2026, 11, 1), d(2026, 12, 31));
    /// assert_eq!((phase.start, phase.end), (d(2026, 11, 1), d(2026, 12, 31)));
    /// assert!(phase.tasks.is_none());
    /// ```
    pub fn new(name: impl Into<String>, start: NaiveDate, end: NaiveDate) -> Self {
        Phase {
            name: name.into(),
            start,
            end,
            tasks: None,
        }
    }

    /// Whether `date` lies in the phase (both ends included).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::dan_van_kheo::Phase;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let phase = Phase::new("Giai đoạn 1: Thống nhất quy ước", d(2026, 11, 1), d(2026, 12, 31));
    /// assert!(phase.contains(d(2026, 12, 31)));
    /// assert!(!phase.contains(d(2027, 1, 1)));
    /// ```
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

/// **Mốc tiến độ** — a dated, measurable target: by [`due`](Self::due), the
/// [`indicator`](Self::indicator) reaches [`target`](Self::target) [`unit`](Self::unit)s; it
/// belongs to the phase numbered [`phase`](Self::phase) (1 = the first phase of the roadmap).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::dan_van_kheo::Milestone;
///
/// let m = Milestone::new("Bàn giao mặt bằng", 2, NaiveDate::from_ymd_opt(2021, 10, 31).unwrap(),
///     "Số hộ bàn giao mặt bằng", 42.0, "hộ");
/// assert_eq!(m.to_string(), "Bàn giao mặt bằng: Số hộ bàn giao mặt bằng đạt 42 hộ trước 31/10/2021");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Mốc tiến độ")]
pub struct Milestone {
    /// **Tên mốc** — unique within the registration.
    #[schemars(title = "Tên mốc tiến độ", length(min = 1, max = 200))]
    pub name: String,
    /// **Thuộc giai đoạn số** — the number of its phase, from 1.
    #[schemars(title = "Thuộc giai đoạn số", range(min = 1, max = 20))]
    pub phase: u32,
    /// **Thời hạn** — the date it is due, inside its phase.
    #[schemars(title = "Thời hạn hoàn thành")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub due: NaiveDate,
    /// **Chỉ tiêu** — what is measured.
    #[schemars(title = "Chỉ tiêu", length(min = 1, max = 300))]
    pub indicator: String,
    /// **Giá trị mục tiêu** — greater than 0.
    #[schemars(title = "Giá trị mục tiêu", extend("exclusiveMinimum" = 0))]
    pub target: f64,
    /// **Đơn vị tính** — "hộ", "%", "buổi", "m²".
    #[schemars(title = "Đơn vị tính", length(min = 1, max = 50))]
    pub unit: String,
}

impl Milestone {
    /// A milestone of phase number `phase` (from 1).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::dan_van_kheo::Milestone;
    ///
    /// let m = Milestone::new("Quy ước được thông qua", 1, NaiveDate::from_ymd_opt(2026, 12, 15).unwrap(),
    ///     "Tỷ lệ hộ tán thành quy ước", 80.0, "%");
    /// assert_eq!((m.phase, m.target, m.unit.as_str()), (1, 80.0, "%"));
    /// ```
    pub fn new(
        name: impl Into<String>,
        phase: u32,
        due: NaiveDate,
        indicator: impl Into<String>,
        target: f64,
        unit: impl Into<String>,
    ) -> Self {
        Milestone {
            name: name.into(),
            phase,
            due,
            indicator: indicator.into(),
            target,
            unit: unit.into(),
        }
    }
}

impl std::fmt::Display for Milestone {
    /// "name: indicator đạt target unit trước dd/mm/yyyy".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} đạt {} {} trước {}",
            self.name.trim(),
            self.indicator.trim(),
            self.target,
            self.unit.trim(),
            self.due.format("%d/%m/%Y")
        )
    }
}
