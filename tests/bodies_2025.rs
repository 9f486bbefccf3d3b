//! Bodies, titles and dân vận work of the two-level state (from 01/07/2025), and the 2021 ones
//! kept valid for their dates (DOMAIN.md §3 "Since 01/07/2025", §6).

use chrono::NaiveDate;
use qcdc::dan_van_kheo::{RecognitionLevel, RegistrationRules, examples};
use qcdc::org::reference::{ha_noi, phuong, quan_long_bien};
use qcdc::org::{
    AdminUnit, OrgKind, OrgSettings, Organisation, Person, Position, Title, UnitKind,
    parse_positions,
};
use qcdc::report::BriefingReport;
use qcdc::report::reference::giao_ban_2021_q1;
use qcdc::validate::{Code, Validate, ValidationContext, ValidationReport, from_json_slice};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn on(y: i32, m: u32, day: u32) -> ValidationContext {
    ValidationContext::new(d(y, m, day))
}

fn quang_ninh() -> AdminUnit {
    AdminUnit::new(UnitKind::Tinh, "Quảng Ninh")
}

fn person(line: &str, unit: &AdminUnit) -> Person {
    Person::new("Nguyễn Văn A").with_positions(parse_positions(line, unit).unwrap())
}

fn citations(report: &ValidationReport) -> Vec<String> {
    report
        .errors()
        .iter()
        .map(|v| {
            v.citation
                .as_ref()
                .map(|c| c.to_string())
                .unwrap_or_default()
        })
        .collect()
}

#[test]
fn a_province_has_a_ban_tuyen_giao_va_dan_van_and_no_ban_dan_van() {
    let province = quang_ninh();
    let head = person("Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", &province);
    assert_eq!(
        head.positions[0].to_string(),
        "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh"
    );
    assert!(head.validate(&on(2026, 11, 28)).is_valid());

    let old = person("Trưởng Ban Dân vận Tỉnh ủy", &province);
    assert!(old.validate(&on(2021, 4, 7)).is_valid());
    let found = old.validate(&on(2026, 11, 28));
    assert_eq!(found.error_codes(), [Code::BodyNotExisting]);
    assert_eq!(found.errors()[0].path, "/positions/0/organisation");
    assert_eq!(citations(&found), ["khoản 2 Điều 1 Quy định số 329-QĐ/TW"]);
    assert_eq!(
        found.errors()[0].message_vi(),
        "Cơ quan, tổ chức Ban Dân vận Tỉnh ủy Quảng Ninh không tồn tại vào ngày 28/11/2026."
    );
    // Before the merger, the successor did not exist yet.
    assert!(!head.validate(&on(2021, 4, 7)).is_valid());
}

#[test]
fn the_merger_date_is_the_localitys_own() {
    let thanh_uy = |kind| Organisation::new(kind, ha_noi());
    let early_march = on(2025, 3, 5);
    // Default: merged from 01/03/2025, before Quy định 329-QĐ/TW was issued (no citation).
    let found = thanh_uy(OrgKind::BanDanVan).validate(&early_march);
    assert_eq!(found.error_codes(), [Code::BodyNotExisting]);
    assert_eq!(citations(&found), [""]);
    // A locality that merged on 10/03/2025.
    let settings = OrgSettings::default().with_ban_dan_van_merger(ha_noi(), d(2025, 3, 10));
    let ctx = early_march.with_org_settings(settings);
    assert!(thanh_uy(OrgKind::BanDanVan).validate(&ctx).is_valid());
    assert!(
        !thanh_uy(OrgKind::BanTuyenGiaoDanVan)
            .validate(&ctx)
            .is_valid()
    );
}

#[test]
fn a_special_zone_has_its_ban_tuyen_giao_va_dan_van_a_ward_does_not() {
    let phu_quoc = AdminUnit::new(UnitKind::DacKhu, "Phú Quốc");
    let p = person(
        "Trưởng Ban tuyên giáo và dân vận Đảng ủy đặc khu",
        &phu_quoc,
    );
    assert_eq!(
        p.positions[0].organisation.kind,
        OrgKind::BanTuyenGiaoDanVan
    );
    assert!(p.validate(&on(2026, 11, 28)).is_valid());
    let p = person("Trưởng Ban Tổ chức Đảng ủy đặc khu Phú Quốc", &phu_quoc);
    assert!(p.validate(&on(2026, 11, 28)).is_valid());

    let ward = person(
        "Trưởng Ban Tuyên giáo và Dân vận Đảng ủy",
        &phuong("Long Biên"),
    );
    let found = ward.validate(&on(2026, 11, 28));
    assert_eq!(found.error_codes(), [Code::BodyNotExisting]);
    assert_eq!(citations(&found), ["Điều 4 Quy định số 298-QĐ/TW"]);
}

#[test]
fn a_commune_has_its_ban_xay_dung_dang_from_july_2025() {
    let p = person(
        "Phó Bí thư Đảng ủy, Trưởng Ban Xây dựng Đảng",
        &phuong("Long Biên"),
    );
    assert_eq!(
        p.to_string(),
        "Nguyễn Văn A - Phó Bí thư Đảng ủy phường Long Biên, Trưởng Ban Xây dựng Đảng Đảng ủy phường Long Biên"
    );
    assert!(p.validate(&on(2026, 11, 28)).is_valid());
    let found = p.validate(&on(2025, 6, 30));
    assert_eq!(found.error_codes(), [Code::BodyNotExisting]);
    assert_eq!(found.errors()[0].path, "/positions/1/organisation");
    assert_eq!(citations(&found), ["Điều 4 Quy định số 298-QĐ/TW"]);
}

#[test]
fn no_labour_federation_below_the_province() {
    let found = person("Chủ tịch LĐLĐ phường", &phuong("Long Biên")).validate(&on(2026, 11, 28));
    assert_eq!(found.error_codes(), [Code::KindNotAtLevel]);
    assert_eq!(citations(&found), ["khoản 1 Điều 8 Luật số 50/2024/QH15"]);
    // The ward's own union is another kind, and exists.
    let own = person("Chủ tịch Công đoàn cơ sở phường", &phuong("Long Biên"));
    assert_eq!(own.positions[0].organisation.kind, OrgKind::CongDoanCoSo);
    assert!(own.validate(&on(2026, 11, 28)).is_valid());
    // The district's federation of 2021 stays valid for its dates.
    assert!(
        person("Chủ tịch LĐLĐ Quận", &quan_long_bien())
            .validate(&on(2021, 4, 7))
            .is_valid()
    );
}

#[test]
fn titles_in_use_now_parse_and_display() {
    let ward = phuong("Long Biên");
    let p = person("Bí thư Đảng ủy, Chủ tịch HĐND phường", &ward);
    let pairs: Vec<(Title, OrgKind)> = p
        .positions
        .iter()
        .map(|x| (x.title, x.organisation.kind))
        .collect();
    assert_eq!(
        pairs,
        [
            (Title::BiThu, OrgKind::PartyCommittee),
            (Title::ChuTich, OrgKind::Hdnd)
        ]
    );
    assert!(p.validate(&on(2026, 11, 28)).is_valid());
    for (line, shown) in [
        (
            "Chánh Văn phòng Đảng ủy",
            "Chánh Văn phòng Đảng ủy phường Long Biên",
        ),
        (
            "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy",
            "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường Long Biên",
        ),
        (
            "Giám đốc Trung tâm phục vụ hành chính công",
            "Giám đốc Trung tâm phục vụ hành chính công phường Long Biên",
        ),
        (
            "Phó Trưởng Ban Xây dựng Đảng",
            "Phó Trưởng Ban Xây dựng Đảng Đảng ủy phường Long Biên",
        ),
    ] {
        let p = person(line, &ward);
        assert_eq!(p.positions[0].to_string(), shown);
        assert!(p.validate(&on(2026, 11, 28)).is_valid(), "{line}");
    }
}

#[test]
fn the_heads_of_the_mass_organisations_sit_in_the_front() {
    let ward = phuong("Long Biên");
    let p = person(
        "Phó Chủ tịch Ủy ban MTTQ phường, Chủ tịch Hội LHPN phường",
        &ward,
    );
    assert!(p.validate(&on(2026, 11, 28)).is_valid());
    let women = &p.positions[1];
    assert_eq!(
        women.front_post(d(2026, 11, 28)).as_ref(),
        Some(&p.positions[0])
    );
    assert_eq!(
        women.organisation.parent_on(d(2026, 11, 28)),
        Some(Organisation::new(OrgKind::Mttq, ward.clone()))
    );
    assert_eq!(women.organisation.parent_on(d(2021, 4, 7)), None);
    assert_eq!(
        Position::front_post_rule().to_string(),
        "Hướng dẫn số 31-HD/BTCTW"
    );
    // The Youth Union's head is its Bí thư.
    let youth = person("Bí thư Đoàn phường", &ward);
    assert!(youth.positions[0].front_post(d(2026, 1, 1)).is_some());
}

#[test]
fn ha_noi_wards_had_no_council_from_2021_to_2025() {
    let s = OrgSettings::default();
    let ward = phuong("Long Biên");
    let absent = OrgKind::Hdnd.absence_on(&ward, Some("01"), d(2023, 5, 1), &s);
    assert_eq!(
        absent.flatten().map(|r| r.to_string()).as_deref(),
        Some("Nghị quyết số 97/2019/QH14")
    );
    assert!(
        OrgKind::Ubnd
            .absence_on(&ward, Some("01"), d(2023, 5, 1), &s)
            .is_none()
    );
    assert!(
        OrgKind::Hdnd
            .absence_on(&ward, Some("01"), d(2021, 6, 30), &s)
            .is_none()
    );
    assert!(
        OrgKind::Hdnd
            .absence_on(&ward, Some("01"), d(2025, 7, 1), &s)
            .is_none()
    );
    // Another province's ward had one (unless the user adds its pilot).
    assert!(
        OrgKind::Hdnd
            .absence_on(&ward, Some("48"), d(2023, 5, 1), &s)
            .is_none()
    );
}

fn ward_briefing() -> BriefingReport {
    from_json_slice(
        &std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/briefing_report/valid/ward_2026_q3.json"
        ))
        .unwrap(),
    )
    .unwrap()
}

#[test]
fn a_2026_briefing_may_be_convened_by_the_front_or_the_dang_uy() {
    let ctx = on(2026, 11, 28);
    let report = ward_briefing();
    assert_eq!(
        report.bloc.name_vi(),
        "Ban Thường trực Ủy ban MTTQ phường Long Biên"
    );
    assert!(report.validate(&ctx).is_valid());
    let mut by_dang_uy = report.clone();
    by_dang_uy.bloc.kind = OrgKind::PartyCommittee;
    assert!(by_dang_uy.validate(&ctx).is_valid());
    let mut by_khoi = report.clone();
    by_khoi.bloc.kind = OrgKind::KhoiDanVan;
    assert!(by_khoi.validate(&ctx).is_valid());
    // The Khối Dân vận's status after 2025 is a setting.
    let settings = OrgSettings {
        khoi_dan_van_until: Some(d(2025, 6, 30)),
        ..OrgSettings::default()
    };
    let found = by_khoi.validate(&ctx.clone().with_org_settings(settings));
    assert_eq!(found.error_codes(), [Code::BodyNotExisting]);

    let mut by_ubnd = report;
    by_ubnd.bloc.kind = OrgKind::Ubnd;
    let found = by_ubnd.validate(&ctx);
    assert_eq!(found.error_codes(), [Code::WrongBodyKind]);
    assert_eq!(
        found.errors()[0].message_vi(),
        "Cần Khối Dân vận, Ban Tuyên giáo và Dân vận, Cấp ủy hoặc Ban Thường trực Ủy ban MTTQ, không phải Ủy ban nhân dân."
    );
}

#[test]
fn the_2021_briefing_stays_valid_for_its_dates() {
    let seed = giao_ban_2021_q1();
    assert!(seed.validate(&on(2021, 4, 8)).is_valid());
    // In 2021 only a Khối Dân vận convened.
    let mut by_quan_uy = seed;
    by_quan_uy.bloc.kind = OrgKind::PartyCommittee;
    assert_eq!(
        by_quan_uy.validate(&on(2021, 4, 8)).error_codes(),
        [Code::WrongBodyKind]
    );
}

#[test]
fn a_ward_registration_goes_to_its_front() {
    let ctx = on(2026, 11, 28);
    let mut r = examples::ward_2026();
    assert!(r.validate(&ctx).is_valid());
    r.registered_with.kind = OrgKind::KhoiDanVan;
    let found = r.validate(&ctx);
    assert_eq!(found.error_codes(), [Code::WrongBodyKind]);
    assert_eq!(found.errors()[0].path, "/registered_with/kind");
    assert_eq!(citations(&found), ["Công văn số 249/MTTQ-BTT"]);
    let rules = RegistrationRules {
        commune_receivers: vec![OrgKind::MttqStandingBoard, OrgKind::KhoiDanVan],
        ..RegistrationRules::default()
    };
    assert!(r.validate_with(&ctx, &rules).is_valid());
    // The 2021 registration with the district's Ban Dân vận stays valid for its dates.
    assert!(
        examples::long_bien_2021()
            .validate(&on(2021, 12, 31))
            .is_valid()
    );
}

#[test]
fn recognition_levels_since_2025() {
    assert_eq!(
        "cấp cơ sở".parse::<RecognitionLevel>().unwrap(),
        RecognitionLevel::Grassroots
    );
    assert_eq!(
        "cap xa".parse::<RecognitionLevel>().unwrap(),
        RecognitionLevel::Commune
    );
    assert!(RecognitionLevel::Grassroots.exists_on(d(2025, 6, 30)));
    assert_eq!(
        RecognitionLevel::Grassroots
            .absent_on(d(2025, 7, 1))
            .map(|r| r.to_string())
            .as_deref(),
        Some("Quy định số 298-QĐ/TW")
    );
    for level in [
        RecognitionLevel::Commune,
        RecognitionLevel::Province,
        RecognitionLevel::Central,
    ] {
        assert!(level.exists_on(d(2026, 11, 28)), "{level:?}");
    }
    assert_eq!(RecognitionLevel::Commune.to_string(), "Cấp xã");
}

mod properties {
    use super::*;
    use proptest::prelude::*;
    use qcdc::Vocabulary;
    use qcdc::validate::Pointer;

    proptest! {
        /// For every kind, unit kind and day from 2000 to 2030, the check of a body reports it
        /// missing (or not organised at its level) exactly when `exists_on` says it did not
        /// exist.
        #[test]
        fn check_agrees_with_exists_on(
            kind in proptest::sample::select(OrgKind::ALL),
            unit_kind in proptest::sample::select(UnitKind::ALL),
            days in 0u64..11_323,
        ) {
            let date = d(2000, 1, 1) + chrono::Days::new(days);
            let org = Organisation::new(kind, AdminUnit::new(unit_kind, "Long Biên"));
            let mut report = ValidationReport::new();
            org.check(Some(date), &Pointer::root(), &mut report);
            let missing = report
                .errors()
                .iter()
                .any(|v| matches!(v.code, Code::BodyNotExisting | Code::KindNotAtLevel));
            prop_assert_eq!(missing, !org.exists_on(date));
            if kind == OrgKind::CoQuanDonVi {
                // It needs its own name: that finding is the only other one.
                prop_assert!(report.error_codes().contains(&Code::Required));
            }
        }
    }
}

/// The 2026 ward model, carried out, reviewed and recognised at "cấp xã" in 2027 by `by`.
fn recognised_in_2027(
    level: RecognitionLevel,
    by: OrgKind,
) -> qcdc::dan_van_kheo::ModelRegistration {
    use qcdc::dan_van_kheo::{
        MilestoneProgress, MilestoneStatus, ProgressReport, Stage, StatusChange,
    };
    let mut r = examples::ward_2026();
    r.progress.push(ProgressReport {
        period: "2026-Q4".parse().unwrap(),
        milestones: vec![MilestoneProgress {
            milestone: "Quy ước được thông qua".to_owned(),
            reached: 85.0,
            status: MilestoneStatus::Done,
        }],
        note: None,
    });
    r.history = vec![
        StatusChange::new(Stage::Implementing, d(2026, 11, 1)),
        StatusChange::new(Stage::Reviewed, d(2027, 4, 15)),
        StatusChange::recognised(
            d(2027, 5, 19),
            level,
            "Giấy khen của Ban Thường vụ Đảng ủy phường",
        )
        .by(Organisation::new(by, phuong("Long Biên"))),
    ];
    r
}

#[test]
fn a_ward_model_is_commended_by_the_dang_uy_at_cap_xa() {
    let ctx = on(2027, 6, 1);
    let ok = recognised_in_2027(RecognitionLevel::Commune, OrgKind::PartyCommittee);
    let found = ok.validate(&ctx);
    assert!(found.is_valid(), "{found}");

    let by_front = recognised_in_2027(RecognitionLevel::Commune, OrgKind::Mttq);
    let found = by_front.validate(&ctx);
    assert_eq!(found.error_codes(), [Code::WrongBodyKind]);
    assert_eq!(
        found.errors()[0].path,
        "/history/2/recognition/recognised_by/kind"
    );
    assert_eq!(citations(&found), ["Công văn số 249/MTTQ-BTT"]);

    // "Cấp cơ sở" is the pre-2025 label.
    let old_label = recognised_in_2027(RecognitionLevel::Grassroots, OrgKind::PartyCommittee);
    let found = old_label.validate(&ctx);
    assert_eq!(found.error_codes(), [Code::RecognitionLevelNotOnDate]);
    assert_eq!(citations(&found), ["Quy định số 298-QĐ/TW"]);

    // Central recognition after the merger is a setting.
    let central = recognised_in_2027(RecognitionLevel::Central, OrgKind::PartyCommittee);
    assert!(central.validate(&ctx).is_valid());
    let rules = RegistrationRules {
        central_recognition: false,
        ..RegistrationRules::default()
    };
    assert_eq!(
        central.validate_with(&ctx, &rules).error_codes(),
        [Code::RecognitionLevelNotOnDate]
    );
}
