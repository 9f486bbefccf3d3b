//! **Sáu loại hình thực hiện quy chế dân chủ ở cơ sở** — the six grassroots regimes ("6 QCDC
//! trong các loại hình"), the documents that governed each on a given date, and the
//! regulations a district (or a ward) issues for them, kept as data.
//!
//! QCDC is implemented per type of grassroots unit (loại hình cơ sở). Each type has its own
//! legal basis, which changed on 01/07/2023 when Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15
//! took effect (Điều 90) and Pháp lệnh 34/2007/PL-UBTVQH11, Nghị quyết 55/1998/NQ-UBTVQH10 and
//! their guidance expired. The Law was amended by Luật 47/2024/QH15 (the urban and rural
//! planning law) and by Luật 97/2025/QH15, both in force from 01/07/2025; the preamble of Luật
//! 97/2025/QH15 (27/06/2025) confirms that it amends "Luật Thực hiện dân chủ ở cơ sở số
//! 10/2022/QH15 đã được sửa đổi, bổ sung một số điều theo Luật số 47/2024/QH15". Which articles
//! they changed is not modelled: [`GrassrootsType::legal_basis`] lists them beside the Law.
//! Both are listed from 01/07/2025, the day the Law on urban and rural planning (47/2024/QH15,
//! passed 26/11/2024) took effect as published ([`LUAT_47_2024`]).
//!
//! A district issued its own regulations for these regimes (Long Biên speaks of "06 QCDC do
//! Quận ban hành"). Their titles are not published with the crate, so they are data a user
//! supplies: [`DistrictRegulation`] records gathered in a [`DistrictRegulationSet`].
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use qcdc::regime::GrassrootsType;
//!
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let before: Vec<String> = GrassrootsType::Commune.legal_basis(d(2023, 6, 30))
//!     .iter().map(|r| r.document.number.to_string()).collect();
//! assert_eq!(before, ["34/2007/PL-UBTVQH11", "09/2008/NQLT-CP-UBTWMTTQVN"]);
//! let after = GrassrootsType::Commune.legal_basis(d(2023, 7, 1));
//! assert_eq!(after[0].to_string(), "Luật số 10/2022/QH15");
//! ```

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::legal::{
    LAW_10_2022_FROM, LUAT_10_2022, LUAT_47_2024, LUAT_97_2025, LegalDocument, LegalReference,
    NGHI_DINH_04_2015, NGHI_DINH_59_2023, NGHI_DINH_60_2013, NGHI_DINH_61_2023, NGHI_DINH_145_2020,
    NGHI_DINH_149_2018, NGHI_QUYET_55_1998, NQLT_09_2008, ORDINANCE_34_2007_FROM,
    PHAP_LENH_34_2007, TWO_LEVEL_GOVERNMENT_FROM, Versioned,
};
use crate::org::{AdminLevel, Organisation};
use crate::text::identity_key;
use crate::validate::{
    Code, FirstSeen, Pointer, Validate, ValidationContext, ValidationReport, Violation,
};
use crate::vocabulary::{Vocabulary, vocabulary};

vocabulary! {
    /// **Loại hình cơ sở** — the six types of grassroots unit, each with its own democracy
    /// regulation: Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 from 01/07/2023 (Chương II for
    /// communes, III for agencies and units, IV for enterprises), and before it Pháp lệnh
    /// 34/2007/PL-UBTVQH11 and the decrees of each type (see
    /// [`legal_basis`](GrassrootsType::legal_basis)).
    ///
    /// # Example
    /// ```
    /// use qcdc::regime::GrassrootsType;
    ///
    /// let t: GrassrootsType = "doanh nghiep nha nuoc".parse()?;
    /// assert_eq!(t, GrassrootsType::StateEnterprise);
    /// assert_eq!(t.number(), 5);
    /// assert!("hợp tác xã nông nghiệp".parse::<GrassrootsType>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum GrassrootsType ("grassroots type", "Loại hình cơ sở") {
        /// **Xã, phường, thị trấn** — communes, wards and townships (special zones from
        /// 01/07/2025): Luật 10/2022 Chương II (Điều 11–45).
        Commune = "commune", "Xã, phường, thị trấn", ["cấp xã", "xã, phường, đặc khu"];
        /// **Cơ quan nhà nước** — state agencies: Luật 10/2022 Chương III (Điều 46–63).
        StateAgency = "state_agency", "Cơ quan nhà nước", ["cơ quan hành chính nhà nước"];
        /// **Đơn vị sự nghiệp công lập** — public service units: Luật 10/2022 Chương III.
        PublicServiceUnit = "public_service_unit", "Đơn vị sự nghiệp công lập", ["ĐVSNCL"];
        /// **Cơ quan của tổ chức chính trị, tổ chức chính trị - xã hội** — agencies of the Party
        /// and of the socio-political organisations: their own rules on the Law's principles
        /// (Luật 10/2022 Điều 91 k2).
        PoliticalOrganisation = "political_organisation", "Cơ quan của tổ chức chính trị, tổ chức chính trị - xã hội";
        /// **Doanh nghiệp nhà nước** — state enterprises: Luật 10/2022 Chương IV Mục 1
        /// (Điều 64–81).
        StateEnterprise = "state_enterprise", "Doanh nghiệp nhà nước", ["DNNN"];
        /// **Tổ chức có sử dụng lao động ngoài nhà nước** — non-state employers: Luật 10/2022
        /// Điều 82 (Chương I and labour law, or Mục 1 by choice).
        NonStateEmployer = "non_state_employer", "Tổ chức có sử dụng lao động ngoài nhà nước",
            ["doanh nghiệp ngoài nhà nước", "doanh nghiệp tư nhân"];
    }
}

/// The article of Luật 10/2022 that governs `t` (the whole Law for types 1, 2, 3 and 5).
fn law_ref_for(t: GrassrootsType) -> LegalReference {
    match t {
        GrassrootsType::PoliticalOrganisation => LUAT_10_2022.article(91).clause(2),
        GrassrootsType::NonStateEmployer => LUAT_10_2022.article(82),
        _ => LUAT_10_2022.whole(),
    }
}

impl GrassrootsType {
    /// The type's number in the usual list "6 QCDC trong các loại hình" (1 to 6).
    ///
    /// # Example
    /// ```
    /// use qcdc::regime::GrassrootsType;
    ///
    /// assert_eq!(GrassrootsType::Commune.number(), 1);
    /// assert_eq!(GrassrootsType::StateEnterprise.number(), 5);
    /// ```
    pub fn number(self) -> u8 {
        match self {
            GrassrootsType::Commune => 1,
            GrassrootsType::StateAgency => 2,
            GrassrootsType::PublicServiceUnit => 3,
            GrassrootsType::PoliticalOrganisation => 4,
            GrassrootsType::StateEnterprise => 5,
            GrassrootsType::NonStateEmployer => 6,
        }
    }

    /// Whether the type is a workplace (types 2–6), whose democracy runs through the staff or
    /// workers' conference rather than the residents' meeting.
    ///
    /// # Example
    /// ```
    /// use qcdc::regime::GrassrootsType;
    ///
    /// assert!(!GrassrootsType::Commune.is_workplace());
    /// assert!(GrassrootsType::PublicServiceUnit.is_workplace());
    /// ```
    pub fn is_workplace(self) -> bool {
        self != GrassrootsType::Commune
    }

    /// The official name of the type on `date`: the commune regime is "Xã, phường, thị trấn"
    /// until 30/06/2025 and "Xã, phường, đặc khu" from 01/07/2025, when the thị trấn ended and
    /// the đặc khu began (Luật 72/2025/QH15; Nghị quyết 203/2025/QH15). The other names do not
    /// change.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::regime::GrassrootsType;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(GrassrootsType::Commune.name_on(d(2025, 6, 30)), "Xã, phường, thị trấn");
    /// assert_eq!(GrassrootsType::Commune.name_on(d(2025, 7, 1)), "Xã, phường, đặc khu");
    /// ```
    pub fn name_on(self, date: NaiveDate) -> &'static str {
        match self {
            GrassrootsType::Commune if date >= TWO_LEVEL_GOVERNMENT_FROM => "Xã, phường, đặc khu",
            other => other.name_vi(),
        }
    }

    /// The legal basis of the type, date by date: each entry is the list of documents in force
    /// from that day on. Every document enters on its own effect date (its issue date where the
    /// effect date is not recorded): before the first of them the basis is not modelled (an
    /// empty list), never a later document.
    ///
    /// | Type | Before 01/07/2023 | From 01/07/2023 |
    /// |---|---|---|
    /// | 1 communes | Pháp lệnh 34/2007 (01/07/2007), + NQLT 09/2008 | Luật 10/2022; + Nghị định 59/2023 (15/08/2023); + Nghị định 61/2023 (16/08/2023) |
    /// | 2 state agencies | Nghị quyết 55/1998 and Nghị định 04/2015 (from 01/03/2015) | Luật 10/2022; + Nghị định 59/2023 (Ban TTND, Điều 20–23) |
    /// | 3 public service units | Nghị định 04/2015 (from 01/03/2015) | as type 2 |
    /// | 4 Party and mass organisations | their own rules (not modelled) | Luật 10/2022 Điều 91 k2 |
    /// | 5 state enterprises | Nghị định 60/2013 (15/08/2013), 149/2018 (01/01/2019), 145/2020 (01/02/2021) | Luật 10/2022; + Nghị định 59/2023 (Ban TTND, Điều 24–27) |
    /// | 6 non-state employers | as type 5 before 2023 | Luật 10/2022 Điều 82 |
    ///
    /// From 01/07/2025 every list adds Luật 47/2024 and Luật 97/2025, the Law's amendments. The
    /// effect dates of Nghị định 04/2015, 149/2018 and 145/2020 are unverified (their articles on
    /// their effect were not found on the law portals); that of Nghị định 60/2013 rests on the
    /// Government portal's summary, not the decree's text (see each constant in
    /// [`crate::legal`]).
    ///
    /// # Example
    /// ```
    /// use qcdc::regime::GrassrootsType;
    ///
    /// let versions = GrassrootsType::Commune.legal_basis_versions();
    /// let from: Vec<String> = versions.entries().map(|(date, _)| date.to_string()).collect();
    /// assert_eq!(from.first().unwrap(), "2007-07-01"); // Pháp lệnh 34/2007
    /// assert!(from.contains(&"2023-07-01".to_string())); // Luật 10/2022
    /// assert!(from.contains(&"2025-07-01".to_string())); // its 2025 amendments
    /// ```
    pub fn legal_basis_versions(self) -> Versioned<Vec<LegalReference>> {
        use GrassrootsType::*;
        // The day a list of documents holds from: the latest of their own dates.
        fn from(docs: &[&LegalDocument]) -> NaiveDate {
            docs.iter()
                .filter_map(|d| d.in_force.or(d.issued))
                .max()
                .unwrap_or(ORDINANCE_34_2007_FROM)
        }
        fn whole(docs: &[&LegalDocument]) -> Vec<LegalReference> {
            docs.iter().map(|d| d.whole()).collect()
        }
        // Before the Law: each period's documents, from the day the latest of them took effect.
        let before: Vec<Vec<&LegalDocument>> = match self {
            Commune => vec![
                vec![&PHAP_LENH_34_2007],
                vec![&PHAP_LENH_34_2007, &NQLT_09_2008],
            ],
            StateAgency => vec![vec![&NGHI_QUYET_55_1998, &NGHI_DINH_04_2015]],
            PublicServiceUnit => vec![vec![&NGHI_DINH_04_2015]],
            PoliticalOrganisation => vec![],
            StateEnterprise | NonStateEmployer => vec![
                vec![&NGHI_DINH_60_2013],
                vec![&NGHI_DINH_149_2018],
                vec![&NGHI_DINH_145_2020],
            ],
        };
        // After: the Law, then its guidance from each decree's own date.
        let guidance: Vec<&LegalDocument> = match self {
            Commune => vec![&NGHI_DINH_59_2023, &NGHI_DINH_61_2023],
            StateAgency | PublicServiceUnit | StateEnterprise => vec![&NGHI_DINH_59_2023],
            PoliticalOrganisation | NonStateEmployer => vec![],
        };
        let mut v = Versioned::new(LAW_10_2022_FROM, vec![law_ref_for(self)]);
        for docs in &before {
            v = v.then(from(docs), whole(docs));
        }
        let mut after = vec![law_ref_for(self)];
        for doc in guidance {
            after.push(doc.whole());
            v = v.then(from(&[doc]), after.clone());
        }
        after.push(LUAT_47_2024.whole());
        after.push(LUAT_97_2025.whole());
        v.then(TWO_LEVEL_GOVERNMENT_FROM, after)
    }

    /// The documents that governed the type on `date` (empty before 01/07/2007, the first date
    /// the crate models).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::regime::GrassrootsType;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let numbers = |date| -> Vec<String> {
    ///     GrassrootsType::StateEnterprise.legal_basis(date)
    ///         .iter().map(|r| r.document.number.to_string()).collect()
    /// };
    /// assert_eq!(numbers(d(2023, 6, 30)), ["145/2020/NĐ-CP"]);
    /// assert_eq!(numbers(d(2018, 12, 31)), ["60/2013/NĐ-CP"]);
    /// assert_eq!(numbers(d(2025, 6, 30)), ["10/2022/QH15", "59/2023/NĐ-CP"]);
    /// assert_eq!(
    ///     numbers(d(2025, 7, 1)),
    ///     ["10/2022/QH15", "59/2023/NĐ-CP", "47/2024/QH15", "97/2025/QH15"]
    /// );
    /// ```
    pub fn legal_basis(self, date: NaiveDate) -> Vec<LegalReference> {
        self.legal_basis_versions()
            .at(date)
            .cloned()
            .unwrap_or_default()
    }
}

/// The longest regulation number accepted, in characters.
pub const MAX_REGULATION_NUMBER: usize = 64;
/// The longest regulation title accepted, in characters.
pub const MAX_REGULATION_TITLE: usize = 500;
/// The most regulations one set may hold.
pub const MAX_REGULATIONS: usize = 200;

/// **Quy chế dân chủ do địa phương ban hành** — one regulation a district (until 30/06/2025) or
/// a commune issued for a grassroots regime: its number, date, issuer, regime, title and the
/// documents it rests on. The title is the user's data, never hard-coded.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::{OrgKind, Organisation};
/// use qcdc::org::reference::quan_long_bien;
/// use qcdc::regime::{DistrictRegulation, GrassrootsType};
/// use qcdc::validate::{Validate, ValidationContext};
///
/// let reg = DistrictRegulation {
///     number: "01-QC/QU".into(),
///     date: NaiveDate::from_ymd_opt(2021, 3, 1).unwrap(),
///     issuer: Organisation::new(OrgKind::PartyCommittee, quan_long_bien()),
///     field: GrassrootsType::Commune,
///     title: "Quy chế thực hiện dân chủ ở phường".into(),
///     legal_basis: vec![],
/// };
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
/// assert!(reg.validate(&ctx).is_valid());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Quy chế dân chủ do địa phương ban hành")]
pub struct DistrictRegulation {
    /// **Số, ký hiệu** — the number as printed ("01-QC/QU", "15/2021/QĐ-UBND").
    #[schemars(title = "Số, ký hiệu", length(min = 1, max = 64))]
    pub number: String,
    /// **Ngày ban hành** — the date it was issued.
    #[schemars(title = "Ngày ban hành")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub date: NaiveDate,
    /// **Cơ quan ban hành** — a district or commune body that existed on that date.
    #[schemars(title = "Cơ quan ban hành")]
    pub issuer: Organisation,
    /// **Loại hình** — the grassroots regime the regulation governs.
    #[schemars(title = "Loại hình cơ sở")]
    pub field: GrassrootsType,
    /// **Trích yếu** — the title, as printed.
    #[schemars(title = "Trích yếu", length(min = 1, max = 500))]
    pub title: String,
    /// **Căn cứ** — the documents it rests on.
    #[serde(default)]
    #[schemars(title = "Căn cứ ban hành")]
    pub legal_basis: Vec<LegalReference>,
}

impl DistrictRegulation {
    /// Records the problems of this regulation at `path`: blank or long number and title, an
    /// issuer that is not a district or commune body or did not exist on the date, a date in the
    /// future. Callable by larger documents on their own records.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::legal::PHAP_LENH_34_2007;
    /// use qcdc::org::reference::ha_noi;
    /// use qcdc::org::{OrgKind, Organisation};
    /// use qcdc::regime::{DistrictRegulation, GrassrootsType};
    /// use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport};
    ///
    /// let reg = DistrictRegulation {
    ///     number: " ".into(),
    ///     date: NaiveDate::from_ymd_opt(2021, 3, 1).unwrap(),
    ///     issuer: Organisation::new(OrgKind::Ubnd, ha_noi()), // a province: not a local issuer
    ///     field: GrassrootsType::Commune,
    ///     title: "Quy chế thực hiện dân chủ ở phường".into(),
    ///     legal_basis: vec![PHAP_LENH_34_2007.whole()],
    /// };
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    /// let mut report = ValidationReport::new();
    /// reg.check(&ctx, &Pointer::root().key("regulations").index(0), &mut report);
    /// assert_eq!(report.error_codes(), [Code::Blank, Code::IssuerNotLocal]);
    /// assert_eq!(report.errors()[0].path, "/regulations/0/number");
    /// ```
    pub fn check(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        report.check_text(&path.key("number"), &self.number, MAX_REGULATION_NUMBER);
        report.check_text(&path.key("title"), &self.title, MAX_REGULATION_TITLE);
        let date_path = path.key("date");
        report.check_record_date(&date_path, self.date, ctx);
        let issuer_path = path.key("issuer");
        let level = self.issuer.unit.level();
        if !matches!(level, AdminLevel::District | AdminLevel::Commune) {
            report.error(
                Violation::new(&issuer_path.key("unit").key("kind"), Code::IssuerNotLocal)
                    .param("body", self.issuer.name_vi()),
            );
        }
        self.issuer.check(Some(self.date), &issuer_path, report);
        for (i, basis) in self.legal_basis.iter().enumerate() {
            basis.check(&path.key("legal_basis").index(i), report);
        }
    }
}

impl Validate for DistrictRegulation {
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check(ctx, path, report);
    }
}

/// **Bộ quy chế dân chủ do địa phương ban hành** — the regulations a district (or a commune)
/// issued for the grassroots regimes, such as Long Biên's "06 QCDC do Quận ban hành".
///
/// Validation: at least one regulation and at most [`MAX_REGULATIONS`]; distinct numbers
/// (compared without case and diacritics); each regulation as in [`DistrictRegulation::check`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::{OrgKind, Organisation};
/// use qcdc::org::reference::quan_long_bien;
/// use qcdc::regime::{DistrictRegulation, DistrictRegulationSet, GrassrootsType};
/// use qcdc::validate::{Code, Validate, ValidationContext};
///
/// let reg = |number: &str, date| DistrictRegulation {
///     number: number.into(),
///     date,
///     issuer: Organisation::new(OrgKind::Ubnd, quan_long_bien()),
///     field: GrassrootsType::StateAgency,
///     title: "Quy chế dân chủ trong cơ quan".into(),
///     legal_basis: vec![],
/// };
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let ctx = ValidationContext::new(d(2026, 11, 28));
/// let set = DistrictRegulationSet { regulations: vec![reg("02/QC", d(2024, 1, 5))] };
/// assert!(set.validate(&ctx).is_valid());
/// // A second "02/QC", issued by the district after it was abolished.
/// let set = DistrictRegulationSet {
///     regulations: vec![reg("02/QC", d(2024, 1, 5)), reg("02/qc", d(2025, 8, 1))],
/// };
/// assert_eq!(set.validate(&ctx).error_codes(), [Code::BodyNotExisting, Code::Duplicate]);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Bộ quy chế dân chủ do địa phương ban hành")]
pub struct DistrictRegulationSet {
    /// **Các quy chế** — the regulations.
    #[schemars(title = "Các quy chế", length(min = 1, max = 200))]
    pub regulations: Vec<DistrictRegulation>,
}

impl Validate for DistrictRegulationSet {
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        let list = path.key("regulations");
        if self.regulations.is_empty() {
            report.error(
                Violation::new(&list, Code::TooFew)
                    .param("min", 1)
                    .param("actual", 0),
            );
        }
        if self.regulations.len() > MAX_REGULATIONS {
            report.error(
                Violation::new(&list, Code::TooMany)
                    .param("max", MAX_REGULATIONS)
                    .param("actual", self.regulations.len()),
            );
        }
        let mut seen = FirstSeen::with_capacity(self.regulations.len());
        for (i, reg) in self.regulations.iter().enumerate() {
            let at = list.index(i);
            reg.check(ctx, &at, report);
            // Numbers are compared as written (case and spacing aside): "01/2023" and
            // "01/2O23" are different documents.
            let key = identity_key(&reg.number);
            if key.is_empty() {
                continue;
            }
            if let Some(first) = seen.repeat_of(key, i) {
                report.error(
                    Violation::new(&at.key("number"), Code::Duplicate)
                        .param("value", reg.number.trim())
                        .param("first", list.index(first).as_str()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn vocabulary_is_well_formed() {
        crate::vocabulary::assert_well_formed::<GrassrootsType>();
    }

    #[test]
    fn numbers_run_one_to_six() {
        use crate::vocabulary::Vocabulary;
        let numbers: Vec<u8> = GrassrootsType::ALL.iter().map(|t| t.number()).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn every_type_switches_to_the_law_on_1_july_2023() {
        use crate::vocabulary::Vocabulary;
        for t in GrassrootsType::ALL {
            let before = t.legal_basis(d(2023, 6, 30));
            let after = t.legal_basis(d(2023, 7, 1));
            assert!(before.iter().all(|r| r.document != LUAT_10_2022), "{t}");
            assert_eq!(after[0].document, LUAT_10_2022, "{t}");
            assert!(t.legal_basis(d(2000, 1, 1)).is_empty());
            let late = t.legal_basis(d(2025, 7, 1));
            assert!(late.iter().any(|r| r.document == LUAT_97_2025), "{t}");
        }
    }

    #[test]
    fn no_basis_before_its_own_date() {
        // Nothing from 2015 in 2014, nothing from 2018 in 2018: before a decree's date, the
        // previous one or nothing.
        assert!(
            GrassrootsType::StateAgency
                .legal_basis(d(2015, 2, 28))
                .is_empty()
        );
        let numbers = |t: GrassrootsType, date| -> Vec<String> {
            t.legal_basis(date)
                .iter()
                .map(|r| r.document.number.to_string())
                .collect()
        };
        assert_eq!(
            numbers(GrassrootsType::StateAgency, d(2015, 3, 1)),
            ["55/1998/NQ-UBTVQH10", "04/2015/NĐ-CP"]
        );
        let enterprise = |date| numbers(GrassrootsType::StateEnterprise, date);
        assert!(enterprise(d(2013, 8, 14)).is_empty());
        assert_eq!(enterprise(d(2013, 8, 15)), ["60/2013/NĐ-CP"]);
        assert_eq!(enterprise(d(2018, 12, 31)), ["60/2013/NĐ-CP"]);
        assert_eq!(enterprise(d(2019, 1, 1)), ["149/2018/NĐ-CP"]);
        assert_eq!(enterprise(d(2021, 2, 1)), ["145/2020/NĐ-CP"]);
        assert_eq!(
            numbers(GrassrootsType::Commune, d(2008, 1, 1)),
            ["34/2007/PL-UBTVQH11"]
        );
        // Nghị định 59/2023 also for agencies, units and state enterprises from 15/08/2023.
        for t in [
            GrassrootsType::StateAgency,
            GrassrootsType::PublicServiceUnit,
            GrassrootsType::StateEnterprise,
        ] {
            assert_eq!(numbers(t, d(2023, 8, 14)), ["10/2022/QH15"], "{t}");
            assert_eq!(
                numbers(t, d(2023, 8, 15)),
                ["10/2022/QH15", "59/2023/NĐ-CP"],
                "{t}"
            );
        }
        assert_eq!(
            numbers(GrassrootsType::NonStateEmployer, d(2024, 1, 1)),
            ["10/2022/QH15"]
        );
        // Nghị định 61/2023 (hương ước, quy ước) for communes from 16/08/2023.
        assert_eq!(
            numbers(GrassrootsType::Commune, d(2023, 8, 16)),
            ["10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP"]
        );
    }

    #[test]
    fn commune_regime_is_named_with_the_dac_khu_from_july_2025() {
        assert_eq!(
            GrassrootsType::Commune.name_on(d(2025, 6, 30)),
            "Xã, phường, thị trấn"
        );
        assert_eq!(
            GrassrootsType::Commune.name_on(d(2025, 7, 1)),
            "Xã, phường, đặc khu"
        );
        assert_eq!(
            GrassrootsType::StateAgency.name_on(d(2025, 7, 1)),
            "Cơ quan nhà nước"
        );
    }

    #[test]
    fn commune_guidance_from_15_august_2023() {
        let numbers = |date| -> Vec<String> {
            GrassrootsType::Commune
                .legal_basis(date)
                .iter()
                .map(|r| r.document.number.to_string())
                .collect()
        };
        assert_eq!(numbers(d(2023, 8, 14)), ["10/2022/QH15"]);
        assert_eq!(numbers(d(2023, 8, 15)), ["10/2022/QH15", "59/2023/NĐ-CP"]);
    }
}
