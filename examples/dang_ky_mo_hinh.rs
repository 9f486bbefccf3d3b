//! No arguments.
//!
//! **Đăng ký mô hình "Dân vận khéo"** — the reference registration of the crate: the Ủy ban MTTQ
//! phường Thạch Bàn registers a model in site clearance (giải phóng mặt bằng, the 2021 theme of
//! quận Long Biên) with the Ban Dân vận Quận ủy Long Biên. The program validates it, prints it
//! as JSON, then validates a broken copy and prints its errors in Vietnamese.
//!
//! ```text
//! cargo run --example dang_ky_mo_hinh
//! ```

use chrono::NaiveDate;
use qcdc::dan_van_kheo::examples::{long_bien_2021, long_bien_2021_broken};
use qcdc::validate::{Lang, Validate, ValidationContext};

fn main() -> Result<(), Box<dyn std::error::Error>> {
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
    println!("{}", serde_json::to_string_pretty(&registration)?);

    let broken = long_bien_2021_broken();
    let report = broken.validate(&ctx);
    println!();
    println!(
        "== Bản đăng ký lỗi: {} lỗi, {} cảnh báo",
        report.errors().len(),
        report.warnings().len()
    );
    print!("{}", report.display(Lang::Vi));
    if !long_bien_2021().validate(&ctx).is_valid() || report.is_valid() {
        return Err("the reference registration should be valid and its broken copy not".into());
    }
    Ok(())
}
