//! The checks of user-supplied legal documents and references. They live here, beside the
//! report they write to, so that `crate::legal` (the ground) knows nothing of validation: the
//! dependency runs one way, from `validate` to `legal`.

use super::{Pointer, ValidationReport};
use crate::legal::{
    LegalDocument, LegalReference, MAX_DOCUMENT_ISSUER, MAX_DOCUMENT_NUMBER, MAX_DOCUMENT_TITLE,
};

impl LegalDocument {
    /// Records the problems of a user-supplied document at `path`: a blank or long number, a
    /// long title or issuer, and an end of force before its start.
    ///
    /// # Example
    /// ```
    /// use qcdc::legal::{DocumentKind, LegalDocument};
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let mut report = ValidationReport::new();
    /// LegalDocument::new(DocumentKind::KeHoach, "12/KH-UBND").check(&Pointer::root(), &mut report);
    /// assert!(report.is_valid());
    /// LegalDocument::new(DocumentKind::KeHoach, " ").check(&Pointer::root(), &mut report);
    /// assert_eq!(report.error_codes(), [Code::Blank]);
    /// ```
    pub fn check(&self, path: &Pointer, report: &mut ValidationReport) {
        report.check_text(&path.key("number"), &self.number, MAX_DOCUMENT_NUMBER);
        if let Some(title) = &self.title {
            report.check_optional_text(&path.key("title"), title, MAX_DOCUMENT_TITLE);
        }
        if let Some(issuer) = &self.issuer {
            report.check_optional_text(&path.key("issuer"), issuer, MAX_DOCUMENT_ISSUER);
        }
        if let (Some(from), Some(until)) = (self.in_force, self.in_force_until) {
            report.check_date_order(&path.key("in_force_until"), from, until);
        }
    }
}

impl LegalReference {
    /// Records the problems of a user-supplied reference at `path` (those of its document, see
    /// [`LegalDocument::check`]; articles, clauses and points are bounded by their types).
    ///
    /// # Example
    /// ```
    /// use qcdc::legal::LUAT_10_2022;
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let mut report = ValidationReport::new();
    /// LUAT_10_2022.article(12).clause(3).check(&Pointer::root().key("citation"), &mut report);
    /// assert!(report.is_valid());
    /// let mut blank = LUAT_10_2022.article(12);
    /// blank.document.number = "".into();
    /// blank.check(&Pointer::root().key("citation"), &mut report);
    /// assert_eq!(report.errors()[0].path, "/citation/document/number");
    /// assert_eq!(report.error_codes(), [Code::Blank]);
    /// ```
    pub fn check(&self, path: &Pointer, report: &mut ValidationReport) {
        self.document.check(&path.key("document"), report);
        if let Some(point) = &self.point {
            report.check_text(&path.key("point"), point, 2);
        }
    }
}
