//! **Kiểm tra dữ liệu** — validation: the [`Validate`] trait, the [`ValidationReport`] of
//! [`Violation`]s, their messages in Vietnamese and English, and the conversion of a report to
//! react-jsonschema-form `extraErrors`.
//!
//! Validation never stops at the first problem and never panics: it walks the whole document
//! and records each finding at the most specific JSON Pointer, with a stable [`Code`], its
//! parameters and, when a rule of law is behind it, the [`LegalReference`] of that rule.
//! Three severities, kept apart:
//! - **lỗi** (*errors*): the data cannot be right (a blank name, more households approving than
//!   present, a date in the future). A document with errors is invalid.
//! - **vi phạm** (*breaches*): the data may well be true, but what it records breaks a rule of
//!   law (a disclosure made after the 05 working days of Điều 12 k3, a conference held late, a
//!   board of the wrong size). A breach always cites its article; it does not make the document
//!   invalid — a record that truthfully describes an unlawful procedure is valid data about a
//!   breach — and it is counted in the commune roll-up.
//! - **cảnh báo** (*warnings*): worth a look (a report filed before its data cut-off ended).
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use qcdc::org::Person;
//! use qcdc::validate::{Code, Validate, ValidationContext};
//!
//! let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap());
//! let person = Person::new("  ");
//! let report = person.validate(&ctx);
//! assert!(!report.is_valid());
//! assert_eq!(report.errors()[0].code, Code::Blank);
//! assert_eq!(report.errors()[0].path, "/name");
//! assert_eq!(report.errors()[0].message_vi(), "Không được để trống.");
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::legal::LegalReference;
use crate::org::OrgSettings;

mod blanks;
mod code;
mod collect;
pub mod date;
mod decode;
mod first_seen;
mod leaf;
mod legal_checks;
mod member;
mod pointer;
mod reader;
mod strict;

pub use code::Code;
pub use decode::{
    Checked, MAX_DEPTH, MAX_DOCUMENT_BYTES, MAX_REPORTED_PROBLEMS, check_json, decode_and_check,
    from_json_slice, from_json_value,
};
pub(crate) use first_seen::{FirstSeen, FirstSeenByHash};
pub(crate) use member::{At, Item, Member};
pub use pointer::Pointer;

/// A place to report at whose pointer `F` builds only when a finding is recorded there: an item
/// of a list (`Lazy(|| list.index(i))`) or a member below one. Why: a valid document records
/// nothing, and building every item's and member's pointer up front was a tenth of validating
/// a registration.
pub(crate) struct Lazy<F>(pub(crate) F);

impl<F: Fn() -> Pointer> At for Lazy<F> {
    fn pointer(&self) -> std::borrow::Cow<'_, Pointer> {
        std::borrow::Cow::Owned((self.0)())
    }
}

/// **Ngôn ngữ** — the language of a message.
///
/// Non-exhaustive: messages may be translated into more languages in minor versions.
///
/// # Example
/// ```
/// use qcdc::validate::{Code, Lang, Pointer, Violation};
///
/// let v = Violation::new(&Pointer::root().key("name"), Code::Required);
/// assert_eq!(v.message(Lang::Vi), "Trường này là bắt buộc.");
/// assert_eq!(v.message(Lang::En), "This field is required.");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Lang {
    /// Tiếng Việt.
    Vi,
    /// English.
    En,
}

/// **Bối cảnh kiểm tra** — what validation needs to know besides the document: the date it is
/// run ("as of", for "not in the future" checks) and the [`OrgSettings`] that say which bodies
/// existed where and when (the dates that varied by locality in 2025).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::OrgSettings;
/// use qcdc::org::reference::ha_noi;
/// use qcdc::validate::ValidationContext;
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
/// assert_eq!(ctx.as_of().to_string(), "2026-11-28");
/// let merged = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap();
/// let ctx = ctx.with_org_settings(OrgSettings::default().with_ban_dan_van_merger(ha_noi(), merged));
/// assert_eq!(ctx.org_settings().ban_dan_van_merged_from(&ha_noi()), merged);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationContext {
    as_of: NaiveDate,
    org: Arc<OrgSettings>,
}

impl ValidationContext {
    /// A context for validation run on `as_of`, with the default [`OrgSettings`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::OrgSettings;
    /// use qcdc::validate::ValidationContext;
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    /// assert_eq!(ctx.as_of(), NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    /// assert_eq!(ctx.org_settings(), OrgSettings::standard());
    /// ```
    pub fn new(as_of: NaiveDate) -> Self {
        ValidationContext {
            as_of,
            org: OrgSettings::shared_standard(),
        }
    }

    /// The same context with `settings` for the bodies that existed where and when.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::OrgSettings;
    /// use qcdc::validate::ValidationContext;
    ///
    /// let mut settings = OrgSettings::default();
    /// settings.khoi_dan_van_until = NaiveDate::from_ymd_opt(2025, 6, 30);
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap())
    ///     .with_org_settings(settings);
    /// assert_eq!(ctx.org_settings().khoi_dan_van_until.unwrap().to_string(), "2025-06-30");
    /// ```
    pub fn with_org_settings(mut self, settings: OrgSettings) -> Self {
        self.org = Arc::new(settings);
        self
    }

    /// The settings for the bodies that existed where and when.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::validate::ValidationContext;
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    /// // By default Khối Dân vận are accepted after 01/07/2025 (their status is unconfirmed).
    /// assert_eq!(ctx.org_settings().khoi_dan_van_until, None);
    /// ```
    pub fn org_settings(&self) -> &OrgSettings {
        &self.org
    }

    /// A context for validation run today, in Vietnam's time zone (UTC+7), read from the
    /// system clock.
    ///
    /// # Example
    /// ```
    /// let ctx = qcdc::ValidationContext::today_in_vietnam();
    /// assert!(ctx.as_of().to_string() > "2025-01-01".to_owned());
    /// ```
    pub fn today_in_vietnam() -> Self {
        const UTC_PLUS_7: i64 = 7 * 3600;
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX / 2));
        let date = chrono::DateTime::from_timestamp(seconds.saturating_add(UTC_PLUS_7), 0)
            .map_or(NaiveDate::MIN, |t| t.date_naive());
        ValidationContext::new(date)
    }

    /// The date validation is run: dates after it are in the future.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::validate::ValidationContext;
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap());
    /// assert_eq!(ctx.as_of().to_string(), "2021-04-07");
    /// ```
    pub fn as_of(&self) -> NaiveDate {
        self.as_of
    }
}

/// The most characters of a text a finding's `params` keep (see [`Violation::param`]).
pub const MAX_PARAM_CHARS: usize = 200;

/// The most errors, and the most warnings, one report lists; past it, a last
/// `findings_left_out` entry says how many more were found.
pub const MAX_FINDINGS: usize = 1000;

/// **Ngày sớm nhất** — the earliest date a record of the crate may carry: 02/09/1945, the day
/// the Democratic Republic of Vietnam was proclaimed. Earlier dates (a year 0 typed by mistake)
/// are reported as out of range (`date_outside`).
///
/// # Example
/// ```
/// use chrono::Datelike;
/// assert_eq!(qcdc::validate::EARLIEST_DATE.year(), 1945);
/// ```
pub const EARLIEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1945, 9, 2) {
    Some(d) => d,
    None => panic!("valid date"),
};

/// Cuts `text` after [`MAX_PARAM_CHARS`] characters, marking the cut with `…`.
fn shorten_in_place(text: &mut String) {
    // A character is at most four bytes: shorter texts need no counting.
    if text.len() <= MAX_PARAM_CHARS {
        return;
    }
    if let Some((cut, _)) = text.char_indices().nth(MAX_PARAM_CHARS) {
        text.truncate(cut);
        text.push('…');
    }
}

/// **Vi phạm** — one finding of validation: where ([`path`](Self::path), a JSON Pointer), what
/// ([`code`](Self::code) and [`params`](Self::params)) and, when a rule of law is behind it,
/// which ([`citation`](Self::citation)).
///
/// Messages are generated from code and params in Vietnamese ([`message_vi`](Self::message_vi))
/// and English ([`message_en`](Self::message_en)); dates in params are ISO and shown as
/// `dd/mm/yyyy` in Vietnamese.
///
/// Messages are **plain text**: user text shown in them is shortened and its control and bidi
/// characters escaped ([`text::safe_display`](crate::text::safe_display)), but nothing is
/// escaped for HTML. A web page must escape `message_vi`/`message_en` (and `path`) like any
/// other text before inserting them; the raw user values are in `params`.
///
/// # Example
/// ```
/// use qcdc::legal::LUAT_10_2022;
/// use qcdc::validate::{Code, Pointer, Violation};
///
/// let v = Violation::new(&Pointer::root().key("name"), Code::TooLong)
///     .param("max", 200)
///     .param("actual", 250)
///     .cite(LUAT_10_2022.article(11));
/// assert_eq!(v.message_vi(), "Tối đa 200 ký tự (hiện có 250).");
/// assert_eq!(v.message_en(), "At most 200 characters (got 250).");
/// assert_eq!(v.citation.unwrap().to_string(), "Điều 11 Luật số 10/2022/QH15");
/// ```
///
/// # Serialisation
/// Serialises as `{path, code, params, message_vi, message_en, citation?}` (the citation as its
/// Vietnamese text) and deserialises from the same shape: the messages are generated again
/// from code and params (those sent are ignored), and the citation is parsed back; a document
/// the crate knows ([`legal::find_document`](crate::legal::find_document)) comes back whole,
/// another one with its kind and number only. Members it does not know are ignored, so an
/// older version reads a newer one's findings.
///
/// Non-exhaustive: build one with [`Violation::new`] and its builder methods.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Violation {
    /// **Đường dẫn** — JSON Pointer to the offending value (`""` for the whole document).
    pub path: String,
    /// **Mã** — the stable code.
    pub code: Code,
    /// **Tham số** — the values the messages are built from.
    pub params: BTreeMap<String, Value>,
    /// **Căn cứ** — the article of law behind the finding, if any.
    pub citation: Option<LegalReference>,
}

impl Violation {
    /// A finding with `code` at `path`, no params yet.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Pointer, Violation};
    ///
    /// let v = Violation::new(&Pointer::root().key("phases").index(1).key("name"), Code::Blank);
    /// assert_eq!(v.path, "/phases/1/name");
    /// assert!(v.params.is_empty() && v.citation.is_none());
    /// ```
    pub fn new(path: &Pointer, code: Code) -> Self {
        Violation {
            path: path.as_str().to_owned(),
            code,
            params: BTreeMap::new(),
            citation: None,
        }
    }

    /// Adds the parameter `name`. A text longer than [`MAX_PARAM_CHARS`] characters is cut
    /// there (with `…`): a finding echoes at most a bounded prefix of what was sent.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, MAX_PARAM_CHARS, Pointer, Violation};
    ///
    /// let v = Violation::new(&Pointer::root().key("name"), Code::TooLong).param("max", 300).param("actual", 312);
    /// assert_eq!(v.params["max"], 300);
    /// let echoed = Violation::new(&Pointer::root(), Code::InvalidValue).param("value", "x".repeat(500));
    /// assert_eq!(echoed.params["value"].as_str().unwrap().chars().count(), MAX_PARAM_CHARS + 1);
    /// ```
    pub fn param(mut self, name: &str, value: impl Into<Value>) -> Self {
        let mut value = value.into();
        if let Value::String(text) = &mut value {
            shorten_in_place(text);
        }
        self.params.insert(name.to_owned(), value);
        self
    }

    /// Adds a date parameter (ISO on the wire, `dd/mm/yyyy` in Vietnamese messages).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::validate::{Code, Pointer, Violation};
    ///
    /// let v = Violation::new(&Pointer::root().key("held_on"), Code::DateInFuture)
    ///     .date_param("date", NaiveDate::from_ymd_opt(2027, 1, 5).unwrap())
    ///     .date_param("as_of", NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    /// assert_eq!(v.params["date"], "2027-01-05");
    /// assert_eq!(v.message_vi(), "Ngày 05/01/2027 ở tương lai (sau ngày 28/11/2026).");
    /// ```
    pub fn date_param(self, name: &str, date: NaiveDate) -> Self {
        self.param(name, date.to_string())
    }

    /// Names the rule of law behind the finding.
    ///
    /// # Example
    /// ```
    /// use qcdc::legal::LUAT_10_2022;
    /// use qcdc::validate::{Code, Pointer, Violation};
    ///
    /// let v = Violation::new(&Pointer::root().key("disclosed_on"), Code::TooLate)
    ///     .cite(LUAT_10_2022.article(12).clause(3));
    /// assert_eq!(v.citation.unwrap().to_string(), "khoản 3 Điều 12 Luật số 10/2022/QH15");
    /// ```
    pub fn cite(mut self, citation: LegalReference) -> Self {
        self.citation = Some(citation);
        self
    }

    /// The message in `lang`, generated from the code's template and the params.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Lang, Pointer, Violation};
    ///
    /// let v = Violation::new(&Pointer::root().key("name"), Code::Blank);
    /// assert_eq!(v.message(Lang::Vi), "Không được để trống.");
    /// assert_eq!(v.message(Lang::En), "Must not be blank.");
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        let template = self.code.template(lang);
        let mut out = String::with_capacity(template.len() + 16);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    let name = &after[..close];
                    match self.params.get(name) {
                        Some(Value::String(kind))
                            if self.code == Code::WrongType && name == "expected" =>
                        {
                            out.push_str(expected_type_words(kind, lang));
                        }
                        Some(Value::String(kind))
                            if self.code == Code::InvalidJson && name == "reason" =>
                        {
                            out.push_str(json_reason_words(kind, lang));
                        }
                        Some(value) => out.push_str(&render_param(value, lang)),
                        None => out.push('?'),
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The message in Vietnamese.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Pointer, Violation};
    ///
    /// let v = Violation::new(&Pointer::root().key("members"), Code::OutOfRange)
    ///     .param("min", 3).param("max", 9).param("actual", 12);
    /// assert_eq!(v.message_vi(), "Giá trị 12 nằm ngoài khoảng 3–9.");
    /// ```
    pub fn message_vi(&self) -> String {
        self.message(Lang::Vi)
    }

    /// The message in English.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::validate::{Code, Pointer, Violation};
    ///
    /// let v = Violation::new(&Pointer::root().key("end"), Code::DateOrder)
    ///     .date_param("start", NaiveDate::from_ymd_opt(2024, 3, 11).unwrap())
    ///     .date_param("end", NaiveDate::from_ymd_opt(2024, 3, 8).unwrap());
    /// assert_eq!(v.message_en(), "Start date 2024-03-11 is after end date 2024-03-08.");
    /// ```
    pub fn message_en(&self) -> String {
        self.message(Lang::En)
    }
}

/// The words for a JSON type that a `wrong_type` finding expected (its `expected` param is one
/// of the ASCII names `string`, `integer`, `unsigned_integer`, `number`, `boolean`, `list`,
/// `object`, `date`, `value`).
fn expected_type_words(kind: &str, lang: Lang) -> &'static str {
    match (kind, lang) {
        ("string", Lang::Vi) => "chuỗi ký tự",
        ("string", Lang::En) => "text",
        ("integer", Lang::Vi) => "số nguyên",
        ("integer", Lang::En) => "an integer",
        ("unsigned_integer", Lang::Vi) => "số nguyên không âm",
        ("unsigned_integer", Lang::En) => "a non-negative integer",
        ("number", Lang::Vi) => "số",
        ("number", Lang::En) => "a number",
        ("boolean", Lang::Vi) => "giá trị đúng/sai",
        ("boolean", Lang::En) => "true or false",
        ("list", Lang::Vi) => "danh sách",
        ("list", Lang::En) => "a list",
        ("object", Lang::Vi) => "một nhóm trường (đối tượng)",
        ("object", Lang::En) => "an object",
        ("date", Lang::Vi) => "ngày dạng YYYY-MM-DD",
        ("date", Lang::En) => "a date as YYYY-MM-DD",
        (_, Lang::Vi) => "giá trị khác",
        (_, Lang::En) => "another value",
    }
}

/// The words for what made a document unreadable (the `reason` param of `invalid_json`, one of
/// the ASCII names below), so that no serde wording reaches a message.
fn json_reason_words(reason: &str, lang: Lang) -> &'static str {
    match (reason, lang) {
        ("bom", Lang::Vi) => "tệp bắt đầu bằng dấu BOM; hãy lưu tệp dạng UTF-8 không có BOM",
        ("bom", Lang::En) => "it starts with a byte order mark (BOM); save it as UTF-8 without BOM",
        ("utf16", Lang::Vi) => "tệp được mã hóa UTF-16; hãy lưu tệp dạng UTF-8",
        ("utf16", Lang::En) => "it is encoded as UTF-16; save it as UTF-8",
        ("unexpected_end", Lang::Vi) => "dữ liệu kết thúc giữa chừng",
        ("unexpected_end", Lang::En) => "the data ends too early",
        ("too_deep", Lang::Vi) => "các nhóm lồng nhau quá sâu (tối đa 128 tầng)",
        ("too_deep", Lang::En) => "nested too deeply (at most 128 levels)",
        ("trailing_comma", Lang::Vi) => "thừa dấu phẩy",
        ("trailing_comma", Lang::En) => "a comma too many",
        ("trailing_characters", Lang::Vi) => "có ký tự thừa sau dữ liệu",
        ("trailing_characters", Lang::En) => "characters after the end of the data",
        ("control_character", Lang::Vi) => "có ký tự điều khiển trong chuỗi",
        ("control_character", Lang::En) => "a control character inside a string",
        ("invalid_escape", Lang::Vi) => "chuỗi có mã thoát (\\) không hợp lệ",
        ("invalid_escape", Lang::En) => "an invalid escape (\\) in a string",
        ("invalid_number", Lang::Vi) => "số không hợp lệ",
        ("invalid_number", Lang::En) => "an invalid number",
        ("expected_colon", Lang::Vi) => "thiếu dấu hai chấm sau tên trường",
        ("expected_colon", Lang::En) => "a colon is missing after a member name",
        ("expected_comma", Lang::Vi) => "thiếu dấu phẩy hoặc dấu đóng ngoặc",
        ("expected_comma", Lang::En) => "a comma or closing bracket is missing",
        ("key_not_string", Lang::Vi) => "tên trường phải đặt trong dấu ngoặc kép",
        ("key_not_string", Lang::En) => "a member name must be in double quotes",
        ("expected_value", Lang::Vi) => "thiếu giá trị hoặc có ký tự không hợp lệ",
        ("expected_value", Lang::En) => "a value is missing or a character is not valid",
        (_, Lang::Vi) => "sai cú pháp JSON",
        (_, Lang::En) => "a JSON syntax error",
    }
}

/// Renders a parameter for a message: strings without quotes, ISO dates as `dd/mm/yyyy` in
/// Vietnamese, long values shortened.
fn render_param(value: &Value, lang: Lang) -> String {
    const MAX: usize = 80;
    let text = match value {
        Value::String(s) => match (lang, NaiveDate::parse_from_str(s, "%Y-%m-%d")) {
            (Lang::Vi, Ok(date)) if s.len() == 10 => date.format("%d/%m/%Y").to_string(),
            _ => s.clone(),
        },
        other => other.to_string(),
    };
    let text = if text.chars().count() > MAX {
        let mut short: String = text.chars().take(MAX).collect();
        short.push('…');
        short
    } else {
        text
    };
    // Messages are plain text shown on terminals and in logs: user text spliced into them
    // carries no control or bidi character (HTML renderers must still escape the message).
    match crate::text::safe_display(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(escaped) => escaped,
    }
}

impl Serialize for Violation {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Violation", 6)?;
        st.serialize_field("path", &self.path)?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("params", &self.params)?;
        st.serialize_field("message_vi", &self.message_vi())?;
        st.serialize_field("message_en", &self.message_en())?;
        if let Some(citation) = &self.citation {
            st.serialize_field("citation", &citation.to_string())?;
        } else {
            st.skip_field("citation")?;
        }
        st.end()
    }
}

/// The serialised shape of a [`Violation`], read back. The messages are derived from code and
/// params, so not read; other members are ignored too (an output record gains members in minor
/// versions, and an older reader should still read a newer writer's findings).
#[derive(Deserialize)]
struct ViolationWire {
    path: String,
    code: Code,
    #[serde(default)]
    params: BTreeMap<String, Value>,
    #[serde(default)]
    citation: Option<String>,
}

impl<'de> Deserialize<'de> for Violation {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let wire = ViolationWire::deserialize(d)?;
        let citation = match wire.citation {
            Some(text) => Some(read_citation(&text).map_err(serde::de::Error::custom)?),
            None => None,
        };
        Ok(Violation {
            path: wire.path,
            code: wire.code,
            params: wire.params,
            citation,
        })
    }
}

/// A citation as a finding writes it, with the crate's own document in full when it is one.
fn read_citation(text: &str) -> Result<LegalReference, crate::Error> {
    let mut reference: LegalReference = text.parse()?;
    if let Some(known) = crate::legal::find_document(&reference.document.number)
        .filter(|known| known.kind == reference.document.kind)
    {
        reference.document = known.clone();
    }
    Ok(reference)
}

/// **Các phát hiện** — a report's findings by severity, moved out of it by
/// [`ValidationReport::into_parts`].
///
/// # Example
/// ```
/// use qcdc::validate::{Code, Pointer, ValidationReport, Violation};
///
/// let mut report = ValidationReport::new();
/// report.error(Violation::new(&Pointer::root().key("name"), Code::Blank));
/// let findings = report.into_parts();
/// assert_eq!(findings.errors.len(), 1);
/// assert!(findings.breaches.is_empty() && findings.warnings.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Findings {
    /// **Lỗi** — data errors: the document cannot be used as it is.
    pub errors: Vec<Violation>,
    /// **Vi phạm** — breaches of the law the document records; it is still usable.
    pub breaches: Vec<Violation>,
    /// **Cảnh báo** — warnings.
    pub warnings: Vec<Violation>,
}

/// **Báo cáo kiểm tra** — every finding of a validation: errors (the data is wrong), breaches
/// (**vi phạm**: the data records something against the law; the data stays valid) and warnings
/// (worth a look; the data stays valid). See the [module docs](self) for the three severities.
///
/// Serialises as `{"valid": bool, "errors": [...], "breaches": [...], "warnings": [...]}`, each
/// entry with `path`, `code`, `params`, `message_vi`, `message_en` and `citation` when a rule of
/// law is behind it (always, for a breach).
///
/// # Example
/// ```
/// use qcdc::legal::LUAT_10_2022;
/// use qcdc::validate::{Code, Pointer, ValidationReport, Violation};
///
/// let mut report = ValidationReport::new();
/// report.breach(
///     Violation::new(&Pointer::root().key("disclosed_on"), Code::TooLate)
///         .date_param("deadline", chrono::NaiveDate::from_ymd_opt(2024, 3, 8).unwrap())
///         .date_param("date", chrono::NaiveDate::from_ymd_opt(2024, 3, 11).unwrap())
///         .cite(LUAT_10_2022.article(12).clause(3)),
/// );
/// assert!(report.is_valid(), "a breach does not make the data invalid");
/// report.error(Violation::new(&Pointer::root().key("name"), Code::Blank));
/// report.warn(Violation::new(&Pointer::root().key("date"), Code::Required));
/// assert!(!report.is_valid());
/// assert_eq!((report.errors().len(), report.breaches().len(), report.warnings().len()), (1, 1, 1));
/// ```
///
/// # As an error
/// The report is the error type of [`from_json_slice`], [`Checked::into_valid`] and the
/// commune roll-up, and implements [`std::error::Error`] (it is `Send + Sync + 'static`), so
/// `?` carries it into `Box<dyn Error + Send + Sync>`, `anyhow::Error` and web handlers. Its
/// [`Display`](fmt::Display) is **English**, one line per finding (`error /name: Must not be
/// blank.`), for logs and developers; [`display`](Self::display) with [`Lang::Vi`] gives the
/// same lines in Vietnamese for people filling in forms.
///
/// ```
/// use qcdc::org::Person;
/// use qcdc::validate::from_json_slice;
///
/// fn handler(body: &[u8]) -> Result<Person, Box<dyn std::error::Error + Send + Sync>> {
///     Ok(from_json_slice::<Person>(body)?)
/// }
/// let err = handler(br#"{"name": 5}"#).unwrap_err();
/// assert_eq!(err.to_string(), "error /name: Wrong type: text expected.\n");
/// ```
///
/// Deserialises from its serialised shape (`valid` is derived from the errors and ignored).
#[derive(Debug, Clone, Default, PartialEq)]
#[must_use = "a validation report lists problems that should be looked at"]
pub struct ValidationReport {
    errors: Vec<Violation>,
    breaches: Vec<Violation>,
    warnings: Vec<Violation>,
}

impl ValidationReport {
    /// An empty report.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::ValidationReport;
    ///
    /// let report = ValidationReport::new();
    /// assert!(report.is_valid() && report.is_clean());
    /// assert!(report.errors().is_empty());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// `true` when there are no errors (breaches and warnings do not count).
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Pointer, ValidationReport, Violation};
    ///
    /// let mut report = ValidationReport::new();
    /// report.warn(Violation::new(&Pointer::root().key("reported_on"), Code::SubmittedLate));
    /// assert!(report.is_valid(), "a warning does not make the data invalid");
    /// report.error(Violation::new(&Pointer::root().key("name"), Code::Blank));
    /// assert!(!report.is_valid());
    /// ```
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }

    /// The errors, in the order they were found.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let mut report = ValidationReport::new();
    /// report.check_text(&Pointer::root().key("name"), " ", 300);
    /// assert_eq!(report.errors().len(), 1);
    /// assert_eq!((report.errors()[0].path.as_str(), report.errors()[0].code), ("/name", Code::Blank));
    /// ```
    pub fn errors(&self) -> &[Violation] {
        &self.errors
    }

    /// The breaches of law (**vi phạm**), in the order they were found.
    ///
    /// # Example
    /// ```
    /// use qcdc::legal::LUAT_10_2022;
    /// use qcdc::validate::{Code, Pointer, ValidationReport, Violation};
    ///
    /// let mut report = ValidationReport::new();
    /// let late = Violation::new(&Pointer::root().key("disclosed_on"), Code::TooLate)
    ///     .cite(LUAT_10_2022.article(12).clause(3));
    /// report.breach(late.clone());
    /// assert_eq!(report.breaches(), [late]);
    /// ```
    pub fn breaches(&self) -> &[Violation] {
        &self.breaches
    }

    /// The warnings, in the order they were found.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let mut report = ValidationReport::new();
    /// report.check_text(&Pointer::root().key("name"), "Nguyễn\u{200B}Văn A", 100);
    /// assert!(report.is_valid());
    /// assert_eq!(report.warnings()[0].code, Code::HiddenCharacter);
    /// ```
    pub fn warnings(&self) -> &[Violation] {
        &self.warnings
    }

    /// The findings by severity, moved out of the report, each list in the order found. For a
    /// caller that keeps them (the roll-up files each report's findings under its source)
    /// without copying every violation and its params.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Findings, Pointer, ValidationReport, Violation};
    ///
    /// let mut report = ValidationReport::new();
    /// report.error(Violation::new(&Pointer::root().key("name"), Code::Blank));
    /// report.warn(Violation::new(&Pointer::root().key("reported_on"), Code::SubmittedLate));
    /// let Findings { errors, breaches, warnings, .. } = report.into_parts();
    /// assert_eq!((errors[0].code, warnings[0].code), (Code::Blank, Code::SubmittedLate));
    /// assert!(breaches.is_empty());
    /// ```
    pub fn into_parts(self) -> Findings {
        Findings {
            errors: self.errors,
            breaches: self.breaches,
            warnings: self.warnings,
        }
    }

    /// `true` when there is no finding of any severity.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Pointer, ValidationReport, Violation};
    ///
    /// let mut report = ValidationReport::new();
    /// assert!(report.is_clean());
    /// report.warn(Violation::new(&Pointer::root().key("reported_on"), Code::SubmittedLate));
    /// assert!(report.is_valid() && !report.is_clean());
    /// ```
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty() && self.breaches.is_empty() && self.warnings.is_empty()
    }

    /// Records an error (past [`MAX_FINDINGS`], only counted; see [`Code::FindingsLeftOut`]).
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, MAX_FINDINGS, Pointer, ValidationReport, Violation};
    ///
    /// let mut report = ValidationReport::new();
    /// for _ in 0..MAX_FINDINGS + 5 {
    ///     report.error(Violation::new(&Pointer::root().key("name"), Code::Blank));
    /// }
    /// assert_eq!(report.errors().len(), MAX_FINDINGS + 1);
    /// assert_eq!(report.errors()[MAX_FINDINGS].code, Code::FindingsLeftOut);
    /// assert_eq!(report.errors()[MAX_FINDINGS].params["left_out"], 5);
    /// ```
    pub fn error(&mut self, violation: Violation) {
        push_capped(&mut self.errors, violation);
    }

    /// Records a breach of law (**vi phạm**): true data about something the law forbids or
    /// requires otherwise. The violation should cite its article ([`Violation::cite`]); the
    /// crate's own breaches always do. Past [`MAX_FINDINGS`], only counted.
    ///
    /// # Example
    /// ```
    /// use qcdc::legal::LUAT_10_2022;
    /// use qcdc::validate::{Code, Pointer, ValidationReport, Violation};
    ///
    /// let mut report = ValidationReport::new();
    /// report.breach(
    ///     Violation::new(&Pointer::root().key("disclosed_on"), Code::TooLate)
    ///         .cite(LUAT_10_2022.article(12).clause(3)),
    /// );
    /// assert!(report.is_valid());
    /// assert_eq!(report.breach_codes(), [Code::TooLate]);
    /// ```
    pub fn breach(&mut self, violation: Violation) {
        push_capped(&mut self.breaches, violation);
    }

    /// Records a warning (past [`MAX_FINDINGS`], only counted).
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Pointer, ValidationReport, Violation};
    ///
    /// let mut report = ValidationReport::new();
    /// report.warn(Violation::new(&Pointer::root().key("reported_on"), Code::SubmittedLate));
    /// assert!(report.is_valid());
    /// assert_eq!(report.warning_codes(), [Code::SubmittedLate]);
    /// ```
    pub fn warn(&mut self, violation: Violation) {
        push_capped(&mut self.warnings, violation);
    }

    /// Moves every finding of `other` into this report (the cap holds for the sum).
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Pointer, ValidationReport, Violation};
    ///
    /// let mut report = ValidationReport::new();
    /// report.error(Violation::new(&Pointer::root().key("name"), Code::Blank));
    /// let mut part = ValidationReport::new();
    /// part.warn(Violation::new(&Pointer::root().key("reported_on"), Code::SubmittedLate));
    /// report.merge(part);
    /// assert_eq!((report.error_codes(), report.warning_codes()), (vec![Code::Blank], vec![Code::SubmittedLate]));
    /// ```
    pub fn merge(&mut self, other: ValidationReport) {
        for v in other.errors {
            self.error(v);
        }
        for v in other.breaches {
            self.breach(v);
        }
        for v in other.warnings {
            self.warn(v);
        }
    }

    /// Moves the findings of `other` that `keep` accepts into this report, each under its own
    /// severity.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Pointer, ValidationReport, Violation};
    ///
    /// let mut part = ValidationReport::new();
    /// part.error(Violation::new(&Pointer::root().key("name"), Code::Blank));
    /// part.error(Violation::new(&Pointer::root().key("extra"), Code::UnknownField));
    /// let mut report = ValidationReport::new();
    /// report.merge_filtered(part, |v| v.code != Code::UnknownField);
    /// assert_eq!(report.error_codes(), [Code::Blank]);
    /// ```
    pub fn merge_filtered(&mut self, other: ValidationReport, keep: impl Fn(&Violation) -> bool) {
        for v in other.errors.into_iter().filter(&keep) {
            self.error(v);
        }
        for v in other.breaches.into_iter().filter(&keep) {
            self.breach(v);
        }
        for v in other.warnings.into_iter().filter(&keep) {
            self.warn(v);
        }
    }

    /// The codes of the errors, in order (handy in tests).
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let mut report = ValidationReport::new();
    /// report.check_text(&Pointer::root().key("name"), "a\u{7}b", 1);
    /// assert_eq!(report.error_codes(), [Code::TooLong, Code::ControlCharacter]);
    /// ```
    pub fn error_codes(&self) -> Vec<Code> {
        self.errors.iter().map(|v| v.code).collect()
    }

    /// The codes of the breaches, in order (handy in tests).
    ///
    /// # Example
    /// ```
    /// use qcdc::legal::LUAT_10_2022;
    /// use qcdc::validate::{Code, Pointer, ValidationReport, Violation};
    ///
    /// let mut report = ValidationReport::new();
    /// report.breach(Violation::new(&Pointer::root().key("disclosed_on"), Code::TooLate).cite(LUAT_10_2022.article(12).clause(3)));
    /// assert_eq!(report.breach_codes(), [Code::TooLate]);
    /// assert!(report.error_codes().is_empty());
    /// ```
    pub fn breach_codes(&self) -> Vec<Code> {
        self.breaches.iter().map(|v| v.code).collect()
    }

    /// The codes of the warnings, in order (handy in tests).
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let mut report = ValidationReport::new();
    /// report.check_text(&Pointer::root().key("name"), "Long\u{202E}Biên", 100);
    /// assert_eq!(report.warning_codes(), [Code::HiddenCharacter]);
    /// ```
    pub fn warning_codes(&self) -> Vec<Code> {
        self.warnings.iter().map(|v| v.code).collect()
    }

    /// Checks a required text: not blank, no control characters other than line breaks and
    /// tabs, at most `max` characters. Records what is wrong at `path`.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let mut report = ValidationReport::new();
    /// report.check_text(&Pointer::root().key("name"), "Nguyễn Văn A", 100);
    /// assert!(report.is_valid());
    /// report.check_text(&Pointer::root().key("name"), &"x".repeat(101), 100);
    /// assert_eq!(report.error_codes(), [Code::TooLong]);
    /// ```
    pub fn check_text(&mut self, path: &Pointer, value: &str, max: usize) {
        self.check_text_at(path, value, max);
    }

    /// [`check_text`](Self::check_text) at a place whose pointer is built only on a finding.
    pub(crate) fn check_text_at(&mut self, at: &impl At, value: &str, max: usize) {
        if crate::text::is_blank(value) {
            self.error(Violation::new(&at.pointer(), Code::Blank));
            return;
        }
        self.check_optional_text_at(at, value, max);
    }

    /// Like [`check_text`](Self::check_text) for an optional text: an empty value is fine.
    ///
    /// Both also warn (`hidden_character`) about an invisible or text-direction character
    /// ([`text::is_hidden_or_bidi`](crate::text::is_hidden_or_bidi)).
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let mut report = ValidationReport::new();
    /// report.check_optional_text(&Pointer::root().key("summary"), "", 2000);
    /// assert!(report.is_clean());
    /// report.check_optional_text(&Pointer::root().key("summary"), &"x".repeat(2001), 2000);
    /// assert_eq!(report.error_codes(), [Code::TooLong]);
    /// ```
    pub fn check_optional_text(&mut self, path: &Pointer, value: &str, max: usize) {
        self.check_optional_text_at(path, value, max);
    }

    /// [`check_optional_text`](Self::check_optional_text) at a place whose pointer is built only
    /// on a finding.
    pub(crate) fn check_optional_text_at(&mut self, at: &impl At, value: &str, max: usize) {
        // A character takes at least one byte: only a text of more than `max` bytes can have
        // more than `max` characters, so most texts are never counted.
        if value.len() > max {
            let len = value.chars().count();
            if len > max {
                self.error(
                    Violation::new(&at.pointer(), Code::TooLong)
                        .param("max", max)
                        .param("actual", len),
                );
            }
        }
        // One byte pass clears most texts of both checks below.
        if !crate::text::may_hide_something(value) {
            return;
        }
        if crate::text::has_control_character(value) {
            self.error(Violation::new(&at.pointer(), Code::ControlCharacter));
        }
        // A bidi override or a zero-width character makes a name look like another: worth a
        // look, not an error (zero-width joiners have legitimate uses in some scripts).
        if let Some(c) = crate::text::find_hidden_or_bidi(value) {
            self.warn(
                Violation::new(&at.pointer(), Code::HiddenCharacter)
                    .param("character", format!("U+{:04X}", u32::from(c))),
            );
        }
    }

    /// Checks that `start` is not after `end`; the finding is placed at `end_path`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut report = ValidationReport::new();
    /// report.check_date_order(&Pointer::root().key("end"), d(2021, 1, 1), d(2021, 12, 31));
    /// assert!(report.is_valid());
    /// report.check_date_order(&Pointer::root().key("end"), d(2021, 12, 31), d(2021, 1, 1));
    /// assert_eq!((report.errors()[0].path.as_str(), report.errors()[0].code), ("/end", Code::DateOrder));
    /// ```
    pub fn check_date_order(&mut self, end_path: &Pointer, start: NaiveDate, end: NaiveDate) {
        self.check_date_order_at(end_path, start, end);
    }

    /// [`check_date_order`](Self::check_date_order) at a place whose pointer is built only on a
    /// finding.
    pub(crate) fn check_date_order_at(
        &mut self,
        end_at: &impl At,
        start: NaiveDate,
        end: NaiveDate,
    ) {
        if start > end {
            self.error(
                Violation::new(&end_at.pointer(), Code::DateOrder)
                    .date_param("start", start)
                    .date_param("end", end),
            );
        }
    }

    /// Checks that `date` is not after the context's "as of" date.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let ctx = ValidationContext::new(d(2021, 4, 7));
    /// let mut report = ValidationReport::new();
    /// report.check_not_future(&Pointer::root().key("held_on"), d(2021, 4, 7), &ctx);
    /// assert!(report.is_valid());
    /// report.check_not_future(&Pointer::root().key("held_on"), d(2021, 4, 8), &ctx);
    /// assert_eq!(report.error_codes(), [Code::DateInFuture]);
    /// ```
    pub fn check_not_future(&mut self, path: &Pointer, date: NaiveDate, ctx: &ValidationContext) {
        self.check_not_future_at(path, date, ctx);
    }

    /// [`check_not_future`](Self::check_not_future) at a place whose pointer is built only on a
    /// finding.
    pub(crate) fn check_not_future_at(
        &mut self,
        at: &impl At,
        date: NaiveDate,
        ctx: &ValidationContext,
    ) {
        if date > ctx.as_of() {
            self.error(
                Violation::new(&at.pointer(), Code::DateInFuture)
                    .date_param("date", date)
                    .date_param("as_of", ctx.as_of()),
            );
        }
    }

    /// Checks a date of a record: not before [`EARLIEST_DATE`] (`date_outside`), not after the
    /// context's "as of" date (`date_in_future`).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport};
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    /// let path = Pointer::root().key("date");
    /// let mut report = ValidationReport::new();
    /// report.check_record_date(&path, NaiveDate::from_ymd_opt(2024, 5, 1).unwrap(), &ctx);
    /// assert!(report.is_valid());
    /// report.check_record_date(&path, NaiveDate::from_ymd_opt(1930, 2, 3).unwrap(), &ctx);
    /// report.check_record_date(&path, NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(), &ctx);
    /// assert_eq!(report.error_codes(), [Code::DateOutside, Code::DateInFuture]);
    /// ```
    pub fn check_record_date(&mut self, path: &Pointer, date: NaiveDate, ctx: &ValidationContext) {
        self.check_record_date_at(path, date, ctx);
    }

    /// [`check_record_date`](Self::check_record_date) at a place whose pointer is built only on a
    /// finding.
    pub(crate) fn check_record_date_at(
        &mut self,
        at: &impl At,
        date: NaiveDate,
        ctx: &ValidationContext,
    ) {
        if date < EARLIEST_DATE {
            self.error(
                Violation::new(&at.pointer(), Code::DateOutside)
                    .date_param("date", date)
                    .date_param("start", EARLIEST_DATE)
                    .date_param("end", ctx.as_of()),
            );
        } else {
            self.check_not_future_at(at, date, ctx);
        }
    }

    /// The report as react-jsonschema-form `extraErrors`: a nested object that follows the
    /// document's shape, with the Vietnamese messages of each path in an `__errors` array
    /// (array indices become object keys, as rjsf expects). An unknown member's error goes to
    /// its parent object, which is a field of the form.
    ///
    /// Only errors are included. Breaches and warnings are not: a breach is true data about an
    /// unlawful act, and showing it as a field error would invite the user to "correct" what
    /// happened (or block a lawful filing of it); show [`breaches`](Self::breaches) beside the
    /// form instead.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Pointer, ValidationReport, Violation};
    ///
    /// let mut report = ValidationReport::new();
    /// report.error(Violation::new(&Pointer::root().key("phases").index(0).key("name"), Code::Blank));
    /// let extra = report.to_extra_errors();
    /// assert_eq!(extra["phases"]["0"]["name"]["__errors"][0], "Không được để trống.");
    /// ```
    pub fn to_extra_errors(&self) -> Value {
        let mut root = Map::new();
        for violation in &self.errors {
            let mut node = &mut root;
            let mut tokens: Vec<String> = Pointer::tokens(&violation.path).collect();
            // A member the form does not have has no field to show its error: its parent does.
            if violation.code == Code::UnknownField {
                tokens.pop();
            }
            for token in tokens {
                // `__errors` holds the messages of a node: a member of that name cannot be a
                // field of the form, so its messages go to the node itself (instead of
                // replacing the messages already there).
                if token == "__errors" {
                    break;
                }
                let child = node
                    .entry(token)
                    .or_insert_with(|| Value::Object(Map::new()));
                if !child.is_object() {
                    *child = Value::Object(Map::new());
                }
                node = child.as_object_mut().expect("just made an object");
            }
            let errors = node
                .entry("__errors")
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(list) = errors {
                list.push(Value::String(violation.message_vi()));
            }
        }
        Value::Object(root)
    }
}

/// Appends `violation`, or counts it in the closing `findings_left_out` entry once the list
/// holds [`MAX_FINDINGS`] findings. A `findings_left_out` entry that is merged in adds its count.
fn push_capped(list: &mut Vec<Violation>, violation: Violation) {
    let left_out = |v: &Violation| {
        if v.code == Code::FindingsLeftOut {
            v.params
                .get("left_out")
                .and_then(Value::as_u64)
                .unwrap_or(0)
        } else {
            1
        }
    };
    if list.len() < MAX_FINDINGS && violation.code != Code::FindingsLeftOut {
        list.push(violation);
        return;
    }
    let more = left_out(&violation);
    match list.last_mut() {
        Some(last) if last.code == Code::FindingsLeftOut => {
            let total = left_out(last) + more;
            last.params
                .insert("left_out".to_owned(), Value::from(total));
        }
        _ => list.push(
            Violation::new(&Pointer::root(), Code::FindingsLeftOut)
                .param("max", MAX_FINDINGS)
                .param("left_out", more),
        ),
    }
}

impl Serialize for ValidationReport {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("ValidationReport", 4)?;
        st.serialize_field("valid", &self.is_valid())?;
        st.serialize_field("errors", &self.errors)?;
        st.serialize_field("breaches", &self.breaches)?;
        st.serialize_field("warnings", &self.warnings)?;
        st.end()
    }
}

impl<'de> Deserialize<'de> for ValidationReport {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// The serialised shape; `valid` is derived from the errors, so not read (nor are
        /// members a newer version may add).
        #[derive(Deserialize)]
        struct Wire {
            #[serde(default)]
            errors: Vec<Violation>,
            #[serde(default)]
            breaches: Vec<Violation>,
            #[serde(default)]
            warnings: Vec<Violation>,
        }
        let wire = Wire::deserialize(d)?;
        Ok(ValidationReport {
            errors: wire.errors,
            breaches: wire.breaches,
            warnings: wire.warnings,
        })
    }
}

impl ValidationReport {
    /// The report as text in `lang`: one line per finding, `error /path: message (citation)`
    /// in English or `lỗi /path: message (citation)` in Vietnamese (`vi phạm`, `cảnh báo` for
    /// breaches and warnings). User text in paths is escaped
    /// ([`text::safe_display`](crate::text::safe_display)).
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::{Code, Lang, Pointer, ValidationReport, Violation};
    ///
    /// let mut report = ValidationReport::new();
    /// report.error(Violation::new(&Pointer::root().key("name"), Code::Blank));
    /// assert_eq!(report.display(Lang::Vi).to_string(), "lỗi /name: Không được để trống.\n");
    /// assert_eq!(report.to_string(), "error /name: Must not be blank.\n");
    /// ```
    pub fn display(&self, lang: Lang) -> ReportDisplay<'_> {
        ReportDisplay { report: self, lang }
    }
}

/// **Báo cáo dạng văn bản** — a [`ValidationReport`] shown in one language (see
/// [`ValidationReport::display`]).
///
/// # Example
/// ```
/// use qcdc::validate::{Code, Lang, Pointer, ValidationReport, Violation};
///
/// let mut report = ValidationReport::new();
/// report.warn(Violation::new(&Pointer::root().key("reported_on"), Code::Required));
/// let shown = report.display(Lang::Vi);
/// assert_eq!(shown.to_string(), "cảnh báo /reported_on: Trường này là bắt buộc.\n");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ReportDisplay<'a> {
    report: &'a ValidationReport,
    lang: Lang,
}

impl fmt::Display for ReportDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let labels = match self.lang {
            Lang::Vi => ["lỗi", "vi phạm", "cảnh báo"],
            Lang::En => ["error", "breach", "warning"],
        };
        let r = self.report;
        for (label, list) in labels
            .into_iter()
            .zip([&r.errors, &r.breaches, &r.warnings])
        {
            for v in list.iter() {
                let path = if v.path.is_empty() { "/" } else { &v.path };
                let path = crate::text::safe_display(path);
                write!(f, "{label} {path}: {}", v.message(self.lang))?;
                if let Some(c) = &v.citation {
                    write!(f, " ({c})")?;
                }
                writeln!(f)?;
            }
        }
        Ok(())
    }
}

impl fmt::Display for ValidationReport {
    /// One line per finding, in English (see [`ValidationReport::display`] for Vietnamese).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.display(Lang::En).fmt(f)
    }
}

/// A report is an error when it is returned as one (see the type's docs); its source is none,
/// the findings are its content.
impl std::error::Error for ValidationReport {}

/// **Kiểm tra được** — a value that can check itself and record its problems.
///
/// Implementors write [`validate_at`](Self::validate_at), which appends findings below `path`;
/// callers usually use [`validate`](Self::validate), which starts at the document root.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::validate::{Code, Pointer, Validate, ValidationContext, ValidationReport, Violation};
///
/// struct Note(String);
/// impl Validate for Note {
///     fn validate_at(&self, _: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
///         report.check_text(path, &self.0, 10);
///     }
/// }
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 1, 1).unwrap());
/// assert!(Note("ổn".into()).validate(&ctx).is_valid());
/// assert_eq!(Note("".into()).validate(&ctx).error_codes(), [Code::Blank]);
/// ```
pub trait Validate {
    /// Appends the problems of `self`, located below `path`, to `report`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::Person;
    /// use qcdc::validate::{Code, Pointer, Validate, ValidationContext, ValidationReport};
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap());
    /// let mut report = ValidationReport::new();
    /// Person::new("").validate_at(&ctx, &Pointer::root().key("chair"), &mut report);
    /// assert_eq!((report.errors()[0].path.as_str(), report.errors()[0].code), ("/chair/name", Code::Blank));
    /// ```
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport);

    /// Validates `self` as a whole document and returns the report.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::Person;
    /// use qcdc::validate::{Validate, ValidationContext};
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap());
    /// assert!(Person::new("Ngô Mạnh Điềm").validate(&ctx).is_valid());
    /// assert!(!Person::new("").validate(&ctx).is_valid());
    /// ```
    fn validate(&self, ctx: &ValidationContext) -> ValidationReport {
        let mut report = ValidationReport::new();
        self.validate_at(ctx, &Pointer::root(), &mut report);
        report
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        for (i, item) in self.iter().enumerate() {
            item.validate_at(ctx, &path.index(i), report);
        }
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        if let Some(value) = self {
            value.validate_at(ctx, path, report);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    fn sample(name: &str) -> Value {
        match name {
            "date" | "as_of" | "start" | "end" => Value::String("2025-07-01".into()),
            "expected" => Value::String("unsigned_integer".into()),
            _ => Value::from(3),
        }
    }

    #[test]
    fn every_code_has_both_messages_using_exactly_its_params() {
        for code in Code::iter() {
            let mut v = Violation::new(&Pointer::root(), code);
            for p in code.params() {
                v = v.param(p, sample(p));
            }
            for lang in [Lang::Vi, Lang::En] {
                let template = code.template(lang);
                assert!(!template.is_empty(), "{code:?} has no {lang:?} message");
                let msg = v.message(lang);
                assert!(
                    !msg.contains('{') && !msg.contains('?'),
                    "{code:?} {lang:?}: {msg}"
                );
                for p in code.params() {
                    assert!(
                        template.contains(&format!("{{{p}}}")),
                        "{code:?} {lang:?} does not use {p}"
                    );
                }
            }
            assert_ne!(
                code.template(Lang::Vi),
                code.template(Lang::En),
                "{code:?} is not translated"
            );
            let wire = serde_json::to_value(code).unwrap();
            assert_eq!(wire, Value::String(<&'static str>::from(code).to_owned()));
        }
    }

    #[test]
    fn vietnamese_messages_show_dates_day_first() {
        let v = Violation::new(&Pointer::root(), Code::DateInFuture)
            .date_param("date", NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
            .date_param("as_of", NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
        assert_eq!(
            v.message_vi(),
            "Ngày 01/12/2026 ở tương lai (sau ngày 28/11/2026)."
        );
        assert_eq!(
            v.message_en(),
            "Date 2026-12-01 is in the future (after 2026-11-28)."
        );
    }

    #[test]
    fn pointer_escapes_and_tokens_round_trip() {
        let p = Pointer::root().key("a/b").key("c~d").index(4);
        assert_eq!(p.as_str(), "/a~1b/c~0d/4");
        assert_eq!(
            Pointer::tokens(p.as_str()).collect::<Vec<_>>(),
            ["a/b", "c~d", "4"]
        );
    }

    #[test]
    fn extra_errors_nest_by_path_and_keep_root_errors() {
        let mut r = ValidationReport::new();
        r.error(
            Violation::new(&Pointer::root(), Code::InvalidJson)
                .param("line", 1)
                .param("column", 2)
                .param("detail", "x"),
        );
        r.error(Violation::new(
            &Pointer::root().key("tasks").index(1).key("lead"),
            Code::Required,
        ));
        r.error(Violation::new(
            &Pointer::root().key("tasks").index(1).key("lead"),
            Code::Blank,
        ));
        r.warn(Violation::new(&Pointer::root().key("date"), Code::Required));
        r.error(
            Violation::new(
                &Pointer::root().key("tasks").index(1).key("colour"),
                Code::UnknownField,
            )
            .param("field", "colour"),
        );
        let extra = r.to_extra_errors();
        assert_eq!(
            extra["tasks"]["1"]["__errors"][0],
            "Trường \"colour\" không thuộc mẫu này."
        );
        assert!(extra["tasks"]["1"].get("colour").is_none());
        assert_eq!(extra["__errors"].as_array().unwrap().len(), 1);
        assert_eq!(
            extra["tasks"]["1"]["lead"]["__errors"]
                .as_array()
                .unwrap()
                .len(),
            2
        );
        assert!(extra.get("date").is_none(), "warnings are not form errors");
    }

    #[test]
    fn extra_errors_keep_messages_when_a_path_holds_errors_key() {
        let mut r = ValidationReport::new();
        r.error(Violation::new(&Pointer::root().key("a"), Code::Blank));
        r.error(Violation::new(
            &Pointer::root().key("a").key("__errors"),
            Code::Required,
        ));
        r.error(Violation::new(
            &Pointer::root().key("a").key("__errors").index(0),
            Code::Blank,
        ));
        let extra = r.to_extra_errors();
        assert_eq!(extra["a"]["__errors"].as_array().unwrap().len(), 3);
    }

    #[test]
    fn report_serialises_with_messages_and_citation() {
        let mut r = ValidationReport::new();
        r.error(
            Violation::new(&Pointer::root().key("x"), Code::Blank)
                .cite(crate::legal::LUAT_10_2022.article(21)),
        );
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["valid"], false);
        assert_eq!(json["errors"][0]["path"], "/x");
        assert_eq!(json["errors"][0]["code"], "blank");
        assert_eq!(
            json["errors"][0]["citation"],
            "Điều 21 Luật số 10/2022/QH15"
        );
        assert_eq!(json["errors"][0]["message_en"], "Must not be blank.");
        assert!(json["warnings"].as_array().unwrap().is_empty());
        assert!(json["breaches"].as_array().unwrap().is_empty());
    }

    #[test]
    fn breaches_are_kept_apart_and_stay_out_of_extra_errors() {
        let mut r = ValidationReport::new();
        r.breach(
            Violation::new(&Pointer::root().key("members"), Code::BoardTooSmall)
                .param("min", 5)
                .param("actual", 4)
                .cite(crate::legal::LUAT_10_2022.article(36)),
        );
        assert!(r.is_valid());
        assert!(!r.is_clean());
        assert_eq!(r.breach_codes(), [Code::BoardTooSmall]);
        assert!(r.error_codes().is_empty() && r.warning_codes().is_empty());
        assert_eq!(r.to_extra_errors(), Value::Object(Map::new()));
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["valid"], true);
        assert_eq!(json["breaches"][0]["code"], "board_too_small");
        assert_eq!(
            json["breaches"][0]["citation"],
            "Điều 36 Luật số 10/2022/QH15"
        );
        assert!(
            r.display(Lang::Vi)
                .to_string()
                .starts_with("vi phạm /members:"),
            "{r}"
        );
        assert!(r.to_string().starts_with("breach /members:"), "{r}");
        let mut merged = ValidationReport::new();
        merged.merge(r.clone());
        merged.merge_filtered(r, |v| v.path != "/members");
        assert_eq!(merged.breaches().len(), 1);
    }

    #[test]
    fn findings_are_capped_with_a_count_of_the_rest() {
        let mut r = ValidationReport::new();
        for i in 0..MAX_FINDINGS + 250 {
            r.error(Violation::new(&Pointer::root().index(i), Code::Blank));
        }
        assert_eq!(r.errors().len(), MAX_FINDINGS + 1);
        let last = r.errors().last().unwrap();
        assert_eq!(last.code, Code::FindingsLeftOut);
        assert_eq!(last.params["left_out"], 250);
        assert_eq!(
            last.message_en(),
            format!(
                "Too many findings: only the first {MAX_FINDINGS} are listed, 250 more are left out."
            )
        );
        // Merging keeps the cap and adds up what was left out.
        let mut merged = ValidationReport::new();
        merged.merge(r.clone());
        merged.merge(r);
        assert_eq!(merged.errors().len(), MAX_FINDINGS + 1);
        assert_eq!(
            merged.errors().last().unwrap().params["left_out"],
            250 + MAX_FINDINGS + 1 + 250 - 1
        );
    }

    #[test]
    fn params_echo_a_bounded_prefix() {
        let long = "ả".repeat(1_000_000);
        let v = Violation::new(&Pointer::root(), Code::InvalidValue).param("value", long.as_str());
        let shown = v.params["value"].as_str().unwrap();
        assert_eq!(shown.chars().count(), MAX_PARAM_CHARS + 1);
        assert!(shown.ends_with('…'));
        let short = Violation::new(&Pointer::root(), Code::InvalidValue).param("value", "ngắn");
        assert_eq!(short.params["value"], "ngắn");
    }

    #[test]
    fn text_checks_find_each_problem() {
        let mut r = ValidationReport::new();
        let p = Pointer::root().key("t");
        r.check_text(&p, "", 5);
        r.check_text(&p, "abcdef", 5);
        r.check_text(&p, "a\u{0}", 5);
        r.check_optional_text(&p, "", 5);
        r.check_text(&p, "dòng 1\ndòng 2", 50);
        assert_eq!(
            r.error_codes(),
            [Code::Blank, Code::TooLong, Code::ControlCharacter]
        );
    }
}
