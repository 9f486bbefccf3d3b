//! Looks administrative units up in the registry (danh mục đơn vị hành chính) by code or name.
//!
//! ```sh
//! cargo run --example units -- 00145                       # Phường Long Biên
//! cargo run --example units -- "P. Long Biên" --province 01
//! cargo run --example units -- "Ngọc Lâm" --province 01 --as-of 2021-04-07   # and its successor
//! cargo run --example units -- --province 01 --json        # the 126 xã, phường of Hà Nội
//! cargo run --example units -- --provinces                 # the 34 provinces
//! ```
//!
//! QUERY is a code ("01", "004", "00145") or a name, folded like every parser of the crate
//! ("phuong long bien", "P. Long Biên"). `--province CODE` restricts the search to a province,
//! or alone lists its communes; `--provinces` lists the provincial units. The list is the one
//! that applies on `--as-of YYYY-MM-DD` (default: today in Vietnam): the units in force from
//! 01/07/2025, or the former ones before.
//!
//! The text output gives one unit a line, and for a former unit the units it went into. With
//! `--json`: an array of objects with keys `code`, `name` (without its kind, as in
//! `AdminUnit`), `kind` (wire code), `province_code` (null for a province), `valid_from` and
//! `valid_until` (ISO dates; null when unknown or still in force).
//!
//! Exit codes: 0 something matched, 1 nothing did, 2 bad usage (`--help`: 0).

use std::io::Write;
use std::process::ExitCode;

use chrono::NaiveDate;
use qcdc::ValidationContext;
use qcdc::Vocabulary;
use qcdc::org::UnitCode;
use qcdc::org::registry::{self, RegistryEntry};
use serde_json::{Value, json};

const USAGE: &str = "usage: units QUERY [--province CODE] [--as-of YYYY-MM-DD] [--json]
       units --province CODE [--as-of YYYY-MM-DD] [--json]
       units --provinces [--as-of YYYY-MM-DD] [--json]";

fn main() -> ExitCode {
    let mut json_output = false;
    let mut list_provinces = false;
    let mut as_of = ValidationContext::today_in_vietnam().as_of();
    let mut province: Option<UnitCode> = None;
    let mut query: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--help" | "-h" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--json" => json_output = true,
            "--provinces" => list_provinces = true,
            "--as-of" => match args
                .next()
                .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
            {
                Some(date) => as_of = date,
                None => return usage_error("--as-of needs a date such as 2026-11-28"),
            },
            "--province" => match args.next().and_then(|c| c.parse::<UnitCode>().ok()) {
                Some(code) if code.to_string().len() == 2 => province = Some(code),
                _ => return usage_error("--province needs a 2-digit province code such as 01"),
            },
            flag if flag.starts_with("--") => {
                return usage_error(&format!("unknown option {flag}"));
            }
            _ if query.is_some() => return usage_error("expected one QUERY"),
            _ => query = Some(arg),
        }
    }

    let found: Vec<&'static RegistryEntry> = match (&query, province, list_provinces) {
        (Some(_), _, true) => return usage_error("--provinces takes no QUERY"),
        (None, None, false) => return usage_error("expected QUERY, --province or --provinces"),
        (None, _, true) => registry::provinces_on(as_of).iter().collect(),
        (None, Some(p), false) => registry::communes_on(p, as_of).iter().collect(),
        (Some(q), p, false) => match q.parse::<UnitCode>() {
            Ok(code) => registry::unit_on(code, as_of)
                .filter(|e| p.is_none_or(|p| e.province_code() == Some(p) || e.code() == p))
                .into_iter()
                .collect(),
            Err(_) => registry::search_on(p, q, as_of),
        },
    };

    // Write errors (a closed pipe: `units --provinces | head`) end the output quietly.
    let mut out = std::io::stdout().lock();
    if json_output {
        let array: Vec<Value> = found.iter().map(|e| to_json(e)).collect();
        let text = serde_json::to_string_pretty(&array).unwrap_or_default();
        let _ = writeln!(out, "{text}");
    } else {
        for e in &found {
            if write!(out, "{}", to_text(e)).is_err() {
                break;
            }
        }
        if found.is_empty() {
            eprintln!("units: nothing matches on {}", as_of.format("%d/%m/%Y"));
        }
    }
    if found.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn to_json(e: &RegistryEntry) -> Value {
    json!({
        "code": e.code().to_string(),
        "name": e.name(),
        "kind": e.kind().code(),
        "province_code": e.province_code().map(|c| c.to_string()),
        "valid_from": e.valid_from(),
        "valid_until": e.valid_until(),
    })
}

/// "00145  Phường Long Biên — Thành phố Hà Nội (01), từ 01/07/2025", then the successors of a
/// former unit.
fn to_text(e: &RegistryEntry) -> String {
    let mut line = format!("{:<5}  {e}", e.code().to_string());
    if let Some(district) = e.district() {
        line.push_str(&format!(", {district}"));
    }
    if let (Some(province), Some(code)) = (e.province(), e.province_code()) {
        line.push_str(&format!(", {province} ({code})"));
    }
    match (e.valid_from(), e.valid_until()) {
        (Some(from), _) => line.push_str(&format!(" — từ {}", from.format("%d/%m/%Y"))),
        (_, Some(until)) => line.push_str(&format!(" — đến {}", until.format("%d/%m/%Y"))),
        _ => {}
    }
    line.push('\n');
    for s in e.successors() {
        line.push_str(&format!(
            "       → {} ({}): {}\n",
            s.successor,
            s.successor.code(),
            s.how
        ));
    }
    line
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("units: {message}\n{USAGE}");
    ExitCode::from(2)
}
