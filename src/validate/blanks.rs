//! Cleared form inputs: object members sent as `null` or `""` are absent.
//!
//! Forms send `null` or `""` for an input the user cleared. The direct decoding
//! ([`strict`](super::strict)) skips such members as it reads them; when it fails, they are
//! blanked out here — overwritten with spaces in a copy of the bytes, so every line and column
//! stays where it was — before the error-collecting decoder parses the document. A document
//! without them is not copied.

use std::borrow::Cow;
use std::ops::Range;

/// The document with every object member whose value is `null` or `""` blanked out (see the
/// module docs); the input itself when there is none, or when the input is not well-formed
/// around one (the parser then reports the input as it was sent).
pub(crate) fn blank_absent(bytes: &[u8]) -> Cow<'_, [u8]> {
    if !might_have_absent(bytes) {
        return Cow::Borrowed(bytes);
    }
    match blank(bytes) {
        Some(Some(copy)) => Cow::Owned(copy),
        _ => Cow::Borrowed(bytes),
    }
}

/// A quick look for `""` or `null` anywhere (inside texts too: it errs on the safe side).
fn might_have_absent(bytes: &[u8]) -> bool {
    memchr::memmem::find(bytes, b"\"\"").is_some() || memchr::memmem::find(bytes, b"null").is_some()
}

/// One open object or array.
struct Frame {
    object: bool,
    /// A key is expected next (after `{` or `,` in an object).
    expect_key: bool,
    /// A value was just completed (a `,` may follow).
    after_value: bool,
    /// The last `,` between two members of this object that is still in place.
    last_comma: Option<usize>,
}

impl Frame {
    /// Whether a value cannot start here: where a key is expected, or right after a value. A
    /// member is blanked from the last comma on, so whatever lies between them must have been
    /// refused here: blanking it out would make a document serde_json refuses well-formed.
    fn refuses_value(&self) -> bool {
        (self.object && self.expect_key) || self.after_value
    }
}

/// `None` when the input is not well-formed where it matters; `Some(None)` when nothing was
/// blanked.
fn blank(bytes: &[u8]) -> Option<Option<Vec<u8>>> {
    let mut copy: Option<Vec<u8>> = None;
    let mut clear = |range: Range<usize>| {
        copy.get_or_insert_with(|| bytes.to_vec())[range].fill(b' ');
    };
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            open @ (b'{' | b'[') => {
                if stack.last().is_some_and(Frame::refuses_value) {
                    return None;
                }
                stack.push(Frame {
                    object: open == b'{',
                    expect_key: open == b'{',
                    after_value: false,
                    last_comma: None,
                });
                i += 1;
            }
            b'}' | b']' => {
                stack.pop()?;
                if let Some(parent) = stack.last_mut() {
                    parent.after_value = true;
                }
                i += 1;
            }
            b',' => {
                let frame = stack.last_mut()?;
                if !frame.after_value {
                    return None;
                }
                frame.after_value = false;
                if frame.object {
                    frame.expect_key = true;
                    frame.last_comma = Some(i);
                }
                i += 1;
            }
            b'"' => {
                let end = string_end(bytes, i)?;
                let Some(frame) = stack.last_mut().filter(|f| f.object && f.expect_key) else {
                    if let Some(frame) = stack.last_mut() {
                        if frame.refuses_value() {
                            return None;
                        }
                        frame.after_value = true;
                    }
                    i = end;
                    continue;
                };
                frame.expect_key = false;
                let key = &bytes[i + 1..end - 1];
                let colon = skip_space(bytes, end);
                if bytes.get(colon) != Some(&b':') {
                    return None;
                }
                let value = skip_space(bytes, colon + 1);
                let rest = &bytes[value..];
                let value_end = if rest.starts_with(b"null") {
                    value + 4
                } else if rest.starts_with(b"\"\"") {
                    value + 2
                } else {
                    i = value;
                    continue;
                };
                // A key with escapes or control characters is left to the parser to judge.
                if key.iter().any(|&b| b == b'\\' || b < 0x20) || std::str::from_utf8(key).is_err()
                {
                    i = value;
                    continue;
                }
                let next = skip_space(bytes, value_end);
                match bytes.get(next) {
                    Some(b',') if bytes.get(skip_space(bytes, next + 1)) == Some(&b'"') => {
                        clear(i..next + 1);
                        frame.expect_key = true;
                        i = next + 1;
                    }
                    Some(b'}') => {
                        clear(frame.last_comma.unwrap_or(i)..value_end);
                        frame.last_comma = None;
                        i = value_end;
                    }
                    _ => return None,
                }
            }
            _ => {
                // A number or a literal: up to the next delimiter.
                let frame_after = stack.last_mut();
                if frame_after.as_deref().is_some_and(Frame::refuses_value) {
                    return None;
                }
                let start = i;
                while i < bytes.len()
                    && !matches!(
                        bytes[i],
                        b' ' | b'\t'
                            | b'\n'
                            | b'\r'
                            | b','
                            | b'}'
                            | b']'
                            | b'"'
                            | b'{'
                            | b'['
                            | b':'
                    )
                {
                    i += 1;
                }
                if i == start {
                    return None;
                }
                if let Some(frame) = frame_after {
                    frame.after_value = true;
                }
            }
        }
    }
    stack.is_empty().then_some(copy)
}

/// The index just past the string that opens at `start`.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    loop {
        // `get`: an escape at the very end leaves `i` one past the bytes (input `"\`).
        let at = bytes
            .get(i..)?
            .iter()
            .position(|&b| b == b'"' || b == b'\\')?;
        i += at;
        if bytes[i] == b'\\' {
            i += 2;
        } else {
            return Some(i + 1);
        }
    }
}

fn skip_space(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(s: &str) -> String {
        String::from_utf8(blank_absent(s.as_bytes()).into_owned()).unwrap()
    }

    #[test]
    fn a_string_cut_after_its_escape_is_refused_without_a_panic() {
        // Found by `arbitrary_json_never_panics`: the escape's `i += 2` stepped past the end.
        for s in ["\"\\", "\"¡\"\"\\", "{\"a\":\"\\", "[\"\",\"\\"] {
            assert_eq!(
                string_end(s.as_bytes(), s.rfind('"').unwrap()),
                None,
                "{s:?}"
            );
            assert!(
                matches!(blank_absent(s.as_bytes()), Cow::Borrowed(_)),
                "{s:?}"
            );
        }
    }

    #[test]
    fn cleared_members_become_spaces_in_place() {
        let cases = [
            (r#"{"a":1,"b":null,"c":""}"#, r#"{"a":1}"#),
            (r#"{"b":null,"c":"","a":1}"#, r#"{"a":1}"#),
            (r#"{"b":null}"#, r#"{}"#),
            (
                "{\"x\":{\"y\":\"\",\n \"z\":[null,\"\"]},\"w\":\"a\\\"\\\"\"}",
                r#"{"x":{"z":[null,""]},"w":"a\"\""}"#,
            ),
        ];
        for (input, expected) in cases {
            let out = blanked(input);
            assert_eq!(out.len(), input.len(), "{input}");
            assert_eq!(out.lines().count(), input.lines().count(), "{input}");
            let got: serde_json::Value = serde_json::from_str(&out).unwrap();
            let want: serde_json::Value = serde_json::from_str(expected).unwrap();
            assert_eq!(got, want, "{input} gave {out}");
        }
        assert_eq!(blanked(r#"{"b":null}"#), "{        }");
    }

    #[test]
    fn malformed_input_is_left_as_sent() {
        for input in [
            r#"{"a":null,}"#,
            r#"{,"a":null}"#,
            r#"{"a":null "b":1}"#,
            r#"{"a\x":null}"#,
            r#"{"a":nullx}"#,
            r#"{"a":null"#,
            r#"{"a":"b"}"#,
            // Found by the fuzz smoke: what lies between the last comma and a cleared member
            // was blanked out with it, so bytes serde_json refuses became a valid document.
            "{\"a\":1,\0\0\t\"b\":null}",
            r#"{"a":1, x "b":null}"#,
            r#"{"a":1, [] "b":null}"#,
            r#"{"a":1, {} "b":null}"#,
            r#"{"a":1, "c" "b":null}"#,
            r#"{"a":[1 2],"b":null}"#,
        ] {
            assert_eq!(blanked(input), input, "{input}");
        }
        assert!(matches!(blank_absent(br#"{"a":1}"#), Cow::Borrowed(_)));
    }

    /// Values of members, cleared or not.
    const VALUES: [&str; 6] = ["null", "\"\"", "1", "[]", "{\"c\":null}", "\"x\""];
    /// Bytes that have no place between members (or one where a value goes).
    const JUNK: [&str; 8] = ["x", "\u{0}", "1", "[]", "{}", "\"c\"", ",", ":"];

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(3000))]

        /// Blanking only ever removes whole members: an object with cleared members and a piece
        /// of junk put anywhere among its tokens is refused by serde_json after blanking
        /// exactly when it was before.
        #[test]
        fn blanking_never_makes_refused_bytes_valid(
            values in proptest::collection::vec(0..VALUES.len(), 1..6),
            junk in 0..JUNK.len(),
            at in 0usize..64,
            with_junk in proptest::bool::ANY,
        ) {
            let mut tokens = vec!["{"];
            for (n, &v) in values.iter().enumerate() {
                if n > 0 {
                    tokens.push(",");
                }
                tokens.extend([["\"a\"", "\"b\"", "\"d\""][n % 3], ":", VALUES[v]]);
            }
            tokens.push("}");
            if with_junk {
                tokens.insert(at % (tokens.len() + 1), JUNK[junk]);
            }
            let text = tokens.join(" ");
            let out = blank_absent(text.as_bytes());
            proptest::prop_assert_eq!(out.len(), text.len());
            let before = serde_json::from_str::<serde_json::Value>(&text).is_ok();
            let after = serde_json::from_slice::<serde_json::Value>(&out).is_ok();
            proptest::prop_assert_eq!(before, after, "{:?} blanked to {:?}", text, String::from_utf8_lossy(&out));
        }
    }
}
