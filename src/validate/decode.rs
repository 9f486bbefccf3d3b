//! Decoding JSON documents into the crate's types, with every problem reported at its path.
//!
//! serde stops at the first problem. To report them all, the decoder works on a parsed
//! `serde_json::Value`: after a problem in an object member it records the problem, removes that
//! member and tries again, so one wrong field does not hide the next. Members sent as `null` or
//! `""` are treated as absent first, as forms send them for cleared inputs; a required member
//! sent that way is reported as `required`, not as a type error.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{Code, Pointer, Validate, ValidationContext, ValidationReport, Violation};

/// The largest document [`from_json_slice`] reads, in bytes (16 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

/// The most problems one decoding reports before it adds `too_many_problems` and stops.
pub const MAX_REPORTED_PROBLEMS: usize = 100;

/// **Đọc tài liệu JSON** — decodes a JSON document into `T`, reporting every problem at its JSON
/// Pointer.
///
/// `null` and `""` members count as absent (see the module docs). Nesting deeper than 128
/// levels and documents over [`MAX_DOCUMENT_BYTES`] are reported, not followed.
///
/// # Errors
/// A [`ValidationReport`] with `invalid_json` (with line and column), `document_too_large`,
/// `required`, `unknown_field`, `wrong_type`, `unknown_code`, `invalid_date` or `invalid_value`
/// entries, one per problem found.
///
/// # Example
/// ```
/// use qcdc::legal::LegalDocument;
/// use qcdc::validate::{Code, from_json_slice};
///
/// let doc: LegalDocument = from_json_slice(br#"{"kind": "luat", "number": "10/2022/QH15", "title": ""}"#)?;
/// assert_eq!(doc.number, "10/2022/QH15");
/// assert_eq!(doc.title, None);
///
/// let report = from_json_slice::<LegalDocument>(br#"{"kind": "sac_lenh", "numbr": 1}"#).unwrap_err();
/// let found: Vec<_> = report.errors().iter().map(|v| (v.path.as_str(), v.code)).collect();
/// assert_eq!(found, [("/kind", Code::UnknownCode), ("/numbr", Code::UnknownField), ("/number", Code::Required)]);
/// # Ok::<(), qcdc::validate::ValidationReport>(())
/// ```
pub fn from_json_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ValidationReport> {
    if bytes.len() <= MAX_DOCUMENT_BYTES
        && needs_no_preparation(bytes)
        && let Ok(document) = serde_json::from_slice::<T>(bytes)
    {
        return Ok(document);
    }
    from_json_value(parse_value(bytes)?)
}

/// **Đọc và kiểm tra** — decodes a JSON document into `T` and validates it, reporting decoding
/// problems and validation findings together.
///
/// Where the decoder could carry on past wrong members (see the module docs), the rest of the
/// document is validated too, so a form user sees every problem at once; findings at the members
/// the decoder took out or filled in are left out, since they would not be real.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::Person;
/// use qcdc::validate::{Code, ValidationContext, check_json};
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap());
/// let json = br#"{"name": " ", "age": 3}"#;
/// let report = check_json::<Person>(json, &ctx);
/// // The unknown member and the blank name, in one report.
/// assert_eq!(report.error_codes(), [Code::UnknownField, Code::Blank]);
/// ```
pub fn check_json<T: DeserializeOwned + Validate>(
    bytes: &[u8],
    ctx: &ValidationContext,
) -> ValidationReport {
    // Most documents decode cleanly and hold no `""` for the decoder to drop: read those
    // straight into `T`, without the intermediate JSON value (about three times faster).
    if bytes.len() <= MAX_DOCUMENT_BYTES
        && needs_no_preparation(bytes)
        && let Ok(document) = serde_json::from_slice::<T>(bytes)
    {
        return document.validate(ctx);
    }
    let value = match parse_value(bytes) {
        Ok(value) => value,
        Err(report) => return report,
    };
    let Lenient {
        value,
        mut report,
        patched,
    } = decode_lenient::<T>(value);
    if let Some(document) = value {
        let found = document.validate(ctx);
        report.merge_filtered(found, |v| !is_under(&patched, &v.path));
    }
    report
}

/// Whether decoding the document directly gives what the decoder would, when it succeeds: the
/// document has no `""`, which the decoder drops (a `null` needs no look: for an optional
/// member serde reads it as absent too, and for any other it fails the direct decoding, which
/// then takes the long way). The test is on bytes and errs on the safe side: `""` inside a text
/// also sends it the long way.
fn needs_no_preparation(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    while let Some(quote) = rest.iter().position(|&b| b == b'"') {
        if rest.get(quote + 1) == Some(&b'"') {
            return false;
        }
        rest = &rest[quote + 1..];
    }
    true
}

/// Parses bytes into a JSON value, reporting size and syntax problems.
pub(crate) fn parse_value(bytes: &[u8]) -> Result<Value, ValidationReport> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        let mut report = ValidationReport::new();
        report.error(
            Violation::new(&Pointer::root(), Code::DocumentTooLarge)
                .param("max_bytes", MAX_DOCUMENT_BYTES)
                .param("actual", bytes.len()),
        );
        return Err(report);
    }
    serde_json::from_slice(bytes).map_err(|e| {
        let mut report = ValidationReport::new();
        let detail = e.to_string();
        // serde_json appends " at line L column C"; the params carry those already.
        let detail = detail
            .split(" at line ")
            .next()
            .unwrap_or(&detail)
            .to_owned();
        report.error(
            Violation::new(&Pointer::root(), Code::InvalidJson)
                .param("line", e.line())
                .param("column", e.column())
                .param("detail", detail),
        );
        report
    })
}

/// Decodes an already parsed JSON value into `T`, like [`from_json_slice`].
///
/// # Errors
/// As [`from_json_slice`], without `invalid_json`.
pub fn from_json_value<T: DeserializeOwned>(value: Value) -> Result<T, ValidationReport> {
    let decoded = decode_lenient::<T>(value);
    match decoded.value {
        Some(value) if decoded.report.is_valid() => Ok(value),
        _ => Err(decoded.report),
    }
}

/// What a lenient decoding gives: the decoding problems, and, when the decoder could carry on
/// past all of them, the value decoded with the wrong members taken out or filled in.
#[derive(Debug)]
pub(crate) struct Lenient<T> {
    /// The value, with stand-ins where members were wrong; `None` when decoding had to stop.
    pub(crate) value: Option<T>,
    /// The decoding problems.
    pub(crate) report: ValidationReport,
    /// JSON Pointers of the members taken out or filled in: findings there are not real.
    pub(crate) patched: Vec<String>,
}

fn is_under(patched: &[String], path: &str) -> bool {
    patched
        .iter()
        .any(|p| path == p || (path.starts_with(p.as_str()) && path[p.len()..].starts_with('/')))
}

/// Decodes `value` as far as it can (see the module docs).
pub(crate) fn decode_lenient<T: DeserializeOwned>(mut value: Value) -> Lenient<T> {
    strip_absent(&mut value);
    let mut report = ValidationReport::new();
    // Members this decoder removed or filled in: problems at or below them are its own doing.
    let mut patched: Vec<String> = Vec::new();
    for _ in 0..MAX_ATTEMPTS {
        let problem = match attempt::<T>(&value) {
            Ok(decoded) => {
                return Lenient {
                    value: Some(decoded),
                    report,
                    patched,
                };
            }
            Err(problem) => problem,
        };
        let path = problem
            .tokens
            .iter()
            .fold(Pointer::root(), |p, t| p.key(t))
            .as_str()
            .to_owned();
        if !is_under(&patched, &path) {
            let mut violation = Violation::new(&Pointer(path.clone()), problem.code);
            match problem.code {
                Code::UnknownField => {
                    violation =
                        violation.param("field", problem.tokens.last().cloned().unwrap_or_default())
                }
                Code::WrongType => {
                    violation = violation
                        .param("expected", expected_type(&problem.detail))
                        .param("detail", problem.detail)
                }
                Code::InvalidValue | Code::UnknownCode | Code::InvalidDate => {
                    let shown = offending_value(&value, &problem.tokens).unwrap_or_default();
                    violation = violation
                        .param("value", shown)
                        .param("detail", problem.detail)
                }
                _ => {}
            }
            report.error(violation);
            if report.errors().len() >= MAX_REPORTED_PROBLEMS {
                report.error(
                    Violation::new(&Pointer::root(), Code::TooManyProblems)
                        .param("max", MAX_REPORTED_PROBLEMS),
                );
                return Lenient {
                    value: None,
                    report,
                    patched,
                };
            }
        }
        // Carry on past the problem: take a wrong or unknown member out; put a placeholder
        // where a member is missing. Stop where neither is possible.
        let carried_on = match (problem.code, problem.hint) {
            (Code::Required, _) => fill_placeholder::<T>(&mut value, &problem.tokens, &path),
            (_, Some(hint)) => set_value(&mut value, &problem.tokens, *hint),
            _ => remove_member(&mut value, &problem.tokens),
        };
        if !carried_on {
            return Lenient {
                value: None,
                report,
                patched,
            };
        }
        patched.push(path);
    }
    Lenient {
        value: None,
        report,
        patched,
    }
}

/// The most deserialization attempts one decoding makes.
const MAX_ATTEMPTS: usize = 4 * MAX_REPORTED_PROBLEMS;

/// A deserialization problem: where, what, and serde's words for it.
struct Problem {
    tokens: Vec<String>,
    code: Code,
    detail: String,
    /// A value known to be accepted in place of the wrong one (the first code of a vocabulary).
    /// Boxed: a `Value` is large when serde_json keeps member order (`preserve_order`).
    hint: Option<Box<Value>>,
}

fn attempt<T: DeserializeOwned>(value: &Value) -> Result<T, Problem> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|error| {
        let mut tokens: Vec<String> = Vec::new();
        for segment in error.path().iter() {
            match segment {
                serde_path_to_error::Segment::Seq { index } => tokens.push(index.to_string()),
                serde_path_to_error::Segment::Map { key } => tokens.push(key.clone()),
                serde_path_to_error::Segment::Enum { .. }
                | serde_path_to_error::Segment::Unknown => {}
            }
        }
        let message = error.inner().to_string();
        let (code, member, detail) = classify(&message);
        // The crate's vocabularies say "expected a code such as \"x\"": x is a valid stand-in.
        let hint = message
            .split_once("a code such as \"")
            .and_then(|(_, rest)| rest.split('"').next())
            .map(|code| Box::new(Value::String(code.to_owned())));
        // A missing field is reported at its parent; an unknown one already at itself.
        if let Some(member) = member
            && tokens.last() != Some(&member)
        {
            tokens.push(member);
        }
        Problem {
            tokens,
            code,
            detail,
            hint,
        }
    })
}

/// Puts the first placeholder that gets deserialization past `path` at the missing member.
fn fill_placeholder<T: DeserializeOwned>(value: &mut Value, tokens: &[String], path: &str) -> bool {
    let candidates = [
        Value::String(String::new()),
        Value::from(0),
        Value::String("2000-01-01".into()),
        Value::Bool(false),
        Value::Array(Vec::new()),
        Value::Object(serde_json::Map::new()),
    ];
    for candidate in candidates {
        if !set_member(value, tokens, candidate) {
            return false;
        }
        match attempt::<T>(value) {
            Ok(_) => return true,
            Err(next) => {
                let next_path = next.tokens.iter().fold(Pointer::root(), |p, t| p.key(t));
                if next_path.as_str() != path {
                    return true;
                }
            }
        }
    }
    remove_member(value, tokens);
    false
}

/// Maps serde's message to a code, the member it names (for missing and unknown fields) and a
/// short detail for the params.
fn classify(message: &str) -> (Code, Option<String>, String) {
    let quoted = |m: &str| m.split('`').nth(1).map(str::to_owned);
    let detail = message.to_owned();
    if message.starts_with("missing field") {
        (Code::Required, quoted(message), String::new())
    } else if message.starts_with("unknown field") {
        (Code::UnknownField, quoted(message), String::new())
    } else if message.starts_with("invalid type: null") {
        (Code::Required, None, String::new())
    } else if message.starts_with("invalid type") || message.starts_with("invalid length") {
        (Code::WrongType, None, detail)
    } else if message.starts_with("unknown variant")
        || (message.starts_with("unknown ") && message.contains("a code such as"))
    {
        (Code::UnknownCode, None, detail)
    } else if CHRONO_DATE_ERRORS.iter().any(|e| message.starts_with(e)) {
        (Code::InvalidDate, None, detail)
    } else {
        (Code::InvalidValue, None, detail)
    }
}

/// How chrono's date parser words its errors.
const CHRONO_DATE_ERRORS: [&str; 7] = [
    "input contains invalid characters",
    "input is out of range",
    "premature end of input",
    "trailing input",
    "input is not enough",
    "no possible date and time",
    "bad or unsupported format",
];

/// The ASCII name of the JSON type serde expected, from its message ("…, expected u32").
fn expected_type(message: &str) -> &'static str {
    let expected = message.rsplit("expected ").next().unwrap_or("");
    match expected.trim_end_matches('.') {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "unsigned_integer",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "integer",
        "f32" | "f64" => "number",
        "a boolean" => "boolean",
        "a sequence" => "list",
        e if e.starts_with("a string")
            || e.starts_with("a borrowed string")
            || e.contains("code") =>
        {
            "string"
        }
        e if e.starts_with("a formatted date") => "date",
        e if e.starts_with("struct") || e.starts_with("a map") || e.starts_with("an object") => {
            "object"
        }
        _ => "value",
    }
}

/// The offending JSON value at `tokens`, shortened for a message.
fn offending_value(value: &Value, tokens: &[String]) -> Option<String> {
    let mut node = value;
    for token in tokens {
        node = match node {
            Value::Object(map) => map.get(token)?,
            Value::Array(items) => items.get(token.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(match node {
        Value::String(s) => s.chars().take(80).collect(),
        other => other.to_string().chars().take(80).collect(),
    })
}

/// Removes object members whose value is `null` or `""`, at every depth, and puts members in
/// key order: problems are then reported in the same order whether or not serde_json keeps the
/// order of members (its `preserve_order` feature, which any crate of a build may turn on).
fn strip_absent(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|_, v| !(v.is_null() || v.as_str() == Some("")));
            map.sort_keys();
            map.values_mut().for_each(strip_absent);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_absent),
        _ => {}
    }
}

/// The object that holds the member at `tokens`, and the member's key.
fn parent_object<'v>(
    value: &'v mut Value,
    tokens: &'v [String],
) -> Option<(&'v mut serde_json::Map<String, Value>, &'v String)> {
    let (last, parents) = tokens.split_last()?;
    let mut node = value;
    for token in parents {
        node = match node {
            Value::Object(map) => map.get_mut(token)?,
            Value::Array(items) => items.get_mut(token.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    match node {
        Value::Object(map) => Some((map, last)),
        _ => None,
    }
}

/// Removes the object member at `tokens`; `false` when the path does not end in one.
fn remove_member(value: &mut Value, tokens: &[String]) -> bool {
    // `remove` swaps the last member in when serde_json keeps member order: sort again, so the
    // order `strip_absent` set (and with it the order of the findings) holds in every build.
    parent_object(value, tokens).is_some_and(|(map, key)| {
        let removed = map.remove(key).is_some();
        map.sort_keys();
        removed
    })
}

/// Sets the object member at `tokens`; `false` when its parent is not an object.
fn set_member(value: &mut Value, tokens: &[String], member: Value) -> bool {
    parent_object(value, tokens)
        .map(|(map, key)| {
            map.insert(key.clone(), member);
            map.sort_keys();
        })
        .is_some()
}

/// Replaces the value at `tokens` (an object member or an array element); `false` when there is
/// none.
fn set_value(value: &mut Value, tokens: &[String], replacement: Value) -> bool {
    let mut node = value;
    for token in tokens {
        node = match node {
            Value::Object(map) => match map.get_mut(token) {
                Some(child) => child,
                None => return false,
            },
            Value::Array(items) => match token.parse::<usize>().ok().and_then(|i| items.get_mut(i))
            {
                Some(child) => child,
                None => return false,
            },
            _ => return false,
        };
    }
    *node = replacement;
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        count: u32,
        #[serde(default)]
        note: Option<String>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        name: String,
        #[serde(default)]
        items: Vec<Inner>,
        #[serde(default)]
        when: Option<chrono::NaiveDate>,
    }

    fn codes(bytes: &[u8]) -> Vec<(String, Code)> {
        from_json_slice::<Doc>(bytes)
            .unwrap_err()
            .errors()
            .iter()
            .map(|v| (v.path.clone(), v.code))
            .collect()
    }

    #[test]
    fn valid_documents_decode_and_forms_blanks_are_absent() {
        let doc: Doc =
            from_json_slice(br#"{"name":"a","items":[{"count":1,"note":null}],"when":""}"#)
                .unwrap();
        assert_eq!(
            doc.items[0],
            Inner {
                count: 1,
                note: None
            }
        );
        assert_eq!(doc.when, None);
    }

    #[test]
    fn every_problem_is_reported_at_its_path() {
        let found = codes(br#"{"name":"a","items":[{"count":-1},{"count":2,"x":1},{}],"when":"2021-13-01","extra":true}"#);
        let expected = [
            ("/extra", Code::UnknownField),
            ("/items/0/count", Code::InvalidValue),
            ("/items/1/x", Code::UnknownField),
            ("/items/2/count", Code::Required),
            ("/when", Code::InvalidDate),
        ];
        assert_eq!(found, expected.map(|(p, c)| (p.to_owned(), c)));
    }

    #[test]
    fn missing_required_members_do_not_hide_later_problems() {
        let found = codes(br#"{"items":[{"count":"x"}]}"#);
        assert_eq!(
            found,
            [
                ("/items/0/count".to_owned(), Code::WrongType),
                ("/name".to_owned(), Code::Required)
            ]
        );
    }

    #[test]
    fn null_for_required_is_required() {
        assert_eq!(
            codes(br#"{"name":null}"#),
            [("/name".to_owned(), Code::Required)]
        );
        assert_eq!(
            codes(br#"{"name":""}"#),
            [("/name".to_owned(), Code::Required)]
        );
        assert_eq!(
            codes(br#"{"name":5}"#),
            [("/name".to_owned(), Code::WrongType)]
        );
    }

    #[test]
    fn decoding_messages_are_vietnamese_and_name_the_value() {
        let report =
            from_json_slice::<Doc>(br#"{"name":5,"items":[{"count":-1}],"when":"2021-02-30"}"#)
                .unwrap_err();
        let messages: Vec<(String, String)> = report
            .errors()
            .iter()
            .map(|v| (v.path.clone(), v.message_vi()))
            .collect();
        assert_eq!(
            messages,
            [
                (
                    "/items/0/count".to_owned(),
                    "Giá trị -1 không hợp lệ.".to_owned()
                ),
                (
                    "/name".to_owned(),
                    "Sai kiểu dữ liệu: cần chuỗi ký tự.".to_owned()
                ),
                (
                    "/when".to_owned(),
                    "2021-02-30 không phải là ngày hợp lệ (dạng YYYY-MM-DD).".to_owned()
                ),
            ]
        );
        assert_eq!(
            report.errors()[1].message_en(),
            "Wrong type: text expected."
        );
    }

    #[test]
    fn the_direct_path_and_the_lenient_path_agree() {
        // Same document, once without and once with members the decoder drops first.
        let direct: Doc = from_json_slice(br#"{"name":"a","items":[{"count":1}]}"#).unwrap();
        let lenient: Doc =
            from_json_slice(br#"{"name":"a","items":[{"count":1,"note":null}],"when":""}"#)
                .unwrap();
        assert_eq!(direct, lenient);
        assert!(needs_no_preparation(br#"{"name":"a"}"#));
        assert!(!needs_no_preparation(br#"{"name":""}"#));
        assert!(needs_no_preparation(br#"{"name":null}"#));
        assert!(!needs_no_preparation(br#"[1,""]"#));
        // A null where a value is required fails the direct path and is reported as required.
        assert_eq!(
            from_json_slice::<Doc>(br#"{"name":null}"#)
                .unwrap_err()
                .error_codes(),
            [Code::Required]
        );
    }

    #[test]
    fn malformed_huge_and_deep_inputs_are_reported() {
        assert_eq!(codes(b"{\"name\": "), [(String::new(), Code::InvalidJson)]);
        assert_eq!(codes(b""), [(String::new(), Code::InvalidJson)]);
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(codes(deep.as_bytes()), [(String::new(), Code::InvalidJson)]);
        let huge = vec![b' '; MAX_DOCUMENT_BYTES + 1];
        assert_eq!(codes(&huge), [(String::new(), Code::DocumentTooLarge)]);
    }

    #[test]
    fn many_problems_are_capped() {
        let members: Vec<String> = (0..500).map(|i| format!("\"x{i}\":1")).collect();
        let doc = format!("{{\"name\":\"a\",{}}}", members.join(","));
        let found = codes(doc.as_bytes());
        assert_eq!(found.len(), MAX_REPORTED_PROBLEMS + 1);
        assert_eq!(found.last().unwrap().1, Code::TooManyProblems);
    }
}
