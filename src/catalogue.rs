//! **Danh mục loại tài liệu** — the catalogue of document kinds: every document the crate can
//! decode, validate and describe with a JSON Schema, under a stable name.
//!
//! The catalogue drives the `validate` and `schemas` examples and the fixture tests, so a new
//! document kind is one line in [`CATALOGUE`].
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use qcdc::catalogue;
//! use qcdc::validate::{Code, ValidationContext};
//!
//! let kind = catalogue::find("person").expect("person is a document kind");
//! assert_eq!(kind.title_vi, "Cá nhân");
//! let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap());
//! let report = kind.check_json(br#"{"name": "  "}"#, &ctx);
//! assert_eq!(report.error_codes(), [Code::Blank]);
//! ```

use std::any::TypeId;
use std::fmt;

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::validate::{
    Checked, Validate, ValidationContext, ValidationReport, check_json, decode_and_check,
    from_json_slice,
};

/// **Loại tài liệu** — one kind of document in the catalogue.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::catalogue;
/// use qcdc::validate::ValidationContext;
///
/// let kind = catalogue::find("model_registration").unwrap();
/// assert_eq!(kind.title_en, "\"Dân vận khéo\" model registration");
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
/// assert!(!kind.check_json(b"{}", &ctx).is_valid());
/// ```
#[derive(Clone, Copy)]
pub struct DocumentType {
    /// The stable wire name (`model_registration`), used on command lines and in file names.
    pub name: &'static str,
    /// The Vietnamese title shown above the form.
    pub title_vi: &'static str,
    /// The English title.
    pub title_en: &'static str,
    check_json: fn(&[u8], &ValidationContext) -> ValidationReport,
    decode_and_check: fn(&[u8], &ValidationContext) -> Checked<serde_json::Value>,
    schema: fn(SchemaSettings) -> Schema,
    type_id: fn() -> TypeId,
    canonical_json: fn(&[u8]) -> Result<serde_json::Value, ValidationReport>,
}

impl DocumentType {
    /// The entry for documents of type `T`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::catalogue::DocumentType;
    /// use qcdc::org::Person;
    /// use qcdc::validate::{Code, ValidationContext};
    ///
    /// const PERSON: DocumentType = DocumentType::of::<Person>("person", "Cá nhân", "Person");
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    /// assert!(PERSON.check_json(r#"{"name": "Trần Thị Hoa"}"#.as_bytes(), &ctx).is_valid());
    /// assert_eq!(PERSON.check_json(br#"{}"#, &ctx).error_codes(), [Code::Required]);
    /// ```
    pub const fn of<T: DeserializeOwned + Serialize + Validate + JsonSchema + 'static>(
        name: &'static str,
        title_vi: &'static str,
        title_en: &'static str,
    ) -> Self {
        DocumentType {
            name,
            title_vi,
            title_en,
            check_json: check_json::<T>,
            decode_and_check: checked_canonical::<T>,
            schema: root_schema::<T>,
            type_id: TypeId::of::<T>,
            canonical_json: canonical_json::<T>,
        }
    }

    /// Decodes a JSON document of this kind and validates it: every decoding problem and every
    /// validation finding in one report. Never panics, whatever the bytes.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::catalogue;
    /// use qcdc::validate::{Code, ValidationContext};
    ///
    /// let person = catalogue::find("person").unwrap();
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    /// let report = person.check_json(br#"{"name": "", "age": 40}"#, &ctx);
    /// assert_eq!(report.error_codes(), [Code::UnknownField, Code::Required]);
    /// assert_eq!(person.check_json(b"\xff", &ctx).error_codes(), [Code::InvalidJson]);
    /// ```
    pub fn check_json(&self, bytes: &[u8], ctx: &ValidationContext) -> ValidationReport {
        (self.check_json)(bytes, ctx)
    }

    /// Decodes a JSON document of this kind once and validates it: the document in its
    /// [canonical JSON](Self::canonical_json) form (when it decoded) with the report, as
    /// [`validate::decode_and_check`](crate::validate::decode_and_check) gives them for a type
    /// known at compile time. Never panics, whatever the bytes.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::catalogue;
    /// use qcdc::validate::ValidationContext;
    ///
    /// let person = catalogue::find("person").unwrap();
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    /// let checked = person.decode_and_check(r#"{"name": "Trần Thị Hoa", "positions": null}"#.as_bytes(), &ctx);
    /// assert!(checked.report.is_valid());
    /// assert_eq!(checked.value.unwrap()["name"], "Trần Thị Hoa");
    /// ```
    pub fn decode_and_check(
        &self,
        bytes: &[u8],
        ctx: &ValidationContext,
    ) -> Checked<serde_json::Value> {
        (self.decode_and_check)(bytes, ctx)
    }

    /// The JSON Schema of this kind as schemars makes it with `settings` (see the `schema`
    /// module for the profiles form renderers need).
    ///
    /// # Example
    /// ```
    /// use qcdc::catalogue;
    /// use qcdc::schemars::generate::SchemaSettings;
    ///
    /// let person = catalogue::find("person").unwrap();
    /// let schema = person.schema(SchemaSettings::draft07()).to_value();
    /// assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    /// assert!(schema["properties"]["name"].is_object());
    /// ```
    pub fn schema(&self, settings: SchemaSettings) -> Schema {
        (self.schema)(settings)
    }

    /// The Rust type of the documents: what [`schema_for`](crate::schema::schema_for) keys the
    /// schemas it has made by.
    pub(crate) fn type_id(&self) -> TypeId {
        (self.type_id)()
    }

    /// **Dạng chuẩn** — a JSON document of this kind as the crate writes it: decoded (every
    /// spelling the decoder accepts: official names, "Quý I/2021", `null` and `""` for absent
    /// values) and serialised again (wire codes, canonical forms). This is the form the JSON
    /// Schemas describe. Not validated.
    ///
    /// # Errors
    /// The decoding problems, as [`validate::from_json_slice`](crate::validate::from_json_slice)
    /// reports them.
    ///
    /// # Example
    /// ```
    /// use qcdc::catalogue;
    ///
    /// let person = catalogue::find("person").unwrap();
    /// let json = r#"{"name": "Trần Thị Hoa", "positions": [{"title": "Chủ tịch",
    ///     "organisation": {"kind": "Ủy ban MTTQ", "unit": {"kind": "Phường", "name": "Bồ Đề", "valid_from": ""}}}]}"#;
    /// let canonical = person.canonical_json(json.as_bytes())?;
    /// assert_eq!(canonical["positions"][0]["title"], "chu_tich");
    /// assert_eq!(canonical["positions"][0]["organisation"]["kind"], "mttq");
    /// assert!(person.canonical_json(br#"{"name": 5}"#).is_err());
    /// # Ok::<(), qcdc::ValidationReport>(())
    /// ```
    pub fn canonical_json(&self, bytes: &[u8]) -> Result<serde_json::Value, ValidationReport> {
        (self.canonical_json)(bytes)
    }
}

fn checked_canonical<T: DeserializeOwned + Serialize + Validate>(
    bytes: &[u8],
    ctx: &ValidationContext,
) -> Checked<serde_json::Value> {
    // Serialising the crate's own document types cannot fail: no maps with non-string keys.
    decode_and_check::<T>(bytes, ctx)
        .map(|document| serde_json::to_value(&document).unwrap_or(serde_json::Value::Null))
}

fn canonical_json<T: DeserializeOwned + Serialize>(
    bytes: &[u8],
) -> Result<serde_json::Value, ValidationReport> {
    let document: T = from_json_slice(bytes)?;
    // Serialising the crate's own document types cannot fail: no maps with non-string keys.
    Ok(serde_json::to_value(&document).unwrap_or(serde_json::Value::Null))
}

impl fmt::Debug for DocumentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DocumentType")
            .field("name", &self.name)
            .field("title_vi", &self.title_vi)
            .finish_non_exhaustive()
    }
}

fn root_schema<T: JsonSchema>(settings: SchemaSettings) -> Schema {
    settings.into_generator().into_root_schema_for::<T>()
}

/// Every document kind of the crate, in the order forms list them.
pub const CATALOGUE: &[DocumentType] = &[
    DocumentType::of::<crate::org::Person>("person", "Cá nhân", "Person"),
    DocumentType::of::<crate::dan_van_kheo::ModelRegistration>(
        "model_registration",
        "Đăng ký mô hình \"Dân vận khéo\"",
        "\"Dân vận khéo\" model registration",
    ),
    DocumentType::of::<crate::period::ReportSubmission>(
        "report_submission",
        "Gửi báo cáo định kỳ",
        "Report submission",
    ),
    DocumentType::of::<crate::rules::CommuneDisclosure>(
        "disclosure",
        "Công khai thông tin",
        "Disclosure",
    ),
    DocumentType::of::<crate::rules::CommunityDecision>(
        "community_decision",
        "Nhân dân bàn và quyết định",
        "Community decision",
    ),
    DocumentType::of::<crate::rules::CommuneWideDecision>(
        "commune_wide_decision",
        "Nhân dân bàn và quyết định trên phạm vi cấp xã",
        "Commune-wide decision",
    ),
    DocumentType::of::<crate::rules::OversightBoard>(
        "oversight_board",
        "Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng",
        "Oversight board",
    ),
    DocumentType::of::<crate::rules::WorkplaceDemocracy>(
        "workplace_democracy",
        "Thực hiện dân chủ ở cơ quan, đơn vị, doanh nghiệp",
        "Workplace democracy",
    ),
    DocumentType::of::<crate::regime::DistrictRegulationSet>(
        "district_regulation_set",
        "Bộ quy chế dân chủ do địa phương ban hành",
        "District regulation set",
    ),
    DocumentType::of::<crate::report::BriefingReport>(
        "briefing_report",
        "Báo cáo giao ban Khối Dân vận",
        "Briefing report of a Khối Dân vận",
    ),
    DocumentType::of::<crate::commune_report::CommuneQcdcReport>(
        "commune_qcdc_report",
        "Báo cáo kết quả thực hiện dân chủ ở cơ sở của xã, phường",
        "Commune's grassroots democracy implementation report",
    ),
];

/// The document kind named `name` (its wire name), if there is one.
///
/// # Example
/// ```
/// use qcdc::catalogue;
///
/// assert_eq!(catalogue::find("briefing_report").unwrap().title_vi, "Báo cáo giao ban Khối Dân vận");
/// assert!(catalogue::find("Briefing report").is_none()); // wire names only
/// ```
pub fn find(name: &str) -> Option<&'static DocumentType> {
    CATALOGUE.iter().find(|kind| kind.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_snake_case() {
        let mut names: Vec<_> = CATALOGUE.iter().map(|k| k.name).collect();
        assert!(
            names
                .iter()
                .all(|n| n.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
        );
        names.sort();
        names.dedup();
        assert_eq!(names.len(), CATALOGUE.len());
    }

    #[test]
    fn every_kind_survives_garbage() {
        let ctx = ValidationContext::new(chrono::NaiveDate::from_ymd_opt(2021, 1, 1).unwrap());
        for kind in CATALOGUE {
            for bytes in [
                &b""[..],
                b"null",
                b"[]",
                b"{}",
                b"\xff\xfe",
                b"{\"a\":[[[[[[[[[[]]]]]]]]]]}",
            ] {
                assert!(
                    !kind.check_json(bytes, &ctx).is_valid(),
                    "{} accepted {bytes:?}",
                    kind.name
                );
            }
            assert!(kind.schema(SchemaSettings::draft07()).as_object().is_some());
        }
    }
}
