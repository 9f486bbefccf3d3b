//! The crate's parse error: **lỗi phân tích** — what went wrong when text could not become a
//! value of the domain.
//!
//! Parsing problems and data problems are kept apart: this [`Error`] is returned by every
//! `FromStr` of the crate and the constructors that read text, while problems found in a whole
//! document are collected in a [`ValidationReport`](crate::validate::ValidationReport), and an
//! operation that refuses typed input says why with its own enum
//! ([`DecisionError`](crate::rules::DecisionError),
//! [`TransitionError`](crate::dan_van_kheo::TransitionError)). The crate docs' "Errors"
//! section tells the whole story.

use std::fmt;

/// The longest part of an offending input repeated in an error message, in characters.
const MAX_ECHO: usize = 60;

/// **Lỗi phân tích** — a value could not be parsed or built.
///
/// The type is opaque: match on [`Error::kind`] and read [`Error::input`]; the `Display` text is
/// a lowercase English sentence that names the input and the bound that was broken, meant for
/// logs and developers (messages for form users come from the validation report).
///
/// # Example
/// ```
/// use qcdc::{ErrorKind, org::OrgKind};
///
/// let err = "ban khong ton tai".parse::<OrgKind>().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Unknown);
/// assert!(err.to_string().starts_with("unknown organisation kind \"ban khong ton tai\""));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    what: &'static str,
    input: String,
    detail: String,
}

/// **Loại lỗi** — the category of an [`Error`].
///
/// # Example
/// ```
/// use qcdc::ErrorKind;
/// use qcdc::period::ReportingPeriod;
///
/// assert_eq!("".parse::<ReportingPeriod>().unwrap_err().kind(), ErrorKind::Empty);
/// assert_eq!("Quý I/1800".parse::<ReportingPeriod>().unwrap_err().kind(), ErrorKind::OutOfRange);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input was empty or only white space.
    Empty,
    /// The input is longer than the crate accepts for this kind of value.
    TooLong,
    /// The input contains control characters.
    ControlCharacter,
    /// The input is well formed but names nothing the crate knows.
    Unknown,
    /// A number or date is outside its allowed range.
    OutOfRange,
    /// The input does not have the expected shape.
    Malformed,
}

impl Error {
    fn new(kind: ErrorKind, what: &'static str, input: &str, detail: String) -> Self {
        Error {
            kind,
            what,
            input: echo(input),
            detail,
        }
    }

    /// An empty or blank input.
    pub(crate) fn empty(what: &'static str) -> Self {
        Self::new(ErrorKind::Empty, what, "", String::new())
    }

    /// An input of `len` characters where at most `max` are accepted.
    pub(crate) fn too_long(what: &'static str, input: &str, max: usize) -> Self {
        let detail = format!("at most {max} characters are accepted");
        Self::new(ErrorKind::TooLong, what, input, detail)
    }

    /// An input containing a control character.
    pub(crate) fn control_character(what: &'static str, input: &str) -> Self {
        Self::new(
            ErrorKind::ControlCharacter,
            what,
            input,
            "control characters are not accepted".into(),
        )
    }

    /// An input naming nothing known; `expected` says what would have been accepted.
    pub(crate) fn unknown(what: &'static str, input: &str, expected: impl Into<String>) -> Self {
        Self::new(
            ErrorKind::Unknown,
            what,
            input,
            format!("expected {}", expected.into()),
        )
    }

    /// A value outside `[min, max]`.
    pub(crate) fn out_of_range(what: &'static str, input: &str, bounds: impl Into<String>) -> Self {
        Self::new(ErrorKind::OutOfRange, what, input, bounds.into())
    }

    /// An input of the wrong shape; `expected` describes the right one.
    pub(crate) fn malformed(what: &'static str, input: &str, expected: impl Into<String>) -> Self {
        Self::new(
            ErrorKind::Malformed,
            what,
            input,
            format!("expected {}", expected.into()),
        )
    }

    /// The category of the error.
    ///
    /// # Example
    /// ```
    /// use qcdc::ErrorKind;
    /// use qcdc::org::OrgKind;
    ///
    /// let err = "Hội Doanh nhân trẻ".parse::<OrgKind>().unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Unknown);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// What was being parsed, in English (`"organisation kind"`, `"reporting period"`).
    ///
    /// # Example
    /// ```
    /// use qcdc::org::OrgKind;
    ///
    /// let err = "Hội Doanh nhân trẻ".parse::<OrgKind>().unwrap_err();
    /// assert_eq!(err.what(), "organisation kind");
    /// ```
    pub fn what(&self) -> &'static str {
        self.what
    }

    /// The offending input, shortened to its first 60 characters when longer.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::OrgKind;
    ///
    /// let err = "Hội Doanh nhân trẻ".parse::<OrgKind>().unwrap_err();
    /// assert_eq!(err.input(), "Hội Doanh nhân trẻ");
    /// ```
    pub fn input(&self) -> &str {
        &self.input
    }
}

/// Shortens and makes printable what the error repeats of the input.
fn echo(input: &str) -> String {
    let mut out: String = input
        .chars()
        .take(MAX_ECHO)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if input.chars().count() > MAX_ECHO {
        out.push('…');
    }
    out
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::Empty => write!(f, "empty {}", self.what),
            ErrorKind::TooLong => write!(
                f,
                "{} \"{}\" is too long: {}",
                self.what, self.input, self.detail
            ),
            ErrorKind::ControlCharacter => {
                write!(
                    f,
                    "{} \"{}\" is invalid: {}",
                    self.what, self.input, self.detail
                )
            }
            ErrorKind::Unknown => write!(
                f,
                "unknown {} \"{}\": {}",
                self.what, self.input, self.detail
            ),
            ErrorKind::OutOfRange => {
                write!(
                    f,
                    "{} \"{}\" is out of range: {}",
                    self.what, self.input, self.detail
                )
            }
            ErrorKind::Malformed => write!(
                f,
                "malformed {} \"{}\": {}",
                self.what, self.input, self.detail
            ),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_lowercase_and_name_the_input() {
        let e = Error::unknown("organisation kind", "abc", "a wire code such as \"mttq\"");
        assert_eq!(
            e.to_string(),
            "unknown organisation kind \"abc\": expected a wire code such as \"mttq\""
        );
        assert_eq!(Error::empty("title").to_string(), "empty title");
        let e = Error::too_long("title", "x", 256);
        assert_eq!(
            e.to_string(),
            "title \"x\" is too long: at most 256 characters are accepted"
        );
    }

    #[test]
    fn long_and_control_inputs_are_shortened_and_made_printable() {
        let long = "a".repeat(1_000_000);
        let e = Error::unknown("title", &long, "x");
        assert_eq!(e.input().chars().count(), MAX_ECHO + 1);
        let e = Error::control_character("title", "a\u{0}b");
        assert_eq!(e.input(), "a\u{FFFD}b");
    }
}
