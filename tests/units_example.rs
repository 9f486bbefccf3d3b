//! The `units` example's contract (DESIGN.md): `-- QUERY [--province CODE] [--provinces]
//! [--as-of DATE] [--json]`, a JSON array of `{code, name, kind, province_code, valid_from,
//! valid_until}`, exit 0 found, 1 none, 2 bad usage. Runs the example through cargo.

use std::process::{Command, Output};

use serde_json::Value;

fn units(args: &[&str]) -> Output {
    Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "units", "--"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs")
}

fn array(output: &Output) -> Vec<Value> {
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not a JSON array ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

#[test]
fn a_code_finds_its_unit_with_the_contract_keys() {
    let found = array(&units(&["00145", "--as-of", "2026-11-28", "--json"]));
    assert_eq!(found.len(), 1);
    let unit = found[0].as_object().unwrap();
    let keys: Vec<_> = unit.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "code",
            "name",
            "kind",
            "province_code",
            "valid_from",
            "valid_until"
        ]
    );
    assert_eq!(unit["code"], "00145");
    assert_eq!(unit["name"], "Long Biên");
    assert_eq!(unit["kind"], "phuong");
    assert_eq!(unit["province_code"], "01");
    assert_eq!(unit["valid_from"], "2025-07-01");
    assert_eq!(unit["valid_until"], Value::Null);
}

#[test]
fn the_same_code_before_july_2025_is_the_former_ward() {
    let found = array(&units(&["00145", "--as-of", "2021-04-07", "--json"]));
    assert_eq!(found[0]["name"], "Long Biên");
    assert_eq!(found[0]["valid_until"], "2025-06-30");
    assert_eq!(found[0]["valid_from"], Value::Null);
}

#[test]
fn a_folded_name_within_a_province() {
    for query in ["P. Long Biên", "phuong long bien"] {
        let found = array(&units(&[
            query,
            "--province",
            "01",
            "--as-of",
            "2026-11-28",
            "--json",
        ]));
        assert_eq!(found.len(), 1, "{query}");
        assert_eq!(found[0]["code"], "00145");
    }
}

#[test]
fn a_province_alone_lists_its_communes_and_provinces_list_34() {
    let ha_noi = array(&units(&[
        "--province",
        "01",
        "--as-of",
        "2026-11-28",
        "--json",
    ]));
    assert_eq!(ha_noi.len(), 126);
    assert!(ha_noi.iter().all(|u| u["province_code"] == "01"));
    let provinces = array(&units(&["--provinces", "--as-of", "2026-11-28", "--json"]));
    assert_eq!(provinces.len(), 34);
    assert!(provinces.iter().all(|p| p["province_code"] == Value::Null));
    let former = array(&units(&["--provinces", "--as-of", "2021-04-07", "--json"]));
    assert_eq!(former.len(), 63);
}

#[test]
fn text_output_shows_the_successors_of_a_former_ward() {
    let out = units(&["Ngọc Lâm", "--province", "01", "--as-of", "2021-04-07"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Phường Ngọc Lâm"), "{text}");
    assert!(
        text.contains("→ Phường Bồ Đề (00118): Nhập toàn bộ"),
        "{text}"
    );
}

#[test]
fn nothing_found_exits_1_and_bad_usage_2() {
    let none = units(&["Không Có Đâu", "--as-of", "2026-11-28", "--json"]);
    assert_eq!(none.status.code(), Some(1));
    assert_eq!(
        serde_json::from_slice::<Value>(&none.stdout).unwrap(),
        Value::Array(vec![])
    );
    // Hà Giang's code "02" ended on 30/06/2025.
    assert_eq!(
        units(&["02", "--as-of", "2026-11-28"]).status.code(),
        Some(1)
    );
    for args in [
        &[][..],
        &["--bogus"],
        &["x", "y"],
        &["x", "--province", "1"],
        &["x", "--as-of", "28/11/2026"],
        &["x", "--provinces"],
    ] {
        assert_eq!(units(args).status.code(), Some(2), "{args:?}");
    }
    let help = units(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("usage: units QUERY"));
}
