//! Writes the JSON Schema and the react-jsonschema-form uiSchema of every document kind.
//!
//! ```text
//! cargo run --example schemas -- DIR [--profile forms|standard] [--fixtures SRC]
//! ```
//!
//! For every kind of the catalogue: `DIR/<kind>.schema.json` in the chosen profile (default
//! `forms`, draft-07 for rjsf and JSON Forms; `standard` is draft 2020-12), the
//! react-jsonschema-form uiSchema `DIR/<kind>.uischema.json` and the JSON Forms UI schema
//! `DIR/<kind>.jsonforms.uischema.json`; and the Vietnamese of both renderers' own texts and
//! validation messages, `DIR/vi.rjsf.json` and `DIR/vi.jsonforms.json`. DIR is created when
//! missing. Prints one line per file written.
//!
//! With `--fixtures SRC` (a directory laid out like `tests/fixtures`), also writes the fixtures
//! for a JSON Schema validator to `DIR/fixtures/<kind>/`: each valid one as the crate writes it
//! (the form the schemas describe: codes for names, canonical periods), each invalid one as is,
//! with its `.expected.json` (tests/forms/check.js reads them) and the crate's findings on it
//! (as of 2026-11-28, the fixtures' date) for each renderer: `<name>.extra_errors.json`
//! (rjsf `extraErrors`) and `<name>.additional_errors.json` (JSON Forms `additionalErrors`),
//! which tests/forms/browser.js shows in the forms.
//!
//! Exit status: 0 written, 1 a file could not be read or written (or a valid fixture does not
//! decode), 2 bad arguments.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{fs, io};

use chrono::NaiveDate;
use qcdc::catalogue::CATALOGUE;
use qcdc::schema::{
    Profile, jsonforms_additional_errors, jsonforms_translations_vi, jsonforms_ui_schema_for,
    rjsf_translations_vi, schema_for, ui_schema_for,
};
use qcdc::validate::ValidationContext;

const USAGE: &str = "usage: schemas DIR [--profile forms|standard] [--fixtures SRC]";
/// What `parse_args` returns for `--help`: not an error, the usage on standard output.
const HELP: &str = "--help";

struct Args {
    dir: PathBuf,
    profile: Profile,
    fixtures: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) if message == HELP => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("schemas: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let written = write_all(&args.dir, args.profile).and_then(|()| match &args.fixtures {
        Some(src) => write_fixtures(src, &args.dir.join("fixtures")),
        None => Ok(()),
    });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("schemas: {error}");
            ExitCode::from(1)
        }
    }
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut dir = None;
    let mut profile = Profile::default();
    let mut fixtures = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--help" | "-h" => return Err(HELP.to_owned()),
            "--profile" => {
                let name = args.next().ok_or("--profile needs a value")?;
                profile = name.parse().map_err(|e| format!("{e}"))?;
            }
            "--fixtures" => {
                fixtures = Some(PathBuf::from(
                    args.next().ok_or("--fixtures needs a directory")?,
                ));
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ if dir.is_some() => return Err(format!("unexpected argument {arg:?}")),
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let dir = dir.ok_or("missing output directory")?;
    Ok(Args {
        dir,
        profile,
        fixtures,
    })
}

fn write_all(dir: &Path, profile: Profile) -> io::Result<()> {
    fs::create_dir_all(dir).map_err(|e| in_path(dir, e))?;
    for kind in CATALOGUE {
        let schema = schema_for(kind, profile);
        write_json(&dir.join(format!("{}.schema.json", kind.name)), &schema)?;
        let ui = ui_schema_for(kind);
        write_json(&dir.join(format!("{}.uischema.json", kind.name)), &ui)?;
        let jsonforms = jsonforms_ui_schema_for(kind);
        write_json(
            &dir.join(format!("{}.jsonforms.uischema.json", kind.name)),
            &jsonforms,
        )?;
    }
    // The renderers' own words (buttons, empty states, validation messages).
    write_json(&dir.join("vi.rjsf.json"), &rjsf_translations_vi())?;
    write_json(&dir.join("vi.jsonforms.json"), &jsonforms_translations_vi())?;
    Ok(())
}

fn write_json(path: &Path, value: &impl serde::Serialize) -> io::Result<()> {
    let mut text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    text.push('\n');
    fs::write(path, text).map_err(|e| in_path(path, e))?;
    println!("{}", path.display());
    Ok(())
}

fn in_path(path: &Path, error: io::Error) -> io::Error {
    io::Error::new(error.kind(), format!("{}: {error}", path.display()))
}

/// The `.json` files of `dir` (none when it does not exist), sorted.
fn json_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut files = Vec::new();
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// The "as of" date of the fixtures (as in tests/fixtures.rs): their findings about dates in
/// the future depend on it.
fn fixtures_context() -> ValidationContext {
    ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).expect("a valid date"))
}

fn write_fixtures(src: &Path, out: &Path) -> io::Result<()> {
    for kind in CATALOGUE {
        let valid_out = out.join(kind.name).join("valid");
        fs::create_dir_all(&valid_out).map_err(|e| in_path(&valid_out, e))?;
        // A valid fixture's `.expected.json` lists the breaches it records: not a document.
        let valid = json_files(&src.join(kind.name).join("valid"))?;
        for file in valid
            .into_iter()
            .filter(|f| !f.to_string_lossy().ends_with(".expected.json"))
        {
            let bytes = fs::read(&file).map_err(|e| in_path(&file, e))?;
            let canonical = kind.canonical_json(&bytes).map_err(|report| {
                io::Error::other(format!("{}: does not decode:\n{report}", file.display()))
            })?;
            write_json(
                &valid_out.join(file.file_name().unwrap_or_default()),
                &canonical,
            )?;
        }
        let invalid_out = out.join(kind.name).join("invalid");
        fs::create_dir_all(&invalid_out).map_err(|e| in_path(&invalid_out, e))?;
        for file in json_files(&src.join(kind.name).join("invalid"))? {
            if file.to_string_lossy().ends_with(".expected.json") {
                fs::copy(
                    &file,
                    invalid_out.join(file.file_name().unwrap_or_default()),
                )
                .map_err(|e| in_path(&file, e))?;
                continue;
            }
            let target = invalid_out.join(file.file_name().unwrap_or_default());
            let bytes = fs::read(&file).map_err(|e| in_path(&file, e))?;
            fs::write(&target, &bytes).map_err(|e| in_path(&target, e))?;
            println!("{}", target.display());
            // What a server would send back to each renderer for this document.
            let report = kind.check_json(&bytes, &fixtures_context());
            let stem = target.with_extension("");
            write_json(
                &stem.with_extension("extra_errors.json"),
                &report.to_extra_errors(),
            )?;
            write_json(
                &stem.with_extension("additional_errors.json"),
                &jsonforms_additional_errors(&report),
            )?;
        }
    }
    Ok(())
}
