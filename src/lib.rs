//! # qcdc — grassroots democracy (quy chế dân chủ ở cơ sở) as typed, validated, cited data
//!
//! `qcdc` models Vietnam's grassroots democracy regulations (**quy chế dân chủ ở cơ sở**,
//! QCDC) and the mass-mobilisation work (**công tác dân vận**) around them, so that ward portals,
//! district dashboards and reporting tools can share one set of types, validate what people
//! type into forms, and generate the JSON Schemas of those forms.
//!
//! ## Three ways to use it
//!
//! **1. Depend on it: decode and check a document.** Add `qcdc = "0.2"` to the `[dependencies]`
//! of `Cargo.toml` (or run `cargo add qcdc`); decode what a form or another service sent and
//! check it as of a date in one call, [`validate::decode_and_check`]: it decodes the bytes once
//! and gives the typed value (when it decoded) with a [`ValidationReport`] — every decoding
//! problem and every finding at once, each at its JSON Pointer, with messages in Vietnamese and
//! English.
//!
//! ```
//! use chrono::NaiveDate;
//! use qcdc::commune_report::CommuneQcdcReport;
//! use qcdc::validate::{Code, ValidationContext, decode_and_check};
//!
//! let json = r#"{
//!     "unit": {"kind": "xa", "name": "Tân Mỹ"},
//!     "period": "2023-Q3",
//!     "reported_on": "2023-09-25",
//!     "deadline_rule": {"rule": "day_of_last_month", "day": 20},
//!     "people_inspection": {"sessions": 1, "violations_found": 0, "cases_recommended": 0,
//!         "money_recovered": 0, "money_other_handling": 0, "land_recovered_m2": 0,
//!         "land_other_handling_m2": 0, "law_recommendations": 0},
//!     "investment_supervision": {"projects_in_area": 0, "sessions": 0, "violations_found": 0,
//!         "cases_recommended": 0, "money_recovered": 0, "settlement_reductions": 0,
//!         "money_other_handling": 0},
//!     "complaints": {"received_in_period": 1, "received_year_to_date": 1,
//!         "resolved_in_period": 1, "resolved_year_to_date": 1, "backlog": 0, "unresolved": 0}
//! }"#;
//! let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
//! let checked = decode_and_check::<CommuneQcdcReport>(json.as_bytes(), &ctx);
//! let findings = &checked.report;
//! assert!(findings.is_valid()); // the data are sound…
//! assert_eq!(findings.warnings()[0].code, Code::SubmittedLate); // …but sent after the 20th
//! assert_eq!(
//!     findings.warnings()[0].message_vi(),
//!     "Báo cáo Quý III/2023 gửi ngày 25/09/2023, quá hạn ngày 20/09/2023."
//! );
//! let report = checked.value.expect("a report that decoded"); // the value, to store
//! assert_eq!(report.unit.name, "Tân Mỹ");
//! ```
//!
//! **2. Generate forms.** Every document kind of the [`catalogue`] has a JSON Schema with
//! Vietnamese titles ([`schema::schema_for`], "forms" profile for react-jsonschema-form and JSON
//! Forms, "standard" for draft 2020-12) and uiSchemas; the `schemas` example writes them all
//! (`cargo run --example schemas -- DIR`). The crate's findings go back into the form as rjsf
//! `extraErrors` ([`ValidationReport::to_extra_errors`]).
//!
//! ```
//! use qcdc::catalogue::find;
//! use qcdc::schema::{Profile, schema_for};
//!
//! let kind = find("commune_qcdc_report").expect("a kind of the catalogue");
//! let schema = serde_json::to_value(schema_for(kind, Profile::Forms))?;
//! assert_eq!(schema["title"], "Báo cáo kết quả thực hiện dân chủ ở cơ sở của xã, phường");
//! assert_eq!(schema["properties"]["reported_on"]["title"], "Ngày báo cáo");
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! **3. Run the examples.** They are the reference programs, with fixed arguments, JSON keys
//! and exit codes; each prints its usage with `--help`. From a checkout of the repository:
//!
//! ```sh
//! cargo run --example quickstart                      # a tour: a 2026 ward, a registration
//! cargo run --example validate -- model_registration tests/fixtures/model_registration/valid/individual_ward_2026.json
//! cargo run --example schemas -- /tmp/forms           # every JSON Schema and uiSchema
//! cargo run --example reporting_calendar -- 2026      # periods, cut-offs, deadlines
//! cargo run --example tong_hop -- tests/fixtures/tong_hop/q3_2023   # a roll-up
//! cargo run --example units -- "Long Biên"            # administrative units, old and new
//! ```
//!
//! ## Rules as code
//! Every rule the crate enforces names the article of law it comes from
//! ([`legal::LegalReference`]), and rules that changed over time are keyed by the date they took
//! effect ([`legal::Versioned`]): Pháp lệnh 34/2007 until 30/06/2023, Luật Thực hiện
//! dân chủ ở cơ sở 10/2022/QH15 after; no district level from 01/07/2025.
//!
//! ## Modules
//! - [`legal`] — legal documents, references to their articles, date-versioned values.
//! - [`text`] — Vietnamese text: NFC and the folding key behind every `FromStr`.
//! - [`vocabulary`] — the contract shared by every closed list of the domain.
//! - [`org`] — administrative units and levels, the registry of units and their official codes
//!   (34 provinces and 3,321 communes from 01/07/2025, the former ones until 30/06/2025),
//!   kinds of bodies and which units have them on a date (the 2021 bodies and those of the
//!   two-level state), titles, positions, people.
//! - [`validate`] — the [`Validate`] trait and the [`ValidationReport`]: every problem at once,
//!   each with a JSON Pointer, a stable code, a Vietnamese and an English message.
//! - [`calendar`] — the Vietnamese lunar calendar (UTC+7), public holidays, official yearly
//!   schedules, working days and periods counted in days.
//! - [`period`] — reporting periods (month, quarter, half-year, nine months, year), their
//!   cut-off windows and deadlines by tier (Nghị định 09/2019/NĐ-CP), report submissions.
//! - [`regime`] — the six grassroots regimes, their legal basis by date, district regulations.
//! - [`motto`] — "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
//! - [`rules`] — the cited rules of grassroots democracy and the documents checked against them.
//! - [`campaign`] — campaigns (cuộc vận động), movements (phong trào) and funds as dated records.
//! - [`report`] — the periodic dân vận briefing (giao ban) of a Khối Dân vận or, since 2025, of
//!   the body that convenes it: meeting, results, QCDC section, opinions and the numbered tasks
//!   of the next period.
//! - [`dan_van_kheo`] — "Dân vận khéo" model registrations: registrant, plan, roadmap,
//!   milestones, lifecycle up to recognition, progress reports.
//! - [`commune_report`] — the commune's quarterly QCDC implementation report (sections I–VIII)
//!   and its roll-up to district and province.
//! - [`catalogue`] — the document kinds the crate decodes, validates and describes.
//! - [`schema`] — JSON Schemas of the document kinds for form renderers (draft-07 "forms" and
//!   draft 2020-12 "standard" profiles) and their react-jsonschema-form uiSchemas.
//!
//! ## Quick example
//! ```
//! use chrono::NaiveDate;
//! use qcdc::prelude::*;
//!
//! // A ward of the two-level state (from 01/07/2025), where the head of the women's union is
//! // a vice-chair of the Fatherland Front committee.
//! let ward = AdminUnit::new(UnitKind::Phuong, "Long Biên");
//! let officer = Person::new("Nguyễn Thị C").with_positions(parse_positions(
//!     "Phó Chủ tịch Ủy ban MTTQ phường, Chủ tịch Hội LHPN phường",
//!     &ward,
//! )?);
//! assert_eq!(officer.positions[1].to_string(), "Chủ tịch Hội LHPN phường Long Biên");
//! let today = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
//! assert!(officer.validate(&today).is_valid());
//!
//! // The city's Ban Dân vận merged into the Ban Tuyên giáo và Dân vận in 2025.
//! let ha_noi = qcdc::org::reference::ha_noi();
//! let head = Person::new("Nguyễn Văn A")
//!     .with_positions(parse_positions("Trưởng Ban Dân vận Thành ủy", &ha_noi)?);
//! let report = head.validate(&today);
//! assert_eq!(report.errors()[0].code, Code::BodyNotExisting);
//! assert_eq!(
//!     report.errors()[0].citation.as_ref().unwrap().to_string(),
//!     "khoản 2 Điều 1 Quy định số 329-QĐ/TW"
//! );
//!
//! // History: the district of 2021 and its bodies stay valid for their dates.
//! let long_bien = qcdc::org::reference::quan_long_bien();
//! let head_2021 = Person::new("Nguyễn Quốc Long")
//!     .with_positions(parse_positions("UVTV, Trưởng Ban Dân vận Quận ủy", &long_bien)?);
//! assert_eq!(head_2021.positions[1].to_string(), "Trưởng Ban Dân vận Quận ủy Long Biên");
//! let in_2021 = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap());
//! assert!(head_2021.validate(&in_2021).is_valid());
//! assert!(!head_2021.validate(&today).is_valid()); // no district level from 01/07/2025
//! # Ok::<(), qcdc::Error>(())
//! ```
//!
//! ## Features
//! - `preserve_order` (default): JSON Schemas, uiSchemas and JSON values keep the declaration
//!   order of fields (turns on `serde_json/preserve_order` and `schemars/preserve_order`), so
//!   generated forms list fields in a sensible order.
//!
//! ## Errors
//! One story, three kinds of error, each implementing [`std::error::Error`] + `Send + Sync +
//! 'static` (so `?` carries any of them into `Box<dyn Error + Send + Sync>`, `anyhow` or a web
//! framework's error type), each with an English `Display` for logs and developers:
//! - [`Error`] — text that cannot be parsed into a value: every `FromStr` of the crate
//!   (vocabularies, periods, legal references, [`validate::Code`]…), the constructors that take
//!   text, [`validate::date::parse_iso`]. Opaque, with an [`ErrorKind`] and a lowercase message
//!   naming the input and the bound it broke.
//! - [`ValidationReport`] — the problems of a whole document: every decoding problem and every
//!   validation finding at once, each at its JSON Pointer with a stable code, Vietnamese and
//!   English messages and the article of law behind it. Returned by
//!   [`validate::from_json_slice`], [`validate::Checked::into_valid`],
//!   [`commune_report::rollup`]; [`validate::decode_and_check`] returns it beside the value.
//!   Its messages for people are Vietnamese ([`ValidationReport::display`] with
//!   [`validate::Lang::Vi`], [`ValidationReport::to_extra_errors`]).
//! - Typed refusals of an operation, enums whose variants carry the data callers match on:
//!   [`rules::DecisionError`] ([`rules::decide`], [`rules::Votes::new`]),
//!   [`dan_van_kheo::TransitionError`] (a model's lifecycle),
//!   [`commune_report::NoInferredList`] (no unit list from the reports), and the workbook's
//!   `WorkbookError` (feature `xlsx`).
//!
//! ```
//! use chrono::NaiveDate;
//! use qcdc::prelude::*;
//! use qcdc::rules::{DecisionForm, DecisionItem, Votes, decide};
//!
//! fn adopted(json: &[u8]) -> Result<bool, Box<dyn std::error::Error + Send + Sync>> {
//!     let period: ReportingPeriod = "Quý III/2024".parse()?; // qcdc::Error
//!     let ctx = ValidationContext::new(period.last_day());
//!     let decision: qcdc::rules::CommunityDecision = decode_and_check(json, &ctx).into_valid()?; // ValidationReport
//!     let votes = Votes::new(decision.households_total, decision.households_represented, decision.households_approving)?; // DecisionError
//!     let verdict = decide(decision.item, decision.form, decision.date, votes)?;
//!     Ok(verdict.outcome == qcdc::rules::Outcome::Adopted)
//! }
//! assert!(adopted(b"{}").is_err());
//! ```
//!
//! ## Stability
//! - Output records the crate computes (findings, verdicts, roll-ups, calendar entries, rules,
//!   [`validate::Checked`]) are `#[non_exhaustive]`: read their fields; they gain fields in
//!   minor versions. Every one of them serialises and deserialises (a service can store and
//!   forward them).
//! - Enums that grow with the law (every vocabulary, [`period::CutoffRule`],
//!   [`period::DeadlineRule`], [`schema::Profile`], [`validate::Lang`], [`validate::Code`]…)
//!   are `#[non_exhaustive]`: match them with a wildcard arm.
//! - Documents people build in code and send as JSON ([`rules::CommunityDecision`],
//!   [`commune_report::CommuneQcdcReport`], [`org::Person`]…) keep public fields: their fields
//!   are their wire shape and JSON Schema, so a new one is announced as a breaking change. Use
//!   their constructors with the required fields where they have one ([`org::Person::new`],
//!   [`rules::CommunityDecision::new`], …). Settings are built with `..Default::default()`.
//! - [`Vocabulary`] is sealed: only the crate implements it.
//!
//! ## Dependencies in the API
//! Types of [`chrono`] (dates), [`serde_json`] (JSON values, `extraErrors`) and [`schemars`]
//! (schemas and their settings) appear in the crate's API. The crate re-exports the three
//! crates, so a program can use `qcdc::chrono::NaiveDate` and be sure it has the version the
//! crate was built with.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod calendar;
pub mod campaign;
pub mod catalogue;
pub mod commune_report;
pub mod dan_van_kheo;
mod error;
pub mod legal;
pub mod motto;
pub mod org;
pub mod period;
pub mod regime;
pub mod report;
pub mod rules;
pub mod schema;
pub mod text;
pub mod validate;
pub mod vocabulary;

pub use error::{Error, ErrorKind};
pub use validate::{Validate, ValidationContext, ValidationReport};
pub use vocabulary::Vocabulary;

/// The [`chrono`](https://docs.rs/chrono) crate the crate's dates come from
/// (`chrono::NaiveDate` everywhere), re-exported so a program uses the same version.
pub use chrono;
/// The [`schemars`](https://docs.rs/schemars) crate behind [`schema`] (`Schema`,
/// `generate::SchemaSettings`), re-exported so a program uses the same version.
pub use schemars;
/// The [`serde_json`](https://docs.rs/serde_json) crate of the JSON values the crate returns
/// (`serde_json::Value` in params, `extraErrors`, canonical JSON), re-exported so a program
/// uses the same version.
pub use serde_json;

/// The README's code, compiled and run as documentation tests so that it stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The names most programs need, in one `use qcdc::prelude::*;`.
pub mod prelude {
    pub use crate::legal::{LegalDocument, LegalReference};
    pub use crate::org::{
        AdminLevel, AdminUnit, OrgKind, OrgSettings, Organisation, Person, Position, Title,
        UnitKind, parse_positions,
    };
    pub use crate::period::ReportingPeriod;
    pub use crate::validate::{
        Checked, Code, Validate, ValidationContext, ValidationReport, Violation, decode_and_check,
    };
    pub use crate::{Error, ErrorKind, Vocabulary};
}
