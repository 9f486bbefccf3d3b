//! No arguments. A short tour of the crate, as DESIGN.md lays it out: the seed meeting's
//! briefing as typed data, one "Dân vận khéo" registration validated with its errors printed in
//! Vietnamese, and the 2021 reporting calendar.
//!
//! ```sh
//! cargo run --example quickstart
//! ```

use chrono::NaiveDate;
use qcdc::dan_van_kheo::examples::{long_bien_2021, long_bien_2021_broken};
use qcdc::period::{
    CutoffRule, DeadlineRule, ReportingPeriod, calendar::render_table, reporting_calendar,
};
use qcdc::prelude::*;
use qcdc::report::reference::giao_ban_2021_q1;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a real date");

    // 1. The briefing of 07/04/2021 (the seed article) as typed data.
    let briefing = giao_ban_2021_q1();
    println!(
        "== {} ==",
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
        "Chủ trì và {} đại biểu dự, {} ý kiến; nhiệm vụ trọng tâm {}:",
        briefing.meeting.attendees.len(),
        briefing.opinions.count,
        briefing.period_planned
    );
    for task in &briefing.tasks {
        let leads: Vec<String> = task.lead_bodies.iter().map(|b| b.name_vi()).collect();
        let text: String = task.text.chars().take(70).collect();
        println!("  {}. {text}… — {}", task.number, leads.join(", "));
    }
    let on_meeting_day = ValidationContext::new(date(2021, 4, 8));
    let report = briefing.validate(&on_meeting_day);
    println!(
        "Kiểm tra: {} lỗi, {} cảnh báo",
        report.errors().len(),
        report.warnings().len()
    );
    // The same meeting held after the 2025 reform names bodies that no longer exist.
    let mut after_reform = briefing.clone();
    after_reform.period_reviewed = ReportingPeriod::quarter(2025, 2)?;
    after_reform.period_planned = ReportingPeriod::quarter(2025, 3)?;
    after_reform.meeting.date = date(2025, 7, 8);
    let found = after_reform.validate(&ValidationContext::new(date(2025, 7, 10)));
    println!(
        "Nếu họp ngày 08/07/2025 (không còn cấp huyện): {} lỗi, ví dụ:\n  {}",
        found.errors().len(),
        found
            .errors()
            .first()
            .map(|v| v.message_vi())
            .unwrap_or_default()
    );

    // 2. A "Dân vận khéo" model registration, valid, then with mistakes a form user makes.
    let registration = long_bien_2021();
    println!(
        "\n== Đăng ký mô hình \"Dân vận khéo\": {} ==",
        registration.model_name
    );
    let at_year_end = ValidationContext::new(date(2021, 12, 31));
    println!(
        "Bản đăng ký hợp lệ: {}",
        if registration.validate(&at_year_end).is_valid() {
            "có"
        } else {
            "không"
        }
    );
    println!("Một bản đăng ký nhập sai:");
    print!("{}", long_bien_2021_broken().validate(&at_year_end));

    // 3. The 2021 reporting calendar under Nghị định 09/2019/NĐ-CP: the deadline column is the
    // provinces' and ministries' towards the Government (Điều 13 khoản 1), not a commune's.
    println!("\n== Lịch báo cáo năm 2021 (Nghị định 09/2019/NĐ-CP Điều 12, 13) ==");
    let calendar = reporting_calendar(
        2021,
        &CutoffRule::default(),
        Some(&DeadlineRule::NghiDinh09),
    )?;
    print!("{}", render_table(&calendar));
    Ok(())
}
