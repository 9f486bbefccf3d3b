//! No arguments.
//!
//! **Đăng ký mô hình "Dân vận khéo"** — the reference registration of the crate: the Ủy ban MTTQ
//! phường Thạch Bàn registers a model in site clearance (giải phóng mặt bằng, the 2021 theme of
//! quận Long Biên) with the Ban Dân vận Quận ủy Long Biên. The program validates it, prints it
//! with its findings, then validates a broken copy and prints its errors in Vietnamese, and
//! last prints the valid registration as JSON.
//!
//! ```text
//! cargo run --example dang_ky_mo_hinh
//! ```

use chrono::NaiveDate;
use qcdc::dan_van_kheo::examples::{long_bien_2021, long_bien_2021_broken};
use qcdc::validate::{Lang, Validate, ValidationContext};

const USAGE: &str = "usage: dang_ky_mo_hinh
No arguments: validates the reference \"Dân vận khéo\" registration (quận Long Biên, 2021) and a
broken copy, prints the errors of both in Vietnamese, then the registration as JSON.";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::args().skip(1).any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return Ok(());
    }
    // Validated as at the end of the year under review.
    let as_of = NaiveDate::from_ymd_opt(2021, 12, 31).ok_or("invalid date")?;
    let ctx = ValidationContext::new(as_of);

    let registration = long_bien_2021();
    let report = registration.validate(&ctx);
    println!(
        "== Bản đăng ký: {} ({}), trạng thái: {}",
        registration.model_name,
        registration.registrant,
        registration.stage()
    );
    println!("Hợp lệ: {}", if report.is_valid() { "có" } else { "không" });
    print!("{}", report.display(Lang::Vi));

    // The findings first, where a reader sees them; the long JSON last.
    let broken = long_bien_2021_broken();
    let broken_report = broken.validate(&ctx);
    println!();
    println!(
        "== Bản đăng ký lỗi: {} lỗi, {} cảnh báo",
        broken_report.errors().len(),
        broken_report.warnings().len()
    );
    print!("{}", broken_report.display(Lang::Vi));

    println!();
    println!("== Bản đăng ký hợp lệ dưới dạng JSON:");
    println!("{}", serde_json::to_string_pretty(&registration)?);
    if !report.is_valid() || broken_report.is_valid() {
        return Err("the reference registration should be valid and its broken copy not".into());
    }
    Ok(())
}
