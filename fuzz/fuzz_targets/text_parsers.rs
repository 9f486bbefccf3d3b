//! Every text parser of the crate: reporting periods, legal references, attendee lines
//! (positions) and the `FromStr` of every vocabulary; and the text helpers. The first byte
//! picks the parser, the rest (as UTF-8, lossily) is the input. Parsers must not panic, and what
//! they accept must display as something they accept again, with the same value.
#![no_main]

use std::fmt::Debug;
use std::str::FromStr;

use libfuzzer_sys::fuzz_target;
use qcdc::legal::LegalReference;
use qcdc::org::{AdminUnit, UnitKind, parse_positions};
use qcdc::period::ReportingPeriod;
use qcdc::text::{fold, identity_key, is_hidden_or_bidi, safe_display};
use qcdc::Vocabulary;

/// A vocabulary's `FromStr` accepts its wire code and its Vietnamese name for what it parsed.
fn vocabulary<T: Vocabulary + FromStr + Debug>(s: &str) {
    if let Ok(v) = s.parse::<T>() {
        assert_eq!(v.code().parse::<T>().ok(), Some(v), "{s:?}");
        assert_eq!(v.name_vi().parse::<T>().ok(), Some(v), "{s:?}");
    }
}

/// What `parse` accepts displays as text it accepts again, with the same value.
fn round_trip<T: FromStr + ToString + PartialEq + Debug>(s: &str) {
    if let Ok(v) = s.parse::<T>() {
        let shown = v.to_string();
        let again = shown.parse::<T>();
        assert!(again.as_ref().is_ok_and(|a| *a == v), "{s:?} → {shown:?} → {again:?}", again = again.ok());
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let s = &String::from_utf8_lossy(rest);
    match selector % 16 {
        0 => round_trip::<ReportingPeriod>(s),
        1 => {
            if let Ok(p) = s.parse::<ReportingPeriod>() {
                assert_eq!(p.code().parse::<ReportingPeriod>().ok(), Some(p), "{s:?}");
            }
        }
        2 => {
            let _ = s.parse::<LegalReference>();
        }
        3 => {
            let unit = AdminUnit::new(UnitKind::Phuong, "Long Biên");
            let _ = parse_positions(s, &unit);
        }
        4 => vocabulary::<qcdc::org::OrgKind>(s),
        5 => vocabulary::<qcdc::org::Title>(s),
        6 => vocabulary::<qcdc::org::UnitKind>(s),
        7 => vocabulary::<qcdc::org::AdminLevel>(s),
        8 => vocabulary::<qcdc::legal::DocumentKind>(s),
        9 => vocabulary::<qcdc::period::PeriodKind>(s),
        10 => vocabulary::<qcdc::rules::DisclosureItem>(s),
        11 => vocabulary::<qcdc::rules::DecisionItem>(s),
        12 => vocabulary::<qcdc::rules::ConsultationItem>(s),
        13 => vocabulary::<qcdc::regime::GrassrootsType>(s),
        14 => vocabulary::<qcdc::report::WorkArea>(s),
        _ => {
            let shown = safe_display(s);
            assert!(!shown.chars().any(|c| c.is_control() || is_hidden_or_bidi(c)));
            let key = identity_key(s);
            assert_eq!(identity_key(&key), key, "{s:?}");
            let _ = fold(s);
        }
    }
});
