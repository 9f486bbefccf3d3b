//! Kinds of organisations of the political system and the organisations themselves.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{AdminLevel, AdminUnit, UnitKind};
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
        /// the Ban Tuyên giáo và Dân vận during 2025, on dates that vary by locality).
        BanDanVan = "ban_dan_van", "Ban Dân vận", ["BDV"];
        /// **Ban Tuyên giáo và Dân vận** — the 2025 successor of the Ban Tuyên giáo and the Ban
        /// Dân vận of a Party committee.
        BanTuyenGiaoDanVan = "ban_tuyen_giao_dan_van", "Ban Tuyên giáo và Dân vận", ["BTGDV", "Ban TG&DV"];
        /// **Ủy ban Mặt trận Tổ quốc Việt Nam** (MTTQ) — the Fatherland Front committee.
        Mttq = "mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam",
            ["MTTQ", "UBMTTQ", "Ủy ban MTTQ", "UB MTTQ", "Mặt trận Tổ quốc", "Mặt trận", "Ủy ban Mặt trận Tổ quốc"];
        /// **Ban Thường trực Ủy ban MTTQ** — the standing board of the Front committee, which at
        /// ward level receives "Dân vận khéo" registrations since 2025.
        MttqStandingBoard = "ban_thuong_truc_mttq", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam",
            ["BTT UBMTTQ", "BTT MTTQ", "Ban Thường trực Ủy ban MTTQ", "Ban Thường trực MTTQ"];
        /// **Liên đoàn Lao động** (LĐLĐ) — the labour federation of the Công đoàn Việt Nam.
        Ldld = "ldld", "Liên đoàn Lao động", ["LĐLĐ", "Công đoàn", "LĐ LĐ"];
        /// **Hội Liên hiệp Phụ nữ** (Hội LHPN) — the women's union.
        HoiLhpn = "hoi_lhpn", "Hội Liên hiệp Phụ nữ", ["Hội LHPN", "LHPN", "Hội Phụ nữ", "Phụ nữ", "HLHPN"];
        /// **Hội Cựu chiến binh** (Hội CCB) — the veterans' association.
        HoiCcb = "hoi_ccb", "Hội Cựu chiến binh", ["Hội CCB", "CCB", "Cựu chiến binh"];
        /// **Đoàn Thanh niên Cộng sản Hồ Chí Minh** (Đoàn TN) — the youth union; its district unit
        /// is the Quận đoàn.
        DoanTn = "doan_tn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            ["Đoàn TN", "Đoàn TNCS Hồ Chí Minh", "Đoàn TNCS HCM", "Đoàn Thanh niên", "Đoàn", "Quận đoàn", "Huyện đoàn", "Thị đoàn", "Thành đoàn", "Tỉnh đoàn"];
        /// **Hội Nông dân** (Hội ND) — the farmers' union (often absent in urban districts).
        HoiNd = "hoi_nd", "Hội Nông dân", ["Hội ND", "Nông dân"];
        /// **Ủy ban nhân dân** (UBND) — the People's Committee.
        Ubnd = "ubnd", "Ủy ban nhân dân", ["UBND", "UB"];
        /// **Hội đồng nhân dân** (HĐND) — the People's Council.
        Hdnd = "hdnd", "Hội đồng nhân dân", ["HĐND"];
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
        match self {
            PartyCommittee | StandingCommittee | Mttq | MttqStandingBoard | HoiLhpn | HoiCcb
            | DoanTn | HoiNd | Ubnd | Hdnd => &[Province, District, Commune],
            BanDanVan | BanTuyenGiaoDanVan | Ldld => &[Province, District],
            KhoiDanVan => &[District, Commune],
            BanTtnd | BanGsdtcd => &[Commune],
            BanCongTacMatTran | KhuDanCu => &[Residential],
            ChiBo => &[Commune, Residential],
            CoQuanDonVi => &[Province, District, Commune, Residential],
        }
    }

    /// Whether the kind is a body of the Party committee (named after it: "Ban Dân vận Quận ủy").
    pub fn belongs_to_party_committee(self) -> bool {
        matches!(
            self,
            OrgKind::StandingCommittee | OrgKind::BanDanVan | OrgKind::BanTuyenGiaoDanVan
        )
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
    pub fn name_vi(&self) -> String {
        self.name_with(false)
    }

    /// The full official name ("Ủy ban Mặt trận Tổ quốc Việt Nam phường Việt Hưng", "Ủy ban nhân
    /// dân quận Long Biên", "Đoàn Thanh niên Cộng sản Hồ Chí Minh quận Long Biên").
    pub fn full_name_vi(&self) -> String {
        self.name_with(true)
    }

    fn name_with(&self, full: bool) -> String {
        use OrgKind::*;
        let unit = self.unit.in_name();
        match self.kind {
            PartyCommittee => self.party_committee_name(),
            StandingCommittee | BanDanVan | BanTuyenGiaoDanVan => {
                format!("{} {}", self.kind.name_vi(), self.party_committee_name())
            }
            Mttq if !full => format!("Ủy ban MTTQ {unit}"),
            MttqStandingBoard if !full => format!("Ban Thường trực Ủy ban MTTQ {unit}"),
            HoiLhpn if !full => format!("Hội LHPN {unit}"),
            Ubnd if !full => format!("UBND {unit}"),
            Hdnd if !full => format!("HĐND {unit}"),
            DoanTn if !full => self.youth_union_name(),
            KhuDanCu => self.unit.to_string(),
            CoQuanDonVi => match &self.name {
                Some(name) if !crate::text::is_blank(name) => name.trim().to_owned(),
                _ => format!("Cơ quan, đơn vị {unit}"),
            },
            kind => format!("{} {unit}", kind.name_vi()),
        }
    }

    /// Whether the body existed on `date`: its unit existed and its kind is organised at the
    /// unit's level.
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
        self.kind.levels().contains(&self.unit.level()) && self.unit.exists_on(date)
    }

    /// Records the problems of the body at `path`: a kind not organised at the unit's level, a
    /// missing own name, a bad unit and, when `on` is given, a body that did not exist that day
    /// (with the reform that removed it as citation).
    pub fn check(&self, on: Option<NaiveDate>, path: &Pointer, report: &mut ValidationReport) {
        let level = self.unit.level();
        if !self.kind.levels().contains(&level) {
            report.error(
                Violation::new(&path.key("kind"), Code::KindNotAtLevel)
                    .param("kind", self.kind.name_vi())
                    .param("level", level.name_vi().to_lowercase()),
            );
        }
        match (&self.name, self.kind) {
            (None, OrgKind::CoQuanDonVi) => {
                report.error(Violation::new(&path.key("name"), Code::Required))
            }
            (Some(name), _) => report.check_text(&path.key("name"), name, MAX_ORG_NAME),
            (None, _) => {}
        }
        self.unit.check(None, &path.key("unit"), report);
        if let Some(date) = on
            && let Some(reason) = self.unit.absence_on(date)
        {
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

impl fmt::Display for Organisation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name_vi())
    }
}

impl Validate for Organisation {
    /// Checks the body as it stands on the context's "as of" date.
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check(Some(ctx.as_of()), path, report);
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
