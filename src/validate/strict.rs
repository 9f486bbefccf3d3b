//! The direct decoding: bytes straight into the type through serde_json, refusing what the
//! error-collecting decoder refuses too — an array in place of an object (serde reads a struct
//! from either, so a document would have two shapes) and a date that is not `YYYY-MM-DD` in the
//! years of [`date`](super::date) — and reading an object member sent as `null` or `""` (a
//! cleared form input) as absent, exactly as [`blanks`](super::blanks) blanks it out: the
//! document is not copied for it.
//!
//! The adapter passes every call through and only looks at those three. When it decodes with
//! [`recovering`], it also *recovers in place* from the common problems of a leaf value — a
//! wrong JSON type, an integer out of its type's range, a `null` list item, a date that is not
//! `YYYY-MM-DD` — as the [error-collecting decoder](super::collect) does: it reports the problem
//! at its JSON Pointer with the same code, params and words, reads past the value and hands the
//! type the same stand-in, so the document is read once. Anything else it meets (a missing or
//! unknown member, a repeated key, a type's own refusal, bad syntax) makes it fail as before,
//! and the caller hands the document to the error-collecting decoder.
//!
//! The recovering costs nothing until a problem is met: leaf values are read with
//! `deserialize_any` (serde_json reads a leaf the same way either way) by a visitor that looks
//! at what came only when it is not what the type asked for; the path is kept on the stack, a
//! JSON Pointer built only for a problem.

use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, MapAccess,
    SeqAccess, Unexpected, VariantAccess, Visitor,
};

use super::leaf::{self, Leaf};
use super::{Code, MAX_REPORTED_PROBLEMS, Pointer, ValidationReport, Violation, date};

/// Decodes `bytes` into `T` in one go, failing on the first problem (see the module docs).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, serde_json::Error> {
    run(bytes, false)
        .map(|(value, _)| value)
        .map_err(|(error, _)| error)
}

/// Decodes `bytes` into `T` in one go, recovering in place from the problems of leaf values
/// (see the module docs): the value, with what was recovered from when there was a problem.
///
/// The bytes are checked as UTF-8 once, as a whole, with SIMD: serde_json then reads them as a
/// `str` and skips its own check of every string, which cost a tenth of a clean decode of
/// Vietnamese text (mostly multi-byte letters, which the standard check takes byte by byte).
/// Bytes that are not UTF-8 are read as bytes, so the decoder fails where serde_json does.
pub(crate) fn recovering<T: DeserializeOwned>(
    bytes: &[u8],
) -> Result<Direct<T>, serde_json::Error> {
    match run(bytes, true) {
        Ok((value, None)) => Ok(Direct::Clean(value)),
        Ok((value, Some(recovered))) => Ok(Direct::Recovered(value, recovered)),
        Err((error, _)) => Err(error),
    }
}

/// What a [`recovering`] decoding gives.
#[derive(Debug)]
pub(crate) enum Direct<T> {
    /// The document, read without a problem.
    Clean(T),
    /// The document with stand-ins, and the problems recovered from.
    Recovered(T, Recovered),
}

/// The value (or the error), with what was recovered from when there was a problem.
#[allow(clippy::type_complexity)]
fn run<T: DeserializeOwned>(
    bytes: &[u8],
    recover: bool,
) -> Result<(T, Option<Recovered>), (serde_json::Error, Option<Recovered>)> {
    let shared = Shared {
        source: Source(bytes),
        recover,
        found: RefCell::new(None),
    };
    let value = match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => decode(serde_json::Deserializer::from_str(text), &shared),
        Err(_) => decode(serde_json::Deserializer::from_slice(bytes), &shared),
    };
    let found = shared.found.into_inner();
    match value {
        Ok(value) => Ok((value, found)),
        Err(error) => Err((error, found)),
    }
}

fn decode<'de, T: DeserializeOwned, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
    shared: &Shared<'de>,
) -> Result<T, serde_json::Error> {
    let root = Frame {
        shared,
        path: Path::Root,
        first: 0,
    };
    let value = T::deserialize(Strict(&mut de, Ctx(&root)))?;
    de.end()?;
    Ok(value)
}

/// The problems a [`recovering`] decoding recovered from, as the error-collecting decoder
/// reports them.
#[derive(Debug, Default)]
pub(crate) struct Recovered {
    /// One finding per problem, in the document's order (with `too_many_problems` at the cap).
    pub(crate) report: ValidationReport,
    /// JSON Pointers of the values replaced by stand-ins: findings there are not real.
    pub(crate) patched: Vec<String>,
    /// The cap of problems was reached: the decoder would have stopped there.
    pub(crate) stopped: bool,
}

/// What every wrapper of one decoding shares.
struct Shared<'de> {
    source: Source<'de>,
    /// Whether problems of leaf values are recovered from (otherwise they fail the decoding).
    recover: bool,
    /// What was recovered from; `None` until the first problem.
    found: RefCell<Option<Recovered>>,
}

impl Shared<'_> {
    /// Records a problem as the error-collecting decoder records it (nothing past the cap).
    fn record(&self, violation: Violation) {
        let mut found = self.found.borrow_mut();
        let found = found.get_or_insert_with(Recovered::default);
        if found.stopped {
            return;
        }
        found.patched.push(violation.path.clone());
        found.report.error(violation);
        if found.report.errors().len() >= MAX_REPORTED_PROBLEMS {
            found.report.error(
                Violation::new(&Pointer::root(), Code::TooManyProblems)
                    .param("max", MAX_REPORTED_PROBLEMS),
            );
            found.stopped = true;
        }
    }
}

/// Where the decoding is: steps on the stack, made a JSON Pointer only for a problem.
#[derive(Debug, Clone, Copy)]
enum Path<'p> {
    Root,
    Key(&'p Path<'p>, &'p str),
    Index(&'p Path<'p>, usize),
    /// Inside a value whose place the decoder does not follow (an enum's content): its
    /// problems are not recovered from.
    Unknown,
}

impl Path<'_> {
    fn pointer(&self) -> Option<Pointer> {
        match self {
            Path::Root => Some(Pointer::root()),
            Path::Key(parent, key) => parent.pointer().map(|p| p.key(key)),
            Path::Index(parent, i) => parent.pointer().map(|p| p.index(*i)),
            Path::Unknown => None,
        }
    }
}

/// What a wrapper carries: where it is (one word, as small as what the direct decoder carried
/// before it recovered from anything).
#[derive(Clone, Copy)]
struct Ctx<'de, 'p>(&'p Frame<'de, 'p>);

impl<'de, 'p> std::ops::Deref for Ctx<'de, 'p> {
    type Target = Frame<'de, 'p>;

    fn deref(&self) -> &Frame<'de, 'p> {
        self.0
    }
}

/// One value being decoded: the shared state, its path and, when known, its first byte.
struct Frame<'de, 'p> {
    shared: &'p Shared<'de>,
    path: Path<'p>,
    /// The value's first byte when known (an object member's, seen past its key), else 0: a
    /// leaf whose first byte is what the type asks for is read by serde_json's own typed
    /// method, the cheapest (`deserialize_any` only where a problem may be).
    first: u8,
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

impl<'de> Source<'de> {
    /// The bytes from the value of the member whose key is `key` (a slice of these bytes) on.
    /// A member whose value is `null` or `""` is what [`blanks`](super::blanks) blanks out. A
    /// key not borrowed from the bytes (one with escapes, which serde_json unescapes into a
    /// copy) has none: `blanks` leaves those members to the parser too.
    fn value_of(self, key: &str) -> Option<&'de [u8]> {
        let bytes = self.0;
        if !bytes.as_ptr_range().contains(&key.as_ptr()) {
            return None;
        }
        // Inside the bytes: the difference of the two addresses is the key's offset.
        let start = key.as_ptr() as usize - bytes.as_ptr() as usize;
        let mut i = start + key.len();
        if bytes.get(i) != Some(&b'"') {
            return None;
        }
        i = skip_space(bytes, i + 1);
        if bytes.get(i) != Some(&b':') {
            return None;
        }
        bytes.get(skip_space(bytes, i + 1)..)
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

struct Strict<'de, 'p, D>(D, Ctx<'de, 'p>);

macro_rules! pass {
    ($($method:ident),*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method(Pass(visitor, self.1))
            }
        )*
    };
}

/// Leaf values, read by [`LeafValue`], which recovers from a problem: with serde_json's typed
/// method when the value's first byte is known to be of the type asked for, else with
/// `deserialize_any` (which hands over a value of any type).
macro_rules! leaf {
    ($($method:ident => $hint:expr;)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                let hint = $hint;
                let typed = hint.starts(self.1.first);
                let leaf = LeafValue { visitor, ctx: self.1, hint };
                if typed {
                    self.0.$method(leaf)
                } else {
                    self.0.deserialize_any(leaf)
                }
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<'de, '_, D> {
    type Error = D::Error;

    pass!(
        deserialize_any,
        deserialize_u128,
        deserialize_i128,
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

    leaf! {
        deserialize_bool => Hint::Bool;
        deserialize_u8 => Hint::Unsigned(u8::MAX.into());
        deserialize_u16 => Hint::Unsigned(u16::MAX.into());
        deserialize_u32 => Hint::Unsigned(u32::MAX.into());
        deserialize_u64 => Hint::Unsigned(u64::MAX);
        deserialize_i8 => Hint::Signed(i8::MIN.into(), i8::MAX.into());
        deserialize_i16 => Hint::Signed(i16::MIN.into(), i16::MAX.into());
        deserialize_i32 => Hint::Signed(i32::MIN.into(), i32::MAX.into());
        deserialize_i64 => Hint::Signed(i64::MIN, i64::MAX);
        deserialize_f32 => Hint::Float;
        deserialize_f64 => Hint::Float;
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let ctx = self.1;
        match (is_date_visitor::<V>(), ctx.first) {
            // A text where a text is asked for: nothing to recover from.
            (false, b'"') => self.0.deserialize_str(visitor),
            (false, _) => self.0.deserialize_any(LeafValue {
                visitor,
                ctx,
                hint: Hint::Str,
            }),
            (true, first) => {
                let leaf = LeafValue {
                    visitor,
                    ctx,
                    hint: Hint::Date,
                };
                if first == b'"' {
                    self.0.deserialize_str(leaf)
                } else {
                    self.0.deserialize_any(leaf)
                }
            }
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.deserialize_str(visitor)
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

/// What a type asked for of a leaf value.
#[derive(Debug, Clone, Copy)]
enum Hint {
    Bool,
    /// An unsigned integer up to the given largest value.
    Unsigned(u64),
    /// A signed integer in the given range.
    Signed(i64, i64),
    Float,
    Str,
    /// A date's text (chrono's visitor or the crate's).
    Date,
}

impl Hint {
    /// Whether a value whose first byte is `first` is of the JSON type asked for (so serde_json's
    /// typed method reads it; `first` 0: not known).
    fn starts(self, first: u8) -> bool {
        match self {
            Hint::Bool => matches!(first, b't' | b'f'),
            Hint::Unsigned(_) | Hint::Signed(..) | Hint::Float => {
                first == b'-' || first.is_ascii_digit()
            }
            Hint::Str | Hint::Date => first == b'"',
        }
    }
}

/// The visitor of a leaf value: hands the type what it asked for and recovers from anything
/// else, as the error-collecting decoder does (same finding, same stand-in).
struct LeafValue<'de, 'p, V> {
    visitor: V,
    ctx: Ctx<'de, 'p>,
    hint: Hint,
}

impl<'de, V: Visitor<'de>> LeafValue<'de, '_, V> {
    /// Records `violation` at this value's pointer (built by `make`) and hands the type its
    /// stand-in; without recovering (or where the place is not followed), the decoding fails.
    #[cold]
    #[inline(never)]
    fn recover<E: de::Error>(
        self,
        make: impl FnOnce(&Pointer, &V) -> Violation,
    ) -> Result<V::Value, E> {
        let shared = self.ctx.shared;
        let here = match self.ctx.path.pointer() {
            Some(here) if shared.recover => here,
            _ => {
                return Err(E::custom(
                    "a problem the direct decoding does not recover from",
                ));
            }
        };
        // Past the cap nothing more is recorded, but the decoding goes on: serde_json reads the
        // rest for its syntax (cheaper than stopping and checking the whole document again).
        shared.record(make(&here, &self.visitor));
        self.stand_in()
    }

    /// The plainest value of what the type asked for (the error-collecting decoder's).
    fn stand_in<E: de::Error>(self) -> Result<V::Value, E> {
        match self.hint {
            Hint::Bool => self.visitor.visit_bool(false),
            Hint::Unsigned(_) => self.visitor.visit_u64(0),
            Hint::Signed(..) => self.visitor.visit_i64(0),
            Hint::Float => self.visitor.visit_f64(0.0),
            Hint::Str | Hint::Date => {
                let text = match leaf::for_expecting(&Expecting(&self.visitor).to_string()) {
                    Leaf::Date => "2000-01-01",
                    Leaf::Checked { stand_in, .. } => stand_in,
                    Leaf::Unchecked => "",
                };
                self.visitor.visit_str(text)
            }
        }
    }

    /// A value of the wrong JSON type.
    #[cold]
    #[inline(never)]
    fn wrong_type<E: de::Error>(self, unexpected: Unexpected<'_>) -> Result<V::Value, E> {
        self.recover(|here, visitor| {
            let detail = format!(
                "invalid type: {unexpected}, expected {}",
                Expecting(visitor)
            );
            Violation::new(here, Code::WrongType)
                .param("expected", super::decode::expected_type(&detail))
                .param("detail", detail)
        })
    }

    /// An integer out of the range of the type.
    #[cold]
    #[inline(never)]
    fn out_of_range<E: de::Error>(
        self,
        unexpected: Unexpected<'_>,
        shown: serde_json::Number,
    ) -> Result<V::Value, E> {
        self.recover(|here, visitor| {
            let detail = format!(
                "invalid value: {unexpected}, expected {}",
                Expecting(visitor)
            );
            Violation::new(here, Code::InvalidValue)
                .param("value", shown.to_string())
                .param("detail", detail)
        })
    }

    /// A text handed on when it is what the type reads (a date's shape is looked at first).
    fn text<E: de::Error>(
        self,
        v: &str,
        hand: impl FnOnce(V) -> Result<V::Value, E>,
    ) -> Result<V::Value, E> {
        match self.hint {
            Hint::Str => hand(self.visitor),
            Hint::Date if date::is_iso_shaped(v) => hand(self.visitor),
            Hint::Date => {
                let expecting = Expecting(&self.visitor).to_string();
                let refusal = match leaf::for_expecting(&expecting) {
                    Leaf::Date => leaf::check_date(v),
                    _ => None,
                };
                let Some(refusal) = refusal else {
                    return Err(E::custom("a date in the form YYYY-MM-DD"));
                };
                self.recover(|here, _| {
                    Violation::new(here, Code::InvalidDate)
                        .param("value", shorten(v))
                        .param("detail", refusal)
                })
            }
            _ => self.wrong_type(Unexpected::Str(&shorten(v))),
        }
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for LeafValue<'de, '_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> {
        match self.hint {
            Hint::Bool => self.visitor.visit_bool(v),
            _ => self.wrong_type(Unexpected::Bool(v)),
        }
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
        match self.hint {
            Hint::Unsigned(max) if v <= max => self.visitor.visit_u64(v),
            Hint::Signed(_, max) if i64::try_from(v).is_ok_and(|i| i <= max) => {
                self.visitor.visit_u64(v)
            }
            Hint::Float => self.visitor.visit_u64(v),
            // As the error-collecting decoder names a number: signed when it fits.
            Hint::Signed(..) => match i64::try_from(v) {
                Ok(i) => self.out_of_range(Unexpected::Signed(i), v.into()),
                Err(_) => self.out_of_range(Unexpected::Unsigned(v), v.into()),
            },
            Hint::Unsigned(_) => self.out_of_range(Unexpected::Unsigned(v), v.into()),
            Hint::Bool | Hint::Str | Hint::Date => self.wrong_type(Unexpected::Unsigned(v)),
        }
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> {
        match self.hint {
            Hint::Unsigned(max) if u64::try_from(v).is_ok_and(|u| u <= max) => {
                self.visitor.visit_i64(v)
            }
            Hint::Signed(min, max) if (min..=max).contains(&v) => self.visitor.visit_i64(v),
            Hint::Float => self.visitor.visit_i64(v),
            Hint::Unsigned(_) => match u64::try_from(v) {
                Ok(u) => self.out_of_range(Unexpected::Unsigned(u), u.into()),
                Err(_) => self.out_of_range(Unexpected::Signed(v), v.into()),
            },
            Hint::Signed(..) => self.out_of_range(Unexpected::Signed(v), v.into()),
            Hint::Bool | Hint::Str | Hint::Date => self.wrong_type(match u64::try_from(v) {
                Ok(u) => Unexpected::Unsigned(u),
                Err(_) => Unexpected::Signed(v),
            }),
        }
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<V::Value, E> {
        match self.hint {
            Hint::Float => self.visitor.visit_f64(v),
            _ => self.wrong_type(Unexpected::Float(v)),
        }
    }

    #[inline]
    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        match self.hint {
            Hint::Str => self.visitor.visit_str(v),
            _ => self.text(v, |visitor| visitor.visit_str(v)),
        }
    }

    #[inline]
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        match self.hint {
            Hint::Str => self.visitor.visit_borrowed_str(v),
            _ => self.text(v, |visitor| visitor.visit_borrowed_str(v)),
        }
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        match self.hint {
            Hint::Str => self.visitor.visit_string(v),
            _ => self.text(&v.clone(), |visitor| visitor.visit_string(v)),
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        // `null` is a missing value (an object member's was read as absent before).
        self.recover(|here, _| Violation::new(here, Code::Required))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<V::Value, A::Error> {
        if !self.ctx.shared.recover {
            return Err(de::Error::invalid_type(Unexpected::Seq, &self));
        }
        // Read past it, checking what serde_json checks of any value.
        while seq.next_element::<super::decode::Syntax>()?.is_some() {}
        self.wrong_type(Unexpected::Seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<V::Value, A::Error> {
        if !self.ctx.shared.recover {
            return Err(de::Error::invalid_type(Unexpected::Map, &self));
        }
        while map.next_key::<super::decode::Syntax>()?.is_some() {
            map.next_value::<super::decode::Syntax>()?;
        }
        self.wrong_type(Unexpected::Map)
    }
}

/// A visitor's words for what it expects.
struct Expecting<'v, V>(&'v V);

impl<'de, V: Visitor<'de>> fmt::Display for Expecting<'_, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }
}

/// A text as a finding shows it (the error-collecting decoder's cut).
fn shorten(s: &str) -> String {
    s.chars().take(super::collect::SHOWN_CHARS).collect()
}

/// Declares a visitor wrapper that passes everything on, wrapping what it hands down, except
/// the methods given.
macro_rules! wrapper {
    ($name:ident { $($own:item)* }) => {
        struct $name<'de, 'p, V>(V, Ctx<'de, 'p>);

        impl<'de, V: Visitor<'de>> Visitor<'de> for $name<'de, '_, V> {
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
            fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> { self.0.visit_str(v) }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> { self.0.visit_borrowed_str(v) }
            fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> { self.0.visit_string(v) }
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
                self.0.visit_map(Members { access: map, ctx: self.1, key: None, first: 0 })
            }

            fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
                self.0.visit_enum(Enum(data, self.1))
            }

            $($own)*
        }
    };
}

wrapper!(Pass {
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Items { access: seq, ctx: self.1, index: 0 })
    }
});

wrapper!(ObjectOnly {
    // serde reads a struct from an array too; a document has one shape.
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<V::Value, A::Error> {
        Err(de::Error::invalid_type(Unexpected::Seq, &self))
    }
});

/// A seed whose deserializer is wrapped too.
struct Seed<'de, 'p, S>(S, Ctx<'de, 'p>);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<'de, '_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Strict(d, self.1))
    }
}

/// The items of an array, counted for their path.
struct Items<'de, 'p, A> {
    access: A,
    ctx: Ctx<'de, 'p>,
    index: usize,
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Items<'de, '_, A> {
    type Error = A::Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        let item = Frame {
            shared: self.ctx.0.shared,
            path: Path::Index(&self.ctx.0.path, self.index),
            first: 0,
        };
        self.index += 1;
        self.access.next_element_seed(Seed(seed, Ctx(&item)))
    }

    fn size_hint(&self) -> Option<usize> {
        self.access.size_hint()
    }
}

/// The members of an object, without those sent as `null` or `""` (see the module docs); the
/// key last read is kept for the path of its value.
struct Members<'de, 'p, A> {
    access: A,
    ctx: Ctx<'de, 'p>,
    /// The key last read; `None` when it had escapes (rare: the problems of its value are not
    /// recovered from, which keeps this a copy of two words per member).
    key: Option<&'de str>,
    /// The first byte of the value of that key (0 when not known).
    first: u8,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Members<'de, '_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        // The key is read first, to see what follows it, and then handed to `seed` as read.
        loop {
            match self.access.next_key_seed(KeySeed)? {
                None => return Ok(None),
                Some(Key::Borrowed(key)) => {
                    let value = self.ctx.shared.source.value_of(key);
                    if value.is_some_and(|v| v.starts_with(b"null") || v.starts_with(b"\"\"")) {
                        self.access.next_value_seed(PhantomData::<IgnoredAny>)?;
                        continue;
                    }
                    self.key = Some(key);
                    self.first = value.and_then(|v| v.first().copied()).unwrap_or(0);
                    return seed
                        .deserialize(BorrowedStrDeserializer::new(key))
                        .map(Some);
                }
                Some(Key::Owned(key)) => {
                    self.key = None;
                    self.first = 0;
                    return seed.deserialize(StringDeserializer::new(key)).map(Some);
                }
            }
        }
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        let member = Frame {
            shared: self.ctx.0.shared,
            path: match self.key {
                Some(key) => Path::Key(&self.ctx.0.path, key),
                None => Path::Unknown,
            },
            first: self.first,
        };
        self.access.next_value_seed(Seed(seed, Ctx(&member)))
    }

    fn size_hint(&self) -> Option<usize> {
        self.access.size_hint()
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

/// An enum's content: its place is not followed (see [`Path::Unknown`]).
struct Enum<'de, 'p, A>(A, Ctx<'de, 'p>);

impl<'de, 'p, A: EnumAccess<'de>> EnumAccess<'de> for Enum<'de, 'p, A> {
    type Error = A::Error;
    type Variant = Variant<'de, 'p, A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let (value, variant) = self.0.variant_seed(seed)?;
        Ok((value, Variant(variant, self.1.0.shared)))
    }
}

struct Variant<'de, 'p, A>(A, &'p Shared<'de>);

impl<'de, 'p, A> Variant<'de, 'p, A> {
    /// The content's frame: its place is not followed.
    fn content(&self) -> Frame<'de, 'p> {
        Frame {
            shared: self.1,
            path: Path::Unknown,
            first: 0,
        }
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Variant<'de, '_, A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        let content = self.content();
        self.0.newtype_variant_seed(Seed(seed, Ctx(&content)))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        let content = self.content();
        self.0.tuple_variant(len, Pass(visitor, Ctx(&content)))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let content = self.content();
        self.0
            .struct_variant(fields, ObjectOnly(visitor, Ctx(&content)))
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

    #[test]
    fn leaf_problems_are_recovered_in_place() {
        let text = br#"{"name": 5, "when": "2021-1-5", "items": [{"count": -1}, {"count": "x"}, {"count": 1.5}], "open": "yes"}"#;
        assert!(from_slice::<Form>(text).is_err());
        let Direct::Recovered(form, recovered) = recovering::<Form>(text).unwrap() else {
            panic!("recovered in place");
        };
        let found: Vec<_> = recovered
            .report
            .errors()
            .iter()
            .map(|v| (v.path.as_str(), v.code))
            .collect();
        assert_eq!(
            found,
            [
                ("/name", Code::WrongType),
                ("/when", Code::InvalidDate),
                ("/items/0/count", Code::InvalidValue),
                ("/items/1/count", Code::WrongType),
                ("/items/2/count", Code::WrongType),
                ("/open", Code::WrongType),
            ]
        );
        assert_eq!(recovered.patched.len(), 6);
        assert!(!recovered.stopped);
        // The stand-ins of the error-collecting decoder.
        assert_eq!(form.name, "");
        assert_eq!(form.when, NaiveDate::from_ymd_opt(2000, 1, 1));
        assert_eq!(form.items, [0, 0, 0].map(|count| Item { count }));
        assert!(!form.open);
        // A problem it does not recover from fails the decoding as before.
        assert!(recovering::<Form>(br#"{"name": "a", "z": 1}"#).is_err());
        assert!(recovering::<Form>(br#"{"items": [{"count": "x"}]}"#).is_err());
        // A clean document reports nothing.
        assert!(matches!(
            recovering::<Form>(br#"{"name": "a"}"#),
            Ok(Direct::Clean(_))
        ));
    }
}
