//! Kinds of organisations of the political system and the organisations themselves.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{AdminLevel, AdminUnit, OrgSettings, UnitKind};
use crate::legal::LegalReference;
use crate::validate::{Code, Pointer, Validate, ValidationContext, ValidationReport, Violation};
use crate::vocabulary::{Vocabulary, vocabulary};

vocabulary! {
    /// **Loại tổ chức** — the kind of a body of the political system at a given level: the Party
    /// committee and its commissions, the Fatherland Front and the mass organisations, the
    /// People's Committee and Council, the mass-mobilisation bloc, the oversight boards and the
    /// residential communities.
    ///
    /// One kind serves every level: the name of a body is derived from its kind and its unit
    /// ([`Organisation::name_vi`]), so the Party committee of a quận is "Quận ủy Long Biên" and
    /// that of a phường "Đảng ủy phường Bồ Đề". `"quan_uy"`, "Quận ủy", "Đảng ủy", "QU"… all
    /// parse to [`OrgKind::PartyCommittee`].
    ///
    /// # Example
    /// ```
    /// use qcdc::org::OrgKind;
    ///
    /// assert_eq!("Hội LHPN".parse::<OrgKind>()?, OrgKind::HoiLhpn);
    /// assert_eq!("LĐLĐ".parse::<OrgKind>()?, OrgKind::Ldld);
    /// assert_eq!("quan uy".parse::<OrgKind>()?, OrgKind::PartyCommittee);
    /// assert!("Hội không tên".parse::<OrgKind>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum OrgKind ("organisation kind", "Loại tổ chức") {
        /// **Cấp ủy** — the Party committee (Ban Chấp hành Đảng bộ): Quận ủy, Huyện ủy, Thành ủy,
        /// Tỉnh ủy at those levels, Đảng ủy at commune level.
        PartyCommittee = "cap_uy", "Cấp ủy",
            ["quan_uy", "Quận ủy", "Huyện ủy", "Thị ủy", "Thành ủy", "Tỉnh ủy", "Đảng ủy", "QU", "HU", "TU", "ĐU", "Ban Chấp hành Đảng bộ", "BCH Đảng bộ"];
        /// **Ban Thường vụ** — the standing committee of the Party committee.
        StandingCommittee = "ban_thuong_vu", "Ban Thường vụ", ["BTV"];
        /// **Ban Dân vận** — the mass-mobilisation commission of the Party committee (merged into
        /// the Ban Tuyên giáo và Dân vận during 2025, on dates that vary by locality:
        /// [`OrgSettings::ban_dan_van_merged_from`](crate::org::OrgSettings)).
        BanDanVan = "ban_dan_van", "Ban Dân vận", ["BDV"];
        /// **Ban Tuyên giáo và Dân vận** — the 2025 successor of the Ban Tuyên giáo and the Ban
        /// Dân vận of a Tỉnh ủy (Quy định 329-QĐ/TW) and of a đặc khu's Đảng ủy (Quy định
        /// 298-QĐ/TW).
        BanTuyenGiaoDanVan = "ban_tuyen_giao_dan_van", "Ban Tuyên giáo và Dân vận", ["BTGDV", "Ban TG&DV", "Ban TGDV"];
        /// **Văn phòng** — the office of a Party committee ("Văn phòng Tỉnh ủy", "Văn phòng Đảng
        /// ủy phường"), headed by a Chánh Văn phòng.
        PartyOffice = "van_phong_cap_uy", "Văn phòng cấp ủy", ["Văn phòng", "VP"];
        /// **Ban Tổ chức** — the organisation commission of a Tỉnh ủy (and, from 01/07/2025, of a
        /// đặc khu's Đảng ủy).
        BanToChuc = "ban_to_chuc", "Ban Tổ chức", ["BTC"];
        /// **Ủy ban Kiểm tra** — the Party committee's inspection commission, chaired by a Chủ
        /// nhiệm.
        UyBanKiemTra = "uy_ban_kiem_tra", "Ủy ban Kiểm tra", ["UBKT"];
        /// **Cơ quan Ủy ban Kiểm tra** — the staff agency of the inspection commission (Quy định
        /// 329-QĐ/TW at province, 298-QĐ/TW at commune).
        CoQuanUyBanKiemTra = "co_quan_uy_ban_kiem_tra", "Cơ quan Ủy ban Kiểm tra", ["Cơ quan UBKT"];
        /// **Ban Nội chính** — the internal affairs commission of a Tỉnh ủy or Thành ủy.
        BanNoiChinh = "ban_noi_chinh", "Ban Nội chính", ["BNC"];
        /// **Ban Xây dựng Đảng** — the Party-building commission of a commune's Đảng ủy from
        /// 01/07/2025 (Quy định 298-QĐ/TW).
        BanXayDungDang = "ban_xay_dung_dang", "Ban Xây dựng Đảng", ["BXDĐ", "Ban XDĐ"];
        /// **Ủy ban Mặt trận Tổ quốc Việt Nam** (MTTQ) — the Fatherland Front committee.
        Mttq = "mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam",
            ["MTTQ", "UBMTTQ", "Ủy ban MTTQ", "UB MTTQ", "Mặt trận Tổ quốc", "Mặt trận", "Ủy ban Mặt trận Tổ quốc", "Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ Việt Nam", "UBMTTQVN", "MTTQVN"];
        /// **Ban Thường trực Ủy ban MTTQ** — the standing board of the Front committee, which at
        /// ward level receives "Dân vận khéo" registrations since 2025.
        MttqStandingBoard = "ban_thuong_truc_mttq", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam",
            ["BTT UBMTTQ", "BTT MTTQ", "Ban Thường trực Ủy ban MTTQ", "Ban Thường trực MTTQ"];
        /// **Liên đoàn Lao động** (LĐLĐ) — the labour federation of the Công đoàn Việt Nam; at
        /// the centre, the Tổng Liên đoàn Lao động Việt Nam, whose name (and "Công đoàn Việt Nam")
        /// parses to this kind.
        Ldld = "ldld", "Liên đoàn Lao động", ["LĐLĐ", "Công đoàn", "LĐ LĐ", "Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động", "Tổng LĐLĐ Việt Nam", "Tổng LĐLĐVN", "Công đoàn Việt Nam"];
        /// **Công đoàn cơ sở** — the trade union of an agency, unit or enterprise (a ward's own
        /// staff union among them); not a Liên đoàn Lao động.
        CongDoanCoSo = "cong_doan_co_so", "Công đoàn cơ sở", ["CĐCS"];
        /// **Hội Liên hiệp Phụ nữ** (Hội LHPN) — the women's union.
        HoiLhpn = "hoi_lhpn", "Hội Liên hiệp Phụ nữ", ["Hội LHPN", "LHPN", "Hội Phụ nữ", "Phụ nữ", "HLHPN", "Hội Liên hiệp Phụ nữ Việt Nam", "Hội LHPN Việt Nam", "Hội LHPNVN"];
        /// **Hội Cựu chiến binh** (Hội CCB) — the veterans' association.
        HoiCcb = "hoi_ccb", "Hội Cựu chiến binh", ["Hội CCB", "CCB", "Cựu chiến binh", "Hội Cựu chiến binh Việt Nam", "Hội CCB Việt Nam"];
        /// **Đoàn Thanh niên Cộng sản Hồ Chí Minh** (Đoàn TN) — the youth union; its district unit
        /// is the Quận đoàn.
        DoanTn = "doan_tn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            ["Đoàn TN", "Đoàn TNCS Hồ Chí Minh", "Đoàn TNCS HCM", "Đoàn Thanh niên Cộng sản", "Đoàn TNCS", "Đoàn Thanh niên", "Đoàn", "Quận đoàn", "Huyện đoàn", "Thị đoàn", "Thành đoàn", "Tỉnh đoàn"];
        /// **Hội Nông dân** (Hội ND) — the farmers' union (often absent in urban districts).
        HoiNd = "hoi_nd", "Hội Nông dân", ["Hội ND", "Nông dân", "Hội Nông dân Việt Nam", "Hội ND Việt Nam"];
        /// **Ủy ban nhân dân** (UBND) — the People's Committee.
        Ubnd = "ubnd", "Ủy ban nhân dân", ["UBND", "UB"];
        /// **Hội đồng nhân dân** (HĐND) — the People's Council.
        Hdnd = "hdnd", "Hội đồng nhân dân", ["HĐND"];
        /// **Trung tâm phục vụ hành chính công** — the public administrative service centre of a
        /// province, and of every xã, phường and đặc khu from 01/07/2025, headed by a Giám đốc.
        PublicServiceCentre = "trung_tam_phuc_vu_hanh_chinh_cong", "Trung tâm phục vụ hành chính công",
            ["Trung tâm PVHCC", "TTPVHCC", "Trung tâm hành chính công"];
        /// **Khối Dân vận** — the mass-mobilisation bloc of a district or a phường, headed in a
        /// phường by the Phó Bí thư thường trực of the Đảng ủy.
        KhoiDanVan = "khoi_dan_van", "Khối Dân vận", ["Khối vận"];
        /// **Ban công tác Mặt trận** — the Front's working board of a thôn or tổ dân phố.
        BanCongTacMatTran = "ban_cong_tac_mat_tran", "Ban công tác Mặt trận", ["BCTMT", "Ban CTMT"];
        /// **Ban Thanh tra nhân dân** (Ban TTND) — the people's inspection board of a commune.
        BanTtnd = "ban_ttnd", "Ban Thanh tra nhân dân", ["Ban TTND", "TTND"];
        /// **Ban Giám sát đầu tư của cộng đồng** (Ban GSĐTCĐ) — the community investment
        /// supervision board.
        BanGsdtcd = "ban_gsdtcd", "Ban Giám sát đầu tư của cộng đồng", ["Ban GSĐTCĐ", "GSĐTCĐ"];
        /// **Chi bộ** — a Party cell (of a residential area, a school…).
        ChiBo = "chi_bo", "Chi bộ";
        /// **Khu dân cư** — the residential community of a thôn or tổ dân phố, as an actor (it
        /// registers models, holds meetings).
        KhuDanCu = "khu_dan_cu", "Khu dân cư", ["cộng đồng dân cư"];
        /// **Cơ quan, đơn vị** — any other agency, school, enterprise or unit, named by the user.
        CoQuanDonVi = "co_quan_don_vi", "Cơ quan, đơn vị", ["cơ quan", "đơn vị", "doanh nghiệp", "trường học"];
    }
}

impl OrgKind {
    /// The levels at which bodies of this kind are organised.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{AdminLevel, OrgKind};
    ///
    /// assert!(OrgKind::KhoiDanVan.levels().contains(&AdminLevel::Commune));
    /// assert!(!OrgKind::BanDanVan.levels().contains(&AdminLevel::Commune));
    /// ```
    pub fn levels(self) -> &'static [AdminLevel] {
        use AdminLevel::*;
        use OrgKind::*;
        // Which communes have which body, and from when, is in `bodies.rs`: here only the
        // levels a kind was ever organised at.
        match self {
            PartyCommittee | StandingCommittee | Mttq | MttqStandingBoard | HoiLhpn | HoiCcb
            | DoanTn | HoiNd | Ubnd | Hdnd | PartyOffice | BanToChuc | UyBanKiemTra
            | CoQuanUyBanKiemTra | BanTuyenGiaoDanVan | CongDoanCoSo => {
                &[Province, District, Commune]
            }
            BanDanVan | Ldld => &[Province, District],
            BanNoiChinh => &[Province],
            BanXayDungDang => &[Commune],
            PublicServiceCentre => &[Province, Commune],
            KhoiDanVan => &[District, Commune],
            BanTtnd | BanGsdtcd => &[Commune],
            BanCongTacMatTran | KhuDanCu => &[Residential],
            ChiBo => &[Commune, Residential],
            CoQuanDonVi => &[Province, District, Commune, Residential],
        }
    }

    /// Whether the kind is a body of the Party committee (named after it: "Ban Dân vận Quận ủy",
    /// "Ban Xây dựng Đảng Đảng ủy phường Long Biên", "Văn phòng Tỉnh ủy Quảng Ninh").
    ///
    /// # Example
    /// ```
    /// use qcdc::org::OrgKind;
    ///
    /// assert!(OrgKind::BanXayDungDang.belongs_to_party_committee());
    /// assert!(!OrgKind::Mttq.belongs_to_party_committee());
    /// ```
    pub fn belongs_to_party_committee(self) -> bool {
        use OrgKind::*;
        matches!(
            self,
            StandingCommittee
                | BanDanVan
                | BanTuyenGiaoDanVan
                | PartyOffice
                | BanToChuc
                | UyBanKiemTra
                | CoQuanUyBanKiemTra
                | BanNoiChinh
                | BanXayDungDang
        )
    }

    /// The name officials write, with the usual abbreviations ("Ủy ban MTTQ", "Hội LHPN",
    /// "UBND"); the official name when there is none.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::OrgKind;
    ///
    /// assert_eq!(OrgKind::MttqStandingBoard.short_name_vi(), "Ban Thường trực Ủy ban MTTQ");
    /// assert_eq!(OrgKind::BanXayDungDang.short_name_vi(), "Ban Xây dựng Đảng");
    /// ```
    pub fn short_name_vi(self) -> &'static str {
        match self {
            OrgKind::Mttq => "Ủy ban MTTQ",
            OrgKind::MttqStandingBoard => "Ban Thường trực Ủy ban MTTQ",
            OrgKind::HoiLhpn => "Hội LHPN",
            OrgKind::Ubnd => "UBND",
            OrgKind::Hdnd => "HĐND",
            kind => kind.name_vi(),
        }
    }

    /// The word a body of this kind is named with before its unit or Party committee: the
    /// official name, except "Văn phòng" for the office of a Party committee.
    fn body_word(self) -> &'static str {
        match self {
            OrgKind::PartyOffice => "Văn phòng",
            kind => kind.name_vi(),
        }
    }
}

/// **Tổ chức** — a body of a given kind in a given unit: the Ban Dân vận of Quận ủy Long Biên,
/// the Ủy ban MTTQ of phường Việt Hưng.
///
/// Its name is derived, never typed ([`name_vi`](Self::name_vi)); only the kind
/// [`OrgKind::CoQuanDonVi`] carries a [`name`](Self::name) of its own.
///
/// # Example
/// ```
/// use qcdc::org::{AdminUnit, OrgKind, Organisation, UnitKind};
/// use qcdc::org::reference::quan_long_bien;
///
/// let bdv = Organisation::new(OrgKind::BanDanVan, quan_long_bien());
/// assert_eq!(bdv.name_vi(), "Ban Dân vận Quận ủy Long Biên");
/// let mttq = Organisation::new(OrgKind::Mttq, AdminUnit::new(UnitKind::Phuong, "Việt Hưng"));
/// assert_eq!(mttq.name_vi(), "Ủy ban MTTQ phường Việt Hưng");
/// assert_eq!(mttq.full_name_vi(), "Ủy ban Mặt trận Tổ quốc Việt Nam phường Việt Hưng");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Tổ chức")]
pub struct Organisation {
    /// **Loại tổ chức** — the kind of body.
    #[schemars(title = "Loại tổ chức")]
    pub kind: OrgKind,
    /// **Đơn vị** — the unit the body belongs to.
    #[schemars(title = "Đơn vị hành chính")]
    pub unit: AdminUnit,
    /// **Tên** — the body's own name; required for [`OrgKind::CoQuanDonVi`], unused otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Tên cơ quan, đơn vị", length(max = 200))]
    pub name: Option<String>,
}

/// The longest own name of an organisation, in characters.
pub const MAX_ORG_NAME: usize = 200;

impl Organisation {
    /// The body of `kind` in `unit`.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{OrgKind, Organisation};
    /// use qcdc::org::reference::quan_long_bien;
    ///
    /// let bdv = Organisation::new(OrgKind::BanDanVan, quan_long_bien());
    /// assert_eq!(bdv.to_string(), "Ban Dân vận Quận ủy Long Biên");
    /// assert_eq!(bdv.name, None);
    /// ```
    pub fn new(kind: OrgKind, unit: AdminUnit) -> Self {
        Organisation {
            kind,
            unit,
            name: None,
        }
    }

    /// An agency, school or other unit with its own name, located in `unit`.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{AdminUnit, Organisation, UnitKind};
    ///
    /// let school = Organisation::named("Trường THCS Ngọc Lâm", AdminUnit::new(UnitKind::Phuong, "Ngọc Lâm"));
    /// assert_eq!(school.name_vi(), "Trường THCS Ngọc Lâm");
    /// ```
    pub fn named(name: impl Into<String>, unit: AdminUnit) -> Self {
        Organisation {
            kind: OrgKind::CoQuanDonVi,
            unit,
            name: Some(name.into()),
        }
    }

    /// The name of the Party committee of the unit: "Quận ủy Long Biên", "Đảng ủy phường Bồ Đề".
    fn party_committee_name(&self) -> String {
        self.contracted_name("ủy", "Đảng ủy")
    }

    /// The Youth Union's name at the unit's level: "Quận đoàn Long Biên", "Đoàn phường Bồ Đề".
    fn youth_union_name(&self) -> String {
        self.contracted_name("đoàn", "Đoàn")
    }

    /// Names that contract the unit's kind at district level and above ("Quận ủy", "Thị đoàn",
    /// "Thành ủy", "Tỉnh đoàn" + the unit's name) and spell it out below ("Đảng ủy phường …").
    fn contracted_name(&self, suffix: &str, below_district: &str) -> String {
        let unit = &self.unit;
        let stem = match unit.kind {
            UnitKind::Quan => "Quận",
            UnitKind::Huyen => "Huyện",
            UnitKind::ThiXa => "Thị",
            UnitKind::ThanhPhoThuocTinh | UnitKind::ThanhPhoTrucThuocTrungUong => "Thành",
            UnitKind::Tinh => "Tỉnh",
            _ => return format!("{below_district} {}", unit.in_name()),
        };
        format!("{stem} {suffix} {}", unit.name)
    }

    /// The usual name, with the abbreviations officials write ("Ủy ban MTTQ phường Việt Hưng",
    /// "UBND quận Long Biên", "Quận đoàn Long Biên").
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{OrgKind, Organisation};
    /// use qcdc::org::reference::phuong;
    ///
    /// assert_eq!(Organisation::new(OrgKind::Mttq, phuong("Việt Hưng")).name_vi(), "Ủy ban MTTQ phường Việt Hưng");
    /// ```
    pub fn name_vi(&self) -> String {
        self.name_with(false)
    }

    /// The full official name ("Ủy ban Mặt trận Tổ quốc Việt Nam phường Việt Hưng", "Ủy ban nhân
    /// dân quận Long Biên", "Đoàn Thanh niên Cộng sản Hồ Chí Minh quận Long Biên").
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{OrgKind, Organisation};
    /// use qcdc::org::reference::{phuong, quan_long_bien};
    ///
    /// assert_eq!(
    ///     Organisation::new(OrgKind::Mttq, phuong("Việt Hưng")).full_name_vi(),
    ///     "Ủy ban Mặt trận Tổ quốc Việt Nam phường Việt Hưng"
    /// );
    /// assert_eq!(Organisation::new(OrgKind::Ubnd, quan_long_bien()).full_name_vi(), "Ủy ban nhân dân quận Long Biên");
    /// ```
    pub fn full_name_vi(&self) -> String {
        self.name_with(true)
    }

    fn name_with(&self, full: bool) -> String {
        use OrgKind::*;
        let unit = self.unit.in_name();
        match self.kind {
            PartyCommittee => self.party_committee_name(),
            kind if kind.belongs_to_party_committee() => {
                format!("{} {}", kind.body_word(), self.party_committee_name())
            }
            KhuDanCu => self.unit.to_string(),
            CoQuanDonVi => match &self.name {
                Some(name) if !crate::text::is_blank(name) => name.trim().to_owned(),
                _ => format!("Cơ quan, đơn vị {unit}"),
            },
            DoanTn if !full => self.youth_union_name(),
            kind if !full => format!("{} {unit}", kind.short_name_vi()),
            kind => format!("{} {unit}", kind.name_vi()),
        }
    }

    /// Whether the body existed on `date` under the default [`OrgSettings`]: its unit existed,
    /// its kind is organised at the unit's level, and the kind existed there that day
    /// ([`OrgKind::absence_on`]).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{OrgKind, Organisation};
    /// use qcdc::org::reference::quan_long_bien;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let quan_uy = Organisation::new(OrgKind::PartyCommittee, quan_long_bien());
    /// assert!(quan_uy.exists_on(d(2025, 6, 30)));
    /// assert!(!quan_uy.exists_on(d(2025, 7, 1)));
    /// ```
    pub fn exists_on(&self, date: NaiveDate) -> bool {
        self.kind.levels().contains(&self.unit.level())
            && self.absence_on(date, OrgSettings::standard()).is_none()
    }

    /// Why the body did not exist on `date`: its unit did not, or its kind did not there that
    /// day; `Some(Some(act))` names the act that ended or created it.
    fn absence_on(
        &self,
        date: NaiveDate,
        settings: &OrgSettings,
    ) -> Option<Option<LegalReference>> {
        self.unit.absence_on(date).or_else(|| {
            let province = province_code(&self.unit);
            self.kind
                .absence_on(&self.unit, province.as_deref(), date, settings)
        })
    }

    /// Records the problems of the body at `path` under the default [`OrgSettings`] (see
    /// [`check_with`](Self::check_with)).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgKind, Organisation};
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let bdv = Organisation::new(OrgKind::BanDanVan, quan_long_bien());
    /// let mut report = ValidationReport::new();
    /// bdv.check(NaiveDate::from_ymd_opt(2021, 4, 7), &Pointer::root().key("bloc"), &mut report);
    /// assert!(report.is_valid());
    /// // No district level, and no Ban Dân vận, from 01/07/2025.
    /// bdv.check(NaiveDate::from_ymd_opt(2025, 7, 8), &Pointer::root().key("bloc"), &mut report);
    /// assert!(!report.is_valid());
    /// assert!(report.errors().iter().all(|v| v.path.starts_with("/bloc")));
    /// ```
    pub fn check(&self, on: Option<NaiveDate>, path: &Pointer, report: &mut ValidationReport) {
        self.check_with(on, OrgSettings::standard(), path, report);
    }

    /// Records the problems of the body at `path`: a kind not organised at the unit's level, a
    /// missing own name, a bad unit and, when `on` is given, a body that did not exist that day
    /// under `settings` (citing the act that ended or created it).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{AdminUnit, OrgKind, OrgSettings, Organisation, UnitKind};
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let province = AdminUnit::new(UnitKind::Tinh, "Quảng Ninh");
    /// let bdv = Organisation::new(OrgKind::BanDanVan, province);
    /// let mut report = ValidationReport::new();
    /// let on = NaiveDate::from_ymd_opt(2026, 11, 28);
    /// bdv.check_with(on, &OrgSettings::default(), &Pointer::root(), &mut report);
    /// assert_eq!(report.error_codes(), [Code::BodyNotExisting]);
    /// assert_eq!(
    ///     report.errors()[0].citation.as_ref().unwrap().to_string(),
    ///     "khoản 2 Điều 1 Quy định số 329-QĐ/TW"
    /// );
    /// ```
    pub fn check_with(
        &self,
        on: Option<NaiveDate>,
        settings: &OrgSettings,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        let level = self.unit.level();
        let at_level = self.kind.levels().contains(&level);
        if !at_level {
            let mut v = Violation::new(&path.key("kind"), Code::KindNotAtLevel)
                .param("kind", self.kind.name_vi())
                .param("level", level.name_vi().to_lowercase());
            if let Some(rule) = self.kind.level_rule(level) {
                v = v.cite(rule);
            }
            report.error(v);
        }
        match (&self.name, self.kind) {
            (None, OrgKind::CoQuanDonVi) => {
                report.error(Violation::new(&path.key("name"), Code::Required))
            }
            (Some(name), _) => report.check_text(&path.key("name"), name, MAX_ORG_NAME),
            (None, _) => {}
        }
        self.unit.check(None, &path.key("unit"), report);
        if let Some(date) = on {
            // A kind never organised at the level is reported once, above.
            let absence = if at_level {
                self.absence_on(date, settings)
            } else {
                self.unit.absence_on(date)
            };
            if let Some(reason) = absence {
                let mut v = Violation::new(path, Code::BodyNotExisting)
                    .param("body", self.name_vi())
                    .date_param("date", date);
                if let Some(reason) = reason {
                    v = v.cite(reason);
                }
                report.error(v);
            }
        }
    }

    /// The body this one sits under on `date`, when the crate knows it: a Party committee's
    /// commissions and office under the committee, the Front's standing board under the Ủy ban
    /// MTTQ, and from 01/07/2025 the socio-political organisations under the Ủy ban MTTQ of
    /// their unit (Luật 97/2025/QH15).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{OrgKind, Organisation};
    /// use qcdc::org::reference::phuong;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let women = Organisation::new(OrgKind::HoiLhpn, phuong("Long Biên"));
    /// assert_eq!(women.parent_on(d(2026, 1, 1)).unwrap().name_vi(), "Ủy ban MTTQ phường Long Biên");
    /// assert_eq!(women.parent_on(d(2021, 4, 7)), None);
    /// ```
    pub fn parent_on(&self, date: NaiveDate) -> Option<Organisation> {
        let parent = match self.kind {
            kind if kind.belongs_to_party_committee() => OrgKind::PartyCommittee,
            OrgKind::MttqStandingBoard => OrgKind::Mttq,
            kind if kind.sits_under_front_on(date) => OrgKind::Mttq,
            _ => return None,
        };
        Some(Organisation::new(parent, self.unit.clone()))
    }
}

/// The official code of the unit's province ("01" for Hà Nội), when the unit carries it: a
/// province's own code, or the `province_code` of a unit below it.
fn province_code(unit: &AdminUnit) -> Option<String> {
    let own = unit
        .code
        .filter(|c| c.level() == crate::org::AdminLevel::Province);
    unit.province_code.or(own).map(|c| c.to_string())
}

/// "A, B hoặc C": the names of `kinds` as alternatives.
pub(crate) fn alternatives(kinds: &[OrgKind]) -> String {
    match kinds {
        [] => "—".to_owned(),
        [one] => one.short_name_vi().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(|k| k.short_name_vi()).collect();
            format!("{} hoặc {}", init.join(", "), last.short_name_vi())
        }
    }
}

impl fmt::Display for Organisation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name_vi())
    }
}

impl Validate for Organisation {
    /// Checks the body as it stands on the context's "as of" date.
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check_with(Some(ctx.as_of()), ctx.org_settings(), path, report);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::org::reference::{phuong, quan_long_bien};

    #[test]
    fn kinds_are_well_formed() {
        crate::vocabulary::assert_well_formed::<OrgKind>();
    }

    #[test]
    fn full_official_names_parse() {
        use OrgKind::*;
        for (name, kind) in [
            ("Hội Liên hiệp Phụ nữ Việt Nam", HoiLhpn),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam", Mttq),
            ("Mặt trận Tổ quốc Việt Nam", Mttq),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", DoanTn),
            ("Hội Cựu chiến binh Việt Nam", HoiCcb),
            ("Hội Nông dân Việt Nam", HoiNd),
            ("Tổng Liên đoàn Lao động Việt Nam", Ldld),
            ("Công đoàn Việt Nam", Ldld),
            ("Công đoàn", Ldld),
            ("hoi lien hiep phu nu viet nam", HoiLhpn),
            ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", Mttq),
        ] {
            assert_eq!(name.parse::<OrgKind>(), Ok(kind), "{name}");
        }
        // In a position line, with the unit after the full name.
        let ward = phuong("Bồ Đề");
        let ps = crate::org::parse_positions(
            "Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam phường Bồ Đề",
            &ward,
        )
        .unwrap();
        assert_eq!(ps[0].organisation.kind, HoiLhpn);
    }

    #[test]
    fn near_misses_of_official_names_are_refused() {
        for name in [
            "Hội Liên hiệp Phụ nữ Lào",
            "Hội Nông dân Việt",
            "Tổng Liên đoàn",
            "Hội Cựu chiến sĩ Việt Nam",
            "Đoàn Thanh niên Cộng sản Việt Nam",
            "Ủy ban Mặt trận Việt Nam",
            "Việt Nam",
        ] {
            let err = name.parse::<OrgKind>().unwrap_err();
            assert_eq!(err.kind(), crate::ErrorKind::Unknown, "{name}");
        }
    }

    #[test]
    fn names_are_derived_from_kind_and_unit() {
        let q = quan_long_bien();
        let cases = [
            (OrgKind::PartyCommittee, q.clone(), "Quận ủy Long Biên"),
            (
                OrgKind::StandingCommittee,
                q.clone(),
                "Ban Thường vụ Quận ủy Long Biên",
            ),
            (
                OrgKind::BanDanVan,
                q.clone(),
                "Ban Dân vận Quận ủy Long Biên",
            ),
            (OrgKind::Mttq, q.clone(), "Ủy ban MTTQ quận Long Biên"),
            (
                OrgKind::Ldld,
                q.clone(),
                "Liên đoàn Lao động quận Long Biên",
            ),
            (OrgKind::HoiLhpn, q.clone(), "Hội LHPN quận Long Biên"),
            (
                OrgKind::HoiCcb,
                q.clone(),
                "Hội Cựu chiến binh quận Long Biên",
            ),
            (OrgKind::DoanTn, q.clone(), "Quận đoàn Long Biên"),
            (OrgKind::Ubnd, q.clone(), "UBND quận Long Biên"),
            (
                OrgKind::KhoiDanVan,
                q.clone(),
                "Khối Dân vận quận Long Biên",
            ),
            (
                OrgKind::PartyCommittee,
                phuong("Bồ Đề"),
                "Đảng ủy phường Bồ Đề",
            ),
            (
                OrgKind::Mttq,
                phuong("Việt Hưng"),
                "Ủy ban MTTQ phường Việt Hưng",
            ),
            (OrgKind::DoanTn, phuong("Bồ Đề"), "Đoàn phường Bồ Đề"),
            (
                OrgKind::BanTtnd,
                phuong("Gia Thụy"),
                "Ban Thanh tra nhân dân phường Gia Thụy",
            ),
            (
                OrgKind::KhuDanCu,
                AdminUnit::new(UnitKind::ToDanPho, "số 5"),
                "Tổ dân phố số 5",
            ),
            (
                OrgKind::PartyCommittee,
                AdminUnit::new(UnitKind::ThanhPhoTrucThuocTrungUong, "Hà Nội"),
                "Thành ủy Hà Nội",
            ),
        ];
        for (kind, unit, name) in cases {
            assert_eq!(Organisation::new(kind, unit).name_vi(), name);
        }
    }

    #[test]
    fn kind_at_wrong_level_and_missing_name_are_errors() {
        let mut report = ValidationReport::new();
        Organisation::new(OrgKind::BanDanVan, phuong("Bồ Đề")).check(
            None,
            &Pointer::root(),
            &mut report,
        );
        Organisation::new(OrgKind::CoQuanDonVi, phuong("Bồ Đề")).check(
            None,
            &Pointer::root(),
            &mut report,
        );
        assert_eq!(report.error_codes(), [Code::KindNotAtLevel, Code::Required]);
        assert_eq!(report.errors()[0].path, "/kind");
        assert_eq!(
            report.errors()[0].message_vi(),
            "Ban Dân vận không được tổ chức ở cấp xã."
        );
    }
}
