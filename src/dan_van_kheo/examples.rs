//! **Ví dụ tham chiếu** — the reference registration of the crate: a ward's "Dân vận khéo"
//! model in site clearance (giải phóng mặt bằng), the theme of quận Long Biên for 2021 ("Năm
//! Dân vận khéo, trọng tâm công tác giải phóng mặt bằng"), and a broken copy of it.
//!
//! The units and bodies are real (phường Thạch Bàn, the Ban Dân vận Quận ủy Long Biên); the
//! people, figures and contact details are illustrative. Useful as a template for forms, as
//! test data and in documentation.

use chrono::NaiveDate;

use super::{
    Contact, Milestone, MilestoneProgress, MilestoneStatus, ModelField, ModelRegistration, Partner,
    PartnerRole, Phase, Plan, ProgressReport, RecognitionLevel, Registrant, Resources, Stage,
    StatusChange,
};
use crate::org::reference::{long_bien_wards, quan_long_bien};
use crate::org::{AdminUnit, OrgKind, Organisation, Person, Position, Title, UnitKind};
use crate::period::ReportingPeriod;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid date in the example")
}

fn thach_ban() -> AdminUnit {
    long_bien_wards()
        .into_iter()
        .find(|w| w.name == "Thạch Bàn")
        .expect("Thạch Bàn is one of the 14 phường")
}

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn partner(kind: OrgKind, unit: AdminUnit, role: PartnerRole, tasks: &str) -> Partner {
    Partner {
        organisation: Organisation::new(kind, unit),
        role,
        tasks: Some(tasks.to_owned()),
    }
}

fn progress(quarter: u32, entries: &[(&str, f64, MilestoneStatus)]) -> ProgressReport {
    ProgressReport {
        period: ReportingPeriod::quarter(2021, quarter).expect("a quarter of 2021"),
        milestones: entries
            .iter()
            .map(|(name, reached, status)| MilestoneProgress {
                milestone: (*name).to_owned(),
                reached: *reached,
                status: *status,
            })
            .collect(),
        note: None,
    }
}

/// **Mô hình "Dân vận khéo trong giải phóng mặt bằng" của Ủy ban MTTQ phường Thạch Bàn, 2021**
/// — registered on 15/03/2021 with the Ban Dân vận Quận ủy Long Biên, carried out in three
/// phases, reported on each quarter and recognised at district level on 28/12/2021.
///
/// Valid as of any day from 31/12/2021.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::dan_van_kheo::examples::long_bien_2021;
/// use qcdc::validate::{Validate, ValidationContext};
///
/// let r = long_bien_2021();
/// assert_eq!(r.registrant.to_string(), "Ủy ban MTTQ phường Thạch Bàn");
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 12, 31).unwrap());
/// assert!(r.validate(&ctx).is_valid());
/// ```
pub fn long_bien_2021() -> ModelRegistration {
    use MilestoneStatus::{AtRisk, Done, OnTrack};
    let ward = thach_ban();
    let mttq = Organisation::new(OrgKind::Mttq, ward.clone());
    let chair =
        Person::new("Nguyễn Văn An").with_positions([Position::new(Title::ChuTich, mttq.clone())]);
    let tdp = AdminUnit::new(UnitKind::ToDanPho, "số 5");
    ModelRegistration {
        year: 2021,
        registered_on: d(2021, 3, 15),
        registered_with: Organisation::new(OrgKind::BanDanVan, quan_long_bien()),
        registrant: Registrant::collective(mttq).with_person(chair.clone()),
        model_name: "Dân vận khéo trong giải phóng mặt bằng: \"Ba đến, ba cùng\" với hộ dân"
            .to_owned(),
        field: ModelField::Economy,
        field_other: None,
        area: "Các tổ dân phố số 3, 5 và 7, phường Thạch Bàn, quận Long Biên".to_owned(),
        beneficiaries: "42 hộ gia đình có đất bị thu hồi để xây dựng tuyến đường quy hoạch \
                        trên địa bàn phường"
            .to_owned(),
        problem: "Dự án có 42 hộ trong diện thu hồi đất; nhiều hộ chưa đồng thuận với phương \
                  án bồi thường, hỗ trợ, có đơn kiến nghị kéo dài, tiến độ giải phóng mặt bằng \
                  chậm so với kế hoạch."
            .to_owned(),
        plan: Plan {
            objectives: texts(&[
                "100% hộ trong diện giải phóng mặt bằng được tuyên truyền, đối thoại trực tiếp",
                "Bàn giao toàn bộ mặt bằng trong năm 2021, không phát sinh đơn thư vượt cấp",
            ]),
            criteria: texts(&[
                "Tỷ lệ hộ được tuyên truyền, đối thoại",
                "Số hộ hoàn thành kiểm đếm và bàn giao mặt bằng đúng hạn",
                "Số đơn thư kiến nghị được giải quyết dứt điểm tại cơ sở",
            ]),
            activities: texts(&[
                "Thành lập tổ vận động gồm cán bộ Mặt trận, đoàn thể và người có uy tín ở khu dân cư",
                "\"Ba đến\": đến từng hộ để nghe, giải thích chính sách, giải quyết vướng mắc",
                "\"Ba cùng\": cùng hộ dân kiểm đếm, cùng rà soát phương án, cùng giám sát chi trả",
                "Phối hợp với UBND phường tổ chức đối thoại về phương án bồi thường, hỗ trợ",
            ]),
            mobilisation: Some(
                "Vận động qua người có uy tín, đảng viên và hội viên tại tổ dân phố; gặp gỡ \
                 riêng từng hộ còn vướng mắc; công khai phương án bồi thường tại nhà văn hóa."
                    .to_owned(),
            ),
            partners: vec![
                partner(
                    OrgKind::Mttq,
                    ward.clone(),
                    PartnerRole::Lead,
                    "Chủ trì, xây dựng kế hoạch, phân công tổ vận động",
                ),
                partner(
                    OrgKind::Ubnd,
                    ward.clone(),
                    PartnerRole::Cooperating,
                    "Cung cấp hồ sơ, tổ chức đối thoại, chi trả bồi thường",
                ),
                partner(
                    OrgKind::HoiLhpn,
                    ward.clone(),
                    PartnerRole::Cooperating,
                    "Vận động hội viên phụ nữ trong các hộ",
                ),
                partner(
                    OrgKind::HoiCcb,
                    ward.clone(),
                    PartnerRole::Cooperating,
                    "Vận động hội viên cựu chiến binh, gương mẫu bàn giao trước",
                ),
                partner(
                    OrgKind::DoanTn,
                    ward.clone(),
                    PartnerRole::Cooperating,
                    "Hỗ trợ di chuyển tài sản, vệ sinh mặt bằng",
                ),
                partner(
                    OrgKind::BanCongTacMatTran,
                    tdp,
                    PartnerRole::Participating,
                    "Nắm tình hình, phản ánh ý kiến của hộ dân",
                ),
            ],
            participants: Some("Các hộ gia đình trong diện thu hồi đất".to_owned()),
            resources: Resources {
                budget_vnd: Some(30_000_000),
                state_budget_vnd: Some(10_000_000),
                socialised_vnd: Some(20_000_000),
                workdays: Some(400),
                people: Some(25),
                facilities: Some("Nhà văn hóa tổ dân phố số 5, loa truyền thanh phường".to_owned()),
            },
        },
        roadmap: vec![
            Phase {
                tasks: Some("Khảo sát hộ dân, tuyên truyền, đối thoại".to_owned()),
                ..Phase::new(
                    "Giai đoạn 1: Khảo sát, tuyên truyền",
                    d(2021, 4, 1),
                    d(2021, 5, 31),
                )
            },
            Phase {
                tasks: Some(
                    "Vận động kiểm đếm, nhận tiền bồi thường, bàn giao mặt bằng".to_owned(),
                ),
                ..Phase::new(
                    "Giai đoạn 2: Vận động bàn giao mặt bằng",
                    d(2021, 6, 1),
                    d(2021, 10, 31),
                )
            },
            Phase::new(
                "Giai đoạn 3: Sơ kết, nhân rộng",
                d(2021, 11, 1),
                d(2021, 12, 15),
            ),
        ],
        milestones: vec![
            Milestone::new(
                "Tuyên truyền đến từng hộ",
                1,
                d(2021, 5, 31),
                "Tỷ lệ hộ trong diện giải phóng mặt bằng được tuyên truyền, đối thoại",
                100.0,
                "%",
            ),
            Milestone::new(
                "Hoàn thành kiểm đếm",
                2,
                d(2021, 7, 31),
                "Số hộ hoàn thành kiểm đếm",
                42.0,
                "hộ",
            ),
            Milestone::new(
                "Bàn giao mặt bằng",
                2,
                d(2021, 10, 31),
                "Số hộ bàn giao mặt bằng",
                42.0,
                "hộ",
            ),
            Milestone::new(
                "Sơ kết mô hình",
                3,
                d(2021, 12, 15),
                "Số hội nghị sơ kết",
                1.0,
                "hội nghị",
            ),
        ],
        expected_outputs: texts(&[
            "Biên bản bàn giao mặt bằng của 42 hộ",
            "Báo cáo sơ kết mô hình và danh sách cá nhân tiêu biểu",
        ]),
        sustainability: "Duy trì tổ vận động cho các dự án sau trên địa bàn; nhân rộng cách làm \
                         \"Ba đến, ba cùng\" ra các tổ dân phố khác của phường."
            .to_owned(),
        evaluation_date: d(2021, 12, 15),
        contact: Contact {
            name: chair.name,
            phone: Some("024 3875 0000".to_owned()),
            email: None,
        },
        history: vec![
            StatusChange::new(Stage::Implementing, d(2021, 4, 1)),
            StatusChange::new(Stage::Reviewed, d(2021, 12, 15)),
            StatusChange::recognised(
                d(2021, 12, 28),
                RecognitionLevel::District,
                "Giấy khen của Ban Thường vụ Quận ủy Long Biên",
            ),
        ],
        progress: vec![
            progress(
                2,
                &[
                    ("Tuyên truyền đến từng hộ", 100.0, Done),
                    ("Hoàn thành kiểm đếm", 10.0, OnTrack),
                    ("Bàn giao mặt bằng", 0.0, OnTrack),
                ],
            ),
            progress(
                3,
                &[
                    ("Tuyên truyền đến từng hộ", 100.0, Done),
                    ("Hoàn thành kiểm đếm", 42.0, Done),
                    ("Bàn giao mặt bằng", 25.0, AtRisk),
                ],
            ),
            progress(
                4,
                &[
                    ("Tuyên truyền đến từng hộ", 100.0, Done),
                    ("Hoàn thành kiểm đếm", 42.0, Done),
                    ("Bàn giao mặt bằng", 42.0, Done),
                    ("Sơ kết mô hình", 1.0, Done),
                ],
            ),
        ],
    }
}

/// **Bản đăng ký lỗi** — [`long_bien_2021`] with the mistakes people make on the form: a blank
/// model name, the second phase starting before the first ends, a zero target, a milestone due
/// after its phase, a telephone number with a letter, and a milestone marked done below its
/// target.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::dan_van_kheo::examples::long_bien_2021_broken;
/// use qcdc::validate::{Code, Validate, ValidationContext};
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 12, 31).unwrap());
/// let report = long_bien_2021_broken().validate(&ctx);
/// let found: Vec<_> = report.errors().iter().map(|v| (v.path.as_str(), v.code)).collect();
/// assert_eq!(found, [
///     ("/model_name", Code::Blank),
///     ("/roadmap/1/start", Code::PhaseOverlap),
///     ("/milestones/0/target", Code::NotPositive),
///     ("/milestones/3/due", Code::DateOutside),
///     ("/contact/phone", Code::PhoneFormat),
///     ("/progress/1/milestones/1/status", Code::StatusInconsistent),
/// ]);
/// assert_eq!(report.errors()[1].message_vi(),
///     "Giai đoạn này bắt đầu trước khi giai đoạn \"Giai đoạn 1: Khảo sát, tuyên truyền\" kết thúc (31/05/2021).");
/// ```
pub fn long_bien_2021_broken() -> ModelRegistration {
    let mut r = long_bien_2021();
    r.model_name = "   ".to_owned();
    r.roadmap[1].start = d(2021, 5, 15);
    r.milestones[0].target = 0.0;
    r.milestones[3].due = d(2022, 1, 15);
    r.contact.phone = Some("09l2 345 678".to_owned());
    r.progress[1].milestones[1].reached = 30.0;
    r
}

/// The JSON of [`ward_2026`] (the valid fixture `individual_ward_2026.json`).
pub const WARD_2026_JSON: &str =
    include_str!("../../tests/fixtures/model_registration/valid/individual_ward_2026.json");

/// **Mô hình "Ngõ sạch, phố xanh" của tổ dân phố số 12, phường Long Biên, 2026** — an
/// individual's registration of 20/10/2026 with the Ban Thường trực Ủy ban MTTQ phường Long
/// Biên, the body that receives a ward's registrations since 2025 (Công văn 249/MTTQ-BTT), the
/// Hội LHPN phường cooperating. People and figures are illustrative.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::dan_van_kheo::examples::ward_2026;
/// use qcdc::validate::{Validate, ValidationContext};
///
/// let r = ward_2026();
/// assert_eq!(r.registered_with.name_vi(), "Ban Thường trực Ủy ban MTTQ phường Long Biên");
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
/// assert!(r.validate(&ctx).is_valid());
/// ```
pub fn ward_2026() -> ModelRegistration {
    // A fixture of the crate, decoded and validated by tests/fixtures.rs: it cannot fail.
    crate::validate::from_json_slice(WARD_2026_JSON.as_bytes())
        .expect("the 2026 ward registration fixture decodes (tested in tests/fixtures.rs)")
}
