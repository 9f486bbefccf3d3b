//! No arguments. Prints every rule of grassroots democracy the crate enforces, with its group,
//! motto element, citation, effective dates, the text it encodes and whether that text has been
//! checked against the 2025 amendments (Luật 97/2025/QH15, Luật 47/2024/QH15): a table for people
//! by default, JSON with `--json` (keys `text` and `amendment_check`, `amendment_check_vi`).
//!
//! ```text
//! cargo run --example rules_catalogue
//! cargo run --example rules_catalogue -- --json
//! ```

use std::io::{self, Write};
use std::process::ExitCode;

use qcdc::Vocabulary;
use qcdc::rules::{self, AmendmentCheck, Rule};
use serde_json::json;

fn date_vi(date: chrono::NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

fn as_json(rule: &Rule) -> serde_json::Value {
    json!({
        "id": rule.id.code(),
        "title_vi": rule.title_vi,
        "title_en": rule.title_en,
        "group": rule.group.code(),
        "group_vi": rule.group.name_vi(),
        "motto": rule.motto.code(),
        "motto_vi": rule.motto.name_vi(),
        "citation": rule.citation.to_string(),
        "also_cites": rule.also_cites.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "effective_from": rule.effective_from.to_string(),
        "effective_until": rule.effective_until.map(|d| d.to_string()),
        "text": rule.text_encoded(),
        "amendment_check": rule.amendment_check.code(),
        "amendment_check_vi": rule.amendment_check.name_vi(),
    })
}

fn print(json_output: bool, out: &mut impl Write) -> io::Result<()> {
    let catalogue = rules::catalogue();
    if json_output {
        let list: Vec<_> = catalogue.iter().map(as_json).collect();
        serde_json::to_writer_pretty(&mut *out, &list)?;
        return writeln!(out);
    }
    let mut group = None;
    for rule in &catalogue {
        if group != Some(rule.group) {
            group = Some(rule.group);
            writeln!(out, "\n== {} ==", rule.group)?;
        }
        let until = rule
            .effective_until
            .map(|d| format!(" đến {}", date_vi(d)))
            .unwrap_or_default();
        writeln!(out, "{:<38} {}", rule.id.code(), rule.title_vi)?;
        writeln!(
            out,
            "{:<38} {} | {} | từ {}{}",
            "",
            rule.citation,
            rule.motto,
            date_vi(rule.effective_from),
            until
        )?;
        for other in &rule.also_cites {
            writeln!(out, "{:<38} cũng theo {}", "", other)?;
        }
        writeln!(
            out,
            "{:<38} văn bản: {} | từ 01/07/2025: {}",
            "",
            rule.text_encoded(),
            rule.amendment_check
        )?;
    }
    let unchecked = catalogue
        .iter()
        .filter(|r| r.amendment_check == AmendmentCheck::Unchecked)
        .count();
    writeln!(
        out,
        "\n{} quy định; {} chưa đối chiếu với văn bản sửa đổi năm 2025 (Luật 97/2025/QH15, Luật 47/2024/QH15).",
        catalogue.len(),
        unchecked
    )
}

const USAGE: &str = "usage: rules_catalogue [--json]
Every rule the crate enforces, with its citation and dates: a table, or JSON with --json.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json_output = match args.as_slice() {
        [] => false,
        [flag] if flag == "--json" => true,
        [flag] if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match print(json_output, &mut io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stops early (`| head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cannot write the catalogue: {e}");
            ExitCode::FAILURE
        }
    }
}
