//! The schemas of the catalogue's kinds made ahead of time: the JSON text of each kind's
//! schema in both profiles, compact, written by the tests (`UPDATE_SNAPSHOTS=1 cargo test
//! --test schemas`) and built into the library.
//!
//! Why: making the catalogue's schemas with schemars and the profiles' passes costs several
//! times more than reading them back (schemars copies every inlined subschema into each
//! parent; the passes walk every node), and issue 13 keeps the whole catalogue in both
//! profiles under 5 ms on the first call of a process too. The copies are only read for the
//! catalogue's own kinds, as they are declared in [`CATALOGUE`] (same name, title and Rust
//! type), and only with the default feature `preserve_order` (without it, key order and the
//! lists derived from it differ). The library's tests fail when a copy differs from a schema
//! made afresh, byte for byte.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::Profile;
use crate::catalogue::{CATALOGUE, DocumentType};

/// `(kind name, Forms schema, Standard schema)` for each kind of the catalogue.
macro_rules! made_ahead {
    ($($name:literal),* $(,)?) => {
        &[$((
            $name,
            include_str!(concat!("ahead/", $name, ".forms.json")),
            include_str!(concat!("ahead/", $name, ".standard.json")),
        )),*]
    };
}

/// The copies, one entry per kind of [`CATALOGUE`] (checked by the tests).
const MADE_AHEAD: &[(&str, &str, &str)] = made_ahead![
    "person",
    "model_registration",
    "report_submission",
    "disclosure",
    "community_decision",
    "commune_wide_decision",
    "oversight_board",
    "workplace_democracy",
    "district_regulation_set",
    "briefing_report",
    "commune_qcdc_report",
];

/// The JSON text of `kind`'s schema in `profile` made ahead of time, if `kind` is one of the
/// catalogue's kinds as declared there.
pub(super) fn text(kind: &DocumentType, profile: Profile) -> Option<&'static str> {
    if !cfg!(feature = "preserve_order") {
        return None;
    }
    let declared = CATALOGUE.iter().find(|k| k.name == kind.name)?;
    // A kind of the caller's own under a catalogue name is made afresh.
    if declared.title_vi != kind.title_vi || declared.type_id() != kind.type_id() {
        return None;
    }
    let (_, forms, standard) = MADE_AHEAD.iter().find(|(name, ..)| *name == kind.name)?;
    Some(match profile {
        Profile::Forms => forms,
        Profile::Standard => standard,
    })
}

/// Reads a copy made ahead into the value [`serde_json::from_str`] gives, with fewer
/// allocations: every object and list is collected on one shared stack and moved into a map
/// or vector of its exact size, where serde_json's own reader grows each one from empty (a
/// map's entries and its hash table several times over). Allocation is most of the cost of
/// reading the catalogue.
pub(super) fn read(text: &str) -> serde_json::Result<Value> {
    let mut stacks = Stacks::default();
    let mut reader = serde_json::Deserializer::from_str(text);
    let value = Node(&mut stacks).deserialize(&mut reader)?;
    reader.end()?;
    Ok(value)
}

/// The members and items of the objects and lists being read, innermost last.
#[derive(Default)]
struct Stacks {
    members: Vec<(String, Value)>,
    items: Vec<Value>,
}

/// One value being read.
struct Node<'s>(&'s mut Stacks);

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let start = self.0.items.len();
        while let Some(item) = seq.next_element_seed(Node(self.0))? {
            self.0.items.push(item);
        }
        Ok(Value::Array(self.0.items.drain(start..).collect()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let start = self.0.members.len();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(Node(self.0))?;
            self.0.members.push((key, value));
        }
        let members: Map<String, Value> = self.0.members.drain(start..).collect();
        Ok(Value::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_the_catalogue_has_its_copies_and_no_other() {
        let names: Vec<&str> = MADE_AHEAD.iter().map(|(name, ..)| *name).collect();
        let kinds: Vec<&str> = CATALOGUE.iter().map(|k| k.name).collect();
        assert_eq!(names, kinds);
    }

    #[test]
    fn reading_gives_what_serde_json_gives_key_order_included() {
        let texts = MADE_AHEAD
            .iter()
            .flat_map(|(_, forms, standard)| [*forms, *standard]);
        let samples = [r#"{"b":[1,-2,3.5,"x\u00e9",null,true,{}],"a":{"z":[],"y":{"k":"v"}}}"#];
        for text in texts.chain(samples) {
            let ours = read(text).unwrap();
            let theirs: Value = serde_json::from_str(text).unwrap();
            assert_eq!(ours, theirs);
            assert_eq!(
                serde_json::to_string(&ours).unwrap(),
                serde_json::to_string(&theirs).unwrap()
            );
        }
        assert!(read("{\"a\":1} x").is_err());
        assert!(read("[1,").is_err());
    }

    #[test]
    fn a_kind_of_the_callers_own_under_a_catalogue_name_has_none() {
        const RENAMED: DocumentType =
            DocumentType::of::<crate::org::Person>("person", "Người", "Person");
        const OTHER: DocumentType =
            DocumentType::of::<crate::rules::OversightBoard>("person", "Cá nhân", "Person");
        for profile in Profile::ALL {
            assert!(text(&RENAMED, profile).is_none());
            assert!(text(&OTHER, profile).is_none());
            let person = crate::catalogue::find("person").unwrap();
            assert_eq!(
                text(person, profile).is_some(),
                cfg!(feature = "preserve_order")
            );
        }
    }
}
