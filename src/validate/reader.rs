//! A pull reader over the bytes of a JSON document: what the error-collecting decoder reads in
//! place of a parsed tree.
//!
//! The decoder asks for one token at a time — the JSON type of the next value, a string
//! (borrowed from the input unless it has escapes), a number, the members of an object — so the
//! document is never held twice. The reader checks the syntax as it goes, exactly as serde_json
//! reads it (white space, strings without control characters and in UTF-8, escapes and numbers
//! other than plain integers handed to serde_json itself, literals, commas and colons, brackets
//! that match, at most [`MAX_OPEN`] arrays and objects open at once), and remembers whether it
//! met anything else ([`is_sure`](Reader::is_sure)): the decoder's caller asks serde_json to check
//! the syntax only then, so every `invalid_json` finding keeps serde_json's line, column and
//! words while a well-formed document is read once. On bytes that are not JSON the reader never
//! panics: it reads them as the end of the value.

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

/// The most arrays and objects open at once that serde_json reads: its recursion limit (128)
/// refuses the 128th.
pub(crate) const MAX_OPEN: usize = 127;

/// A position in the document's bytes, with the arrays and objects open there.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    /// The same bytes as text when they are UTF-8 as a whole (checked once, with SIMD): a
    /// string is then sliced out of it without checking its UTF-8 again (empty otherwise).
    text: &'a str,
    pos: usize,
    /// How many arrays and objects are open.
    depth: usize,
    /// Which of them are objects: bit `i` for the one opened `i + 1`-th.
    objects: u128,
    /// `false` once the reader met a byte that serde_json would refuse.
    sure: bool,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        let text = simdutf8::basic::from_utf8(bytes).unwrap_or_default();
        Reader {
            bytes,
            text,
            pos: 0,
            depth: 0,
            objects: 0,
            sure: true,
        }
    }

    /// A reader at the byte offset `pos` of the same document, inside the same arrays and
    /// objects (`pos` is where a value starts at this depth).
    pub(crate) fn at(&self, pos: usize) -> Self {
        Reader { pos, ..*self }
    }

    /// Whether every byte read so far is JSON as serde_json reads it.
    pub(crate) fn is_sure(&self) -> bool {
        self.sure
    }

    /// Whether the whole document has been read: its one value closed, nothing after it but
    /// white space.
    pub(crate) fn at_end(&mut self) -> bool {
        self.skip_space();
        self.depth == 0 && self.pos == self.bytes.len()
    }

    /// Notes a byte serde_json would refuse.
    fn refuse(&mut self) {
        self.sure = false;
    }

    /// Whether the innermost open value is an object.
    fn in_object(&self) -> bool {
        self.depth > 0 && (self.objects >> (self.depth - 1)) & 1 == 1
    }

    /// Steps past the opening bracket or brace here. Past [`MAX_OPEN`], the rest of the
    /// document is read as its end (serde_json refuses it; the decoder recurses no deeper).
    fn push(&mut self, object: bool) {
        self.pos += 1;
        if self.depth >= MAX_OPEN {
            self.refuse();
            self.pos = self.bytes.len();
            return;
        }
        let bit = 1u128 << self.depth;
        self.objects = if object {
            self.objects | bit
        } else {
            self.objects & !bit
        };
        self.depth += 1;
    }

    /// Steps past the closing bracket (`object`: brace) here.
    fn pop(&mut self, object: bool) {
        self.pos += 1;
        if self.depth == 0 || self.in_object() != object {
            self.refuse();
            return;
        }
        self.depth -= 1;
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
        let kind = match self.bytes.get(self.pos) {
            Some(b'n') => Kind::Null,
            Some(b't' | b'f') => Kind::Bool,
            Some(b'"') => Kind::Str,
            Some(b'[') => Kind::Array,
            Some(b'{') => Kind::Object,
            Some(b'-' | b'0'..=b'9') => Kind::Number,
            _ => {
                // A value is asked for where none starts.
                self.refuse();
                return None;
            }
        };
        Some(kind)
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
        let token = self.bytes.get(start..self.pos).unwrap_or_default();
        if !matches!(token, b"null" | b"true" | b"false") {
            self.refuse();
        }
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
        let token = self.bytes.get(start..self.pos).unwrap_or_default();
        let (negative, digits) = match token {
            [b'-', digits @ ..] => (true, digits),
            digits => (false, digits),
        };
        // Up to 18 digits always fit; serde_json reads `-0` as a float, and refuses a leading
        // zero, so those are left to it.
        if !digits.is_empty()
            && digits.len() <= 18
            && digits.iter().all(u8::is_ascii_digit)
            && (digits.len() == 1 || digits[0] != b'0')
            && !(negative && digits == b"0")
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
        let read = serde_json::from_slice(token).ok();
        if read.is_none() {
            self.refuse();
        }
        read
    }

    /// Reads a string: borrowed from the input unless it has escapes.
    pub(crate) fn string(&mut self) -> Option<Cow<'a, str>> {
        let start = self.value_start();
        let read = self.read_string(start);
        if read.is_none() {
            self.refuse();
        }
        read
    }

    fn read_string(&mut self, start: usize) -> Option<Cow<'a, str>> {
        let end = self.string_end(start)?;
        self.pos = end.end;
        let token = self.bytes.get(start..end.end)?;
        if end.escaped {
            // serde_json reads escapes (and refuses control characters and bad UTF-8 with them).
            serde_json::from_slice::<String>(token).ok().map(Cow::Owned)
        } else if end.control {
            None
        } else {
            self.text_between(start + 1, end.end - 1).map(Cow::Borrowed)
        }
    }

    /// The text of `bytes[from..to]`, where both ends are next to an ASCII byte of the
    /// document (a quote): sliced out of the checked text, or checked now when the document as
    /// a whole is not UTF-8.
    fn text_between(&self, from: usize, to: usize) -> Option<&'a str> {
        if self.text.len() == self.bytes.len() {
            // Both ends sit next to a quote, so they are character boundaries: `get` is O(1).
            self.text.get(from..to)
        } else {
            std::str::from_utf8(self.bytes.get(from..to)?).ok()
        }
    }

    /// Reads past the string here, checking it as [`string`](Self::string) does without
    /// keeping it.
    fn skip_string(&mut self) {
        let start = self.pos;
        let Some(end) = self.string_end(start) else {
            self.refuse();
            self.pos = self.bytes.len();
            return;
        };
        self.pos = end.end;
        let sure = if end.escaped {
            self.bytes
                .get(start..end.end)
                .is_some_and(|token| serde_json::from_slice::<String>(token).is_ok())
        } else {
            !end.control && self.text_between(start + 1, end.end - 1).is_some()
        };
        if !sure {
            self.refuse();
        }
    }

    /// Where the string opening at `start` ends, and what it holds.
    fn string_end(&self, start: usize) -> Option<StringEnd> {
        if self.bytes.get(start) != Some(&b'"') {
            return None;
        }
        let mut i = start + 1;
        let (mut escaped, mut control) = (false, false);
        loop {
            i += quote_backslash_or_control(self.bytes.get(i..)?)?;
            match self.bytes[i] {
                b'\\' => {
                    escaped = true;
                    i += 2;
                }
                b'"' => {
                    return Some(StringEnd {
                        end: i + 1,
                        escaped,
                        control,
                    });
                }
                _ => {
                    control = true;
                    i += 1;
                }
            }
        }
    }

    /// Steps into the array or object that starts here.
    pub(crate) fn open(&mut self) {
        self.skip_space();
        let object = self.bytes.get(self.pos) == Some(&b'{');
        self.push(object);
    }

    /// Moves to the next element of the array being read (`first` after the opening
    /// bracket); `false`, past the closing bracket, when there is none.
    pub(crate) fn next_element(&mut self, first: &mut bool) -> bool {
        self.skip_space();
        match self.bytes.get(self.pos) {
            Some(b']') => {
                self.pop(false);
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
            // The end of the input, or no comma between two elements.
            _ => {
                self.refuse();
                false
            }
        }
    }

    /// Reads the key of the next member of the object being read (`first` after the opening
    /// brace) and the colon after it; `None`, past the closing brace, when there is none.
    pub(crate) fn next_key(&mut self, first: &mut bool) -> Option<Cow<'a, str>> {
        self.skip_space();
        match self.bytes.get(self.pos) {
            Some(b'}') => {
                self.pop(true);
                return None;
            }
            Some(b',') if !*first => self.pos += 1,
            Some(b'"') if *first => *first = false,
            // The end of the input, or no comma between two members.
            _ => {
                self.refuse();
                return None;
            }
        }
        self.skip_space();
        let key = self.string()?;
        self.colon();
        Some(key)
    }

    /// Steps past the colon after a key.
    fn colon(&mut self) {
        self.skip_space();
        if self.bytes.get(self.pos) == Some(&b':') {
            self.pos += 1;
        } else {
            self.refuse();
        }
    }

    /// Reads past the next value, however deeply nested (without recursion), checking it as
    /// the other readings do. At a byte serde_json would refuse it stops there.
    pub(crate) fn skip_value(&mut self) {
        self.skip_value_within(self.depth);
    }

    /// Reads from the start of a value to the end of the document — the value, then the rest
    /// of every array and object open around it — checking it as the other readings do:
    /// whether all of it is JSON as serde_json reads it, with nothing after it.
    pub(crate) fn read_to_end(&mut self) -> bool {
        self.skip_value_within(0);
        self.is_sure() && self.at_end()
    }

    /// Reads past the next value and on, past commas and closing brackets, until no more than
    /// `base` arrays and objects are open.
    fn skip_value_within(&mut self, base: usize) {
        loop {
            // A value starts here.
            match self.peek() {
                Some(Kind::Object) => {
                    self.push(true);
                    self.skip_space();
                    if self.bytes.get(self.pos) == Some(&b'}') {
                        self.pop(true);
                    } else {
                        if !self.skip_key() {
                            return;
                        }
                        continue;
                    }
                }
                Some(Kind::Array) => {
                    self.push(false);
                    self.skip_space();
                    if self.bytes.get(self.pos) == Some(&b']') {
                        self.pop(false);
                    } else {
                        continue;
                    }
                }
                Some(Kind::Str) => self.skip_string(),
                Some(Kind::Number) => self.skip_number(),
                Some(Kind::Null | Kind::Bool) => {
                    self.literal();
                }
                None => return,
            }
            // A value ended: close what ends with it, or go on after a comma.
            loop {
                if self.depth <= base || !self.sure {
                    return;
                }
                self.skip_space();
                match self.bytes.get(self.pos) {
                    Some(b',') => {
                        self.pos += 1;
                        if self.in_object() && !self.skip_key() {
                            return;
                        }
                        break;
                    }
                    Some(b']') if !self.in_object() => self.pop(false),
                    Some(b'}') if self.in_object() => self.pop(true),
                    _ => {
                        self.refuse();
                        return;
                    }
                }
            }
        }
    }

    /// Reads past a key and its colon; `false` (refused) when there is none.
    fn skip_key(&mut self) -> bool {
        self.skip_space();
        if self.bytes.get(self.pos) != Some(&b'"') {
            self.refuse();
            return false;
        }
        self.skip_string();
        self.colon();
        self.sure
    }

    /// Reads past a number, checking it as [`number`](Self::number) does.
    fn skip_number(&mut self) {
        let start = self.pos;
        self.skip_token();
        let token = self.bytes.get(start..self.pos).unwrap_or_default();
        let digits = token.strip_prefix(b"-").unwrap_or(token);
        let plain = !digits.is_empty()
            && digits.len() <= 18
            && digits.iter().all(u8::is_ascii_digit)
            && (digits.len() == 1 || digits[0] != b'0');
        if !plain && serde_json::from_slice::<serde_json::Number>(token).is_err() {
            self.refuse();
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

/// Where a string ends, and what it holds.
struct StringEnd {
    /// The offset just past its closing quote.
    end: usize,
    /// It has escapes.
    escaped: bool,
    /// It has a control character (which JSON does not allow unescaped).
    control: bool,
}

/// The index of the first `"`, `\\` or control character (below U+0020) in `bytes`, eight bytes
/// at a time (texts are most of a document's bytes; most are shorter than a word, so the byte
/// is found in the word, not by a second look byte by byte).
fn quote_backslash_or_control(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    // The high bit of each byte of `word` that is zero (`zero`) or below 0x20 (`control`): the
    // classic bit tricks, exact up to the first such byte (a borrow can mark only bytes after
    // it), which is all that is looked at.
    let zero = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS;
    let control = |word: u64| word.wrapping_sub(ONES * 0x20) & !word & HIGHS;
    let mut chunks = bytes.chunks_exact(8);
    let mut skipped = 0;
    for chunk in chunks.by_ref() {
        let word = u64::from_le_bytes(chunk.try_into().ok()?);
        let stops = zero(word ^ (ONES * u64::from(b'"')))
            | zero(word ^ (ONES * u64::from(b'\\')))
            | control(word);
        if stops != 0 {
            // Little-endian: the first byte is the lowest.
            return Some(skipped + (stops.trailing_zeros() / 8) as usize);
        }
        skipped += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
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
        let naive = |b: &[u8]| b.iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20);
        for len in 0..40 {
            for at in 0..=len {
                for mark in [b'"', b'\\', b'x', 0, b'\n', 0x1f, 0x20, 0x7f] {
                    let mut bytes = "ă".repeat(len).into_bytes();
                    bytes.truncate(len);
                    if at < len {
                        bytes[at] = mark;
                    }
                    assert_eq!(
                        quote_backslash_or_control(&bytes),
                        naive(&bytes),
                        "{bytes:?}"
                    );
                }
            }
        }
    }

    proptest::proptest! {
        /// Bytes near the ones looked for (and next to each other, where a borrow of the word
        /// tricks could mark a wrong byte): the word scan finds the first one, as a byte scan.
        #[test]
        fn the_word_scan_finds_the_first_stop_among_any_bytes(
            bytes in proptest::collection::vec(
                proptest::sample::select(vec![0u8, 1, 0x1f, 0x20, 0x21, b'"', b'#', b'[', b'\\', b']', 0x7f, 0x80, 0xa0, 0xc3, 0xff, b'a']),
                0..40,
            )
        ) {
            let naive = bytes.iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20);
            proptest::prop_assert_eq!(quote_backslash_or_control(&bytes), naive);
        }
    }

    /// Pieces of JSON and of what is not JSON, for the property tests.
    const PIECES: [&[u8]; 34] = [
        b"{",
        b"}",
        b"[",
        b"]",
        b",",
        b":",
        b" ",
        b"\t\r\n",
        b"\"a\"",
        b"\"\xc4\x83\"",
        b"\"\\n\"",
        b"\"\\u00e9\"",
        b"\"\\ud800\"",
        b"\"\\x\"",
        b"\"\x01\"",
        b"\"\xff\"",
        b"\"",
        b"\\",
        b"1",
        b"-0",
        b"01",
        b"-",
        b"1.5e3",
        b"1e999",
        b"1.",
        b"123456789012345678901",
        b"true",
        b"false",
        b"null",
        b"nul",
        b"nullx",
        b"x",
        b"\x00",
        b"\xc3",
    ];

    /// Whether the reader, skipping one value, reads all of `bytes` as JSON.
    fn reads_all(bytes: &[u8]) -> bool {
        let mut r = Reader::new(bytes);
        r.skip_value();
        r.is_sure() && r.at_end()
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(4000))]

        /// The reader accepts exactly what serde_json accepts (so the decoder may skip
        /// serde_json's own syntax pass when the reader read everything).
        #[test]
        fn the_reader_accepts_what_serde_json_accepts(
            picks in proptest::collection::vec(0..PIECES.len(), 0..24)
        ) {
            let bytes: Vec<u8> = picks.iter().flat_map(|&i| PIECES[i].iter().copied()).collect();
            let serde_json_reads = serde_json::from_slice::<serde_json::Value>(&bytes).is_ok();
            proptest::prop_assert_eq!(reads_all(&bytes), serde_json_reads, "{:?}", String::from_utf8_lossy(&bytes));
        }
    }

    #[test]
    fn the_reader_refuses_what_serde_json_refuses() {
        let refused: [&[u8]; 16] = [
            b"",
            b"[1,]",
            b"{\"a\":1,}",
            b"[1 2]",
            b"{\"a\" 1}",
            b"{\"a\":1 \"b\":2}",
            b"[}",
            b"{]",
            b"01",
            b"\"\x01\"",
            b"\"\xff\"",
            b"\"\\ud800\"",
            b"1e999",
            b"tru",
            b"[] []",
            b"{1:2}",
        ];
        for bytes in refused {
            assert!(serde_json::from_slice::<serde_json::Value>(bytes).is_err());
            assert!(!reads_all(bytes), "{:?}", String::from_utf8_lossy(bytes));
        }
        let depth = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        for n in [1, MAX_OPEN, MAX_OPEN + 1, 10_000] {
            let bytes = depth(n);
            let serde_json_reads =
                serde_json::from_slice::<serde_json::Value>(bytes.as_bytes()).is_ok();
            assert_eq!(serde_json_reads, n <= MAX_OPEN, "{n}");
            assert_eq!(reads_all(bytes.as_bytes()), serde_json_reads, "{n}");
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
