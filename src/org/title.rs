//! Titles, positions (a title in a body) and people.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{AdminLevel, OrgKind, OrgSettings, Organisation};
use crate::legal::{HUONG_DAN_31_BTCTW, LegalReference};
use crate::validate::{Code, Pointer, Validate, ValidationContext, ValidationReport, Violation};
use crate::vocabulary::{Vocabulary, vocabulary};

vocabulary! {
    /// **Chức danh** — a title held in a body: Bí thư, Phó Bí thư Thường trực, Ủy viên Ban
    /// Thường vụ (UVTV), cấp ủy viên (QUV at district level), Chủ tịch, Trưởng ban…
    ///
    /// # Example
    /// ```
    /// use qcdc::org::Title;
    ///
    /// assert_eq!("UVTV".parse::<Title>()?, Title::UyVienBanThuongVu);
    /// assert_eq!("QUV".parse::<Title>()?, Title::CapUyVien);
    /// assert_eq!("pho chu tich".parse::<Title>()?, Title::PhoChuTich);
    /// assert!("Đại tướng".parse::<Title>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Title ("title", "Chức danh") {
        /// **Bí thư** — secretary (of a Party committee, cell or Youth Union).
        BiThu = "bi_thu", "Bí thư", ["BT"];
        /// **Phó Bí thư Thường trực** — standing deputy secretary.
        PhoBiThuThuongTruc = "pho_bi_thu_thuong_truc", "Phó Bí thư Thường trực", ["PBT TT", "Phó Bí thư TT", "PBTTT"];
        /// **Phó Bí thư** — deputy secretary.
        PhoBiThu = "pho_bi_thu", "Phó Bí thư", ["PBT"];
        /// **Ủy viên Ban Thường vụ** (UVTV, UVBTV) — member of the standing committee.
        UyVienBanThuongVu = "uvtv", "Ủy viên Ban Thường vụ", ["UVTV", "UVBTV", "Ủy viên Thường vụ", "Ủy viên BTV"];
        /// **Cấp ủy viên** — member of the Party committee ("Quận ủy viên", QUV; "Đảng ủy viên").
        CapUyVien = "cap_uy_vien", "Cấp ủy viên",
            ["QUV", "Quận ủy viên", "HUV", "Huyện ủy viên", "TUV", "Thành ủy viên", "Tỉnh ủy viên", "ĐUV", "Đảng ủy viên", "Thị ủy viên", "Ủy viên Ban Chấp hành"];
        /// **Chủ tịch** — chair (of a committee, council or association).
        ChuTich = "chu_tich", "Chủ tịch", ["CT"];
        /// **Phó Chủ tịch** — vice-chair.
        PhoChuTich = "pho_chu_tich", "Phó Chủ tịch", ["PCT"];
        /// **Trưởng ban** — head of a commission or board ("Trưởng Ban Dân vận").
        TruongBan = "truong_ban", "Trưởng ban", ["Trưởng"];
        /// **Phó Trưởng ban** — deputy head of a commission or board.
        PhoTruongBan = "pho_truong_ban", "Phó Trưởng ban", ["Phó Trưởng", "Phó ban"];
        /// **Chánh Văn phòng** — head of the office of a Party committee ("Chánh Văn phòng Đảng
        /// ủy").
        ChanhVanPhong = "chanh_van_phong", "Chánh Văn phòng", ["Chánh VP", "CVP"];
        /// **Phó Chánh Văn phòng** — deputy head of the office of a Party committee.
        PhoChanhVanPhong = "pho_chanh_van_phong", "Phó Chánh Văn phòng", ["Phó Chánh VP", "PCVP"];
        /// **Chủ nhiệm** — chair of the Party committee's Ủy ban Kiểm tra.
        ChuNhiem = "chu_nhiem", "Chủ nhiệm";
        /// **Phó Chủ nhiệm** — vice-chair of the Ủy ban Kiểm tra.
        PhoChuNhiem = "pho_chu_nhiem", "Phó Chủ nhiệm";
        /// **Giám đốc** — director (of a Trung tâm phục vụ hành chính công, an agency).
        GiamDoc = "giam_doc", "Giám đốc", ["GĐ"];
        /// **Phó Giám đốc** — deputy director.
        PhoGiamDoc = "pho_giam_doc", "Phó Giám đốc", ["PGĐ"];
        /// **Trưởng khối dân vận** — head of the mass-mobilisation bloc.
        TruongKhoiDanVan = "truong_khoi_dan_van", "Trưởng khối dân vận", ["Trưởng khối vận", "Trưởng khối"];
        /// **Tổ trưởng tổ dân phố** — head of an urban residential group.
        ToTruongToDanPho = "to_truong_to_dan_pho", "Tổ trưởng tổ dân phố", ["Tổ trưởng TDP", "Tổ trưởng"];
        /// **Trưởng thôn** — head of a hamlet.
        TruongThon = "truong_thon", "Trưởng thôn";
        /// **Ủy viên** — member of a committee.
        UyVien = "uy_vien", "Ủy viên", ["UV"];
        /// **Thành viên** — member of a board or bloc.
        ThanhVien = "thanh_vien", "Thành viên", ["TV"];
    }
}

impl Title {
    /// The kind of body a title implies when it is written alone: "UVTV", "QUV" and the
    /// secretaries ("Phó Bí thư thường trực") are of the Party committee, "Trưởng khối dân vận"
    /// of the Khối Dân vận.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{OrgKind, Title};
    ///
    /// assert_eq!(Title::PhoBiThuThuongTruc.implied_kind(), Some(OrgKind::PartyCommittee));
    /// assert_eq!(Title::ChuTich.implied_kind(), None); // chair of which body?
    /// ```
    pub fn implied_kind(self) -> Option<OrgKind> {
        match self {
            Title::UyVienBanThuongVu
            | Title::CapUyVien
            | Title::BiThu
            | Title::PhoBiThu
            | Title::PhoBiThuThuongTruc => Some(OrgKind::PartyCommittee),
            Title::TruongKhoiDanVan => Some(OrgKind::KhoiDanVan),
            Title::ChanhVanPhong | Title::PhoChanhVanPhong => Some(OrgKind::PartyOffice),
            Title::ChuNhiem | Title::PhoChuNhiem => Some(OrgKind::UyBanKiemTra),
            Title::ToTruongToDanPho | Title::TruongThon => Some(OrgKind::KhuDanCu),
            _ => None,
        }
    }

    /// Whether this title is held in bodies of `kind`.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{OrgKind, Title};
    ///
    /// assert!(Title::ChuTich.fits(OrgKind::Mttq));
    /// assert!(!Title::ChuTich.fits(OrgKind::PartyCommittee));
    /// ```
    pub fn fits(self, kind: OrgKind) -> bool {
        use OrgKind::*;
        use Title::*;
        match kind {
            PartyCommittee => matches!(
                self,
                BiThu | PhoBiThuThuongTruc | PhoBiThu | UyVienBanThuongVu | CapUyVien
            ),
            StandingCommittee => matches!(self, UyVienBanThuongVu | UyVien),
            BanDanVan | BanTuyenGiaoDanVan | BanToChuc | BanNoiChinh | BanXayDungDang
            | BanCongTacMatTran | BanTtnd | BanGsdtcd => {
                matches!(self, TruongBan | PhoTruongBan | UyVien | ThanhVien)
            }
            PartyOffice => matches!(self, ChanhVanPhong | PhoChanhVanPhong),
            UyBanKiemTra => matches!(self, ChuNhiem | PhoChuNhiem | UyVien),
            CoQuanUyBanKiemTra => matches!(self, ChuNhiem | PhoChuNhiem),
            PublicServiceCentre => matches!(self, GiamDoc | PhoGiamDoc),
            Mttq | Ldld | CongDoanCoSo | HoiLhpn | HoiCcb | HoiNd | Ubnd | Hdnd => {
                matches!(self, ChuTich | PhoChuTich | UyVien)
            }
            MttqStandingBoard => matches!(self, ChuTich | PhoChuTich | UyVien | ThanhVien),
            DoanTn | ChiBo => matches!(self, BiThu | PhoBiThu | UyVien),
            KhoiDanVan => matches!(self, TruongKhoiDanVan | ThanhVien),
            KhuDanCu => matches!(self, ToTruongToDanPho | TruongThon),
            CoQuanDonVi => true,
        }
    }
}

/// **Chức vụ** — a title held in a body: "Trưởng Ban Dân vận Quận ủy Long Biên".
///
/// # Example
/// ```
/// use qcdc::org::{OrgKind, Organisation, Position, Title};
/// use qcdc::org::reference::quan_long_bien;
///
/// let p = Position::new(Title::TruongBan, Organisation::new(OrgKind::BanDanVan, quan_long_bien()));
/// assert_eq!(p.to_string(), "Trưởng Ban Dân vận Quận ủy Long Biên");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Chức vụ")]
pub struct Position {
    /// **Chức danh** — the title.
    #[schemars(title = "Chức danh")]
    pub title: Title,
    /// **Tổ chức** — the body the title is held in.
    #[schemars(title = "Cơ quan, tổ chức")]
    pub organisation: Organisation,
}

impl Position {
    /// `title` in `organisation`.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgKind, Organisation, Position, Title};
    ///
    /// let p = Position::new(Title::TruongBan, Organisation::new(OrgKind::BanDanVan, quan_long_bien()));
    /// assert_eq!(p.to_string(), "Trưởng Ban Dân vận Quận ủy Long Biên");
    /// ```
    pub fn new(title: Title, organisation: Organisation) -> Self {
        Position {
            title,
            organisation,
        }
    }

    /// Records the problems of the position at `path` under the default [`OrgSettings`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::reference::phuong;
    /// use qcdc::org::{OrgKind, Organisation, Position, Title};
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// // The Front has a Chủ tịch, not a Bí thư.
    /// let p = Position::new(Title::BiThu, Organisation::new(OrgKind::Mttq, phuong("Bồ Đề")));
    /// let mut report = ValidationReport::new();
    /// p.check(NaiveDate::from_ymd_opt(2021, 4, 7), &Pointer::root().key("position"), &mut report);
    /// assert_eq!(report.error_codes(), [Code::TitleNotForBody]);
    /// assert_eq!(report.errors()[0].path, "/position/title");
    /// ```
    pub fn check(&self, on: Option<NaiveDate>, path: &Pointer, report: &mut ValidationReport) {
        self.check_with(on, OrgSettings::standard(), path, report);
    }

    /// Records the problems of the position at `path`: those of its body (see
    /// [`Organisation::check_with`]) and a title not held in such a body.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgKind, OrgSettings, Organisation, Position, Title};
    /// use qcdc::validate::{Pointer, ValidationReport};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let head = Position::new(Title::TruongBan, Organisation::new(OrgKind::BanDanVan, quan_long_bien()));
    /// // Long Biên's Ban Dân vận merged on 01/03/2025 by default; a later local date keeps it longer.
    /// let later = OrgSettings::default().with_ban_dan_van_merger(quan_long_bien(), d(2025, 4, 1));
    /// let mut report = ValidationReport::new();
    /// head.check_with(Some(d(2025, 3, 15)), &later, &Pointer::root(), &mut report);
    /// assert!(report.is_valid());
    /// head.check_with(Some(d(2025, 3, 15)), OrgSettings::standard(), &Pointer::root(), &mut report);
    /// assert!(!report.is_valid());
    /// ```
    pub fn check_with(
        &self,
        on: Option<NaiveDate>,
        settings: &OrgSettings,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        if !self.title.fits(self.organisation.kind) {
            report.error(
                Violation::new(&path.key("title"), Code::TitleNotForBody)
                    .param("title", self.title.name_vi())
                    .param("body", self.organisation.name_vi()),
            );
        }
        self.organisation
            .check_with(on, settings, &path.key("organisation"), report);
    }
}

impl Position {
    /// The post in the Ủy ban MTTQ that goes with this position on `date`, when there is one:
    /// from 01/07/2025 the head of a socio-political organisation of a province or commune is a
    /// Phó Chủ tịch of the Ủy ban MTTQ of the same unit (Hướng dẫn 31-HD/BTCTW), so one person
    /// holds "Phó Chủ tịch Ủy ban MTTQ phường, Chủ tịch Hội LHPN phường".
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::parse_positions;
    /// use qcdc::org::reference::phuong;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let ps = parse_positions("Phó Chủ tịch Ủy ban MTTQ phường, Chủ tịch Hội LHPN phường", &phuong("Long Biên"))?;
    /// assert_eq!(ps[1].front_post(d(2026, 1, 1)).as_ref(), Some(&ps[0]));
    /// assert_eq!(ps[1].front_post(d(2021, 4, 7)), None);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn front_post(&self, date: NaiveDate) -> Option<Position> {
        let org = &self.organisation;
        let head = match org.kind {
            OrgKind::DoanTn => Title::BiThu,
            _ => Title::ChuTich,
        };
        let level = org.unit.level();
        (self.title == head
            && org.kind.sits_under_front_on(date)
            && matches!(level, AdminLevel::Province | AdminLevel::Commune))
        .then(|| {
            Position::new(
                Title::PhoChuTich,
                Organisation::new(OrgKind::Mttq, org.unit.clone()),
            )
        })
    }

    /// The guidance behind [`front_post`](Self::front_post).
    ///
    /// # Example
    /// ```
    /// use qcdc::org::Position;
    ///
    /// assert_eq!(Position::front_post_rule().to_string(), "Hướng dẫn số 31-HD/BTCTW");
    /// ```
    pub fn front_post_rule() -> LegalReference {
        HUONG_DAN_31_BTCTW.whole()
    }
}

impl fmt::Display for Position {
    /// The Vietnamese way: "Trưởng Ban Dân vận Quận ủy Long Biên", "Ủy viên Ban Thường vụ Quận
    /// ủy Long Biên", "Chủ tịch Ủy ban MTTQ quận Long Biên".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let org = &self.organisation;
        match self.title {
            Title::TruongBan | Title::PhoTruongBan if org.name_vi().starts_with("Ban ") => {
                let head = if self.title == Title::TruongBan {
                    "Trưởng"
                } else {
                    "Phó Trưởng"
                };
                write!(f, "{head} {org}")
            }
            Title::TruongKhoiDanVan if org.kind == OrgKind::KhoiDanVan => write!(f, "Trưởng {org}"),
            // "Chánh Văn phòng Đảng ủy phường …": the title names the office itself.
            Title::ChanhVanPhong | Title::PhoChanhVanPhong if org.kind == OrgKind::PartyOffice => {
                let head = if self.title == Title::ChanhVanPhong {
                    "Chánh"
                } else {
                    "Phó Chánh"
                };
                write!(f, "{head} {org}")
            }
            Title::UyVienBanThuongVu if org.kind == OrgKind::PartyCommittee => {
                write!(f, "Ủy viên Ban Thường vụ {org}")
            }
            Title::CapUyVien if org.kind == OrgKind::PartyCommittee => {
                write!(f, "Ủy viên Ban Chấp hành Đảng bộ {}", org.unit.in_name())
            }
            Title::ToTruongToDanPho | Title::TruongThon if org.kind == OrgKind::KhuDanCu => {
                let head = if self.title == Title::ToTruongToDanPho {
                    "Tổ trưởng"
                } else {
                    "Trưởng"
                };
                write!(f, "{head} {}", org.unit.in_name())
            }
            title => write!(f, "{title} {org}"),
        }
    }
}

/// **Cá nhân** — a person with the positions they hold (one person often holds several:
/// "UVTV, Trưởng Ban Dân vận Quận ủy").
///
/// # Example
/// ```
/// use qcdc::org::{parse_positions, Person};
/// use qcdc::org::reference::quan_long_bien;
///
/// let person = Person::new("Nguyễn Quốc Long")
///     .with_positions(parse_positions("UVTV, Trưởng Ban Dân vận Quận ủy", &quan_long_bien())?);
/// assert_eq!(person.positions.len(), 2);
/// assert_eq!(person.to_string(), "Nguyễn Quốc Long - Ủy viên Ban Thường vụ Quận ủy Long Biên, Trưởng Ban Dân vận Quận ủy Long Biên");
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Cá nhân")]
pub struct Person {
    /// **Họ và tên** — full name.
    #[schemars(title = "Họ và tên", length(min = 1, max = 100))]
    pub name: String,
    /// **Chức vụ** — the positions held, the most important first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Chức vụ")]
    pub positions: Vec<Position>,
}

/// The longest name of a person, in characters.
pub const MAX_PERSON_NAME: usize = 100;

impl Person {
    /// A person without positions.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::Person;
    ///
    /// let p = Person::new("Vũ Thị Thành");
    /// assert_eq!(p.name, "Vũ Thị Thành");
    /// assert!(p.positions.is_empty());
    /// ```
    pub fn new(name: impl Into<String>) -> Self {
        Person {
            name: name.into(),
            positions: Vec::new(),
        }
    }

    /// The same person holding `positions` as well.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgKind, Organisation, Person, Position, Title};
    ///
    /// let chair = Person::new("Vũ Thị Thành").with_positions([Position::new(
    ///     Title::ChuTich,
    ///     Organisation::new(OrgKind::Mttq, quan_long_bien()),
    /// )]);
    /// assert_eq!(chair.to_string(), "Vũ Thị Thành - Chủ tịch Ủy ban MTTQ quận Long Biên");
    /// ```
    pub fn with_positions(mut self, positions: impl IntoIterator<Item = Position>) -> Self {
        self.positions.extend(positions);
        self
    }

    /// Whether the person holds a position in a body of `kind`.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgKind, Person, parse_positions};
    ///
    /// let p = Person::new("Nguyễn Quốc Long")
    ///     .with_positions(parse_positions("UVTV, Trưởng Ban Dân vận Quận ủy", &quan_long_bien())?);
    /// assert!(p.holds_in(OrgKind::BanDanVan));
    /// assert!(!p.holds_in(OrgKind::Mttq));
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn holds_in(&self, kind: OrgKind) -> bool {
        self.positions.iter().any(|p| p.organisation.kind == kind)
    }

    /// Records the problems of the person at `path` under the default [`OrgSettings`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::Person;
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let mut report = ValidationReport::new();
    /// Person::new(" ").check(NaiveDate::from_ymd_opt(2021, 4, 7), &Pointer::root().key("chair"), &mut report);
    /// assert_eq!(report.error_codes(), [Code::Blank]);
    /// assert_eq!(report.errors()[0].path, "/chair/name");
    /// ```
    pub fn check(&self, on: Option<NaiveDate>, path: &Pointer, report: &mut ValidationReport) {
        self.check_with(on, OrgSettings::standard(), path, report);
    }

    /// Records the problems of the person at `path`: a blank or long name and those of each
    /// position (checked on `on` under `settings` when given).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgSettings, Person, parse_positions};
    /// use qcdc::validate::{Pointer, ValidationReport};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let p = Person::new("Nguyễn Quốc Long")
    ///     .with_positions(parse_positions("Trưởng Ban Dân vận Quận ủy", &quan_long_bien())?);
    /// let later = OrgSettings::default().with_ban_dan_van_merger(quan_long_bien(), d(2025, 4, 1));
    /// let mut report = ValidationReport::new();
    /// p.check_with(Some(d(2025, 3, 15)), &later, &Pointer::root(), &mut report);
    /// assert!(report.is_valid());
    /// p.check_with(Some(d(2025, 4, 1)), &later, &Pointer::root(), &mut report);
    /// assert_eq!(report.errors()[0].path, "/positions/0/organisation");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn check_with(
        &self,
        on: Option<NaiveDate>,
        settings: &OrgSettings,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        report.check_text(&path.key("name"), &self.name, MAX_PERSON_NAME);
        for (i, position) in self.positions.iter().enumerate() {
            position.check_with(on, settings, &path.key("positions").index(i), report);
        }
    }
}

impl fmt::Display for Person {
    /// "Name - position, position".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name.trim())?;
        for (i, p) in self.positions.iter().enumerate() {
            f.write_str(if i == 0 { " - " } else { ", " })?;
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl Validate for Position {
    /// Checks the position as it stands on the context's "as of" date.
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check_with(Some(ctx.as_of()), ctx.org_settings(), path, report);
    }
}

impl Validate for Person {
    /// Checks the person and their positions as they stand on the context's "as of" date.
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check_with(Some(ctx.as_of()), ctx.org_settings(), path, report);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::org::reference::quan_long_bien;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn titles_are_well_formed() {
        crate::vocabulary::assert_well_formed::<Title>();
    }

    #[test]
    fn district_positions_are_errors_from_july_2025() {
        let p = Person::new("Ngô Mạnh Điềm").with_positions([Position::new(
            Title::PhoBiThuThuongTruc,
            Organisation::new(OrgKind::PartyCommittee, quan_long_bien()),
        )]);
        let ok = p.validate(&ValidationContext::new(d(2025, 6, 30)));
        assert!(ok.is_valid(), "{ok}");
        let late = p.validate(&ValidationContext::new(d(2025, 7, 1)));
        assert_eq!(late.error_codes(), [Code::BodyNotExisting]);
        let v = &late.errors()[0];
        assert_eq!(v.path, "/positions/0/organisation");
        assert_eq!(
            v.citation.as_ref().unwrap().to_string(),
            "Nghị quyết số 203/2025/QH15"
        );
        assert_eq!(
            v.message_vi(),
            "Cơ quan, tổ chức Quận ủy Long Biên không tồn tại vào ngày 01/07/2025."
        );
    }

    #[test]
    fn wrong_title_for_body_and_blank_name_are_errors() {
        let p = Person::new(" ").with_positions([Position::new(
            Title::ChuTich,
            Organisation::new(OrgKind::PartyCommittee, quan_long_bien()),
        )]);
        let report = p.validate(&ValidationContext::new(d(2021, 4, 7)));
        assert_eq!(report.error_codes(), [Code::Blank, Code::TitleNotForBody]);
        assert_eq!(report.errors()[1].path, "/positions/0/title");
    }
}
