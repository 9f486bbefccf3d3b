//! **Tổ chức của hệ thống chính trị** — organisations of the political system at district and
//! ward level: administrative levels and units with the dates they existed, kinds of bodies,
//! titles, positions and people.
//!
//! Names of bodies are derived from their kind and unit, never typed: "Quận ủy Long Biên",
//! "Ủy ban MTTQ phường Việt Hưng", "Đảng ủy phường Bồ Đề". Whether a body existed on a date
//! follows the 2025 reform: from 01/07/2025 local government has two levels and no district
//! body exists (Nghị quyết 203/2025/QH15).
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use qcdc::org::{parse_positions, Person};
//! use qcdc::org::reference::quan_long_bien;
//! use qcdc::validate::{Validate, ValidationContext};
//!
//! let chair = Person::new("Ngô Mạnh Điềm")
//!     .with_positions(parse_positions("Phó bí thư Thường trực Quận ủy", &quan_long_bien())?);
//! let on = |y, m, d| ValidationContext::new(NaiveDate::from_ymd_opt(y, m, d).unwrap());
//! assert!(chair.validate(&on(2021, 4, 7)).is_valid());
//! assert!(!chair.validate(&on(2025, 7, 1)).is_valid()); // no Quận ủy any more
//! # Ok::<(), qcdc::Error>(())
//! ```

mod bodies;
mod kind;
mod parse;
pub mod reference;
pub mod registry;
mod title;
mod unit;
mod unit_code;

pub use bodies::{
    CouncilGap, DEFAULT_BAN_DAN_VAN_MERGED_FROM, HA_NOI_CODE, LocalDate, OrgSettings,
};
pub(crate) use kind::alternatives;
pub use kind::{MAX_ORG_NAME, OrgKind, Organisation};
pub use parse::parse_positions;
pub use title::{MAX_PERSON_NAME, Person, Position, Title};
pub use unit::{AdminLevel, AdminUnit, MAX_UNIT_NAME, UnitKind};
pub use unit_code::{UNIT_CODE_PATTERN, UnitCode};
