//! **Phương châm** — the motto of grassroots democracy: "Dân biết, dân bàn, dân làm, dân kiểm
//! tra, dân giám sát, dân thụ hưởng", with the Party congress that introduced each element.
//!
//! The first four elements come from the documents of the 6th National Party Congress (Đại hội
//! VI, 1986); "dân giám sát" and "dân thụ hưởng" were added by the documents of the 13th (Đại
//! hội XIII, 2021). The motto is the Party's formulation; Luật Thực hiện dân chủ ở cơ sở
//! 10/2022/QH15 gives it effect without stating it verbatim: it gives citizens the rights "được
//! biết, tham gia ý kiến, quyết định và kiểm tra, giám sát" (Điều 3 k1) and a "quyền thụ hưởng"
//! (Điều 7) — see [`Motto::legal_basis`]. Every [`Rule`](crate::rules::Rule) names the element it
//! serves.
//!
//! # Example
//! ```
//! use qcdc::motto::{Motto, PartyCongress};
//!
//! assert_eq!(Motto::DanKiemTra.to_string(), "Dân kiểm tra");
//! assert_eq!(Motto::DanKiemTra.introduced_by(), PartyCongress::VI);
//! assert_eq!(Motto::DanThuHuong.introduced_by().year(), 2021);
//! assert_eq!(Motto::full_text(), "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng");
//! assert!("dan giam sat".parse::<Motto>().is_ok());
//! assert!("dân quyết".parse::<Motto>().is_err());
//! ```

use crate::legal::{LUAT_10_2022, LegalReference};
use crate::vocabulary::{Vocabulary, vocabulary};

/// Whether Luật 10/2022/QH15 states the motto word for word: it does not (Điều 3 k1 and Điều 7
/// give the rights the motto names).
pub const STATED_VERBATIM_IN_LAW: bool = false;

vocabulary! {
    /// **Đại hội đại biểu toàn quốc của Đảng** — the National Party Congress that introduced an
    /// element of the motto.
    ///
    /// # Example
    /// ```
    /// use qcdc::motto::PartyCongress;
    ///
    /// assert_eq!(PartyCongress::XIII.to_string(), "Đại hội XIII");
    /// assert_eq!(PartyCongress::VI.year(), 1986);
    /// assert_eq!("dai hoi vi".parse::<PartyCongress>()?, PartyCongress::VI);
    /// assert!("Đại hội XX".parse::<PartyCongress>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum PartyCongress ("party congress", "Đại hội Đảng") {
        /// **Đại hội VI** (1986) — the congress of Đổi mới; "dân biết, dân bàn, dân làm, dân
        /// kiểm tra".
        VI = "congress_6", "Đại hội VI", ["Đại hội lần thứ VI", "Đại hội 6"];
        /// **Đại hội XIII** (2021) — added "dân giám sát, dân thụ hưởng".
        XIII = "congress_13", "Đại hội XIII", ["Đại hội lần thứ XIII", "Đại hội 13"];
    }
}

impl PartyCongress {
    /// The year the congress met.
    ///
    /// # Example
    /// ```
    /// use qcdc::motto::PartyCongress;
    ///
    /// assert_eq!(PartyCongress::XIII.year(), 2021);
    /// assert!(PartyCongress::VI.year() < PartyCongress::XIII.year());
    /// ```
    pub fn year(self) -> u16 {
        match self {
            PartyCongress::VI => 1986,
            PartyCongress::XIII => 2021,
        }
    }
}

vocabulary! {
    /// **Phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"**
    /// — one element of the motto, in the order of the motto.
    ///
    /// # Example
    /// ```
    /// use qcdc::Vocabulary;
    /// use qcdc::motto::Motto;
    ///
    /// assert_eq!(Motto::ALL.len(), 6);
    /// assert_eq!(Motto::DanBan.code(), "discuss");
    /// assert_eq!("Dân bàn".parse::<Motto>()?, Motto::DanBan);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Motto ("motto element", "Phương châm") {
        /// **Dân biết** — the people know: what is disclosed to them (công khai).
        DanBiet = "know", "Dân biết";
        /// **Dân bàn** — the people discuss: what they decide or give their opinion on.
        DanBan = "discuss", "Dân bàn";
        /// **Dân làm** — the people carry out what was decided.
        DanLam = "do", "Dân làm";
        /// **Dân kiểm tra** — the people inspect (Ban Thanh tra nhân dân).
        DanKiemTra = "inspect", "Dân kiểm tra";
        /// **Dân giám sát** — the people supervise (Ban Giám sát đầu tư của cộng đồng).
        DanGiamSat = "supervise", "Dân giám sát";
        /// **Dân thụ hưởng** — the people benefit.
        DanThuHuong = "benefit", "Dân thụ hưởng";
    }
}

impl Motto {
    /// The congress whose documents introduced this element.
    ///
    /// # Example
    /// ```
    /// use qcdc::motto::{Motto, PartyCongress};
    ///
    /// assert_eq!(Motto::DanKiemTra.introduced_by(), PartyCongress::VI);
    /// assert_eq!(Motto::DanGiamSat.introduced_by(), PartyCongress::XIII);
    /// ```
    pub fn introduced_by(self) -> PartyCongress {
        match self {
            Motto::DanBiet | Motto::DanBan | Motto::DanLam | Motto::DanKiemTra => PartyCongress::VI,
            Motto::DanGiamSat | Motto::DanThuHuong => PartyCongress::XIII,
        }
    }

    /// The article of Luật 10/2022/QH15 that gives the element effect as a citizen's right:
    /// Điều 3 k1 for knowing, giving opinions and deciding, and inspecting and supervising; Điều
    /// 7 for benefiting. "Dân làm" (carrying out what was decided) has no article of its own.
    ///
    /// # Example
    /// ```
    /// use qcdc::motto::Motto;
    ///
    /// assert_eq!(Motto::DanThuHuong.legal_basis().unwrap().to_string(), "Điều 7 Luật số 10/2022/QH15");
    /// assert_eq!(Motto::DanBiet.legal_basis().unwrap().to_string(), "khoản 1 Điều 3 Luật số 10/2022/QH15");
    /// assert!(Motto::DanLam.legal_basis().is_none());
    /// ```
    pub fn legal_basis(self) -> Option<LegalReference> {
        match self {
            Motto::DanBiet | Motto::DanBan | Motto::DanKiemTra | Motto::DanGiamSat => {
                Some(LUAT_10_2022.article(3).clause(1))
            }
            Motto::DanThuHuong => Some(LUAT_10_2022.article(7)),
            Motto::DanLam => None,
        }
    }

    /// The elements in force after `congress`: four after Đại hội VI, six after Đại hội XIII.
    ///
    /// # Example
    /// ```
    /// use qcdc::motto::{Motto, PartyCongress};
    ///
    /// assert_eq!(Motto::as_of(PartyCongress::VI).len(), 4);
    /// assert_eq!(Motto::as_of(PartyCongress::XIII).len(), 6);
    /// ```
    pub fn as_of(congress: PartyCongress) -> Vec<Motto> {
        Motto::ALL
            .iter()
            .copied()
            .filter(|m| m.introduced_by() <= congress)
            .collect()
    }

    /// The whole motto as it is written: "Dân biết, dân bàn, …, dân thụ hưởng".
    ///
    /// # Example
    /// ```
    /// use qcdc::motto::Motto;
    ///
    /// assert_eq!(Motto::full_text(), "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng");
    /// ```
    pub fn full_text() -> String {
        let mut out = String::new();
        for (i, m) in Motto::ALL.iter().enumerate() {
            if i == 0 {
                out.push_str(m.name_vi());
            } else {
                out.push_str(", ");
                out.push_str(&m.name_vi().to_lowercase());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_are_well_formed() {
        crate::vocabulary::assert_well_formed::<Motto>();
        crate::vocabulary::assert_well_formed::<PartyCongress>();
    }

    #[test]
    fn the_law_gives_the_motto_effect_without_stating_it() {
        const { assert!(!STATED_VERBATIM_IN_LAW) };
        let cited: Vec<Option<String>> = Motto::ALL
            .iter()
            .map(|m| m.legal_basis().map(|r| r.to_string()))
            .collect();
        let k1 = Some("khoản 1 Điều 3 Luật số 10/2022/QH15".to_owned());
        assert_eq!(
            cited,
            [
                k1.clone(),
                k1.clone(),
                None,
                k1.clone(),
                k1,
                Some("Điều 7 Luật số 10/2022/QH15".to_owned())
            ]
        );
    }

    #[test]
    fn the_first_four_come_from_congress_vi() {
        let from_vi: Vec<_> = Motto::ALL
            .iter()
            .filter(|m| m.introduced_by() == PartyCongress::VI)
            .map(|m| m.to_string())
            .collect();
        assert_eq!(from_vi, ["Dân biết", "Dân bàn", "Dân làm", "Dân kiểm tra"]);
    }
}
