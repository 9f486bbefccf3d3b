//! The documents the decoding benches run on, made from the fixtures: form variants with
//! cleared inputs, documents with k decoding problems, and lists doubled in size.

#![allow(dead_code)] // Each bench binary uses a part of it.

use qcdc::validate::{Validate, ValidationContext, check_json};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The seed briefing of 2021 (48 KB).
pub const BRIEFING: &str =
    include_str!("../../tests/fixtures/briefing_report/valid/giao_ban_2021_q1.json");

/// A commune report of a quarter with every section.
pub const COMMUNE: &str =
    include_str!("../../tests/fixtures/commune_qcdc_report/valid/q3_2023_xa_tan_my.json");

/// The variants of one document for the form path.
pub struct FormVariants {
    /// The document without its optional members.
    pub without_blanks: Vec<u8>,
    /// The same, with those members sent as `null` or `""`.
    pub with_blanks: Vec<u8>,
    /// `(k, at_end, document)`: k decoding problems at the start or the end.
    pub problems: Vec<(usize, bool, Vec<u8>)>,
}

/// Builds the form variants of the valid document `bytes`.
pub fn form_variants<T: DeserializeOwned + Validate>(
    bytes: &[u8],
    ctx: &ValidationContext,
) -> FormVariants {
    let doc: Value = serde_json::from_slice(bytes).expect("json");
    let valid = |v: &Value| check_json::<T>(&serde_json::to_vec(v).expect("json"), ctx).is_valid();
    // The optional members: those whose removal keeps the document valid.
    let mut optional = Vec::new();
    for pointer in member_pointers(&doc) {
        let mut without = doc.clone();
        remove(&mut without, &pointer);
        if valid(&without) {
            optional.push(pointer);
        }
    }
    let mut without = doc.clone();
    let mut blanks = doc.clone();
    // Deepest first, so that removing a member does not move the ones still to come.
    for (i, pointer) in optional.iter().rev().enumerate() {
        remove(&mut without, pointer);
        if let Some(slot) = blanks.pointer_mut(pointer) {
            *slot = if i % 2 == 0 {
                Value::Null
            } else {
                Value::from("")
            };
        }
    }
    assert!(
        valid(&without) && valid(&blanks),
        "form variants stay valid"
    );
    let base = serde_json::to_vec(&doc).expect("json");
    let mut problems = Vec::new();
    for k in [1, 10, 100] {
        for at_end in [false, true] {
            problems.push((k, at_end, with_problems(&base, k, at_end)));
        }
    }
    FormVariants {
        without_blanks: serde_json::to_vec(&without).expect("json"),
        with_blanks: serde_json::to_vec(&blanks).expect("json"),
        problems,
    }
}

/// `bytes` with `k` decoding problems in its first (or last) objects: unknown members and
/// wrong types (a text member given a number), alternately.
pub fn with_problems(bytes: &[u8], k: usize, at_end: bool) -> Vec<u8> {
    let mut doc: Value = serde_json::from_slice(bytes).expect("json");
    let mut objects = object_pointers(&doc);
    if at_end {
        objects.reverse();
    }
    for i in 0..k {
        let pointer = &objects[i % objects.len()];
        let Some(Value::Object(map)) = doc.pointer_mut(pointer) else {
            continue;
        };
        let text_member = map
            .iter()
            .find(|(_, v)| v.as_str().is_some_and(|s| !s.is_empty()))
            .map(|(k, _)| k.clone());
        match text_member {
            Some(key) if i % 2 == 1 => {
                map.insert(key, Value::from(12_345));
            }
            _ => {
                map.insert(format!("unknown_{i}"), Value::from(1));
            }
        }
    }
    serde_json::to_vec(&doc).expect("json")
}

/// The seed briefing with `n` tasks (about 200 bytes each, so 64k tasks stay under the size
/// limit), numbered 1 to n.
pub fn briefing_with_tasks(n: usize) -> Vec<u8> {
    let mut doc: Value = serde_json::from_str(BRIEFING).expect("json");
    let mut template = doc["tasks"][4].clone();
    template["cooperating_bodies"] = Value::Array(Vec::new());
    let many: Vec<Value> = (0..n)
        .map(|i| {
            let mut task = template.clone();
            task["number"] = Value::from(i + 1);
            task["text"] = Value::from(format!("Nhiệm vụ số {}", i + 1));
            task
        })
        .collect();
    doc["tasks"] = Value::Array(many);
    serde_json::to_vec(&doc).expect("json")
}

fn member_pointers(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk(doc, String::new(), &mut |pointer, value, is_member| {
        if is_member && !pointer.is_empty() {
            let _ = value;
            out.push(pointer.to_owned());
        }
    });
    out
}

fn object_pointers(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk(doc, String::new(), &mut |pointer, value, is_member| {
        if value.is_object() && !is_member {
            out.push(pointer.to_owned());
        }
    });
    out
}

fn walk(value: &Value, pointer: String, f: &mut dyn FnMut(&str, &Value, bool)) {
    match value {
        Value::Object(map) => {
            f(&pointer, value, false);
            for (key, child) in map {
                let p = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                f(&p, child, true);
                if child.is_object() || child.is_array() {
                    walk_inner(child, p, f);
                }
            }
        }
        Value::Array(_) => walk_inner(value, pointer, f),
        _ => {}
    }
}

fn walk_inner(value: &Value, pointer: String, f: &mut dyn FnMut(&str, &Value, bool)) {
    match value {
        Value::Object(_) => walk(value, pointer, f),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk_inner(item, format!("{pointer}/{i}"), f);
            }
        }
        _ => {}
    }
}

fn remove(doc: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').expect("a member pointer");
    let key = key.replace("~1", "/").replace("~0", "~");
    if let Some(Value::Object(map)) = doc.pointer_mut(parent) {
        map.shift_remove(&key);
    }
}
