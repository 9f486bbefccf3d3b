//! The schemas of the catalogue's kinds made ahead of time: the JSON text of each kind's
//! schema in both profiles, compact, written by the tests (`UPDATE_SNAPSHOTS=1 cargo test
//! --test schemas`) and built into the library.
//!
//! Why: making the catalogue's schemas with schemars and the profiles' passes costs several
//! times more than reading them back (schemars copies every inlined subschema into each
//! parent; the passes walk every node), and issue 13 keeps the whole catalogue in both
//! profiles under 5 ms on the first call of a process too. The copies are only read for the
//! catalogue's own kinds, as they are declared in [`CATALOGUE`] (same name, title and Rust
//! type), and only with the default feature `preserve_order` (without it, key order and the
//! lists derived from it differ). The library's tests fail when a copy differs from a schema
//! made afresh, byte for byte.

use super::Profile;
use crate::catalogue::{CATALOGUE, DocumentType};

/// `(kind name, Forms schema, Standard schema)` for each kind of the catalogue.
macro_rules! made_ahead {
    ($($name:literal),* $(,)?) => {
        &[$((
            $name,
            include_str!(concat!("ahead/", $name, ".forms.json")),
            include_str!(concat!("ahead/", $name, ".standard.json")),
        )),*]
    };
}

/// The copies, one entry per kind of [`CATALOGUE`] (checked by the tests).
const MADE_AHEAD: &[(&str, &str, &str)] = made_ahead![
    "person",
    "model_registration",
    "report_submission",
    "disclosure",
    "community_decision",
    "commune_wide_decision",
    "oversight_board",
    "workplace_democracy",
    "district_regulation_set",
    "briefing_report",
    "commune_qcdc_report",
];

/// The JSON text of `kind`'s schema in `profile` made ahead of time, if `kind` is one of the
/// catalogue's kinds as declared there.
pub(super) fn text(kind: &DocumentType, profile: Profile) -> Option<&'static str> {
    if !cfg!(feature = "preserve_order") {
        return None;
    }
    let declared = CATALOGUE.iter().find(|k| k.name == kind.name)?;
    // A kind of the caller's own under a catalogue name is made afresh.
    if declared.title_vi != kind.title_vi || declared.type_id() != kind.type_id() {
        return None;
    }
    let (_, forms, standard) = MADE_AHEAD.iter().find(|(name, ..)| *name == kind.name)?;
    Some(match profile {
        Profile::Forms => forms,
        Profile::Standard => standard,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_the_catalogue_has_its_copies_and_no_other() {
        let names: Vec<&str> = MADE_AHEAD.iter().map(|(name, ..)| *name).collect();
        let kinds: Vec<&str> = CATALOGUE.iter().map(|k| k.name).collect();
        assert_eq!(names, kinds);
    }

    #[test]
    fn a_kind_of_the_callers_own_under_a_catalogue_name_has_none() {
        const RENAMED: DocumentType =
            DocumentType::of::<crate::org::Person>("person", "Người", "Person");
        const OTHER: DocumentType =
            DocumentType::of::<crate::rules::OversightBoard>("person", "Cá nhân", "Person");
        for profile in Profile::ALL {
            assert!(text(&RENAMED, profile).is_none());
            assert!(text(&OTHER, profile).is_none());
            let person = crate::catalogue::find("person").unwrap();
            assert_eq!(
                text(person, profile).is_some(),
                cfg!(feature = "preserve_order")
            );
        }
    }
}
