//! The react-jsonschema-form uiSchema of a document kind, derived from its Forms schema.

use serde_json::{Map, Value, json};

use super::{Profile, made};
use crate::catalogue::DocumentType;

/// Texts allowed to be longer than this many characters get a multi-line input.
const TEXTAREA_ABOVE: u64 = 200;

/// **Lược đồ giao diện** — the react-jsonschema-form uiSchema of `kind`: the field order of
/// every object (`ui:order`, the declaration order), `ui:widget: textarea` for texts longer
/// than 200 characters, date and date-time widgets, hidden fixed values (enum tags), a
/// Vietnamese submit button, and the kind's own hints (placeholders) where it has some.
///
/// Write it next to the schema (`<kind>.uischema.json`) and pass both to rjsf's `<Form>`.
///
/// The field order is the order of the schema's properties: the declaration order of the
/// Rust fields with the crate's default feature `preserve_order` (which turns on the features
/// of the same name of serde_json and schemars), alphabetical without it.
///
/// # Example
/// ```
/// use qcdc::catalogue;
/// use qcdc::schema::ui_schema_for;
///
/// let ui = ui_schema_for(catalogue::find("person").unwrap());
/// assert_eq!(ui["ui:order"], serde_json::json!(["name", "positions"]));
/// assert_eq!(ui["ui:submitButtonOptions"]["submitText"], "Gửi");
/// assert_eq!(ui["positions"]["items"]["ui:order"], serde_json::json!(["title", "organisation"]));
/// ```
pub fn ui_schema_for(kind: &DocumentType) -> Value {
    let mut ui = ui_of(&made(kind, Profile::Forms));
    ui.insert(
        "ui:submitButtonOptions".into(),
        json!({ "submitText": "Gửi" }),
    );
    let mut ui = Value::Object(ui);
    merge(&mut ui, hints(kind.name));
    ui
}

/// Hints that only a person can give, per kind (by wire name), merged over the derived
/// uiSchema. A kind without hints gets the derived uiSchema alone.
fn hints(kind: &str) -> Value {
    match kind {
        "person" => json!({ "name": { "ui:placeholder": "Nguyễn Văn A" } }),
        _ => Value::Null,
    }
}

fn ui_of(schema: &Value) -> Map<String, Value> {
    let mut ui = Map::new();
    if let Some(Value::Object(properties)) = schema.get("properties") {
        let mut order: Vec<Value> = properties.keys().cloned().map(Value::from).collect();
        // Members that apply conditionally exist only in their case, and rjsf refuses an
        // order that names a field the form does not have: they come where `*` is.
        if !conditional_branches(schema).is_empty() {
            order.push(Value::from("*"));
        }
        ui.insert("ui:order".into(), Value::Array(order));
        for (key, child) in properties {
            let child_ui = ui_of(child);
            if !child_ui.is_empty() {
                ui.insert(key.clone(), Value::Object(child_ui));
            }
        }
    }
    // Alternatives of a tagged enum: rjsf hands the field's uiSchema to the chosen one, so
    // their entries (hidden tags, widgets) go here; no `ui:order`, which must name only the
    // properties every alternative has.
    for key in ["oneOf", "anyOf"] {
        for branch in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if branch.get("properties").is_some() {
                let mut branch_ui = ui_of(branch);
                branch_ui.remove("ui:order");
                for (k, v) in branch_ui {
                    ui.entry(k).or_insert(v);
                }
            }
        }
    }
    for branch in conditional_branches(schema) {
        let mut branch_ui = ui_of(branch);
        branch_ui.remove("ui:order");
        for (k, v) in branch_ui {
            ui.entry(k).or_insert(v);
        }
    }
    if let Some(items @ Value::Object(_)) = schema.get("items") {
        let items_ui = ui_of(items);
        if !items_ui.is_empty() {
            ui.insert("items".into(), Value::Object(items_ui));
        }
    }
    if schema.get("const").is_some() {
        // A fixed value (an enum tag): nothing to choose.
        ui.insert("ui:widget".into(), Value::from("hidden"));
    } else if schema.get("type") == Some(&Value::from("string")) && schema.get("oneOf").is_none() {
        let widget = match schema.get("format").and_then(Value::as_str) {
            Some("date") => Some("date"),
            Some("date-time") => Some("datetime"),
            _ => schema
                .get("maxLength")
                .and_then(Value::as_u64)
                .filter(|&max| max > TEXTAREA_ABOVE)
                .map(|_| "textarea"),
        };
        if let Some(widget) = widget {
            ui.insert("ui:widget".into(), Value::from(widget));
        }
    }
    ui
}

/// The `then` branches with members of the object `schema`'s conditional rules (`allOf`).
pub(super) fn conditional_branches(schema: &Value) -> Vec<&Value> {
    schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|rule| rule.get("then"))
        .filter(|then| then.get("properties").is_some())
        .collect()
}

/// Merges `extra` into `base`, object by object; other values of `extra` replace.
fn merge(base: &mut Value, extra: Value) {
    match (base, extra) {
        (_, Value::Null) => {}
        (Value::Object(base), Value::Object(extra)) => {
            for (key, value) in extra {
                merge(base.entry(key).or_insert(Value::Null), value);
            }
        }
        (base, extra) => *base = extra,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widgets_follow_formats_and_lengths() {
        let schema = json!({"type": "object", "properties": {
            "note": {"title": "Ghi chú", "type": "string", "maxLength": 2000},
            "name": {"title": "Tên", "type": "string", "maxLength": 200},
            "on": {"title": "Ngày", "type": "string", "format": "date"},
            "at": {"title": "Lúc", "type": "string", "format": "date-time"},
            "tag": {"type": "string", "const": "x"},
            "list": {"title": "Danh sách", "type": "array", "items": {"type": "object", "properties": {
                "text": {"title": "Nội dung", "type": "string", "maxLength": 500}}}},
        }});
        assert_eq!(
            Value::Object(ui_of(&schema)),
            json!({
                "ui:order": ["note", "name", "on", "at", "tag", "list"],
                "note": {"ui:widget": "textarea"},
                "on": {"ui:widget": "date"},
                "at": {"ui:widget": "datetime"},
                "tag": {"ui:widget": "hidden"},
                "list": {"items": {"ui:order": ["text"], "text": {"ui:widget": "textarea"}}},
            })
        );
    }

    #[test]
    fn alternatives_share_the_field_entries_without_order() {
        let schema = json!({"type": "object", "properties": {"rule": {"title": "Quy tắc", "oneOf": [
            {"title": "A", "type": "object", "properties": {"rule": {"type": "string", "const": "a"}}},
            {"title": "B", "type": "object", "properties": {
                "rule": {"type": "string", "const": "b"},
                "on": {"title": "Ngày", "type": "string", "format": "date"}}},
        ]}, "kind": {"title": "Loại", "type": "string", "oneOf": [{"const": "x", "title": "X"}]}}});
        assert_eq!(
            Value::Object(ui_of(&schema)),
            json!({"ui:order": ["rule", "kind"], "rule": {"rule": {"ui:widget": "hidden"}, "on": {"ui:widget": "date"}}})
        );
    }

    #[test]
    fn hints_merge_over_derived_entries() {
        let mut base = json!({"name": {"ui:widget": "text"}, "ui:order": ["name"]});
        merge(&mut base, json!({"name": {"ui:placeholder": "x"}}));
        assert_eq!(
            base,
            json!({"name": {"ui:widget": "text", "ui:placeholder": "x"}, "ui:order": ["name"]})
        );
        for kind in crate::catalogue::CATALOGUE {
            let ui = ui_schema_for(kind);
            // Hints must name fields the form has.
            if let Value::Object(h) = hints(kind.name) {
                for key in h.keys() {
                    assert!(
                        ui["ui:order"]
                            .as_array()
                            .unwrap()
                            .contains(&Value::from(key.as_str())),
                        "{}: hint for unknown field {key}",
                        kind.name
                    );
                }
            }
        }
    }
}
