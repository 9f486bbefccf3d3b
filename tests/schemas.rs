//! JSON Schema export, checked over every kind of the catalogue (kinds added later are covered
//! without touching this file):
//! - every schema of both profiles is valid for its draft (meta-schema validation);
//! - the Forms profile has what renderers need (titles, `{const, title}` choices, no null
//!   branches, standard formats only, closed objects);
//! - snapshots of the exported schemas and uiSchemas in `tests/snapshots/` (refresh them with
//!   `UPDATE_SNAPSHOTS=1 cargo test --test schemas` and review the diff);
//! - consistency both ways with the fixtures of `tests/fixtures/<kind>/`: every valid fixture
//!   satisfies both schemas; every invalid fixture is rejected by both, unless all its expected
//!   codes are in [`SCHEMA_INEXPRESSIBLE`];
//! - the decoder takes what forms send (`null`, `""`) for every kind;
//! - the rjsf `extraErrors` of every invalid fixture only use keys of the schema, and the JSON
//!   Forms `additionalErrors` carry the same findings at paths of the schema.
//!
//! Schemas describe documents as the crate writes them: valid fixtures are compared in that form
//! (`DocumentType::canonical_json`: codes for names, canonical periods, no `null` or `""`);
//! invalid ones, which do not decode, with their members sent as `null` or `""` taken out (the
//! decoder treats them as absent).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use jsonschema::Draft;
use qcdc::catalogue::{CATALOGUE, DocumentType};
use qcdc::schema::{
    Profile, SCHEMA_INEXPRESSIBLE, fresh_schema_for, jsonforms_ui_schema_for, schema_for,
    ui_schema_for, untitled,
};
use qcdc::validate::{Code, ValidationContext};
use serde_json::{Map, Value, json};

/// The "as of" date of the fixture runs (as in tests/fixtures.rs).
fn ctx() -> ValidationContext {
    ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap())
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn schema(kind: &DocumentType, profile: Profile) -> Value {
    schema_for(kind, profile).to_value()
}

fn draft(profile: Profile) -> Draft {
    match profile {
        Profile::Forms => Draft::Draft7,
        Profile::Standard => Draft::Draft202012,
        other => panic!("no draft known for the profile {other}"),
    }
}

fn validator(kind: &DocumentType, profile: Profile) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(draft(profile))
        .should_validate_formats(true)
        .build(&schema(kind, profile))
        .unwrap_or_else(|e| panic!("{} {profile}: schema does not compile: {e}", kind.name))
}

/// `(file, parsed JSON)` of the fixtures of `kind` in `valid` or `invalid`.
fn fixtures(kind: &DocumentType, which: &str) -> Vec<(PathBuf, Value)> {
    let dir = root().join("tests/fixtures").join(kind.name).join(which);
    let Ok(entries) = fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p.to_string_lossy().ends_with(".expected.json")
        })
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let value = serde_json::from_slice(&fs::read(&file).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            (file, value)
        })
        .collect()
}

/// The fixture as the decoder sees it: members sent as `null` or `""` taken out.
fn without_absent(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !(v.is_null() || v.as_str() == Some("")))
                .map(|(k, v)| (k.clone(), without_absent(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_absent).collect()),
        other => other.clone(),
    }
}

fn schema_errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path))
        .collect()
}

#[test]
fn every_schema_is_valid_for_its_draft() {
    for kind in CATALOGUE {
        let forms = schema(kind, Profile::Forms);
        assert_eq!(forms["$schema"], "http://json-schema.org/draft-07/schema#");
        if let Err(e) = jsonschema::draft7::meta::validate(&forms) {
            panic!("{} forms: not a valid draft-07 schema: {e}", kind.name);
        }
        let standard = schema(kind, Profile::Standard);
        assert_eq!(
            standard["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        if let Err(e) = jsonschema::draft202012::meta::validate(&standard) {
            panic!("{} standard: not a valid 2020-12 schema: {e}", kind.name);
        }
        // And each compiles into a validator.
        validator(kind, Profile::Forms);
        validator(kind, Profile::Standard);
    }
}

#[test]
fn meta_validation_can_fail() {
    let broken = json!({"type": "object", "properties": {"x": {"type": "text"}}});
    assert!(!jsonschema::draft7::meta::is_valid(&broken));
    assert!(!jsonschema::draft202012::meta::is_valid(&broken));
}

#[test]
fn every_forms_property_and_choice_has_a_title() {
    let mut missing = Vec::new();
    for kind in CATALOGUE {
        for pointer in untitled(&schema_for(kind, Profile::Forms)) {
            missing.push(format!("{}: {pointer}", kind.name));
        }
    }
    assert!(
        missing.is_empty(),
        "properties or choices without a Vietnamese title (add #[schemars(title = \"…\")] \
         or use the vocabulary! macro):\n{}",
        missing.join("\n")
    );
}

/// Walks every schema node of a Forms schema and lists what a renderer on Ajv draft-07 trips on.
fn forms_problems(node: &Value, at: &str, found: &mut Vec<String>) {
    let Value::Object(map) = node else { return };
    for key in [
        "$defs",
        "$schema",
        "prefixItems",
        "unevaluatedProperties",
        "$id",
    ] {
        if map.contains_key(key) && !(key == "$schema" && at.is_empty()) {
            found.push(format!("{at}: has {key}"));
        }
    }
    match map.get("type") {
        Some(Value::Array(types)) => found.push(format!("{at}: type list {types:?}")),
        Some(t) if t == "null" => found.push(format!("{at}: null type")),
        _ => {}
    }
    if let Some(format) = map.get("format").and_then(Value::as_str)
        && !["date", "date-time", "email", "uri"].contains(&format)
    {
        found.push(format!("{at}: non-standard format {format}"));
    }
    if map.contains_key("enum") {
        found.push(format!("{at}: plain enum (needs oneOf of const/title)"));
    }
    if let Some(Value::Array(choices)) = map.get("oneOf")
        && choices.iter().any(|c| c.get("const").is_some())
        && map.get("type") != Some(&json!("string"))
    {
        found.push(format!(
            "{at}: oneOf of consts without \"type\": \"string\""
        ));
    }
    // Closed: by `additionalProperties: false`, or by `propertyNames` when some members apply
    // conditionally (under `allOf`/`then`, which `additionalProperties` does not see).
    if map.contains_key("properties")
        && map.get("additionalProperties") != Some(&json!(false))
        && map
            .get("propertyNames")
            .and_then(|p| p.get("enum"))
            .is_none()
    {
        found.push(format!("{at}: object without additionalProperties: false"));
    }
    for (key, child) in map {
        match (key.as_str(), child) {
            ("properties" | "definitions", Value::Object(members)) => {
                for (name, member) in members {
                    forms_problems(member, &format!("{at}/{key}/{name}"), found);
                }
            }
            ("anyOf" | "oneOf" | "allOf", Value::Array(list)) => {
                for (i, branch) in list.iter().enumerate() {
                    if branch.get("type") == Some(&json!("null")) {
                        found.push(format!("{at}/{key}/{i}: null branch"));
                    }
                    forms_problems(branch, &format!("{at}/{key}/{i}"), found);
                }
            }
            ("items" | "additionalProperties" | "not", child) => {
                forms_problems(child, &format!("{at}/{key}"), found)
            }
            // A conditional branch: its members are fields of the object.
            ("then" | "else", Value::Object(branch)) => {
                if let Some(Value::Object(members)) = branch.get("properties") {
                    for (name, member) in members {
                        forms_problems(member, &format!("{at}/{key}/properties/{name}"), found);
                    }
                }
            }
            _ => {}
        }
    }
}

#[test]
fn forms_profile_has_only_what_renderers_understand() {
    let mut found = Vec::new();
    for kind in CATALOGUE {
        let mut problems = Vec::new();
        forms_problems(&schema(kind, Profile::Forms), "", &mut problems);
        found.extend(problems.into_iter().map(|p| format!("{}: {p}", kind.name)));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
    // The walker finds what it looks for.
    let mut problems = Vec::new();
    forms_problems(
        &json!({"type": "object", "properties": {"a": {"type": ["string", "null"], "format": "uint8"}}}),
        "",
        &mut problems,
    );
    assert_eq!(problems.len(), 3, "{problems:?}");
}

// --- snapshots --------------------------------------------------------------------------

const UPDATE: &str = "UPDATE_SNAPSHOTS";

/// The snapshot of [`SCHEMA_INEXPRESSIBLE`], as a JSON array of codes.
const INEXPRESSIBLE_FILE: &str = "schema_inexpressible.json";

/// The snapshot files of every kind and what they must contain.
fn snapshots() -> Vec<(String, String)> {
    let mut files = Vec::new();
    let pretty = |v: &Value| serde_json::to_string_pretty(v).unwrap() + "\n";
    for kind in CATALOGUE {
        for profile in Profile::ALL {
            // Made afresh: `schema_for` reads the copies made ahead, written from these too.
            files.push((
                format!("{}.{profile}.schema.json", kind.name),
                pretty(&fresh_schema_for(kind, profile).to_value()),
            ));
        }
        files.push((
            format!("{}.uischema.json", kind.name),
            pretty(&ui_schema_for(kind)),
        ));
        files.push((
            format!("{}.jsonforms.uischema.json", kind.name),
            pretty(&jsonforms_ui_schema_for(kind)),
        ));
    }
    // Read by tests/forms/check.js, which exempts the same invalid fixtures.
    let codes: Vec<&str> = SCHEMA_INEXPRESSIBLE.iter().map(|c| c.as_str()).collect();
    files.push((INEXPRESSIBLE_FILE.to_owned(), pretty(&json!(codes))));
    files
}

/// A short line diff: the first differing lines with some context.
fn diff(expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    let first = old
        .iter()
        .zip(&new)
        .position(|(a, b)| a != b)
        .unwrap_or(old.len().min(new.len()));
    let from = first.saturating_sub(3);
    let mut out = format!("  first difference at line {}:\n", first + 1);
    for (i, line) in old.iter().enumerate().skip(from).take(10) {
        out.push_str(&format!("  - {:>4} {line}\n", i + 1));
    }
    for (i, line) in new.iter().enumerate().skip(from).take(10) {
        out.push_str(&format!("  + {:>4} {line}\n", i + 1));
    }
    out
}

#[test]
fn exported_schemas_match_their_snapshots() {
    let dir = root().join("tests/snapshots");
    let update = std::env::var_os(UPDATE).is_some_and(|v| v != "0" && !v.is_empty());
    let expected = snapshots();
    let mut failures = Vec::new();
    if update {
        fs::create_dir_all(&dir).unwrap();
    }
    for (name, content) in &expected {
        let path = dir.join(name);
        match fs::read_to_string(&path) {
            Ok(old) if old == *content => {}
            _ if update => fs::write(&path, content).unwrap(),
            Ok(old) => failures.push(format!("{name} changed:\n{}", diff(&old, content))),
            Err(_) => failures.push(format!("{name} is missing")),
        }
    }
    // Snapshots of kinds no longer in the catalogue.
    let known: BTreeSet<&str> = expected.iter().map(|(n, _)| n.as_str()).collect();
    for entry in fs::read_dir(&dir).into_iter().flatten() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".json") && !known.contains(name.as_str()) {
            if update {
                fs::remove_file(&path).unwrap();
            } else {
                failures.push(format!("{name} belongs to no kind of the catalogue"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "schema snapshots differ from the export:\n{}\nIf the change is intended, run \
         `{UPDATE}=1 cargo test --test schemas` and review the diff of tests/snapshots/.",
        failures.join("\n")
    );
}

/// The copies of the catalogue's schemas made ahead of time and built into the library
/// (`src/schema/ahead/`, read by `schema_for`): one compact line each, written with the
/// snapshots. The library's own tests check them byte for byte against schemas made afresh.
#[test]
fn schemas_made_ahead_are_written_with_the_snapshots() {
    let dir = root().join("src/schema/ahead");
    let update = std::env::var_os(UPDATE).is_some_and(|v| v != "0" && !v.is_empty());
    let mut rewritten = Vec::new();
    for kind in CATALOGUE {
        for profile in Profile::ALL {
            let name = format!("{}.{profile}.json", kind.name);
            let path = dir.join(&name);
            let content =
                serde_json::to_string(&fresh_schema_for(kind, profile).to_value()).unwrap() + "\n";
            if fs::read_to_string(&path).ok().as_deref() != Some(content.as_str()) {
                if update {
                    fs::create_dir_all(&dir).unwrap();
                    fs::write(&path, &content).unwrap();
                }
                rewritten.push(name);
            }
        }
    }
    assert!(
        rewritten.is_empty(),
        "copies made ahead {} in src/schema/ahead/: {rewritten:?}; {}",
        if update { "rewritten" } else { "differ" },
        if update {
            "run the tests again, so that the library is built with them"
        } else {
            "run `UPDATE_SNAPSHOTS=1 cargo test --test schemas` and review the diff"
        }
    );
}

#[test]
fn snapshot_diff_names_the_changed_line() {
    let message = diff("{\n  \"a\": 1\n}\n", "{\n  \"a\": 2\n}\n");
    assert!(message.contains("first difference at line 2"), "{message}");
    assert!(message.contains("-    2   \"a\": 1"), "{message}");
    assert!(message.contains("+    2   \"a\": 2"), "{message}");
}

// --- consistency with the fixtures ------------------------------------------------------

#[test]
fn every_valid_fixture_satisfies_both_schemas() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for kind in CATALOGUE {
        let valid = fixtures(kind, "valid");
        assert!(!valid.is_empty(), "{}: no valid fixture", kind.name);
        for profile in Profile::ALL {
            let validator = validator(kind, profile);
            for (file, value) in &valid {
                // The schema describes the wire form the crate writes; a fixture may use the
                // other spellings the decoder accepts (names, "Quý I/2021", null, "").
                let canonical = kind
                    .canonical_json(&serde_json::to_vec(value).unwrap())
                    .unwrap_or_else(|report| panic!("{}: {report}", file.display()));
                let errors = schema_errors(&validator, &canonical);
                if !errors.is_empty() {
                    failures.push(format!(
                        "{} ({profile}): valid for the crate, rejected by the schema:\n  {}",
                        file.display(),
                        errors.join("\n  ")
                    ));
                }
                checked += 1;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 2 * CATALOGUE.len());
}

/// The expected error codes of an invalid fixture. A `required` finding for a member that the
/// schema does not list as required is a conditional requirement ("describe the other form"),
/// which a schema without `if`/`then` cannot say: it is reported as `required_if`.
fn expected_codes(file: &Path, schema: &Value, profile: Profile) -> Vec<String> {
    let expected: Value =
        serde_json::from_slice(&fs::read(file.with_extension("expected.json")).unwrap()).unwrap();
    expected["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let code = e["code"].as_str().unwrap();
            let path = e["path"].as_str().unwrap();
            if code == "required" && !schema_requires(schema, path, profile) {
                "required_if".to_owned()
            } else {
                code.to_owned()
            }
        })
        .collect()
}

/// Whether the Forms schema lists the last member of `data_path` as required in its object
/// (in any alternative of a `oneOf`/`anyOf`/`allOf`, or any conditional branch).
fn schema_requires(schema: &Value, data_path: &str, profile: Profile) -> bool {
    // Only the Forms profile states conditional members (`if`/`then`).
    let conditions = profile == Profile::Forms;
    fn alternatives(node: &Value, conditions: bool) -> Vec<&Value> {
        let mut all = vec![node];
        for key in ["oneOf", "anyOf", "allOf"] {
            if let Some(list) = node.get(key).and_then(Value::as_array) {
                all.extend(list.iter().flat_map(|n| alternatives(n, conditions)));
            }
        }
        // A member required in a conditional branch is required in that case.
        for key in ["then", "else"].into_iter().filter(|_| conditions) {
            all.extend(
                node.get(key)
                    .into_iter()
                    .flat_map(|n| alternatives(n, conditions)),
            );
        }
        all
    }
    let mut tokens: Vec<&str> = data_path.split('/').skip(1).collect();
    let Some(member) = tokens.pop() else {
        return true;
    };
    let mut nodes = vec![schema];
    for token in tokens {
        nodes = nodes
            .into_iter()
            .flat_map(|n| alternatives(n, conditions))
            .filter_map(|n| {
                n.get("properties")
                    .and_then(|p| p.get(token))
                    .or_else(|| token.parse::<usize>().ok().and(n.get("items")))
            })
            .collect();
    }
    nodes
        .into_iter()
        .flat_map(|n| alternatives(n, conditions))
        .any(|n| {
            n.get("required")
                .and_then(Value::as_array)
                .is_some_and(|r| r.iter().any(|m| m == member))
        })
}

fn inexpressible(code: &str) -> bool {
    code == "required_if" || SCHEMA_INEXPRESSIBLE.iter().any(|c| c.as_str() == code)
}

#[test]
fn every_invalid_fixture_with_an_expressible_problem_is_rejected() {
    let mut failures = Vec::new();
    let (mut rejected, mut exempt) = (0, 0);
    for kind in CATALOGUE {
        let forms = schema(kind, Profile::Forms);
        for profile in Profile::ALL {
            let validator = validator(kind, profile);
            for (file, value) in fixtures(kind, "invalid") {
                let codes = expected_codes(&file, &forms, profile);
                if codes.iter().all(|c| inexpressible(c)) {
                    exempt += 1;
                    continue;
                }
                if validator.is_valid(&without_absent(&value)) {
                    let expressible: Vec<_> = codes.iter().filter(|c| !inexpressible(c)).collect();
                    failures.push(format!(
                        "{} ({profile}): accepted by the schema although its errors {expressible:?} \
                         are not in SCHEMA_INEXPRESSIBLE (tighten the schema, or append the codes \
                         to qcdc::schema::SCHEMA_INEXPRESSIBLE if no schema can say them)",
                        file.display()
                    ));
                } else {
                    rejected += 1;
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(rejected > 0, "no invalid fixture is rejected by its schema");
    eprintln!("{rejected} rejected, {exempt} exempt (only inexpressible problems)");
}

#[test]
fn inexpressible_codes_are_the_documented_set() {
    let listed: Vec<&str> = SCHEMA_INEXPRESSIBLE.iter().map(|c| c.as_str()).collect();
    // The cross-field and date rules of the foundation; kinds add their own after these.
    let foundation = [
        "blank",
        "control_character",
        "duplicate",
        "date_order",
        "date_outside",
        "date_in_future",
        "unit_not_existing",
        "body_not_existing",
        "kind_not_at_level",
        "title_not_for_body",
    ];
    assert_eq!(listed[..foundation.len()], foundation);
    // What a schema says well stays out of the exemption.
    for code in [
        Code::Required,
        Code::TooLong,
        Code::UnknownField,
        Code::InvalidValue,
        Code::WrongType,
    ] {
        assert!(!SCHEMA_INEXPRESSIBLE.contains(&code), "{code:?}");
    }
}

// --- what forms send --------------------------------------------------------------------

/// Resolves a local `$ref` of a Forms schema.
fn resolve<'s>(root: &'s Value, node: &'s Value) -> &'s Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => root
            .pointer(r.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("unresolved {r}")),
        None => node,
    }
}

/// For every object of `data` that the schema describes: the JSON Pointers of its optional
/// members that are absent and of its required members, with the pointer of the object.
fn members(
    root: &Value,
    node: &Value,
    data: &Value,
    at: &str,
    optional: &mut Vec<(String, String)>,
    required: &mut Vec<(String, String)>,
) {
    let node = resolve(root, node);
    match data {
        Value::Object(object) => {
            let Some(Value::Object(properties)) = node.get("properties") else {
                return;
            };
            let needed: Vec<&str> = node
                .get("required")
                .and_then(Value::as_array)
                .map(|l| l.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            for (key, child) in properties {
                if needed.contains(&key.as_str()) {
                    required.push((at.to_owned(), key.clone()));
                } else if !object.contains_key(key) {
                    optional.push((at.to_owned(), key.clone()));
                }
                if let Some(value) = object.get(key) {
                    members(
                        root,
                        child,
                        value,
                        &format!("{at}/{key}"),
                        optional,
                        required,
                    );
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = node.get("items") {
                for (i, item) in items.iter().enumerate() {
                    members(
                        root,
                        item_schema,
                        item,
                        &format!("{at}/{i}"),
                        optional,
                        required,
                    );
                }
            }
        }
        _ => {}
    }
}

fn with_member(data: &Value, parent: &str, key: &str, value: Value) -> Value {
    let mut data = data.clone();
    let object: &mut Map<String, Value> = data
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .expect("the parent is an object");
    object.insert(key.to_owned(), value);
    data
}

fn check(kind: &DocumentType, data: &Value) -> qcdc::ValidationReport {
    kind.check_json(&serde_json::to_vec(data).unwrap(), &ctx())
}

#[test]
fn the_decoder_takes_what_forms_send_for_every_kind() {
    let mut failures = Vec::new();
    let mut cases = 0;
    for kind in CATALOGUE {
        let forms = schema(kind, Profile::Forms);
        for (file, data) in fixtures(kind, "valid") {
            let (mut optional, mut required) = (Vec::new(), Vec::new());
            members(&forms, &forms, &data, "", &mut optional, &mut required);
            // Every absent optional member sent as null or "": still valid.
            for blank in [Value::Null, Value::from("")] {
                let mut sent = data.clone();
                for (parent, key) in &optional {
                    sent = with_member(&sent, parent, key, blank.clone());
                }
                let report = check(kind, &sent);
                if !report.is_valid() {
                    failures.push(format!(
                        "{} with optional members as {blank}: {report}",
                        file.display()
                    ));
                }
                cases += 1;
            }
            // Each required member sent as null or "": reported as required, at its path.
            for (parent, key) in &required {
                for blank in [Value::Null, Value::from("")] {
                    let sent = with_member(&data, parent, key, blank.clone());
                    let path = format!("{parent}/{key}");
                    let report = check(kind, &sent);
                    let found = report
                        .errors()
                        .iter()
                        .any(|v| v.path == path && v.code == Code::Required);
                    if !found {
                        failures.push(format!(
                            "{}: {path} sent as {blank} is not reported as required:\n{report}",
                            file.display()
                        ));
                    }
                    cases += 1;
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(cases >= 4 * CATALOGUE.len(), "only {cases} cases");
}

// --- extraErrors ------------------------------------------------------------------------

/// Keys of `extra` (an rjsf `extraErrors` tree) that are not properties (or, under an array,
/// indices) of the schema node: their JSON Pointers.
fn foreign_keys(root: &Value, node: &Value, extra: &Value, at: &str, found: &mut Vec<String>) {
    let node = resolve(root, node);
    let Value::Object(extra) = extra else { return };
    for (key, child) in extra {
        if key == "__errors" {
            continue;
        }
        let here = format!("{at}/{key}");
        let next = if node.get("type") == Some(&json!("array")) {
            key.parse::<usize>().ok().and_then(|_| node.get("items"))
        } else {
            property(root, node, key)
        };
        match next {
            Some(next) => foreign_keys(root, next, child, &here, found),
            None => found.push(here),
        }
    }
}

/// The schema of the property `key` of `node`, also when it is declared in one of the
/// alternatives (`oneOf`, `anyOf`, `allOf`) or in a conditional branch (`then`, `else`).
fn property<'s>(root: &'s Value, node: &'s Value, key: &str) -> Option<&'s Value> {
    let node = resolve(root, node);
    node.get("properties")
        .and_then(|p| p.get(key))
        .or_else(|| {
            ["oneOf", "anyOf", "allOf"]
                .iter()
                .filter_map(|k| node.get(*k).and_then(Value::as_array))
                .flatten()
                .find_map(|branch| property(root, branch, key))
        })
        .or_else(|| {
            ["then", "else"]
                .iter()
                .filter_map(|k| node.get(*k))
                .find_map(|branch| property(root, branch, key))
        })
}

#[test]
fn extra_errors_of_invalid_fixtures_use_schema_keys() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for kind in CATALOGUE {
        let forms = schema(kind, Profile::Forms);
        for (file, data) in fixtures(kind, "invalid") {
            let report = check(kind, &data);
            let extra = report.to_extra_errors();
            let mut foreign = Vec::new();
            foreign_keys(&forms, &forms, &extra, "", &mut foreign);
            for pointer in foreign {
                failures.push(format!(
                    "{}: extraErrors key {pointer} is not in the schema",
                    file.display()
                ));
            }
            checked += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= CATALOGUE.len());
    // The walker finds a key the schema does not have.
    let schema = json!({"type": "object", "properties": {
        "list": {"type": "array", "items": {"type": "object", "properties": {"a": {}}}},
        "rule": {"oneOf": [{"properties": {"day": {}}}, {"properties": {"days": {}}}]},
    }});
    let mut found = Vec::new();
    foreign_keys(
        &schema,
        &schema,
        &json!({"list": {"0": {"a": {}, "b": {}}}, "c": {}, "rule": {"days": {}, "x": {}}}),
        "",
        &mut found,
    );
    assert_eq!(found, ["/list/0/b", "/c", "/rule/x"]);
}

// --- limits -----------------------------------------------------------------------------

/// The members present in `data` with the schema node that describes each.
fn present(root: &Value, node: &Value, data: &Value, at: &str, out: &mut Vec<(String, Value)>) {
    let node = resolve(root, node);
    match data {
        Value::Object(object) => {
            for (key, value) in object {
                if let Some(child) = node.get("properties").and_then(|p| p.get(key)) {
                    let here = format!("{at}/{key}");
                    out.push((here.clone(), resolve(root, child).clone()));
                    present(root, child, value, &here, out);
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = node.get("items") {
                for (i, item) in items.iter().enumerate() {
                    present(root, item_schema, item, &format!("{at}/{i}"), out);
                }
            }
        }
        _ => {}
    }
}

fn set_at(data: &Value, pointer: &str, value: Value) -> Value {
    let mut data = data.clone();
    *data.pointer_mut(pointer).expect("the member is present") = value;
    data
}

#[test]
fn limits_in_the_schema_match_the_validation_rules() {
    let mut failures = Vec::new();
    let mut cases = 0;
    for kind in CATALOGUE {
        let forms = schema(kind, Profile::Forms);
        for (file, data) in fixtures(kind, "valid") {
            let mut members = Vec::new();
            present(&forms, &forms, &data, "", &mut members);
            for (path, node) in members {
                let errors_at = |sent: &Value| -> Vec<Code> {
                    check(kind, sent)
                        .errors()
                        .iter()
                        .filter(|v| v.path == path)
                        .map(|v| v.code)
                        .collect()
                };
                let is_text = node.get("type") == Some(&json!("string"))
                    && node.get("oneOf").is_none()
                    && node.get("format").is_none();
                if let Some(max) = node.get("maxLength").and_then(Value::as_u64)
                    && is_text
                {
                    let max = usize::try_from(max).unwrap();
                    let longest = errors_at(&set_at(&data, &path, json!("ă".repeat(max))));
                    let over = errors_at(&set_at(&data, &path, json!("ă".repeat(max + 1))));
                    // Other rules (a phone number's format…) may speak first beyond the limit.
                    if longest.contains(&Code::TooLong) || over.is_empty() {
                        failures.push(format!(
                            "{} {path}: maxLength {max} in the schema, but {max} chars give \
                             {longest:?} and {} give {over:?}",
                            file.display(),
                            max + 1
                        ));
                    }
                    cases += 1;
                }
                for (bound, step) in [("maximum", 1), ("minimum", -1)] {
                    if let Some(limit) = node.get(bound).and_then(Value::as_i64) {
                        let at_limit = errors_at(&set_at(&data, &path, json!(limit)));
                        let beyond = errors_at(&set_at(&data, &path, json!(limit + step)));
                        // At the limit: the decoder takes the value (rules across fields, such
                        // as a phase number within the plan, may still object). Beyond it: some
                        // finding at the member.
                        let decoding = [Code::InvalidValue, Code::WrongType];
                        if at_limit.iter().any(|c| decoding.contains(c)) || beyond.is_empty() {
                            failures.push(format!(
                                "{} {path}: {bound} {limit} in the schema, but the crate gives \
                                 {at_limit:?} at it and {beyond:?} beyond it",
                                file.display()
                            ));
                        }
                        cases += 1;
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(cases > 0, "no limit was tried");
}

// --- JSON Forms additionalErrors ----------------------------------------------------------

/// Whether every token of `pointer` names a property (or, under an array, an index) of the
/// schema, as for the rjsf `extraErrors` keys.
fn points_into(root: &Value, pointer: &str) -> bool {
    let mut node = root;
    for token in pointer.split('/').skip(1) {
        let next = if resolve(root, node).get("type") == Some(&json!("array")) {
            token
                .parse::<usize>()
                .ok()
                .and_then(|_| resolve(root, node).get("items"))
        } else {
            property(root, node, token)
        };
        match next {
            Some(next) => node = next,
            None => return false,
        }
    }
    true
}

/// The number of messages of an rjsf `extraErrors` tree.
fn message_count(extra: &Value) -> usize {
    match extra {
        Value::Object(members) => members
            .iter()
            .map(|(key, child)| match key.as_str() {
                "__errors" => child.as_array().map_or(0, Vec::len),
                _ => message_count(child),
            })
            .sum(),
        _ => 0,
    }
}

#[test]
fn additional_errors_of_invalid_fixtures_point_into_the_schema() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for kind in CATALOGUE {
        let forms = schema(kind, Profile::Forms);
        for (file, data) in fixtures(kind, "invalid") {
            let report = check(kind, &data);
            let errors = qcdc::schema::jsonforms_additional_errors(&report);
            let extra = report.to_extra_errors();
            let errors = errors.as_array().unwrap();
            // The same findings as the rjsf extraErrors.
            assert_eq!(errors.len(), message_count(&extra), "{}", file.display());
            for error in errors {
                let pointer = error["instancePath"].as_str().unwrap();
                if !points_into(&forms, pointer) {
                    failures.push(format!(
                        "{}: additionalErrors instancePath {pointer} is not in the schema",
                        file.display()
                    ));
                }
                assert_eq!(error["keyword"], "qcdc");
                assert!(error["message"].as_str().is_some_and(|m| !m.is_empty()));
            }
            checked += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= CATALOGUE.len());
    assert!(!points_into(
        &json!({"type": "object", "properties": {"a": {}}}),
        "/b"
    ));
}
