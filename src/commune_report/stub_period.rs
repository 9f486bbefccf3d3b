//! TEMPORARY stand-in for `crate::period::ReportingPeriod` until the periods branch lands.
//! Only quarters (`2023-Q3`) and years (`2023`) — what the commune report needs.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// **Kỳ báo cáo** — stand-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReportingPeriod {
    year: i32,
    quarter: Option<u32>,
}

impl ReportingPeriod {
    /// A quarter.
    pub fn quarter(year: i32, quarter: u32) -> Self {
        ReportingPeriod {
            year,
            quarter: Some(quarter),
        }
    }
    /// A year.
    pub fn year_period(year: i32) -> Self {
        ReportingPeriod {
            year,
            quarter: None,
        }
    }
    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }
    /// The quarter number.
    pub fn quarter_number(&self) -> Option<u32> {
        self.quarter
    }
    /// First day.
    pub fn first_day(&self) -> NaiveDate {
        let m = self.quarter.map_or(1, |q| 3 * q - 2);
        NaiveDate::from_ymd_opt(self.year, m, 1).unwrap_or(NaiveDate::MIN)
    }
    /// Last day.
    pub fn last_day(&self) -> NaiveDate {
        let (y, m) = match self.quarter {
            Some(4) | None => (self.year + 1, 1),
            Some(q) => (self.year, 3 * q + 1),
        };
        NaiveDate::from_ymd_opt(y, m, 1)
            .and_then(|d| d.pred_opt())
            .unwrap_or(NaiveDate::MAX)
    }
}

impl fmt::Display for ReportingPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.quarter {
            Some(q) => write!(
                f,
                "Quý {}/{}",
                ["I", "II", "III", "IV"][(q - 1) as usize],
                self.year
            ),
            None => write!(f, "Năm {}", self.year),
        }
    }
}

impl FromStr for ReportingPeriod {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("bad period {s:?}");
        match s.split_once("-Q") {
            Some((y, q)) => {
                let q: u32 = q.parse().map_err(|_| bad())?;
                if !(1..=4).contains(&q) {
                    return Err(bad());
                }
                Ok(Self::quarter(y.parse().map_err(|_| bad())?, q))
            }
            None => Ok(Self::year_period(s.parse().map_err(|_| bad())?)),
        }
    }
}

impl Serialize for ReportingPeriod {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.quarter {
            Some(q) => s.serialize_str(&format!("{}-Q{q}", self.year)),
            None => s.serialize_str(&self.year.to_string()),
        }
    }
}

impl<'de> Deserialize<'de> for ReportingPeriod {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for ReportingPeriod {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ReportingPeriod".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"type": "string", "title": "Kỳ báo cáo"})
    }
}

#[allow(dead_code)]
fn _unused(d: NaiveDate) -> i32 {
    d.year()
}
