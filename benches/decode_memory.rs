//! Peak heap memory of `check_json` on every decoding path, as a multiple of the document's
//! size (issue 13's target: at most 3×). The counting allocator is the `peak_alloc` crate's, so
//! no unsafe code of ours is needed (the crate forbids it).
//!
//! ```text
//! cargo bench --bench decode_memory
//! ```

#![allow(missing_docs)]

use chrono::NaiveDate;
use peak_alloc::PeakAlloc;
use qcdc::commune_report::CommuneQcdcReport;
use qcdc::dan_van_kheo::{ModelRegistration, examples};
use qcdc::report::BriefingReport;
use qcdc::validate::{Validate, ValidationContext, check_json};
use serde::de::DeserializeOwned;

#[path = "support/documents.rs"]
mod documents;

#[global_allocator]
static PEAK: PeakAlloc = PeakAlloc;

/// Peak bytes allocated while `check_json` runs on `bytes`, above what was in use before.
fn peak<T: DeserializeOwned + Validate>(bytes: &[u8], ctx: &ValidationContext) -> (usize, bool) {
    let before = PEAK.current_usage();
    PEAK.reset_peak_usage();
    let report = check_json::<T>(bytes, ctx);
    let peak = PEAK.peak_usage().saturating_sub(before);
    (peak, report.is_valid())
}

fn row<T: DeserializeOwned + Validate>(
    kind: &str,
    path: &str,
    bytes: &[u8],
    ctx: &ValidationContext,
) {
    let (bytes_peak, valid) = peak::<T>(bytes, ctx);
    println!(
        "| {kind} | {path} | {} | {} | {:.2} | {} |",
        bytes.len(),
        bytes_peak,
        bytes_peak as f64 / bytes.len() as f64,
        if valid { "valid" } else { "invalid" }
    );
}

fn kind<T: DeserializeOwned + Validate>(kind: &str, bytes: &[u8], ctx: &ValidationContext) {
    let forms = documents::form_variants::<T>(bytes, ctx);
    row::<T>(kind, "clean", bytes, ctx);
    row::<T>(kind, "form clean", &forms.without_blanks, ctx);
    row::<T>(kind, "form blanks", &forms.with_blanks, ctx);
    for (k, at_end, doc) in &forms.problems {
        let at = if *at_end { "end" } else { "start" };
        row::<T>(kind, &format!("{k} problems at {at}"), doc, ctx);
    }
}

fn main() {
    let now = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).expect("a date"));
    let then = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 4, 8).expect("a date"));
    println!("| kind | path | document bytes | peak heap bytes | × document | report |");
    println!("|---|---|---|---|---|---|");
    let registration = serde_json::to_vec(&examples::long_bien_2021()).expect("serialisable");
    kind::<ModelRegistration>("model_registration", &registration, &now);
    kind::<BriefingReport>("briefing_report", documents::BRIEFING.as_bytes(), &then);
    kind::<CommuneQcdcReport>("commune_qcdc_report", documents::COMMUNE.as_bytes(), &now);
    for tasks in [4_000, 64_000] {
        let doc = documents::briefing_with_tasks(tasks);
        let name = format!("briefing, {tasks} tasks");
        row::<BriefingReport>(&name, "clean", &doc, &then);
        let blanks = String::from_utf8(doc.clone()).expect("utf-8").replace(
            "\"cooperating_bodies\":[]",
            "\"cooperating_bodies\":null,\"deadline\":\"\"",
        );
        row::<BriefingReport>(&name, "form blanks", blanks.as_bytes(), &then);
        let problems = documents::with_problems(&doc, 100, true);
        row::<BriefingReport>(&name, "100 problems at end", &problems, &then);
    }
}
