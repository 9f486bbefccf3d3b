//! **Ngày tháng** — how documents write dates: ISO 8601 calendar dates `YYYY-MM-DD`, with a
//! four-digit year from [`MIN_YEAR`] to [`MAX_YEAR`].
//!
//! chrono alone also reads `2021-1-5`, `+2021-01-05`, `-2021-01-05` and `0000-01-01`; none of
//! them is what a form sends, and a year outside the range is a typing slip in these documents
//! (laws of the Democratic Republic from 1945 on, plans a few years ahead), so they are refused.

use chrono::NaiveDate;

/// The earliest year a document date may have.
pub const MIN_YEAR: i32 = 1900;

/// The latest year a document date may have.
pub const MAX_YEAR: i32 = 2100;

/// The JSON Schema `pattern` of a document date: four-digit year, two-digit month and day.
pub const DATE_PATTERN: &str =
    "^(19[0-9]{2}|20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

/// **Đọc ngày** — reads a document date `YYYY-MM-DD` (see the module docs).
///
/// # Errors
/// A [`crate::Error`] when `s` is not such a date: [`Malformed`](crate::ErrorKind::Malformed)
/// for another shape or a day not in the calendar, [`OutOfRange`](crate::ErrorKind::OutOfRange)
/// for a year outside the range.
///
/// # Example
/// ```
/// use qcdc::validate::date::parse_iso;
///
/// assert_eq!(parse_iso("2021-04-07").unwrap().to_string(), "2021-04-07");
/// assert!(parse_iso("2021-4-7").is_err());
/// assert!(parse_iso("0000-01-01").is_err());
/// assert!(parse_iso("2021-02-30").is_err());
/// ```
pub fn parse_iso(s: &str) -> Result<NaiveDate, crate::Error> {
    const WHAT: &str = "date";
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return Err(crate::Error::malformed(
            WHAT,
            s,
            "a date in the form YYYY-MM-DD",
        ));
    }
    let number =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let year = i32::try_from(number(0..4)).unwrap_or(0);
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(crate::Error::out_of_range(
            WHAT,
            s,
            format!("the year must be from {MIN_YEAR} to {MAX_YEAR}"),
        ));
    }
    NaiveDate::from_ymd_opt(year, number(5..7), number(8..10))
        .ok_or_else(|| crate::Error::malformed(WHAT, s, "a day of the calendar"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_iso_dates_in_range() {
        for ok in ["1900-01-01", "2100-12-31", "2024-02-29", "2021-04-07"] {
            assert!(parse_iso(ok).is_ok(), "{ok}");
        }
        for bad in [
            "-2021-01-05",
            "+2021-01-05",
            "0000-01-01",
            "1899-12-31",
            "2101-01-01",
            "2021-1-5",
            "2021-01-5",
            "2021/01/05",
            "2021-02-29",
            "2021-13-01",
            "20210105",
            "",
            "２０２１-01-05",
        ] {
            assert!(parse_iso(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_schema_pattern_says_the_same() {
        // The pattern is checked by hand here (no regex engine in the crate): the years at the
        // edges of the range and just outside it.
        assert!(DATE_PATTERN.starts_with("^(19[0-9]{2}|20[0-9]{2}|2100)-"));
        assert_eq!((MIN_YEAR, MAX_YEAR), (1900, 2100));
    }
}
