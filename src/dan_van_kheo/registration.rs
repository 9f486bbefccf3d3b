//! The registration itself: who registers what, with whom.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Milestone, Phase, Plan, ProgressReport, StatusChange};
use crate::org::{AdminLevel, Organisation, Person};
use crate::vocabulary::vocabulary;

vocabulary! {
    /// **Lĩnh vực** — the field of a "Dân vận khéo" model: the four fields of the movement's
    /// guidance (kinh tế; văn hóa – xã hội; quốc phòng – an ninh; xây dựng hệ thống chính trị)
    /// and an other field, named in
    /// [`ModelRegistration::field_other`] (some localities add e.g. xây dựng nông thôn mới).
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::ModelField;
    ///
    /// assert_eq!("van hoa - xa hoi".parse::<ModelField>()?, ModelField::CultureSociety);
    /// assert_eq!(ModelField::DefenceSecurity.to_string(), "Quốc phòng – an ninh");
    /// assert!("thể thao".parse::<ModelField>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum ModelField ("model field", "Lĩnh vực") {
        /// **Kinh tế** — the economy.
        Economy = "kinh_te", "Kinh tế";
        /// **Văn hóa – xã hội** — culture and society.
        CultureSociety = "van_hoa_xa_hoi", "Văn hóa – xã hội", ["văn hóa, xã hội", "VH-XH"];
        /// **Quốc phòng – an ninh** — defence and security.
        DefenceSecurity = "quoc_phong_an_ninh", "Quốc phòng – an ninh", ["quốc phòng, an ninh", "QP-AN"];
        /// **Xây dựng hệ thống chính trị** — building the political system.
        PoliticalSystem = "xay_dung_he_thong_chinh_tri", "Xây dựng hệ thống chính trị", ["xây dựng HTCT"];
        /// **Lĩnh vực khác** — another field, named in [`ModelRegistration::field_other`].
        Other = "other", "Lĩnh vực khác", ["khác"];
    }
}

vocabulary! {
    /// **Loại chủ thể đăng ký** — a collective (tập thể) or an individual (cá nhân).
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::RegistrantKind;
    ///
    /// assert_eq!("tap the".parse::<RegistrantKind>()?, RegistrantKind::Collective);
    /// assert!("hộ gia đình".parse::<RegistrantKind>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum RegistrantKind ("registrant kind", "Loại chủ thể đăng ký") {
        /// **Tập thể** — an agency, unit, residential area, Party cell…
        Collective = "collective", "Tập thể";
        /// **Cá nhân** — a person.
        Individual = "individual", "Cá nhân";
    }
}

/// **Chủ thể đăng ký** — who registers the model: a collective ([`Organisation`], with an
/// optional representative) or an individual ([`Person`], with an optional workplace).
///
/// Kept as one flat object with a [`kind`](Self::kind) rather than a Rust enum so that a form
/// shows one section whose fields follow the choice, and decoding problems keep exact paths.
///
/// # Example
/// ```
/// use qcdc::dan_van_kheo::{Registrant, RegistrantKind};
/// use qcdc::org::{OrgKind, Organisation};
/// use qcdc::org::reference::phuong;
///
/// let r = Registrant::collective(Organisation::new(OrgKind::Mttq, phuong("Thạch Bàn")));
/// assert_eq!(r.kind, RegistrantKind::Collective);
/// assert_eq!(r.to_string(), "Ủy ban MTTQ phường Thạch Bàn");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Chủ thể đăng ký")]
pub struct Registrant {
    /// **Loại chủ thể** — collective or individual.
    #[schemars(title = "Tập thể hay cá nhân")]
    pub kind: RegistrantKind,
    /// **Tập thể đăng ký / đơn vị công tác** — the collective (required for a collective) or the
    /// individual's workplace (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Tập thể đăng ký (hoặc đơn vị công tác của cá nhân)")]
    pub organisation: Option<Organisation>,
    /// **Cá nhân đăng ký / người đại diện** — the individual (required for an individual) or the
    /// collective's representative (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Cá nhân đăng ký (hoặc người đại diện của tập thể)")]
    pub person: Option<Person>,
}

impl Registrant {
    /// A collective registrant.
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::{Registrant, RegistrantKind};
    /// use qcdc::org::{Organisation, registry};
    ///
    /// let ward = registry::unit("00118".parse()?).unwrap().to_admin_unit();
    /// let school = Registrant::collective(Organisation::named("Trường THCS Ngọc Lâm", ward));
    /// assert_eq!(school.kind, RegistrantKind::Collective);
    /// assert!(school.person.is_none());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn collective(organisation: Organisation) -> Self {
        Registrant {
            kind: RegistrantKind::Collective,
            organisation: Some(organisation),
            person: None,
        }
    }

    /// An individual registrant.
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::{Registrant, RegistrantKind};
    /// use qcdc::org::Person;
    ///
    /// let r = Registrant::individual(Person::new("Trần Thị Bình"));
    /// assert_eq!(r.kind, RegistrantKind::Individual);
    /// assert_eq!(r.person.unwrap().name, "Trần Thị Bình");
    /// ```
    pub fn individual(person: Person) -> Self {
        Registrant {
            kind: RegistrantKind::Individual,
            organisation: None,
            person: Some(person),
        }
    }

    /// The same registrant with `person` as representative (collective) or as the person.
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::Registrant;
    /// use qcdc::org::reference::phuong;
    /// use qcdc::org::{Organisation, Person};
    ///
    /// let r = Registrant::collective(Organisation::named("Chi bộ khu dân cư số 3", phuong("Long Biên")))
    ///     .with_person(Person::new("Nguyễn Văn Hải")); // its representative
    /// assert_eq!(r.person.unwrap().name, "Nguyễn Văn Hải");
    /// ```
    pub fn with_person(mut self, person: Person) -> Self {
        self.person = Some(person);
        self
    }

    /// The same registrant with `organisation` as the collective or the individual's workplace.
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::Registrant;
    /// use qcdc::org::reference::phuong;
    /// use qcdc::org::{Organisation, Person};
    ///
    /// let r = Registrant::individual(Person::new("Lê Thị Mai"))
    ///     .with_organisation(Organisation::named("Trường THCS Ngọc Lâm", phuong("Bồ Đề"))); // her workplace
    /// assert_eq!(r.organisation.unwrap().name_vi(), "Trường THCS Ngọc Lâm");
    /// ```
    pub fn with_organisation(mut self, organisation: Organisation) -> Self {
        self.organisation = Some(organisation);
        self
    }

    /// The level the registrant stands at: its organisation's unit, or the unit of the
    /// individual's first position; `None` when neither is known.
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::Registrant;
    /// use qcdc::org::reference::phuong;
    /// use qcdc::org::{AdminLevel, Organisation, Person};
    ///
    /// let school = Registrant::collective(Organisation::named("Trường THCS Ngọc Lâm", phuong("Bồ Đề")));
    /// assert_eq!(school.level(), Some(AdminLevel::Commune));
    /// assert_eq!(Registrant::individual(Person::new("Lê Thị Mai")).level(), None);
    /// ```
    pub fn level(&self) -> Option<AdminLevel> {
        self.organisation
            .as_ref()
            .or_else(|| {
                self.person
                    .as_ref()
                    .and_then(|p| p.positions.first())
                    .map(|p| &p.organisation)
            })
            .map(|o| o.unit.level())
    }
}

impl std::fmt::Display for Registrant {
    /// The collective's name, or the person's name and positions.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.kind, &self.organisation, &self.person) {
            (RegistrantKind::Collective, Some(org), _) => write!(f, "{org}"),
            (RegistrantKind::Individual, _, Some(person)) => write!(f, "{person}"),
            (kind, _, _) => write!(f, "{kind} (chưa ghi)"),
        }
    }
}

/// **Người liên hệ** — who to call about the registration.
///
/// # Example
/// ```
/// use qcdc::dan_van_kheo::examples::ward_2026;
///
/// let contact = ward_2026().contact;
/// assert!(!contact.name.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Người liên hệ")]
pub struct Contact {
    /// **Họ và tên** — full name.
    #[schemars(title = "Họ và tên người liên hệ", length(min = 1, max = 100))]
    pub name: String,
    /// **Số điện thoại** — 9–12 digits, with optional `+`, spaces, dots and hyphens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Số điện thoại",
        length(max = 20),
        regex(pattern = r"^\+?[0-9 .\-]+$")
    )]
    pub phone: Option<String>,
    /// **Thư điện tử** — e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Thư điện tử", length(max = 254))]
    pub email: Option<String>,
}

/// **Bản đăng ký mô hình "Dân vận khéo"** — the registration of a model, the main data-entry
/// document of the crate.
///
/// It carries the ten mandatory contents of Công văn 249/MTTQ-BTT (see the table in the
/// [module docs](crate::dan_van_kheo)), the lifecycle ([`history`](Self::history)) and the
/// progress reports. Validation ([`Validate`](crate::Validate)) reports every problem at once,
/// each at its JSON Pointer; the rules are listed on the `validate_at` implementation.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::dan_van_kheo::{examples, ModelField, Stage};
/// use qcdc::validate::{Validate, ValidationContext};
///
/// let r = examples::long_bien_2021();
/// assert_eq!(r.field, ModelField::Economy);
/// assert_eq!(r.registered_with.name_vi(), "Ban Dân vận Quận ủy Long Biên");
/// assert_eq!(r.stage(), Stage::Recognised);
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
/// assert!(r.validate(&ctx).is_valid());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Đăng ký mô hình \"Dân vận khéo\"")]
pub struct ModelRegistration {
    /// **Năm đăng ký** — the year under review (the year whose results are evaluated).
    #[schemars(title = "Năm đăng ký", range(min = 2009, max = 2100))]
    pub year: i32,
    /// **Ngày đăng ký** — in the registration year or the year before it.
    #[schemars(title = "Ngày đăng ký")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub registered_on: NaiveDate,
    /// **Cơ quan tiếp nhận đăng ký** — the body the model registers with (the Ban Dân vận of the
    /// level; since 2025 its successor or the Ban Thường trực Ủy ban MTTQ of the ward).
    #[schemars(title = "Cơ quan tiếp nhận đăng ký")]
    pub registered_with: Organisation,
    /// **Chủ thể đăng ký** — the collective or individual who registers.
    #[schemars(title = "Tập thể, cá nhân đăng ký")]
    pub registrant: Registrant,
    /// **Tên mô hình** (content 1) — short, memorable, says what it is for.
    #[schemars(title = "Tên mô hình", length(min = 1, max = 200))]
    pub model_name: String,
    /// **Lĩnh vực** — the field of the model.
    #[schemars(title = "Lĩnh vực")]
    pub field: ModelField,
    /// **Lĩnh vực khác** — the name of the field when [`field`](Self::field) is
    /// [`ModelField::Other`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Tên lĩnh vực khác", length(max = 200))]
    pub field_other: Option<String>,
    /// **Địa bàn thực hiện** (content 5) — the area or unit where the model runs.
    #[schemars(title = "Địa bàn thực hiện", length(min = 1, max = 1000))]
    pub area: String,
    /// **Đối tượng** (content 5) — who benefits or takes part.
    #[schemars(title = "Đối tượng thụ hưởng, tham gia", length(min = 1, max = 1000))]
    pub beneficiaries: String,
    /// **Thực trạng, lý do xây dựng** (content 2) — the concrete problem the model solves.
    #[schemars(
        title = "Thực trạng, lý do xây dựng mô hình",
        length(min = 1, max = 4000)
    )]
    pub problem: String,
    /// **Phương án** (contents 3, 4, 6, 7) — objectives and criteria, activities, partners and
    /// resources.
    #[schemars(title = "Phương án thực hiện")]
    pub plan: Plan,
    /// **Lộ trình** (content 8) — the phases, in order, not overlapping.
    #[serde(default)]
    #[schemars(title = "Lộ trình (các giai đoạn)", length(min = 1, max = 20))]
    pub roadmap: Vec<Phase>,
    /// **Tiến độ** (content 8) — dated, measurable milestones, each in a phase.
    #[serde(default)]
    #[schemars(title = "Tiến độ (các mốc)", length(min = 1, max = 200))]
    pub milestones: Vec<Milestone>,
    /// **Sản phẩm, kết quả đầu ra** (content 9) — concrete, verifiable outputs.
    #[serde(default)]
    #[schemars(
        title = "Sản phẩm, kết quả đầu ra",
        length(min = 1, max = 50),
        inner(length(min = 1, max = 1000))
    )]
    pub expected_outputs: Vec<String>,
    /// **Khả năng duy trì, nhân rộng** (content 10).
    #[schemars(title = "Khả năng duy trì, nhân rộng", length(min = 1, max = 4000))]
    pub sustainability: String,
    /// **Thời gian đánh giá kết quả** (content 8) — the date results are evaluated.
    #[schemars(title = "Thời gian đánh giá kết quả")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub evaluation_date: NaiveDate,
    /// **Người liên hệ** — who to call.
    #[schemars(title = "Người liên hệ")]
    pub contact: Contact,
    /// **Quá trình thực hiện** — the dated steps after registration (implementing, reviewed,
    /// recognised…); empty while the model is only registered.
    #[serde(default)]
    #[schemars(title = "Quá trình thực hiện, công nhận")]
    pub history: Vec<StatusChange>,
    /// **Báo cáo tiến độ** — one report per reporting period.
    #[serde(default)]
    #[schemars(title = "Báo cáo tiến độ", length(max = 60))]
    pub progress: Vec<ProgressReport>,
}

impl ModelRegistration {
    /// The milestone named `name` (compared without case and diacritics), with its index.
    ///
    /// # Example
    /// ```
    /// let r = qcdc::dan_van_kheo::examples::long_bien_2021();
    /// let (i, m) = r.milestone("HOAN THANH KIEM DEM").unwrap();
    /// assert_eq!((i, m.name.as_str()), (1, "Hoàn thành kiểm đếm"));
    /// ```
    pub fn milestone(&self, name: &str) -> Option<(usize, &Milestone)> {
        let key = crate::text::fold(name);
        self.milestones
            .iter()
            .enumerate()
            .find(|(_, m)| crate::text::fold(&m.name) == key)
    }
}
