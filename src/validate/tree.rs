//! The parsed document the error-collecting decoder walks: a JSON tree that keeps members in
//! document order, keeps repeated keys (so they can be reported) and borrows its strings from
//! the input where it can.
//!
//! It is built once per document, and only for documents that did not decode directly.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::validate::Violation;

/// A JSON value of the document, or a mark the decoder left in place of one.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as serde_json reads it.
    Number(serde_json::Number),
    /// A string.
    Str(Cow<'a, str>),
    /// An array.
    Array(Vec<Node<'a>>),
    /// An object, members in document order, repeated keys kept.
    Object(Vec<(Cow<'a, str>, Node<'a>)>),
    /// A value that could not be decoded: its problem is reported again on every pass and a
    /// stand-in takes its place.
    Stub(Box<Violation>),
    /// An object member taken out: its problem is reported again on every pass.
    Removed(Box<Violation>),
}

impl Node<'_> {
    /// `true` for the values forms send for a cleared input (`null`, `""`): absent members.
    pub(crate) fn is_absent(&self) -> bool {
        match self {
            Node::Null => true,
            Node::Str(s) => s.is_empty(),
            _ => false,
        }
    }

    /// The value as JSON text, cut after `max` characters (a value of megabytes costs no more
    /// than a short one).
    pub(crate) fn preview(&self, max: usize) -> String {
        let mut out = Preview {
            text: String::new(),
            left: max,
        };
        // `Preview` stops writing once full; the error only says so.
        let _ = self.write_json(&mut out, true);
        out.text
    }

    fn write_json(&self, out: &mut Preview, top: bool) -> fmt::Result {
        match self {
            Node::Null | Node::Stub(_) | Node::Removed(_) => out.write_str("null"),
            Node::Bool(b) => out.write_str(if *b { "true" } else { "false" }),
            Node::Number(n) => write!(out, "{n}"),
            // A string at the top is shown as is, as the old decoder did; inside, quoted.
            Node::Str(s) if top => out.write_str(s),
            Node::Str(s) => write!(out, "{}", serde_json::Value::String(s.to_string())),
            Node::Array(items) => {
                out.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.write_str(",")?;
                    }
                    item.write_json(out, false)?;
                }
                out.write_str("]")
            }
            Node::Object(members) => {
                out.write_str("{")?;
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.write_str(",")?;
                    }
                    write!(out, "{}:", serde_json::Value::String(key.to_string()))?;
                    value.write_json(out, false)?;
                }
                out.write_str("}")
            }
        }
    }
}

impl<'a> Node<'a> {
    /// The node at `steps` below this one.
    pub(crate) fn at_mut(&mut self, steps: &[Step]) -> Option<&mut Node<'a>> {
        let mut node = self;
        for step in steps {
            node = match (node, step) {
                (Node::Object(members), Step::Key(key)) => {
                    // The first member of that name is the one the decoder read.
                    &mut members.iter_mut().find(|(k, _)| k == key)?.1
                }
                (Node::Array(items), Step::Index(i)) => items.get_mut(*i)?,
                _ => return None,
            };
        }
        Some(node)
    }
}

impl From<serde_json::Value> for Node<'static> {
    fn from(value: serde_json::Value) -> Self {
        use serde_json::Value;
        match value {
            Value::Null => Node::Null,
            Value::Bool(b) => Node::Bool(b),
            Value::Number(n) => Node::Number(n),
            Value::String(s) => Node::Str(Cow::Owned(s)),
            Value::Array(items) => Node::Array(items.into_iter().map(Node::from).collect()),
            Value::Object(map) => Node::Object(
                map.into_iter()
                    .map(|(k, v)| (Cow::Owned(k), Node::from(v)))
                    .collect(),
            ),
        }
    }
}

/// One step of a path into the tree, owned (kept across passes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    /// An object member.
    Key(String),
    /// An array element.
    Index(usize),
}

/// A writer that keeps at most `left` characters.
struct Preview {
    text: String,
    left: usize,
}

impl fmt::Write for Preview {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for c in s.chars() {
            if self.left == 0 {
                return Err(fmt::Error);
            }
            self.text.push(c);
            self.left -= 1;
        }
        Ok(())
    }
}

/// Parses a JSON document into a tree, borrowing strings without escapes from `bytes`.
pub(crate) fn parse(bytes: &[u8]) -> Result<Node<'_>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let node = Node::deserialize(&mut de)?;
    de.end()?;
    Ok(node)
}

impl<'de> Deserialize<'de> for Node<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Node<'de>, E> {
        Ok(Node::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node<'de>, E> {
        Ok(Node::Bool(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node<'de>, E> {
        Ok(Node::Number(v.into()))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node<'de>, E> {
        Ok(Node::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node<'de>, E> {
        serde_json::Number::from_f64(v)
            .map(Node::Number)
            .ok_or_else(|| E::custom("a number that is not finite"))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Node<'de>, E> {
        Ok(Node::Str(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node<'de>, E> {
        Ok(Node::Str(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Node<'de>, E> {
        Ok(Node::Str(Cow::Owned(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'de>, A::Error> {
        let mut members = Vec::new();
        while let Some(Key(key)) = map.next_key()? {
            members.push((key, map.next_value()?));
        }
        Ok(Node::Object(members))
    }
}

/// An object key, borrowed from the input when it has no escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_repeats_and_borrows() {
        let text = br#"{"b":1,"a":"x","b":[true,null,"y\n"]}"#;
        let node = parse(text).unwrap();
        let Node::Object(members) = &node else {
            panic!("not an object")
        };
        let keys: Vec<&str> = members.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["b", "a", "b"]);
        assert!(matches!(&members[1].1, Node::Str(Cow::Borrowed("x"))));
        assert_eq!(node.preview(11), r#"{"b":1,"a":"#);
        assert_eq!(
            node.preview(1000),
            r#"{"b":1,"a":"x","b":[true,null,"y\n"]}"#
        );
    }
}
