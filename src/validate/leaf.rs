//! Text values whose reading the error-collecting decoder can check before it hands them to
//! their type: dates, reporting periods and the crate's vocabularies.
//!
//! serde gives a value to a type's visitor once: when the visitor refuses it, the decoder has
//! nothing left to carry on with. For the text types the crate knows, the decoder checks the
//! text first (the same check the type makes), reports a refusal at its path and hands the type
//! a stand-in instead, so the rest of the document is decoded in the same pass. A type that is
//! not listed here still decodes; a refusal of it only costs the decoder another pass.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::Vocabulary;
use crate::validate::date;

/// How the decoder reads a text value for one visitor.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Leaf {
    /// Not checked ahead: handed to the visitor as it is.
    Unchecked,
    /// A calendar date, `YYYY-MM-DD` (see [`date`]).
    Date,
    /// Checked by `check`; `stand_in` is a text the type accepts.
    Checked {
        /// The type's own reading, as a message when it refuses the text.
        check: fn(&str) -> Result<(), String>,
        /// A text the type accepts in place of a refused one.
        stand_in: &'static str,
    },
}

/// How chrono's date visitor describes what it expects.
pub(crate) const CHRONO_DATE_EXPECTING: &str = "a formatted date string";

/// How the reporting period's visitor describes what it expects.
const PERIOD_EXPECTING: &str = "a reporting period code such as 2021-Q1";

/// What a visitor that describes its input as `expecting` reads.
pub(crate) fn for_expecting(expecting: &str) -> Leaf {
    if expecting == CHRONO_DATE_EXPECTING {
        return Leaf::Date;
    }
    if expecting == PERIOD_EXPECTING {
        return Leaf::Checked {
            check: |s| {
                s.parse::<crate::period::ReportingPeriod>()
                    .map(drop)
                    .map_err(|e| e.to_string())
            },
            stand_in: "2021",
        };
    }
    if expecting == crate::report::TaskDeadline::EXPECTING {
        return Leaf::Checked {
            check: |s| crate::report::TaskDeadline::parse_wire(s).map(drop),
            stand_in: "2021",
        };
    }
    vocabulary_leaves()
        .get(expecting)
        .copied()
        .unwrap_or(Leaf::Unchecked)
}

/// The vocabularies by what their visitors expect, made once (not once per document).
fn vocabulary_leaves() -> &'static HashMap<String, Leaf> {
    static LEAVES: OnceLock<HashMap<String, Leaf>> = OnceLock::new();
    LEAVES.get_or_init(|| {
        VOCABULARIES
            .iter()
            .map(|v| {
                let leaf = Leaf::Checked {
                    check: v.check,
                    stand_in: (v.stand_in)(),
                };
                ((v.expecting)(), leaf)
            })
            .collect()
    })
}

/// A vocabulary as the decoder checks it.
struct VocabularyLeaf {
    expecting: fn() -> String,
    check: fn(&str) -> Result<(), String>,
    stand_in: fn() -> &'static str,
}

const fn leaf<T: Vocabulary>() -> VocabularyLeaf {
    VocabularyLeaf {
        expecting: || format!("a {} code", T::WHAT),
        check: |s| {
            crate::vocabulary::parse::<T>(s)
                .map(drop)
                .map_err(|e| e.to_string())
        },
        stand_in: || T::ALL[0].code(),
    }
}

/// Every vocabulary of the crate (a test keeps the list complete).
const VOCABULARIES: &[VocabularyLeaf] = &[
    leaf::<crate::commune_report::DisclosureDuration>(),
    leaf::<crate::commune_report::SupervisingBody>(),
    leaf::<crate::dan_van_kheo::ModelField>(),
    leaf::<crate::dan_van_kheo::RegistrantKind>(),
    leaf::<crate::dan_van_kheo::MilestoneStatus>(),
    leaf::<crate::dan_van_kheo::PartnerRole>(),
    leaf::<crate::dan_van_kheo::Stage>(),
    leaf::<crate::dan_van_kheo::RecognitionLevel>(),
    leaf::<crate::org::Title>(),
    leaf::<crate::org::AdminLevel>(),
    leaf::<crate::org::UnitKind>(),
    leaf::<crate::org::OrgKind>(),
    leaf::<crate::report::WorkArea>(),
    leaf::<crate::report::ElectedBody>(),
    leaf::<crate::report::DaySession>(),
    leaf::<crate::motto::PartyCongress>(),
    leaf::<crate::motto::Motto>(),
    leaf::<crate::campaign::CampaignKind>(),
    leaf::<crate::regime::GrassrootsType>(),
    leaf::<crate::rules::DecisionItem>(),
    leaf::<crate::rules::DecisionForm>(),
    leaf::<crate::rules::BallotReason>(),
    leaf::<crate::rules::Outcome>(),
    leaf::<crate::rules::Threshold>(),
    leaf::<crate::rules::ConsultationItem>(),
    leaf::<crate::rules::ConsultationForm>(),
    leaf::<crate::rules::DisclosureItem>(),
    leaf::<crate::rules::DisclosureForm>(),
    leaf::<crate::rules::RuleGroup>(),
    leaf::<crate::rules::RuleId>(),
    leaf::<crate::rules::BoardKind>(),
    leaf::<crate::rules::BoardRole>(),
    leaf::<crate::rules::MemberSource>(),
    leaf::<crate::legal::DocumentKind>(),
    leaf::<crate::period::PeriodKind>(),
    leaf::<crate::period::DeadlineTier>(),
    leaf::<crate::rules::AmendmentCheck>(),
    leaf::<crate::org::registry::Rearrangement>(),
    leaf::<crate::calendar::Holiday>(),
];

/// Checks a date's text: `Some(detail)` when it is refused.
pub(crate) fn check_date(s: &str) -> Option<String> {
    date::parse_iso(s).err().map(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vocabulary_of_the_crate_is_listed() {
        // Count the vocabularies declared in the sources: each `vocabulary! {` block is one.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut declared = 0;
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.ends_with("vocabulary.rs")
                {
                    let text = std::fs::read_to_string(&path).unwrap();
                    declared += text.matches("\nvocabulary! {").count();
                }
            }
        }
        assert_eq!(declared, VOCABULARIES.len());
        let mut seen = std::collections::BTreeSet::new();
        for v in VOCABULARIES {
            assert!(
                seen.insert((v.expecting)()),
                "listed twice: {}",
                (v.expecting)()
            );
            assert!((v.check)((v.stand_in)()).is_ok());
        }
    }

    #[test]
    fn leaves_are_recognised_by_what_their_visitors_expect() {
        assert!(matches!(for_expecting(CHRONO_DATE_EXPECTING), Leaf::Date));
        let Leaf::Checked { check, stand_in } = for_expecting("a organisation kind code") else {
            // The organisation kind's WHAT may read differently: find it through the list.
            let v = &VOCABULARIES[11];
            assert!(matches!(
                for_expecting(&(v.expecting)()),
                Leaf::Checked { .. }
            ));
            return;
        };
        assert!(check(stand_in).is_ok());
        assert!(check("sac_lenh").is_err());
        assert!(matches!(for_expecting("a string"), Leaf::Unchecked));
    }
}
