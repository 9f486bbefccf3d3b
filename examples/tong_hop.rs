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
//! `{"area": {...}, "period": "2023-Q3", "units": [{...}, ...]}`. Without it the period is
//! `--period P` when given, else the period (or year) of more than half of the readable reports
//! — never one file's. `--province CODE` then takes the units from the registry: the province
//! and all its communes in that period (`UnitList::for_province`); without it the units are the
//! communes of the reports of that period. Reports that did not shape the list are listed as
//! outliers.
//!
//! ```sh
//! cargo run --example tong_hop -- tests/fixtures/tong_hop/q1_2026_hue --province 46
//! ```
//!
//! Nothing is skipped silently: every other entry of DIR (a `.JSON` or `.bak` file, a
//! directory, a broken or looping link, a pipe) is listed as skipped with why, and every
//! report that cannot be read (larger than `qcdc::validate::MAX_DOCUMENT_BYTES`, checked
//! before reading and read through a bounded reader; an I/O error) as unreadable with its
//! reason. Invalid reports (not JSON, wrong shape, failed checks) are listed with their errors.
//! User text (file and unit names, messages) is printed with control and bidi characters
//! escaped.
//!
//! The text output is Vietnamese: per section totals with a row per commune and a "Cộng" row,
//! the units that reported and those that did not, and the invalid files with their errors.
//! With `--json`: the `Rollup`'s own serialization (one shape for the library and the
//! example: a program can read it back with `serde_json::from_str::<Rollup>`), an object with
//! keys `area` (a unit or `null`), `period`, `units_expected`, `units_reported` (array of
//! `{unit, periods, files, totals}`), `units_missing` (units), `reported_twice` (array of
//! `{unit, period, files}`), `invalid` (array of `{file, unit?, period?, errors, breaches,
//! warnings}`), `warnings` (array of `{file, breaches, warnings}` of the reports counted:
//! breaches of law are valid data and do not leave a report out), `totals` (per section, with
//! `breaches`, the breaches the counted reports record); units are objects with `kind`, `name`
//! (and `code` when known). The example adds its notes on the files of DIR: `skipped` and
//! `unreadable` (arrays of `{file, reason, detail}`) and `outliers` (array of `{file,
//! reason}`). Validation runs as of today in Vietnam unless `--as-of YYYY-MM-DD` says
//! otherwise.
//!
//! `--xlsx OUT.xlsx` (cargo feature `xlsx`: `cargo run --features xlsx --example tong_hop -- DIR
//! --xlsx OUT.xlsx`) also writes the workbook officials file: a cover sheet, one sheet per
//! section with "Cộng" formulas, the units missing and the invalid reports. `--charts DIR2`
//! writes one SVG chart per section into DIR2 (linked from the workbook's cover sheet).
//!
//! Exit codes: 0 the roll-up was printed (skipped, unreadable and invalid files are part of
//! it), 1 the unit list is unreadable or invalid (its problems are printed), 2 bad arguments,
//! an unreadable DIR, no report and no unit list, or no majority period and no `--period`.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use qcdc::ValidationContext;
use qcdc::commune_report::{
    NoInferredList, Outlier, OutlierReason, Rollup, Submission, UnitList, infer_unit_list, rollup,
};
use qcdc::org::{AdminLevel, UnitCode};
use qcdc::period::ReportingPeriod;
use qcdc::text::safe_display;
use qcdc::validate::{MAX_DOCUMENT_BYTES, from_json_slice};
use serde_json::{Value, json};

const USAGE: &str = "usage: tong_hop DIR [--json] [--as-of YYYY-MM-DD] [--period PERIOD] \
                     [--province CODE] \
                     [--xlsx OUT.xlsx] [--charts DIR]";

/// The file of DIR that holds the unit list rather than a report.
const UNIT_LIST_FILE: &str = "unit_list.json";

fn main() -> ExitCode {
    let mut json_output = false;
    let mut ctx = ValidationContext::today_in_vietnam();
    let mut dir: Option<PathBuf> = None;
    let mut province: Option<UnitCode> = None;
    let mut period: Option<ReportingPeriod> = None;
    let mut outputs = Outputs::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--help" | "-h" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--json" => json_output = true,
            "--as-of" => match args
                .next()
                .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
            {
                Some(date) => ctx = ValidationContext::new(date),
                None => return usage_error("--as-of needs a date such as 2023-10-20"),
            },
            "--province" => match args.next().and_then(|c| c.parse::<UnitCode>().ok()) {
                Some(code) if code.level() == AdminLevel::Province => province = Some(code),
                _ => return usage_error("--province needs a 2-digit province code such as 01"),
            },
            "--period" => match args.next().and_then(|p| p.parse().ok()) {
                Some(p) => period = Some(p),
                None => return usage_error("--period needs a period such as 2023-Q3 or 2023"),
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
    let scan = match scan_dir(&dir) {
        Ok(scan) => scan,
        Err(e) => {
            eprintln!(
                "tong_hop: cannot read directory {}: {e}",
                safe_display(&dir.display().to_string())
            );
            return ExitCode::from(2);
        }
    };

    let mut submissions = Vec::new();
    let mut unit_list: Option<UnitList> = None;
    let mut unreadable: Vec<FileNote> = Vec::new();
    for file in &scan.files {
        let name = file_name(file);
        let bytes = match read_bounded(file) {
            Ok(bytes) => bytes,
            Err((reason, detail)) if name == UNIT_LIST_FILE => {
                eprintln!(
                    "tong_hop: cannot read the unit list {name} ({reason}): {}",
                    safe_display(&detail)
                );
                return ExitCode::from(1);
            }
            Err((reason, detail)) => {
                unreadable.push(FileNote {
                    file: name,
                    reason,
                    detail,
                });
                continue;
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

    let (list, outliers) = match unit_list {
        Some(list) if period.is_some_and(|p| p != list.period) => {
            return usage_error(&format!(
                "--period differs from the period of {UNIT_LIST_FILE} ({})",
                list.period.code()
            ));
        }
        Some(list) => (list, Vec::new()),
        None => match infer_unit_list(&submissions, period) {
            Ok(inferred) => match province {
                // The registry's list of the province, for the period the reports agree on.
                Some(code) => match UnitList::for_province(code, inferred.list.period) {
                    Ok(list) => (list, inferred.outliers),
                    Err(e) => {
                        eprintln!("tong_hop: --province {code}: {e}");
                        return ExitCode::from(2);
                    }
                },
                None => (inferred.list, inferred.outliers),
            },
            Err(NoInferredList::NoMajority(found)) => {
                let found: Vec<String> = found
                    .iter()
                    .take(5)
                    .map(|(p, n)| format!("{} ({n})", p.code()))
                    .collect();
                eprintln!(
                    "tong_hop: no period is shared by more than half of the reports ({}); \
                     say which with --period",
                    found.join(", ")
                );
                return ExitCode::from(2);
            }
            Err(_) => {
                eprintln!(
                    "tong_hop: no readable commune report and no {UNIT_LIST_FILE} in {}",
                    safe_display(&dir.display().to_string())
                );
                return ExitCode::from(2);
            }
        },
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
    let files = FileNotes {
        skipped: scan.skipped,
        unreadable,
        outliers,
    };
    if json_output {
        // The roll-up's own serialization, with the notes on the files of DIR beside it.
        let mut value = serde_json::to_value(&result).unwrap_or_default();
        files.add_to_json(&mut value);
        let text = serde_json::to_string_pretty(&value).unwrap_or_default();
        println!("{text}");
    } else {
        print!("{}", result.to_text());
        print!("{}", files.to_text());
    }
    ExitCode::SUCCESS
}

/// A file of DIR that was not rolled up, with why: `reason` is an ASCII code, `detail` says
/// more.
struct FileNote {
    file: String,
    reason: &'static str,
    detail: String,
}

/// The entries of DIR: the reports (and unit list) to read, and the rest, skipped with why.
struct Scan {
    files: Vec<PathBuf>,
    skipped: Vec<FileNote>,
}

/// Lists DIR without following subdirectories: the `*.json` regular files (links followed to
/// one), sorted by name, and every other entry as skipped with its reason.
fn scan_dir(dir: &Path) -> std::io::Result<Scan> {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let file = file_name(&path);
        let mut skip = |reason: &'static str, detail: String| {
            skipped.push(FileNote {
                file: file.clone(),
                reason,
                detail,
            });
        };
        // `fs::metadata` follows links: a loop or a dangling link is an error here.
        let meta = match fs::metadata(&path) {
            Ok(meta) => meta,
            Err(e) => {
                skip("broken_link", format!("liên kết hỏng hoặc vòng lặp: {e}"));
                continue;
            }
        };
        if meta.is_dir() {
            skip("directory", "thư mục (không đọc thư mục con)".to_owned());
            continue;
        }
        if !meta.is_file() {
            skip(
                "not_regular_file",
                "không phải tệp thường (ống, socket, thiết bị)".to_owned(),
            );
            continue;
        }
        match path.extension().map(|e| e.to_string_lossy()) {
            Some(e) if e == "json" => files.push(path),
            Some(e) if e.eq_ignore_ascii_case("json") => skip(
                "extension_case",
                format!("phần mở rộng .{e}: đổi tên thành .json để tổng hợp"),
            ),
            _ => skip("not_json", "không phải tệp .json".to_owned()),
        }
    }
    files.sort();
    skipped.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(Scan { files, skipped })
}

/// Reads a regular file of at most [`MAX_DOCUMENT_BYTES`]: the size is checked before reading
/// and the read is bounded, so a huge file (or one growing while read) costs no memory.
fn read_bounded(path: &Path) -> Result<Vec<u8>, (&'static str, String)> {
    let io = |e: std::io::Error| ("io_error", format!("không đọc được: {e}"));
    let too_large = |size: u64| {
        (
            "too_large",
            format!("{size} byte, quá giới hạn {MAX_DOCUMENT_BYTES} byte"),
        )
    };
    let meta = fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(("not_regular_file", "không phải tệp thường".to_owned()));
    }
    let limit = u64::try_from(MAX_DOCUMENT_BYTES).unwrap_or(u64::MAX);
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let file = fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(too_large(u64::try_from(bytes.len()).unwrap_or(u64::MAX)));
    }
    Ok(bytes)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// What the roll-up itself does not list: the entries skipped, the files unreadable and the
/// reports that did not shape an inferred unit list.
struct FileNotes {
    skipped: Vec<FileNote>,
    unreadable: Vec<FileNote>,
    outliers: Vec<Outlier>,
}

impl FileNotes {
    fn add_to_json(&self, value: &mut Value) {
        let notes = |list: &[FileNote]| -> Vec<Value> {
            list.iter()
                .map(|n| json!({ "file": n.file, "reason": n.reason, "detail": n.detail }))
                .collect()
        };
        value["skipped"] = Value::from(notes(&self.skipped));
        value["unreadable"] = Value::from(notes(&self.unreadable));
        value["outliers"] = serde_json::to_value(&self.outliers).unwrap_or_default();
    }

    /// The Vietnamese text sections, with user text escaped.
    fn to_text(&self) -> String {
        let mut out = String::new();
        for (title, list) in [
            ("TỆP KHÔNG ĐỌC ĐƯỢC (không tổng hợp)", &self.unreadable),
            ("MỤC BỎ QUA TRONG THƯ MỤC", &self.skipped),
        ] {
            if !list.is_empty() {
                out.push_str(&format!("\n{title}\n"));
                for n in list.iter() {
                    out.push_str(&format!(
                        "- {}: {}\n",
                        safe_display(&n.file),
                        safe_display(&n.detail)
                    ));
                }
            }
        }
        if !self.outliers.is_empty() {
            out.push_str("\nBÁO CÁO KHÔNG DÙNG ĐỂ LẬP DANH SÁCH ĐƠN VỊ\n");
            for o in &self.outliers {
                let why = match o.reason {
                    OutlierReason::OtherPeriod => "kỳ báo cáo khác kỳ tổng hợp",
                    OutlierReason::NotCommune => "đơn vị không phải cấp xã",
                    _ => "đơn vị không hợp lệ trong kỳ",
                };
                out.push_str(&format!("- {}: {why}\n", safe_display(&o.source)));
            }
        }
        out
    }
}

/// The machine-readable result (see the module docs for its keys).
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
