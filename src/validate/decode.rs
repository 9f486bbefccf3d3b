//! Decoding JSON documents into the crate's types, with every problem reported at its path.
//!
//! A document is decoded in one pass when it can be:
//! 1. the bytes are decoded straight into the type (no intermediate JSON value), refusing arrays
//!    in place of objects and dates that are not `YYYY-MM-DD`, and reading members sent as
//!    `null` or `""` (forms send them for cleared inputs) as absent, like members not sent at
//!    all ([`strict`](super::strict)); a wrong JSON type, an integer out of range, a `null` list
//!    item or a date that is not `YYYY-MM-DD` at a leaf is recovered from in place — reported as
//!    the error-collecting decoder reports it, with its stand-in — so such a document is still
//!    read once;
//! 2. only when that fails (any other problem) are those members blanked out of a copy of the bytes
//!    ([`blanks`](super::blanks)), and the [error-collecting decoder](super::collect) reads the
//!    bytes again — streaming, without building a tree, checking the syntax as it reads —
//!    recording each problem at its JSON Pointer and going on with the rest. serde_json checks
//!    the syntax only when that reading met something it does not accept, or stopped early
//!    without reading the rest for its syntax, so `invalid_json` keeps serde_json's line,
//!    column and words.
//!
//! A required member sent as `null` or `""` is reported as `required`, not as a type error.

use serde::de::{self, DeserializeOwned};
use serde_json::Value;

use super::collect::{self, Collected, collect};
use super::strict::Direct;
use super::{
    Code, Pointer, Validate, ValidationContext, ValidationReport, Violation, blanks, strict,
};

/// The largest document [`from_json_slice`] reads, in bytes (16 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

/// The most decoding problems one document reports before it adds `too_many_problems` and stops.
pub const MAX_REPORTED_PROBLEMS: usize = 100;

/// The deepest nesting of arrays and objects a document may have (serde_json's limit).
pub const MAX_DEPTH: usize = 128;

/// **Đọc tài liệu JSON** — decodes a JSON document into `T`, reporting every problem at its JSON
/// Pointer.
///
/// `null` and `""` members count as absent (see the module docs). Nesting deeper than
/// [`MAX_DEPTH`] levels and documents over [`MAX_DOCUMENT_BYTES`] are reported, not followed.
///
/// # Errors
/// A [`ValidationReport`] with `invalid_json` (with line and column), `document_too_large`,
/// `required`, `unknown_field`, `duplicate_key`, `wrong_type`, `unknown_code`, `invalid_date`
/// or `invalid_value` entries, one per problem found.
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
    let prepared = prepare(bytes)?;
    match direct::<T>(prepared) {
        Some(Ok(Direct::Clean(document))) => return Ok(document),
        Some(Ok(Direct::Recovered(_, recovered))) => return Err(recovered.report),
        _ => {}
    }
    let prepared = blanks::blank_absent(prepared);
    finish(collect_checked::<T>(&prepared)?)
}

/// The direct decoding, recovering in place ([`strict::recovering`]); `None` where a test asks
/// for the error-collecting decoder alone (the oracle the direct path is checked against).
fn direct<T: DeserializeOwned>(bytes: &[u8]) -> Option<Result<Direct<T>, serde_json::Error>> {
    #[cfg(test)]
    if tests::ONLY_COLLECTING.with(std::cell::Cell::get) {
        return None;
    }
    Some(strict::recovering::<T>(bytes))
}

/// The error-collecting decoding of `bytes`, with serde_json's syntax check only when the walk
/// could not vouch for the bytes (it met something serde_json refuses, or stopped early): a
/// well-formed document is read once, and `invalid_json` keeps serde_json's line, column and
/// words.
fn collect_checked<T: DeserializeOwned>(bytes: &[u8]) -> Result<Collected<T>, ValidationReport> {
    let collected = collect::<T>(bytes, false);
    match collected.syntax {
        collect::Syntax::Read => Ok(collected),
        collect::Syntax::Partly => check_syntax(bytes).map(|()| collected),
        // serde_json accepting what the reader refused would be a defect of the reader: walk
        // again, trusting serde_json, rather than report the document wrongly.
        collect::Syntax::Refused => check_syntax(bytes).map(|()| collect::<T>(bytes, true)),
    }
}

/// **Kết quả đọc và kiểm tra** — what [`decode_and_check`] returns: the decoded document, when
/// the bytes decoded without a problem, and the report of every decoding problem and validation
/// finding.
///
/// `value` is `Some` exactly when decoding found no error (when [`from_json_slice`] would
/// return the document); the document may still have
/// validation errors, so look at [`report`](Self::report) (or use
/// [`into_valid`](Self::into_valid)) before storing it. When decoding found problems the
/// decoder may have carried on past them to validate the rest, but the value it built is not
/// what was sent, so it is not handed out.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::Person;
/// use qcdc::validate::{Code, ValidationContext, decode_and_check};
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap());
/// let checked = decode_and_check::<Person>(r#"{"name": "Trần Thị Hoa"}"#.as_bytes(), &ctx);
/// assert!(checked.report.is_valid());
/// let person = checked.into_valid()?;
/// assert_eq!(person.name, "Trần Thị Hoa");
///
/// // Decoded, but not valid: the value is there to show again in the form.
/// let checked = decode_and_check::<Person>(br#"{"name": " "}"#, &ctx);
/// assert_eq!(checked.value.as_ref().map(|p| p.name.as_str()), Some(" "));
/// assert_eq!(checked.report.error_codes(), [Code::Blank]);
/// # Ok::<(), qcdc::ValidationReport>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
#[must_use = "the report may hold errors"]
pub struct Checked<T> {
    /// **Tài liệu** — the document, when the bytes decoded without a problem.
    pub value: Option<T>,
    /// **Báo cáo** — every decoding problem and validation finding.
    pub report: ValidationReport,
}

impl<T> Checked<T> {
    /// `true` when the document decoded and has no errors (breaches and warnings allowed).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::Person;
    /// use qcdc::validate::{ValidationContext, decode_and_check};
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    /// assert!(decode_and_check::<Person>(r#"{"name": "Trần Thị Hoa"}"#.as_bytes(), &ctx).is_valid());
    /// assert!(!decode_and_check::<Person>(br#"{"name": 5}"#, &ctx).is_valid());
    /// ```
    pub fn is_valid(&self) -> bool {
        self.value.is_some() && self.report.is_valid()
    }

    /// The document when it decoded and has no errors.
    ///
    /// # Errors
    /// The report, when decoding or validation found an error. Breaches and warnings are
    /// dropped with it on success: read [`report`](Self::report) first to keep them.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::Person;
    /// use qcdc::validate::{Code, ValidationContext, decode_and_check};
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    /// let err = decode_and_check::<Person>(br#"{"name": " "}"#, &ctx).into_valid().unwrap_err();
    /// assert_eq!(err.error_codes(), [Code::Blank]);
    /// ```
    pub fn into_valid(self) -> Result<T, ValidationReport> {
        match self.value {
            Some(value) if self.report.is_valid() => Ok(value),
            _ => Err(self.report),
        }
    }

    /// The document and the report as a pair.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::Person;
    /// use qcdc::validate::{ValidationContext, decode_and_check};
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    /// let (person, report) = decode_and_check::<Person>(br#"{"name": " "}"#, &ctx).into_parts();
    /// assert_eq!(person.map(|p| p.name), Some(" ".to_owned())); // decoded: shown again in the form
    /// assert!(!report.is_valid());
    /// ```
    pub fn into_parts(self) -> (Option<T>, ValidationReport) {
        (self.value, self.report)
    }

    /// The same result with the document passed through `f` (the report unchanged).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::Person;
    /// use qcdc::validate::{ValidationContext, decode_and_check};
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    /// let name = decode_and_check::<Person>(r#"{"name": "Trần Thị Hoa"}"#.as_bytes(), &ctx).map(|p| p.name);
    /// assert_eq!(name.value.as_deref(), Some("Trần Thị Hoa"));
    /// ```
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Checked<U> {
        Checked {
            value: self.value.map(f),
            report: self.report,
        }
    }
}

/// **Đọc và kiểm tra** — decodes a JSON document into `T` and validates it in one pass,
/// returning the document (when it decoded) with the report of every decoding problem and
/// validation finding: the call a backend that stores what it checked needs (see [`Checked`]).
///
/// The bytes are decoded once. Where the decoder could carry on past wrong members (see the
/// module docs), the rest of the document is validated too, so a form user sees every problem
/// at once; findings at the members the decoder took out or filled in are left out, since they
/// would not be real.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::Person;
/// use qcdc::validate::{Code, ValidationContext, decode_and_check};
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap());
/// let checked = decode_and_check::<Person>(br#"{"name": " ", "age": 3}"#, &ctx);
/// // The unknown member and the blank name, in one report; no value, since `age` was dropped.
/// assert_eq!(checked.report.error_codes(), [Code::UnknownField, Code::Blank]);
/// assert!(checked.value.is_none());
/// ```
pub fn decode_and_check<T: DeserializeOwned + Validate>(
    bytes: &[u8],
    ctx: &ValidationContext,
) -> Checked<T> {
    let failed = |report| Checked {
        value: None,
        report,
    };
    let prepared = match prepare(bytes) {
        Ok(prepared) => prepared,
        Err(report) => return failed(report),
    };
    match direct::<T>(prepared) {
        Some(Ok(Direct::Clean(document))) => {
            let report = document.validate(ctx);
            return Checked {
                value: Some(document),
                report,
            };
        }
        // Recovered in place: the report the error-collecting decoder would have made.
        Some(Ok(Direct::Recovered(document, recovered))) => {
            let strict::Recovered {
                mut report,
                mut patched,
                stopped,
            } = recovered;
            if stopped {
                return failed(report);
            }
            patched.sort_unstable();
            let found = document.validate(ctx);
            report.merge_filtered(found, |v| !is_under(&patched, &v.path));
            return failed(report);
        }
        _ => {}
    }
    let prepared = blanks::blank_absent(prepared);
    let Collected {
        value,
        mut report,
        mut patched,
        ..
    } = match collect_checked::<T>(&prepared) {
        Ok(collected) => collected,
        Err(report) => return failed(report),
    };
    drop(prepared);
    let Some(document) = value else {
        return failed(report);
    };
    // The value [`from_json_slice`] would return: only when decoding found no error.
    let decoded_cleanly = report.is_valid();
    patched.sort_unstable();
    let found = document.validate(ctx);
    report.merge_filtered(found, |v| !is_under(&patched, &v.path));
    Checked {
        value: decoded_cleanly.then_some(document),
        report,
    }
}

/// **Đọc và kiểm tra** — decodes a JSON document into `T` and validates it, reporting decoding
/// problems and validation findings together; the report of [`decode_and_check`], without the
/// document.
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
    decode_and_check::<T>(bytes, ctx).report
}

/// Checks size and encoding. Cleared members need no copy of the bytes on the direct path (the
/// strict decoder skips them); the error-collecting decoder gets the bytes with them blanked out.
fn prepare(bytes: &[u8]) -> Result<&[u8], ValidationReport> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(one(Violation::new(
            &Pointer::root(),
            Code::DocumentTooLarge,
        )
        .param("max_bytes", MAX_DOCUMENT_BYTES)
        .param("actual", bytes.len())));
    }
    if let Some(reason) = wrong_encoding(bytes) {
        return Err(one(Violation::new(&Pointer::root(), Code::InvalidJson)
            .param("line", 1)
            .param("column", 1)
            .param("reason", reason)
            .param("detail", reason)));
    }
    Ok(bytes)
}

/// `bom` for UTF-8 with a byte order mark, `utf16` for UTF-16 (with or without one).
fn wrong_encoding(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => Some("bom"),
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => Some("utf16"),
        // JSON text starts with an ASCII character: a zero byte beside it is UTF-16.
        [0, b, ..] | [b, 0, ..] if b.is_ascii() => Some("utf16"),
        _ => None,
    }
}

fn one(violation: Violation) -> ValidationReport {
    let mut report = ValidationReport::new();
    report.error(violation);
    report
}

/// Checks that `bytes` are one JSON document as serde_json reads it (depth included), building
/// nothing: the error-collecting decoder reads only documents that pass.
fn check_syntax(bytes: &[u8]) -> Result<(), ValidationReport> {
    let mut json = serde_json::Deserializer::from_slice(bytes);
    de::Deserializer::deserialize_any(&mut json, Syntax)
        .and_then(|()| json.end())
        .map_err(|e| invalid_json(&e))
}

/// Reads any JSON value and keeps nothing (serde_json's `IgnoredAny` skips values without
/// the checks that reading them makes, so its errors would differ).
pub(super) struct Syntax;

impl<'de> de::Deserialize<'de> for Syntax {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Syntax).map(|()| Syntax)
    }
}

impl<'de> de::Visitor<'de> for Syntax {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<Syntax>()?.is_some() {}
        Ok(())
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key::<Syntax>()?.is_some() {
            map.next_value::<Syntax>()?;
        }
        Ok(())
    }
}

/// An `invalid_json` finding for a serde_json syntax error: where, why in the crate's words
/// (`reason`), and serde_json's own words (`detail`).
fn invalid_json(e: &serde_json::Error) -> ValidationReport {
    let detail = e.to_string();
    // serde_json appends " at line L column C"; the params carry those already.
    let detail = detail
        .split(" at line ")
        .next()
        .unwrap_or(&detail)
        .to_owned();
    one(Violation::new(&Pointer::root(), Code::InvalidJson)
        .param("line", e.line())
        .param("column", e.column())
        .param("reason", json_reason(&detail))
        .param("detail", detail))
}

/// The crate's name for what serde_json found wrong (see `Code::InvalidJson`).
fn json_reason(detail: &str) -> &'static str {
    const REASONS: [(&str, &str); 14] = [
        ("EOF while parsing", "unexpected_end"),
        ("recursion limit exceeded", "too_deep"),
        ("trailing comma", "trailing_comma"),
        ("trailing characters", "trailing_characters"),
        ("control character", "control_character"),
        ("invalid escape", "invalid_escape"),
        ("invalid unicode code point", "invalid_escape"),
        ("lone leading surrogate", "invalid_escape"),
        ("unexpected end of hex escape", "invalid_escape"),
        ("invalid number", "invalid_number"),
        ("number out of range", "invalid_number"),
        ("expected `:`", "expected_colon"),
        ("expected `,`", "expected_comma"),
        ("key must be a string", "key_not_string"),
    ];
    REASONS
        .iter()
        .find(|(words, _)| detail.starts_with(words))
        .map_or(
            if detail.starts_with("expected") {
                "expected_value"
            } else {
                "syntax"
            },
            |(_, reason)| reason,
        )
}

/// Decodes an already parsed JSON value into `T`, like [`from_json_slice`].
///
/// # Errors
/// As [`from_json_slice`], without `invalid_json` (and without `duplicate_key`: a
/// `serde_json::Value` keeps one member per key).
pub fn from_json_value<T: DeserializeOwned>(value: Value) -> Result<T, ValidationReport> {
    // A `Value` always writes out as JSON serde_json reads back (the same numbers, one member
    // per key), so the bytes can go straight to the error-collecting decoder.
    let bytes = serde_json::to_vec(&value).map_err(|e| invalid_json(&e))?;
    drop(value);
    finish(collect::<T>(&bytes, true))
}

fn finish<T>(collected: Collected<T>) -> Result<T, ValidationReport> {
    match collected.value {
        Some(value) if collected.report.is_valid() => Ok(value),
        _ => Err(collected.report),
    }
}

/// Whether `path` is at or below one of the `patched` pointers (sorted).
fn is_under(patched: &[String], path: &str) -> bool {
    // Every prefix of `path` that ends a token is a candidate: look each up.
    let ends = path
        .match_indices('/')
        .map(|(i, _)| i)
        .chain(std::iter::once(path.len()));
    ends.into_iter().any(|end| {
        patched
            .binary_search_by(|p| p.as_str().cmp(&path[..end]))
            .is_ok()
    })
}

/// Maps a custom refusal's message to a code and the member it names (for missing and unknown
/// fields).
pub(crate) fn classify(message: &str) -> (Code, Option<String>) {
    let quoted = |m: &str| m.split('`').nth(1).map(str::to_owned);
    if message.starts_with("missing field") {
        (Code::Required, quoted(message))
    } else if message.starts_with("unknown field") {
        (Code::UnknownField, quoted(message))
    } else if message.starts_with("duplicate field") {
        (Code::DuplicateKey, quoted(message))
    } else if message.starts_with("invalid type: null") {
        (Code::Required, None)
    } else if message.starts_with("invalid type") || message.starts_with("invalid length") {
        (Code::WrongType, None)
    } else if message.starts_with("unknown variant")
        || (message.starts_with("unknown ") && message.contains("a code such as"))
    {
        (Code::UnknownCode, None)
    } else if CHRONO_DATE_ERRORS.iter().any(|e| message.starts_with(e)) {
        (Code::InvalidDate, None)
    } else {
        (Code::InvalidValue, None)
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
pub(crate) fn expected_type(message: &str) -> &'static str {
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
        e if e.starts_with("struct")
            || e.starts_with("a map")
            || e.starts_with("an object")
            || e.starts_with("internally tagged") =>
        {
            "object"
        }
        _ => "value",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    thread_local! {
        /// Set by the differential tests: decode with the error-collecting decoder alone.
        pub(super) static ONLY_COLLECTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

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
        // In document order.
        let expected = [
            ("/items/0/count", Code::InvalidValue),
            ("/items/1/x", Code::UnknownField),
            ("/items/2/count", Code::Required),
            ("/when", Code::InvalidDate),
            ("/extra", Code::UnknownField),
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
                    "/name".to_owned(),
                    "Sai kiểu dữ liệu: cần chuỗi ký tự.".to_owned()
                ),
                (
                    "/items/0/count".to_owned(),
                    "Giá trị -1 không hợp lệ.".to_owned()
                ),
                (
                    "/when".to_owned(),
                    "2021-02-30 không phải là ngày hợp lệ (dạng YYYY-MM-DD).".to_owned()
                ),
            ]
        );
        assert_eq!(
            report.errors()[0].message_en(),
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

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(3000))]

        /// The error-collecting decoder reads the syntax itself and asks serde_json only when
        /// unsure: `invalid_json` must still be reported exactly when serde_json refuses the
        /// bytes, with serde_json's line and column.
        #[test]
        fn invalid_json_is_reported_exactly_when_serde_json_refuses(
            picks in proptest::collection::vec(0..PIECES.len(), 0..20)
        ) {
            let bytes: Vec<u8> = picks.iter().flat_map(|&i| PIECES[i].iter().copied()).collect();
            let refused = serde_json::from_slice::<serde_json::Value>(&bytes).err();
            let report = from_json_slice::<Doc>(&bytes).err();
            let invalid = report.as_ref().and_then(|r| r.errors().iter().find(|v| v.code == Code::InvalidJson));
            match (refused, invalid) {
                (None, None) => {}
                (Some(e), Some(v)) => {
                    proptest::prop_assert_eq!(v.params.get("line").map(ToString::to_string), Some(e.line().to_string()));
                    proptest::prop_assert_eq!(v.params.get("column").map(ToString::to_string), Some(e.column().to_string()));
                }
                (refused, invalid) => proptest::prop_assert!(false, "{:?}: serde_json {:?}, decoder {:?}", String::from_utf8_lossy(&bytes), refused, invalid),
            }
        }
    }

    /// Pieces of documents of `Doc`, well-formed or not.
    const PIECES: [&[u8]; 26] = [
        b"{",
        b"}",
        b"[",
        b"]",
        b",",
        b":",
        b" ",
        b"\"name\"",
        b"\"items\"",
        b"\"count\"",
        b"\"when\"",
        b"\"note\"",
        b"\"x\"",
        b"\"\\n\"",
        b"\"\x01\"",
        b"\"\xff\"",
        b"1",
        b"-1",
        b"01",
        b"1e999",
        b"null",
        b"\"\"",
        b"true",
        b"\"2021-02-03\"",
        b"nul",
        b"\"",
    ];

    #[test]
    fn many_problems_are_capped() {
        let members: Vec<String> = (0..500).map(|i| format!("\"x{i}\":1")).collect();
        let doc = format!("{{\"name\":\"a\",{}}}", members.join(","));
        let found = codes(doc.as_bytes());
        assert_eq!(found.len(), MAX_REPORTED_PROBLEMS + 1);
        assert_eq!(found.last().unwrap().1, Code::TooManyProblems);
    }

    // -----------------------------------------------------------------------------------------
    // The direct path recovering in place against the error-collecting decoder (the oracle).

    /// Both paths' results for `bytes` as `kind`: (direct, oracle), each as `decode_and_check`
    /// and `from_json_slice` give them.
    fn both(
        kind: &crate::catalogue::DocumentType,
        bytes: &[u8],
        ctx: &ValidationContext,
    ) -> [(Checked<Value>, Result<Value, ValidationReport>); 2] {
        [false, true].map(|only| {
            ONLY_COLLECTING.with(|c| c.set(only));
            let checked = kind.decode_and_check(bytes, ctx);
            let decoded = kind.canonical_json(bytes);
            ONLY_COLLECTING.with(|c| c.set(false));
            (checked, decoded)
        })
    }

    fn fixture_files() -> Vec<(&'static crate::catalogue::DocumentType, Vec<u8>, String)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut files = Vec::new();
        for kind in crate::catalogue::CATALOGUE {
            for sub in ["valid", "invalid"] {
                let Ok(entries) = std::fs::read_dir(root.join(kind.name).join(sub)) else {
                    continue;
                };
                let mut paths: Vec<_> = entries
                    .map(|e| e.unwrap().path())
                    .filter(|p| {
                        let name = p.to_string_lossy();
                        name.ends_with(".json") && !name.ends_with(".expected.json")
                    })
                    .collect();
                paths.sort();
                for path in paths {
                    let bytes = std::fs::read(&path).unwrap();
                    files.push((kind, bytes, path.display().to_string()));
                }
            }
        }
        assert!(files.len() > 20, "the fixtures are found");
        files
    }

    fn as_of() -> ValidationContext {
        ValidationContext::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap())
    }

    /// Every place of a JSON value, as the steps to it.
    fn places(value: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
        out.push(at.clone());
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    at.push(Step::Index(i));
                    places(item, at, out);
                    at.pop();
                }
            }
            Value::Object(members) => {
                for (key, member) in members {
                    at.push(Step::Key(key.clone()));
                    places(member, at, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }

    #[derive(Debug, Clone)]
    enum Step {
        Key(String),
        Index(usize),
    }

    fn place<'v>(value: &'v mut Value, steps: &[Step]) -> &'v mut Value {
        steps.iter().fold(value, |v, step| match step {
            Step::Key(k) => &mut v[k.as_str()],
            Step::Index(i) => &mut v[*i],
        })
    }

    /// What a problem puts in place of a value: every JSON type, numbers out of every range,
    /// loose and impossible dates, a long text.
    fn wrong_values() -> Vec<Value> {
        let long = "Phường ".repeat(20);
        [
            r#""không rõ""#,
            "0",
            "-1",
            "1.5",
            "true",
            "null",
            "[]",
            r#"[1, {"a": null}]"#,
            r#"{"x": 1}"#,
            "300",
            "70000",
            "5000000000",
            "-5000000000",
            "18446744073709551615",
            "1e300",
            r#""2021-1-5""#,
            r#""2021-02-30""#,
            r#""""#,
        ]
        .iter()
        .map(|t| serde_json::from_str(t).unwrap())
        .chain([Value::String(long)])
        .collect()
    }

    fn assert_same(kind: &crate::catalogue::DocumentType, bytes: &[u8], what: &str) {
        let [direct, oracle] = both(kind, bytes, &as_of());
        assert_eq!(direct.0, oracle.0, "decode_and_check, {what}");
        assert_eq!(direct.1, oracle.1, "from_json_slice, {what}");
    }

    #[test]
    fn the_direct_path_reports_the_fixtures_as_the_collecting_decoder_does() {
        for (kind, bytes, name) in fixture_files() {
            assert_same(kind, &bytes, &name);
        }
    }

    /// Every fixture, with one value (a sample of places, every wrong value) replaced, and with
    /// many values replaced at once: the direct path, recovering in place or falling back,
    /// reports exactly what the error-collecting decoder reports.
    #[test]
    fn the_direct_path_recovers_as_the_collecting_decoder_reports() {
        let wrong = wrong_values();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for (kind, bytes, name) in fixture_files() {
            let Ok(document) = serde_json::from_slice::<Value>(&bytes) else {
                continue;
            };
            let mut all = Vec::new();
            places(&document, &mut Vec::new(), &mut all);
            // One problem: a sample of places (every place of the small documents).
            let step = (all.len() / 40).max(1);
            for (n, steps) in all.iter().enumerate().skip(1).step_by(step) {
                let mut changed = document.clone();
                let value = &wrong[(next() % wrong.len() as u64) as usize];
                *place(&mut changed, steps) = value.clone();
                let text = serde_json::to_vec(&changed).unwrap();
                assert_same(
                    kind,
                    &text,
                    &format!("{name}: {steps:?} = {value} (place {n})"),
                );
            }
            // Many problems: every leaf of a kind of value at once, then a random share.
            let leaves: Vec<_> = all
                .iter()
                .filter(|s| !s.is_empty())
                .filter(|s| {
                    let mut d = document.clone();
                    !matches!(place(&mut d, s), Value::Array(_) | Value::Object(_))
                })
                .cloned()
                .collect();
            for round in 0..6 {
                let mut changed = document.clone();
                let value = &wrong[(next() % wrong.len() as u64) as usize];
                for steps in &leaves {
                    if round == 0 || next() % 3 == 0 {
                        *place(&mut changed, steps) = value.clone();
                    }
                }
                let text = serde_json::to_vec(&changed).unwrap();
                assert_same(
                    kind,
                    &text,
                    &format!("{name}: many = {value} (round {round})"),
                );
            }
        }
    }

    /// Past the cap of problems: the direct path stops reporting as the collecting decoder
    /// stops, and a syntax error after the cap is still reported.
    #[test]
    fn the_cap_of_problems_is_kept_on_the_direct_path() {
        // Read in place, not handed to the collecting decoder.
        let items: Vec<String> = (0..150).map(|i| format!(r#"{{"count": "{i}"}}"#)).collect();
        let text = format!(r#"{{"name": "a", "items": [{}]}}"#, items.join(","));
        assert!(matches!(
            strict::recovering::<Doc>(text.as_bytes()),
            Ok(Direct::Recovered(_, r)) if r.stopped
        ));
        let direct = from_json_slice::<Doc>(text.as_bytes()).unwrap_err();
        ONLY_COLLECTING.with(|c| c.set(true));
        let oracle = from_json_slice::<Doc>(text.as_bytes()).unwrap_err();
        let broken = from_json_slice::<Doc>(format!("{text} x").as_bytes()).unwrap_err();
        ONLY_COLLECTING.with(|c| c.set(false));
        assert_eq!(direct, oracle);
        assert_eq!(direct.errors().len(), MAX_REPORTED_PROBLEMS + 1);
        assert_eq!(
            broken,
            from_json_slice::<Doc>(format!("{text} x").as_bytes()).unwrap_err()
        );
        assert_eq!(broken.error_codes(), [Code::InvalidJson]);
    }
}
