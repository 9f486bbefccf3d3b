//! `check_json` of every document kind of the catalogue. The input is `KIND\n` and the
//! document (how the seeds from tests/fixtures are written); when the first line names no kind,
//! the first byte picks one and the rest is the document. Whatever the bytes, checking must not panic, must finish in time
//! (libFuzzer's -timeout) and must give a report whose every entry has a JSON Pointer path and
//! non-empty messages; a document the report calls valid must decode to a canonical form that
//! is valid again.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use qcdc::catalogue::CATALOGUE;
use qcdc::validate::{Code, ValidationContext};

fuzz_target!(|data: &[u8]| {
    let named = data.iter().position(|b| *b == b'\n').and_then(|end| {
        let name = std::str::from_utf8(&data[..end]).ok()?;
        Some((qcdc::catalogue::find(name)?, &data[end + 1..]))
    });
    let (kind, document) = match named {
        Some(found) => found,
        None => match data.split_first() {
            Some((&selector, rest)) => (&CATALOGUE[usize::from(selector) % CATALOGUE.len()], rest),
            None => return,
        },
    };
    let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).expect("a date"));
    let report = kind.check_json(document, &ctx);
    for v in report.errors().iter().chain(report.warnings()) {
        assert!(
            v.path.is_empty() || v.path.starts_with('/'),
            "{}: path {:?} is not a JSON Pointer",
            kind.name,
            v.path
        );
        assert!(!v.message_vi().is_empty() && !v.message_en().is_empty());
    }
    // The error-collecting decoder checks the syntax as it reads and asks serde_json only when
    // unsure: `invalid_json` must come exactly when serde_json refuses the bytes (a byte order
    // mark, UTF-16 and the size limit aside, which are refused before reading).
    let encoding = matches!(document, [0xEF, 0xBB, 0xBF, ..] | [0xFF | 0xFE, ..] | [0, ..] | [_, 0, ..]);
    if !encoding && document.len() <= qcdc::validate::MAX_DOCUMENT_BYTES {
        let invalid_json = report.errors().iter().any(|v| v.code == Code::InvalidJson);
        let refused = serde_json::from_slice::<serde_json::Value>(document).is_err();
        assert_eq!(invalid_json, refused, "{}: invalid_json {invalid_json}, serde_json refuses {refused}", kind.name);
    }
    if report.is_valid() {
        // The canonical form of a valid document is valid too (decode ∘ encode is stable).
        let canonical = kind
            .canonical_json(document)
            .unwrap_or_else(|e| panic!("{}: valid but not decodable: {e:?}", kind.name));
        let bytes = canonical.to_string().into_bytes();
        let again = kind.check_json(&bytes, &ctx);
        assert!(
            again.is_valid(),
            "{}: canonical form invalid: {:?}",
            kind.name,
            again.error_codes()
        );
    }
});
