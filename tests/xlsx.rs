//! The roll-up workbook (feature `xlsx`), read back with calamine: sheet names, every unit's
//! figures, the "Cộng" formulas and their cached results against the crate's totals, the rates,
//! and the lists of missing units and invalid reports.
#![cfg(feature = "xlsx")]

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Range, Reader, Xlsx, open_workbook_from_rs};
use chrono::NaiveDate;
use qcdc::commune_report::{Rollup, RollupTotals, Submission, UnitList, WorkbookOptions, rollup};
use qcdc::validate::{ValidationContext, from_json_slice};

const FIXTURES: &str = "tests/fixtures/tong_hop/q3_2023";

fn ctx() -> ValidationContext {
    ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 25).unwrap())
}

/// The roll-up of the `tong_hop` fixture set, as the example makes it.
fn fixture_rollup() -> Rollup {
    let mut files: Vec<_> = std::fs::read_dir(FIXTURES)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut list = None;
    let mut submissions = Vec::new();
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        if name == "unit_list.json" {
            list = Some(from_json_slice::<UnitList>(&bytes).expect("a valid unit list"));
        } else {
            submissions.push(Submission::from_json(name, &bytes, &ctx()));
        }
    }
    rollup(&submissions, &list.unwrap(), &ctx()).expect("a valid unit list")
}

fn workbook(r: &Rollup) -> Xlsx<Cursor<Vec<u8>>> {
    let options = WorkbookOptions::new(ctx().as_of())
        .issued_by("UBND tỉnh Bắc Giang", "Hệ thống báo cáo QCDC của tỉnh")
        .with_charts_link("charts/01_i_cong_khai.svg");
    let bytes = r.to_xlsx(&options).expect("the workbook is written");
    open_workbook_from_rs(Cursor::new(bytes)).expect("calamine reads it back")
}

fn text(range: &Range<Data>, row: u32, col: u32) -> String {
    match range.get_value((row, col)) {
        Some(Data::String(s)) => s.clone(),
        Some(Data::Empty) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

fn number(range: &Range<Data>, row: u32, col: u32) -> f64 {
    match range.get_value((row, col)) {
        Some(Data::Float(f)) => *f,
        Some(Data::Int(i)) => *i as f64,
        other => panic!("expected a number at ({row}, {col}), found {other:?}"),
    }
}

type Read = fn(&RollupTotals) -> u64;

/// Every count column of every section, written here independently of the crate's own column
/// table, so a column bound to the wrong figure shows.
fn count_columns() -> Vec<(&'static str, Vec<(&'static str, Read)>)> {
    vec![
        (
            "I. Công khai",
            vec![
                ("Số nội dung", |t| t.disclosures.count),
                ("Niêm yết", |t| t.disclosures.posted),
                ("Trang TTĐT", |t| t.disclosures.web_portal),
                ("Loa", |t| t.disclosures.loudspeaker),
                ("Qua Trưởng thôn/TDP", |t| {
                    t.disclosures.via_residential_heads
                }),
                ("Hình thức khác", |t| t.disclosures.other_forms),
            ],
        ),
        (
            "II. Bàn và quyết định",
            vec![
                ("Số nội dung", |t| t.decisions.count),
                ("Phạm vi cấp xã", |t| t.decisions.commune_wide),
                ("Thông qua", |t| t.decisions.adopted),
                ("Họp", |t| t.decisions.meetings),
                ("Phát phiếu", |t| t.decisions.household_ballots),
                ("Trực tuyến", |t| t.decisions.online_votes),
                ("Hộ tán thành", |t| t.decisions.households_approving),
                ("Tổng số hộ", |t| t.decisions.households_total),
                ("Tổng giá trị (đ)", |t| t.decisions.value_total),
                ("NSNN (đ)", |t| t.decisions.value_state_budget),
                ("Dân góp tiền (đ)", |t| t.decisions.value_people_cash),
                ("Ngày công", |t| t.decisions.value_labour_days),
                ("Khác (đ)", |t| t.decisions.value_other),
            ],
        ),
        (
            "III. Tham gia ý kiến",
            vec![
                ("Số nội dung", |t| t.consultations.count),
                ("Ý kiến nhận được", |t| {
                    t.consultations.opinions_received
                }),
                ("Ý kiến tiếp thu", |t| {
                    t.consultations.opinions_accepted
                }),
            ],
        ),
        (
            "IV. Kiểm tra, giám sát",
            vec![
                ("Số cuộc", |t| t.supervisions.count),
                ("Ban TTND", |t| t.supervisions.by_ban_ttnd),
                ("Ban GSĐTCĐ", |t| t.supervisions.by_ban_gsdtcd),
                ("Chủ thể khác", |t| t.supervisions.by_other),
                ("KN cấp ủy", |t| t.supervisions.recommendations_to_party),
                ("KN chính quyền", |t| {
                    t.supervisions.recommendations_to_government
                }),
                ("KN khác", |t| t.supervisions.recommendations_to_others),
            ],
        ),
        (
            "V. Ban TTND",
            vec![
                ("Số cuộc", |t| t.people_inspection.sessions),
                ("Phát hiện VP", |t| t.people_inspection.violations_found),
                ("KN xử lý", |t| t.people_inspection.cases_recommended),
                ("Thu hồi tiền (đ)", |t| {
                    t.people_inspection.money_recovered
                }),
                ("Xử lý khác tiền (đ)", |t| {
                    t.people_inspection.money_other_handling
                }),
                ("Thu hồi đất (m²)", |t| {
                    t.people_inspection.land_recovered_m2
                }),
                ("Xử lý khác đất (m²)", |t| {
                    t.people_inspection.land_other_handling_m2
                }),
                ("KN chính sách", |t| {
                    t.people_inspection.law_recommendations
                }),
            ],
        ),
        (
            "VI. Ban GSĐTCĐ",
            vec![
                ("Công trình", |t| {
                    t.investment_supervision.projects_in_area
                }),
                ("Số cuộc", |t| t.investment_supervision.sessions),
                ("Phát hiện VP", |t| {
                    t.investment_supervision.violations_found
                }),
                ("KN xử lý", |t| {
                    t.investment_supervision.cases_recommended
                }),
                ("Thu hồi (đ)", |t| {
                    t.investment_supervision.money_recovered
                }),
                ("Giảm trừ QT (đ)", |t| {
                    t.investment_supervision.settlement_reductions
                }),
                ("Xử lý khác (đ)", |t| {
                    t.investment_supervision.money_other_handling
                }),
            ],
        ),
        (
            "VII. Đơn thư",
            vec![
                ("Nhận trong kỳ", |t| t.complaints.received_in_period),
                ("Nhận lũy kế", |t| t.complaints.received_year_to_date),
                ("GQ trong kỳ", |t| t.complaints.resolved_in_period),
                ("GQ lũy kế", |t| t.complaints.resolved_year_to_date),
                ("Chưa GQ", |t| t.complaints.unresolved),
            ],
        ),
        (
            "VIII. Họp thôn, TDP",
            vec![
                ("(1) Thôn, TDP", |t| {
                    t.residential_meetings.residential_units
                }),
                ("(2) 1 lần/năm", |t| t.residential_meetings.meeting_once),
                ("(3) 2 lần/năm", |t| t.residential_meetings.meeting_twice),
                ("(4) Khác", |t| t.residential_meetings.meeting_other),
            ],
        ),
    ]
}

/// The column of `heading` in the header row (row 3 of the sheet, index 2).
fn column_of(range: &Range<Data>, heading: &str) -> u32 {
    let width = range.end().map_or(0, |(_, c)| c);
    (0..=width)
        .find(|&c| text(range, 2, c) == heading)
        .unwrap_or_else(|| panic!("no column {heading:?}"))
}

#[test]
fn sheets_are_the_cover_the_eight_sections_and_the_lists() {
    let wb = workbook(&fixture_rollup());
    assert_eq!(
        wb.sheet_names(),
        [
            "Bìa",
            "I. Công khai",
            "II. Bàn và quyết định",
            "III. Tham gia ý kiến",
            "IV. Kiểm tra, giám sát",
            "V. Ban TTND",
            "VI. Ban GSĐTCĐ",
            "VII. Đơn thư",
            "VIII. Họp thôn, TDP",
            "Chưa báo cáo",
            "Không hợp lệ",
            "Trùng kỳ",
            "Vi phạm",
            "Cảnh báo",
        ]
    );
}

#[test]
fn every_unit_row_and_total_matches_the_rollup() {
    let r = fixture_rollup();
    assert!(
        r.units_reported.len() >= 2,
        "the fixture set rolls up several units"
    );
    let mut wb = workbook(&r);
    let mut checked = 0;
    for (sheet, columns) in count_columns() {
        let values = wb.worksheet_range(sheet).unwrap();
        let formulas = wb.worksheet_formula(sheet).unwrap();
        let yearly = sheet.starts_with("VIII");
        let rows: Vec<_> = r
            .units_reported
            .iter()
            .filter(|row| !yearly || row.totals.residential_meetings.units_reporting > 0)
            .collect();
        for (n, unit_row) in rows.iter().enumerate() {
            let at = 3 + n as u32;
            assert_eq!(number(&values, at, 0), (n + 1) as f64, "{sheet}: STT");
            assert_eq!(text(&values, at, 1), unit_row.unit.to_string(), "{sheet}");
            for (heading, read) in &columns {
                let col = column_of(&values, heading);
                assert_eq!(
                    number(&values, at, col),
                    read(&unit_row.totals) as f64,
                    "{sheet} / {heading} / {}",
                    unit_row.unit
                );
                checked += 1;
            }
        }
        if rows.is_empty() {
            continue;
        }
        let total = 3 + rows.len() as u32;
        assert_eq!(text(&values, total, 1), "Cộng", "{sheet}");
        for (heading, read) in &columns {
            let col = column_of(&values, heading);
            // The cached result is the crate's total …
            assert_eq!(
                number(&values, total, col),
                read(&r.totals) as f64,
                "{sheet} / {heading}"
            );
            // … and the formula sums exactly the unit rows above it.
            let letter = (b'A' + col as u8) as char;
            let expected = format!("SUM({letter}4:{letter}{})", 3 + rows.len());
            let formula = formulas
                .get_value((total, col))
                .cloned()
                .unwrap_or_default();
            assert_eq!(
                formula.trim_start_matches('='),
                expected,
                "{sheet} / {heading}"
            );
            // The crate's total is the sum of the unit rows (year to date taken once per unit).
            let summed: u64 = rows.iter().map(|row| read(&row.totals)).sum();
            assert_eq!(summed, read(&r.totals), "{sheet} / {heading}");
        }
    }
    assert!(checked > 50, "only {checked} cells checked");
}

#[test]
fn rates_are_formulas_with_the_crates_rates_cached() {
    let r = fixture_rollup();
    let mut wb = workbook(&r);
    let sheet = "VII. Đơn thư";
    let values = wb.worksheet_range(sheet).unwrap();
    let formulas = wb.worksheet_formula(sheet).unwrap();
    let col = column_of(&values, "Tỷ lệ GQ");
    let total = 3 + r.units_reported.len() as u32;
    let rate = r.totals.complaints.resolution_rate;
    match values.get_value((total, col)) {
        Some(Data::Float(f)) => {
            let expected = rate.numerator as f64 / rate.denominator as f64;
            assert!((f - expected).abs() < 1e-12, "{f} vs {expected}");
        }
        Some(Data::String(s)) if s == "—" => assert_eq!(rate.denominator, 0),
        other => panic!("unexpected rate cell {other:?}"),
    }
    let formula = formulas
        .get_value((total, col))
        .cloned()
        .unwrap_or_default();
    assert!(formula.starts_with("IF("), "{formula}");
}

#[test]
fn an_undefined_rate_reads_as_a_dash_not_zero() {
    let r = fixture_rollup();
    let n = r
        .units_reported
        .iter()
        .position(|row| row.totals.decisions.households_total == 0)
        .expect("a unit without decisions in the fixture set");
    let mut wb = workbook(&r);
    let values = wb.worksheet_range("II. Bàn và quyết định").unwrap();
    let col = column_of(&values, "Tỷ lệ");
    assert_eq!(text(&values, 3 + n as u32, col), "—");
}

#[test]
fn cover_and_lists_name_missing_units_and_invalid_reports() {
    let r = fixture_rollup();
    assert!(!r.units_missing.is_empty() && !r.invalid.is_empty());
    let mut wb = workbook(&r);

    let cover = wb.worksheet_range("Bìa").unwrap();
    let facts: Vec<(String, String)> = (2..14)
        .map(|row| (text(&cover, row, 0), text(&cover, row, 1)))
        .collect();
    let fact = |label: &str| {
        facts
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("no {label:?} on the cover: {facts:?}"))
    };
    assert_eq!(fact("Kỳ báo cáo"), "Quý III/2023");
    assert_eq!(fact("Địa bàn"), r.area.as_ref().unwrap().to_string());
    assert_eq!(fact("Cơ quan ban hành mẫu báo cáo"), "UBND tỉnh Bắc Giang");
    assert_eq!(fact("Số đơn vị phải báo cáo"), r.units_expected.to_string());
    assert_eq!(
        fact("Số đơn vị đã báo cáo"),
        r.units_reported.len().to_string()
    );
    assert_eq!(
        fact("Số đơn vị chưa báo cáo"),
        r.units_missing.len().to_string()
    );
    assert_eq!(fact("Số báo cáo không hợp lệ"), r.invalid.len().to_string());
    assert_eq!(fact("Ngày lập"), "25/10/2023");

    let missing = wb.worksheet_range("Chưa báo cáo").unwrap();
    let listed: Vec<String> = (0..r.units_missing.len() as u32)
        .map(|i| text(&missing, 3 + i, 1))
        .collect();
    let expected: Vec<String> = r.units_missing.iter().map(|u| u.to_string()).collect();
    assert_eq!(listed, expected);

    let invalid = wb.worksheet_range("Không hợp lệ").unwrap();
    let errors: Vec<_> = r
        .invalid
        .iter()
        .flat_map(|bad| bad.errors.iter().map(move |e| (bad.source.clone(), e)))
        .collect();
    assert!(!errors.is_empty());
    for (i, (source, error)) in errors.iter().enumerate() {
        let row = 3 + i as u32;
        assert_eq!(&text(&invalid, row, 1), source);
        assert_eq!(text(&invalid, row, 5), error.code.as_str());
        assert_eq!(text(&invalid, row, 6), error.message_vi());
    }
    assert_eq!(
        text(&invalid, 3 + errors.len() as u32, 1),
        "",
        "one row per error"
    );
}

#[test]
fn user_text_is_cleaned_of_control_characters() {
    let mut r = fixture_rollup();
    r.units_missing[0].name = "Tân\u{1b}[2J Tiến\u{202e}".into();
    let mut wb = workbook(&r);
    let missing = wb.worksheet_range("Chưa báo cáo").unwrap();
    assert_eq!(
        text(&missing, 3, 1),
        format!("{} Tân[2J Tiến", r.units_missing[0].kind)
    );
}

#[test]
fn the_example_writes_the_workbook_and_the_charts() {
    let dir = std::env::temp_dir().join(format!("qcdc-xlsx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("tong_hop.xlsx");
    let status = std::process::Command::new(env!("CARGO"))
        .args([
            "run",
            "--quiet",
            "--features",
            "xlsx",
            "--example",
            "tong_hop",
            "--",
        ])
        .arg(FIXTURES)
        .args(["--as-of", "2023-10-25", "--xlsx"])
        .arg(&out)
        .arg("--charts")
        .arg(dir.join("charts"))
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let wb: Xlsx<_> = calamine::open_workbook(&out).expect("a workbook");
    assert_eq!(wb.sheet_names().len(), 14);
    let charts: Vec<_> = std::fs::read_dir(dir.join("charts")).unwrap().collect();
    assert_eq!(charts.len(), 8);
    assert!(Path::new(&dir.join("charts/07_vii_don_thu.svg")).exists());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn units_from_the_registry_carry_their_official_codes() {
    use qcdc::org::UnitCode;
    let dir = "tests/fixtures/tong_hop/q1_2026_hue";
    let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 4, 20).unwrap());
    let list = UnitList::for_province(UnitCode::province(46), "2026-Q1".parse().unwrap()).unwrap();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let submissions: Vec<_> = files
        .iter()
        .map(|f| {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            Submission::from_json(name, &std::fs::read(f).unwrap(), &ctx)
        })
        .collect();
    let r = rollup(&submissions, &list, &ctx).expect("the registry's list is valid");
    assert_eq!(r.units_reported.len(), 2);
    let mut wb = workbook(&r);
    let section = wb.worksheet_range("I. Công khai").unwrap();
    assert_eq!(text(&section, 2, 2), "Mã ĐVHC");
    for (n, row) in r.units_reported.iter().enumerate() {
        let code = row.unit.code.as_ref().expect("a registry unit").to_string();
        assert_eq!(code.len(), 5);
        assert_eq!(text(&section, 3 + n as u32, 2), code);
    }
    let missing = wb.worksheet_range("Chưa báo cáo").unwrap();
    assert_eq!(r.units_missing.len(), list.units.len() - 2);
    for (n, unit) in r.units_missing.iter().enumerate() {
        assert_eq!(text(&missing, 3 + n as u32, 1), unit.to_string());
        assert_eq!(
            text(&missing, 3 + n as u32, 2),
            unit.code.as_ref().unwrap().to_string()
        );
    }
}
