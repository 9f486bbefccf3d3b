//! The administrative registry: counts, codes, lookups, successions, and coded units in
//! validation and roll-ups.

use std::collections::HashSet;

use chrono::NaiveDate;
use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, rollup};
use qcdc::org::registry::{self, Rearrangement};
use qcdc::org::{AdminLevel, AdminUnit, UnitCode, UnitKind};
use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn code(s: &str) -> UnitCode {
    s.parse().unwrap()
}

const HA_NOI: UnitCode = UnitCode::province(1);
const BEFORE: NaiveDate = match NaiveDate::from_ymd_opt(2021, 4, 7) {
    Some(d) => d,
    None => panic!(),
};

#[test]
fn thirty_four_provinces_28_tinh_and_6_cities() {
    let provinces = registry::provinces();
    assert_eq!(provinces.len(), 34);
    let count = |k| provinces.iter().filter(|p| p.kind() == k).count();
    assert_eq!(count(UnitKind::Tinh), 28);
    assert_eq!(count(UnitKind::ThanhPhoTrucThuocTrungUong), 6);
    let cities: HashSet<_> = provinces
        .iter()
        .filter(|p| p.kind() == UnitKind::ThanhPhoTrucThuocTrungUong)
        .map(|p| p.name())
        .collect();
    let expected = [
        "Hà Nội",
        "Hải Phòng",
        "Huế",
        "Đà Nẵng",
        "Hồ Chí Minh",
        "Cần Thơ",
    ];
    assert_eq!(cities, expected.into_iter().collect());
}

#[test]
fn communes_3321_are_2621_xa_687_phuong_13_dac_khu() {
    let communes: Vec<_> = registry::provinces()
        .iter()
        .flat_map(|p| registry::communes(p.code()))
        .collect();
    assert_eq!(communes.len(), 3321);
    let count = |k| communes.iter().filter(|c| c.kind() == k).count();
    assert_eq!(count(UnitKind::Xa), 2621);
    assert_eq!(count(UnitKind::Phuong), 687);
    assert_eq!(count(UnitKind::DacKhu), 13);
    assert_eq!(registry::communes(HA_NOI).len(), 126); // Nghị quyết 1656/NQ-UBTVQH15
}

#[test]
fn the_former_list_has_63_provinces() {
    let former = registry::provinces_on(d(2025, 6, 30));
    assert_eq!(former.len(), 63);
    assert!(
        former
            .iter()
            .all(|p| p.valid_until() == Some(d(2025, 6, 30)))
    );
    assert_eq!(
        registry::former(UnitCode::province(2)).unwrap().name(),
        "Hà Giang"
    );
}

#[test]
fn codes_are_unique_within_each_list() {
    for in_force in [true, false] {
        let mut seen = HashSet::new();
        for e in registry::entries()
            .iter()
            .filter(|e| e.in_force() == in_force)
        {
            assert!(seen.insert(e.code()), "{} twice", e.code());
        }
    }
}

#[test]
fn every_unit_has_its_province_and_is_found_by_its_code() {
    for e in registry::entries() {
        if e.kind().level() == AdminLevel::Province {
            assert!(e.province_code().is_none());
        } else {
            let province = e
                .province()
                .unwrap_or_else(|| panic!("{e} has no province"));
            assert_eq!(province.kind().level(), AdminLevel::Province);
            assert_eq!(province.in_force(), e.in_force());
        }
        let date = if e.in_force() { d(2026, 1, 1) } else { BEFORE };
        assert_eq!(registry::unit_on(e.code(), date), Some(e));
        assert!(e.exists_on(date));
    }
}

#[test]
fn commune_names_are_unique_within_a_province_and_found_folded() {
    for p in registry::provinces() {
        for c in registry::communes(p.code()) {
            let full = c.to_string();
            assert_eq!(registry::find(p.code(), &full), Some(c), "{full}");
        }
    }
}

#[test]
fn lookup_by_code_and_by_folded_name() {
    let long_bien = registry::unit(code("00145")).unwrap();
    assert_eq!(long_bien.to_string(), "Phường Long Biên");
    assert_eq!(long_bien.kind(), UnitKind::Phuong);
    assert_eq!(long_bien.province_code(), Some(HA_NOI));
    for query in [
        "phuong long bien",
        "P. Long Biên",
        "Phường Long Biên",
        "PHƯỜNG LONG BIÊN",
        "p.long bien",
        "Long Biên",
        "Phu\u{031b}\u{0300}o\u{031b}ng Long Bie\u{0302}n", // NFD
    ] {
        assert_eq!(registry::find(HA_NOI, query), Some(long_bien), "{query}");
    }
    assert_eq!(registry::find(HA_NOI, "Xã Long Biên"), None);
    assert_eq!(registry::find(UnitCode::province(79), "Long Biên"), None);
    // The typographic and the ASCII apostrophe are one.
    let dak_lak = UnitCode::province(66);
    assert_eq!(
        registry::find(dak_lak, "Xã Ea H’Leo"),
        registry::find(dak_lak, "xa ea h'leo")
    );
    assert!(registry::find(dak_lak, "Xã Ea H’Leo").is_some());
}

#[test]
fn long_bien_and_its_14_wards_until_june_2025() {
    let quan = registry::search_on(Some(HA_NOI), "Quận Long Biên", BEFORE);
    assert_eq!(quan.len(), 1);
    assert_eq!(quan[0].code(), code("004"));
    let wards: Vec<_> = registry::communes_on(HA_NOI, BEFORE)
        .iter()
        .filter(|c| c.district_code() == Some(code("004")))
        .collect();
    let mut names: Vec<_> = wards.iter().map(|w| w.name()).collect();
    names.sort_by_key(|n| qcdc::text::fold(n));
    // The statistics office's lists have 13: phường Sài Đồng was split between Phúc Lợi and
    // Phúc Đồng in the 2023–2025 rearrangement, before 04/01/2025 (not in the list of that day).
    let without_sai_dong: Vec<_> = qcdc::org::reference::LONG_BIEN_WARDS
        .into_iter()
        .filter(|n| *n != "Sài Đồng")
        .collect();
    assert_eq!(names, without_sai_dong);
    assert!(wards.iter().all(|w| w.kind() == UnitKind::Phuong));
    assert!(
        wards
            .iter()
            .all(|w| w.valid_until() == Some(d(2025, 6, 30)))
    );
    // Each went into at least one ward in force, all of them in Hà Nội.
    for w in &wards {
        let successors: Vec<_> = w.successors().collect();
        assert!(!successors.is_empty(), "{w}");
        assert!(
            successors
                .iter()
                .all(|s| s.successor.province_code() == Some(HA_NOI) && s.successor.in_force())
        );
    }
}

fn successors_of(name: &str) -> Vec<(String, Rearrangement)> {
    let found = registry::search_on(Some(HA_NOI), &format!("Phường {name}"), BEFORE);
    let ward = found
        .iter()
        .find(|w| w.district_code() == Some(code("004")))
        .unwrap();
    let mut out: Vec<_> = ward
        .successors()
        .map(|s| (s.successor.code().to_string(), s.how))
        .collect();
    out.sort();
    out
}

#[test]
fn long_bien_wards_mapped_to_their_successors() {
    assert_eq!(
        successors_of("Ngọc Lâm"),
        [("00118".to_owned(), Rearrangement::Whole)]
    );
    let phuc_dong: Vec<_> = successors_of("Phúc Đồng")
        .into_iter()
        .map(|s| s.0)
        .collect();
    assert_eq!(phuc_dong, ["00118", "00127", "00136", "00145"]);
    let long_bien = successors_of("Long Biên");
    assert!(long_bien.contains(&("00118".to_owned(), Rearrangement::PartArea)));
    assert!(long_bien.contains(&("00145".to_owned(), Rearrangement::PartAreaWholePopulation)));
    // And back: the new Phường Long Biên came from the old Long Biên, Thạch Bàn, Cự Khối…
    let new = registry::unit(code("00145")).unwrap();
    let from: HashSet<_> = new.predecessors().map(|s| s.former.to_string()).collect();
    for old in [
        "Phường Long Biên",
        "Phường Thạch Bàn",
        "Phường Cự Khối",
        "Xã Bát Tràng",
    ] {
        assert!(from.contains(old), "{old} not in {from:?}");
    }
    assert!(new.predecessors().all(|s| s.successor == new));
}

#[test]
fn districts_made_dac_khu_are_linked_from_the_district() {
    let con_dao = registry::search_on(None, "Đặc khu Côn Đảo", d(2025, 7, 1));
    assert_eq!(con_dao.len(), 1);
    let from: Vec<_> = con_dao[0].predecessors().collect();
    assert_eq!(from.len(), 1);
    assert_eq!(from[0].former.to_string(), "Huyện Côn Đảo");
    assert_eq!(from[0].how, Rearrangement::Whole);
}

fn check(unit: &AdminUnit, on: Option<NaiveDate>) -> ValidationReport {
    let mut report = ValidationReport::new();
    unit.check(on, &Pointer::root().key("unit"), &mut report);
    report
}

#[test]
fn a_coded_unit_agrees_with_its_code() {
    let ward = AdminUnit::from_registry(code("00145")).unwrap();
    assert!(check(&ward, Some(d(2026, 11, 28))).is_valid());
    assert!(check(&ward, None).is_valid());

    let mut wrong = ward.clone();
    wrong.name = "Việt Hưng".into();
    let report = check(&wrong, Some(d(2026, 11, 28)));
    assert_eq!(report.error_codes(), [Code::UnitCodeMismatch]);
    let e = &report.errors()[0];
    assert_eq!(e.path.to_string(), "/unit/code");
    assert_eq!(
        e.message_vi(),
        "Mã 00145 là của Phường Long Biên, không phải của Phường Việt Hưng."
    );
    assert_eq!(
        e.message_en(),
        "The code 00145 is Phường Long Biên's, not Phường Việt Hưng's."
    );
    assert!(e.citation.is_some());

    let mut other_kind = ward.clone();
    other_kind.kind = UnitKind::Xa;
    assert_eq!(
        check(&other_kind, None).error_codes(),
        [Code::UnitCodeMismatch]
    );

    let mut other_province = ward.clone();
    other_province.province_code = Some(UnitCode::province(79));
    let report = check(&other_province, Some(d(2026, 1, 1)));
    assert_eq!(report.error_codes(), [Code::UnitCodeMismatch]);
    assert_eq!(report.errors()[0].path.to_string(), "/unit/province_code");
}

#[test]
fn a_code_must_be_in_the_list_of_the_date() {
    // The former phường Bồ Đề (00139) has no code in the list in force.
    let old_bo_de = AdminUnit::new(UnitKind::Phuong, "Bồ Đề")
        .with_code(code("00139"), Some(HA_NOI))
        .until(d(2025, 6, 30));
    assert!(check(&old_bo_de, Some(BEFORE)).is_valid());
    let report = check(&old_bo_de, Some(d(2026, 1, 1)));
    assert!(report.error_codes().contains(&Code::UnitCodeNotOnDate));
    assert!(check(&old_bo_de, None).is_valid());

    let nowhere = AdminUnit::new(UnitKind::Xa, "Không Có").with_code(code("99999"), None);
    assert_eq!(check(&nowhere, None).error_codes(), [Code::UnknownUnitCode]);
}

#[test]
fn a_coded_unit_decodes_and_encodes_with_digit_strings() {
    let json = r#"{"kind":"phuong","name":"Long Biên","code":"00145","province_code":"01"}"#;
    let unit: AdminUnit = serde_json::from_str(json).unwrap();
    assert_eq!(unit.code, Some(code("00145")));
    assert_eq!(serde_json::to_string(&unit).unwrap(), json);
    let plain = serde_json::to_string(&AdminUnit::new(UnitKind::Xa, "Tân Mỹ")).unwrap();
    assert!(!plain.contains("code"));
    assert!(serde_json::from_str::<AdminUnit>(r#"{"kind":"xa","name":"X","code":"145"}"#).is_ok());
    assert!(
        serde_json::from_str::<AdminUnit>(r#"{"kind":"xa","name":"X","code":"1450"}"#).is_err()
    );
}

#[test]
fn roll_up_of_a_province_from_the_registry_reports_who_did_not_file() {
    let list = UnitList::for_province(UnitCode::province(46), "2026-Q1".parse().unwrap()).unwrap();
    let expected = registry::communes(UnitCode::province(46)).len();
    assert_eq!(list.units.len(), expected);
    assert_eq!(list.area.as_ref().unwrap().to_string(), "Thành phố Huế");
    let ctx = ValidationContext::new(d(2026, 4, 20));
    let filed: Vec<AdminUnit> = list.units.iter().take(3).cloned().collect();
    let submissions: Vec<_> = filed
        .iter()
        .enumerate()
        .map(|(i, unit)| {
            let report = CommuneQcdcReport::empty(unit.clone(), "2026-Q1".parse().unwrap());
            Submission::new(format!("{i}.json"), report)
        })
        .collect();
    let result = rollup(&submissions, &list, &ctx).expect("a valid unit list");
    assert_eq!(result.units_reported.len(), 3, "{:?}", result.invalid);
    assert_eq!(result.units_missing.len(), expected - 3);
    assert!(!result.units_missing.iter().any(|u| filed.contains(u)));

    // Matched by code when both sides have one, whatever the spelling of the name.
    let mut respelled = filed[0].clone();
    respelled.name = respelled.name.to_uppercase();
    let again = Submission::new(
        "respelled.json",
        CommuneQcdcReport::empty(respelled, "2026-Q1".parse().unwrap()),
    );
    let result = rollup(&[again], &list, &ctx).unwrap();
    assert_eq!(result.units_reported.len(), 1, "{:?}", result.invalid);

    assert!(UnitList::for_province(UnitCode::province(2), "2026-Q1".parse().unwrap()).is_err());
    let former = UnitList::for_province(HA_NOI, "2021-Q1".parse().unwrap()).unwrap();
    assert!(former.units.len() > 500);
}

#[test]
fn tong_hop_takes_the_unit_list_of_a_province_from_the_registry() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/tong_hop/q1_2026_hue"
    );
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO"))
            .args(["run", "--quiet", "--example", "tong_hop", "--", dir])
            .args(args)
            .args(["--as-of", "2026-04-20"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("cargo runs")
    };
    let out = run(&["--province", "46", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let expected = registry::communes(UnitCode::province(46)).len();
    let unit = |v: &serde_json::Value| serde_json::from_value::<AdminUnit>(v.clone()).unwrap();
    assert_eq!(unit(&json["area"]).to_string(), "Thành phố Huế");
    assert_eq!(json["period"], "2026-Q1");
    assert_eq!(json["units_expected"], expected);
    assert_eq!(json["units_reported"].as_array().unwrap().len(), 2);
    let missing = json["units_missing"].as_array().unwrap();
    assert_eq!(missing.len(), expected - 2);
    assert!(
        missing
            .iter()
            .any(|u| unit(u).to_string() == "Phường Vỹ Dạ")
    );
    // The report whose name disagrees with its code is left out, naming both.
    let invalid = json["invalid"].as_array().unwrap();
    assert_eq!(invalid.len(), 1);
    assert_eq!(invalid[0]["errors"][0]["code"], "unit_code_mismatch");
    assert!(json["totals"].is_object());

    // Without --province the list is inferred from the reports: the one whose code and name
    // disagree does not shape it (an outlier, listed) and the others roll up. A bad province
    // code is bad usage.
    let inferred = run(&["--json"]);
    assert_eq!(inferred.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&inferred.stdout).unwrap();
    assert_eq!(json["units_expected"], 2);
    assert_eq!(json["outliers"][0]["file"], "phuong_vy_da_sai_ma.json");
    assert_eq!(run(&["--province", "1"]).status.code(), Some(2));
    assert_eq!(run(&["--province", "02"]).status.code(), Some(2)); // Hà Giang ended 30/06/2025
}
