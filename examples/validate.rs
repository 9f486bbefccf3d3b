//! Validates a JSON document of any kind of the catalogue and prints the report as JSON.
//!
//! ```sh
//! cargo run --example validate -- KIND FILE [--as-of YYYY-MM-DD]
//! cargo run --example validate -- person - < person.json
//! ```
//!
//! KIND is a document kind of `qcdc::catalogue::CATALOGUE` (`cargo run --example validate --
//! --list` lists them): its name (`model_registration`), in any case, or its Vietnamese or
//! English title, with or without diacritics ("Báo cáo giao ban Khối Dân vận", "bao cao giao ban
//! khoi dan van"); the report names the kind by its name. FILE `-` reads standard input. The report is
//! `{"kind", "valid", "errors": [...], "breaches": [...], "warnings": [...]}`, each entry with
//! `path` (JSON Pointer), `code`, `params`, `message_vi`, `message_en` and `citation` when a rule
//! of law is behind it (always, for a breach). Breaches (**vi phạm**) are valid data recording
//! an act against the law — a late disclosure, an unlawful ballot — and do not make the document
//! invalid. Validation runs as of today in Vietnam unless `--as-of` says otherwise.
//!
//! Exit codes: 0 valid (breaches and warnings do not change it), 1 invalid, 2 unreadable input
//! (no such file, not JSON, too large) or unknown kind or bad arguments.

use std::io::Read;
use std::process::ExitCode;

use chrono::NaiveDate;
use qcdc::ValidationContext;
use qcdc::catalogue::{CATALOGUE, DocumentType};
use qcdc::text::fold;
use qcdc::validate::Code;
use serde_json::json;

const USAGE: &str = "usage: validate KIND FILE [--as-of YYYY-MM-DD]
KIND: a document kind's name or its Vietnamese title (--list lists them); FILE - reads stdin.
Exit 0 valid, 1 invalid, 2 unreadable input, unknown kind or bad arguments.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if args.iter().any(|a| a == "--list") {
        for kind in CATALOGUE {
            println!("{}\t{}", kind.name, kind.title_vi);
        }
        return ExitCode::SUCCESS;
    }
    let mut positional = Vec::new();
    let mut ctx = ValidationContext::today_in_vietnam();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--as-of" {
            match rest
                .next()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            {
                Some(date) => ctx = ValidationContext::new(date),
                None => return usage_error("--as-of needs a date such as 2021-04-07"),
            }
        } else {
            positional.push(arg.as_str());
        }
    }
    let [kind_name, file] = positional[..] else {
        return usage_error("expected KIND and FILE");
    };
    let Some(kind) = find_kind(kind_name) else {
        let known: Vec<&str> = CATALOGUE.iter().map(|k| k.name).collect();
        return usage_error(&format!(
            "unknown document kind {kind_name:?}; known kinds: {}",
            known.join(", ")
        ));
    };
    let bytes = match read_input(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("validate: cannot read {file}: {e}");
            return ExitCode::from(2);
        }
    };
    let report = kind.check_json(&bytes, &ctx);
    // `{kind, valid, errors, breaches, warnings}`, in that order.
    let mut output = serde_json::Map::new();
    output.insert("kind".into(), json!(kind.name));
    if let serde_json::Value::Object(fields) =
        serde_json::to_value(&report).expect("a report always serialises")
    {
        output.extend(fields);
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&output).expect("a value always serialises")
    );
    let unreadable = report
        .errors()
        .iter()
        .any(|v| matches!(v.code, Code::InvalidJson | Code::DocumentTooLarge));
    if unreadable {
        ExitCode::from(2)
    } else if report.is_valid() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The kind named `name`: its wire name or its Vietnamese or English title, compared without
/// case, diacritics or the difference between `_` and a space.
fn find_kind(name: &str) -> Option<&'static DocumentType> {
    let key = fold(name);
    CATALOGUE.iter().find(|kind| {
        [kind.name, kind.title_vi, kind.title_en]
            .iter()
            .any(|n| fold(n) == key)
    })
}

fn read_input(file: &str) -> std::io::Result<Vec<u8>> {
    let limit = qcdc::validate::MAX_DOCUMENT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(file)?
            .take(limit)
            .read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("validate: {message}\n{USAGE}");
    ExitCode::from(2)
}
