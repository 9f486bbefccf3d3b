//! **Mô hình "Dân vận khéo"** — registrations of "skilful mass mobilisation" models: who
//! registers, with which body, the plan (phương án), the roadmap (lộ trình) and the dated,
//! measurable milestones (tiến độ), the lifecycle up to recognition, and progress reports.
//!
//! The emulation movement "Dân vận khéo" (named after Hồ Chí Minh's article "Dân vận",
//! 15/10/1949) has run since 2009. A collective (tập thể: an agency, unit, residential area,
//! Party cell) or an individual (cá nhân) registers a model with the body that launches the
//! movement at its level — usually the Ban Dân vận of the Party committee, since 2025 its
//! successor (the Ban Tuyên giáo và Dân vận) or, at ward level, the Ban Thường trực Ủy ban MTTQ
//! — and builds "phương án, lộ trình, tiến độ cụ thể" that the body guides and checks.
//!
//! # The ten mandatory contents and where they land
//! [Công văn 249/MTTQ-BTT](crate::legal::CONG_VAN_249_MTTQ_BTT) makes ten contents mandatory in a
//! registration. [`ModelRegistration`] carries every one of them:
//!
//! | # | Content (Công văn 249/MTTQ-BTT) | Field(s) |
//! |---|---|---|
//! | 1 | tên mô hình | [`model_name`](ModelRegistration::model_name) (with [`field`](ModelRegistration::field)) |
//! | 2 | thực trạng, lý do xây dựng | [`problem`](ModelRegistration::problem) |
//! | 3 | mục tiêu, tiêu chí | [`plan.objectives`](Plan::objectives), [`plan.criteria`](Plan::criteria) |
//! | 4 | nội dung, cách thức thực hiện | [`plan.activities`](Plan::activities), [`plan.mobilisation`](Plan::mobilisation) |
//! | 5 | địa bàn, đối tượng | [`area`](ModelRegistration::area), [`beneficiaries`](ModelRegistration::beneficiaries) |
//! | 6 | lực lượng thực hiện (chủ trì, phối hợp, tham gia) | [`plan.partners`](Plan::partners) with their [`PartnerRole`], [`plan.participants`](Plan::participants) |
//! | 7 | nguồn lực (kinh phí, cơ sở vật chất, con người, ngày công, xã hội hóa) | [`plan.resources`](Plan::resources) ([`Resources`]) |
//! | 8 | thời gian thực hiện, tiến độ, thời điểm đánh giá | [`roadmap`](ModelRegistration::roadmap) ([`Phase`]), [`milestones`](ModelRegistration::milestones) ([`Milestone`]), [`evaluation_date`](ModelRegistration::evaluation_date) |
//! | 9 | sản phẩm, kết quả đầu ra | [`expected_outputs`](ModelRegistration::expected_outputs) |
//! | 10 | khả năng duy trì, nhân rộng | [`sustainability`](ModelRegistration::sustainability) |
//!
//! Besides them: the year, the date and body of registration, the registrant ([`Registrant`]),
//! the contact ([`Contact`]), the lifecycle ([`history`](ModelRegistration::history), see
//! [`Stage`]) and the progress reports ([`progress`](ModelRegistration::progress)).
//!
//! # Layout
//! - `registration` — [`ModelRegistration`], [`Registrant`], [`ModelField`], [`Contact`];
//! - `plan` — the phương án ([`Plan`], [`Partner`], [`Resources`]) and the lộ trình and tiến
//!   độ ([`Phase`], [`Milestone`]);
//! - `lifecycle` — [`Stage`], [`StatusChange`], [`Recognition`], [`RecognitionLevel`],
//!   [`TransitionError`];
//! - `progress` — [`ProgressReport`], [`MilestoneProgress`], [`MilestoneStatus`];
//! - `validation` — the rules ([`Validate`](crate::Validate) for [`ModelRegistration`],
//!   [`ModelRegistration::validate_with`]);
//! - `settings` — [`RegistrationRules`], the checks resting on facts not yet confirmed;
//! - [`examples`] — the reference registration of quận Long Biên, 2021, and a broken copy.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use qcdc::dan_van_kheo::examples;
//! use qcdc::validate::{Code, Validate, ValidationContext};
//!
//! let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 12, 31).unwrap());
//! let registration = examples::long_bien_2021();
//! assert!(registration.validate(&ctx).is_valid());
//!
//! let broken = examples::long_bien_2021_broken();
//! let report = broken.validate(&ctx);
//! assert!(report.error_codes().contains(&Code::PhaseOverlap));
//! ```

mod lifecycle;
mod plan;
mod progress;
mod registration;
mod settings;
mod validation;

pub mod examples;

pub use lifecycle::{Recognition, RecognitionLevel, Stage, StatusChange, TransitionError};
pub use plan::{Milestone, Partner, PartnerRole, Phase, Plan, Resources};
pub use progress::{MilestoneProgress, MilestoneStatus, ProgressReport, ProgressSummary};
pub use registration::{Contact, ModelField, ModelRegistration, Registrant, RegistrantKind};
pub use settings::{DEFAULT_COMMUNE_RECEIVERS, DEFAULT_COMMUNE_RECOGNISERS, RegistrationRules};

/// The first year of the movement (2009): earlier registration years are rejected.
pub const FIRST_YEAR: i32 = 2009;
/// The last registration year accepted (a guard against typing errors such as 20211).
pub const LAST_YEAR: i32 = 2100;
/// The longest name (of a model, a phase, a milestone, an other field), in characters.
pub const MAX_NAME: usize = 200;
/// The longest free text (the problem, a description), in characters.
pub const MAX_TEXT: usize = 4000;
/// The longest item of a list (an objective, an activity, an output), in characters.
pub const MAX_ITEM: usize = 1000;
/// The longest indicator of a milestone, in characters.
pub const MAX_INDICATOR: usize = 300;
/// The longest unit of measure of a milestone ("hộ", "%", "m²"), in characters.
pub const MAX_MEASURE_UNIT: usize = 50;
/// The most items of each list of the plan (objectives, criteria, activities, partners,
/// outputs).
pub const MAX_LIST: usize = 50;
/// The most phases of a roadmap.
pub const MAX_PHASES: usize = 20;
/// The most milestones of a registration.
pub const MAX_MILESTONES: usize = 200;
/// The most progress reports of a registration (five years of monthly reports).
pub const MAX_REPORTS: usize = 60;
