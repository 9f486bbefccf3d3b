//! Administrative levels and units, with the dates they existed.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{UnitCode, registry};
use crate::Error;
use crate::legal::{
    LUAT_72_2025, LegalReference, NGHI_QUYET_203_2025, QUYET_DINH_19_2025,
    TWO_LEVEL_GOVERNMENT_FROM,
};
use crate::validate::{At, Code, Member, Pointer, ValidationReport, Violation};
use crate::vocabulary::{Vocabulary, vocabulary};

vocabulary! {
    /// **Cấp hành chính** — the level of a unit of local government, plus the residential units
    /// (thôn, tổ dân phố) below the commune, which are self-managed communities rather than a
    /// level of government.
    ///
    /// Until 30/06/2025 there were three local levels (tỉnh → huyện → xã); from 01/07/2025 there
    /// are two (tỉnh → xã), under Nghị quyết 203/2025/QH15: see [`AdminLevel::exists_on`].
    ///
    /// # Example
    /// ```
    /// use qcdc::org::AdminLevel;
    ///
    /// assert_eq!("cap huyen".parse::<AdminLevel>()?, AdminLevel::District);
    /// assert_eq!(AdminLevel::Commune.to_string(), "Cấp xã");
    /// assert!("cấp thôn xóm".parse::<AdminLevel>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum AdminLevel ("administrative level", "Cấp hành chính") {
        /// **Cấp tỉnh** — province or centrally-governed city.
        Province = "province", "Cấp tỉnh", ["tỉnh"];
        /// **Cấp huyện** — district, urban district, town, provincial city (until 30/06/2025).
        District = "district", "Cấp huyện", ["huyện", "cấp quận"];
        /// **Cấp xã** — commune, ward, township; special zone from 01/07/2025.
        Commune = "commune", "Cấp xã", ["xã", "cấp phường", "cấp cơ sở"];
        /// **Thôn, tổ dân phố** — residential communities below the commune.
        Residential = "residential", "Thôn, tổ dân phố", ["khu dân cư"];
    }
}

impl AdminLevel {
    /// Whether units of this level exist on `date`: the district level ends on 30/06/2025.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::AdminLevel;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert!(AdminLevel::District.exists_on(d(2025, 6, 30)));
    /// assert!(!AdminLevel::District.exists_on(d(2025, 7, 1)));
    /// assert!(AdminLevel::Commune.exists_on(d(2025, 7, 1)));
    /// ```
    pub fn exists_on(self, date: NaiveDate) -> bool {
        self != AdminLevel::District || date < TWO_LEVEL_GOVERNMENT_FROM
    }
}

vocabulary! {
    /// **Loại đơn vị hành chính** — the kind of a unit: tỉnh, thành phố, quận, huyện, phường,
    /// xã, thị trấn, đặc khu, and the residential tổ dân phố and thôn.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{AdminLevel, UnitKind};
    ///
    /// let kind: UnitKind = "TDP".parse()?;
    /// assert_eq!(kind, UnitKind::ToDanPho);
    /// assert_eq!(kind.level(), AdminLevel::Residential);
    /// assert_eq!(UnitKind::Quan.to_string(), "Quận");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum UnitKind ("administrative unit kind", "Loại đơn vị hành chính") {
        /// **Thành phố trực thuộc Trung ương** — a centrally-governed city (Hà Nội).
        ThanhPhoTrucThuocTrungUong = "thanh_pho_truc_thuoc_tw", "Thành phố trực thuộc Trung ương", ["thành phố trực thuộc TW"];
        /// **Tỉnh** — a province.
        Tinh = "tinh", "Tỉnh";
        /// **Quận** — an urban district (until 30/06/2025).
        Quan = "quan", "Quận";
        /// **Huyện** — a rural district (until 30/06/2025).
        Huyen = "huyen", "Huyện";
        /// **Thị xã** — a district-level town (until 30/06/2025).
        ThiXa = "thi_xa", "Thị xã";
        /// **Thành phố thuộc tỉnh** — a district-level city (until 30/06/2025).
        ThanhPhoThuocTinh = "thanh_pho_thuoc_tinh", "Thành phố thuộc tỉnh", ["thành phố thuộc thành phố trực thuộc TW"];
        /// **Phường** — an urban ward.
        Phuong = "phuong", "Phường";
        /// **Xã** — a rural commune.
        Xa = "xa", "Xã";
        /// **Thị trấn** — a township (until 30/06/2025).
        ThiTran = "thi_tran", "Thị trấn";
        /// **Đặc khu** — a special zone at commune level (from 01/07/2025).
        DacKhu = "dac_khu", "Đặc khu";
        /// **Tổ dân phố** — an urban residential group.
        ToDanPho = "to_dan_pho", "Tổ dân phố", ["TDP"];
        /// **Thôn** — a rural hamlet (also ấp, bản, làng… by region).
        Thon = "thon", "Thôn", ["ấp", "bản", "làng", "xóm"];
    }
}

impl UnitKind {
    /// The level of units of this kind.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{AdminLevel, UnitKind};
    ///
    /// assert_eq!(UnitKind::DacKhu.level(), AdminLevel::Commune);
    /// assert_eq!(UnitKind::ThiXa.level(), AdminLevel::District);
    /// ```
    pub fn level(self) -> AdminLevel {
        use UnitKind::*;
        match self {
            ThanhPhoTrucThuocTrungUong | Tinh => AdminLevel::Province,
            Quan | Huyen | ThiXa | ThanhPhoThuocTinh => AdminLevel::District,
            Phuong | Xa | ThiTran | DacKhu => AdminLevel::Commune,
            ToDanPho | Thon => AdminLevel::Residential,
        }
    }

    /// The word that stands before a unit's name, lowercase as inside a longer name
    /// ("quận", "thành phố", "tổ dân phố").
    ///
    /// # Example
    /// ```
    /// use qcdc::org::UnitKind;
    ///
    /// assert_eq!(UnitKind::ThanhPhoTrucThuocTrungUong.prefix(), "thành phố");
    /// assert_eq!(UnitKind::ToDanPho.prefix(), "tổ dân phố");
    /// ```
    pub fn prefix(self) -> &'static str {
        use UnitKind::*;
        match self {
            ThanhPhoTrucThuocTrungUong | ThanhPhoThuocTinh => "thành phố",
            Tinh => "tỉnh",
            Quan => "quận",
            Huyen => "huyện",
            ThiXa => "thị xã",
            Phuong => "phường",
            Xa => "xã",
            ThiTran => "thị trấn",
            DacKhu => "đặc khu",
            ToDanPho => "tổ dân phố",
            Thon => "thôn",
        }
    }

    /// The legal reason units of this kind do not exist on `date`, or `None` when they may.
    ///
    /// District-level kinds end on 30/06/2025 (Nghị quyết 203/2025/QH15, in force 16/06/2025,
    /// ends the district units on 01/07/2025). The commune level is xã, phường, thị trấn until
    /// then and xã, phường, đặc khu from 01/07/2025 (Luật 72/2025/QH15): a thị trấn on or after
    /// that day, or a đặc khu before it, cites that law.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::UnitKind;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert!(UnitKind::ThiTran.absent_on(d(2025, 6, 30)).is_none());
    /// assert!(UnitKind::ThiTran.absent_on(d(2025, 7, 1)).is_some());
    /// assert!(UnitKind::DacKhu.absent_on(d(2025, 6, 30)).is_some());
    /// ```
    pub fn absent_on(self, date: NaiveDate) -> Option<LegalReference> {
        let reformed = date >= TWO_LEVEL_GOVERNMENT_FROM;
        match self {
            // The commune kinds are those of Luật 72/2025/QH15 from 01/07/2025.
            UnitKind::ThiTran => reformed.then(|| LUAT_72_2025.whole()),
            UnitKind::DacKhu => (!reformed).then(|| LUAT_72_2025.whole()),
            other => (!other.level().exists_on(date)).then(|| NGHI_QUYET_203_2025.whole()),
        }
    }
}

/// **Đơn vị hành chính** — a unit of local government (or a residential unit), with the dates it
/// existed when known.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::{AdminUnit, UnitKind};
///
/// let ward = AdminUnit::new(UnitKind::Phuong, "Việt Hưng");
/// assert_eq!(ward.to_string(), "Phường Việt Hưng");
/// assert_eq!(ward.in_name(), "phường Việt Hưng");
/// assert!(ward.exists_on(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Đơn vị hành chính")]
pub struct AdminUnit {
    /// **Loại đơn vị** — quận, phường, tổ dân phố…
    #[schemars(title = "Loại đơn vị")]
    pub kind: UnitKind,
    /// **Tên** — the proper name without its kind ("Long Biên", "Việt Hưng", "số 5").
    #[schemars(title = "Tên đơn vị", length(min = 1, max = 100))]
    pub name: String,
    /// **Mã đơn vị hành chính** — the official code ("00145"), when given: the unit must then
    /// be the registry's unit with that code on the document's date ([`crate::org::registry`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Mã đơn vị hành chính")]
    pub code: Option<UnitCode>,
    /// **Mã tỉnh** — the code of the unit's province ("01"), when given; for a former Hà Nội
    /// unit it is "01" as well.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Mã tỉnh, thành phố")]
    pub province_code: Option<UnitCode>,
    /// **Thành lập từ ngày** — the first day it existed, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Thành lập từ ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub valid_from: Option<NaiveDate>,
    /// **Tồn tại đến ngày** — the last day it existed, when it has been dissolved or merged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Tồn tại đến ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub valid_until: Option<NaiveDate>,
}

/// The longest name of a unit the validation accepts, in characters.
pub const MAX_UNIT_NAME: usize = 100;

impl AdminUnit {
    /// A unit with unknown dates (it exists whenever its kind does).
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{AdminUnit, UnitKind};
    ///
    /// let xa = AdminUnit::new(UnitKind::Xa, "Bát Tràng");
    /// assert_eq!(xa.to_string(), "Xã Bát Tràng");
    /// assert_eq!((xa.code, xa.valid_from, xa.valid_until), (None, None, None));
    /// ```
    pub fn new(kind: UnitKind, name: impl Into<String>) -> Self {
        AdminUnit {
            kind,
            name: name.into(),
            code: None,
            province_code: None,
            valid_from: None,
            valid_until: None,
        }
    }

    /// **Đơn vị theo mã** — the unit in force (from 01/07/2025) with `code`, from the registry,
    /// with its name, kind, province and dates.
    ///
    /// # Errors
    /// [`ErrorKind::Unknown`](crate::ErrorKind::Unknown) when no unit in force has the code;
    /// see [`registry::unit_on`] for former units.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{AdminUnit, UnitKind};
    ///
    /// let ward = AdminUnit::from_registry("00145".parse()?)?;
    /// assert_eq!((ward.kind, ward.name.as_str()), (UnitKind::Phuong, "Long Biên"));
    /// assert!(AdminUnit::from_registry("00139".parse()?).is_err()); // former Bồ Đề's code
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn from_registry(code: UnitCode) -> Result<Self, Error> {
        registry::unit(code).map(AdminUnit::from).ok_or_else(|| {
            Error::unknown(
                "administrative unit code",
                &code.to_string(),
                "the code of a unit in force (Quyết định 19/2025/QĐ-TTg)",
            )
        })
    }

    /// The same unit with its official code and its province's.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{AdminUnit, UnitCode, UnitKind};
    ///
    /// let ward = AdminUnit::new(UnitKind::Phuong, "Bồ Đề").with_code("00118".parse()?, Some(UnitCode::province(1)));
    /// assert_eq!(ward.code.unwrap().to_string(), "00118");
    /// assert_eq!(ward.province_code.unwrap().to_string(), "01");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn with_code(mut self, code: UnitCode, province_code: Option<UnitCode>) -> Self {
        self.code = Some(code);
        self.province_code = province_code;
        self
    }

    /// The same unit with its last day of existence.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{AdminUnit, UnitKind};
    ///
    /// let ngoc_lam = AdminUnit::new(UnitKind::Phuong, "Ngọc Lâm").until(NaiveDate::from_ymd_opt(2025, 6, 30).unwrap());
    /// assert!(ngoc_lam.exists_on(NaiveDate::from_ymd_opt(2025, 6, 30).unwrap()));
    /// assert!(!ngoc_lam.exists_on(NaiveDate::from_ymd_opt(2025, 7, 1).unwrap()));
    /// ```
    pub fn until(mut self, last_day: NaiveDate) -> Self {
        self.valid_until = Some(last_day);
        self
    }

    /// The level of the unit.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::AdminLevel;
    /// use qcdc::org::reference::{ha_noi, quan_long_bien};
    ///
    /// assert_eq!(quan_long_bien().level(), AdminLevel::District);
    /// assert_eq!(ha_noi().level(), AdminLevel::Province);
    /// ```
    pub fn level(&self) -> AdminLevel {
        self.kind.level()
    }

    /// The unit's name as it stands inside a longer name: "quận Long Biên".
    ///
    /// # Example
    /// ```
    /// use qcdc::org::reference::{ha_noi, quan_long_bien};
    ///
    /// assert_eq!(quan_long_bien().in_name(), "quận Long Biên");
    /// assert_eq!(ha_noi().in_name(), "thành phố Hà Nội");
    /// ```
    pub fn in_name(&self) -> String {
        format!("{} {}", self.kind.prefix(), self.name)
    }

    /// Whether the unit existed on `date`: within its own dates, and its kind existed then.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::reference::quan_long_bien;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert!(quan_long_bien().exists_on(d(2025, 6, 30)));
    /// assert!(!quan_long_bien().exists_on(d(2025, 7, 1)));
    /// ```
    pub fn exists_on(&self, date: NaiveDate) -> bool {
        self.absence_on(date).is_none()
    }

    /// Why the unit did not exist on `date`: `Some(None)` outside its own dates, `Some(Some(r))`
    /// when a reform `r` had removed its kind, `None` when it existed.
    pub(crate) fn absence_on(&self, date: NaiveDate) -> Option<Option<LegalReference>> {
        if let Some(reason) = self.kind.absent_on(date) {
            return Some(Some(reason));
        }
        let before = self.valid_from.is_some_and(|from| date < from);
        let after = self.valid_until.is_some_and(|until| date > until);
        (before || after).then_some(None)
    }

    /// Records the problems of the unit at `path`: a blank or long name, dates out of order,
    /// and, when `on` is given, that the unit did not exist on that day.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// let mut report = ValidationReport::new();
    /// let path = Pointer::root().key("unit");
    /// quan_long_bien().check(NaiveDate::from_ymd_opt(2021, 4, 7), &path, &mut report);
    /// assert!(report.is_valid());
    /// quan_long_bien().check(NaiveDate::from_ymd_opt(2025, 7, 1), &path, &mut report);
    /// assert_eq!(report.error_codes(), [Code::UnitNotExisting]);
    /// ```
    pub fn check(&self, on: Option<NaiveDate>, path: &Pointer, report: &mut ValidationReport) {
        self.check_at(on, path, report);
    }

    /// [`check`](Self::check) at a place whose pointer is built only for a finding (every
    /// record of a commune report names its unit).
    pub(crate) fn check_at(
        &self,
        on: Option<NaiveDate>,
        path: &impl At,
        report: &mut ValidationReport,
    ) {
        report.check_text_at(&Member::new(path, "name"), &self.name, MAX_UNIT_NAME);
        if let (Some(from), Some(until)) = (self.valid_from, self.valid_until) {
            report.check_date_order_at(&Member::new(path, "valid_until"), from, until);
        }
        self.check_identity(on, path, report);
        if let Some(date) = on
            && let Some(reason) = self.absence_on(date)
        {
            let mut v = Violation::new(&path.pointer(), Code::UnitNotExisting)
                .param("unit", self.to_string())
                .date_param("date", date);
            if let Some(reason) = reason {
                v = v.cite(reason);
            }
            report.error(v);
        }
    }
}

impl AdminUnit {
    /// Checks a coded unit against the registry: its code (and its province's) must be in the
    /// list that applies on `on` (the list in force from 01/07/2025, Quyết định 19/2025/QĐ-TTg,
    /// or the former one), and its kind, name and province must be the code's. Without a date,
    /// either list may hold the code.
    fn check_identity(&self, on: Option<NaiveDate>, path: &impl At, report: &mut ValidationReport) {
        // At most two entries (the unit in force and the former one): kept on the stack.
        let lists = |code: UnitCode| -> Found {
            match on {
                Some(date) => Found([registry::unit_on(code, date), None]),
                None => Found([registry::unit(code), registry::former(code)]),
            }
        };
        let not_found = |code: UnitCode, at: &Pointer| {
            let v = match on {
                Some(date) => Violation::new(at, Code::UnitCodeNotOnDate)
                    .param("code", code.to_string())
                    .date_param("date", date),
                None => Violation::new(at, Code::UnknownUnitCode).param("code", code.to_string()),
            };
            match on {
                Some(date) if date >= TWO_LEVEL_GOVERNMENT_FROM => {
                    v.cite(QUYET_DINH_19_2025.whole())
                }
                _ => v,
            }
        };
        if let Some(code) = self.code {
            let found = lists(code);
            if let Some(registered) = found.first()
                && !found.iter().any(|e| e.is_named(self.kind, &self.name))
            {
                let mut v = Violation::new(&path.pointer().key("code"), Code::UnitCodeMismatch)
                    .param("code", code.to_string())
                    .param("registered", registered.to_string())
                    .param("unit", self.to_string());
                if registered.in_force() {
                    v = v.cite(QUYET_DINH_19_2025.whole());
                }
                report.error(v);
            } else if found.is_empty() {
                report.error(not_found(code, &path.pointer().key("code")));
            } else if let Some(province) = self.province_code {
                let mut own = found
                    .iter()
                    .filter(|e| e.is_named(self.kind, &self.name))
                    .map(|e| e.province_code().unwrap_or(e.code()));
                if let Some(first) = own.clone().next()
                    && !own.any(|c| c == province)
                {
                    report.error(
                        Violation::new(
                            &path.pointer().key("province_code"),
                            Code::UnitCodeMismatch,
                        )
                        .param("code", province.to_string())
                        .param("registered", format!("mã tỉnh {first}"))
                        .param("unit", self.to_string()),
                    );
                }
            }
        } else if let Some(province) = self.province_code {
            let found = lists(province);
            if !found
                .iter()
                .any(|e| e.kind().level() == AdminLevel::Province)
            {
                report.error(not_found(province, &path.pointer().key("province_code")));
            }
        }
    }
}

/// The registry entries a code names (at most two: the unit in force and the former one).
struct Found([Option<&'static registry::RegistryEntry>; 2]);

impl Found {
    fn iter(&self) -> impl Iterator<Item = &'static registry::RegistryEntry> + Clone + '_ {
        self.0.iter().flatten().copied()
    }

    fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    fn first(&self) -> Option<&'static registry::RegistryEntry> {
        self.iter().next()
    }
}

impl fmt::Display for AdminUnit {
    /// "Quận Long Biên", "Tổ dân phố số 5".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            // "Thành phố Hà Nội", as the official lists write it, not the kind's long name.
            UnitKind::ThanhPhoTrucThuocTrungUong | UnitKind::ThanhPhoThuocTinh => "Thành phố",
            other => other.name_vi(),
        };
        write!(f, "{kind} {}", self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn vocabularies_are_well_formed() {
        crate::vocabulary::assert_well_formed::<AdminLevel>();
        crate::vocabulary::assert_well_formed::<UnitKind>();
    }

    #[test]
    fn a_centrally_governed_city_reads_thanh_pho() {
        let ha_noi = AdminUnit::new(UnitKind::ThanhPhoTrucThuocTrungUong, "Hà Nội");
        assert_eq!(ha_noi.to_string(), "Thành phố Hà Nội");
        assert_eq!(ha_noi.in_name(), "thành phố Hà Nội");
        // The kind keeps its official name; only the unit's display is short.
        assert_eq!(
            UnitKind::ThanhPhoTrucThuocTrungUong.to_string(),
            "Thành phố trực thuộc Trung ương"
        );
        assert_eq!(
            AdminUnit::new(UnitKind::Tinh, "Bắc Ninh").to_string(),
            "Tỉnh Bắc Ninh"
        );
    }

    #[test]
    fn district_kinds_end_with_june_2025() {
        for kind in [
            UnitKind::Quan,
            UnitKind::Huyen,
            UnitKind::ThiXa,
            UnitKind::ThanhPhoThuocTinh,
        ] {
            assert!(kind.absent_on(d(2025, 6, 30)).is_none(), "{kind:?}");
            assert_eq!(
                kind.absent_on(d(2025, 7, 1)),
                Some(NGHI_QUYET_203_2025.whole()),
                "{kind:?}"
            );
        }
        // The kinds of the commune level come from Luật 72/2025/QH15.
        let luat_72 = Some(crate::legal::LUAT_72_2025.whole());
        assert!(UnitKind::ThiTran.absent_on(d(2025, 6, 30)).is_none());
        assert_eq!(UnitKind::ThiTran.absent_on(d(2025, 7, 1)), luat_72);
        assert_eq!(UnitKind::DacKhu.absent_on(d(2025, 6, 30)), luat_72);
        assert!(UnitKind::DacKhu.absent_on(d(2025, 7, 1)).is_none());
        for kind in [
            UnitKind::Phuong,
            UnitKind::Xa,
            UnitKind::Tinh,
            UnitKind::ToDanPho,
        ] {
            assert!(kind.absent_on(d(2025, 7, 1)).is_none());
            assert!(kind.absent_on(d(2000, 1, 1)).is_none());
        }
    }

    #[test]
    fn own_dates_bound_existence() {
        let u = AdminUnit::new(UnitKind::Phuong, "Cũ").until(d(2020, 12, 31));
        assert!(u.exists_on(d(2020, 12, 31)));
        assert!(!u.exists_on(d(2021, 1, 1)));
        let mut report = ValidationReport::new();
        u.check(Some(d(2021, 1, 1)), &Pointer::root(), &mut report);
        assert_eq!(report.error_codes(), [Code::UnitNotExisting]);
        assert!(report.errors()[0].citation.is_none());
    }
}
