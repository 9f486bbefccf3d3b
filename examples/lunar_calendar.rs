//! **Âm lịch Việt Nam** — Tết Nguyên đán and Giỗ Tổ Hùng Vương of a range of years, computed for
//! Vietnam (UTC+7), with the weekdays a public servant has off around them.
//!
//! Usage: `cargo run --example lunar_calendar -- FROM [TO] [--json]`
//!
//! With `--json`: an array of objects with keys `year`, `tet` and `hung_kings` (ISO dates), the
//! dump `scripts/check_tet.py` compares with an independent lunar-calendar package. Years
//! outside 1900–2199, a bad range or an unknown argument: a message on stderr and exit code 2.

use std::io::Write as _;
use std::process::ExitCode;

use qcdc::calendar::{LunarDate, WorkingCalendar, tet};

const USAGE: &str = "usage: lunar_calendar FROM [TO] [--json]  (years from 1900 to 2199)";

fn main() -> ExitCode {
    let mut years = Vec::new();
    let mut json = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => match arg.parse::<i32>() {
                Ok(year) if years.len() < 2 => years.push(year),
                _ => {
                    eprintln!("unexpected argument \"{arg}\"\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
        }
    }
    let (from, to) = match years[..] {
        [from] => (from, from),
        [from, to] if from <= to => (from, to),
        _ => {
            eprintln!("expected FROM [TO] with FROM <= TO\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let calendar = WorkingCalendar::default();
    let mut rows = Vec::new();
    let mut text = String::new();
    for year in from..=to {
        let hung_kings_lunar = LunarDate::new(year, 3, 10, false).and_then(|d| d.to_solar());
        let (tet, hung_kings) = match (tet(year), hung_kings_lunar) {
            (Ok(t), Ok(h)) => (t, h),
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("{e}\n{USAGE}");
                return ExitCode::from(2);
            }
        };
        rows.push(serde_json::json!({"year": year, "tet": tet, "hung_kings": hung_kings}));
        let off: Vec<String> = calendar
            .days_off(year)
            .iter()
            .filter(|o| o.date.signed_duration_since(tet).num_days().abs() <= 10)
            .map(|o| o.date.format("%d/%m").to_string())
            .collect();
        text.push_str(&format!(
            "{year}: Tết {}, Giỗ Tổ Hùng Vương {}; ngày nghỉ quanh Tết: {}\n",
            tet.format("%d/%m/%Y"),
            hung_kings.format("%d/%m/%Y"),
            off.join(", ")
        ));
    }
    let out_text = if json {
        serde_json::Value::Array(rows).to_string() + "\n"
    } else {
        text
    };
    let mut out = std::io::stdout().lock();
    if let Err(e) = out
        .write_all(out_text.as_bytes())
        .and_then(|()| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("cannot write: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
