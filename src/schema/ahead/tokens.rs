//! The form in which the schemas made ahead are built into the library: each JSON value as
//! little-endian 32-bit words, its texts in one pool and its objects' shapes (their keys) in one
//! table, both shared by every schema.
//!
//! Why: reading the JSON text back (serde_json's parser: string scanning and unescaping, number
//! parsing) cost more than twice the building of the values themselves, and the first call of a
//! process paid it. In this form a text is an offset into the pool, a number its bits, an
//! array states its length first and an object names its shape, so the reader only allocates
//! and copies (see `ahead::Reader`). Why shapes: serde_json's map hashes each key it inserts
//! (SipHash), but copies a map's hashes when it is cloned; the catalogue's 3,858 objects have
//! only 162 shapes (800 keys against 11,812), so the reader clones a shape made once per
//! process and fills in its values.
//!
//! This file is shared: `build.rs` includes it to write the words of `src/schema/ahead/*.json`
//! into `OUT_DIR`, and the library includes it for the tags and, in its tests, the writer.
//!
//! A value is a head word, the tag in its low [`TAG_BITS`] bits and a count or length above:
//! - [`NULL`], [`FALSE`], [`TRUE`]: the head alone;
//! - [`STRING`]: the text's length in bytes, then one word, its offset in the pool;
//! - [`ARRAY`]: the number of items, then each item;
//! - [`OBJECT`]: the index of its shape, then each member's value in the shape's order; the
//!   shapes are one [`ARRAY`] of [`ARRAY`]s of keys ([`Writer::shapes`]);
//! - [`UNSIGNED`], [`SIGNED`], [`FLOAT`]: then two words, the low and high halves of the `u64`,
//!   `i64` or `f64` bits.

use std::collections::HashMap;

use serde_json::Value;

/// `null`.
pub(crate) const NULL: u32 = 0;
/// `false`.
pub(crate) const FALSE: u32 = 1;
/// `true`.
pub(crate) const TRUE: u32 = 2;
/// A text: its length, then its offset in the pool.
pub(crate) const STRING: u32 = 3;
/// An array: its number of items, then the items.
pub(crate) const ARRAY: u32 = 4;
/// An object: its shape, then each member's value.
pub(crate) const OBJECT: u32 = 5;
/// A number that fits a `u64`.
pub(crate) const UNSIGNED: u32 = 6;
/// A negative number that fits an `i64`.
pub(crate) const SIGNED: u32 = 7;
/// Any other number, as an `f64`.
pub(crate) const FLOAT: u32 = 8;
/// The bits of a head word that hold its tag.
pub(crate) const TAG_BITS: u32 = 4;

/// Writes values as words, with their texts in one pool: each distinct text once, so that the
/// keywords every node repeats (`type`, `title`…) cost one word each.
#[derive(Debug, Default)]
// The library itself only reads; it writes in its tests (build.rs writes the real thing).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct Writer {
    /// The pool: every distinct text, one after the other.
    pool: String,
    /// Each text's offset in the pool.
    offsets: HashMap<String, u32>,
    /// Every distinct object shape (its keys in order) and its index.
    shapes: HashMap<Vec<String>, u32>,
}

#[cfg_attr(not(test), allow(dead_code))]
impl Writer {
    /// The words of `value` (its texts added to the pool).
    pub(crate) fn words(&mut self, value: &Value) -> Vec<u8> {
        let mut out = Vec::new();
        self.value(value, &mut out);
        out
    }

    /// The words of the shapes of every object written so far, as an array of arrays of keys
    /// (their texts added to the pool: write the pool after them).
    pub(crate) fn shapes(&mut self) -> Vec<u8> {
        let mut shapes: Vec<(&Vec<String>, &u32)> = self.shapes.iter().collect();
        shapes.sort_by_key(|(_, index)| **index);
        let table = Value::Array(
            shapes
                .into_iter()
                .map(|(keys, _)| keys.iter().map(|key| Value::from(key.as_str())).collect())
                .collect(),
        );
        self.words(&table)
    }

    /// The pool of every text written so far.
    pub(crate) fn pool(&self) -> &str {
        &self.pool
    }

    fn value(&mut self, value: &Value, out: &mut Vec<u8>) {
        match value {
            Value::Null => head(out, NULL, 0),
            Value::Bool(false) => head(out, FALSE, 0),
            Value::Bool(true) => head(out, TRUE, 0),
            Value::String(text) => self.text(text, out),
            Value::Array(items) => {
                head(out, ARRAY, items.len());
                items.iter().for_each(|item| self.value(item, out));
            }
            Value::Object(members) => {
                let keys: Vec<String> = members.keys().cloned().collect();
                let next = self.shapes.len();
                let shape = *self
                    .shapes
                    .entry(keys)
                    .or_insert_with(|| u32::try_from(next).expect("fewer than 4 G shapes"));
                head(out, OBJECT, shape as usize);
                members.values().for_each(|member| self.value(member, out));
            }
            Value::Number(number) => {
                let (tag, bits) = if let Some(n) = number.as_u64() {
                    (UNSIGNED, n)
                } else if let Some(n) = number.as_i64() {
                    (SIGNED, n as u64)
                } else {
                    let n = number
                        .as_f64()
                        .expect("a JSON number is a u64, an i64 or an f64");
                    (FLOAT, n.to_bits())
                };
                head(out, tag, 0);
                word(out, bits as u32);
                word(out, (bits >> 32) as u32);
            }
        }
    }

    fn text(&mut self, text: &str, out: &mut Vec<u8>) {
        let offset = match self.offsets.get(text) {
            Some(&offset) => offset,
            None => {
                let offset = u32::try_from(self.pool.len()).expect("a pool under 4 GiB");
                self.pool.push_str(text);
                self.offsets.insert(text.to_owned(), offset);
                offset
            }
        };
        head(out, STRING, text.len());
        word(out, offset);
    }
}

/// A head word: `tag` and the count or length `n`.
#[cfg_attr(not(test), allow(dead_code))]
fn head(out: &mut Vec<u8>, tag: u32, n: usize) {
    let n = u32::try_from(n)
        .ok()
        .filter(|n| n >> (32 - TAG_BITS) == 0)
        .expect("a count or length that fits beside the tag");
    word(out, tag | n << TAG_BITS);
}

#[cfg_attr(not(test), allow(dead_code))]
fn word(out: &mut Vec<u8>, word: u32) {
    out.extend_from_slice(&word.to_le_bytes());
}
