//! **Lịch báo cáo** — prints every reporting period of a year (12 months, 4 quarters, 2 halves,
//! nine months, year) with its calendar span, its data cut-off window (Nghị định 09/2019/NĐ-CP
//! Điều 12) and its deadline for the tier it binds: ministries and UBND cấp tỉnh reporting to
//! the Government (Điều 13 khoản 1, the 25th of the last month). Commune, Party and Mặt trận
//! reports have no legal default deadline (the asking body sets it): `--no-deadline` prints the
//! calendar without one.
//!
//! Usage: `cargo run --example reporting_calendar -- YEAR [--json] [--no-deadline]`
//!
//! Without `--json`: a table for people (Vietnamese labels, dd/mm/yyyy dates, the deadline
//! column headed by its tier). With `--json`: an array of objects with keys `code`, `label_vi`,
//! `calendar_start`, `calendar_end`, `cutoff_start`, `cutoff_end`, `deadline` (ISO dates;
//! `null` with `--no-deadline`) and `deadline_tier` (`government`; `null` with
//! `--no-deadline`). A missing or bad year, or an unknown argument: a message on stderr and exit
//! code 2.

use std::io::Write as _;
use std::process::ExitCode;

use qcdc::period::{CutoffRule, DeadlineRule, calendar, reporting_calendar};

const USAGE: &str =
    "usage: reporting_calendar YEAR [--json] [--no-deadline]  (YEAR from 1945 to 9999)";

fn main() -> ExitCode {
    let mut year = None;
    let mut json = false;
    let mut deadline = Some(DeadlineRule::NghiDinh09);
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "--no-deadline" => deadline = None,
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
    let rows = match reporting_calendar(year, &CutoffRule::default(), deadline.as_ref()) {
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
        // Within 100 columns: the title, the rules in one line each, then the table.
        let deadline_line = if deadline.is_some() {
            "Hạn gửi: khoản 1 Điều 13 (Bộ, UBND cấp tỉnh báo cáo Chính phủ); báo cáo của xã,\n\
             Đảng, Mặt trận: theo thời hạn của cơ quan yêu cầu báo cáo."
        } else {
            "Hạn gửi: không có hạn mặc định, theo văn bản của cơ quan yêu cầu báo cáo."
        };
        format!(
            "Lịch báo cáo năm {year} (Nghị định 09/2019/NĐ-CP)\n\
             Chốt số liệu: Điều 12; kỳ 9 tháng mở rộng quy tắc Điều 12 (15/12 năm trước – 14/09).\n\
             {deadline_line}\n\n{}",
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
