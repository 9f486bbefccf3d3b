//! Parsing a [`ReportingPeriod`] from its code or from what people type.
//!
//! The input is checked first (blank, too long, control characters: see
//! [`text::checked_input`](crate::text)), then folded (case, diacritics, `-`/`_` → space) and cut
//! into words at spaces, `/`, `.`, `,` and `:`. The year is the first word when the input is a
//! code (`2021-Q1`, `2021-04`) and the last word otherwise (`Quý I/2021`, `T4/2021`); the other
//! words name the part of the year.

use std::str::FromStr;

use super::value::{ReportingPeriod, Span, WHAT, year_bounds};
use crate::Error;
use crate::text::{checked_input, fold};

/// What a period parser accepts, for error messages.
const EXPECTED: &str = "a period code (2021-04, 2021-Q1, 2021-H1, 2021-H2, 2021-9M, 2021) or a \
                        label such as \"Tháng 4/2021\", \"Quý I/2021\", \"6 tháng đầu năm 2021\", \
                        \"9 tháng năm 2021\", \"Năm 2021\"";

impl FromStr for ReportingPeriod {
    type Err = Error;

    /// Parses a code or a Vietnamese label (see the type's docs for the spellings accepted).
    ///
    /// # Errors
    /// [`ErrorKind::Empty`](crate::ErrorKind::Empty), [`ErrorKind::TooLong`](crate::ErrorKind::TooLong)
    /// (over [`MAX_NAME_INPUT`](crate::text::MAX_NAME_INPUT) characters, rejected before any
    /// other work) or [`ErrorKind::ControlCharacter`](crate::ErrorKind::ControlCharacter) for
    /// bad shapes; [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) for a year outside
    /// 1945–9999 (year 0, negative years), a month outside 1–12 or a quarter outside I–IV;
    /// [`ErrorKind::Malformed`](crate::ErrorKind::Malformed) when no year is found and
    /// [`ErrorKind::Unknown`](crate::ErrorKind::Unknown) when the words name no period.
    ///
    /// # Example
    /// ```
    /// use qcdc::ErrorKind;
    /// use qcdc::period::ReportingPeriod;
    ///
    /// let q1: ReportingPeriod = "quy 1 nam 2021".parse()?;
    /// assert_eq!(q1.code(), "2021-Q1");
    /// assert_eq!("T4/2021".parse::<ReportingPeriod>()?.code(), "2021-04");
    /// assert_eq!("Quý V/2021".parse::<ReportingPeriod>().unwrap_err().kind(), ErrorKind::OutOfRange);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        let input = checked_input(WHAT, s)?;
        if let Some(period) = parse_code(input) {
            return Ok(period);
        }
        if has_negative_number(input) {
            return Err(Error::out_of_range(WHAT, input, year_bounds()));
        }
        let folded = fold(input);
        let words: Vec<&str> = folded
            .split(|c: char| c.is_whitespace() || matches!(c, '/' | '.' | ',' | ':'))
            .filter(|w| !w.is_empty())
            .collect();
        let is_number = |w: &&str| w.bytes().all(|b| b.is_ascii_digit());
        let (year_word, rest): (&str, &[&str]) = match words.as_slice() {
            [] => return Err(Error::malformed(WHAT, input, EXPECTED)),
            // A code: the year comes first ("2021 q1", "2021 04", "2021 9m").
            [first, .., last]
                if is_number(first)
                    && (!is_number(last) || (first.len() >= 3 && last.len() <= 2)) =>
            {
                (first, &words[1..])
            }
            [init @ .., last] if is_number(last) => (last, init),
            _ => {
                return Err(Error::malformed(
                    WHAT,
                    input,
                    format!("a year; expected {EXPECTED}"),
                ));
            }
        };
        let year = number(year_word)
            .and_then(|y| i32::try_from(y).ok())
            .ok_or_else(|| Error::out_of_range(WHAT, input, year_bounds()))?;
        let span = describe(rest).map_err(|problem| match problem {
            Problem::OutOfRange(bound) => Error::out_of_range(WHAT, input, bound),
            Problem::Unknown => Error::unknown(WHAT, input, EXPECTED),
        })?;
        // The part of the year is valid by now: only the year can be out of range.
        ReportingPeriod::from_parts(year, span)
            .map_err(|_| Error::out_of_range(WHAT, input, year_bounds()))
    }
}

/// The fast path for a well-formed, valid code (`2021`, `2021-04`, `2021-Q1`, `2021-H2`,
/// `2021-9M`, any case): no folding, no allocation. Anything else, including invalid codes,
/// goes the general way, which also words the errors.
fn parse_code(s: &str) -> Option<ReportingPeriod> {
    let b = s.as_bytes();
    if !(b.len() == 4 || b.len() == 7) || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let year = b[..4]
        .iter()
        .fold(0i32, |y, d| y * 10 + i32::from(d - b'0'));
    let span = match b.get(4..) {
        Some([]) => Span::Year,
        Some([b'-', x, y]) => match (x.to_ascii_uppercase(), y.to_ascii_uppercase()) {
            (b'Q', q @ b'1'..=b'4') => Span::Quarter(q - b'0'),
            (b'H', b'1') => Span::FirstHalf,
            (b'H', b'2') => Span::SecondHalf,
            (b'9', b'M') => Span::NineMonths,
            (t @ b'0'..=b'1', u @ b'0'..=b'9') => Span::Month((t - b'0') * 10 + (u - b'0')),
            _ => return None,
        },
        _ => return None,
    };
    ReportingPeriod::from_parts(year, span).ok()
}

/// Why the words before or after the year name no period.
enum Problem {
    OutOfRange(&'static str),
    Unknown,
}

/// A minus sign before a digit at the start of a word: a negative number, i.e. a negative year
/// (a month or quarter is never written negative). `2021-04` is a code, not `-04`.
fn has_negative_number(s: &str) -> bool {
    let mut previous: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let word_start = previous.is_none_or(|p| p.is_whitespace() || p == '/');
        if matches!(c, '-' | '−' | '–')
            && word_start
            && chars.peek().is_some_and(char::is_ascii_digit)
        {
            return true;
        }
        previous = Some(c);
    }
    false
}

/// A decimal number of at most nine digits.
fn number(word: &str) -> Option<u32> {
    if word.is_empty() || word.len() > 9 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok()
}

/// A Roman numeral from I to XII, or a decimal number.
fn roman_or_number(word: &str) -> Option<u32> {
    const ROMAN: [&str; 12] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ];
    ROMAN
        .iter()
        .position(|r| *r == word)
        .map(|i| i as u32 + 1)
        .or_else(|| number(word))
}

/// Cuts words where letters and digits meet: "q1" → "q", "1"; "9m" → "9", "m".
fn split_letters_and_digits<'a>(words: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::with_capacity(words.len() + 2);
    for word in words {
        let mut start = 0;
        let bytes = word.as_bytes();
        for i in 1..bytes.len() {
            if bytes[i].is_ascii_digit() != bytes[i - 1].is_ascii_digit()
                && word.is_char_boundary(i)
            {
                out.push(&word[start..i]);
                start = i;
            }
        }
        out.push(&word[start..]);
    }
    out
}

/// The part of the year the words name (the year itself removed).
fn describe(words: &[&str]) -> Result<Span, Problem> {
    let words = split_letters_and_digits(words);
    let mut words = words.as_slice();
    // "quý 1 năm 2021", "6 tháng đầu năm 2021": the "năm" before the year is a connector.
    if let [init @ .., "nam"] = words {
        words = init;
    }
    let six = |w: &str| w == "6" || w == "sau";
    let nine = |w: &str| w == "9" || w == "chin";
    match words {
        [] | ["ca"] => Ok(Span::Year),
        ["thang" | "t", m] | [m] if number(m).is_some() => month(number(m)),
        ["quy" | "q", q] => match roman_or_number(q) {
            Some(q @ 1..=4) => Ok(Span::Quarter(q as u8)),
            Some(_) => Err(Problem::OutOfRange(
                "the quarter must be from I to IV (1 to 4)",
            )),
            None => Err(Problem::Unknown),
        },
        ["h", "1"] => Ok(Span::FirstHalf),
        ["h", "2"] => Ok(Span::SecondHalf),
        [n, "thang", "dau"] if six(n) => Ok(Span::FirstHalf),
        [n, "thang", "cuoi"] if six(n) => Ok(Span::SecondHalf),
        [n, "thang" | "m"] | [n, "thang", "dau"] if nine(n) => Ok(Span::NineMonths),
        _ => Err(Problem::Unknown),
    }
}

fn month(m: Option<u32>) -> Result<Span, Problem> {
    match m {
        Some(m @ 1..=12) => Ok(Span::Month(m as u8)),
        _ => Err(Problem::OutOfRange("the month must be from 1 to 12")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    fn code(s: &str) -> String {
        s.parse::<ReportingPeriod>()
            .unwrap_or_else(|e| panic!("{s:?}: {e}"))
            .code()
    }

    #[test]
    fn accepts_codes_and_what_people_type() {
        let cases = [
            ("2021-04", "2021-04"),
            ("2021-Q1", "2021-Q1"),
            ("2021-q4", "2021-Q4"),
            ("2021-H1", "2021-H1"),
            ("2021-H2", "2021-H2"),
            ("2021-9M", "2021-9M"),
            ("2021", "2021"),
            ("Quý I/2021", "2021-Q1"),
            ("quý 1 năm 2021", "2021-Q1"),
            ("QUY IV NAM 2021", "2021-Q4"),
            ("Q1/2021", "2021-Q1"),
            ("q3-2021", "2021-Q3"),
            ("6 tháng đầu năm 2021", "2021-H1"),
            ("sáu tháng cuối năm 2021", "2021-H2"),
            ("6 thang cuoi nam 2021", "2021-H2"),
            ("9 tháng 2021", "2021-9M"),
            ("9 tháng năm 2021", "2021-9M"),
            ("chín tháng đầu năm 2021", "2021-9M"),
            ("tháng 04/2021", "2021-04"),
            ("Tháng 4/2021", "2021-04"),
            ("T4/2021", "2021-04"),
            ("t12.2021", "2021-12"),
            ("4/2021", "2021-04"),
            ("năm 2021", "2021"),
            ("Năm 2021", "2021"),
            ("cả năm 2021", "2021"),
            ("  2021  ", "2021"),
        ];
        for (input, expected) in cases {
            assert_eq!(code(input), expected, "{input:?}");
        }
        // NFD input parses like NFC.
        use unicode_normalization::UnicodeNormalization;
        let nfd: String = "Quý II/2021".nfd().collect();
        assert_eq!(code(&nfd), "2021-Q2");
    }

    #[test]
    fn bad_inputs_are_typed_errors() {
        let cases = [
            ("", ErrorKind::Empty),
            ("   ", ErrorKind::Empty),
            ("0", ErrorKind::OutOfRange),
            ("0-Q1", ErrorKind::OutOfRange),
            ("năm 0", ErrorKind::OutOfRange),
            ("-2021", ErrorKind::OutOfRange),
            ("-2021-Q1", ErrorKind::OutOfRange),
            ("Quý I/-2021", ErrorKind::OutOfRange),
            ("1944", ErrorKind::OutOfRange),
            ("10000", ErrorKind::OutOfRange),
            ("99999999999999999999", ErrorKind::OutOfRange),
            ("2021-13", ErrorKind::OutOfRange),
            ("2021-00", ErrorKind::OutOfRange),
            ("1944-Q1", ErrorKind::OutOfRange),
            ("tháng 13/2021", ErrorKind::OutOfRange),
            ("tháng 0/2021", ErrorKind::OutOfRange),
            ("Quý V/2021", ErrorKind::OutOfRange),
            ("2021-Q5", ErrorKind::OutOfRange),
            ("Quý V", ErrorKind::Malformed),
            ("quý", ErrorKind::Malformed),
            ("tuần 3/2021", ErrorKind::Unknown),
            ("2021-H3", ErrorKind::Unknown),
            ("6 tháng 2021", ErrorKind::Unknown),
            ("quý x1/2021", ErrorKind::Unknown),
            ("2021\u{0}", ErrorKind::ControlCharacter),
        ];
        for (input, kind) in cases {
            let e = input.parse::<ReportingPeriod>().unwrap_err();
            assert_eq!(e.kind(), kind, "{input:?}: {e}");
        }
        let long = "Q".repeat(10 * 1024);
        assert_eq!(
            long.parse::<ReportingPeriod>().unwrap_err().kind(),
            ErrorKind::TooLong
        );
    }

    #[test]
    fn error_messages_say_what_was_expected() {
        assert_eq!(
            "tuần 3/2021"
                .parse::<ReportingPeriod>()
                .unwrap_err()
                .to_string(),
            format!("unknown reporting period \"tuần 3/2021\": expected {EXPECTED}")
        );
        assert_eq!(
            "Quý V/2021"
                .parse::<ReportingPeriod>()
                .unwrap_err()
                .to_string(),
            "reporting period \"Quý V/2021\" is out of range: the quarter must be from I to IV (1 to 4)"
        );
        assert_eq!(
            "năm 0".parse::<ReportingPeriod>().unwrap_err().to_string(),
            "reporting period \"năm 0\" is out of range: the year must be from 1945 to 9999"
        );
    }
}
