//! **Lịch báo cáo** — prints every reporting period of a year (12 months, 4 quarters, 2 halves,
//! nine months, year) with its calendar span, its data cut-off window (Nghị định 09/2019/NĐ-CP
//! Điều 12) and its deadline (Điều 13 khoản 1).
//!
//! Usage: `cargo run --example reporting_calendar -- YEAR [--json]`
//!
//! Without `--json`: a table for people (Vietnamese labels, dd/mm/yyyy dates). With `--json`:
//! an array of objects with keys `code`, `label_vi`, `calendar_start`, `calendar_end`,
//! `cutoff_start`, `cutoff_end`, `deadline` (ISO dates). A missing or bad year, or an unknown
//! argument: a message on stderr and exit code 2.

use std::io::Write as _;
use std::process::ExitCode;

use qcdc::period::{CutoffRule, DeadlineRule, calendar, reporting_calendar};

const USAGE: &str = "usage: reporting_calendar YEAR [--json]  (YEAR from 1945 to 9999)";

fn main() -> ExitCode {
    let mut year = None;
    let mut json = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if year.is_none() => year = Some(arg),
            _ => {
                eprintln!("unexpected argument \"{arg}\"\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(year_text) = year else {
        eprintln!("missing YEAR\n{USAGE}");
        return ExitCode::from(2);
    };
    let Ok(year) = year_text.trim().parse::<i32>() else {
        eprintln!("invalid year \"{year_text}\": expected a number from 1945 to 9999\n{USAGE}");
        return ExitCode::from(2);
    };
    let rows = match reporting_calendar(year, &CutoffRule::default(), &DeadlineRule::default()) {
        Ok(rows) => rows,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = if json {
        match serde_json::to_string_pretty(&rows) {
            Ok(text) => text + "\n",
            Err(e) => {
                eprintln!("cannot write JSON: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        format!(
            "Lịch báo cáo năm {year} (Nghị định 09/2019/NĐ-CP: chốt số liệu Điều 12, hạn gửi khoản 1 Điều 13)\n\
             Kỳ 9 tháng: mở rộng quy tắc Điều 12 (15/12 năm trước – 14/09).\n\n{}",
            calendar::render_table(&rows)
        )
    };
    // A closed pipe (`| head`) is not an error worth a panic.
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("cannot write the calendar: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
