//! The Forms profile: a pass over the draft-07 schema schemars generates with inlined
//! subschemas (see the parent module for the list of changes and why).

use serde_json::{Map, Value, json};

use super::keys;

/// The formats Ajv (with ajv-formats) and the renderers understand, and the crate emits.
const STANDARD_FORMATS: &[&str] = &["date", "date-time", "email", "uri"];

/// An ISO date shown as an example on date fields: the form the crate reads.
const DATE_EXAMPLE: &str = "2025-07-01";

/// Rewrites a schemars draft-07 schema (the root) into the Forms profile.
pub(super) fn apply(root: &mut Value) {
    node(root);
}

/// Rewrites one schema node and everything below it.
fn node(value: &mut Value) {
    let Value::Object(map) = value else {
        return;
    };
    collapse_null(map);
    keys::remove(map, "description");
    normalise_enum(map);
    normalise_format(map);

    let required: Vec<String> = keys::get(map, "required")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    if let Some(Value::Object(properties)) = keys::get_mut(map, "properties") {
        for (key, child) in properties.iter_mut() {
            node(child);
            if required.contains(key) {
                require_non_empty(child);
            }
            fill_fixed(child);
        }
    }
    // An object closed by `propertyNames` has members that apply conditionally (under
    // `allOf`/`then`), which `additionalProperties` would not see.
    if keys::has(map, "properties")
        && !keys::has(map, "additionalProperties")
        && !keys::has(map, "propertyNames")
    {
        map.insert("additionalProperties".into(), Value::Bool(false));
    }
    for key in ["definitions", "patternProperties"] {
        if let Some(Value::Object(members)) = keys::get_mut(map, key) {
            members.values_mut().for_each(node);
        }
    }
    // The members of a conditional branch are fields of the object; the branch itself and its
    // condition (`if`) are not objects of their own.
    for key in ["then", "else"] {
        if let Some(Value::Object(branch)) = keys::get_mut(map, key)
            && let Some(Value::Object(members)) = keys::get_mut(branch, "properties")
        {
            members.values_mut().for_each(node);
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        match keys::get_mut(map, key) {
            Some(Value::Array(list)) => list.iter_mut().for_each(node),
            Some(child @ Value::Object(_)) => node(child),
            _ => {}
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(Value::Array(list)) = keys::get_mut(map, key) {
            list.iter_mut().for_each(node);
        }
    }
    drop_invented_defaults(map);
    merge_text_alternatives(map);
    discriminate(map);
    super::conditional::apply(map);
    lead_with_title(map);
}

/// A `default` other than a fixed value's is a value the user never chose (schemars writes
/// `false` and `[]` for members the crate leaves out when empty): renderers would fill it in
/// and the submitted document would differ from the one loaded.
fn drop_invented_defaults(map: &mut Map<String, Value>) {
    if !keys::has(map, "const") {
        keys::remove(map, "default");
    }
}

/// An ISO date as a pattern, for a text that may be a date or something else.
const DATE_PATTERN: &str = r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$";

/// `anyOf` of texts (a date, or a period code): one text with the alternatives as one
/// pattern, since JSON Forms' vanilla renderers show no `anyOf` and rjsf shows a needless
/// selector for what is one input.
fn merge_text_alternatives(map: &mut Map<String, Value>) {
    let Some(Value::Array(branches)) = keys::get(map, "anyOf") else {
        return;
    };
    let is_text = |b: &Value| {
        b.get("type") == Some(&Value::from("string"))
            && b.as_object().is_some_and(|m| {
                m.keys().all(|k| {
                    matches!(
                        k.as_str(),
                        "type" | "title" | "format" | "pattern" | "examples" | "description"
                    )
                })
            })
            && (b.get("pattern").is_some() || b.get("format") == Some(&Value::from("date")))
    };
    if branches.len() < 2 || !branches.iter().all(is_text) {
        return;
    }
    let mut patterns = Vec::new();
    let mut examples = Vec::new();
    for branch in branches {
        let pattern = match branch.get("pattern").and_then(Value::as_str) {
            Some(p) => p,
            None => DATE_PATTERN,
        };
        patterns.push(format!("(?:{pattern})"));
        if let Some(Value::Array(list)) = branch.get("examples") {
            examples.extend(list.iter().cloned());
        }
    }
    map.remove("anyOf");
    map.insert("type".into(), Value::from("string"));
    map.insert("pattern".into(), Value::from(patterns.join("|")));
    if !examples.is_empty() {
        map.insert("examples".into(), Value::Array(examples));
    }
}

/// A `oneOf` of object shapes told apart by one fixed member (an internally tagged enum):
/// the member becomes a labelled choice (the shapes' titles) and each shape's other members
/// apply under `allOf`/`if`/`then` when it is chosen. Both renderers show this as a select
/// followed by the chosen shape's fields; a `oneOf` of objects, JSON Forms' vanilla
/// renderers do not show at all, and rjsf fills its first shape in for an optional member.
///
/// Each `then` closes the object to the chosen shape's members (`propertyNames`), as
/// `additionalProperties: false` did for each shape.
fn discriminate(map: &mut Map<String, Value>) {
    let Some(Value::Array(branches)) = keys::get(map, "oneOf") else {
        return;
    };
    let Some(tag) = shared_tag(branches) else {
        return;
    };
    let branches = branches.clone();
    let title = map.get("title").cloned();
    let mut choices = Vec::new();
    let mut rules = Vec::new();
    let mut all_names = vec![Value::from(tag.as_str())];
    for branch in &branches {
        let value = branch["properties"][&tag]["const"].clone();
        let mut choice = Map::new();
        choice.insert("const".into(), value.clone());
        if let Some(t) = branch.get("title") {
            choice.insert("title".into(), t.clone());
        }
        choices.push(Value::Object(choice));
        let mut members = branch["properties"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        members.remove(&tag);
        let required: Vec<Value> = branch
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|r| r.as_str() != Some(tag.as_str()))
            .cloned()
            .collect();
        let mut names = vec![Value::from(tag.as_str())];
        names.extend(members.keys().map(|k| Value::from(k.as_str())));
        for name in &names {
            if !all_names.contains(name) {
                all_names.push(name.clone());
            }
        }
        let mut then = Map::new();
        if !members.is_empty() {
            then.insert("properties".into(), Value::Object(members));
        }
        if !required.is_empty() {
            then.insert("required".into(), Value::Array(required));
        }
        then.insert("propertyNames".into(), json!({ "enum": names }));
        rules.push(json!({
            "if": { "properties": { tag.as_str(): { "const": value } }, "required": [tag.as_str()] },
            "then": Value::Object(then),
        }));
    }
    map.remove("oneOf");
    map.insert("type".into(), Value::from("object"));
    let mut selector = Map::new();
    if let Some(title) = title {
        selector.insert("title".into(), title);
    }
    selector.insert("type".into(), Value::from("string"));
    selector.insert("oneOf".into(), Value::Array(choices));
    map.insert(
        "properties".into(),
        json!({ tag.as_str(): Value::Object(selector) }),
    );
    map.insert("required".into(), json!([tag.as_str()]));
    map.insert("propertyNames".into(), json!({ "enum": all_names }));
    map.insert("allOf".into(), Value::Array(rules));
}

/// The member that every branch has as a required fixed string, if any.
fn shared_tag(branches: &[Value]) -> Option<String> {
    let first = branches.first()?.get("properties")?.as_object()?;
    if branches.len() < 2 {
        return None;
    }
    first
        .keys()
        .find(|key| {
            branches.iter().all(|b| {
                b.get("properties")
                    .and_then(|p| p.get(key.as_str()))
                    .and_then(|m| m.get("const"))
                    .is_some_and(Value::is_string)
                    && b.get("required")
                        .and_then(Value::as_array)
                        .is_some_and(|r| r.iter().any(|m| m == key.as_str()))
            })
        })
        .cloned()
}

/// Puts `title` and `type` first, for people reading the schema (the order of keys is kept
/// with the crate's default feature `preserve_order`).
fn lead_with_title(map: &mut Map<String, Value>) {
    const LEAD: [&str; 3] = ["$schema", "title", "type"];
    // Most nodes are led by them already: then nothing is rebuilt (or hashed again).
    let mut led = 0;
    let mut last = None;
    let in_order = map.keys().enumerate().all(|(i, k)| {
        let Some(rank) = LEAD.iter().position(|lead| lead == k) else {
            return true;
        };
        let fits = i == led && last.is_none_or(|l| l < rank);
        led += 1;
        last = Some(rank);
        fits
    });
    if in_order {
        return;
    }
    let rest = std::mem::take(map);
    let (lead, rest): (Vec<_>, Vec<_>) = rest
        .into_iter()
        .partition(|(k, _)| matches!(k.as_str(), "$schema" | "title" | "type"));
    for key in ["$schema", "title", "type"] {
        if let Some((k, v)) = lead.iter().find(|(k, _)| k == key) {
            map.insert(k.clone(), v.clone());
        }
    }
    map.extend(rest);
}

/// `type: [X, "null"]` → `type: X`; `anyOf/oneOf [S, {type: null}]` → S merged into the node
/// (the node's own title wins); `null` out of `enum`.
fn collapse_null(map: &mut Map<String, Value>) {
    if let Some(Value::Array(types)) = keys::get_mut(map, "type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            map.insert("type".into(), only);
        }
    }
    if let Some(Value::Array(values)) = keys::get_mut(map, "enum") {
        values.retain(|v| !v.is_null());
    }
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(branches)) = keys::get_mut(map, key) else {
            continue;
        };
        let before = branches.len();
        branches.retain(|b| !is_null_schema(b));
        if branches.len() == before {
            continue;
        }
        if branches.len() == 1 {
            let Some(Value::Object(only)) = map.remove(key).and_then(|mut b| {
                b.as_array_mut()
                    .and_then(|list| list.pop())
                    .filter(Value::is_object)
            }) else {
                continue;
            };
            for (k, v) in only {
                map.entry(k).or_insert(v);
            }
            // The branch may itself have been nullable.
            collapse_null(map);
        }
    }
}

fn is_null_schema(value: &Value) -> bool {
    value.get("type") == Some(&Value::from("null")) || value.get("const") == Some(&Value::Null)
}

/// Every string enum as `type: string` with a `oneOf` of `{const, title}`.
fn normalise_enum(map: &mut Map<String, Value>) {
    if let Some(Value::Array(values)) = keys::get(map, "enum")
        && !keys::has(map, "oneOf")
        && values.iter().all(Value::is_string)
    {
        let choices = values.iter().map(|v| json!({ "const": v })).collect();
        map.remove("enum");
        map.insert("type".into(), Value::from("string"));
        map.insert("oneOf".into(), Value::Array(choices));
        return;
    }
    let Some(Value::Array(branches)) = keys::get(map, "oneOf") else {
        return;
    };
    if !branches.iter().all(is_string_choice) {
        return;
    }
    let mut choices = Vec::new();
    for branch in branches {
        let title = branch
            .get("title")
            .or_else(|| branch.get("description"))
            .and_then(Value::as_str)
            .map(|t| t.split("\n\n").next().unwrap_or(t).trim().to_owned());
        let values = match (branch.get("const"), branch.get("enum")) {
            (Some(c), _) => vec![c.clone()],
            (None, Some(Value::Array(list))) => list.clone(),
            _ => Vec::new(),
        };
        for value in values {
            let mut choice = Map::new();
            choice.insert("const".into(), value);
            if let Some(title) = &title {
                choice.insert("title".into(), Value::from(title.as_str()));
            }
            choices.push(Value::Object(choice));
        }
    }
    map.insert("type".into(), Value::from("string"));
    map.insert("oneOf".into(), Value::Array(choices));
}

/// A `oneOf` branch that stands for string values only: `{const}` or `{enum}`, nothing else.
fn is_string_choice(branch: &Value) -> bool {
    let Some(map) = branch.as_object() else {
        return false;
    };
    let values_are_strings = match (map.get("const"), map.get("enum")) {
        (Some(c), None) => c.is_string(),
        (None, Some(Value::Array(list))) => list.iter().all(Value::is_string),
        _ => false,
    };
    values_are_strings
        && map.keys().all(|k| {
            matches!(
                k.as_str(),
                "const" | "enum" | "type" | "title" | "description"
            )
        })
}

/// Only standard formats; integer formats become the bounds they imply; dates get an example.
fn normalise_format(map: &mut Map<String, Value>) {
    let Some(format) = keys::get(map, "format")
        .and_then(Value::as_str)
        .map(str::to_owned)
    else {
        return;
    };
    if format == "date" && !keys::has(map, "examples") {
        map.insert("examples".into(), json!([DATE_EXAMPLE]));
    }
    if STANDARD_FORMATS.contains(&format.as_str()) {
        return;
    }
    map.remove("format");
    // Bounds beyond JavaScript's safe integers (64-bit formats) would not help a form.
    let (min, max): (Option<i64>, Option<i64>) = match format.as_str() {
        "int8" => (Some(i8::MIN.into()), Some(i8::MAX.into())),
        "int16" => (Some(i16::MIN.into()), Some(i16::MAX.into())),
        "int32" => (Some(i32::MIN.into()), Some(i32::MAX.into())),
        "uint8" => (Some(0), Some(u8::MAX.into())),
        "uint16" => (Some(0), Some(u16::MAX.into())),
        "uint32" => (Some(0), Some(u32::MAX.into())),
        "uint" | "uint64" | "uint128" => (Some(0), None),
        _ => (None, None),
    };
    if let Some(min) = min {
        map.entry("minimum").or_insert(Value::from(min));
    }
    if let Some(max) = max {
        map.entry("maximum").or_insert(Value::from(max));
    }
}

/// A property with one fixed value (the tag of an internally tagged enum) gets it as its
/// `default`, so that renderers fill it in; the uiSchema hides it.
fn fill_fixed(child: &mut Value) {
    if let Value::Object(map) = child
        && let Some(value) = keys::get(map, "const").cloned()
    {
        map.entry("default").or_insert(value);
    }
}

/// A required free-text string must not be `""`: the decoder treats `""` as absent.
fn require_non_empty(child: &mut Value) {
    if let Value::Object(map) = child
        && keys::get(map, "type").and_then(Value::as_str) == Some("string")
        && !keys::has(map, "oneOf")
        && !keys::has(map, "const")
    {
        map.entry("minLength").or_insert(Value::from(1));
    }
}

/// Collects the pointers of untitled properties and choices (see [`super::untitled`]).
pub(super) fn untitled(value: &Value, pointer: String, found: &mut Vec<String>) {
    let Value::Object(map) = value else {
        return;
    };
    let has_title = |v: &Value| {
        v.get("title")
            .and_then(Value::as_str)
            .is_some_and(|t| !t.trim().is_empty())
    };
    if let Some(Value::Object(properties)) = map.get("properties") {
        for (key, child) in properties {
            let at = format!("{pointer}/properties/{}", escape(key));
            // A title that repeats the key is the raw key a form would show anyway. A fixed
            // value (`const`) is hidden in the form and needs none.
            let fixed = child.get("const").is_some();
            if !fixed
                && (!has_title(child) || child.get("title") == Some(&Value::from(key.as_str())))
            {
                found.push(at.clone());
            }
            untitled(child, at, found);
        }
    }
    if let Some(Value::Array(choices)) = map.get("oneOf")
        && choices.iter().any(|c| c.get("const").is_some())
    {
        for (i, choice) in choices.iter().enumerate() {
            if choice.get("const").is_none() || !has_title(choice) {
                found.push(format!("{pointer}/oneOf/{i}"));
            }
        }
    }
    // Alternatives of other shapes: rjsf labels its selector with their titles.
    for key in ["anyOf", "oneOf"] {
        if let Some(Value::Array(branches)) = map.get(key)
            && !branches.iter().any(|c| c.get("const").is_some())
        {
            for (i, branch) in branches.iter().enumerate() {
                if !has_title(branch) && branch.get("$ref").is_none() {
                    found.push(format!("{pointer}/{key}/{i}"));
                }
            }
        }
    }
    for key in ["definitions", "$defs"] {
        if let Some(Value::Object(members)) = map.get(key) {
            for (name, child) in members {
                untitled(child, format!("{pointer}/{key}/{}", escape(name)), found);
            }
        }
    }
    for key in ["items", "additionalProperties", "then", "else"] {
        if let Some(child) = map.get(key) {
            untitled(child, format!("{pointer}/{key}"), found);
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(Value::Array(list)) = map.get(key) {
            for (i, child) in list.iter().enumerate() {
                untitled(child, format!("{pointer}/{key}/{i}"), found);
            }
        }
    }
}

/// Escapes a JSON Pointer token (RFC 6901).
pub(super) fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(mut schema: Value) -> Value {
        apply(&mut schema);
        schema
    }

    #[test]
    fn null_branches_collapse_into_the_property() {
        let got = forms(json!({"type": "object", "properties": {
            "a": {"title": "A", "type": ["integer", "null"], "format": "uint32", "minimum": 0},
            "b": {"title": "B", "anyOf": [{"title": "Inner", "type": "string", "oneOf": [{"const": "x", "title": "X"}]}, {"type": "null"}]},
            "c": {"title": "C", "type": ["string", "null"], "format": "partial-date-time"},
        }, "required": []}));
        assert_eq!(
            got,
            json!({"type": "object", "properties": {
                "a": {"title": "A", "type": "integer", "minimum": 0, "maximum": 4_294_967_295_u32},
                "b": {"title": "B", "type": "string", "oneOf": [{"const": "x", "title": "X"}]},
                "c": {"title": "C", "type": "string"},
            }, "required": [], "additionalProperties": false})
        );
    }

    #[test]
    fn derived_enums_become_titled_choices_and_untitled_ones_are_found() {
        let got = forms(json!({"title": "E", "oneOf": [
            {"type": "string", "enum": ["y"]},
            {"description": "Chữ X\n\nmore", "type": "string", "const": "x"},
        ]}));
        assert_eq!(
            got,
            json!({"title": "E", "type": "string", "oneOf": [{"const": "y"}, {"const": "x", "title": "Chữ X"}]})
        );
        let mut found = Vec::new();
        untitled(&got, String::new(), &mut found);
        assert_eq!(found, ["/oneOf/0"]);
        let plain = forms(json!({"type": ["string", "null"], "enum": ["a", null]}));
        assert_eq!(plain, json!({"type": "string", "oneOf": [{"const": "a"}]}));
    }

    #[test]
    fn required_text_is_non_empty_and_dates_have_examples() {
        let got = forms(json!({"type": "object", "properties": {
            "name": {"title": "Tên", "type": "string", "description": "doc"},
            "on": {"title": "Ngày", "type": "string", "format": "date"},
        }, "required": ["name"]}));
        assert_eq!(
            got["properties"]["name"],
            json!({"title": "Tên", "type": "string", "minLength": 1})
        );
        assert_eq!(got["properties"]["on"]["examples"], json!([DATE_EXAMPLE]));
        assert_eq!(got["properties"]["on"]["format"], "date");
    }

    #[test]
    fn fixed_values_are_defaults_and_need_no_title() {
        let got = forms(json!({"type": "object", "properties": {
            "kind": {"type": "string", "const": "meeting"},
        }, "required": ["kind"]}));
        assert_eq!(
            got["properties"]["kind"],
            json!({"type": "string", "const": "meeting", "default": "meeting"})
        );
        let mut found = Vec::new();
        untitled(&got, String::new(), &mut found);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn raw_keys_and_untitled_alternatives_are_found() {
        let schema = json!({"type": "object", "properties": {
            "name": {"title": "name", "type": "string"},
            "shape": {"title": "Hình", "oneOf": [
                {"title": "Tròn", "type": "object", "properties": {}},
                {"type": "object", "properties": {}},
            ]},
        }});
        let mut found = Vec::new();
        untitled(&schema, String::new(), &mut found);
        assert_eq!(found, ["/properties/name", "/properties/shape/oneOf/1"]);
    }

    #[test]
    fn the_pass_is_idempotent_on_every_kind() {
        for kind in crate::catalogue::CATALOGUE {
            let once = super::super::schema_for(kind, super::super::Profile::Forms).to_value();
            assert_eq!(forms(once.clone()), once, "{}", kind.name);
        }
    }

    fn any_json() -> impl proptest::strategy::Strategy<Value = Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            prop::sample::select(vec!["null", "string", "integer", "uint8", "date", "x"])
                .prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            let keys = prop::sample::select(vec![
                "type",
                "anyOf",
                "oneOf",
                "enum",
                "const",
                "format",
                "properties",
                "required",
                "items",
                "title",
                "description",
                "definitions",
                "additionalProperties",
                "a",
            ]);
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::btree_map(keys, inner, 0..5).prop_map(|m| Value::Object(
                    m.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
                )),
            ]
        })
    }

    proptest::proptest! {
        #[test]
        fn the_pass_never_panics(schema in any_json()) {
            let mut found = Vec::new();
            let out = forms(schema);
            untitled(&out, String::new(), &mut found);
        }
    }

    #[test]
    fn object_choices_are_left_alone() {
        let schema = json!({"oneOf": [
            {"type": "object", "properties": {"a": {"title": "A", "type": "string"}}, "required": ["a"], "additionalProperties": false},
            {"type": "string", "const": "x", "title": "X"},
        ]});
        assert_eq!(forms(schema.clone()), {
            let mut s = schema;
            s["oneOf"][0]["properties"]["a"]["minLength"] = json!(1);
            s
        });
    }
}
