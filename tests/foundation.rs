//! Foundation contracts: every vocabulary parses its spellings, bad input gets typed errors, and
//! public types can cross threads.

use std::str::FromStr;

use qcdc::legal::{DocumentKind, LegalDocument, LegalReference, Versioned};
use qcdc::org::{AdminLevel, AdminUnit, OrgKind, Organisation, Person, Position, Title, UnitKind};
use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport, Violation};
use qcdc::{Error, ErrorKind, Vocabulary};
use unicode_normalization::UnicodeNormalization;

/// Every spelling of every value parses back to it: code, official name, abbreviations, each
/// as written, without diacritics, upper-case and in NFD.
fn every_spelling_parses<T>()
where
    T: Vocabulary
        + FromStr<Err = Error>
        + std::fmt::Debug
        + std::fmt::Display
        + serde::Serialize
        + serde::de::DeserializeOwned,
{
    for &value in T::ALL {
        let spellings = [value.code(), value.name_vi()]
            .into_iter()
            .chain(value.aliases().iter().copied());
        for spelling in spellings {
            let plain = qcdc::text::fold(spelling);
            for variant in [
                spelling.to_owned(),
                plain.clone(),
                plain.to_uppercase(),
                spelling.nfd().collect(),
            ] {
                assert_eq!(variant.parse::<T>().unwrap(), value, "{variant:?}");
            }
        }
        assert_eq!(value.to_string(), value.name_vi());
        let json = serde_json::to_string(&value).unwrap();
        assert_eq!(json, format!("\"{}\"", value.code()));
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), value);
    }
}

/// Inputs no vocabulary accepts, with the kind of error each must give.
fn bad_inputs() -> Vec<(String, ErrorKind)> {
    vec![
        (String::new(), ErrorKind::Empty),
        ("   ".into(), ErrorKind::Empty),
        ("xyz_khong_co".into(), ErrorKind::Unknown),
        ("МТТQ".into(), ErrorKind::Unknown), // Cyrillic look-alikes mixed with Latin
        ("ủy ban 人民".into(), ErrorKind::Unknown),
        ("mttq\u{0}".into(), ErrorKind::ControlCharacter),
        ("\u{1b}[31mubnd".into(), ErrorKind::ControlCharacter),
        ("a".repeat(1 << 20), ErrorKind::TooLong),
        ("đ".repeat(300), ErrorKind::TooLong),
    ]
}

fn bad_inputs_are_typed_errors<T: FromStr<Err = Error> + std::fmt::Debug>() {
    for (input, kind) in bad_inputs() {
        let err = input.parse::<T>().unwrap_err();
        assert_eq!(
            err.kind(),
            kind,
            "{:?}",
            input.chars().take(20).collect::<String>()
        );
        assert!(
            err.to_string().len() < 400,
            "the message stays short: {err}"
        );
    }
}

#[test]
fn vocabularies_parse_every_spelling() {
    every_spelling_parses::<OrgKind>();
    every_spelling_parses::<Title>();
    every_spelling_parses::<UnitKind>();
    every_spelling_parses::<AdminLevel>();
    every_spelling_parses::<DocumentKind>();
}

#[test]
fn vocabularies_reject_bad_input_with_typed_errors() {
    bad_inputs_are_typed_errors::<OrgKind>();
    bad_inputs_are_typed_errors::<Title>();
    bad_inputs_are_typed_errors::<UnitKind>();
    bad_inputs_are_typed_errors::<AdminLevel>();
    bad_inputs_are_typed_errors::<DocumentKind>();
    // A legal reference is a structure: text that is not one is malformed, not unknown.
    for (input, kind) in bad_inputs() {
        let expected = if kind == ErrorKind::Unknown {
            ErrorKind::Malformed
        } else {
            kind
        };
        assert_eq!(
            input.parse::<LegalReference>().unwrap_err().kind(),
            expected
        );
    }
}

#[test]
fn error_messages_name_the_input_and_what_was_expected() {
    let err = "Hội Cờ tướng".parse::<OrgKind>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown organisation kind \"Hội Cờ tướng\": expected a code such as \"cap_uy\", an official name such as \"Cấp ủy\" or a known abbreviation"
    );
    assert_eq!("".parse::<Title>().unwrap_err().to_string(), "empty title");
    let err = "x".repeat(300).parse::<UnitKind>().unwrap_err();
    assert!(
        err.to_string()
            .ends_with("is too long: at most 256 characters are accepted"),
        "{err}"
    );
}

#[test]
fn bad_json_values_of_vocabularies_are_errors_not_panics() {
    for json in ["\"\"", "5", "null", "\"nope\"", "[]", "{}", "\"mttq\u{0}\""] {
        assert!(serde_json::from_str::<OrgKind>(json).is_err(), "{json}");
    }
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Error>();
    check::<ErrorKind>();
    check::<DocumentKind>();
    check::<LegalDocument>();
    check::<LegalReference>();
    check::<Versioned<u32>>();
    check::<AdminLevel>();
    check::<UnitKind>();
    check::<AdminUnit>();
    check::<OrgKind>();
    check::<Organisation>();
    check::<Title>();
    check::<Position>();
    check::<Person>();
    check::<Code>();
    check::<Pointer>();
    check::<Violation>();
    check::<ValidationReport>();
    check::<ValidationContext>();
    check::<qcdc::catalogue::DocumentType>();
}
