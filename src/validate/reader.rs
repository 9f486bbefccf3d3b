//! A pull reader over the bytes of a JSON document that serde_json has already accepted: what
//! the error-collecting decoder reads in place of a parsed tree.
//!
//! The decoder asks for one token at a time — the JSON type of the next value, a string
//! (borrowed from the input unless it has escapes), a number, the members of an object — so the
//! document is never held twice. Its syntax has been checked by serde_json first (so every
//! `invalid_json` finding keeps serde_json's line, column and words), and the reader still
//! never panics on bytes that are not JSON: it reads them as the end of the value.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

/// The JSON type of a value, known from its first byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    Str,
    /// An array.
    Array,
    /// An object.
    Object,
}

/// A position in the document's bytes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, pos: 0 }
    }

    /// A reader at the byte offset `pos` of the same document.
    pub(crate) fn at(&self, pos: usize) -> Self {
        Reader {
            bytes: self.bytes,
            pos,
        }
    }

    /// The offset of the next value (after white space): the key of what a walk learns about
    /// a value.
    pub(crate) fn value_start(&mut self) -> usize {
        self.skip_space();
        self.pos
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    /// The JSON type of the next value; `None` at the end of the input.
    pub(crate) fn peek(&mut self) -> Option<Kind> {
        self.skip_space();
        Some(match self.bytes.get(self.pos)? {
            b'n' => Kind::Null,
            b't' | b'f' => Kind::Bool,
            b'"' => Kind::Str,
            b'[' => Kind::Array,
            b'{' => Kind::Object,
            b'-' | b'0'..=b'9' => Kind::Number,
            _ => return None,
        })
    }

    /// `true` for the values forms send for a cleared input (`null`, `""`): absent members.
    pub(crate) fn is_absent(&mut self) -> bool {
        self.skip_space();
        let rest = self.bytes.get(self.pos..).unwrap_or_default();
        rest.starts_with(b"null") || rest.starts_with(b"\"\"")
    }

    /// Reads a literal (`null`, `true`, `false`); `true` only for `true`.
    pub(crate) fn literal(&mut self) -> bool {
        let start = self.value_start();
        self.skip_token();
        self.bytes.get(start) == Some(&b't')
    }

    /// Skips a number or a literal: up to the next delimiter.
    fn skip_token(&mut self) {
        while let Some(b) = self.bytes.get(self.pos) {
            if matches!(
                b,
                b' ' | b'\t' | b'\n' | b'\r' | b',' | b'}' | b']' | b':' | b'"' | b'[' | b'{'
            ) {
                break;
            }
            self.pos += 1;
        }
    }

    /// Reads a number as serde_json reads it (plain integers without its help).
    pub(crate) fn number(&mut self) -> Option<serde_json::Number> {
        let start = self.value_start();
        self.skip_token();
        let token = self.bytes.get(start..self.pos)?;
        let (negative, digits) = match token {
            [b'-', digits @ ..] => (true, digits),
            digits => (false, digits),
        };
        // Up to 18 digits always fit; serde_json reads `-0` as a float, so it is left to it.
        if !digits.is_empty()
            && digits.len() <= 18
            && digits.iter().all(u8::is_ascii_digit)
            && !(negative && digits.iter().all(|&d| d == b'0'))
        {
            let value = digits
                .iter()
                .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
            return Some(if negative {
                (-value).into()
            } else {
                value.unsigned_abs().into()
            });
        }
        serde_json::from_slice(token).ok()
    }

    /// Reads a string: borrowed from the input unless it has escapes.
    pub(crate) fn string(&mut self) -> Option<Cow<'a, str>> {
        let start = self.value_start();
        let (end, escaped) = self.string_end(start)?;
        self.pos = end;
        let token = self.bytes.get(start..end)?;
        if escaped {
            serde_json::from_slice::<String>(token).ok().map(Cow::Owned)
        } else {
            std::str::from_utf8(token.get(1..token.len() - 1)?)
                .ok()
                .map(Cow::Borrowed)
        }
    }

    /// The offset just past the string opening at `start`, and whether it has escapes.
    fn string_end(&self, start: usize) -> Option<(usize, bool)> {
        if self.bytes.get(start) != Some(&b'"') {
            return None;
        }
        let mut i = start + 1;
        let mut escaped = false;
        loop {
            i += quote_or_backslash(self.bytes.get(i..)?)?;
            if self.bytes[i] == b'\\' {
                escaped = true;
                i += 2;
            } else {
                return Some((i + 1, escaped));
            }
        }
    }

    /// Steps into the array or object that starts here.
    pub(crate) fn open(&mut self) {
        self.skip_space();
        self.pos += 1;
    }

    /// Moves to the next element of the array being read (`first` after the opening
    /// bracket); `false`, past the closing bracket, when there is none.
    pub(crate) fn next_element(&mut self, first: &mut bool) -> bool {
        self.skip_space();
        match self.bytes.get(self.pos) {
            Some(b']') | None => {
                self.pos += 1;
                false
            }
            Some(b',') if !*first => {
                self.pos += 1;
                true
            }
            Some(_) if *first => {
                *first = false;
                true
            }
            Some(_) => false,
        }
    }

    /// Reads the key of the next member of the object being read (`first` after the opening
    /// brace) and the colon after it; `None`, past the closing brace, when there is none.
    pub(crate) fn next_key(&mut self, first: &mut bool) -> Option<Cow<'a, str>> {
        self.skip_space();
        match self.bytes.get(self.pos) {
            Some(b'}') | None => {
                self.pos += 1;
                return None;
            }
            Some(b',') if !*first => self.pos += 1,
            Some(b'"') if *first => *first = false,
            Some(_) => return None,
        }
        let key = self.string()?;
        self.skip_space();
        if self.bytes.get(self.pos) == Some(&b':') {
            self.pos += 1;
        }
        Some(key)
    }

    /// Skips the next value, however deeply nested (without recursion).
    pub(crate) fn skip_value(&mut self) {
        let mut depth = 0usize;
        loop {
            self.skip_space();
            match self.bytes.get(self.pos) {
                None => return,
                Some(b'"') => match self.string_end(self.pos) {
                    Some((end, _)) => self.pos = end,
                    None => {
                        self.pos = self.bytes.len();
                        return;
                    }
                },
                Some(b'[' | b'{') => {
                    depth += 1;
                    self.pos += 1;
                    continue;
                }
                Some(b']' | b'}') => {
                    depth = depth.saturating_sub(1);
                    self.pos += 1;
                }
                Some(b',' | b':') => {
                    self.pos += 1;
                    continue;
                }
                Some(_) => self.skip_token(),
            }
            if depth == 0 {
                return;
            }
        }
    }

    /// Whether the object that starts here has exactly one member.
    pub(crate) fn has_one_member(&self) -> bool {
        let mut look = *self;
        look.open();
        let mut first = true;
        if look.next_key(&mut first).is_none() {
            return false;
        }
        look.skip_value();
        look.next_key(&mut first).is_none()
    }

    /// The offset of the value of the first member named `key` of the object that starts here.
    pub(crate) fn member_value(&self, key: &str) -> Option<usize> {
        let mut look = *self;
        if look.peek() != Some(Kind::Object) {
            return None;
        }
        look.open();
        let mut first = true;
        while let Some(name) = look.next_key(&mut first) {
            let at = look.value_start();
            if name == key {
                return Some(at);
            }
            look.skip_value();
        }
        None
    }

    /// The value here as compact JSON, cut after `max` characters: a value of megabytes costs
    /// little more than a short one. Values for which `marked` is true show as `null`; a string
    /// at the top is shown as it is, without quotes.
    pub(crate) fn preview(&self, max: usize, marked: &dyn Fn(usize) -> bool) -> String {
        let mut out = Preview {
            text: String::new(),
            left: max,
        };
        // `Preview` stops writing once full; the error only says so.
        let _ = self.at(self.pos).write_json(&mut out, true, marked);
        out.text
    }

    fn write_json(
        &mut self,
        out: &mut Preview,
        top: bool,
        marked: &dyn Fn(usize) -> bool,
    ) -> fmt::Result {
        let at = self.value_start();
        if marked(at) {
            self.skip_value();
            return out.write_str("null");
        }
        match self.peek() {
            None | Some(Kind::Null) => {
                self.skip_token();
                out.write_str("null")
            }
            Some(Kind::Bool) => out.write_str(if self.literal() { "true" } else { "false" }),
            Some(Kind::Number) => match self.number() {
                Some(n) => write!(out, "{n}"),
                None => out.write_str("null"),
            },
            Some(Kind::Str) => {
                let text = self.string().unwrap_or_default();
                if top {
                    out.write_str(&text)
                } else {
                    out.write_quoted(&text)
                }
            }
            Some(Kind::Array) => {
                self.open();
                out.write_str("[")?;
                let (mut first, mut opening) = (true, true);
                while self.next_element(&mut first) {
                    if !std::mem::take(&mut opening) {
                        out.write_str(",")?;
                    }
                    self.write_json(out, false, marked)?;
                }
                out.write_str("]")
            }
            Some(Kind::Object) => {
                self.open();
                out.write_str("{")?;
                let (mut first, mut opening) = (true, true);
                while let Some(key) = self.next_key(&mut first) {
                    if !std::mem::take(&mut opening) {
                        out.write_str(",")?;
                    }
                    out.write_quoted(&key)?;
                    out.write_str(":")?;
                    self.write_json(out, false, marked)?;
                }
                out.write_str("}")
            }
        }
    }
}

/// The index of the first `"` or `\\` in `bytes`, eight bytes at a time (texts are most of a
/// document's bytes).
fn quote_or_backslash(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Whether some byte of `word` is zero (the classic bit trick, no false negatives).
    let has_zero = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS != 0;
    let mut chunks = bytes.chunks_exact(8);
    let mut skipped = 0;
    for chunk in chunks.by_ref() {
        let word = u64::from_ne_bytes(chunk.try_into().ok()?);
        if has_zero(word ^ (ONES * u64::from(b'"'))) || has_zero(word ^ (ONES * u64::from(b'\\'))) {
            break;
        }
        skipped += 8;
    }
    bytes[skipped..]
        .iter()
        .position(|&b| b == b'"' || b == b'\\')
        .map(|at| skipped + at)
}

/// A writer that keeps at most `left` characters.
struct Preview {
    text: String,
    left: usize,
}

impl Preview {
    /// Writes `s` as a JSON string, escaped as serde_json escapes it (only what can show).
    fn write_quoted(&mut self, s: &str) -> fmt::Result {
        self.write_str("\"")?;
        for c in s.chars() {
            match c {
                '"' => self.write_str("\\\"")?,
                '\\' => self.write_str("\\\\")?,
                '\u{8}' => self.write_str("\\b")?,
                '\u{c}' => self.write_str("\\f")?,
                '\n' => self.write_str("\\n")?,
                '\r' => self.write_str("\\r")?,
                '\t' => self.write_str("\\t")?,
                c if u32::from(c) < 0x20 => write!(self, "\\u{:04x}", u32::from(c))?,
                c => self.write_char(c)?,
            }
        }
        self.write_str("\"")
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn reader(text: &str) -> Reader<'_> {
        Reader::new(text.as_bytes())
    }

    #[test]
    fn reads_tokens_borrowing_strings_without_escapes() {
        let mut r = reader(r#" {"a" : [1, -2, 3.5, "x", "y\n", true, null], "b":{}} "#);
        assert_eq!(r.peek(), Some(Kind::Object));
        r.open();
        let mut first = true;
        assert_eq!(r.next_key(&mut first).as_deref(), Some("a"));
        r.open();
        let mut items = true;
        let mut seen = Vec::new();
        while r.next_element(&mut items) {
            seen.push(match r.peek() {
                Some(Kind::Number) => r.number().unwrap().to_string(),
                Some(Kind::Str) => {
                    let s = r.string().unwrap();
                    format!("{}:{s:?}", matches!(s, Cow::Borrowed(_)))
                }
                Some(Kind::Bool | Kind::Null) => r.literal().to_string(),
                other => format!("{other:?}"),
            });
        }
        assert_eq!(
            seen,
            [
                "1",
                "-2",
                "3.5",
                "true:\"x\"",
                "false:\"y\\n\"",
                "true",
                "false"
            ]
        );
        assert_eq!(r.next_key(&mut first).as_deref(), Some("b"));
        r.skip_value();
        assert_eq!(r.next_key(&mut first), None);
        assert_eq!(r.peek(), None);
    }

    #[test]
    fn numbers_read_as_serde_json_reads_them() {
        for text in [
            "0",
            "-0",
            "7",
            "-7",
            "123456789012345678",
            "-123456789012345678",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "1e3",
            "2.50",
            "-0.0",
        ] {
            let expected: serde_json::Number = serde_json::from_str(text).unwrap();
            assert_eq!(reader(text).number(), Some(expected), "{text}");
        }
    }

    #[test]
    fn previews_match_serde_json_compact_output() {
        let text = r#"{"b" : 1, "a":"x\u0001\"" , "c": [true, null, {"d": [ ]}, 1.5e2]}"#;
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        let full = reader(text).preview(1000, &|_| false);
        assert_eq!(full, serde_json::to_string(&value).unwrap());
        assert_eq!(reader(text).preview(11, &|_| false), &full[..11]);
        assert_eq!(
            reader(r#" "top \"level\"" "#).preview(80, &|_| false),
            "top \"level\""
        );
        let marked = text.find('[').unwrap();
        assert_eq!(
            reader(text).preview(1000, &|at| at == marked),
            r#"{"b":1,"a":"x\u0001\"","c":null}"#
        );
    }

    #[test]
    fn lookahead_finds_members_and_counts_them() {
        let r = reader(r#"{"a": {"x": 1}, "b": 2, "a": 3}"#);
        assert_eq!(r.member_value("a"), Some(6));
        assert_eq!(r.member_value("b"), Some(21));
        assert_eq!(r.member_value("z"), None);
        assert!(!r.has_one_member());
        assert!(reader(r#"{"a": [1, {"b": 2}]}"#).has_one_member());
        assert!(!reader("{}").has_one_member());
    }

    #[test]
    fn the_word_scan_finds_what_the_byte_scan_finds() {
        let naive = |b: &[u8]| b.iter().position(|&c| c == b'"' || c == b'\\');
        for len in 0..40 {
            for at in 0..=len {
                for mark in [b'"', b'\\', b'x'] {
                    let mut bytes = "ă".repeat(len).into_bytes();
                    bytes.truncate(len);
                    if at < len {
                        bytes[at] = mark;
                    }
                    assert_eq!(quote_or_backslash(&bytes), naive(&bytes), "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn bytes_that_are_not_json_do_not_panic() {
        for text in [
            "", "\"", "\"\\", "{", "[", "{\"a\"", "[1,", "}", "x", "{\"a\":}",
        ] {
            let mut r = reader(text);
            let _ = r.peek();
            let _ = r.string();
            let _ = r.number();
            r.skip_value();
            let _ = reader(text).preview(80, &|_| false);
            let _ = reader(text).has_one_member();
            let _ = reader(text).member_value("a");
        }
    }
}
