//! **Cơ cấu tổ chức theo cấp và theo thời gian** — which bodies a unit has on a date: the 2021
//! bodies for their dates, the bodies of the two-level state from 01/07/2025, and the dates that
//! varied by locality as [`OrgSettings`] a user can override.
//!
//! The rules since 01/07/2025 (the first day of the two-level local government, Nghị quyết
//! 203/2025/QH15 and Luật 72/2025/QH15):
//! - **Province** (Quy định 329-QĐ/TW Điều 1 k2): Văn phòng, Ban Tổ chức, Ủy ban Kiểm tra and
//!   its Cơ quan, Ban Tuyên giáo và Dân vận, Ban Nội chính. The Ban Dân vận of a Tỉnh ủy or a
//!   Quận ủy merged into the Ban Tuyên giáo và Dân vận in 2025, on a date each locality set
//!   ([`OrgSettings::ban_dan_van_merged_from`], default 01/03/2025, with per-locality
//!   overrides); no Ban Dân vận exists anywhere after that date.
//! - **Commune** (Quy định 298-QĐ/TW Điều 4, from 01/07/2025): every Đảng ủy xã, phường, đặc
//!   khu has a Văn phòng, a Ban Xây dựng Đảng and a Cơ quan Ủy ban Kiểm tra; a đặc khu also a
//!   Ban Tổ chức and a Ban Tuyên giáo và Dân vận.
//! - **Councils**: every xã, phường and đặc khu has a Hội đồng nhân dân and an Ủy ban nhân dân
//!   from 01/07/2025 (Luật 72/2025/QH15); before, some communes had no council
//!   ([`OrgSettings::councils_not_organised`]: Hà Nội's phường from 01/07/2021 to 30/06/2025).
//! - **Trade unions**: no Liên đoàn Lao động below the province (Luật Công đoàn 50/2024/QH15
//!   Điều 8 k1, as amended by Luật 97/2025/QH15); a unit's [`OrgKind::CongDoanCoSo`] is another
//!   kind.
//! - **The Front**: from 01/07/2025 the socio-political organisations sit under the Ủy ban MTTQ
//!   (Luật 97/2025/QH15; Nghị quyết 60-NQ/TW) and, at province and commune, their heads are Phó
//!   Chủ tịch of the Ủy ban MTTQ (Hướng dẫn 31-HD/BTCTW): [`OrgKind::sits_under_front_on`],
//!   [`Position::front_post`](crate::org::Position::front_post).
//! - **Khối Dân vận**: no source found (as of 11/2026) says whether it remains after
//!   01/07/2025 (in the one ward documented, the Ban Thường trực Ủy ban MTTQ coordinates dân vận
//!   work: Công văn 249/MTTQ-BTT, phường Thanh Khê, Đà Nẵng, 2026): it exists by default;
//!   [`OrgSettings::khoi_dan_van_until`] ends it.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use qcdc::org::{AdminUnit, OrgKind, OrgSettings, UnitKind};
//!
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let quang_ninh = AdminUnit::new(UnitKind::Tinh, "Quảng Ninh");
//! let settings = OrgSettings::default();
//! let on = d(2026, 11, 28);
//! assert!(OrgKind::BanTuyenGiaoDanVan.absence_on(&quang_ninh, None, on, &settings).is_none());
//! let gone = OrgKind::BanDanVan.absence_on(&quang_ninh, None, on, &settings).unwrap();
//! assert_eq!(gone.unwrap().to_string(), "khoản 2 Điều 1 Quy định số 329-QĐ/TW");
//!
//! // A locality that merged later than the default.
//! let later = OrgSettings::default().with_ban_dan_van_merger(quang_ninh.clone(), d(2025, 4, 1));
//! assert!(OrgKind::BanDanVan.absence_on(&quang_ninh, None, d(2025, 3, 15), &later).is_none());
//! ```

use std::sync::{Arc, LazyLock};

use chrono::NaiveDate;

use super::{AdminLevel, AdminUnit, OrgKind, UnitKind};
use crate::legal::{
    LUAT_97_2025, LUAT_CONG_DOAN_50_2024, LegalReference, NGHI_DINH_118_2025, NGHI_QUYET_97_2019,
    QUY_DINH_298_TW, QUY_DINH_329_TW, TWO_LEVEL_GOVERNMENT_FROM,
};
use crate::text::fold;

/// The default first day of the Ban Tuyên giáo và Dân vận (and the first day without a Ban Dân
/// vận) of a Tỉnh ủy or Quận ủy: 01/03/2025. The central merger was announced on 03/02/2025 and
/// the provinces followed from about 01/03/2025 (Bắc Giang: Quyết định 983-QĐ/TU, from
/// 01/03/2025); each locality's own date, Hà Nội's included, is not confirmed, so set it with
/// [`OrgSettings::with_ban_dan_van_merger`].
pub const DEFAULT_BAN_DAN_VAN_MERGED_FROM: NaiveDate = match NaiveDate::from_ymd_opt(2025, 3, 1) {
    Some(d) => d,
    None => panic!("invalid date"),
};

/// The official code of Hà Nội (Quyết định 19/2025/QĐ-TTg): the province of the default
/// [`CouncilGap`].
pub const HA_NOI_CODE: &str = "01";

/// **Ngày áp dụng tại địa phương** — a date that applies to one locality (a province or a
/// former district), matched by kind and name without case or diacritics.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::reference::ha_noi;
/// use qcdc::org::{LocalDate, OrgSettings};
///
/// let merged = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap();
/// let settings = OrgSettings::default().with_ban_dan_van_merger(ha_noi(), merged);
/// assert_eq!(settings.ban_dan_van_mergers, [LocalDate { unit: ha_noi(), from: merged }]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalDate {
    /// **Địa phương** — the unit whose bodies the date concerns.
    pub unit: AdminUnit,
    /// **Từ ngày** — the first day the change applies.
    pub from: NaiveDate,
}

/// **Nơi không tổ chức HĐND** — communes of a province and kind that had no Hội đồng nhân dân
/// for a time (Luật 10/2022/QH15 Điều 86 k4 speaks of them).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::OrgSettings;
///
/// let gap = &OrgSettings::default().councils_not_organised[0];
/// assert_eq!(gap.province_code, "01"); // Hà Nội
/// assert_eq!((gap.from, gap.until), (NaiveDate::from_ymd_opt(2021, 7, 1).unwrap(), NaiveDate::from_ymd_opt(2025, 6, 30).unwrap()));
/// assert_eq!(gap.act.to_string(), "Nghị quyết số 97/2019/QH14");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CouncilGap {
    /// **Mã tỉnh** — the official two-digit code of the province ("01" = Hà Nội).
    pub province_code: String,
    /// **Loại đơn vị** — the kind of unit without a council (phường).
    pub unit_kind: UnitKind,
    /// **Từ ngày** — the first day without a council.
    pub from: NaiveDate,
    /// **Đến ngày** — the last day without a council.
    pub until: NaiveDate,
    /// **Căn cứ** — the act behind it.
    pub act: LegalReference,
}

impl CouncilGap {
    /// Whether the gap covers a unit of `kind` in the province `province_code` on `date`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{OrgSettings, UnitKind};
    ///
    /// let gap = &OrgSettings::default().councils_not_organised[0];
    /// assert!(gap.covers("01", UnitKind::Phuong, NaiveDate::from_ymd_opt(2023, 1, 1).unwrap()));
    /// assert!(!gap.covers("01", UnitKind::Xa, NaiveDate::from_ymd_opt(2023, 1, 1).unwrap()));
    /// assert!(!gap.covers("01", UnitKind::Phuong, NaiveDate::from_ymd_opt(2025, 7, 1).unwrap()));
    /// ```
    pub fn covers(&self, province_code: &str, kind: UnitKind, date: NaiveDate) -> bool {
        self.province_code == province_code
            && self.unit_kind == kind
            && (self.from..=self.until).contains(&date)
    }
}

/// **Thiết lập về tổ chức bộ máy** — the facts about bodies that varied by locality or that no
/// legal text found so far confirms, as data with documented defaults. Put your own on the
/// [`ValidationContext`](crate::validate::ValidationContext)
/// ([`with_org_settings`](crate::validate::ValidationContext::with_org_settings)).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::{OrgSettings, DEFAULT_BAN_DAN_VAN_MERGED_FROM};
/// use qcdc::org::reference::ha_noi;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let settings = OrgSettings::default().with_ban_dan_van_merger(ha_noi(), d(2025, 3, 3));
/// assert_eq!(settings.ban_dan_van_merged_from(&ha_noi()), d(2025, 3, 3));
/// let elsewhere = qcdc::org::AdminUnit::new(qcdc::org::UnitKind::Tinh, "Quảng Ninh");
/// assert_eq!(settings.ban_dan_van_merged_from(&elsewhere), DEFAULT_BAN_DAN_VAN_MERGED_FROM);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgSettings {
    /// **Ngày hợp nhất Ban Dân vận** — the default first day of the Ban Tuyên giáo và Dân vận
    /// and the first day without a Ban Dân vận. Default [`DEFAULT_BAN_DAN_VAN_MERGED_FROM`].
    pub ban_dan_van_merged_from_default: NaiveDate,
    /// **Ngày hợp nhất theo địa phương** — the localities that merged on another day.
    pub ban_dan_van_mergers: Vec<LocalDate>,
    /// **Nơi không tổ chức HĐND** — default: Hà Nội's phường from 01/07/2021 to 30/06/2025,
    /// citing Nghị quyết 97/2019/QH14 (the pilot of urban government in Hà Nội; the act is
    /// believed, not confirmed; the pilots of TP. Hồ Chí Minh and Đà Nẵng from 01/07/2021, under
    /// Quốc hội resolutions of 2020, are unconfirmed too and can be added).
    pub councils_not_organised: Vec<CouncilGap>,
    /// **Khối Dân vận đến ngày** — the last day Khối Dân vận exist, if they ended. Default
    /// `None`: no source found (as of 11/2026) says whether they remain after 01/07/2025, so
    /// they are accepted.
    pub khoi_dan_van_until: Option<NaiveDate>,
}

impl Default for OrgSettings {
    fn default() -> Self {
        OrgSettings {
            ban_dan_van_merged_from_default: DEFAULT_BAN_DAN_VAN_MERGED_FROM,
            ban_dan_van_mergers: Vec::new(),
            councils_not_organised: vec![CouncilGap {
                province_code: HA_NOI_CODE.to_owned(),
                unit_kind: UnitKind::Phuong,
                from: date(2021, 7, 1),
                until: date(2025, 6, 30),
                act: NGHI_QUYET_97_2019.whole(),
            }],
            khoi_dan_van_until: None,
        }
    }
}

// Shared so that a validation context costs no allocation for the default settings.
static DEFAULT_SETTINGS: LazyLock<Arc<OrgSettings>> =
    LazyLock::new(|| Arc::new(OrgSettings::default()));

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("invalid date"),
    }
}

impl OrgSettings {
    /// The default settings, shared (what checks without a context use).
    ///
    /// # Example
    /// ```
    /// use qcdc::org::OrgSettings;
    ///
    /// assert_eq!(OrgSettings::standard(), &OrgSettings::default());
    /// assert_eq!(OrgSettings::standard().khoi_dan_van_until, None);
    /// ```
    pub fn standard() -> &'static OrgSettings {
        &DEFAULT_SETTINGS
    }

    /// The default settings, shared.
    pub(crate) fn shared_standard() -> Arc<OrgSettings> {
        Arc::clone(&DEFAULT_SETTINGS)
    }

    /// The same settings with `unit`'s Ban Dân vận merged from `from` (replacing an earlier
    /// date for the same unit).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::OrgSettings;
    /// use qcdc::org::reference::ha_noi;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let settings = OrgSettings::default()
    ///     .with_ban_dan_van_merger(ha_noi(), d(2025, 3, 1))
    ///     .with_ban_dan_van_merger(ha_noi(), d(2025, 3, 3)); // replaces the first
    /// assert_eq!(settings.ban_dan_van_mergers.len(), 1);
    /// assert_eq!(settings.ban_dan_van_merged_from(&ha_noi()), d(2025, 3, 3));
    /// ```
    pub fn with_ban_dan_van_merger(mut self, unit: AdminUnit, from: NaiveDate) -> Self {
        self.ban_dan_van_mergers
            .retain(|l| !same_unit(&l.unit, &unit));
        self.ban_dan_van_mergers.push(LocalDate { unit, from });
        self
    }

    /// The first day without a Ban Dân vận (and with a Ban Tuyên giáo và Dân vận) in `unit`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{AdminUnit, DEFAULT_BAN_DAN_VAN_MERGED_FROM, OrgSettings, UnitKind};
    ///
    /// let quang_ninh = AdminUnit::new(UnitKind::Tinh, "Quảng Ninh");
    /// assert_eq!(OrgSettings::default().ban_dan_van_merged_from(&quang_ninh), DEFAULT_BAN_DAN_VAN_MERGED_FROM);
    /// assert_eq!(DEFAULT_BAN_DAN_VAN_MERGED_FROM, NaiveDate::from_ymd_opt(2025, 3, 1).unwrap());
    /// ```
    pub fn ban_dan_van_merged_from(&self, unit: &AdminUnit) -> NaiveDate {
        self.ban_dan_van_mergers
            .iter()
            .find(|l| same_unit(&l.unit, unit))
            .map_or(self.ban_dan_van_merged_from_default, |l| l.from)
    }

    /// The gap that left a unit of `kind` in `province_code` without a council on `date`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{OrgSettings, UnitKind};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let s = OrgSettings::default();
    /// assert!(s.council_gap("01", UnitKind::Phuong, d(2023, 5, 1)).is_some());
    /// assert!(s.council_gap("01", UnitKind::Phuong, d(2025, 7, 1)).is_none());
    /// assert!(s.council_gap("01", UnitKind::Xa, d(2023, 5, 1)).is_none());
    /// assert!(s.council_gap("48", UnitKind::Phuong, d(2023, 5, 1)).is_none());
    /// ```
    pub fn council_gap(
        &self,
        province_code: &str,
        kind: UnitKind,
        date: NaiveDate,
    ) -> Option<&CouncilGap> {
        self.councils_not_organised
            .iter()
            .find(|g| g.covers(province_code, kind, date))
    }
}

/// Whether two units are the same (kind and name, ignoring case and diacritics).
pub(crate) fn same_unit(a: &AdminUnit, b: &AdminUnit) -> bool {
    a.kind == b.kind && fold(&a.name) == fold(&b.name)
}

impl OrgKind {
    /// Why no body of this kind exists in `unit` on `date`: `None` when it exists, `Some(r)`
    /// when it does not, `r` being the act that ended or created it when there is one.
    ///
    /// Only the kind's own dates are looked at here; the unit's own existence and the levels a
    /// kind is organised at are checked by [`Organisation::check`](crate::org::Organisation::check).
    /// `province_code` is the official code of the unit's province, when known (it decides the
    /// [`CouncilGap`]s).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::{AdminUnit, OrgKind, OrgSettings, UnitKind};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let s = OrgSettings::default();
    /// let phu_quoc = AdminUnit::new(UnitKind::DacKhu, "Phú Quốc");
    /// let ward = AdminUnit::new(UnitKind::Phuong, "Long Biên");
    /// let on = d(2026, 11, 28);
    /// assert!(OrgKind::BanTuyenGiaoDanVan.absence_on(&phu_quoc, None, on, &s).is_none());
    /// assert!(OrgKind::BanTuyenGiaoDanVan.absence_on(&ward, None, on, &s).is_some());
    /// assert!(OrgKind::BanXayDungDang.absence_on(&ward, None, on, &s).is_none());
    /// // Hà Nội's phường had no HĐND from 01/07/2021 to 30/06/2025.
    /// assert!(OrgKind::Hdnd.absence_on(&ward, Some("01"), d(2023, 1, 1), &s).is_some());
    /// assert!(OrgKind::Hdnd.absence_on(&ward, Some("01"), on, &s).is_none());
    /// ```
    pub fn absence_on(
        self,
        unit: &AdminUnit,
        province_code: Option<&str>,
        date: NaiveDate,
        settings: &OrgSettings,
    ) -> Option<Option<LegalReference>> {
        use OrgKind::*;
        let level = unit.level();
        let reformed = date >= TWO_LEVEL_GOVERNMENT_FROM;
        // The act that set up the commune's Party bodies, cited from the day it applies.
        let qd298 = || reformed.then(|| QUY_DINH_298_TW.article(4));
        match (self, level) {
            (BanDanVan, _) if date >= settings.ban_dan_van_merged_from(unit) => {
                Some(province_bodies_act(date))
            }
            (BanTuyenGiaoDanVan, AdminLevel::Province | AdminLevel::District)
                if date < settings.ban_dan_van_merged_from(unit) =>
            {
                Some(None)
            }
            // At commune level only a đặc khu's Đảng ủy has these two, from 01/07/2025.
            (BanTuyenGiaoDanVan | BanToChuc, AdminLevel::Commune)
                if unit.kind != UnitKind::DacKhu || !reformed =>
            {
                Some(qd298())
            }
            (PartyOffice | BanXayDungDang | CoQuanUyBanKiemTra, AdminLevel::Commune)
                if !reformed =>
            {
                Some(Some(QUY_DINH_298_TW.article(4)))
            }
            (PublicServiceCentre, AdminLevel::Commune) if !reformed => {
                Some(Some(NGHI_DINH_118_2025.whole()))
            }
            (KhoiDanVan, _) if settings.khoi_dan_van_until.is_some_and(|last| date > last) => {
                Some(None)
            }
            (Hdnd, AdminLevel::Commune) if !reformed => province_code
                .and_then(|code| settings.council_gap(code, unit.kind, date))
                .map(|gap| Some(gap.act.clone())),
            _ => None,
        }
    }

    /// The rule behind "this kind is not organised at `level`", when there is one: no Liên đoàn
    /// Lao động below the province (Luật Công đoàn 50/2024/QH15 Điều 8 k1, as amended by Luật
    /// 97/2025/QH15).
    ///
    /// # Example
    /// ```
    /// use qcdc::org::{AdminLevel, OrgKind};
    ///
    /// assert_eq!(
    ///     OrgKind::Ldld.level_rule(AdminLevel::Commune).unwrap().to_string(),
    ///     "khoản 1 Điều 8 Luật số 50/2024/QH15"
    /// );
    /// assert_eq!(OrgKind::Mttq.level_rule(AdminLevel::Commune), None);
    /// ```
    pub fn level_rule(self, level: AdminLevel) -> Option<LegalReference> {
        (self == OrgKind::Ldld && level == AdminLevel::Commune).then(trade_union_levels)
    }

    /// Whether bodies of this kind sit under the Ủy ban MTTQ on `date`: the socio-political
    /// organisations (Công đoàn, Hội LHPN, Hội CCB, Đoàn TN, Hội ND) from 01/07/2025 (Luật
    /// 97/2025/QH15; Nghị quyết 60-NQ/TW).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::OrgKind;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert!(OrgKind::HoiLhpn.sits_under_front_on(d(2026, 1, 1)));
    /// assert!(!OrgKind::HoiLhpn.sits_under_front_on(d(2021, 4, 7)));
    /// assert!(!OrgKind::Ubnd.sits_under_front_on(d(2026, 1, 1)));
    /// ```
    pub fn sits_under_front_on(self, date: NaiveDate) -> bool {
        self.is_socio_political() && date >= TWO_LEVEL_GOVERNMENT_FROM
    }

    /// The act that put the socio-political organisations under the Ủy ban MTTQ.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::OrgKind;
    ///
    /// assert_eq!(OrgKind::front_membership_act().to_string(), "Luật số 97/2025/QH15");
    /// ```
    pub fn front_membership_act() -> LegalReference {
        LUAT_97_2025.whole()
    }

    /// Whether the kind is a socio-political organisation (tổ chức chính trị - xã hội) other than
    /// the Front itself.
    ///
    /// # Example
    /// ```
    /// use qcdc::org::OrgKind;
    ///
    /// assert!(OrgKind::HoiCcb.is_socio_political());
    /// assert!(!OrgKind::Mttq.is_socio_political()); // the Front itself
    /// ```
    pub fn is_socio_political(self) -> bool {
        use OrgKind::*;
        matches!(
            self,
            Ldld | CongDoanCoSo | HoiLhpn | HoiCcb | DoanTn | HoiNd
        )
    }
}

/// The act behind the absence of a province's Ban Dân vận on `date`: Quy định 329-QĐ/TW (Điều 1
/// k2 lists the province's bodies, without it) from its issue; before, the local merger decision
/// the crate does not know.
fn province_bodies_act(date: NaiveDate) -> Option<LegalReference> {
    QUY_DINH_329_TW
        .issued
        .is_some_and(|issued| date >= issued)
        .then(|| QUY_DINH_329_TW.article(1).clause(2))
}

fn trade_union_levels() -> LegalReference {
    LUAT_CONG_DOAN_50_2024.article(8).clause(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn commune_party_bodies_start_with_the_two_level_state() {
        let s = OrgSettings::default();
        let xa = AdminUnit::new(UnitKind::Xa, "Tân Mỹ");
        for kind in [
            OrgKind::PartyOffice,
            OrgKind::BanXayDungDang,
            OrgKind::CoQuanUyBanKiemTra,
        ] {
            assert!(kind.absence_on(&xa, None, d(2025, 7, 1), &s).is_none());
            assert_eq!(
                kind.absence_on(&xa, None, d(2025, 6, 30), &s),
                Some(Some(QUY_DINH_298_TW.article(4))),
                "{kind:?}"
            );
        }
        assert!(
            OrgKind::BanToChuc
                .absence_on(&xa, None, d(2026, 1, 1), &s)
                .is_some()
        );
        let dac_khu = AdminUnit::new(UnitKind::DacKhu, "Vân Đồn");
        assert!(
            OrgKind::BanToChuc
                .absence_on(&dac_khu, None, d(2026, 1, 1), &s)
                .is_none()
        );
    }

    #[test]
    fn ban_dan_van_gives_way_on_the_local_merger_date() {
        let hn = AdminUnit::new(UnitKind::ThanhPhoTrucThuocTrungUong, "Hà Nội");
        let s = OrgSettings::default().with_ban_dan_van_merger(hn.clone(), d(2025, 3, 10));
        let before = d(2025, 3, 9);
        let after = d(2025, 3, 10);
        assert!(
            OrgKind::BanDanVan
                .absence_on(&hn, None, before, &s)
                .is_none()
        );
        assert_eq!(
            OrgKind::BanDanVan.absence_on(&hn, None, after, &s),
            Some(None)
        );
        assert!(
            OrgKind::BanTuyenGiaoDanVan
                .absence_on(&hn, None, before, &s)
                .is_some()
        );
        assert!(
            OrgKind::BanTuyenGiaoDanVan
                .absence_on(&hn, None, after, &s)
                .is_none()
        );
        // A later override replaces the earlier one.
        let s = s.with_ban_dan_van_merger(hn.clone(), d(2025, 4, 1));
        assert_eq!(s.ban_dan_van_mergers.len(), 1);
        assert!(
            OrgKind::BanDanVan
                .absence_on(&hn, None, after, &s)
                .is_none()
        );
    }

    #[test]
    fn khoi_dan_van_can_be_ended_by_settings() {
        let ward = AdminUnit::new(UnitKind::Phuong, "Long Biên");
        let mut s = OrgSettings::default();
        assert!(
            OrgKind::KhoiDanVan
                .absence_on(&ward, None, d(2026, 10, 9), &s)
                .is_none()
        );
        s.khoi_dan_van_until = Some(d(2025, 6, 30));
        assert!(
            OrgKind::KhoiDanVan
                .absence_on(&ward, None, d(2026, 10, 9), &s)
                .is_some()
        );
    }
}
