//! The crate's layers, kept one way (DESIGN.md: the ground knows no documents; documents use
//! rules, units, periods and validation): a ground module names no module above it, and the
//! rules name no report. Checked on the sources' code (comments and unit tests left out).

use std::fs;
use std::path::Path;

/// The code of a module's files (`src/NAME.rs` and `src/NAME/**.rs`), without comment lines and
/// without the `#[cfg(test)] mod tests` at the end of a file.
fn code_of(module: &str) -> String {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src.join(format!("{module}.rs"))];
    let mut dirs = vec![src.join(module)];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let mut code = String::new();
    for file in files.iter().filter(|f| f.exists()) {
        let text = fs::read_to_string(file).unwrap();
        let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
        for line in text.lines() {
            if !line.trim_start().starts_with("//") {
                code.push_str(line);
                code.push('\n');
            }
        }
    }
    assert!(!code.is_empty(), "no source for module {module}");
    code
}

/// The modules of `above` that `module`'s code names.
fn names(module: &str, above: &[&str]) -> Vec<String> {
    let code = code_of(module);
    above
        .iter()
        .filter(|m| {
            code.contains(&format!("crate::{m}::")) || code.contains(&format!("crate::{m}{{"))
        })
        .map(|m| format!("{module} → {m}"))
        .collect()
}

const DOCUMENTS: &[&str] = &[
    "validate",
    "rules",
    "regime",
    "commune_report",
    "report",
    "dan_van_kheo",
    "campaign",
    "schema",
    "catalogue",
];

#[test]
fn the_legal_ground_knows_no_validation_rules_or_reports() {
    let mut found = names("legal", DOCUMENTS);
    found.extend(names("text", DOCUMENTS));
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_rules_know_no_report() {
    let found = names(
        "rules",
        &[
            "commune_report",
            "report",
            "dan_van_kheo",
            "schema",
            "catalogue",
        ],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_grassroots_types_know_no_rules() {
    // The workplace rules are written per grassroots type (`rules` → `regime`); the way back
    // would be a circle. A record's date check lives in `validate` for both.
    let found = names(
        "regime",
        &["rules", "commune_report", "report", "dan_van_kheo"],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_check_finds_what_it_looks_for() {
    // The commune report is built on the rules: the check must see that edge.
    assert_eq!(
        names("commune_report", &["rules"]),
        ["commune_report → rules"]
    );
}
