//! The direct decoding: bytes straight into the type through serde_json, refusing what the
//! error-collecting decoder refuses too — an array in place of an object (serde reads a struct
//! from either, so a document would have two shapes) and a date that is not `YYYY-MM-DD` in the
//! years of [`date`](super::date) — and reading an object member sent as `null` or `""` (a
//! cleared form input) as absent, exactly as [`blanks`](super::blanks) blanks it out: the
//! document is not copied for it.
//!
//! The adapter passes every call through and only looks at those three; a refusal sends the
//! document to the error-collecting decoder, which reports it at its path.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, MapAccess,
    SeqAccess, Unexpected, VariantAccess, Visitor,
};

use super::date;

/// Decodes `bytes` into `T` in one go (see the module docs).
///
/// The bytes are checked as UTF-8 once, as a whole, with SIMD: serde_json then reads them as a
/// `str` and skips its own check of every string, which cost a tenth of a clean decode of
/// Vietnamese text (mostly multi-byte letters, which the standard check takes byte by byte).
/// Bytes that are not UTF-8 are read as bytes, so the decoder fails where serde_json does.
pub(crate) fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, serde_json::Error> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => decode(serde_json::Deserializer::from_str(text), bytes),
        Err(_) => decode(serde_json::Deserializer::from_slice(bytes), bytes),
    }
}

fn decode<'de, T: DeserializeOwned, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
    bytes: &'de [u8],
) -> Result<T, serde_json::Error> {
    let value = T::deserialize(Strict(&mut de, Source(bytes)))?;
    de.end()?;
    Ok(value)
}

/// Whether `V` reads a date: chrono's date visitor or the crate's (their type names; a test
/// keeps this true).
fn is_date_visitor<V>() -> bool {
    let name = std::any::type_name::<V>();
    name.ends_with("::NaiveDateVisitor") || name.ends_with("::IsoDateVisitor")
}

/// The bytes being decoded: a member's key, borrowed from them, shows where its value starts.
#[derive(Clone, Copy)]
struct Source<'de>(&'de [u8]);

impl Source<'_> {
    /// Whether the member whose key is `key` (a slice of these bytes) has the value `null` or
    /// `""` — what [`blanks`](super::blanks) blanks out. A key not borrowed from the bytes (one
    /// with escapes, which serde_json unescapes into a copy) never does: `blanks` leaves those
    /// members to the parser too.
    fn has_blank_value(self, key: &str) -> bool {
        let bytes = self.0;
        if !bytes.as_ptr_range().contains(&key.as_ptr()) {
            return false;
        }
        // Inside the bytes: the difference of the two addresses is the key's offset.
        let start = key.as_ptr() as usize - bytes.as_ptr() as usize;
        let mut i = start + key.len();
        if bytes.get(i) != Some(&b'"') {
            return false;
        }
        i = skip_space(bytes, i + 1);
        if bytes.get(i) != Some(&b':') {
            return false;
        }
        let value = &bytes[skip_space(bytes, i + 1)..];
        value.starts_with(b"null") || value.starts_with(b"\"\"")
    }
}

fn skip_space(bytes: &[u8], mut i: usize) -> usize {
    while bytes
        .get(i)
        .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    {
        i += 1;
    }
    i
}

struct Strict<'de, D>(D, Source<'de>);

macro_rules! pass {
    ($($method:ident),*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method(Pass(visitor, self.1))
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<'de, D> {
    type Error = D::Error;

    pass!(
        deserialize_any,
        deserialize_bool,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_u128,
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_i128,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_option,
        deserialize_unit,
        deserialize_seq,
        deserialize_map,
        deserialize_identifier,
        deserialize_ignored_any
    );

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        if is_date_visitor::<V>() {
            self.0.deserialize_str(DateOnly(visitor, self.1))
        } else {
            self.0.deserialize_str(Pass(visitor, self.1))
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        if is_date_visitor::<V>() {
            self.0.deserialize_string(DateOnly(visitor, self.1))
        } else {
            self.0.deserialize_string(Pass(visitor, self.1))
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, Pass(visitor, self.1))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_newtype_struct(name, Pass(visitor, self.1))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, Pass(visitor, self.1))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_tuple_struct(name, len, Pass(visitor, self.1))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_struct(name, fields, ObjectOnly(visitor, self.1))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_enum(name, variants, Pass(visitor, self.1))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// Declares a visitor wrapper that passes everything on, wrapping what it hands down, except
/// the methods given.
macro_rules! wrapper {
    ($name:ident { $($own:item)* }) => {
        struct $name<'de, V>(V, Source<'de>);

        impl<'de, V: Visitor<'de>> Visitor<'de> for $name<'de, V> {
            type Value = V::Value;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.expecting(f)
            }

            fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> { self.0.visit_bool(v) }
            fn visit_i8<E: de::Error>(self, v: i8) -> Result<V::Value, E> { self.0.visit_i8(v) }
            fn visit_i16<E: de::Error>(self, v: i16) -> Result<V::Value, E> { self.0.visit_i16(v) }
            fn visit_i32<E: de::Error>(self, v: i32) -> Result<V::Value, E> { self.0.visit_i32(v) }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> { self.0.visit_i64(v) }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<V::Value, E> { self.0.visit_i128(v) }
            fn visit_u8<E: de::Error>(self, v: u8) -> Result<V::Value, E> { self.0.visit_u8(v) }
            fn visit_u16<E: de::Error>(self, v: u16) -> Result<V::Value, E> { self.0.visit_u16(v) }
            fn visit_u32<E: de::Error>(self, v: u32) -> Result<V::Value, E> { self.0.visit_u32(v) }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> { self.0.visit_u64(v) }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<V::Value, E> { self.0.visit_u128(v) }
            fn visit_f32<E: de::Error>(self, v: f32) -> Result<V::Value, E> { self.0.visit_f32(v) }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<V::Value, E> { self.0.visit_f64(v) }
            fn visit_char<E: de::Error>(self, v: char) -> Result<V::Value, E> { self.0.visit_char(v) }
            fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<V::Value, E> { self.0.visit_bytes(v) }
            fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<V::Value, E> { self.0.visit_borrowed_bytes(v) }
            fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<V::Value, E> { self.0.visit_byte_buf(v) }
            fn visit_none<E: de::Error>(self) -> Result<V::Value, E> { self.0.visit_none() }
            fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> { self.0.visit_unit() }

            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
                self.0.visit_some(Strict(d, self.1))
            }

            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
                self.0.visit_newtype_struct(Strict(d, self.1))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
                self.0.visit_map(Members(map, self.1))
            }

            fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
                self.0.visit_enum(Enum(data, self.1))
            }

            $($own)*
        }
    };
}

wrapper!(Pass {
    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        self.0.visit_str(v)
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        self.0.visit_borrowed_str(v)
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        self.0.visit_string(v)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Items(seq, self.1))
    }
});

wrapper!(ObjectOnly {
    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        self.0.visit_str(v)
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        self.0.visit_borrowed_str(v)
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        self.0.visit_string(v)
    }
    // serde reads a struct from an array too; a document has one shape.
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<V::Value, A::Error> {
        Err(de::Error::invalid_type(Unexpected::Seq, &self))
    }
});

// The shape and the year only: the date's visitor then refuses a day not in the calendar, so
// the date is parsed once (a refusal's words do not matter here: the document goes on to the
// error-collecting decoder, which reports it).
wrapper!(DateOnly {
    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        shaped(v)?;
        self.0.visit_str(v)
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        shaped(v)?;
        self.0.visit_borrowed_str(v)
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        shaped(&v)?;
        self.0.visit_string(v)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Items(seq, self.1))
    }
});

/// Refuses a date that is not `YYYY-MM-DD` in the years of [`date`](super::date).
fn shaped<E: de::Error>(v: &str) -> Result<(), E> {
    if date::is_iso_shaped(v) {
        Ok(())
    } else {
        Err(E::custom("a date in the form YYYY-MM-DD"))
    }
}

/// A seed whose deserializer is wrapped too.
struct Seed<'de, S>(S, Source<'de>);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<'de, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Strict(d, self.1))
    }
}

struct Items<'de, A>(A, Source<'de>);

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Items<'de, A> {
    type Error = A::Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        self.0.next_element_seed(Seed(seed, self.1))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

/// The members of an object, without those sent as `null` or `""` (see the module docs).
struct Members<'de, A>(A, Source<'de>);

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Members<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        // The key is read first, to see what follows it, and then handed to `seed` as read.
        loop {
            match self.0.next_key_seed(KeySeed)? {
                None => return Ok(None),
                Some(Key::Borrowed(key)) if self.1.has_blank_value(key) => {
                    self.0.next_value_seed(PhantomData::<IgnoredAny>)?;
                }
                Some(Key::Borrowed(key)) => {
                    return seed
                        .deserialize(BorrowedStrDeserializer::new(key))
                        .map(Some);
                }
                Some(Key::Owned(key)) => {
                    return seed.deserialize(StringDeserializer::new(key)).map(Some);
                }
            }
        }
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.0.next_value_seed(Seed(seed, self.1))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

/// An object member's key as serde_json read it: borrowed from the bytes, or unescaped into a
/// copy.
enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key<'de>, D::Error> {
        d.deserialize_str(KeySeed)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key::Owned(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
        Ok(Key::Owned(v))
    }
}

struct Enum<'de, A>(A, Source<'de>);

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Enum<'de, A> {
    type Error = A::Error;
    type Variant = Variant<'de, A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let (value, variant) = self.0.variant_seed(seed)?;
        Ok((value, Variant(variant, self.1)))
    }
}

struct Variant<'de, A>(A, Source<'de>);

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Variant<'de, A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.0.newtype_variant_seed(Seed(seed, self.1))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, Pass(visitor, self.1))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(fields, ObjectOnly(visitor, self.1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        name: String,
        #[serde(default)]
        when: Option<NaiveDate>,
        #[serde(default)]
        items: Vec<Item>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Item {
        count: u32,
    }

    #[test]
    fn chrono_date_visitor_is_recognised() {
        // If chrono renames its visitor, this fails and dates would slip through unchecked.
        assert!(from_slice::<NaiveDate>(br#""2021-04-07""#).is_ok());
        assert!(from_slice::<NaiveDate>(br#""2021-4-7""#).is_err());
        assert!(serde_json::from_slice::<NaiveDate>(br#""2021-4-7""#).is_ok());
    }

    #[test]
    fn the_crates_date_visitor_is_recognised() {
        // The members read through `date::wire` are refused loose dates the same way.
        #[derive(Debug, Deserialize)]
        struct Held {
            #[serde(deserialize_with = "date::wire::date")]
            on: NaiveDate,
        }
        let held = from_slice::<Held>(br#"{"on":"2021-04-07"}"#).unwrap();
        assert_eq!(held.on, NaiveDate::from_ymd_opt(2021, 4, 7).unwrap());
        assert!(from_slice::<Held>(br#"{"on":"2021-4-7"}"#).is_err());
        // Shaped right, but not a day of the calendar: the visitor itself refuses it.
        assert!(from_slice::<Held>(br#"{"on":"2021-02-30"}"#).is_err());
        assert!(from_slice::<Held>(br#"{"on":"2021-00-10"}"#).is_err());
        assert!(serde_json::from_slice::<Held>(br#"{"on":"2021-4-7"}"#).is_ok());
    }

    #[test]
    fn bytes_that_are_not_utf8_fail_as_in_serde_json() {
        // Checked as a whole, then read as a `str`; bytes that are not UTF-8 are read as bytes.
        for bytes in [
            &b"\"Ph\xC6\xB0\xE1\xBB\x9Dng\""[..],
            b"\"\xFF\"",
            b"[\"a\", \"\xC3\"]",
        ] {
            assert_eq!(
                from_slice::<serde_json::Value>(bytes).map_err(|e| e.to_string()),
                serde_json::from_slice::<serde_json::Value>(bytes).map_err(|e| e.to_string()),
            );
        }
        assert_eq!(
            from_slice::<String>("\"Phường\"".as_bytes()).unwrap(),
            "Phường"
        );
    }

    #[test]
    fn arrays_for_objects_and_loose_dates_are_refused() {
        let doc = from_slice::<Doc>(br#"{"name":"a","when":"2021-04-07","items":[{"count":1}]}"#);
        assert_eq!(doc.unwrap().items, [Item { count: 1 }]);
        assert!(serde_json::from_slice::<Doc>(br#"["a"]"#).is_ok());
        assert!(from_slice::<Doc>(br#"["a"]"#).is_err());
        assert!(from_slice::<Doc>(br#"{"name":"a","items":[[1]]}"#).is_err());
        for bad in [
            "-2021-01-05",
            "0000-01-01",
            "2021-1-5",
            "2021-02-30",
            "2021-13-01",
        ] {
            let text = format!(r#"{{"name":"a","when":"{bad}"}}"#);
            assert!(from_slice::<Doc>(text.as_bytes()).is_err(), "{bad}");
        }
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Form {
        name: String,
        #[serde(default)]
        note: Option<String>,
        #[serde(default = "yes")]
        open: bool,
        #[serde(default)]
        items: Vec<Item>,
        #[serde(default)]
        when: Option<NaiveDate>,
    }

    fn yes() -> bool {
        true
    }

    #[test]
    fn cleared_members_are_absent_without_a_copy() {
        let form = br#"{"name":"a", "note" : "", "open":null,"items":[{"count":1,"x":null}],"when":"","y":""}"#;
        let direct = from_slice::<Form>(form).unwrap();
        assert_eq!(
            direct,
            from_slice::<Form>(br#"{"name":"a","items":[{"count":1}]}"#).unwrap()
        );
        assert_eq!((direct.note, direct.open, direct.when), (None, true, None));
        // A required member sent blank is missing: the direct path fails (and the
        // error-collecting decoder reports it as required).
        assert!(from_slice::<Form>(br#"{"name":null}"#).is_err());
        assert!(from_slice::<Form>(br#"{"name":""}"#).is_err());
        // Only object members: list items and texts holding `""` or `null` are values.
        let kept = from_slice::<Form>(br#"{"name":"null \"\"","note":" "}"#).unwrap();
        assert_eq!(
            (kept.name.as_str(), kept.note.as_deref()),
            ("null \"\"", Some(" "))
        );
        assert!(
            from_slice::<Vec<Option<String>>>(br#"[null,""]"#).unwrap()
                == [None, Some(String::new())]
        );
        // An escaped key is left to the parser, as `blanks` leaves it.
        assert!(from_slice::<Form>(br#"{"name":"a","n\u006fte":null}"#).is_ok());
        assert!(from_slice::<Form>(br#"{"name":"a","\u0079":null}"#).is_err());
    }

    /// A JSON text: objects whose members are often `null` or `""`, with escaped keys and
    /// spaces in varying places.
    fn json_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let space = prop_oneof![Just(""), Just(" "), Just("\n  "), Just("\t")];
        let leaf = prop_oneof![
            Just("null".to_owned()),
            Just("\"\"".to_owned()),
            Just("\"null\"".to_owned()),
            Just("\"\\\"\\\"\"".to_owned()),
            Just("0".to_owned()),
            Just("true".to_owned()),
            "[a-z ]{0,4}".prop_map(|s| format!("\"{s}\"")),
        ];
        let key = prop_oneof![
            "[a-c]{0,2}".prop_map(|s| format!("\"{s}\"")),
            Just("\"\\u0061\"".to_owned()),
        ];
        leaf.prop_recursive(4, 40, 5, move |inner| {
            prop_oneof![
                prop::collection::vec((inner.clone(), space.clone()), 0..5).prop_map(|items| {
                    let items: Vec<String> = items
                        .into_iter()
                        .map(|(v, s)| format!("{s}{v}{s}"))
                        .collect();
                    format!("[{}]", items.join(","))
                }),
                prop::collection::vec((key.clone(), inner, space.clone()), 0..5).prop_map(
                    |members| {
                        let members: Vec<String> = members
                            .into_iter()
                            .map(|(k, v, s)| format!("{s}{k}{s}:{s}{v}{s}"))
                            .collect();
                        format!("{{{}}}", members.join(","))
                    }
                ),
            ]
        })
    }

    proptest::proptest! {
        /// The direct path reads every document as `blanks` blanks it: the same value.
        #[test]
        fn skipping_agrees_with_blanking(text in json_text()) {
            let blanked = super::super::blanks::blank_absent(text.as_bytes());
            let expected = serde_json::from_slice::<serde_json::Value>(&blanked);
            let direct = from_slice::<serde_json::Value>(text.as_bytes());
            proptest::prop_assert_eq!(direct.ok(), expected.ok(), "{}", text);
        }
    }
}
