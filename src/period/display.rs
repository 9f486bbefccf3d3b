//! The faces of a [`ReportingPeriod`]: the Vietnamese label (`Display`), the compact code,
//! serde and the JSON Schema.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::value::{ReportingPeriod, Span};

/// The Roman numerals of the quarters, as Vietnamese labels write them.
pub(crate) const ROMAN_QUARTERS: [&str; 4] = ["I", "II", "III", "IV"];

/// The JSON Schema pattern of a period code, years 1945–9999 included.
pub const CODE_PATTERN: &str =
    "^(194[5-9]|19[5-9][0-9]|[2-9][0-9]{3})(-(0[1-9]|1[0-2]|Q[1-4]|H[12]|9M))?$";

impl ReportingPeriod {
    /// **Mã kỳ** — the compact code written on the wire: `2021-04`, `2021-Q1`, `2021-H1`,
    /// `2021-H2`, `2021-9M`, `2021`.
    ///
    /// # Example
    /// ```
    /// use qcdc::period::ReportingPeriod;
    ///
    /// assert_eq!(ReportingPeriod::month(2021, 4)?.code(), "2021-04");
    /// assert_eq!(ReportingPeriod::nine_months(2021)?.code(), "2021-9M");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn code(self) -> String {
        let mut s = String::with_capacity(7);
        // Writing to a String cannot fail.
        let _ = fmt::write(&mut s, format_args!("{}", Code(self)));
        s
    }
}

/// Writes the code of a period without allocating.
struct Code(ReportingPeriod);

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = self.0.year();
        match self.0.span() {
            Span::Month(m) => write!(f, "{year}-{m:02}"),
            Span::Quarter(q) => write!(f, "{year}-Q{q}"),
            Span::FirstHalf => write!(f, "{year}-H1"),
            Span::SecondHalf => write!(f, "{year}-H2"),
            Span::NineMonths => write!(f, "{year}-9M"),
            Span::Year => write!(f, "{year}"),
        }
    }
}

impl fmt::Display for ReportingPeriod {
    /// The Vietnamese label: "Tháng 4/2021", "Quý I/2021", "6 tháng đầu năm 2021",
    /// "6 tháng cuối năm 2021", "9 tháng năm 2021", "Năm 2021".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = self.year();
        match self.span() {
            Span::Month(m) => write!(f, "Tháng {m}/{year}"),
            Span::Quarter(q) => write!(f, "Quý {}/{year}", ROMAN_QUARTERS[usize::from(q - 1)]),
            Span::FirstHalf => write!(f, "6 tháng đầu năm {year}"),
            Span::SecondHalf => write!(f, "6 tháng cuối năm {year}"),
            Span::NineMonths => write!(f, "9 tháng năm {year}"),
            Span::Year => write!(f, "Năm {year}"),
        }
    }
}

impl Serialize for ReportingPeriod {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&Code(*self))
    }
}

impl<'de> Deserialize<'de> for ReportingPeriod {
    /// Accepts the code and every spelling `FromStr` accepts, as the crate's vocabularies do.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = ReportingPeriod;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a reporting period code such as 2021-Q1")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(Visitor)
    }
}

impl JsonSchema for ReportingPeriod {
    fn schema_name() -> Cow<'static, str> {
        "ReportingPeriod".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::ReportingPeriod").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "title": "Kỳ báo cáo",
            "description": "Mã kỳ báo cáo: tháng (2021-04), quý (2021-Q1), 6 tháng đầu năm (2021-H1), 6 tháng cuối năm (2021-H2), 9 tháng (2021-9M) hoặc năm (2021).",
            "pattern": CODE_PATTERN,
            "examples": ["2021-04", "2021-Q1", "2021-H1", "2021-H2", "2021-9M", "2021"],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_codes() {
        let cases = [
            (ReportingPeriod::month(2021, 4), "Tháng 4/2021", "2021-04"),
            (ReportingPeriod::quarter(2021, 1), "Quý I/2021", "2021-Q1"),
            (ReportingPeriod::quarter(2021, 4), "Quý IV/2021", "2021-Q4"),
            (
                ReportingPeriod::first_half(2021),
                "6 tháng đầu năm 2021",
                "2021-H1",
            ),
            (
                ReportingPeriod::second_half(2021),
                "6 tháng cuối năm 2021",
                "2021-H2",
            ),
            (
                ReportingPeriod::nine_months(2021),
                "9 tháng năm 2021",
                "2021-9M",
            ),
            (ReportingPeriod::whole_year(2021), "Năm 2021", "2021"),
        ];
        for (p, label, code) in cases {
            let p = p.unwrap();
            assert_eq!(p.to_string(), label);
            assert_eq!(p.code(), code);
            assert_eq!(serde_json::to_value(p).unwrap(), code);
            assert_eq!(
                serde_json::from_value::<ReportingPeriod>(code.into()).unwrap(),
                p
            );
        }
    }
}
