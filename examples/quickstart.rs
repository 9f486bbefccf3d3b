//! No arguments. A short tour of the crate: the seed meeting's people as typed data, a
//! validation report in Vietnamese, what changes with the 2025 reform, and the 2021 reporting
//! calendar.
//!
//! ```sh
//! cargo run --example quickstart
//! ```

use chrono::NaiveDate;
use qcdc::org::reference::{long_bien_wards, quan_long_bien};
use qcdc::period::{CutoffRule, DeadlineRule, calendar::render_table, reporting_calendar};
use qcdc::prelude::*;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a real date");
    let long_bien = quan_long_bien();

    println!("== Hội nghị giao ban Khối Dân vận quận Long Biên, 07/04/2021 ==");
    let people = [
        ("Ngô Mạnh Điềm", "Phó bí thư Thường trực Quận ủy"),
        ("Nguyễn Quốc Long", "UVTV, Trưởng Ban Dân vận Quận ủy"),
        ("Vũ Thị Thành", "UVTV, Chủ tịch Ủy ban MTTQ Quận"),
        ("Vũ Xuân Trường", "QUV, Phó chủ tịch UBND Quận"),
    ];
    let mut attendees = Vec::new();
    for (name, line) in people {
        let person = Person::new(name).with_positions(parse_positions(line, &long_bien)?);
        println!("- {person}");
        attendees.push(person);
    }
    let viet_hung = long_bien_wards()
        .into_iter()
        .find(|w| w.name == "Việt Hưng")
        .expect("a ward of Long Biên");
    let ward_head = Person::new("(Phó Bí thư thường trực phường Việt Hưng)").with_positions(
        parse_positions("Phó Bí thư thường trực - Trưởng khối dân vận", &viet_hung)?,
    );
    println!("- {ward_head}");

    println!("\n== Kiểm tra vào ngày 07/04/2021 ==");
    let on_meeting_day = ValidationContext::new(date(2021, 4, 7));
    let all_valid = attendees
        .iter()
        .all(|p| p.validate(&on_meeting_day).is_valid());
    println!(
        "Mọi chức vụ hợp lệ: {}",
        if all_valid { "có" } else { "không" }
    );

    println!("\n== Kiểm tra vào ngày 01/07/2025 (không còn cấp huyện) ==");
    let after_reform = ValidationContext::new(date(2025, 7, 1));
    print!("{}", attendees[1].validate(&after_reform));

    println!("\n== Một biểu mẫu nhập sai ==");
    let form = r#"{"name": "", "positions": [{"title": "chu_tich", "organisation": {"kind": "ban_dan_van", "unit": {"kind": "phuong", "name": "Bồ Đề"}}}]}"#;
    let report = qcdc::validate::check_json::<Person>(form.as_bytes(), &on_meeting_day);
    print!("{report}");
    println!(
        "extraErrors cho react-jsonschema-form:\n{}",
        serde_json::to_string_pretty(&report.to_extra_errors())?
    );

    println!("\n== Lịch báo cáo năm 2021 (Nghị định 09/2019/NĐ-CP Điều 12, 13) ==");
    let calendar = reporting_calendar(2021, &CutoffRule::default(), &DeadlineRule::default())?;
    print!("{}", render_table(&calendar));
    Ok(())
}
