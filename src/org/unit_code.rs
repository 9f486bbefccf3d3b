//! **Mã đơn vị hành chính** — the official code of an administrative unit.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::AdminLevel;
use crate::Error;

/// The pattern of a [`UnitCode`] on the wire: 2 digits (province), 3 (district, until
/// 30/06/2025) or 5 (commune).
pub const UNIT_CODE_PATTERN: &str = "^([0-9]{2}|[0-9]{3}|[0-9]{5})$";

/// **Mã đơn vị hành chính** — the official code of an administrative unit, from the national
/// list of the statistics office: 2 digits for a province ("01" Hà Nội), 3 for a district until
/// 30/06/2025 ("004" quận Long Biên), 5 for a commune ("00145" phường Long Biên). From
/// 01/07/2025 the list is the one of Quyết định 19/2025/QĐ-TTg.
///
/// A code names a unit only together with a date: the 2025 list reuses codes of the former
/// one ("00145" was the former phường Long Biên until 30/06/2025 and is the new, larger one
/// from 01/07/2025). See [`crate::org::registry`].
///
/// On the wire: the digit string, leading zeros included (pattern [`UNIT_CODE_PATTERN`]).
///
/// # Example
/// ```
/// use qcdc::org::{AdminLevel, UnitCode};
///
/// let code: UnitCode = "00145".parse()?;
/// assert_eq!(code.to_string(), "00145");
/// assert_eq!(code.level(), AdminLevel::Commune);
/// assert_eq!(UnitCode::province(1).to_string(), "01");
/// assert!("145".parse::<UnitCode>().is_ok()); // a district code
/// assert!("0145".parse::<UnitCode>().is_err());
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnitCode {
    /// Digits first, so codes of one level sort together and in numeric order.
    digits: u8,
    value: u32,
}

impl UnitCode {
    /// The code of a province (2 digits): `province(1)` is "01".
    ///
    /// # Panics
    /// When `value` has more than 2 digits (a programming error, as with an array index).
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{AdminLevel, UnitCode};
    ///
    /// let ha_noi = UnitCode::province(1);
    /// assert_eq!(ha_noi.to_string(), "01");
    /// assert_eq!(ha_noi.level(), AdminLevel::Province);
    /// ```
    pub const fn province(value: u32) -> Self {
        assert!(value < 100, "a province code has 2 digits");
        UnitCode { digits: 2, value }
    }

    /// The code of a district (3 digits, until 30/06/2025): `district(4)` is "004".
    ///
    /// # Panics
    /// When `value` has more than 3 digits.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{UnitCode, registry};
    ///
    /// let long_bien = UnitCode::district(4);
    /// assert_eq!(long_bien.to_string(), "004");
    /// assert_eq!(registry::former(long_bien).unwrap().to_string(), "Quận Long Biên");
    /// ```
    pub const fn district(value: u32) -> Self {
        assert!(value < 1_000, "a district code has 3 digits");
        UnitCode { digits: 3, value }
    }

    /// The code of a commune (5 digits): `commune(145)` is "00145".
    ///
    /// # Panics
    /// When `value` has more than 5 digits.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{UnitCode, registry};
    ///
    /// let bo_de = UnitCode::commune(118);
    /// assert_eq!(bo_de.to_string(), "00118");
    /// assert_eq!(bo_de, "00118".parse()?);
    /// assert_eq!(registry::unit(bo_de).unwrap().name(), "Bồ Đề");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub const fn commune(value: u32) -> Self {
        assert!(value < 100_000, "a commune code has 5 digits");
        UnitCode { digits: 5, value }
    }

    /// The number the digits spell (145 for "00145").
    ///
    /// # Example
    /// ```
    /// use qcdc::org::UnitCode;
    ///
    /// assert_eq!("00145".parse::<UnitCode>()?.value(), 145);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub const fn value(self) -> u32 {
        self.value
    }

    /// The level of the units this code can name, by its number of digits.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{AdminLevel, UnitCode};
    ///
    /// assert_eq!("004".parse::<UnitCode>()?.level(), AdminLevel::District);
    /// assert_eq!("00145".parse::<UnitCode>()?.level(), AdminLevel::Commune);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub const fn level(self) -> AdminLevel {
        match self.digits {
            2 => AdminLevel::Province,
            3 => AdminLevel::District,
            _ => AdminLevel::Commune,
        }
    }
}

impl FromStr for UnitCode {
    type Err = Error;

    /// Parses 2, 3 or 5 ASCII digits, surrounding white space ignored.
    ///
    /// # Errors
    /// [`ErrorKind::Malformed`](crate::ErrorKind::Malformed) for anything else.
    fn from_str(s: &str) -> Result<Self, Error> {
        const WHAT: &str = "administrative unit code";
        let t = s.trim();
        if !t.bytes().all(|b| b.is_ascii_digit()) || !matches!(t.len(), 2 | 3 | 5) {
            return Err(Error::malformed(
                WHAT,
                s,
                "2, 3 or 5 digits such as 01 or 00145",
            ));
        }
        let value = t.bytes().fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
        Ok(UnitCode {
            digits: t.len() as u8,
            value,
        })
    }
}

impl fmt::Display for UnitCode {
    /// The digits with their leading zeros: "01", "004", "00145".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:0width$}",
            self.value,
            width = usize::from(self.digits)
        )
    }
}

impl Serialize for UnitCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for UnitCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for UnitCode {
    fn schema_name() -> Cow<'static, str> {
        "UnitCode".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::UnitCode").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "title": "Mã đơn vị hành chính",
            "description": "Mã số theo Bảng danh mục và mã số các đơn vị hành chính Việt Nam: tỉnh 2 chữ số, huyện 3 chữ số (đến 30/06/2025), xã 5 chữ số.",
            "pattern": UNIT_CODE_PATTERN,
            "examples": ["01", "00145"],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_with_leading_zeros() {
        for s in ["01", "96", "004", "00145", "32248"] {
            let code: UnitCode = s.parse().unwrap();
            assert_eq!(code.to_string(), s);
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{s}\""));
            assert_eq!(serde_json::from_str::<UnitCode>(&json).unwrap(), code);
        }
    }

    #[test]
    fn rejects_other_shapes() {
        for s in ["", "1", "0145", "001450", "0a", "+01", "٠١"] {
            let err = s.parse::<UnitCode>().unwrap_err();
            assert_eq!(err.kind(), crate::ErrorKind::Malformed, "{s}");
        }
        assert!(serde_json::from_str::<UnitCode>("1").is_err());
    }

    #[test]
    fn same_number_different_level_differs() {
        assert_ne!(UnitCode::province(1), UnitCode::commune(1));
        assert_eq!(UnitCode::commune(145).level(), AdminLevel::Commune);
    }
}
