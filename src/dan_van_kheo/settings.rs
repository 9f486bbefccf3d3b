//! The settings of the registration checks that rest on facts no legal text confirms yet, with
//! documented defaults.

use crate::org::OrgKind;

/// The default of [`RegistrationRules::commune_receivers`]: the Ban Thường trực Ủy ban MTTQ
/// (Công văn 249/MTTQ-BTT of phường Thanh Khê, Đà Nẵng, 2026).
pub const DEFAULT_COMMUNE_RECEIVERS: [OrgKind; 1] = [OrgKind::MttqStandingBoard];

/// **Quy ước kiểm tra đăng ký mô hình** — the settings of the "Dân vận khéo" checks that rest
/// on one locality's practice or on facts not yet confirmed: who receives and who recognises a
/// commune's registration from 01/07/2025 is known from one ward only (Công văn 249/MTTQ-BTT,
/// phường Thanh Khê, Đà Nẵng, 2026), and the provincial and central levels of recognition after
/// the 2025 merger of the Ban Dân vận are unconfirmed.
///
/// # Example
/// ```
/// use qcdc::dan_van_kheo::RegistrationRules;
/// use qcdc::org::OrgKind;
///
/// let rules = RegistrationRules::default();
/// assert_eq!(rules.commune_receivers, [OrgKind::MttqStandingBoard]);
/// assert!(rules.central_recognition);
/// let with_front = RegistrationRules {
///     commune_receivers: vec![OrgKind::MttqStandingBoard, OrgKind::Mttq],
///     ..RegistrationRules::default()
/// };
/// assert_eq!(with_front.commune_receivers.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationRules {
    /// **Cơ quan nhận đăng ký cấp xã** — the kinds of body that receive a commune-level
    /// registration from 01/07/2025. Default [`DEFAULT_COMMUNE_RECEIVERS`]: the ward's Ban
    /// Thường trực Ủy ban MTTQ, as Công văn 249/MTTQ-BTT says for one ward (elsewhere [to
    /// verify]).
    pub commune_receivers: Vec<OrgKind>,
    /// **Cơ quan công nhận cấp xã** — the kinds of body that recognise a model at "cấp xã"
    /// from 01/07/2025. Default [`DEFAULT_COMMUNE_RECOGNISERS`]: the Đảng ủy, on the advice of
    /// the Ban Thường trực Ủy ban MTTQ (Công văn 249/MTTQ-BTT; one ward, elsewhere [to verify]).
    pub commune_recognisers: Vec<OrgKind>,
    /// **Công nhận cấp Trung ương** — whether the central level recognises models after the
    /// 2025 merger of the central Ban Dân vận (no source found as of 11/2026). Default `true`.
    pub central_recognition: bool,
}

/// The default of [`RegistrationRules::commune_recognisers`]: the commune's Đảng ủy.
pub const DEFAULT_COMMUNE_RECOGNISERS: [OrgKind; 1] = [OrgKind::PartyCommittee];

impl Default for RegistrationRules {
    fn default() -> Self {
        RegistrationRules {
            commune_receivers: DEFAULT_COMMUNE_RECEIVERS.to_vec(),
            commune_recognisers: DEFAULT_COMMUNE_RECOGNISERS.to_vec(),
            central_recognition: true,
        }
    }
}
