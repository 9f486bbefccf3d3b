//! Members that apply in one case of a sibling member (their discriminator): in the Forms
//! profile they are stated under `allOf`/`if`/`then`, so that a form shows them only in that
//! case (or marks them required in it), and never fills an optional object the user did not
//! ask for. Both rjsf and JSON Forms read `if`/`then`; rjsf's `dependencies` JSON Forms does
//! not.
//!
//! The pairs are the crate's own cross-field rules (each names where the crate checks it).
//! A pair applies wherever an object has both members and the discriminator admits the
//! values, so renamed or moved types keep their conditions; a pair that no longer matches
//! any kind is caught by the tests.

use serde_json::{Map, Value, json};

use super::keys;

/// When the member applies.
#[derive(Debug, Clone, Copy)]
pub(super) enum When {
    /// The discriminator (a choice) has one of these values.
    Is(&'static [&'static str]),
    /// The discriminator (a list of choices) contains this value.
    Contains(&'static str),
}

/// One member that depends on a sibling.
#[derive(Debug, Clone, Copy)]
pub(super) struct Conditional {
    /// The member (a property name).
    pub member: &'static str,
    /// The sibling it depends on.
    pub discriminator: &'static str,
    /// The case in which the member is required.
    pub when: When,
    /// Whether the member exists only in that case (hidden and refused otherwise), rather
    /// than being optional otherwise.
    pub only_then: bool,
}

/// The conditional members of the catalogue's documents.
pub(super) const CONDITIONALS: &[Conditional] = &[
    // dan_van_kheo::lifecycle: a recognition step needs its level and reward; other steps
    // carry none.
    Conditional {
        member: "recognition",
        discriminator: "stage",
        when: When::Is(&["recognised"]),
        only_then: true,
    },
    // dan_van_kheo::validation: a collective registers with its organisation, an individual
    // with their person (the other one is optional: the unit of a person, the representative
    // of a collective).
    Conditional {
        member: "organisation",
        discriminator: "kind",
        when: When::Is(&["collective"]),
        only_then: false,
    },
    Conditional {
        member: "person",
        discriminator: "kind",
        when: When::Is(&["individual"]),
        only_then: false,
    },
    // dan_van_kheo: the name of "another" field of work.
    Conditional {
        member: "field_other",
        discriminator: "field",
        when: When::Is(&["other"]),
        only_then: false,
    },
    // commune_report: the name of "another" supervising body, and the description of
    // "another" form of disclosure or consultation.
    Conditional {
        member: "body_other",
        discriminator: "body",
        when: When::Is(&["other"]),
        only_then: false,
    },
    Conditional {
        member: "other_form",
        discriminator: "forms",
        when: When::Contains("other"),
        only_then: false,
    },
];

/// The values a discriminator schema admits (its `oneOf` choices, or its items' choices).
fn admitted(discriminator: &Value) -> Vec<&str> {
    fn choices(node: &Value) -> Vec<&str> {
        node.get("oneOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|c| c.get("const").and_then(Value::as_str))
            .collect()
    }
    let mut values = choices(discriminator);
    if let Some(items) = discriminator.get("items") {
        values.extend(choices(items));
    }
    values
}

/// Whether `conditional` applies to the object `map`.
fn applies(map: &Map<String, Value>, conditional: &Conditional) -> bool {
    let Some(Value::Object(properties)) = keys::get(map, "properties") else {
        return false;
    };
    let (Some(_), Some(discriminator)) = (
        properties.get(conditional.member),
        properties.get(conditional.discriminator),
    ) else {
        return false;
    };
    let admitted = admitted(discriminator);
    let is_list = discriminator.get("type") == Some(&Value::from("array"));
    match conditional.when {
        When::Is(values) => !is_list && values.iter().all(|v| admitted.contains(v)),
        When::Contains(value) => is_list && admitted.contains(&value),
    }
}

/// The `if` of a conditional: the discriminator is present and in the case.
pub(super) fn condition(conditional: &Conditional) -> Value {
    let test = match conditional.when {
        When::Is([one]) => json!({ "const": one }),
        When::Is(values) => json!({ "enum": values }),
        When::Contains(value) => json!({ "type": "array", "contains": { "const": value } }),
    };
    json!({
        "properties": { conditional.discriminator: test },
        "required": [conditional.discriminator],
    })
}

/// States the conditional members of the object `map` (a Forms-profile node whose members
/// are already rewritten).
pub(super) fn apply(map: &mut Map<String, Value>) {
    let stated = |c: &Conditional| {
        keys::get(map, "allOf")
            .and_then(Value::as_array)
            .is_some_and(|rules| rules.iter().any(|r| is_rule_of(r, c)))
    };
    let found: Vec<&Conditional> = CONDITIONALS
        .iter()
        .filter(|c| applies(map, c) && !stated(c))
        .collect();
    if found.is_empty() {
        return;
    }
    let mut rules = Vec::new();
    let mut closed_over_branches = false;
    for conditional in found {
        let mut then = Map::new();
        if conditional.only_then {
            let properties = map
                .get_mut("properties")
                .and_then(Value::as_object_mut)
                .expect("checked by applies");
            let member = properties
                .remove(conditional.member)
                .expect("checked by applies");
            then.insert("properties".into(), json!({ conditional.member: member }));
            closed_over_branches = true;
        } else {
            // Ajv's strict mode wants a required member declared beside `required`; the same
            // schema as the object's own, so renderers merge the two into one field.
            let member = map["properties"][conditional.member].clone();
            then.insert("properties".into(), json!({ conditional.member: member }));
        }
        then.insert("required".into(), json!([conditional.member]));
        let mut rule = Map::new();
        rule.insert("if".into(), condition(conditional));
        rule.insert("then".into(), Value::Object(then));
        if conditional.only_then {
            rule.insert(
                "else".into(),
                json!({ "not": { "required": [conditional.member] } }),
            );
        }
        rules.push(Value::Object(rule));
    }
    if closed_over_branches {
        // `additionalProperties` sees only the members declared beside it.
        let mut names: Vec<Value> = map["properties"]
            .as_object()
            .map(|p| p.keys().map(|k| Value::from(k.as_str())).collect())
            .unwrap_or_default();
        for rule in &rules {
            if let Some(Value::Object(members)) = rule["then"].get("properties") {
                for key in members.keys() {
                    if !names.iter().any(|n| n == key.as_str()) {
                        names.push(Value::from(key.as_str()));
                    }
                }
            }
        }
        map.remove("additionalProperties");
        map.insert("propertyNames".into(), json!({ "enum": names }));
    }
    match map.get_mut("allOf") {
        Some(Value::Array(list)) => list.extend(rules),
        _ => {
            map.insert("allOf".into(), Value::Array(rules));
        }
    }
}

/// Whether `rule` (an `allOf` member) states `conditional`.
fn is_rule_of(rule: &Value, conditional: &Conditional) -> bool {
    rule.get("if") == Some(&condition(conditional))
        && rule["then"]["required"] == json!([conditional.member])
}

#[cfg(test)]
/// The conditional members of the catalogue that match no kind (a renamed member or
/// discriminator): their member names.
pub(super) fn unmatched(schemas: &[Value]) -> Vec<&'static str> {
    CONDITIONALS
        .iter()
        .filter(|c| !schemas.iter().any(|s| mentions(s, c)))
        .map(|c| c.member)
        .collect()
}

/// Whether some `allOf` rule of `node` (or below) is `conditional`'s.
#[cfg(test)]
fn mentions(node: &Value, conditional: &Conditional) -> bool {
    match node {
        Value::Object(map) => {
            let here = map
                .get("allOf")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .any(|rule| is_rule_of(rule, conditional));
            here || map.values().any(|v| mentions(v, conditional))
        }
        Value::Array(items) => items.iter().any(|v| mentions(v, conditional)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::CATALOGUE;
    use crate::schema::{Profile, schema_for};

    #[test]
    fn every_conditional_matches_some_kind() {
        let schemas: Vec<Value> = CATALOGUE
            .iter()
            .map(|k| schema_for(k, Profile::Forms).to_value())
            .collect();
        assert_eq!(unmatched(&schemas), Vec::<&str>::new());
        assert_eq!(unmatched(&[]).len(), CONDITIONALS.len());
    }

    #[test]
    fn a_member_only_in_one_case_moves_under_then() {
        let mut map = json!({"type": "object", "properties": {
            "stage": {"title": "Trạng thái", "type": "string", "oneOf": [
                {"const": "registered", "title": "Đã đăng ký"}, {"const": "recognised", "title": "Được công nhận"}]},
            "recognition": {"title": "Công nhận", "type": "object"},
        }, "required": ["stage"], "additionalProperties": false});
        apply(map.as_object_mut().unwrap());
        assert_eq!(
            map,
            json!({"type": "object", "properties": {
                "stage": {"title": "Trạng thái", "type": "string", "oneOf": [
                    {"const": "registered", "title": "Đã đăng ký"}, {"const": "recognised", "title": "Được công nhận"}]},
            }, "required": ["stage"],
            "propertyNames": {"enum": ["stage", "recognition"]},
            "allOf": [{
                "if": {"properties": {"stage": {"const": "recognised"}}, "required": ["stage"]},
                "then": {"properties": {"recognition": {"title": "Công nhận", "type": "object"}}, "required": ["recognition"]},
                "else": {"not": {"required": ["recognition"]}},
            }]})
        );
    }

    #[test]
    fn a_discriminator_without_the_value_leaves_the_object_alone() {
        let mut map = json!({"type": "object", "properties": {
            "stage": {"type": "string", "oneOf": [{"const": "registered"}]},
            "recognition": {"type": "object"},
        }});
        let before = map.clone();
        apply(map.as_object_mut().unwrap());
        assert_eq!(map, before);
    }
}
