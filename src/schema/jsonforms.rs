//! The JSON Forms UI schema of a document kind, and the crate's findings as JSON Forms
//! `additionalErrors`.

use serde_json::{Map, Value, json};

use super::forms::escape;
use super::{Profile, made};
use crate::catalogue::DocumentType;
use crate::validate::{Code, Pointer, ValidationReport};

/// Texts allowed to be longer than this many characters get a multi-line input (as in the
/// rjsf uiSchema).
const MULTILINE_ABOVE: u64 = 200;

/// **Lược đồ giao diện JSON Forms** — the JSON Forms UI schema of `kind`: a `VerticalLayout`
/// with one `Control` per field in declaration order, a `Group` (titled) per nested object,
/// arrays of objects with their `detail` layout, multi-line inputs for long texts, and the
/// fields that apply in one case only (a chosen shape of a rule, a recognition step's
/// details) shown by a `SHOW` rule on their discriminator.
///
/// JSON Forms' vanilla renderers show no nested object, `oneOf` of objects or `anyOf`
/// through the UI schema it generates by default: pass this one as `uischema`.
///
/// # Example
/// ```
/// use qcdc::catalogue;
/// use qcdc::schema::jsonforms_ui_schema_for;
///
/// let ui = jsonforms_ui_schema_for(catalogue::find("person").unwrap());
/// assert_eq!(ui["type"], "VerticalLayout");
/// assert_eq!(ui["elements"][0]["scope"], "#/properties/name");
/// let positions = &ui["elements"][1];
/// assert_eq!(positions["scope"], "#/properties/positions");
/// // An item's fields, relative to the item.
/// assert_eq!(positions["options"]["detail"]["elements"][0]["scope"], "#/properties/title");
/// ```
pub fn jsonforms_ui_schema_for(kind: &DocumentType) -> Value {
    layout(&made(kind, Profile::Forms), "#")
}

/// A vertical layout of the fields of the object `schema`, whose scope is `scope`.
fn layout(schema: &Value, scope: &str) -> Value {
    json!({ "type": "VerticalLayout", "elements": elements(schema, scope) })
}

fn elements(object: &Value, scope: &str) -> Vec<Value> {
    let mut out = Vec::new();
    if let Some(Value::Object(properties)) = object.get("properties") {
        for (key, child) in properties {
            out.push(element(
                child,
                &format!("{scope}/properties/{}", escape(key)),
            ));
        }
    }
    for (i, rule) in object
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let Some(Value::Object(members)) = rule.get("then").and_then(|t| t.get("properties"))
        else {
            continue;
        };
        let Some((discriminator, test)) = rule
            .get("if")
            .and_then(|c| c.get("properties"))
            .and_then(Value::as_object)
            .and_then(|p| p.iter().next())
        else {
            continue;
        };
        let declared = object.get("properties").and_then(Value::as_object);
        // A member declared beside (required only in this case) already has its control.
        for (key, child) in members
            .iter()
            .filter(|(k, _)| !declared.is_some_and(|d| d.contains_key(*k)))
        {
            let mut shown = element(
                child,
                &format!("{scope}/allOf/{i}/then/properties/{}", escape(key)),
            );
            shown["rule"] = json!({
                "effect": "SHOW",
                "condition": {
                    "scope": format!("{scope}/properties/{}", escape(discriminator)),
                    "schema": test,
                },
            });
            out.push(shown);
        }
    }
    out
}

/// The UI element of one field.
fn element(schema: &Value, scope: &str) -> Value {
    let is = |t: &str| schema.get("type") == Some(&Value::from(t));
    if is("object") && schema.get("properties").is_some() {
        let mut group = Map::new();
        group.insert("type".into(), Value::from("Group"));
        if let Some(title) = schema.get("title") {
            group.insert("label".into(), title.clone());
        }
        group.insert("elements".into(), Value::Array(elements(schema, scope)));
        return Value::Object(group);
    }
    let mut control = json!({ "type": "Control", "scope": scope });
    if is("array")
        && let Some(items) = schema.get("items")
        && items.get("properties").is_some()
    {
        control["options"] = json!({ "detail": layout(items, "#") });
    } else if is("string")
        && schema
            .get("maxLength")
            .and_then(Value::as_u64)
            .is_some_and(|max| max > MULTILINE_ABOVE)
    {
        control["options"] = json!({ "multi": true });
    }
    control
}

/// **Lỗi bổ sung cho JSON Forms** — the errors of `report` as JSON Forms `additionalErrors`:
/// Ajv `ErrorObject`s with the finding's JSON Pointer as `instancePath`, its Vietnamese
/// message, the keyword `qcdc` and the crate's code (and article, when there is one) in
/// `params`. An unknown member's error goes to its parent, which the form has; warnings are
/// not included. The same findings as
/// [`ValidationReport::to_extra_errors`] gives react-jsonschema-form.
///
/// # Example
/// ```
/// use qcdc::schema::jsonforms_additional_errors;
/// use qcdc::validate::{Code, Pointer, ValidationReport, Violation};
///
/// let mut report = ValidationReport::new();
/// report.error(Violation::new(&Pointer::root().key("phases").index(0).key("name"), Code::Blank));
/// let errors = jsonforms_additional_errors(&report);
/// assert_eq!(errors[0]["instancePath"], "/phases/0/name");
/// assert_eq!(errors[0]["message"], "Không được để trống.");
/// assert_eq!(errors[0]["params"]["code"], "blank");
/// ```
pub fn jsonforms_additional_errors(report: &ValidationReport) -> Value {
    report
        .errors()
        .iter()
        .map(|violation| {
            let mut tokens: Vec<String> = Pointer::tokens(&violation.path).collect();
            if violation.code == Code::UnknownField {
                tokens.pop();
            }
            let instance_path: String = tokens.iter().map(|t| format!("/{}", escape(t))).collect();
            let mut params = Map::new();
            params.insert("code".into(), Value::from(violation.code.as_str()));
            if let Some(citation) = &violation.citation {
                params.insert("citation".into(), Value::from(citation.to_string()));
            }
            json!({
                "instancePath": instance_path,
                "schemaPath": format!("#/qcdc/{}", violation.code.as_str()),
                "keyword": "qcdc",
                "params": params,
                "message": violation.message_vi(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::Violation;

    #[test]
    fn objects_are_groups_and_conditional_members_have_rules() {
        let schema = json!({"type": "object", "properties": {
            "unit": {"title": "Đơn vị", "type": "object", "properties": {"name": {"title": "Tên", "type": "string"}}},
            "note": {"title": "Ghi chú", "type": "string", "maxLength": 1000},
            "list": {"title": "Danh sách", "type": "array", "items": {"type": "object", "properties": {"a": {"title": "A", "type": "string"}}}},
            "stage": {"title": "Trạng thái", "type": "string", "oneOf": [{"const": "x", "title": "X"}]},
        }, "allOf": [{"if": {"properties": {"stage": {"const": "x"}}, "required": ["stage"]},
                      "then": {"properties": {"extra": {"title": "Thêm", "type": "string"}}}}]});
        assert_eq!(
            layout(&schema, "#"),
            json!({"type": "VerticalLayout", "elements": [
                {"type": "Group", "label": "Đơn vị", "elements": [{"type": "Control", "scope": "#/properties/unit/properties/name"}]},
                {"type": "Control", "scope": "#/properties/note", "options": {"multi": true}},
                {"type": "Control", "scope": "#/properties/list", "options": {"detail": {"type": "VerticalLayout", "elements": [
                    {"type": "Control", "scope": "#/properties/a"}]}}},
                {"type": "Control", "scope": "#/properties/stage"},
                {"type": "Control", "scope": "#/allOf/0/then/properties/extra", "rule": {"effect": "SHOW",
                    "condition": {"scope": "#/properties/stage", "schema": {"const": "x"}}}},
            ]})
        );
    }

    #[test]
    fn an_unknown_member_is_reported_on_its_parent() {
        let mut report = ValidationReport::new();
        report.error(Violation::new(
            &Pointer::root().key("plan").key("typo"),
            Code::UnknownField,
        ));
        let errors = jsonforms_additional_errors(&report);
        assert_eq!(errors[0]["instancePath"], "/plan");
        assert_eq!(errors[0]["keyword"], "qcdc");
        assert_eq!(errors.as_array().map(Vec::len), Some(1));
    }
}
