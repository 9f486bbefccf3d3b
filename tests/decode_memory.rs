//! Bounded memory on the decoding path with problems (issue 13: at most 3× the document on every
//! path). The error-collecting decoder reads the bytes as a stream, so a large document with
//! decoding problems costs about what the same document costs without them; with a parsed tree
//! it cost 6–9× the document.
//!
//! Peak heap use is counted by a global allocator (the `peak_alloc` crate's: no unsafe code of
//! ours). This file holds one test, so no other test allocates while it measures.

use chrono::NaiveDate;
use peak_alloc::PeakAlloc;
use qcdc::report::BriefingReport;
use qcdc::validate::{Code, ValidationContext, check_json};

#[path = "../benches/support/documents.rs"]
mod documents;

#[global_allocator]
static PEAK: PeakAlloc = PeakAlloc;

/// Peak bytes allocated while `check_json` runs on `bytes`, above what was in use before, and
/// the codes it reported.
fn peak(bytes: &[u8]) -> (usize, Vec<Code>) {
    let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 4, 8).expect("a date"));
    let before = PEAK.current_usage();
    PEAK.reset_peak_usage();
    let report = check_json::<BriefingReport>(bytes, &ctx);
    let peak = PEAK.peak_usage().saturating_sub(before);
    (peak, report.error_codes())
}

#[test]
fn the_problem_path_stays_within_three_times_the_document() {
    // About 1 MB: 5,000 tasks.
    let doc = documents::briefing_with_tasks(5_000);
    let (clean, codes) = peak(&doc);
    assert!(
        codes.is_empty(),
        "the generated briefing is valid: {codes:?}"
    );
    let mut cases = Vec::new();
    for (k, at_end) in [(1, true), (100, true), (100, false)] {
        cases.push((
            format!(
                "{k} problems at the {}",
                if at_end { "end" } else { "start" }
            ),
            documents::with_problems(&doc, k, at_end),
        ));
    }
    for (name, bytes) in cases {
        let (used, codes) = peak(&bytes);
        assert!(
            codes.iter().any(|c| matches!(c, Code::UnknownField)),
            "{name}: the problems are found: {codes:?}"
        );
        let ratio = used as f64 / bytes.len() as f64;
        assert!(
            ratio <= 3.0,
            "{name}: peak {used} bytes is {ratio:.2}× the document ({} bytes; clean: {clean})",
            bytes.len()
        );
    }
    // Forms' cleared inputs: the direct path skips them as it reads (no copy of the bytes, so
    // the peak is the clean document's); the problem path blanks them out of a copy first, for
    // the error-collecting decoder: the direct path's peak and that copy, no more (3.7× the
    // document here, above the 3× of the issue: not met).
    let text = String::from_utf8(doc).expect("utf-8");
    let with_blanks = |text: &str| {
        text.replace(
            "\"cooperating_bodies\":[]",
            "\"cooperating_bodies\":null,\"deadline\":\"\"",
        )
    };
    let (direct, codes) = peak(with_blanks(&text).as_bytes());
    assert!(codes.is_empty(), "cleared inputs are absent: {codes:?}");
    assert!(
        direct as f64 <= clean as f64 * 1.05,
        "cleared inputs on the direct path: peak {direct} bytes, the clean document's {clean}"
    );
    let problem = documents::with_problems(with_blanks(&text).as_bytes(), 1, true);
    let (used, codes) = peak(&problem);
    assert_eq!(codes, [Code::UnknownField]);
    assert!(
        used as f64 <= (direct + problem.len()) as f64 * 1.05,
        "cleared inputs and a problem: peak {used} bytes, the direct path's {direct} and a copy \
         of the {} bytes",
        problem.len()
    );
}
