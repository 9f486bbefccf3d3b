//! Elections a briefing reports on ("bầu cử Quốc hội khóa XV và HĐND các cấp nhiệm kỳ
//! 2021-2026").

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::results::MAX_PARAGRAPH;
use crate::validate::{Code, Pointer, ValidationReport, Violation};
use crate::vocabulary::vocabulary;

/// The first year of a national election in Việt Nam (the Quốc hội and the HĐND were first
/// elected in 1946); earlier term years are typing mistakes.
pub const FIRST_ELECTION_YEAR: u16 = 1946;

/// The highest legislature number (khóa) the crate accepts.
pub const MAX_LEGISLATURE: u16 = 999;

/// The last year the crate accepts in a term.
pub const LAST_TERM_YEAR: u16 = 9999;

vocabulary! {
    /// **Cơ quan dân cử** — the elected body an election is for.
    ///
    /// # Example
    /// ```
    /// use qcdc::report::ElectedBody;
    ///
    /// assert_eq!("HĐND các cấp".parse::<ElectedBody>()?, ElectedBody::PeoplesCouncils);
    /// assert_eq!(ElectedBody::NationalAssembly.to_string(), "Quốc hội");
    /// assert!("Thượng viện".parse::<ElectedBody>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum ElectedBody ("elected body", "Cơ quan dân cử") {
        /// **Quốc hội** — the National Assembly.
        NationalAssembly = "quoc_hoi", "Quốc hội", ["QH", "đại biểu Quốc hội"];
        /// **Hội đồng nhân dân các cấp** — the People's Councils at every level.
        PeoplesCouncils = "hdnd", "Hội đồng nhân dân các cấp",
            ["HĐND", "HĐND các cấp", "Hội đồng nhân dân", "đại biểu HĐND các cấp"];
    }
}

/// **Cuộc bầu cử** — an election being prepared or held: the body, its legislature number
/// (khóa, for the Quốc hội) and term, and how preparations stand.
///
/// # Example
/// ```
/// use qcdc::report::{ElectedBody, Election};
///
/// let qh = Election::new(ElectedBody::NationalAssembly, 2021, 2026).legislature(15);
/// assert_eq!(qh.to_string(), "Quốc hội khóa XV");
/// let hdnd = Election::new(ElectedBody::PeoplesCouncils, 2021, 2026);
/// assert_eq!(hdnd.to_string(), "HĐND các cấp nhiệm kỳ 2021-2026");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Cuộc bầu cử")]
pub struct Election {
    /// **Cơ quan dân cử** — the body elected.
    #[schemars(title = "Cơ quan dân cử")]
    pub body: ElectedBody,
    /// **Khóa** — the legislature number (XV for the Quốc hội elected in 2021), when used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Khóa", range(min = 1, max = 999))]
    pub legislature: Option<u16>,
    /// **Nhiệm kỳ từ năm** — the first year of the term.
    #[schemars(title = "Nhiệm kỳ từ năm", range(min = 1946, max = 9999))]
    pub term_start: u16,
    /// **Nhiệm kỳ đến năm** — the last year of the term (after the first).
    #[schemars(title = "Nhiệm kỳ đến năm", range(min = 1946, max = 9999))]
    pub term_end: u16,
    /// **Ngày bầu cử** — election day, when the report gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày bầu cử")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub election_day: Option<NaiveDate>,
    /// **Tiến độ chuẩn bị** — how preparations stand, as the report writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Tiến độ chuẩn bị", length(max = 4000))]
    pub progress: Option<String>,
}

impl Election {
    /// The election of `body` for the term `term_start`–`term_end`.
    ///
    /// # Example
    /// ```
    /// use qcdc::report::{ElectedBody, Election};
    ///
    /// let hdnd = Election::new(ElectedBody::PeoplesCouncils, 2021, 2026);
    /// assert_eq!((hdnd.term_start, hdnd.term_end), (2021, 2026));
    /// assert_eq!(hdnd.legislature, None);
    /// ```
    pub fn new(body: ElectedBody, term_start: u16, term_end: u16) -> Self {
        Election {
            body,
            legislature: None,
            term_start,
            term_end,
            election_day: None,
            progress: None,
        }
    }

    /// The same election with its legislature number (khóa).
    ///
    /// # Example
    /// ```
    /// use qcdc::report::{ElectedBody, Election};
    ///
    /// // Quốc hội khóa XV, 2021–2026 (the elections of the seed briefing).
    /// let qh = Election::new(ElectedBody::NationalAssembly, 2021, 2026).legislature(15);
    /// assert_eq!(qh.legislature, Some(15));
    /// ```
    pub fn legislature(mut self, number: u16) -> Self {
        self.legislature = Some(number);
        self
    }

    pub(crate) fn check(&self, path: &Pointer, report: &mut ValidationReport) {
        if let Some(n) = self.legislature
            && !(1..=MAX_LEGISLATURE).contains(&n)
        {
            report.error(
                Violation::new(&path.key("legislature"), Code::OutOfRange)
                    .param("min", 1)
                    .param("max", MAX_LEGISLATURE)
                    .param("actual", n),
            );
        }
        let year_range = FIRST_ELECTION_YEAR..=LAST_TERM_YEAR;
        if !year_range.contains(&self.term_start) {
            report.error(
                Violation::new(&path.key("term_start"), Code::OutOfRange)
                    .param("min", FIRST_ELECTION_YEAR)
                    .param("max", LAST_TERM_YEAR)
                    .param("actual", self.term_start),
            );
        }
        let first_end = self.term_start.saturating_add(1).max(FIRST_ELECTION_YEAR);
        if !(first_end..=LAST_TERM_YEAR).contains(&self.term_end) {
            report.error(
                Violation::new(&path.key("term_end"), Code::OutOfRange)
                    .param("min", first_end)
                    .param("max", LAST_TERM_YEAR)
                    .param("actual", self.term_end),
            );
        }
        if let Some(progress) = &self.progress {
            report.check_text(&path.key("progress"), progress, MAX_PARAGRAPH);
        }
    }
}

impl fmt::Display for Election {
    /// "Quốc hội khóa XV" when the legislature is known, "HĐND các cấp nhiệm kỳ 2021-2026"
    /// otherwise, as articles write them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let body = match self.body {
            ElectedBody::PeoplesCouncils => "HĐND các cấp",
            other => crate::vocabulary::Vocabulary::name_vi(other),
        };
        match self.legislature {
            Some(n) => write!(f, "{body} khóa {}", roman(n)),
            None => write!(f, "{body} nhiệm kỳ {}-{}", self.term_start, self.term_end),
        }
    }
}

/// `n` in Roman numerals (1–3999; larger numbers in Arabic digits).
fn roman(n: u16) -> String {
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    const TABLE: [(u16, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut rest = n;
    let mut out = String::new();
    for (value, digits) in TABLE {
        while rest >= value {
            out.push_str(digits);
            rest -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_well_formed() {
        crate::vocabulary::assert_well_formed::<ElectedBody>();
    }

    #[test]
    fn roman_numerals() {
        let got: Vec<String> = [1, 4, 9, 14, 15, 40, 1999, 0, 4000]
            .into_iter()
            .map(roman)
            .collect();
        assert_eq!(
            got,
            ["I", "IV", "IX", "XIV", "XV", "XL", "MCMXCIX", "0", "4000"]
        );
    }

    #[test]
    fn terms_must_run_forward_from_1946() {
        let mut report = ValidationReport::new();
        let mut e = Election::new(ElectedBody::PeoplesCouncils, 2021, 2021).legislature(0);
        e.check(&Pointer::root(), &mut report);
        e = Election::new(ElectedBody::NationalAssembly, 1900, u16::MAX);
        e.check(&Pointer::root(), &mut report);
        let found: Vec<_> = report
            .errors()
            .iter()
            .map(|v| (v.path.as_str(), v.code))
            .collect();
        assert_eq!(
            found,
            [
                ("/legislature", Code::OutOfRange),
                ("/term_end", Code::OutOfRange),
                ("/term_start", Code::OutOfRange),
                ("/term_end", Code::OutOfRange),
            ]
        );
        assert_eq!(
            report.errors()[1].message_vi(),
            "Giá trị 2021 nằm ngoài khoảng 2022–9999."
        );
    }
}
