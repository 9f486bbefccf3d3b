//! **Căn cứ pháp lý** — legal references: the documents the crate cites, references to their
//! articles, and values that change on the date a new rule takes effect.
//!
//! Every rule, window and deadline of the crate names its source with a [`LegalReference`], so
//! that a user can read the article behind a verdict. Rules that changed over time are kept as
//! [`Versioned`] values keyed by effective date, the way OpenFisca keeps parameters.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Error;
use crate::text::{checked_input, fold};
use crate::vocabulary::vocabulary;

vocabulary! {
    /// **Loại văn bản** — the kind of a legal or Party document (Luật, Nghị định, Quyết định…).
    ///
    /// # Example
    /// ```
    /// use qcdc::legal::DocumentKind;
    ///
    /// assert_eq!("nghi dinh".parse::<DocumentKind>()?, DocumentKind::NghiDinh);
    /// assert_eq!(DocumentKind::PhapLenh.to_string(), "Pháp lệnh");
    /// assert!("Sắc lệnh vua".parse::<DocumentKind>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum DocumentKind ("document kind", "Loại văn bản") {
        /// **Hiến pháp** — the Constitution.
        HienPhap = "hien_phap", "Hiến pháp";
        /// **Luật** — a law of the Quốc hội.
        Luat = "luat", "Luật";
        /// **Bộ luật** — a code of the Quốc hội (Bộ luật Dân sự, Bộ luật Lao động).
        BoLuat = "bo_luat", "Bộ luật", ["BL"];
        /// **Pháp lệnh** — an ordinance of the Ủy ban Thường vụ Quốc hội.
        PhapLenh = "phap_lenh", "Pháp lệnh", ["PL"];
        /// **Nghị định** — a decree of the Government.
        NghiDinh = "nghi_dinh", "Nghị định", ["NĐ"];
        /// **Nghị quyết** — a resolution (Quốc hội, its Standing Committee, a Party body).
        NghiQuyet = "nghi_quyet", "Nghị quyết", ["NQ"];
        /// **Nghị quyết liên tịch** — a joint resolution (e.g. Government and MTTQ).
        NghiQuyetLienTich = "nghi_quyet_lien_tich", "Nghị quyết liên tịch", ["NQLT"];
        /// **Quyết định** — a decision.
        QuyetDinh = "quyet_dinh", "Quyết định", ["QĐ"];
        /// **Quy định** — a regulation of a Party body.
        QuyDinh = "quy_dinh", "Quy định";
        /// **Chỉ thị** — a directive.
        ChiThi = "chi_thi", "Chỉ thị", ["CT"];
        /// **Thông tư** — a circular of a ministry.
        ThongTu = "thong_tu", "Thông tư", ["TT"];
        /// **Kế hoạch** — a plan issued by a body.
        KeHoach = "ke_hoach", "Kế hoạch", ["KH"];
        /// **Công văn** — an official letter.
        CongVan = "cong_van", "Công văn", ["CV"];
        /// **Hướng dẫn** — a guidance document.
        HuongDan = "huong_dan", "Hướng dẫn", ["HD"];
    }
}

/// **Văn bản** — a legal or Party document: its kind, number, issuer, dates and title.
///
/// The crate's constants ([`LUAT_10_2022`], [`NGHI_DINH_09_2019`], …) are values of this type;
/// users build their own for local documents (a district's regulations, a ward's plans).
///
/// # Example
/// ```
/// use qcdc::legal::LUAT_10_2022;
///
/// assert_eq!(LUAT_10_2022.to_string(), "Luật số 10/2022/QH15");
/// assert_eq!(LUAT_10_2022.in_force.unwrap().to_string(), "2023-07-01");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Văn bản")]
pub struct LegalDocument {
    /// **Loại văn bản** — the document kind.
    #[schemars(title = "Loại văn bản")]
    pub kind: DocumentKind,
    /// **Số, ký hiệu** — the number and symbol, as printed (`10/2022/QH15`, `217-QĐ/TW`).
    #[schemars(title = "Số, ký hiệu", length(min = 1, max = 64))]
    pub number: Cow<'static, str>,
    /// **Trích yếu** — the title, when it is useful to show it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Trích yếu", length(max = 500))]
    pub title: Option<Cow<'static, str>>,
    /// **Cơ quan ban hành** — the issuing body, as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Cơ quan ban hành", length(max = 200))]
    pub issuer: Option<Cow<'static, str>>,
    /// **Ngày ban hành** — the date it was issued (or passed, for a law).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày ban hành")]
    pub issued: Option<NaiveDate>,
    /// **Ngày có hiệu lực** — the date it took effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày có hiệu lực")]
    pub in_force: Option<NaiveDate>,
    /// **Ngày hết hiệu lực** — the last day it was in force, if it has expired.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày hết hiệu lực")]
    pub in_force_until: Option<NaiveDate>,
}

impl LegalDocument {
    /// A document known only by kind and number (the other fields empty).
    ///
    /// # Example
    /// ```
    /// use qcdc::legal::{DocumentKind, LegalDocument};
    ///
    /// let doc = LegalDocument::new(DocumentKind::QuyetDinh, "12/QĐ-UBND");
    /// assert_eq!(doc.to_string(), "Quyết định số 12/QĐ-UBND");
    /// ```
    pub fn new(kind: DocumentKind, number: impl Into<Cow<'static, str>>) -> Self {
        LegalDocument {
            kind,
            number: number.into(),
            title: None,
            issuer: None,
            issued: None,
            in_force: None,
            in_force_until: None,
        }
    }

    /// Whether the document was in force on `date`, as far as its dates are known (unknown
    /// dates do not rule a day out).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::legal::PHAP_LENH_34_2007;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert!(PHAP_LENH_34_2007.in_force_on(d(2023, 6, 30)));
    /// assert!(!PHAP_LENH_34_2007.in_force_on(d(2023, 7, 1)));
    /// ```
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.in_force.is_none_or(|from| from <= date)
            && self.in_force_until.is_none_or(|until| date <= until)
    }

    /// A reference to the whole document (no article).
    ///
    /// # Example
    /// ```
    /// use qcdc::legal::LUAT_10_2022;
    ///
    /// let r = LUAT_10_2022.whole();
    /// assert_eq!((r.article, r.clause), (None, None));
    /// assert!(r.point.is_none());
    /// assert_eq!(r.to_string(), "Luật số 10/2022/QH15");
    /// ```
    pub fn whole(&self) -> LegalReference {
        LegalReference {
            document: self.clone(),
            article: None,
            clause: None,
            point: None,
        }
    }

    /// A reference to `article` of this document.
    ///
    /// # Example
    /// ```
    /// use qcdc::legal::LUAT_10_2022;
    ///
    /// let r = LUAT_10_2022.article(13).clause(3);
    /// assert_eq!(r.to_string(), "khoản 3 Điều 13 Luật số 10/2022/QH15");
    /// ```
    pub fn article(&self, article: u16) -> LegalReference {
        LegalReference {
            article: Some(article),
            ..self.whole()
        }
    }
}

/// The longest document number the crate accepts, in characters.
pub const MAX_DOCUMENT_NUMBER: usize = 64;
/// The longest document title the crate accepts, in characters.
pub const MAX_DOCUMENT_TITLE: usize = 500;
/// The longest issuer name the crate accepts, in characters.
pub const MAX_DOCUMENT_ISSUER: usize = 200;

impl fmt::Display for LegalDocument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} số {}", self.kind, self.number)
    }
}

/// **Trích dẫn điều khoản** — a reference to a document, down to its article (Điều), clause
/// (khoản) and point (điểm) where known.
///
/// Displayed the Vietnamese way, from the smallest unit up: "điểm b khoản 5 Điều 8 Nghị định số
/// 09/2019/NĐ-CP".
///
/// # Parsing
/// `FromStr` reads that display back and the ways people write it: with or without diacritics
/// and the word "số", the kind spelled out or abbreviated ("NĐ", "QĐ", "NQ"), commas between the
/// parts ("khoản 1, Điều 4, Nghị định 59/2023/NĐ-CP"). When the number names one of the crate's
/// documents ([`DOCUMENTS`], [`REORGANISATION_2025`]) the parsed reference carries that constant,
/// so it equals the reference the crate builds itself; the number may then stop before its symbol
/// ("NĐ 59/2023"). Any other document is kept with only its kind and number.
///
/// # Errors
/// [`ErrorKind::Malformed`](crate::ErrorKind::Malformed) when a part is missing or out of order,
/// the kind is unknown, or the kind contradicts a known number ("Luật 09/2019/NĐ-CP");
/// [`ErrorKind::Unknown`](crate::ErrorKind::Unknown) for a number without its symbol that names no
/// known document ("Nghị định 59/2099").
///
/// # Example
/// ```
/// use qcdc::legal::{DocumentKind, LegalReference, NGHI_DINH_09_2019, NGHI_DINH_59_2023};
///
/// let r: LegalReference = "khoản 3 Điều 13 Luật số 10/2022/QH15".parse()?;
/// assert_eq!(r.document.kind, DocumentKind::Luat);
/// assert_eq!(r.document.number, "10/2022/QH15");
/// assert_eq!((r.article, r.clause), (Some(13), Some(3)));
///
/// // Without "số", abbreviated: the crate's own constants.
/// let r: LegalReference = "Điều 12 Nghị định 09/2019/NĐ-CP".parse()?;
/// assert_eq!(r, NGHI_DINH_09_2019.article(12));
/// let r: LegalReference = "khoản 1 Điều 4 NĐ 59/2023".parse()?;
/// assert_eq!(r, NGHI_DINH_59_2023.article(4).clause(1));
///
/// assert!("Điều mười ba".parse::<LegalReference>().is_err());
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Căn cứ pháp lý")]
pub struct LegalReference {
    /// **Văn bản** — the document.
    #[schemars(title = "Văn bản")]
    pub document: LegalDocument,
    /// **Điều** — the article number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Điều", range(min = 1))]
    pub article: Option<u16>,
    /// **Khoản** — the clause number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Khoản", range(min = 1))]
    pub clause: Option<u16>,
    /// **Điểm** — the point letter (a, b, c, d, đ, e, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Điểm", length(min = 1, max = 2))]
    pub point: Option<Cow<'static, str>>,
}

impl LegalReference {
    /// The same reference narrowed to `clause`.
    ///
    /// # Example
    /// ```
    /// use qcdc::legal::NGHI_DINH_09_2019;
    ///
    /// let r = NGHI_DINH_09_2019.article(13).clause(2);
    /// assert_eq!(r.clause, Some(2));
    /// assert_eq!(r.to_string(), "khoản 2 Điều 13 Nghị định số 09/2019/NĐ-CP");
    /// ```
    pub fn clause(mut self, clause: u16) -> Self {
        self.clause = Some(clause);
        self
    }

    /// The same reference narrowed to `point` (a letter such as `"b"` or `"đ"`).
    ///
    /// # Example
    /// ```
    /// use qcdc::legal::NGHI_DINH_09_2019;
    ///
    /// let r = NGHI_DINH_09_2019.article(8).clause(5).point("b");
    /// assert_eq!(r.to_string(), "điểm b khoản 5 Điều 8 Nghị định số 09/2019/NĐ-CP");
    /// ```
    pub fn point(mut self, point: impl Into<Cow<'static, str>>) -> Self {
        self.point = Some(point.into());
        self
    }
}

impl fmt::Display for LegalReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(point) = &self.point {
            write!(f, "điểm {point} ")?;
        }
        if let Some(clause) = self.clause {
            write!(f, "khoản {clause} ")?;
        }
        if let Some(article) = self.article {
            write!(f, "Điều {article} ")?;
        }
        write!(f, "{}", self.document)
    }
}

impl FromStr for LegalReference {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        const WHAT: &str = "legal reference";
        const SHAPE: &str = "\"[điểm x] [khoản N] [Điều N] <loại văn bản> [số] <số hiệu>\"";
        let s = checked_input(WHAT, s)?;
        let nfc = crate::text::nfc(s);
        // Commas between the parts ("khoản 1, Điều 4, Nghị định …") are separators, not words.
        let words: Vec<&str> = nfc
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
        let mut i = 0;
        let mut point = None;
        let mut clause = None;
        let mut article = None;
        let number = |w: &str| w.parse::<u16>().ok().filter(|n| *n > 0);
        if folded.get(i).map(String::as_str) == Some("diem") {
            let p = words
                .get(i + 1)
                .ok_or_else(|| Error::malformed(WHAT, s, SHAPE))?;
            if p.chars().count() > 2 || !p.chars().all(char::is_alphabetic) {
                return Err(Error::malformed(
                    WHAT,
                    s,
                    "a point letter such as \"a\" or \"đ\"",
                ));
            }
            point = Some(Cow::Owned(p.to_lowercase()));
            i += 2;
        }
        if folded.get(i).map(String::as_str) == Some("khoan") {
            let n = words.get(i + 1).and_then(|w| number(w));
            clause = Some(
                n.ok_or_else(|| Error::malformed(WHAT, s, "a clause number after \"khoản\""))?,
            );
            i += 2;
        }
        if folded.get(i).map(String::as_str) == Some("dieu") {
            let n = words.get(i + 1).and_then(|w| number(w));
            article =
                Some(n.ok_or_else(|| {
                    Error::malformed(WHAT, s, "an article number after \"Điều\"")
                })?);
            i += 2;
        }
        // What is left: the kind (one to four words), the optional word "số", and the number,
        // one word that holds a digit ("10/2022/QH15", "217-QĐ/TW").
        let rest = &folded[i.min(folded.len())..];
        let Some((number_word, before)) = words[i.min(words.len())..].split_last() else {
            return Err(Error::malformed(WHAT, s, SHAPE));
        };
        if !number_word.chars().any(|c| c.is_ascii_digit()) {
            return Err(Error::malformed(WHAT, s, SHAPE));
        }
        let kind_words = match rest[..before.len()].split_last() {
            Some((last, kind_words)) if last == "so" => kind_words,
            _ => &rest[..before.len()],
        };
        if kind_words.is_empty() {
            return Err(Error::malformed(WHAT, s, SHAPE));
        }
        let kind: DocumentKind = kind_words
            .join(" ")
            .parse()
            .map_err(|_| Error::malformed(WHAT, s, SHAPE))?;
        let document = known_document(kind, number_word, s)?
            .unwrap_or_else(|| LegalDocument::new(kind, (*number_word).to_owned()));
        Ok(LegalReference {
            document,
            article,
            clause,
            point,
        })
    }
}

/// The crate's constant for the document of `kind` numbered `number`, so that a parsed reference
/// equals the one the crate builds ("Nghị định 09/2019/ND-CP" is [`NGHI_DINH_09_2019`], with its
/// dates and title). The number may stop before its symbol when that names one constant of the
/// kind ("NĐ 59/2023" is [`NGHI_DINH_59_2023`]); a number without a symbol that names no constant
/// is refused, since nobody could tell which document it is.
fn known_document(
    kind: DocumentKind,
    number: &str,
    input: &str,
) -> Result<Option<LegalDocument>, Error> {
    const WHAT: &str = "legal reference";
    if let Some(doc) = find_document(number) {
        if doc.kind != kind {
            return Err(Error::malformed(
                WHAT,
                input,
                format!("\"{}\" before the number {}", doc.kind, doc.number),
            ));
        }
        return Ok(Some(doc.clone()));
    }
    // Every document number carries a symbol (a letter: "QH15", "NĐ-CP", "QĐ/TW"); one
    // without any is abbreviated ("59/2023") and must name a known document.
    if number.chars().any(char::is_alphabetic) {
        return Ok(None);
    }
    let prefix = format!("{}/", fold(number));
    let mut matches = DOCUMENTS
        .iter()
        .chain(REORGANISATION_2025)
        .filter(|d| d.kind == kind && fold(&d.number).starts_with(&prefix));
    match (matches.next(), matches.next()) {
        (Some(doc), None) => Ok(Some((*doc).clone())),
        _ => Err(Error::unknown(
            WHAT,
            input,
            format!(
                "the number with its symbol, such as \"59/2023/NĐ-CP\" (\"{number}\" names no document the crate knows)"
            ),
        )),
    }
}

/// **Giá trị theo thời gian** — a value that changes on the dates new rules take effect.
///
/// Entries are `(effective from, value)`; [`Versioned::at`] returns the value in force on a date,
/// or `None` before the first entry. Use `Option<T>` as the value to say that something stops
/// existing (the district level from 01/07/2025).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::legal::Versioned;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let basis = Versioned::new(d(2007, 7, 1), "Pháp lệnh 34/2007").then(d(2023, 7, 1), "Luật 10/2022");
/// assert_eq!(basis.at(d(2023, 6, 30)), Some(&"Pháp lệnh 34/2007"));
/// assert_eq!(basis.at(d(2023, 7, 1)), Some(&"Luật 10/2022"));
/// assert_eq!(basis.at(d(2000, 1, 1)), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Versioned<T> {
    entries: Vec<(NaiveDate, T)>,
}

impl<T> Versioned<T> {
    /// A value in force from `from` on.
    ///
    /// # Example
    /// ```
    /// use qcdc::legal::{LAW_10_2022_FROM, Versioned};
    ///
    /// let basis = Versioned::new(LAW_10_2022_FROM, "Luật 10/2022");
    /// assert_eq!(basis.at(LAW_10_2022_FROM), Some(&"Luật 10/2022"));
    /// assert_eq!(basis.at(LAW_10_2022_FROM.pred_opt().unwrap()), None);
    /// ```
    pub fn new(from: NaiveDate, value: T) -> Self {
        Versioned {
            entries: vec![(from, value)],
        }
    }

    /// Adds the value that takes effect on `from`. Entries may be added in any order.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::legal::{LAW_10_2022_FROM, ORDINANCE_34_2007_FROM, Versioned};
    ///
    /// // Added out of order: the earlier value still holds before the later one.
    /// let basis = Versioned::new(LAW_10_2022_FROM, "Luật 10/2022").then(ORDINANCE_34_2007_FROM, "Pháp lệnh 34/2007");
    /// assert_eq!(basis.at(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap()), Some(&"Pháp lệnh 34/2007"));
    /// assert_eq!(basis.at(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()), Some(&"Luật 10/2022"));
    /// ```
    pub fn then(mut self, from: NaiveDate, value: T) -> Self {
        let at = self.entries.partition_point(|(d, _)| *d <= from);
        self.entries.insert(at, (from, value));
        self
    }

    /// The value in force on `date`: the latest entry that took effect on or before it.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::legal::{TWO_LEVEL_GOVERNMENT_FROM, Versioned};
    ///
    /// // The district level: present until 30/06/2025, gone from 01/07/2025.
    /// let district = Versioned::new(NaiveDate::from_ymd_opt(1945, 9, 2).unwrap(), Some("cấp huyện"))
    ///     .then(TWO_LEVEL_GOVERNMENT_FROM, None);
    /// assert_eq!(district.at(NaiveDate::from_ymd_opt(2025, 6, 30).unwrap()), Some(&Some("cấp huyện")));
    /// assert_eq!(district.at(TWO_LEVEL_GOVERNMENT_FROM), Some(&None));
    /// ```
    pub fn at(&self, date: NaiveDate) -> Option<&T> {
        let after = self.entries.partition_point(|(d, _)| *d <= date);
        after.checked_sub(1).map(|i| &self.entries[i].1)
    }

    /// Every `(effective from, value)` entry in date order.
    ///
    /// # Example
    /// ```
    /// use qcdc::legal::{LAW_10_2022_FROM, ORDINANCE_34_2007_FROM, Versioned};
    ///
    /// let basis = Versioned::new(LAW_10_2022_FROM, "Luật 10/2022").then(ORDINANCE_34_2007_FROM, "Pháp lệnh 34/2007");
    /// let dates: Vec<String> = basis.entries().map(|(from, _)| from.to_string()).collect();
    /// assert_eq!(dates, ["2007-07-01", "2023-07-01"]);
    /// ```
    pub fn entries(&self) -> impl Iterator<Item = (NaiveDate, &T)> {
        self.entries.iter().map(|(d, v)| (*d, v))
    }
}

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("invalid date in a legal constant"),
    }
}

/// The first day of the two-level local government: from this day no district-level unit or
/// body exists (Nghị quyết 203/2025/QH15, in force 16/06/2025, ends the district units on
/// 01/07/2025), and the commune level is xã, phường, đặc khu (Luật 72/2025/QH15).
pub const TWO_LEVEL_GOVERNMENT_FROM: NaiveDate = date(2025, 7, 1);

/// The day Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 took effect (Điều 90 k1) and Pháp lệnh
/// 34/2007 expired.
pub const LAW_10_2022_FROM: NaiveDate = date(2023, 7, 1);

macro_rules! document {
    ($(#[$meta:meta])* $name:ident = $kind:ident $number:literal, $title:expr, $issuer:literal,
     issued $issued:expr, in_force $from:expr, until $until:expr) => {
        $(#[$meta])*
        pub const $name: LegalDocument = LegalDocument {
            kind: DocumentKind::$kind,
            number: Cow::Borrowed($number),
            title: $title,
            issuer: Some(Cow::Borrowed($issuer)),
            issued: $issued,
            in_force: $from,
            in_force_until: $until,
        };
    };
}

document! {
    /// **Luật Thực hiện dân chủ ở cơ sở** số 10/2022/QH15 — passed 10/11/2022, in force
    /// 01/07/2023 (Điều 90). The grassroots democracy law.
    LUAT_10_2022 = Luat "10/2022/QH15", Some(Cow::Borrowed("Luật Thực hiện dân chủ ở cơ sở")), "Quốc hội",
    issued Some(date(2022, 11, 10)), in_force Some(LAW_10_2022_FROM), until None
}
document! {
    /// **Nghị định 59/2023/NĐ-CP** (14/08/2023) — guides Luật 10/2022 for communes (community
    /// meetings, ballots, online votes, the Ban TTND and Ban GSĐTCĐ: Điều 3–19) and for the
    /// Ban TTND of agencies, public service units (Điều 20–23) and state enterprises (Điều
    /// 24–27); in force 15/08/2023.
    NGHI_DINH_59_2023 = NghiDinh "59/2023/NĐ-CP", Some(Cow::Borrowed("Quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở")), "Chính phủ",
    issued Some(date(2023, 8, 14)), in_force Some(date(2023, 8, 15)), until None
}
document! {
    /// **Pháp lệnh 34/2007/PL-UBTVQH11** — democracy in communes, wards and towns; in force
    /// 01/07/2007 ([`ORDINANCE_34_2007_FROM`]), expired on 01/07/2023 (Luật 10/2022 Điều 90 k2).
    PHAP_LENH_34_2007 = PhapLenh "34/2007/PL-UBTVQH11", Some(Cow::Borrowed("Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn")), "Ủy ban Thường vụ Quốc hội",
    issued None, in_force Some(ORDINANCE_34_2007_FROM), until Some(date(2023, 6, 30))
}
document! {
    /// **Nghị quyết liên tịch 09/2008/NQLT-CP-UBTWMTTQVN** (17/04/2008; the date is believed,
    /// not checked against the text; its effect date is not recorded) — guides Điều 11, 14, 16,
    /// 22 and 26 of Pháp lệnh 34/2007; superseded with it on 01/07/2023. The crate lists it as a
    /// legal basis from its issue date.
    NQLT_09_2008 = NghiQuyetLienTich "09/2008/NQLT-CP-UBTWMTTQVN", Some(Cow::Borrowed("Hướng dẫn thi hành các Điều 11, 14, 16, 22 và 26 của Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn")), "Chính phủ – Ủy ban Trung ương MTTQ Việt Nam",
    issued Some(date(2008, 4, 17)), in_force None, until Some(date(2023, 6, 30))
}
document! {
    /// **Nghị quyết 55/1998/NQ-UBTVQH10** — democracy in state agencies; expired on 01/07/2023
    /// (Luật 10/2022 Điều 90 k2).
    NGHI_QUYET_55_1998 = NghiQuyet "55/1998/NQ-UBTVQH10", Some(Cow::Borrowed("Về việc thực hiện dân chủ trong hoạt động của cơ quan")), "Ủy ban Thường vụ Quốc hội",
    issued None, in_force None, until Some(date(2023, 6, 30))
}
document! {
    /// **Nghị định 04/2015/NĐ-CP** (09/01/2015, per the Bộ Nội vụ's answer on chinhphu.vn,
    /// 23/10/2025) — democracy in state agencies and public service units, until Luật 10/2022
    /// took effect (the Law "kế thừa" it, same answer). In force 01/03/2015: **unverified** —
    /// the decree's own article on its effect (hiệu lực thi hành) was searched for on the law
    /// portals (thuvienphapluat, vbpl.vn, chinhphu.vn) and not found (11/2026); the date is kept
    /// as this constant's `in_force`. Earlier dates have no modelled basis for these units.
    NGHI_DINH_04_2015 = NghiDinh "04/2015/NĐ-CP", Some(Cow::Borrowed("Về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập")), "Chính phủ",
    issued Some(date(2015, 1, 9)), in_force Some(date(2015, 3, 1)), until Some(date(2023, 6, 30))
}
document! {
    /// **Nghị định 149/2018/NĐ-CP** (07/11/2018) — democracy at the workplace, in force
    /// 01/01/2019: **unverified** (its article on its effect not found on the law portals,
    /// 11/2026), replaced by Chương V of Nghị định 145/2020/NĐ-CP from 01/02/2021.
    NGHI_DINH_149_2018 = NghiDinh "149/2018/NĐ-CP", Some(Cow::Borrowed("Quy định chi tiết khoản 3 Điều 63 của Bộ luật Lao động về thực hiện quy chế dân chủ ở cơ sở tại nơi làm việc")), "Chính phủ",
    issued Some(date(2018, 11, 7)), in_force Some(date(2019, 1, 1)), until Some(date(2021, 1, 31))
}
document! {
    /// **Nghị định 145/2020/NĐ-CP** (14/12/2020) — guides the Labour Code 2019; in force
    /// 01/02/2021: **unverified** (its article on its effect not found on the law portals,
    /// 11/2026); its Chương V governed workplace
    /// democracy in enterprises until Luật 10/2022.
    NGHI_DINH_145_2020 = NghiDinh "145/2020/NĐ-CP", Some(Cow::Borrowed("Quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động")), "Chính phủ",
    issued Some(date(2020, 12, 14)), in_force Some(date(2021, 2, 1)), until None
}
document! {
    /// **Nghị định 09/2019/NĐ-CP** — the administrative reporting regime: data cut-off windows
    /// (Điều 12) and deadlines (Điều 13); in force 12/03/2019.
    NGHI_DINH_09_2019 = NghiDinh "09/2019/NĐ-CP", Some(Cow::Borrowed("Quy định về chế độ báo cáo của cơ quan hành chính nhà nước")), "Chính phủ",
    issued None, in_force Some(date(2019, 3, 12)), until None
}
document! {
    /// **Nghị định 60/2018/NĐ-CP** — statistical reporting, which uses calendar periods.
    NGHI_DINH_60_2018 = NghiDinh "60/2018/NĐ-CP", None, "Chính phủ",
    issued None, in_force None, until None
}
document! {
    /// **Bộ luật Lao động** số 45/2019/QH14 — passed 20/11/2019, in force 01/01/2021: weekly
    /// rest and compensatory days (Điều 111), the public holidays (Điều 112).
    BO_LUAT_LAO_DONG_2019 = BoLuat "45/2019/QH14", Some(Cow::Borrowed("Bộ luật Lao động")), "Quốc hội",
    issued Some(date(2019, 11, 20)), in_force Some(date(2021, 1, 1)), until None
}
document! {
    /// **Bộ luật Lao động** số 10/2012/QH13 — in force 01/05/2013 until 31/12/2020: ten public
    /// holidays, one day for Quốc khánh (Điều 115), compensatory days (Điều 110 k3, 115 k3).
    BO_LUAT_LAO_DONG_2012 = BoLuat "10/2012/QH13", Some(Cow::Borrowed("Bộ luật Lao động")), "Quốc hội",
    issued Some(date(2012, 6, 18)), in_force Some(date(2013, 5, 1)), until Some(date(2020, 12, 31))
}
document! {
    /// **Bộ luật Dân sự** số 91/2015/QH13 — passed 24/11/2015, in force 01/01/2017: how periods
    /// (thời hạn) are counted (Điều 144–148), unless another law says otherwise (Điều 145 k1).
    BO_LUAT_DAN_SU_2015 = BoLuat "91/2015/QH13", Some(Cow::Borrowed("Bộ luật Dân sự")), "Quốc hội",
    issued Some(date(2015, 11, 24)), in_force Some(date(2017, 1, 1)), until None
}
document! {
    /// **Quyết định 188/1999/QĐ-TTg** (17/09/1999) — the 40-hour week: state agencies and
    /// political and socio-political organisations work Monday to Friday (Điều 1).
    QUYET_DINH_188_1999 = QuyetDinh "188/1999/QĐ-TTg", Some(Cow::Borrowed("Về việc thực hiện chế độ tuần làm việc 40 giờ")), "Thủ tướng Chính phủ",
    issued Some(date(1999, 9, 17)), in_force None, until None
}
document! {
    /// **Nghị quyết 203/2025/QH15** — amends the Constitution; in force 16/06/2025, it ends the
    /// district-level units on 01/07/2025 ([`TWO_LEVEL_GOVERNMENT_FROM`]), so no district-level
    /// unit or body exists from that day.
    NGHI_QUYET_203_2025 = NghiQuyet "203/2025/QH15", Some(Cow::Borrowed("Sửa đổi, bổ sung một số điều của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam")), "Quốc hội",
    issued Some(date(2025, 6, 16)), in_force Some(date(2025, 6, 16)), until None
}
document! {
    /// **Nghị quyết 1656/NQ-UBTVQH15** — rearranges the commune-level units of Hà Nội (126 xã,
    /// phường) from 01/07/2025.
    NGHI_QUYET_1656_2025 = NghiQuyet "1656/NQ-UBTVQH15", Some(Cow::Borrowed("Về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Hà Nội năm 2025")), "Ủy ban Thường vụ Quốc hội",
    issued Some(date(2025, 6, 16)), in_force Some(TWO_LEVEL_GOVERNMENT_FROM), until None
}
document! {
    /// **Nghị quyết 60-NQ/TW** (12/04/2025) — the socio-political organisations come to operate
    /// under the Mặt trận Tổ quốc.
    NGHI_QUYET_60_TW = NghiQuyet "60-NQ/TW", None, "Ban Chấp hành Trung ương",
    issued Some(date(2025, 4, 12)), in_force None, until None
}
document! {
    /// **Luật 97/2025/QH15** — amends the laws on the Mặt trận Tổ quốc, the Công đoàn, the
    /// Thanh niên and Luật 10/2022; in force 01/07/2025.
    LUAT_97_2025 = Luat "97/2025/QH15", None, "Quốc hội",
    issued None, in_force Some(TWO_LEVEL_GOVERNMENT_FROM), until None
}
document! {
    /// **Luật 47/2024/QH15** — the law on urban and rural planning (passed 26/11/2024), which
    /// also amends Luật 10/2022; in force 01/07/2025 (the published law; an earlier
    /// reading, 01/01/2025, was not confirmed).
    LUAT_47_2024 = Luat "47/2024/QH15", Some(Cow::Borrowed("Luật Quy hoạch đô thị và nông thôn")), "Quốc hội",
    issued Some(date(2024, 11, 26)), in_force Some(date(2025, 7, 1)), until None
}
document! {
    /// **Quyết định 217-QĐ/TW** (12/12/2013) — Quy chế giám sát và phản biện xã hội của MTTQ Việt
    /// Nam và các đoàn thể chính trị - xã hội.
    QUYET_DINH_217_TW = QuyetDinh "217-QĐ/TW", Some(Cow::Borrowed("Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội")), "Bộ Chính trị",
    issued Some(date(2013, 12, 12)), in_force None, until None
}
document! {
    /// **Quyết định 218-QĐ/TW** (12/12/2013) — Quy định về việc MTTQ Việt Nam, các đoàn thể chính
    /// trị - xã hội và Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền.
    QUYET_DINH_218_TW = QuyetDinh "218-QĐ/TW", Some(Cow::Borrowed("Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền")), "Bộ Chính trị",
    issued Some(date(2013, 12, 12)), in_force None, until None
}
document! {
    /// **Nghị định 132/2003/NĐ-CP** — founded quận Long Biên (the seed's district).
    NGHI_DINH_132_2003 = NghiDinh "132/2003/NĐ-CP", None, "Chính phủ",
    issued None, in_force None, until None
}

/// The day Pháp lệnh 34/2007/PL-UBTVQH11 took effect (01/07/2007, its closing article): the
/// first day the crate models rules for communes and wards; earlier dates have no rule.
pub const ORDINANCE_34_2007_FROM: NaiveDate = date(2007, 7, 1);

document! {
    /// **Quyết định 19/2025/QĐ-TTg** (30/06/2025) — the national list of administrative units
    /// and their codes, in force from 01/07/2025 (the codes of the statistics office).
    QUYET_DINH_19_2025 = QuyetDinh "19/2025/QĐ-TTg", Some(Cow::Borrowed("Ban hành Bảng danh mục và mã số các đơn vị hành chính Việt Nam")), "Thủ tướng Chính phủ",
    issued Some(date(2025, 6, 30)), in_force Some(TWO_LEVEL_GOVERNMENT_FROM), until None
}

document! {
    /// **Công văn 249/MTTQ-BTT** (2026) of the Ban Thường trực Ủy ban MTTQ Việt Nam phường Thanh
    /// Khê, Đà Nẵng — calls for "Dân vận khéo" model registrations (due before 25/10/2026) and
    /// sets the ten contents every registration must carry, the source of the mandatory contents of
    /// a "Dân vận khéo" model registration. Its title and issue date are not recorded here.
    CONG_VAN_249_MTTQ_BTT = CongVan "249/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam phường Thanh Khê",
    issued None, in_force None, until None
}

// -------------------------------------------------------------------------------------------
// The law as it stands (issue 12): documents added by the corrections of 11/2026.
// -------------------------------------------------------------------------------------------

document! {
    /// **Luật Tổ chức chính quyền địa phương** số 72/2025/QH15 (passed 16/06/2025) — the source
    /// of the two local levels from 01/07/2025: cấp tỉnh (tỉnh, thành phố trực thuộc trung
    /// ương) and cấp xã (xã, phường, đặc khu). Its effect date is not recorded here; the kinds
    /// it names apply from [`TWO_LEVEL_GOVERNMENT_FROM`].
    LUAT_72_2025 = Luat "72/2025/QH15", Some(Cow::Borrowed("Luật Tổ chức chính quyền địa phương")), "Quốc hội",
    issued Some(date(2025, 6, 16)), in_force None, until None
}
document! {
    /// **Nghị định 61/2023/NĐ-CP** — the making and carrying out of hương ước, quy ước of the
    /// residential communities; in force 16/08/2023. A legal basis of the commune regime.
    NGHI_DINH_61_2023 = NghiDinh "61/2023/NĐ-CP", Some(Cow::Borrowed("Về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư")), "Chính phủ",
    issued None, in_force Some(date(2023, 8, 16)), until None
}
document! {
    /// **Nghị định 60/2013/NĐ-CP** (19/06/2013) — democracy at the workplace under the Labour
    /// Code 2012 (Điều 63 k3); in force 15/08/2013 — per the Government portal's summary
    /// ("Nghị định có hiệu lực từ 15/8/2013", Chinhphu.vn as republished by Báo Phú Yên,
    /// baophuyen.vn/141/101711): a secondary source, the decree's own article not found (11/2026).
    /// Replaced by Nghị định 149/2018/NĐ-CP. Earlier workplace decrees are not modelled.
    NGHI_DINH_60_2013 = NghiDinh "60/2013/NĐ-CP", Some(Cow::Borrowed("Quy định chi tiết khoản 3 Điều 63 của Bộ luật Lao động về thực hiện quy chế dân chủ ở cơ sở tại nơi làm việc")), "Chính phủ",
    issued Some(date(2013, 6, 19)), in_force Some(date(2013, 8, 15)), until Some(date(2018, 12, 31))
}

// --- 2025 reorganisation of the Party, the Front and the mass organisations -----------------
// The acts that created or ended the bodies of the two-level state (since 01/07/2025);
// `crate::org::OrgSettings` keeps the dates that varied by locality.

document! {
    /// **Quy định 329-QĐ/TW** (13/06/2025) of the Ban Bí thư — the bodies that assist a Tỉnh ủy or
    /// Thành ủy: Văn phòng, Ban Tổ chức, Cơ quan Ủy ban Kiểm tra, Ban Tuyên giáo và Dân vận, Ban
    /// Nội chính (Điều 1 k2) — no Ban Dân vận.
    QUY_DINH_329_TW = QuyDinh "329-QĐ/TW", Some(Cow::Borrowed("Chức năng, nhiệm vụ, quyền hạn, tổ chức bộ máy cơ quan chuyên trách tham mưu, giúp việc tỉnh ủy, thành ủy trực thuộc Trung ương")), "Ban Bí thư",
    issued Some(date(2025, 6, 13)), in_force None, until None
}
document! {
    /// **Quy định 298-QĐ/TW** (09/06/2025) of the Ban Bí thư — the Đảng ủy of a xã, phường or đặc
    /// khu, "đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng", directly under the Tỉnh ủy; its
    /// bodies (Điều 4): Văn phòng, Ban Xây dựng Đảng and Cơ quan Ủy ban Kiểm tra, and at a đặc
    /// khu also a Ban Tổ chức and a Ban Tuyên giáo và Dân vận; in force 01/07/2025.
    QUY_DINH_298_TW = QuyDinh "298-QĐ/TW", Some(Cow::Borrowed("Chức năng, nhiệm vụ, tổ chức bộ máy của đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng ở xã, phường, đặc khu")), "Ban Bí thư",
    issued Some(date(2025, 6, 9)), in_force Some(TWO_LEVEL_GOVERNMENT_FROM), until None
}
document! {
    /// **Luật Công đoàn** số 50/2024/QH15 — its Điều 8 k1, as amended by Luật 97/2025/QH15, leaves
    /// no Liên đoàn Lao động below the province from 01/07/2025 (a single
    /// source found, not confirmed by a second).
    LUAT_CONG_DOAN_50_2024 = Luat "50/2024/QH15", Some(Cow::Borrowed("Luật Công đoàn")), "Quốc hội",
    issued None, in_force Some(TWO_LEVEL_GOVERNMENT_FROM), until None
}
document! {
    /// **Hướng dẫn 31-HD/BTCTW** (23/04/2025) of the Ban Tổ chức Trung ương — the heads of the
    /// socio-political organisations at province and commune are Phó Chủ tịch of the Ủy ban MTTQ.
    HUONG_DAN_31_BTCTW = HuongDan "31-HD/BTCTW", None, "Ban Tổ chức Trung ương",
    issued Some(date(2025, 4, 23)), in_force None, until None
}
document! {
    /// **Nghị định 118/2025/NĐ-CP** (09/06/2025) — administrative procedures through the one-stop
    /// shop; the commune's Trung tâm phục vụ hành chính công works under it from 01/07/2025 (the
    /// article is not recorded here).
    NGHI_DINH_118_2025 = NghiDinh "118/2025/NĐ-CP", Some(Cow::Borrowed("Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia")), "Chính phủ",
    issued Some(date(2025, 6, 9)), in_force None, until None
}
document! {
    /// **Nghị quyết 97/2019/QH14** — the pilot of urban government in Hà Nội, under which its
    /// phường had no Hội đồng nhân dân from 01/07/2021 to 30/06/2025. The act is believed, not
    /// confirmed in its text: it is the default of [`crate::org::OrgSettings::councils_not_organised`],
    /// which a user can replace.
    NGHI_QUYET_97_2019 = NghiQuyet "97/2019/QH14", Some(Cow::Borrowed("Thí điểm tổ chức mô hình chính quyền đô thị tại thành phố Hà Nội")), "Quốc hội",
    issued None, in_force Some(date(2021, 7, 1)), until Some(date(2025, 6, 30))
}

/// The 2025 reorganisation's documents, in the order above; [`find_document`] searches them
/// after [`DOCUMENTS`].
pub const REORGANISATION_2025: &[&LegalDocument] = &[
    &QUY_DINH_329_TW,
    &QUY_DINH_298_TW,
    &LUAT_CONG_DOAN_50_2024,
    &HUONG_DAN_31_BTCTW,
    &NGHI_DINH_118_2025,
    &NGHI_QUYET_97_2019,
];
// --- end of the 2025 reorganisation block ---------------------------------------------------

/// Every document constant of the crate, for listing and lookup.
pub const DOCUMENTS: &[&LegalDocument] = &[
    &LUAT_10_2022,
    &NGHI_DINH_59_2023,
    &PHAP_LENH_34_2007,
    &NQLT_09_2008,
    &NGHI_QUYET_55_1998,
    &NGHI_DINH_04_2015,
    &NGHI_DINH_149_2018,
    &NGHI_DINH_145_2020,
    &NGHI_DINH_09_2019,
    &NGHI_DINH_60_2018,
    &BO_LUAT_LAO_DONG_2019,
    &BO_LUAT_LAO_DONG_2012,
    &BO_LUAT_DAN_SU_2015,
    &QUYET_DINH_188_1999,
    &NGHI_QUYET_203_2025,
    &NGHI_QUYET_1656_2025,
    &NGHI_QUYET_60_TW,
    &LUAT_97_2025,
    &LUAT_47_2024,
    &QUYET_DINH_217_TW,
    &QUYET_DINH_218_TW,
    &NGHI_DINH_132_2003,
    &CONG_VAN_249_MTTQ_BTT,
    &QUYET_DINH_19_2025,
    &LUAT_72_2025,
    &NGHI_DINH_61_2023,
    &NGHI_DINH_60_2013,
];

/// Looks a document constant up by its number, ignoring case and diacritics.
///
/// # Example
/// ```
/// assert!(qcdc::legal::find_document("09/2019/ND-CP").is_some());
/// assert!(qcdc::legal::find_document("1/2099/XX").is_none());
/// ```
pub fn find_document(number: &str) -> Option<&'static LegalDocument> {
    let key = fold(number);
    DOCUMENTS
        .iter()
        .chain(REORGANISATION_2025)
        .copied()
        .find(|d| fold(&d.number) == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_kinds_are_well_formed() {
        crate::vocabulary::assert_well_formed::<DocumentKind>();
    }

    #[test]
    fn display_and_parse_round_trip() {
        let refs = [
            LUAT_10_2022.whole(),
            LUAT_10_2022.article(21),
            LUAT_10_2022.article(13).clause(3),
            NGHI_DINH_09_2019.article(8).clause(5).point("b"),
            NQLT_09_2008.article(2).clause(1).point("đ"),
            QUYET_DINH_217_TW.whole(),
        ];
        for r in refs {
            let parsed: LegalReference = r.to_string().parse().unwrap();
            assert_eq!(parsed.document.kind, r.document.kind);
            assert_eq!(parsed.document.number, r.document.number);
            assert_eq!(
                (parsed.article, parsed.clause, &parsed.point),
                (r.article, r.clause, &r.point)
            );
            assert_eq!(parsed.to_string(), r.to_string());
        }
        let plain: LegalReference = "khoan 3 dieu 13 luat so 10/2022/QH15".parse().unwrap();
        assert_eq!(plain.to_string(), "khoản 3 Điều 13 Luật số 10/2022/QH15");
        let joint: LegalReference = "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN"
            .parse()
            .unwrap();
        assert_eq!(joint.document.kind, DocumentKind::NghiQuyetLienTich);
    }

    #[test]
    fn malformed_references_are_errors() {
        for bad in [
            "",
            "Điều",
            "Điều 0 Luật số 1",
            "khoản x Điều 3 Luật số 1",
            "Luật 10/2099",
            "Điều 12 Nghị định",
            "Điều 12 Nghị 09/2019/NĐ-CP",
            "Nghị định 09/2019/NĐ-CP Điều 12",
            "Luật 09/2019/NĐ-CP",
            "Nghị định 59/2099",
            "NĐ 59/23",
            "Điều 12 số 09/2019/NĐ-CP",
            "Sắc lệnh số 1",
            "Luật số",
            "Luật số 1 2",
        ] {
            assert!(bad.parse::<LegalReference>().is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn spellings_people_write_parse_to_the_crate_constants() {
        let cases = [
            (
                "Điều 12 Nghị định 09/2019/NĐ-CP",
                NGHI_DINH_09_2019.article(12),
            ),
            (
                "Điều 12 Nghị định số 09/2019/NĐ-CP",
                NGHI_DINH_09_2019.article(12),
            ),
            (
                "dieu 12 nghi dinh 09/2019/ND-CP",
                NGHI_DINH_09_2019.article(12),
            ),
            ("Nghị định 59/2023/NĐ-CP", NGHI_DINH_59_2023.whole()),
            ("Luật 10/2022/QH15", LUAT_10_2022.whole()),
            ("Luật 10/2022", LUAT_10_2022.whole()),
            (
                "khoản 1 Điều 4 NĐ 59/2023",
                NGHI_DINH_59_2023.article(4).clause(1),
            ),
            (
                "khoản 1, Điều 4, Nghị định 59/2023/NĐ-CP",
                NGHI_DINH_59_2023.article(4).clause(1),
            ),
            (
                "điểm b khoản 5 Điều 8 NĐ số 09/2019/NĐ-CP",
                NGHI_DINH_09_2019.article(8).clause(5).point("b"),
            ),
            ("Quyết định 217-QĐ/TW", QUYET_DINH_217_TW.whole()),
            ("QĐ 19/2025", QUYET_DINH_19_2025.whole()),
        ];
        for (input, expected) in cases {
            let parsed: LegalReference = input.parse().unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(parsed, expected, "{input}");
            // The constant's dates come along: the parsed reference knows when it applied.
            assert_eq!(
                parsed.document.in_force, expected.document.in_force,
                "{input}"
            );
        }
        // A document the crate does not know keeps its kind and number as written.
        let local: LegalReference = "Điều 3 Quyết định 12/QĐ-UBND".parse().unwrap();
        assert_eq!(
            local,
            LegalDocument::new(DocumentKind::QuyetDinh, "12/QĐ-UBND").article(3)
        );
    }

    #[test]
    fn near_misses_say_what_is_wrong() {
        let err = "Luật 09/2019/NĐ-CP".parse::<LegalReference>().unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Malformed);
        assert!(
            err.to_string().contains("\"Nghị định\" before the number"),
            "{err}"
        );
        let err = "Nghị định 59/2099".parse::<LegalReference>().unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Unknown);
        assert!(err.to_string().contains("names no document"), "{err}");
    }

    #[test]
    fn versioned_picks_latest_effective_entry() {
        let v = Versioned::new(date(2020, 1, 1), 1)
            .then(date(2025, 7, 1), 3)
            .then(date(2023, 7, 1), 2);
        assert_eq!(v.at(date(2019, 12, 31)), None);
        assert_eq!(v.at(date(2020, 1, 1)), Some(&1));
        assert_eq!(v.at(date(2023, 6, 30)), Some(&1));
        assert_eq!(v.at(date(2023, 7, 1)), Some(&2));
        assert_eq!(v.at(date(2025, 7, 1)), Some(&3));
        assert_eq!(v.entries().count(), 3);
    }

    #[test]
    fn the_legal_ground_does_not_know_validation() {
        // The checks of documents live in `validate::legal_checks`; the dependency runs one way.
        let source = include_str!("legal.rs");
        assert!(!source.contains(concat!("crate::", "validate")));
    }

    #[test]
    fn two_level_government_dates() {
        // NQ 203/2025/QH15 is in force from 16/06/2025; the district units end on 01/07/2025.
        assert_eq!(NGHI_QUYET_203_2025.in_force, Some(date(2025, 6, 16)));
        assert_eq!(TWO_LEVEL_GOVERNMENT_FROM, date(2025, 7, 1));
        assert!(NGHI_QUYET_203_2025.in_force_on(date(2025, 6, 30)));
        assert_eq!(LUAT_72_2025.number, "72/2025/QH15");
    }

    #[test]
    fn pre_2023_decrees_carry_their_own_dates() {
        for doc in [
            &NGHI_DINH_04_2015,
            &NGHI_DINH_60_2013,
            &NGHI_DINH_149_2018,
            &NGHI_DINH_145_2020,
            &PHAP_LENH_34_2007,
            &NQLT_09_2008,
        ] {
            assert!(doc.in_force.or(doc.issued).is_some(), "{doc}");
        }
        assert!(!NGHI_DINH_145_2020.in_force_on(date(2021, 1, 31)));
        assert!(NGHI_DINH_149_2018.in_force_on(date(2021, 1, 31)));
        assert!(!NGHI_DINH_149_2018.in_force_on(date(2021, 2, 1)));
    }

    #[test]
    fn documents_have_distinct_numbers() {
        let all = DOCUMENTS.iter().chain(REORGANISATION_2025);
        let mut numbers: Vec<_> = all.clone().map(|d| fold(&d.number)).collect();
        numbers.sort();
        numbers.dedup();
        assert_eq!(numbers.len(), all.count());
    }
}
