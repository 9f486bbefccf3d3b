//! The grassroots democracy (QCDC) section of a briefing: regimes, local regulations,
//! campaigns and movements.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Vocabulary;
use crate::regime::GrassrootsType;

use super::results::{MAX_PARAGRAPH, check_items};
use crate::campaign::Campaign;
use crate::validate::{Code, Pointer, ValidationReport, Violation};

/// **Quy chế dân chủ do địa phương ban hành** — the democracy regulations a district or ward
/// issued for itself ("06 QCDC do Quận ban hành") and how many of them were supervised during the
/// period. Their titles are local data: give them in [`references`](Self::references) when known.
///
/// # Example
/// ```
/// use qcdc::report::LocalRegulations;
///
/// let regs = LocalRegulations::new(6, 6);
/// assert_eq!((regs.issued, regs.supervised), (6, 6));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Quy chế dân chủ do địa phương ban hành")]
pub struct LocalRegulations {
    /// **Số quy chế đã ban hành** — how many regulations the unit has issued and in force.
    #[schemars(title = "Số quy chế đã ban hành")]
    pub issued: u32,
    /// **Số quy chế được giám sát** — how many were supervised during the period (at most
    /// [`issued`](Self::issued)).
    #[schemars(title = "Số quy chế được giám sát trong kỳ")]
    pub supervised: u32,
    /// **Số, ký hiệu, trích yếu** — the regulations' numbers or titles, when known (at most
    /// [`issued`](Self::issued) of them).
    #[serde(default)]
    #[schemars(title = "Số, ký hiệu, trích yếu các quy chế")]
    pub references: Vec<String>,
}

impl LocalRegulations {
    /// `issued` regulations, `supervised` of them supervised in the period.
    ///
    /// # Example
    /// ```
    /// use qcdc::report::LocalRegulations;
    ///
    /// // Six regulations, as Long Biên's "06 QCDC do Quận ban hành" of the seed; six supervised.
    /// let regs = LocalRegulations::new(6, 6);
    /// assert_eq!((regs.issued, regs.supervised), (6, 6));
    /// assert!(regs.references.is_empty());
    /// ```
    pub fn new(issued: u32, supervised: u32) -> Self {
        LocalRegulations {
            issued,
            supervised,
            references: Vec::new(),
        }
    }

    fn check(&self, path: &Pointer, report: &mut ValidationReport) {
        if self.supervised > self.issued {
            report.error(
                Violation::new(&path.key("supervised"), Code::OutOfRange)
                    .param("min", 0)
                    .param("max", self.issued)
                    .param("actual", self.supervised),
            );
        }
        let listed = self.references.len();
        if u32::try_from(listed).map_or(true, |n| n > self.issued) {
            report.error(
                Violation::new(&path.key("references"), Code::TooMany)
                    .param("max", self.issued)
                    .param("actual", listed),
            );
        }
        check_items(&self.references, &path.key("references"), report);
    }
}

/// **Thực hiện quy chế dân chủ ở cơ sở** — the QCDC section: how grassroots democracy was
/// implemented, in which regimes, the unit's own regulations supervised, and the campaigns and
/// movements run.
///
/// `regimes` lists the regimes (loại hình, [`GrassrootsType`]) the report covers; forms send
/// their codes, and their official names are accepted too.
///
/// # Example
/// ```
/// use qcdc::regime::GrassrootsType;
/// use qcdc::report::reference::giao_ban_2021_q1;
///
/// let qcdc = giao_ban_2021_q1().qcdc;
/// assert!(qcdc.regimes.contains(&GrassrootsType::Commune));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Thực hiện quy chế dân chủ ở cơ sở")]
pub struct QcdcSection {
    /// **Đánh giá chung** — the overall assessment, as the report writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Đánh giá chung", length(max = 4000))]
    pub summary: Option<String>,
    /// **Loại hình thực hiện** — the regimes (loại hình cơ sở) implemented.
    #[serde(default)]
    #[schemars(title = "Các loại hình thực hiện quy chế dân chủ", length(max = 6))]
    pub regimes: Vec<GrassrootsType>,
    /// **Quy chế do địa phương ban hành** — the unit's own regulations, when it has any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Quy chế dân chủ do địa phương ban hành")]
    pub local_regulations: Option<LocalRegulations>,
    /// **Cuộc vận động, phong trào** — the campaigns, movements and funds run in the period.
    #[serde(default)]
    #[schemars(title = "Các cuộc vận động, phong trào")]
    pub campaigns: Vec<Campaign>,
}

impl QcdcSection {
    /// Records the problems of the section at `path`: texts, regimes named twice, the local
    /// regulations' counts, and each campaign.
    pub(crate) fn check(&self, path: &Pointer, report: &mut ValidationReport) {
        if let Some(summary) = &self.summary {
            report.check_text(&path.key("summary"), summary, MAX_PARAGRAPH);
        }
        let regimes = path.key("regimes");
        let mut seen = crate::validate::FirstSeen::with_capacity(self.regimes.len());
        for (i, regime) in self.regimes.iter().enumerate() {
            if let Some(first) = seen.repeat_of(regime, i) {
                report.error(
                    Violation::new(&regimes.index(i), Code::Duplicate)
                        .param("value", regime.name_vi())
                        .param("first", regimes.index(first).as_str()),
                );
            }
        }
        if let Some(regs) = &self.local_regulations {
            regs.check(&path.key("local_regulations"), report);
        }
        let campaigns = path.key("campaigns");
        for (i, campaign) in self.campaigns.iter().enumerate() {
            campaign.check(&campaigns.index(i), report);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_bound_each_other() {
        let mut regs = LocalRegulations::new(2, 3);
        regs.references = vec!["a".into(), "b".into(), " ".into()];
        let section = QcdcSection {
            regimes: vec![
                GrassrootsType::Commune,
                "xa, phuong, thi tran".parse().unwrap(),
            ],
            local_regulations: Some(regs),
            ..QcdcSection::default()
        };
        let mut report = ValidationReport::new();
        section.check(&Pointer::root(), &mut report);
        let found: Vec<_> = report
            .errors()
            .iter()
            .map(|v| (v.path.as_str(), v.code))
            .collect();
        assert_eq!(
            found,
            [
                ("/regimes/1", Code::Duplicate),
                ("/local_regulations/supervised", Code::OutOfRange),
                ("/local_regulations/references", Code::TooMany),
                ("/local_regulations/references/2", Code::Blank),
            ]
        );
        assert_eq!(report.errors()[1].message_en(), "Value 3 is outside 0–2.");
    }
}
