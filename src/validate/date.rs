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
    let Some((year, month, day)) = iso_parts(s) else {
        return Err(crate::Error::malformed(
            WHAT,
            s,
            "a date in the form YYYY-MM-DD",
        ));
    };
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(crate::Error::out_of_range(
            WHAT,
            s,
            format!("the year must be from {MIN_YEAR} to {MAX_YEAR}"),
        ));
    }
    NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| crate::Error::malformed(WHAT, s, "a day of the calendar"))
}

/// Whether `s` is shaped `YYYY-MM-DD` with its year in range, the day not yet checked against
/// the calendar: what the direct decoder asks of a date before the date's own visitor reads it
/// (that visitor refuses a day not in the calendar), so each date is parsed once.
pub(crate) fn is_iso_shaped(s: &str) -> bool {
    iso_parts(s).is_some_and(|(year, _, _)| (MIN_YEAR..=MAX_YEAR).contains(&year))
}

/// The year, month and day written in `s` when it is ten characters `YYYY-MM-DD` (digits and
/// dashes), whatever their values.
fn iso_parts(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return None;
    }
    let number =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let year = i32::try_from(number(0..4)).ok()?;
    Some((year, number(5..7), number(8..10)))
}

pub(crate) mod wire {
    use std::fmt;

    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, de};

    use crate::validate::leaf::CHRONO_DATE_EXPECTING;

    /// The visitor of a date member (its name is what the direct decoder recognises).
    pub(crate) struct IsoDateVisitor;

    impl de::Visitor<'_> for IsoDateVisitor {
        type Value = NaiveDate;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(CHRONO_DATE_EXPECTING)
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<NaiveDate, E> {
            match super::parse_iso(v) {
                Ok(date) => Ok(date),
                Err(_) => v.parse().map_err(E::custom),
            }
        }
    }

    /// A date read by [`IsoDateVisitor`], for the members that hold an optional date or a list.
    struct Date(NaiveDate);

    impl<'de> Deserialize<'de> for Date {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_str(IsoDateVisitor).map(Date)
        }
    }

    /// A `NaiveDate` member (`#[serde(deserialize_with = ...)]`).
    pub(crate) fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(IsoDateVisitor)
    }

    /// An `Option<NaiveDate>` member (with `#[serde(default)]`, so an absent member is `None`).
    pub(crate) fn option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Ok(Option::<Date>::deserialize(d)?.map(|Date(date)| date))
    }

    /// A `Vec<NaiveDate>` member.
    pub(crate) fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
        let dates = Vec::<Date>::deserialize(d)?;
        Ok(dates.into_iter().map(|Date(date)| date).collect())
    }
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
    fn members_read_every_text_as_chrono_does() {
        #[derive(Debug, serde::Deserialize)]
        struct Member {
            #[serde(deserialize_with = "wire::date")]
            on: NaiveDate,
            #[serde(default, deserialize_with = "wire::option")]
            until: Option<NaiveDate>,
            #[serde(default, deserialize_with = "wire::list")]
            days: Vec<NaiveDate>,
        }
        for text in [
            "2021-04-07",
            "1900-01-01",
            "2100-12-31",
            "2021-4-7",
            "+2021-04-07",
            "0000-01-01",
            "2101-01-01",
            "2021-02-29",
            "2021/04/07",
            "",
        ] {
            let json = format!(r#"{{"on":"{text}","until":"{text}","days":["{text}"]}}"#);
            let ours = serde_json::from_str::<Member>(&json);
            let chrono = serde_json::from_str::<NaiveDate>(&format!("\"{text}\""));
            match (&ours, &chrono) {
                (Ok(m), Ok(d)) => {
                    assert_eq!((m.on, m.until, &m.days[..]), (*d, Some(*d), &[*d][..]))
                }
                (Err(a), Err(b)) => assert_eq!(
                    a.to_string().split(" at line").next(),
                    b.to_string().split(" at line").next()
                ),
                _ => panic!("{text}: {ours:?} against {chrono:?}"),
            }
        }
        let absent = serde_json::from_str::<Member>(r#"{"on":"2021-04-07","until":null}"#).unwrap();
        assert_eq!((absent.until, absent.days.len()), (None, 0));
    }

    #[test]
    fn the_schema_pattern_says_the_same() {
        // The pattern is checked by hand here (no regex engine in the crate): the years at the
        // edges of the range and just outside it.
        assert!(DATE_PATTERN.starts_with("^(19[0-9]{2}|20[0-9]{2}|2100)-"));
        assert_eq!((MIN_YEAR, MAX_YEAR), (1900, 2100));
    }
}
