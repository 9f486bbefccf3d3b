//! Writes the JSON Schema and the react-jsonschema-form uiSchema of every document kind.
//!
//! ```text
//! cargo run --example schemas -- DIR [--profile forms|standard]
//! ```
//!
//! For every kind of the catalogue: `DIR/<kind>.schema.json` in the chosen profile (default
//! `forms`, draft-07 for rjsf and JSON Forms; `standard` is draft 2020-12) and
//! `DIR/<kind>.uischema.json`. DIR is created when missing. Prints one line per file written.
//! Exit status: 0 written, 1 a file could not be written, 2 bad arguments.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{fs, io};

use qcdc::catalogue::CATALOGUE;
use qcdc::schema::{Profile, schema_for, ui_schema_for};

const USAGE: &str = "usage: schemas DIR [--profile forms|standard]";

fn main() -> ExitCode {
    let (dir, profile) = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("schemas: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match write_all(&dir, profile) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("schemas: cannot write to {}: {error}", dir.display());
            ExitCode::from(1)
        }
    }
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<(PathBuf, Profile), String> {
    let mut dir = None;
    let mut profile = Profile::default();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--profile" => {
                let name = args.next().ok_or("--profile needs a value")?;
                profile = name.parse().map_err(|e| format!("{e}"))?;
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ if dir.is_some() => return Err(format!("unexpected argument {arg:?}")),
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let dir = dir.ok_or("missing output directory")?;
    Ok((dir, profile))
}

fn write_all(dir: &Path, profile: Profile) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    for kind in CATALOGUE {
        let schema = schema_for(kind, profile);
        write_json(&dir.join(format!("{}.schema.json", kind.name)), &schema)?;
        let ui = ui_schema_for(kind);
        write_json(&dir.join(format!("{}.uischema.json", kind.name)), &ui)?;
    }
    Ok(())
}

fn write_json(path: &Path, value: &impl serde::Serialize) -> io::Result<()> {
    let mut text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    text.push('\n');
    fs::write(path, text)?;
    println!("{}", path.display());
    Ok(())
}
