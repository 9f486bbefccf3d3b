//! **Dữ liệu tham chiếu** — reference data: the units of the seed article (quận Long Biên, Hà Nội
//! and its 14 phường until 30/06/2025).
//!
//! Quận Long Biên was founded by Nghị định 132/2003/NĐ-CP and ceased to exist on 01/07/2025 with
//! the district level (Nghị quyết 203/2025/QH15); its area now lies in new phường formed under
//! Nghị quyết 1656/NQ-UBTVQH15: the [registry](super::registry) carries them with their codes
//! and the old → new mapping.
//!
//! The 14 phường are those of the seed (2021). The statistics office's list of 04/01/2025 has 13:
//! phường Sài Đồng had been split between Phúc Lợi and Phúc Đồng in the 2023–2025 rearrangement
//! of commune-level units, so the registry's former list (as on 30/06/2025) has no Sài Đồng.

use chrono::NaiveDate;

use super::{AdminUnit, UnitKind};

/// The last day of quận Long Biên and its 14 phường as they were (30/06/2025).
pub const LONG_BIEN_LAST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(2025, 6, 30) {
    Some(d) => d,
    None => panic!("invalid date"),
};

/// The 14 phường of quận Long Biên until 30/06/2025, in alphabetical order.
pub const LONG_BIEN_WARDS: [&str; 14] = [
    "Bồ Đề",
    "Cự Khối",
    "Đức Giang",
    "Gia Thụy",
    "Giang Biên",
    "Long Biên",
    "Ngọc Lâm",
    "Ngọc Thụy",
    "Phúc Đồng",
    "Phúc Lợi",
    "Sài Đồng",
    "Thạch Bàn",
    "Thượng Thanh",
    "Việt Hưng",
];

/// **Thành phố Hà Nội**.
///
/// # Example
/// ```
/// use qcdc::org::AdminLevel;
/// use qcdc::org::reference::ha_noi;
///
/// assert_eq!(ha_noi().to_string(), "Thành phố Hà Nội");
/// assert_eq!(ha_noi().level(), AdminLevel::Province);
/// ```
pub fn ha_noi() -> AdminUnit {
    AdminUnit::new(UnitKind::ThanhPhoTrucThuocTrungUong, "Hà Nội")
}

/// **Quận Long Biên** (Hà Nội), until 30/06/2025.
///
/// # Example
/// ```
/// assert_eq!(qcdc::org::reference::quan_long_bien().to_string(), "Quận Long Biên");
/// ```
pub fn quan_long_bien() -> AdminUnit {
    AdminUnit::new(UnitKind::Quan, "Long Biên").until(LONG_BIEN_LAST_DAY)
}

/// The 14 phường of quận Long Biên as units, each ending on 30/06/2025.
///
/// # Example
/// ```
/// let wards = qcdc::org::reference::long_bien_wards();
/// assert_eq!(wards.len(), 14);
/// assert_eq!(wards[13].to_string(), "Phường Việt Hưng");
/// ```
pub fn long_bien_wards() -> Vec<AdminUnit> {
    LONG_BIEN_WARDS
        .iter()
        .map(|name| phuong(name).until(LONG_BIEN_LAST_DAY))
        .collect()
}

/// A phường named `name`, with unknown dates (a shorthand for examples and tests).
///
/// # Example
/// ```
/// use qcdc::org::reference::phuong;
///
/// let ward = phuong("Bồ Đề");
/// assert_eq!(ward.to_string(), "Phường Bồ Đề");
/// assert_eq!((ward.code, ward.valid_from, ward.valid_until), (None, None, None));
/// ```
pub fn phuong(name: &str) -> AdminUnit {
    AdminUnit::new(UnitKind::Phuong, name)
}
