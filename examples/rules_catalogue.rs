//! No arguments. Prints every rule of grassroots democracy the crate enforces, with its group,
//! motto element, citation and effective dates: a table for people by default, JSON with
//! `--json`.
//!
//! ```text
//! cargo run --example rules_catalogue
//! cargo run --example rules_catalogue -- --json
//! ```

use std::io::{self, Write};
use std::process::ExitCode;

use qcdc::Vocabulary;
use qcdc::rules::{self, Rule};
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
    }
    writeln!(out, "\n{} quy định.", catalogue.len())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json_output = match args.as_slice() {
        [] => false,
        [flag] if flag == "--json" => true,
        _ => {
            eprintln!("usage: rules_catalogue [--json]");
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
