//! The direct decoding: bytes straight into the type through serde_json, refusing what the
//! error-collecting decoder refuses too — an array in place of an object (serde reads a struct
//! from either, so a document would have two shapes) and a date that is not `YYYY-MM-DD` in the
//! years of [`date`](super::date).
//!
//! The adapter passes every call through and only looks at those two; a refusal sends the
//! document to the error-collecting decoder, which reports it at its path.

use std::fmt;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess,
    Unexpected, VariantAccess, Visitor,
};

use super::date;

/// Decodes `bytes` into `T` in one go (see the module docs).
pub(crate) fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = T::deserialize(Strict(&mut de))?;
    de.end()?;
    Ok(value)
}

/// Whether `V` is chrono's date visitor (its type name; a test keeps this true).
fn is_date_visitor<V>() -> bool {
    std::any::type_name::<V>().ends_with("::NaiveDateVisitor")
}

struct Strict<D>(D);

macro_rules! pass {
    ($($method:ident),*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method(Pass(visitor))
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<D> {
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
            self.0.deserialize_str(DateOnly(visitor))
        } else {
            self.0.deserialize_str(Pass(visitor))
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        if is_date_visitor::<V>() {
            self.0.deserialize_string(DateOnly(visitor))
        } else {
            self.0.deserialize_string(Pass(visitor))
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, Pass(visitor))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, Pass(visitor))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, Pass(visitor))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, Pass(visitor))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_struct(name, fields, ObjectOnly(visitor))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, Pass(visitor))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// Declares a visitor wrapper that passes everything on, wrapping what it hands down, except
/// the methods given.
macro_rules! wrapper {
    ($name:ident { $($own:item)* }) => {
        struct $name<V>(V);

        impl<'de, V: Visitor<'de>> Visitor<'de> for $name<V> {
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
                self.0.visit_some(Strict(d))
            }

            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
                self.0.visit_newtype_struct(Strict(d))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
                self.0.visit_map(Members(map))
            }

            fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
                self.0.visit_enum(Enum(data))
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
        self.0.visit_seq(Items(seq))
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

wrapper!(DateOnly {
    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        date::parse_iso(v).map_err(E::custom)?;
        self.0.visit_str(v)
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        date::parse_iso(v).map_err(E::custom)?;
        self.0.visit_borrowed_str(v)
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        date::parse_iso(&v).map_err(E::custom)?;
        self.0.visit_string(v)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Items(seq))
    }
});

/// A seed whose deserializer is wrapped too.
struct Seed<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Strict(d))
    }
}

struct Items<A>(A);

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Items<A> {
    type Error = A::Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        self.0.next_element_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

struct Members<A>(A);

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Members<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(seed)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.0.next_value_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

struct Enum<A>(A);

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Enum<A> {
    type Error = A::Error;
    type Variant = Variant<A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let (value, variant) = self.0.variant_seed(seed)?;
        Ok((value, Variant(variant)))
    }
}

struct Variant<A>(A);

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Variant<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.0.newtype_variant_seed(Seed(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, Pass(visitor))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(fields, ObjectOnly(visitor))
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
    fn arrays_for_objects_and_loose_dates_are_refused() {
        let doc = from_slice::<Doc>(br#"{"name":"a","when":"2021-04-07","items":[{"count":1}]}"#);
        assert_eq!(doc.unwrap().items, [Item { count: 1 }]);
        assert!(serde_json::from_slice::<Doc>(br#"["a"]"#).is_ok());
        assert!(from_slice::<Doc>(br#"["a"]"#).is_err());
        assert!(from_slice::<Doc>(br#"{"name":"a","items":[[1]]}"#).is_err());
        for bad in ["-2021-01-05", "0000-01-01", "2021-1-5"] {
            let text = format!(r#"{{"name":"a","when":"{bad}"}}"#);
            assert!(from_slice::<Doc>(text.as_bytes()).is_err(), "{bad}");
        }
    }
}
