//! Rolls up the commune QCDC reports of a directory (tổng hợp báo cáo kết quả thực hiện dân chủ ở
//! cơ sở của các xã, phường) and prints the result.
//!
//! ```sh
//! cargo run --example tong_hop -- tests/fixtures/tong_hop/q3_2023
//! cargo run --example tong_hop -- tests/fixtures/tong_hop/q3_2023 --json
//! ```
//!
//! Every `*.json` file of DIR is a commune report (`commune_qcdc_report`), except
//! `unit_list.json`, which, when present, is the unit list the roll-up is measured against:
//! `{"area": {...}, "period": "2023-Q3", "units": [{...}, ...]}`. Without it the list is made of
//! the units of the readable reports and the period is the latest of theirs.
//!
//! The text output is Vietnamese: per section totals with a row per commune and a "Cộng" row,
//! the units that reported and those that did not, and the invalid files with their errors.
//! With `--json`: an object with keys `period`, `area`, `units_expected`, `units_reported`,
//! `units_missing`, `reported_twice`, `invalid` (array of `{file, errors, warnings}`), `warnings`
//! and `totals` (per section). Validation runs as of today in Vietnam unless `--as-of
//! YYYY-MM-DD` says otherwise.
//!
//! `--xlsx OUT.xlsx` (cargo feature `xlsx`: `cargo run --features xlsx --example tong_hop -- DIR
//! --xlsx OUT.xlsx`) also writes the workbook officials file: a cover sheet, one sheet per
//! section with "Cộng" formulas, the units missing and the invalid reports. `--charts DIR2`
//! writes one SVG chart per section into DIR2 (linked from the workbook's cover sheet).
//!
//! Exit codes: 0 the roll-up was printed (invalid reports are part of it), 1 the unit list is
//! invalid (its problems are printed), 2 bad arguments or an unreadable DIR.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use qcdc::ValidationContext;
use qcdc::commune_report::{Rollup, Submission, UnitList, rollup};
use qcdc::org::AdminUnit;
use qcdc::validate::from_json_slice;
use serde_json::{Value, json};

const USAGE: &str =
    "usage: tong_hop DIR [--json] [--as-of YYYY-MM-DD] [--xlsx OUT.xlsx] [--charts DIR]";

/// The file of DIR that holds the unit list rather than a report.
const UNIT_LIST_FILE: &str = "unit_list.json";

fn main() -> ExitCode {
    let mut json_output = false;
    let mut ctx = ValidationContext::today_in_vietnam();
    let mut dir: Option<PathBuf> = None;
    let mut outputs = Outputs::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json_output = true,
            "--as-of" => match args
                .next()
                .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
            {
                Some(date) => ctx = ValidationContext::new(date),
                None => return usage_error("--as-of needs a date such as 2023-10-20"),
            },
            "--xlsx" => match args.next() {
                Some(path) => outputs.xlsx = Some(PathBuf::from(path)),
                None => return usage_error("--xlsx needs a file name such as tong_hop.xlsx"),
            },
            "--charts" => match args.next() {
                Some(path) => outputs.charts = Some(PathBuf::from(path)),
                None => return usage_error("--charts needs a directory"),
            },
            flag if flag.starts_with("--") => {
                return usage_error(&format!("unknown option {flag}"));
            }
            _ if dir.is_some() => return usage_error("expected one DIR"),
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let Some(dir) = dir else {
        return usage_error("expected DIR");
    };
    let files = match json_files(&dir) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("tong_hop: cannot read directory {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };

    let mut submissions = Vec::new();
    let mut unit_list: Option<UnitList> = None;
    for file in &files {
        let name = file
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let bytes = match fs::read(file) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("tong_hop: cannot read {}: {e}", file.display());
                return ExitCode::from(2);
            }
        };
        if name == UNIT_LIST_FILE {
            match from_json_slice::<UnitList>(&bytes) {
                Ok(list) => unit_list = Some(list),
                Err(report) => {
                    eprintln!("tong_hop: {name} is not a valid unit list:\n{report}");
                    return ExitCode::from(1);
                }
            }
        } else {
            submissions.push(Submission::from_json(name, &bytes, &ctx));
        }
    }

    let Some(list) = unit_list.or_else(|| inferred_list(&submissions)) else {
        eprintln!(
            "tong_hop: no readable commune report and no {UNIT_LIST_FILE} in {}",
            dir.display()
        );
        return ExitCode::from(2);
    };
    let result = match rollup(&submissions, &list, &ctx) {
        Ok(result) => result,
        Err(report) => {
            eprintln!("tong_hop: the unit list cannot be rolled up:\n{report}");
            return ExitCode::from(1);
        }
    };
    if let Err(message) = outputs.write(&result, &ctx) {
        eprintln!("tong_hop: {message}");
        return ExitCode::from(2);
    }
    if json_output {
        let text = serde_json::to_string_pretty(&to_json(&result)).unwrap_or_default();
        println!("{text}");
    } else {
        print!("{}", result.to_text());
    }
    ExitCode::SUCCESS
}

/// The `*.json` files of `dir`, sorted by name.
fn json_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() && path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Without a unit list: the units of the readable reports, and the latest of their periods.
fn inferred_list(submissions: &[Submission]) -> Option<UnitList> {
    let docs: Vec<_> = submissions
        .iter()
        .filter_map(|s| s.document.as_ref().ok())
        .collect();
    let period = docs.iter().map(|d| d.period).max()?;
    let mut units: Vec<AdminUnit> = Vec::new();
    for doc in docs {
        if !units.contains(&doc.unit) {
            units.push(doc.unit.clone());
        }
    }
    Some(UnitList {
        area: None,
        period,
        units,
    })
}

/// The machine-readable result (see the module docs for its keys).
fn to_json(result: &Rollup) -> Value {
    let invalid: Vec<Value> = result
        .invalid
        .iter()
        .map(|bad| json!({ "file": bad.source, "errors": bad.errors, "warnings": bad.warnings }))
        .collect();
    let warnings: Vec<Value> = result
        .warnings
        .iter()
        .map(|w| json!({ "file": w.source, "warnings": w.warnings }))
        .collect();
    let reported: Vec<Value> = result
        .units_reported
        .iter()
        .map(|row| json!({ "unit": row.unit.to_string(), "periods": row.periods, "files": row.sources }))
        .collect();
    let twice: Vec<Value> = result
        .reported_twice
        .iter()
        .map(|t| json!({ "unit": t.unit.to_string(), "period": t.period, "files": t.sources }))
        .collect();
    let missing: Vec<String> = result.units_missing.iter().map(|u| u.to_string()).collect();
    json!({
        "period": result.period,
        "area": result.area.as_ref().map(|a| a.to_string()),
        "units_expected": result.units_expected,
        "units_reported": reported,
        "units_missing": missing,
        "reported_twice": twice,
        "invalid": invalid,
        "warnings": warnings,
        "totals": result.totals,
    })
}

/// The files written besides the printed roll-up.
#[derive(Default)]
struct Outputs {
    xlsx: Option<PathBuf>,
    charts: Option<PathBuf>,
}

impl Outputs {
    fn write(&self, result: &Rollup, ctx: &ValidationContext) -> Result<(), String> {
        if let Some(dir) = &self.charts {
            fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            for chart in result.to_svg_charts() {
                let path = dir.join(&chart.file_name);
                fs::write(&path, chart.svg)
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            }
        }
        if let Some(path) = &self.xlsx {
            write_workbook(result, path, self.charts.as_deref(), ctx)?;
        }
        Ok(())
    }
}

#[cfg(feature = "xlsx")]
fn write_workbook(
    result: &Rollup,
    path: &Path,
    charts: Option<&Path>,
    ctx: &ValidationContext,
) -> Result<(), String> {
    let mut options = qcdc::commune_report::WorkbookOptions::new(ctx.as_of());
    if let Some(charts) = charts {
        // The cover links the first chart (the others sit beside it), relative to the workbook
        // when the charts are under its directory, so the pair can be moved together.
        let first = result.to_svg_charts().remove(0).file_name;
        let chart = fs::canonicalize(charts).unwrap_or_else(|_| charts.to_path_buf());
        let base = path.parent().and_then(|p| {
            fs::canonicalize(if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            })
            .ok()
        });
        let link = match base.as_deref().and_then(|b| chart.strip_prefix(b).ok()) {
            Some(relative) => relative.join(first),
            None => chart.join(first),
        };
        options = options.with_charts_link(link.to_string_lossy().into_owned());
    }
    result
        .write_xlsx(path, &options)
        .map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(not(feature = "xlsx"))]
fn write_workbook(
    _: &Rollup,
    _: &Path,
    _: Option<&Path>,
    _: &ValidationContext,
) -> Result<(), String> {
    Err("--xlsx needs the cargo feature xlsx: cargo run --features xlsx --example tong_hop -- DIR --xlsx OUT.xlsx".into())
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("tong_hop: {message}\n{USAGE}");
    ExitCode::from(2)
}
