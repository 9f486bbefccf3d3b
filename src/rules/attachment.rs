//! **Tài liệu kèm theo** — the documents a record refers to (a plan, the minutes, the document
//! disclosed), by reference: the crate never carries file contents.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::validate::{At, Code, Member, Pointer, ValidationContext, ValidationReport, Violation};

/// **Độ dài tối đa của số hiệu** — the longest document number, issuer, body name or
/// attachment id accepted, in characters.
pub const MAX_REFERENCE: usize = 200;

/// **Tài liệu kèm theo** — a document a record refers to: a reference to an issued document
/// (number, date, issuer) and/or the opaque id of a file stored elsewhere. Records never carry
/// file contents.
///
/// At least the number or the attachment id must be given.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::rules::Attachment;
///
/// let plan = Attachment::document("15/KH-UBND", NaiveDate::from_ymd_opt(2023, 7, 3).unwrap(), "UBND xã Tân Mỹ");
/// assert_eq!(plan.to_string(), "15/KH-UBND ngày 03/07/2023 của UBND xã Tân Mỹ");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Tài liệu kèm theo")]
pub struct Attachment {
    /// **Số, ký hiệu** — the number of the document ("15/KH-UBND").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Số, ký hiệu văn bản", length(min = 1, max = 200))]
    pub number: Option<String>,
    /// **Ngày ban hành** — the date the document was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày ban hành")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub issued_on: Option<NaiveDate>,
    /// **Cơ quan ban hành** — the body that issued it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Cơ quan ban hành", length(min = 1, max = 200))]
    pub issuer: Option<String>,
    /// **Mã tệp đính kèm** — the opaque id of the file in the system that stores it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Mã tệp đính kèm", length(min = 1, max = 200))]
    pub attachment_id: Option<String>,
}

impl Attachment {
    /// A reference to an issued document.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::rules::Attachment;
    ///
    /// let plan = Attachment::document("15/KH-UBND", NaiveDate::from_ymd_opt(2024, 2, 20).unwrap(), "UBND phường Việt Hưng");
    /// assert_eq!(plan.number.as_deref(), Some("15/KH-UBND"));
    /// assert_eq!(plan.attachment_id, None);
    /// ```
    pub fn document(number: &str, issued_on: NaiveDate, issuer: &str) -> Self {
        Attachment {
            number: Some(number.to_owned()),
            issued_on: Some(issued_on),
            issuer: Some(issuer.to_owned()),
            attachment_id: None,
        }
    }

    /// A reference to a stored file by its id.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::Attachment;
    ///
    /// let file = Attachment::file("f3b1c2d4");
    /// assert_eq!(file.attachment_id.as_deref(), Some("f3b1c2d4"));
    /// assert_eq!(file.number, None);
    /// ```
    pub fn file(attachment_id: &str) -> Self {
        Attachment {
            number: None,
            issued_on: None,
            issuer: None,
            attachment_id: Some(attachment_id.to_owned()),
        }
    }

    /// Records the problems of this reference at `path`: neither a number nor an id
    /// (`required` at `number`), texts blank or longer than [`MAX_REFERENCE`], an issue date in
    /// the future.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::rules::Attachment;
    /// use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport};
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    /// let mut report = ValidationReport::new();
    /// Attachment::file("kh-15.pdf").check(&ctx, &Pointer::root(), &mut report);
    /// assert!(report.is_clean());
    /// let nothing = Attachment { number: None, issued_on: None, issuer: None, attachment_id: None };
    /// nothing.check(&ctx, &Pointer::root().key("plan"), &mut report);
    /// assert_eq!(report.error_codes(), [Code::Required]);
    /// assert_eq!(report.errors()[0].path, "/plan/number");
    /// ```
    pub fn check(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check_at(ctx, path, report);
    }

    /// [`check`](Self::check) at a place whose pointer is built only for a finding.
    pub(crate) fn check_at(
        &self,
        ctx: &ValidationContext,
        path: &impl At,
        report: &mut ValidationReport,
    ) {
        if self.number.is_none() && self.attachment_id.is_none() {
            report.error(Violation::new(
                &path.pointer().key("number"),
                Code::Required,
            ));
        }
        for (key, value) in [
            ("number", &self.number),
            ("issuer", &self.issuer),
            ("attachment_id", &self.attachment_id),
        ] {
            if let Some(value) = value {
                report.check_text_at(&Member::new(path, key), value, MAX_REFERENCE);
            }
        }
        if let Some(date) = self.issued_on {
            report.check_not_future_at(&Member::new(path, "issued_on"), date, ctx);
        }
    }
}

impl std::fmt::Display for Attachment {
    /// "15/KH-UBND ngày 03/07/2023 của UBND xã Tân Mỹ", or "tệp `id`".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (&self.number, &self.attachment_id) {
            (Some(number), _) => {
                f.write_str(number)?;
                if let Some(date) = self.issued_on {
                    write!(f, " ngày {}", date.format("%d/%m/%Y"))?;
                }
                if let Some(issuer) = &self.issuer {
                    write!(f, " của {issuer}")?;
                }
                Ok(())
            }
            (None, Some(id)) => write!(f, "tệp {id}"),
            (None, None) => f.write_str("(không rõ)"),
        }
    }
}
