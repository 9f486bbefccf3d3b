//! The schemas of the catalogue's kinds made ahead of time: each kind's schema in both
//! profiles, written by the tests as compact JSON (`src/schema/ahead/*.json`,
//! `UPDATE_SNAPSHOTS=1 cargo test --test schemas`), turned by `build.rs` into words
//! ([`tokens`]) and built into the library.
//!
//! Why: making the catalogue's schemas with schemars and the profiles' passes costs several
//! times more than building them from a copy (schemars copies every inlined subschema into
//! each parent; the passes walk every node), and issue 13 keeps the whole catalogue in both
//! profiles under 5 ms on the first call of a process too. Why words and not the JSON text:
//! parsing the text (about 20 M instructions for the catalogue) cost more than twice building
//! the values from it; from words, [`built`] only allocates, copies each text from the pool
//! and clones each object's shape, whose keys are hashed once per process (about the cost of
//! cloning a cached value, 15.3 M instructions for the catalogue against 14.0 M). So
//! [`schema_for`](super::schema_for) builds a catalogue kind's schema from the words on every
//! call, the first of the process included, and keeps no copy of it.
//!
//! The copies are only read for the catalogue's own kinds, as they are declared in
//! [`CATALOGUE`] (same name, title and Rust type), and only with the default feature
//! `preserve_order` (without it, key order and the lists derived from it differ). The
//! library's tests fail when a schema built from the words differs from a schema made afresh,
//! byte for byte.

mod tokens;

use std::slice::ChunksExact;
use std::sync::OnceLock;

use serde_json::{Map, Number, Value};

use super::Profile;
use crate::catalogue::{CATALOGUE, DocumentType};

/// `(kind name, Forms words, Standard words)` for each kind of the catalogue.
macro_rules! made_ahead {
    ($($name:literal),* $(,)?) => {
        &[$((
            $name,
            include_bytes!(concat!(env!("OUT_DIR"), "/ahead/", $name, ".forms.words")),
            include_bytes!(concat!(env!("OUT_DIR"), "/ahead/", $name, ".standard.words")),
        )),*]
    };
}

/// The copies, one entry per kind of [`CATALOGUE`] (checked by the tests).
const MADE_AHEAD: &[(&str, &[u8], &[u8])] = made_ahead![
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

/// Every text of the copies, once each (written by `build.rs` with the words).
const POOL: &str = include_str!(concat!(env!("OUT_DIR"), "/ahead/pool.txt"));

/// The words of every object shape of the copies ([`tokens::Writer::shapes`]).
const SHAPES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ahead/shapes.words"));

/// The object shapes of the copies, made once per process: each a map of its keys, in order,
/// to `null`, cloned for each object (a clone keeps the keys' hashes; an insert computes them).
fn shapes() -> &'static [Map<String, Value>] {
    static MADE: OnceLock<Vec<Map<String, Value>>> = OnceLock::new();
    MADE.get_or_init(|| read_shapes(SHAPES, POOL))
}

/// The object shapes whose words are `words`.
fn read_shapes(words: &[u8], pool: &str) -> Vec<Map<String, Value>> {
    let as_array = |value: Value| match value {
        Value::Array(items) => items,
        other => panic!("a shape is an array of keys, not {other}"),
    };
    as_array(Reader::new(words, pool, &[]).value())
        .into_iter()
        .map(|shape| {
            as_array(shape)
                .into_iter()
                .map(|key| match key {
                    Value::String(key) => (key, Value::Null),
                    other => panic!("a key is a text, not {other}"),
                })
                .collect()
        })
        .collect()
}

/// The words of `kind`'s schema in `profile` made ahead of time, if `kind` is one of the
/// catalogue's kinds as declared there.
fn words(kind: &DocumentType, profile: Profile) -> Option<&'static [u8]> {
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

/// `kind`'s schema in `profile` built from the copy made ahead of time, if `kind` is one of
/// the catalogue's kinds as declared there.
pub(super) fn built(kind: &DocumentType, profile: Profile) -> Option<Value> {
    words(kind, profile).map(|words| Reader::new(words, POOL, shapes()).value())
}

/// Builds a value from its words ([`tokens`]).
struct Reader<'a> {
    /// The words not read yet, four bytes each.
    words: ChunksExact<'a, u8>,
    /// The texts the words point into.
    pool: &'a str,
    /// The object shapes the words name.
    shapes: &'a [Map<String, Value>],
}

impl<'a> Reader<'a> {
    fn new(words: &'a [u8], pool: &'a str, shapes: &'a [Map<String, Value>]) -> Self {
        Reader {
            words: words.chunks_exact(4),
            pool,
            shapes,
        }
    }

    // Inlined: a word is read for every node, key and text (about 100,000 per catalogue).
    #[inline(always)]
    fn word(&mut self) -> u32 {
        let bytes = self.words.next().expect("the words of a whole value");
        u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])
    }

    /// The value whose head is next.
    fn value(&mut self) -> Value {
        let head = self.word();
        let n = (head >> tokens::TAG_BITS) as usize;
        match head & ((1 << tokens::TAG_BITS) - 1) {
            tokens::NULL => Value::Null,
            tokens::FALSE => Value::Bool(false),
            tokens::TRUE => Value::Bool(true),
            tokens::STRING => Value::String(self.text(n).to_owned()),
            tokens::ARRAY => Value::Array((0..n).map(|_| self.value()).collect()),
            tokens::OBJECT => {
                let shapes = self.shapes;
                // The keys with their hashes, in order; then each value in its place.
                let mut members = shapes[n].clone();
                for member in members.values_mut() {
                    *member = self.value();
                }
                Value::Object(members)
            }
            tokens::UNSIGNED => Value::Number(self.bits().into()),
            tokens::SIGNED => Value::Number((self.bits() as i64).into()),
            tokens::FLOAT => Value::Number(
                Number::from_f64(f64::from_bits(self.bits())).expect("a JSON number is finite"),
            ),
            tag => panic!("no value has the tag {tag}"),
        }
    }

    /// The text of `len` bytes whose offset is the next word.
    fn text(&mut self, len: usize) -> &'a str {
        let offset = self.word() as usize;
        &self.pool[offset..offset + len]
    }

    /// The 64 bits of a number: the low word, then the high one.
    fn bits(&mut self) -> u64 {
        let low = self.word();
        u64::from(low) | u64::from(self.word()) << 32
    }
}

/// The JSON text `kind`'s copy in `profile` was built from, if it has one.
#[cfg(test)]
pub(super) fn text(kind: &DocumentType, profile: Profile) -> Option<String> {
    words(kind, profile)?;
    let path = format!(
        "{}/src/schema/ahead/{}.{profile}.json",
        env!("CARGO_MANIFEST_DIR"),
        kind.name
    );
    Some(std::fs::read_to_string(path).expect("each copy's JSON text"))
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
    fn a_kind_of_the_callers_own_under_a_catalogue_name_has_none() {
        const RENAMED: DocumentType =
            DocumentType::of::<crate::org::Person>("person", "Người", "Person");
        const OTHER: DocumentType =
            DocumentType::of::<crate::rules::OversightBoard>("person", "Cá nhân", "Person");
        for profile in Profile::ALL {
            assert!(built(&RENAMED, profile).is_none());
            assert!(built(&OTHER, profile).is_none());
            let person = crate::catalogue::find("person").unwrap();
            assert_eq!(
                built(person, profile).is_some(),
                cfg!(feature = "preserve_order")
            );
        }
    }

    /// Written and read back: the same value, key order included, for every kind of value
    /// (the catalogue's schemas have no negative or fractional numbers, no `null`).
    fn round_trip(value: &Value) -> Value {
        let mut writer = tokens::Writer::default();
        let words = writer.words(value);
        let shape_words = writer.shapes();
        let shapes = read_shapes(&shape_words, writer.pool());
        let mut reader = Reader::new(&words, writer.pool(), &shapes);
        let back = reader.value();
        assert!(reader.words.next().is_none(), "words left after {value}");
        back
    }

    #[test]
    fn every_kind_of_value_is_read_back_as_written() {
        let value = serde_json::json!({
            "z": null, "a": [true, false, [], {}, ""], "": {"": ""},
            "numbers": [0, 1, u64::MAX, -1, i64::MIN, 0.5, -2.5e300, 1.0],
            "texts": ["Cá nhân", "\"quoted\"\n\\", "a", "a", "\u{1}"],
            "nested": {"b": {"c": {"d": [1, {"e": "f"}]}}, "a": 2},
        });
        let back = round_trip(&value);
        assert_eq!(back, value);
        assert_eq!(
            serde_json::to_string(&back).unwrap(),
            serde_json::to_string(&value).unwrap()
        );
    }

    proptest::proptest! {
        #[test]
        fn any_text_key_or_number_is_read_back(
            key in ".{0,12}", text in ".{0,40}", n in proptest::num::i64::ANY,
            x in proptest::num::f64::NORMAL,
        ) {
            let value = serde_json::json!({key.clone(): [text, n, x], "k": {key: n}});
            let back = round_trip(&value);
            proptest::prop_assert_eq!(
                serde_json::to_string(&back).unwrap(),
                serde_json::to_string(&value).unwrap()
            );
        }
    }
}
