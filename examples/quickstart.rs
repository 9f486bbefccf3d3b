//! No arguments. A short tour of the crate: today's state first — a
//! 2026 ward (phường Long Biên, Hà Nội, code 00145), its bodies, a "Dân vận khéo" registration
//! received by its Front, validated with its errors printed in Vietnamese — then the seed
//! meeting of 07/04/2021 as history, and the 2026 reporting calendar.
//!
//! ```sh
//! cargo run --example quickstart
//! ```

use chrono::NaiveDate;
use qcdc::dan_van_kheo::examples::ward_2026;
use qcdc::period::{CutoffRule, DeadlineRule, ReportingPeriod, calendar, reporting_calendar};
use qcdc::prelude::*;
use qcdc::report::reference::giao_ban_2021_q1;

const USAGE: &str = "usage: quickstart
No arguments: a short tour of the crate (a 2026 ward and its bodies, a \"Dân vận khéo\"
registration validated with its errors in Vietnamese, the 2021 briefing as history, the 2026
reporting calendar).";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::args().skip(1).any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return Ok(());
    }
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a real date");
    let today = ValidationContext::new(date(2026, 11, 28));

    // 1. A ward of the two-level state (from 01/07/2025), from the registry by its official
    // code (Quyết định 19/2025/QĐ-TTg), and its bodies.
    let ward = AdminUnit::from_registry("00145".parse()?)?;
    let code = ward.code.map(|c| c.to_string()).unwrap_or_default();
    println!("== {ward}, Hà Nội (mã {code}) ==");
    let bodies = [
        OrgKind::PartyCommittee,
        OrgKind::BanXayDungDang,
        OrgKind::Mttq,
        OrgKind::HoiLhpn,
        OrgKind::Hdnd,
        OrgKind::Ubnd,
    ];
    for kind in bodies {
        let body = Organisation::new(kind, ward.clone());
        let under = body
            .parent_on(today.as_of())
            .map(|p| format!(" (thuộc {p})"))
            .unwrap_or_default();
        let exists = if body.validate(&today).is_valid() {
            "có"
        } else {
            "không có"
        };
        println!("  {body}{under}: {exists}");
    }
    // A ward has no Ban Tuyên giáo và Dân vận (a đặc khu has one); the Khối Dân vận's status
    // after 2025 is not confirmed, so it is accepted unless `OrgSettings` ends it.
    for kind in [OrgKind::BanTuyenGiaoDanVan, OrgKind::KhoiDanVan] {
        let body = Organisation::new(kind, ward.clone());
        match body.validate(&today).errors().first() {
            Some(v) => print_wrapped("  ", &format!("{body}: {}", with_citation(v))),
            None => println!("  {body}: có (tình trạng sau 2025 cần xác minh)"),
        }
    }
    let officer = Person::new("Nguyễn Thị C").with_positions(parse_positions(
        "Phó Chủ tịch Ủy ban MTTQ phường, Chủ tịch Hội LHPN phường",
        &ward,
    )?);
    print_wrapped("Kiêm nhiệm: ", &officer.to_string());

    // 2. A "Dân vận khéo" registration received by the ward's Front, then with mistakes.
    let registration = ward_2026();
    println!(
        "\n== Đăng ký mô hình \"Dân vận khéo\": {} ==",
        registration.model_name
    );
    println!("Nơi nhận đăng ký: {}", registration.registered_with);
    let report = registration.validate(&today);
    println!(
        "Bản đăng ký hợp lệ: {}",
        if report.is_valid() { "có" } else { "không" }
    );
    let mut broken = registration.clone();
    broken.registered_with = Organisation::new(OrgKind::BanTuyenGiaoDanVan, ward.clone());
    broken.problem = "  ".to_owned();
    println!("Một bản đăng ký nhập sai:");
    print_findings(&broken.validate(&today));

    // 3. History: the briefing of 07/04/2021 (the seed article) as typed data.
    let briefing = giao_ban_2021_q1();
    println!(
        "\n== Lịch sử: {} ==",
        briefing.title.as_deref().unwrap_or("Giao ban Khối Dân vận")
    );
    println!(
        "{}, họp ngày {}; kỳ đánh giá {}, kỳ kế hoạch {}",
        briefing.bloc,
        briefing.meeting.date.format("%d/%m/%Y"),
        briefing.period_reviewed,
        briefing.period_planned
    );
    println!("Chủ trì: {}", briefing.meeting.chair);
    println!(
        "Chủ trì và {} đại biểu dự, {} ý kiến, {} nhiệm vụ trọng tâm {}.",
        briefing.meeting.attendees.len(),
        briefing.opinions.count,
        briefing.tasks.len(),
        briefing.period_planned
    );
    for task in &briefing.tasks {
        print_wrapped(&format!("  {}. ", task.number), &task.text);
    }
    let report = briefing.validate(&ValidationContext::new(date(2021, 4, 8)));
    println!(
        "Kiểm tra theo ngày họp: {} lỗi, {} cảnh báo",
        report.errors().len(),
        report.warnings().len()
    );
    // The same meeting held after the 2025 reform names bodies that no longer exist.
    let mut after_reform = briefing.clone();
    after_reform.period_reviewed = ReportingPeriod::quarter(2025, 2)?;
    after_reform.period_planned = ReportingPeriod::quarter(2025, 3)?;
    after_reform.meeting.date = date(2025, 7, 8);
    let found = after_reform.validate(&ValidationContext::new(date(2025, 7, 10)));
    // One change of date, many findings: grouped by their cause (code and article), each cause
    // once with how many findings it explains and one of them as the example.
    println!(
        "Nếu họp ngày 08/07/2025 (không còn cấp huyện): {} lỗi, do {} nguyên nhân:",
        found.errors().len(),
        causes(found.errors()).len()
    );
    for (count, example) in causes(found.errors()) {
        print_wrapped(&format!("  {count} lỗi như: "), &with_citation(example));
    }

    // 4. The 2026 reporting calendar under Nghị định 09/2019/NĐ-CP: the deadline column is the
    // provinces' and ministries' towards the Government (Điều 13 khoản 1), not a commune's.
    println!("\n== Lịch báo cáo năm 2026 (Nghị định 09/2019/NĐ-CP Điều 12, 13) ==");
    let calendar = reporting_calendar(
        2026,
        &CutoffRule::default(),
        Some(&DeadlineRule::NghiDinh09),
    )?;
    print!("{}", calendar::render_table(&calendar));
    if let Some(article) = DeadlineRule::NghiDinh09.citation() {
        print_wrapped(
            "Căn cứ: ",
            &format!("{article}; cấp xã gửi theo hạn của văn bản cơ quan yêu cầu báo cáo."),
        );
    }
    Ok(())
}

/// Prints every finding of `report` in Vietnamese, one per entry, wrapped within 100 columns:
/// its severity, its path, its message and the article behind it.
fn print_findings(report: &ValidationReport) {
    let groups = [
        ("lỗi", report.errors()),
        ("vi phạm", report.breaches()),
        ("cảnh báo", report.warnings()),
    ];
    for (label, findings) in groups {
        for v in findings {
            let path = if v.path.is_empty() { "/" } else { &v.path };
            print_wrapped(&format!("  {label} {path}: "), &with_citation(v));
        }
    }
}

/// The Vietnamese message of `v`, with its article in brackets when a rule of law is behind it.
fn with_citation(v: &Violation) -> String {
    match &v.citation {
        Some(c) => format!("{} ({c})", v.message_vi()),
        None => v.message_vi(),
    }
}

/// The findings grouped by cause — the same code and the same article — in order of first
/// appearance: how many each cause explains, and the first of them.
fn causes(findings: &[Violation]) -> Vec<(usize, &Violation)> {
    let mut groups: Vec<(usize, &Violation)> = Vec::new();
    for v in findings {
        match groups
            .iter_mut()
            .find(|(_, first)| first.code == v.code && first.citation == v.citation)
        {
            Some((count, _)) => *count += 1,
            None => groups.push((1, v)),
        }
    }
    groups
}

/// Prints `prefix` and `text` within 100 columns, breaking between words (never inside one);
/// continuation lines are indented under the text.
fn print_wrapped(prefix: &str, text: &str) {
    const WIDTH: usize = 100;
    let indent = " ".repeat(prefix.chars().count());
    let mut line = prefix.to_owned();
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH {
            println!("{line}");
            line = indent.clone();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    println!("{line}");
}
