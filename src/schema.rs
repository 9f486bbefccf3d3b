//! **Lược đồ JSON cho biểu mẫu** — JSON Schema export of every document kind of the
//! [`catalogue`](crate::catalogue), in two profiles, and the react-jsonschema-form uiSchema
//! that goes with it.
//!
//! # Profiles
//! - [`Profile::Standard`]: JSON Schema draft 2020-12 as schemars makes it (`$defs`, `$ref`,
//!   `type: [X, "null"]` for optional values, schemars' integer formats such as `uint32`),
//!   tidied: the root title is the kind's Vietnamese title and descriptions keep only their
//!   first paragraph, without rustdoc links and code examples. For API documentation and
//!   validators that follow 2020-12.
//! - [`Profile::Forms`]: what form renderers on Ajv's draft-07 class (react-jsonschema-form,
//!   JSON Forms) turn into a good Vietnamese form without hand-editing:
//!   - draft-07 `$schema`; subschemas inlined so that every field carries its own title,
//!     limits and choices (a `definitions` section remains only for recursive types);
//!   - every property has its Vietnamese `title` (the field's `#[schemars(title)]`), English
//!     developer descriptions are left out;
//!   - every enum is a `oneOf` of `{const, title}` with `"type": "string"` beside it;
//!   - optional values have no null branch: `type: [X, "null"]` becomes `type: X` and
//!     `anyOf [{..}, {type: null}]` becomes the non-null branch (the decoder treats `null` and
//!     `""` as absent, see [`validate::from_json_slice`](crate::validate::from_json_slice));
//!   - only the formats `date`, `date-time`, `email` and `uri`; integer formats (`uint8`,
//!     `int32`, `uint32`…) become the `minimum`/`maximum` they imply, other formats are dropped;
//!   - a required string has `minLength: 1`, since `""` counts as absent;
//!   - `additionalProperties: false` on every object with properties;
//!   - `examples` on date fields, showing the ISO form the crate reads;
//!   - a `oneOf` of object shapes told apart by a fixed tag (an internally tagged enum, such
//!     as a reporting rule) becomes a titled choice of the tag, each shape's other members
//!     under `allOf`/`if`/`then` (closed per shape by `propertyNames`): both renderers show a
//!     select and then the chosen shape's fields;
//!   - members that apply in one case of a sibling (a recognition when the stage is
//!     "recognised", a collective's organisation…) are stated under `allOf`/`if`/`then`, so a
//!     form shows or requires them in that case only, and never fills them in otherwise;
//!   - an `anyOf` of texts (a date or a period) is one text with both patterns;
//!   - no `default` except a fixed value's: a renderer would fill in what the user never
//!     chose (schemars writes `false` and `[]` for members left out when empty).
//!
//! With each schema go the react-jsonschema-form uiSchema ([`ui_schema_for`]), the JSON Forms
//! UI schema ([`jsonforms_ui_schema_for`]), the renderers' texts in Vietnamese
//! ([`rjsf_translations_vi`], [`jsonforms_translations_vi`]) and the crate's findings in JSON
//! Forms' shape ([`jsonforms_additional_errors`]; rjsf's is
//! [`ValidationReport::to_extra_errors`](crate::ValidationReport::to_extra_errors)).
//!
//! The Forms profile is a post-processing pass over the JSON value schemars generates with its
//! draft-07 settings (not a schemars `Transform`): the pass needs to see a node together with
//! its parent (to collapse a null branch into the property that holds it, or to mark required
//! strings), which a per-schema transform does not.
//!
//! # What the schema cannot say
//! Some rules need more than one field or a date outside the document; a schema cannot express
//! them. Their codes are listed in [`SCHEMA_INEXPRESSIBLE`]; the tests check that every invalid
//! fixture with any other problem is rejected by its schema.
//!
//! # Example
//! ```
//! use qcdc::catalogue;
//! use qcdc::schema::{Profile, schema_for, ui_schema_for};
//!
//! let person = catalogue::find("person").unwrap();
//! let schema = schema_for(person, Profile::Forms).to_value();
//! assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
//! assert_eq!(schema["title"], "Cá nhân");
//! assert_eq!(schema["properties"]["name"]["title"], "Họ và tên");
//! let ui = ui_schema_for(person);
//! assert_eq!(ui["ui:order"][0], "name");
//! ```

mod ahead;
mod conditional;
mod forms;
mod i18n;
mod jsonforms;
mod keys;
mod ui;

use std::any::TypeId;
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::Value;

use crate::Error;
use crate::catalogue::DocumentType;
use crate::validate::Code;

pub use i18n::{jsonforms_translations_vi, rjsf_translations_vi};
pub use jsonforms::{jsonforms_additional_errors, jsonforms_ui_schema_for};
pub use ui::ui_schema_for;

/// **Hồ sơ lược đồ** — which flavour of JSON Schema to export (see the module docs).
///
/// # Example
/// ```
/// use qcdc::catalogue;
/// use qcdc::schema::{Profile, schema_for};
///
/// assert_eq!(Profile::default(), Profile::Forms);
/// let person = catalogue::find("person").unwrap();
/// let standard = schema_for(person, Profile::Standard).to_value();
/// assert_eq!(standard["$schema"], Profile::Standard.meta_schema());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Profile {
    /// **Chuẩn** — draft 2020-12 as schemars makes it, tidied.
    Standard,
    /// **Biểu mẫu** — draft-07 for form renderers on Ajv (react-jsonschema-form, JSON Forms).
    #[default]
    Forms,
}

impl Profile {
    /// Both profiles.
    pub const ALL: [Profile; 2] = [Profile::Forms, Profile::Standard];

    /// The name used on command lines: `forms` or `standard`.
    ///
    /// # Example
    /// ```
    /// use qcdc::schema::Profile;
    ///
    /// assert_eq!(Profile::Standard.as_str(), "standard");
    /// assert_eq!(Profile::Forms.to_string(), Profile::Forms.as_str());
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Standard => "standard",
            Profile::Forms => "forms",
        }
    }

    /// The meta-schema URI the profile's schemas declare in `$schema`.
    ///
    /// # Example
    /// ```
    /// use qcdc::schema::Profile;
    ///
    /// assert_eq!(Profile::Forms.meta_schema(), "http://json-schema.org/draft-07/schema#");
    /// assert_eq!(Profile::Standard.meta_schema(), "https://json-schema.org/draft/2020-12/schema");
    /// ```
    pub fn meta_schema(self) -> &'static str {
        match self {
            Profile::Standard => schemars::consts::meta_schemas::DRAFT2020_12,
            Profile::Forms => schemars::consts::meta_schemas::DRAFT07,
        }
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Profile {
    type Err = Error;

    /// Parses `forms` or `standard` (any case).
    ///
    /// # Errors
    /// An [`ErrorKind::Unknown`](crate::ErrorKind::Unknown) error for anything else.
    ///
    /// # Example
    /// ```
    /// use qcdc::schema::Profile;
    ///
    /// assert_eq!("forms".parse::<Profile>()?, Profile::Forms);
    /// let err = "draft4".parse::<Profile>().unwrap_err();
    /// assert_eq!(err.to_string(), "unknown schema profile \"draft4\": expected \"forms\" or \"standard\"");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        let s = crate::text::checked_input("schema profile", s)?;
        Profile::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| Error::unknown("schema profile", s, "\"forms\" or \"standard\""))
    }
}

/// **Lược đồ của loại tài liệu** — the JSON Schema of the document kind `kind` in `profile`.
///
/// The catalogue's own kinds are built on each call from copies made ahead of time and built
/// into the library (with the default feature `preserve_order`), the same bytes as
/// [`fresh_schema_for`] makes, at about the cost of a copy. Other kinds are made once per
/// process (the first call for a kind and profile) and copied out afterwards, which costs a
/// fraction of making them.
///
/// # Example
/// ```
/// use qcdc::catalogue;
/// use qcdc::schema::{Profile, schema_for};
///
/// let person = catalogue::find("person").unwrap();
/// let standard = schema_for(person, Profile::Standard).to_value();
/// assert_eq!(standard["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert!(standard.get("$defs").is_some());
///
/// let forms = schema_for(person, Profile::Forms).to_value();
/// let kind = &forms["properties"]["positions"]["items"]["properties"]["title"];
/// assert_eq!(kind["type"], "string");
/// assert_eq!(kind["oneOf"][0], serde_json::json!({"const": "bi_thu", "title": "Bí thư"}));
/// ```
pub fn schema_for(kind: &DocumentType, profile: Profile) -> Schema {
    // A catalogue kind's schema is built from its copy made ahead on every call: that costs
    // about what copying a cached one would, so the first call costs no more than the others.
    let value = ahead::built(kind, profile).unwrap_or_else(|| Value::clone(&made(kind, profile)));
    Schema::try_from(value).expect("a schema stays an object or a boolean")
}

/// **Lược đồ dựng mới** — the JSON Schema of `kind` in `profile` made afresh by schemars and
/// the profile's passes, every call: what [`schema_for`] hands out, without its cache or the
/// copies made ahead of time. For checking those copies (the crate's tests do, and write them
/// with `UPDATE_SNAPSHOTS=1 cargo test --test schemas`); use [`schema_for`] otherwise.
///
/// # Example
/// ```
/// use qcdc::catalogue::CATALOGUE;
/// use qcdc::schema::{Profile, fresh_schema_for, schema_for};
///
/// let kind = &CATALOGUE[0];
/// assert_eq!(fresh_schema_for(kind, Profile::Forms), schema_for(kind, Profile::Forms));
/// ```
pub fn fresh_schema_for(kind: &DocumentType, profile: Profile) -> Schema {
    Schema::try_from(made_afresh(kind, profile)).expect("a schema stays an object or a boolean")
}

/// The schema of `kind` in `profile` as schemars and the profile's passes make it.
fn made_afresh(kind: &DocumentType, profile: Profile) -> Value {
    let mut value = finish(kind.schema(settings(profile)), profile);
    if let Value::Object(root) = &mut value {
        // The kind's title, not the Rust type's: the form's heading.
        root.insert("title".into(), Value::from(kind.title_vi));
    }
    value
}

/// The schema of `kind` in `profile`, made once per process and shared: generating it (schemars
/// and the profile's passes) costs several times more than a copy, and a portal asks for the
/// same few forms again and again. The uiSchemas read the catalogue's Forms schemas from here.
/// The catalogue's own kinds are built from the copies made ahead of time ([`ahead`]).
pub(crate) fn made(kind: &DocumentType, profile: Profile) -> Arc<Value> {
    type Key = (TypeId, &'static str, Profile);
    static MADE: OnceLock<Mutex<HashMap<Key, Arc<Value>>>> = OnceLock::new();
    let key = (kind.type_id(), kind.title_vi, profile);
    let made = MADE.get_or_init(Mutex::default);
    // A panic elsewhere while the lock was held leaves whole entries only: the map stays usable.
    let lock = || made.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(found) = lock().get(&key) {
        return Arc::clone(found);
    }
    // Made outside the lock, so that threads asking for different kinds do not wait on each
    // other; two threads making the same one keep the first.
    let value = ahead::built(kind, profile).unwrap_or_else(|| made_afresh(kind, profile));
    Arc::clone(lock().entry(key).or_insert_with(|| Arc::new(value)))
}

/// **Lược đồ của kiểu bất kỳ** — the JSON Schema of any type in `profile`, for documents of
/// your own that are not in the catalogue (the root title is the type's own).
///
/// # Example
/// ```
/// use qcdc::org::AdminUnit;
/// use qcdc::schema::{Profile, schema_of};
///
/// let unit = schema_of::<AdminUnit>(Profile::Forms).to_value();
/// assert_eq!(unit["properties"]["valid_from"]["type"], "string");
/// assert_eq!(unit["properties"]["valid_from"]["format"], "date");
/// ```
pub fn schema_of<T: JsonSchema>(profile: Profile) -> Schema {
    let value = finish(
        settings(profile)
            .into_generator()
            .into_root_schema_for::<T>(),
        profile,
    );
    Schema::try_from(value).expect("a schema stays an object or a boolean")
}

/// What schemars starts from in `profile`.
fn settings(profile: Profile) -> SchemaSettings {
    match profile {
        Profile::Standard => SchemaSettings::draft2020_12(),
        Profile::Forms => SchemaSettings::draft07().with(|s| s.inline_subschemas = true),
    }
}

/// The profile's pass over what schemars made.
fn finish(schema: Schema, profile: Profile) -> Value {
    let mut value = schema.to_value();
    pattern_dates(&mut value);
    match profile {
        Profile::Standard => tidy_descriptions(&mut value),
        Profile::Forms => forms::apply(&mut value),
    }
    value
}

/// Gives every date (`"format": "date"`) the pattern of the dates the decoder accepts:
/// `YYYY-MM-DD` with a year in [`crate::validate::date`]'s range (a form then refuses
/// `2021-1-5` before it is sent; `format` alone is not checked by every validator).
fn pattern_dates(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if keys::get(map, "format").and_then(Value::as_str) == Some("date") {
                map.insert(
                    "pattern".into(),
                    Value::from(crate::validate::date::DATE_PATTERN),
                );
            }
            map.values_mut().for_each(pattern_dates);
        }
        Value::Array(items) => items.iter_mut().for_each(pattern_dates),
        _ => {}
    }
}

/// **Lỗi lược đồ không diễn tả được** — the codes of the findings a JSON Schema of this crate
/// cannot express: rules across fields, rules about dates outside the document (the day of
/// validation, the existence of a unit or body on a date) and text rules beyond length.
///
/// An invalid document whose every error has one of these codes may still satisfy its schema;
/// one with any other error is rejected by it (checked by the crate's tests for every
/// fixture). Codes added by later document kinds that a schema cannot express are appended
/// here.
pub const SCHEMA_INEXPRESSIBLE: &[Code] = &[
    // Text: only white space, or control characters (a schema checks the length only).
    Code::Blank,
    Code::ControlCharacter,
    // Across fields or against a list of other items.
    Code::Duplicate,
    Code::DateOrder,
    Code::DateOutside,
    // Against the day of validation.
    Code::DateInFuture,
    // Against the administrative map on a date, or which titles a kind of body has.
    Code::UnitNotExisting,
    Code::BodyNotExisting,
    Code::KindNotAtLevel,
    Code::TitleNotForBody,
    // A number bounded by another field (households approving ≤ households represented).
    Code::OutOfRange,
    // Reporting periods: a deadline against the cut-off window and the working days.
    Code::NoWorkingDayBeforeDeadline,
    // Rules of grassroots democracy: what the law requires given other fields (the content
    // disclosed, the size of the unit, the counts, the year).
    Code::IssuerNotLocal,
    Code::FormMissing,
    Code::FormNotAllowed,
    Code::PostingTooShort,
    Code::PostingNotPermanent,
    Code::BroadcastTooShort,
    Code::ClustersNotAllowed,
    Code::ResultMismatch,
    Code::BoardTooSmall,
    Code::BoardTooLarge,
    Code::RoleTooMany,
    Code::BoardNotAllowed,
    Code::TermMismatch,
    Code::YearlyEventMissing,
    Code::QuorumNotMet,
    Code::DelegatesNotAllowed,
    // "Dân vận khéo": a recognition level that did not exist on the recognition date.
    Code::RecognitionLevelNotOnDate,
    // Who convenes a briefing or receives a registration depends on the date, the level and
    // the settings (BriefingRules, RegistrationRules).
    Code::WrongBodyKind,
    // Commune QCDC reports: the unit and period kinds a report admits, figures bounded by other
    // figures (period ≤ year to date, resolved ≤ received, parts ≤ total…), date ranges
    // against the period, and the roll-up's checks across reports.
    Code::UnitNotCommune,
    Code::PeriodKindNotAllowed,
    Code::SectionNotInPeriod,
    Code::RangeOutsidePeriod,
    Code::PeriodExceedsYearToDate,
    Code::ResolvedExceedsReceived,
    Code::UnresolvedMismatch,
    Code::UnresolvedImpliesBacklog,
    Code::MeetingsExceedUnits,
    Code::CasesExceedViolations,
    Code::ValueBelowParts,
    Code::DurationShorterThanDeclared,
    Code::TotalOverflow,
    Code::DuplicateReport,
    Code::UnitNotInList,
    Code::PeriodNotInRollup,
    Code::AreaNotDistrictOrProvince,
    Code::YearToDateBelowPrevious,
    // The registry: a unit's code against the list of the date, its name and kind.
    Code::UnknownUnitCode,
    Code::UnitCodeNotOnDate,
    Code::UnitCodeMismatch,
    // The law as it stands (issue 12): cross-field rules of ballots, online votes, boards,
    // commune-wide decisions and working years.
    Code::BallotNotAllowed,
    Code::OnlineNotChosen,
    Code::MemberSourceMissing,
    Code::VotesExceedUnits,
    Code::ItemNotAllowed,
    Code::ItemMismatch,
    Code::WorkingYearEndOutside,
];

/// **Trường thiếu tiêu đề** — the JSON Pointers (into `schema`) of the properties without a
/// `title` and of the `oneOf` choices without a `const` and a `title`: a form would show the
/// raw key or code there.
///
/// # Example
/// ```
/// use qcdc::catalogue::CATALOGUE;
/// use qcdc::schema::{Profile, schema_for, untitled};
///
/// for kind in CATALOGUE {
///     assert_eq!(untitled(&schema_for(kind, Profile::Forms)), Vec::<String>::new());
/// }
/// let bare = serde_json::json!({"type": "object", "properties": {"x": {"type": "string"}}});
/// assert_eq!(untitled(&bare.try_into().unwrap()), ["/properties/x"]);
/// ```
pub fn untitled(schema: &Schema) -> Vec<String> {
    let mut found = Vec::new();
    forms::untitled(schema.as_value(), String::new(), &mut found);
    found
}

/// Keeps the first paragraph of every `description`, without rustdoc link targets: the rest
/// of a doc comment (examples, code) is for Rust readers.
fn tidy_descriptions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match (key.as_str(), child) {
                    ("description", Value::String(text)) => *text = first_paragraph(text),
                    // Property names and const values are data, not schemas.
                    ("properties" | "$defs" | "definitions", Value::Object(members)) => {
                        members.values_mut().for_each(tidy_descriptions)
                    }
                    ("const" | "enum" | "examples" | "default" | "required", _) => {}
                    (_, child) => tidy_descriptions(child),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(tidy_descriptions),
        _ => {}
    }
}

/// The first paragraph of a doc comment on one line, with rustdoc links (`[text](target)`,
/// ``[`Item`]``) as their text.
fn first_paragraph(doc: &str) -> String {
    let paragraph = doc.split("\n\n").next().unwrap_or(doc);
    let line = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(line.len());
    let mut rest = line.as_str();
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c) else {
            break;
        };
        let text = &rest[open + 1..close];
        let after = &rest[close + 1..];
        let target_end = after
            .strip_prefix('(')
            .and_then(|t| t.find(')'))
            .map(|e| e + 2);
        out.push_str(&rest[..open]);
        match target_end {
            Some(end) => {
                out.push_str(text);
                rest = &after[end..];
            }
            None if text.len() > 1 && text.starts_with('`') && text.ends_with('`') => {
                out.push_str(text);
                rest = after;
            }
            None => {
                out.push_str(&rest[open..=close]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::CATALOGUE;

    #[test]
    fn first_paragraph_drops_examples_and_link_targets() {
        let doc = "**Tên** — the body's own name; required for [`OrgKind::CoQuanDonVi`], unused\notherwise.\n\n# Example\n```\nx\n```";
        assert_eq!(
            first_paragraph(doc),
            "**Tên** — the body's own name; required for `OrgKind::CoQuanDonVi`, unused otherwise."
        );
        assert_eq!(first_paragraph("a [b] c"), "a [b] c");
        assert_eq!(
            first_paragraph("see [`name`](Self::name) and [docs](https://x.y/(z)."),
            "see `name` and docs."
        );
    }

    proptest::proptest! {
        #[test]
        fn first_paragraph_never_panics_and_is_one_line(doc in "[a-zà-ỹ \\[\\]()`\n]{0,40}") {
            let line = first_paragraph(&doc);
            proptest::prop_assert!(!line.contains('\n'));
            proptest::prop_assert!(line.chars().count() <= doc.chars().count());
        }
    }

    #[test]
    fn profiles_parse_and_display() {
        for p in Profile::ALL {
            assert_eq!(p.to_string().parse::<Profile>().unwrap(), p);
        }
        assert_eq!("FORMS".parse::<Profile>().unwrap(), Profile::Forms);
        assert_eq!(
            "".parse::<Profile>().unwrap_err().to_string(),
            "empty schema profile"
        );
    }

    #[test]
    fn every_kind_has_both_profiles_with_its_title() {
        for kind in CATALOGUE {
            for profile in Profile::ALL {
                let schema = schema_for(kind, profile).to_value();
                assert_eq!(schema["title"], kind.title_vi);
                assert_eq!(schema["$schema"], profile.meta_schema());
            }
            let forms = serde_json::to_string(&schema_for(kind, Profile::Forms)).unwrap();
            assert!(!forms.contains("$defs"), "{}", kind.name);
            assert!(!forms.contains("\"null\""), "{}", kind.name);
        }
    }

    #[test]
    fn schemas_are_made_once_and_each_kind_keeps_its_own() {
        use crate::catalogue::DocumentType;
        for kind in CATALOGUE {
            for profile in Profile::ALL {
                assert!(Arc::ptr_eq(&made(kind, profile), &made(kind, profile)));
                // The copy handed out is the schema made afresh.
                let fresh = made_afresh(kind, profile);
                assert_eq!(schema_for(kind, profile).to_value(), fresh, "{}", kind.name);
                // Byte for byte, key order included, where a copy is made ahead.
                if let Some(text) = ahead::text(kind, profile) {
                    // Built from the words, as `schema_for` hands it out, and as cached.
                    assert_eq!(
                        serde_json::to_string(made(kind, profile).as_ref()).unwrap(),
                        text.trim_end(),
                        "{}",
                        kind.name
                    );
                    // Read back with its key order (`Value` equality ignores the order).
                    assert_eq!(
                        serde_json::to_string(schema_for(kind, profile).as_value()).unwrap(),
                        text.trim_end(),
                        "{}",
                        kind.name
                    );
                    assert!(
                        text.strip_suffix('\n') == Some(&serde_json::to_string(&fresh).unwrap()),
                        "src/schema/ahead/{}.{profile}.json differs from the schema made \
                         afresh: run `UPDATE_SNAPSHOTS=1 cargo test --test schemas`",
                        kind.name
                    );
                }
            }
        }
        // A kind of the same type under another title, and one of another type under the same
        // name, get their own schemas.
        let person = crate::catalogue::find("person").unwrap();
        const RENAMED: DocumentType =
            DocumentType::of::<crate::org::Person>("person", "Người", "Person");
        const OTHER: DocumentType =
            DocumentType::of::<crate::rules::OversightBoard>("person", "Cá nhân", "Person");
        let renamed = schema_for(&RENAMED, Profile::Forms).to_value();
        assert_eq!(renamed["title"], "Người");
        assert_eq!(
            schema_for(person, Profile::Forms).to_value()["title"],
            "Cá nhân"
        );
        assert_ne!(
            schema_for(&OTHER, Profile::Forms).to_value()["properties"],
            schema_for(person, Profile::Forms).to_value()["properties"]
        );
    }

    #[test]
    fn inexpressible_codes_are_listed_once() {
        let mut codes = SCHEMA_INEXPRESSIBLE.to_vec();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), SCHEMA_INEXPRESSIBLE.len());
        // Decoding problems are what a schema expresses best.
        for code in [
            Code::Required,
            Code::UnknownField,
            Code::WrongType,
            Code::InvalidValue,
        ] {
            assert!(!SCHEMA_INEXPRESSIBLE.contains(&code));
        }
    }
}
