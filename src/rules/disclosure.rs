//! **Công khai thông tin ở xã, phường** — disclosure to the people (Luật 10/2022 Điều 11–13):
//! the 14 contents, the forms, and the timing rules.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::attachment::{Attachment, MAX_REFERENCE};
use super::{RuleId, check_distinct, warn_not_modelled};
use crate::calendar::WorkingCalendar;
use crate::legal::{LAW_10_2022_FROM, LegalReference};
use crate::org::{AdminLevel, AdminUnit};
use crate::validate::{
    At, Code, Member, Pointer, Validate, ValidationContext, ValidationReport, Violation,
};
use crate::vocabulary::{Vocabulary, vocabulary};

vocabulary! {
    /// **Nội dung công khai** — the 14 kinds of content a commune discloses (Luật 10/2022
    /// Điều 11, khoản 1 to 14). [`DisclosureItem::number`] gives the clause number, used by the
    /// timing rules of Điều 13.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::DisclosureItem;
    ///
    /// let item: DisclosureItem = "phi, le phi".parse()?;
    /// assert_eq!(item, DisclosureItem::FeesAndCharges);
    /// assert_eq!(item.number(), 12);
    /// assert!("bí mật nhà nước".parse::<DisclosureItem>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum DisclosureItem ("disclosure content", "Nội dung công khai") {
        /// 1. **Kế hoạch phát triển kinh tế - xã hội** — the socio-economic plan and results.
        SocioEconomicPlan = "socio_economic_plan", "Kế hoạch phát triển kinh tế - xã hội";
        /// 2. **Dự toán, tình hình thực hiện, quyết toán ngân sách** — budget estimates,
        /// execution (quarter, 6 months, year), final accounts, audit findings.
        Budget = "budget", "Dự toán, thực hiện, quyết toán ngân sách", ["ngân sách"];
        /// 3. **Dự án đầu tư, thu hồi đất, tái định cư, quy hoạch** — investment projects, land
        /// recovery and resettlement, land-use and construction planning.
        InvestmentLandPlanning = "investment_land_planning", "Dự án đầu tư, thu hồi đất, bồi thường, tái định cư, quy hoạch";
        /// 4. **Quy chế thực hiện dân chủ, nhiệm vụ cán bộ, quy tắc ứng xử** — the commune's
        /// democracy regulation, officials' duties, code of conduct (posted permanently).
        DemocracyRegulation = "democracy_regulation", "Quy chế thực hiện dân chủ, nhiệm vụ của cán bộ, công chức, quy tắc ứng xử";
        /// 5. **Quỹ, chương trình, tài trợ, khoản huy động Nhân dân đóng góp** — funds,
        /// programme investments and sponsorships, contributions raised from the people.
        FundsAndContributions = "funds_and_contributions", "Quỹ, chương trình, tài trợ và các khoản huy động Nhân dân đóng góp";
        /// 6. **Tài sản công** — public assets.
        PublicAssets = "public_assets", "Quản lý, sử dụng tài sản công", ["tài sản công"];
        /// 7. **Chính sách hỗ trợ, trợ cấp, tín dụng, an sinh xã hội** — with their
        /// beneficiaries.
        SocialSupport = "social_support", "Chính sách hỗ trợ, trợ cấp, tín dụng, an sinh xã hội và đối tượng thụ hưởng";
        /// 8. **Hỗ trợ thiên tai, dịch bệnh, bệnh hiểm nghèo** — disaster, epidemic and serious
        /// illness support and donations.
        DisasterSupport = "disaster_support", "Hỗ trợ thiên tai, dịch bệnh, bệnh hiểm nghèo và các khoản quyên góp";
        /// 9. **Danh sách gọi nghĩa vụ quân sự, công an** — call-up lists.
        ServiceCallUp = "service_call_up", "Danh sách gọi thực hiện nghĩa vụ quân sự, nghĩa vụ tham gia công an";
        /// 10. **Kết quả thanh tra, kiểm tra, xử lý tham nhũng, kỷ luật, lấy phiếu tín nhiệm**.
        InspectionResults = "inspection_results", "Kết quả thanh tra, kiểm tra, xử lý tham nhũng, kỷ luật, lấy phiếu tín nhiệm";
        /// 11. **Nội dung lấy ý kiến Nhân dân và kết quả** — consultations under Điều 25.
        ConsultationResults = "consultation_results", "Nội dung lấy ý kiến Nhân dân theo Điều 25 và kết quả";
        /// 12. **Phí, lệ phí** — fees and charges.
        FeesAndCharges = "fees_and_charges", "Các khoản phí, lệ phí", ["phí, lệ phí"];
        /// 13. **Thủ tục hành chính** — administrative procedures (posted permanently).
        AdministrativeProcedures = "administrative_procedures", "Thủ tục hành chính", ["TTHC"];
        /// 14. **Nội dung khác** — other contents required by law or chosen by the commune.
        Other = "other", "Nội dung khác";
    }
}

impl DisclosureItem {
    /// The clause of Điều 11 that lists the content (1 to 14).
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::DisclosureItem;
    ///
    /// assert_eq!(DisclosureItem::Budget.number(), 2);
    /// assert_eq!(DisclosureItem::AdministrativeProcedures.number(), 13);
    /// ```
    pub fn number(self) -> u8 {
        let i = Self::ALL.iter().position(|v| *v == self).unwrap_or(13);
        u8::try_from(i + 1).unwrap_or(14)
    }

    /// Whether the content must be posted (niêm yết) under Điều 13 k2: contents 1 to 13.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::DisclosureItem;
    ///
    /// assert!(DisclosureItem::Budget.must_be_posted());
    /// assert!(!DisclosureItem::Other.must_be_posted());
    /// ```
    pub fn must_be_posted(self) -> bool {
        self.number() <= 13
    }

    /// Whether the content stays posted permanently (Điều 13 k2): contents 4 and 13.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::DisclosureItem;
    ///
    /// assert!(DisclosureItem::DemocracyRegulation.posted_permanently());
    /// assert!(!DisclosureItem::Budget.posted_permanently());
    /// ```
    pub fn posted_permanently(self) -> bool {
        matches!(self.number(), 4 | 13)
    }

    /// Whether the content goes on the commune loudspeakers (Điều 13 k3): contents 7 to 12.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::DisclosureItem;
    ///
    /// assert!(DisclosureItem::FeesAndCharges.broadcast());
    /// assert!(!DisclosureItem::Budget.broadcast());
    /// ```
    pub fn broadcast(self) -> bool {
        (7..=12).contains(&self.number())
    }
}

vocabulary! {
    /// **Hình thức công khai** — the forms of disclosure (Luật 10/2022 Điều 12 k1, points a to
    /// k): nine named forms and "other" (point k). [`DisclosureForm::point`] gives the point
    /// letter.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::DisclosureForm;
    ///
    /// assert_eq!("niem yet".parse::<DisclosureForm>()?, DisclosureForm::Posting);
    /// assert_eq!(DisclosureForm::Loudspeaker.point(), "c");
    /// assert_eq!(DisclosureForm::Other.point(), "k");
    /// assert!("phát tờ rơi trên trời".parse::<DisclosureForm>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum DisclosureForm ("disclosure form", "Hình thức công khai") {
        /// a) **Niêm yết** at the HĐND/UBND office and the community points of each thôn/TDP.
        Posting = "posting", "Niêm yết", ["niêm yết công khai"];
        /// b) **Trang thông tin điện tử** — the commune web portal.
        WebPortal = "web_portal", "Đăng tải trên trang thông tin điện tử cấp xã", ["trang thông tin điện tử", "cổng thông tin điện tử"];
        /// c) **Hệ thống loa truyền thanh** — the commune loudspeakers.
        Loudspeaker = "loudspeaker", "Hệ thống loa truyền thanh cấp xã", ["loa truyền thanh", "loa"];
        /// d) **Thông qua Trưởng thôn, Tổ trưởng tổ dân phố** — via the residential heads.
        ResidentialHead = "residential_head", "Thông qua Trưởng thôn, Tổ trưởng tổ dân phố";
        /// đ) **Phát hành văn bản** — written notice sent to the people.
        WrittenNotice = "written_notice", "Phát hành, gửi văn bản";
        /// e) **Hội nghị đối thoại** — dialogue conferences.
        DialogueConference = "dialogue_conference", "Hội nghị đối thoại";
        /// g) **Tiếp công dân, tiếp xúc cử tri, báo chí** — citizen reception, voter meetings,
        /// the press.
        CitizenReception = "citizen_reception", "Tiếp công dân, tiếp xúc cử tri, phương tiện thông tin đại chúng";
        /// h) **Thông báo đến tổ chức chính trị, tổ chức chính trị - xã hội và tổ chức khác** — notice
        /// to the political and socio-political organisations and the other organisations of the
        /// same level.
        NoticeToOrganisations = "notice_to_organisations", "Thông báo đến tổ chức chính trị, tổ chức chính trị - xã hội và tổ chức khác", ["thông báo bằng văn bản đến tổ chức có liên quan"];
        /// i) **Mạng viễn thông, mạng xã hội** — lawful telecom and social networks.
        SocialNetwork = "social_network", "Mạng viễn thông, mạng xã hội", ["mạng xã hội", "Zalo"];
        /// k) **Hình thức khác** — any other form the law allows.
        Other = "other", "Hình thức khác";
    }
}

impl DisclosureForm {
    /// The point of Luật 10/2022 Điều 12 k1 naming the form (a to k; Vietnamese point letters
    /// skip "f" and "j" and put "đ" after "d").
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::DisclosureForm;
    ///
    /// assert_eq!(DisclosureForm::Posting.point(), "a");
    /// assert_eq!(DisclosureForm::Other.point(), "k");
    /// ```
    pub fn point(self) -> &'static str {
        const POINTS: [&str; 10] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"];
        let i = Self::ALL.iter().position(|v| *v == self).unwrap_or(9);
        POINTS[i.min(9)]
    }

    /// The reference to the point of Điều 12 k1 that names the form.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::DisclosureForm;
    ///
    /// assert_eq!(DisclosureForm::Loudspeaker.citation().to_string(), "điểm c khoản 1 Điều 12 Luật số 10/2022/QH15");
    /// ```
    pub fn citation(self) -> LegalReference {
        crate::legal::LUAT_10_2022
            .article(12)
            .clause(1)
            .point(self.point())
    }
}

/// The `n`-th working day after `from` in Vietnam ([`WorkingCalendar::default`]: weekends,
/// the public holidays of Bộ luật Lao động 2019 Điều 112, compensatory days and the official
/// yearly schedules skipped; `from` itself not counted, Bộ luật Dân sự 2015 Điều 147). Used by
/// every "working days" rule (Luật 10/2022 Điều 12 k3, Điều 20, Điều 21 k2). `n` is capped at
/// [`MAX_WORKING_DAYS`](crate::calendar::MAX_WORKING_DAYS); the result saturates.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::rules::add_working_days;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(add_working_days(d(2024, 3, 1), 5), d(2024, 3, 8));
/// // Decided on the eve of Tết Giáp Thìn (off 08/02–14/02/2024): due on 21/02, not 14/02.
/// assert_eq!(add_working_days(d(2024, 2, 7), 5), d(2024, 2, 21));
/// ```
pub fn add_working_days(from: NaiveDate, n: u32) -> NaiveDate {
    WorkingCalendar::default().add_working_days(from, n)
}

/// The minimum consecutive days of posting (Điều 13 k2).
pub const MIN_POSTING_DAYS: i64 = 30;
/// The minimum consecutive days on the loudspeakers (Điều 13 k3).
pub const MIN_BROADCAST_DAYS: u32 = 3;
/// The working days allowed between a decision and its disclosure (Điều 12 k3).
pub const DISCLOSURE_WORKING_DAYS: u32 = 5;
/// **Độ dài tối đa của nội dung** — the longest summary, subject or note accepted, in
/// characters.
pub const MAX_SUMMARY: usize = 2000;

vocabulary! {
    /// **Thời hạn công khai** — how long a disclosure runs, as communes declare it (the
    /// provincial report forms ask it): permanently (thường xuyên, as Điều 13 k2 wants for
    /// contents 4 and 13), at least 30 days (Điều 13 k2 for the other posted contents), at least
    /// 90 days, or otherwise.
    ///
    /// The declared duration is checked against the dates: a disclosure declared "at least 30
    /// days" that was posted for 20 is an error (`duration_shorter_than_declared`).
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::DisclosureDuration;
    ///
    /// assert_eq!("tối thiểu 30 ngày".parse::<DisclosureDuration>()?, DisclosureDuration::AtLeast30Days);
    /// assert_eq!(DisclosureDuration::AtLeast90Days.min_days(), Some(90));
    /// assert_eq!(DisclosureDuration::Permanent.min_days(), None);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum DisclosureDuration ("disclosure duration", "Thời hạn công khai") {
        /// **Thường xuyên** — permanently, kept up to date.
        Permanent = "permanent", "Thường xuyên", ["liên tục"];
        /// **Tối thiểu 30 ngày** — at least 30 consecutive days.
        AtLeast30Days = "at_least_30_days", "Tối thiểu 30 ngày", ["30 ngày"];
        /// **Tối thiểu 90 ngày** — at least 90 consecutive days.
        AtLeast90Days = "at_least_90_days", "Tối thiểu 90 ngày", ["90 ngày"];
        /// **Khác** — another duration.
        Other = "other", "Thời hạn khác", ["khác"];
    }
}

impl DisclosureDuration {
    /// The fewest days the dates must cover, when the duration sets one.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::DisclosureDuration;
    ///
    /// assert_eq!(DisclosureDuration::AtLeast30Days.min_days(), Some(30));
    /// assert_eq!(DisclosureDuration::Other.min_days(), None);
    /// ```
    pub fn min_days(self) -> Option<i64> {
        match self {
            DisclosureDuration::AtLeast30Days => Some(30),
            DisclosureDuration::AtLeast90Days => Some(90),
            _ => None,
        }
    }
}

/// **Phương tiện công khai của xã** — what the disclosing commune has, on which two rules
/// depend: the web portal (Điều 13 k1: everything goes on it "where there is one") and the
/// loudspeakers (Điều 13 k3: contents 7–12 are broadcast "where there are any"). Facts about the
/// commune, not about one disclosure: a commune report states them once in its header.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::rules::{CommuneMeans, Disclosure, DisclosureDuration, DisclosureForm, DisclosureItem};
/// use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let fees = Disclosure {
///     item: DisclosureItem::FeesAndCharges,
///     summary: "Mức thu phí vệ sinh năm 2024".into(),
///     duration: DisclosureDuration::AtLeast30Days,
///     decided_on: None,
///     disclosed_on: d(2024, 3, 1),
///     posted_until: Some(d(2024, 3, 30)),
///     forms: vec![DisclosureForm::Posting],
///     other_form: None,
///     broadcast_days: None,
///     other_law: None,
///     plan: None,
///     document: None,
/// };
/// let ctx = ValidationContext::new(d(2026, 11, 28));
/// let path = Pointer::root().key("disclosure");
/// // A commune without loudspeakers need not broadcast (Điều 13 k3: "where there are any").
/// let mut report = ValidationReport::new();
/// fees.check(CommuneMeans { web_portal: false, loudspeakers: false }, &ctx, &path, &mut report);
/// assert!(report.is_clean());
/// let mut report = ValidationReport::new();
/// fees.check(CommuneMeans { web_portal: false, loudspeakers: true }, &ctx, &path, &mut report);
/// assert_eq!(report.breach_codes(), [Code::FormMissing]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommuneMeans {
    /// **Có trang thông tin điện tử** — the commune has a web portal.
    pub web_portal: bool,
    /// **Có hệ thống loa** — the commune has loudspeakers.
    pub loudspeakers: bool,
}

/// **Công khai thông tin** — one disclosure by a commune, as the commune records it (and as
/// section I of a commune report lists it): the content, the forms used, the dates, the
/// declared duration and the documents. Checked against Luật 10/2022 Điều 12–13 when disclosed
/// on or after 01/07/2023, given the commune's [`CommuneMeans`]; on its own, with the commune
/// that discloses, it is a [`CommuneDisclosure`].
///
/// Checks (see [`check`](Self::check)):
/// - [`RuleId::DisclosureForms`] (Điều 12 k1): at least one form, none twice; an `other` form
///   described in `other_form`;
/// - [`RuleId::DisclosureDeadline`] (Điều 12 k3, breach): disclosed within 05 working days of
///   `decided_on`, unless `other_law` sets the time;
/// - [`RuleId::DisclosureWebPortal`] (Điều 13 k1): on the web portal when the commune has one;
/// - [`RuleId::DisclosurePosting`] (Điều 13 k2): contents 1–13 posted, contents 1–3 and 5–12
///   for at least 30 consecutive days (`posted_until` − `disclosed_on` + 1), unless `other_law`
///   sets the time;
/// - [`RuleId::DisclosurePostingPermanent`] (Điều 13 k2): contents 4 and 13 have no
///   `posted_until`;
/// - [`RuleId::DisclosureLoudspeaker`] (Điều 13 k3): contents 7–12 broadcast at least 03
///   consecutive days when the commune has loudspeakers;
/// - the dates cover the declared [`duration`](Self::duration)
///   (`duration_shorter_than_declared`), the attached plan and document are well formed.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::rules::{CommuneMeans, Disclosure, DisclosureDuration, DisclosureForm, DisclosureItem};
/// use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let budget = Disclosure {
///     item: DisclosureItem::Budget,
///     summary: "Dự toán ngân sách phường năm 2024".into(),
///     duration: DisclosureDuration::AtLeast90Days,
///     decided_on: Some(d(2024, 1, 10)),
///     disclosed_on: d(2024, 1, 12),
///     posted_until: Some(d(2024, 2, 10)), // 30 days: short of the declared 90
///     forms: vec![DisclosureForm::Posting],
///     other_form: None,
///     broadcast_days: None,
///     other_law: None,
///     plan: None,
///     document: None,
/// };
/// let mut report = ValidationReport::new();
/// let means = CommuneMeans { web_portal: false, loudspeakers: false };
/// budget.check(means, &ValidationContext::new(d(2026, 11, 28)), &Pointer::root(), &mut report);
/// assert_eq!(report.error_codes(), [Code::DurationShorterThanDeclared]);
/// assert!(report.breaches().is_empty()); // 30 days: what Điều 13 k2 asks
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Nội dung công khai")]
pub struct Disclosure {
    /// **Nội dung công khai** — the content item (Điều 11).
    #[schemars(title = "Nội dung công khai (Điều 11)")]
    pub item: DisclosureItem,
    /// **Tóm tắt** — what was disclosed.
    #[schemars(title = "Tóm tắt nội dung", length(min = 1, max = 2000))]
    pub summary: String,
    /// **Thời hạn công khai** — the declared duration.
    #[schemars(title = "Thời hạn công khai")]
    pub duration: DisclosureDuration,
    /// **Ngày ban hành văn bản** — the date of the decision or document disclosed, when known
    /// (Điều 12 k3: disclosed within 05 working days).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ngày ban hành văn bản được công khai")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub decided_on: Option<NaiveDate>,
    /// **Từ ngày** — the first day of disclosure.
    #[schemars(title = "Công khai từ ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub disclosed_on: NaiveDate,
    /// **Đến ngày** — the last day posted; absent while still posted or when permanent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Công khai đến ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub posted_until: Option<NaiveDate>,
    /// **Hình thức công khai** — the forms used (Điều 12 k1).
    #[serde(default)]
    #[schemars(title = "Hình thức công khai", length(min = 1, max = 10))]
    pub forms: Vec<DisclosureForm>,
    /// **Hình thức khác** — the other form (Điều 12 k1 k), required when `forms` has `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Mô tả hình thức khác", length(min = 1, max = 200))]
    pub other_form: Option<String>,
    /// **Số ngày phát trên loa** — consecutive days broadcast on the loudspeakers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Số ngày phát liên tục trên hệ thống loa", range(max = 366))]
    pub broadcast_days: Option<u32>,
    /// **Luật khác quy định thời hạn** — another law that sets the timing of this disclosure;
    /// when given, Điều 12 k3 and the 30 days of Điều 13 k2 do not apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Văn bản khác quy định thời điểm, thời hạn công khai")]
    pub other_law: Option<LegalReference>,
    /// **Kế hoạch công khai** — the disclosure plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Kế hoạch công khai")]
    pub plan: Option<Attachment>,
    /// **Văn bản được công khai** — the document disclosed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Văn bản được công khai")]
    pub document: Option<Attachment>,
}

/// **Công khai thông tin của xã** — a [`Disclosure`] with the commune that made it and what the
/// commune has to disclose with: the document kind `disclosure`, checked on its own (a commune
/// report holds its disclosures without repeating the commune).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::reference::phuong;
/// use qcdc::rules::{CommuneDisclosure, Disclosure, DisclosureDuration, DisclosureForm, DisclosureItem};
/// use qcdc::validate::{Code, Validate, ValidationContext};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let mut fees = CommuneDisclosure {
///     commune: phuong("Việt Hưng"),
///     has_web_portal: false,
///     has_loudspeakers: true,
///     disclosure: Disclosure {
///         item: DisclosureItem::FeesAndCharges,
///         summary: "Mức thu phí vệ sinh năm 2024".into(),
///         duration: DisclosureDuration::AtLeast30Days,
///         decided_on: None,
///         disclosed_on: d(2024, 3, 1),
///         posted_until: Some(d(2024, 3, 30)),
///         forms: vec![DisclosureForm::Posting, DisclosureForm::Loudspeaker],
///         other_form: None,
///         broadcast_days: Some(3),
///         other_law: None,
///         plan: None,
///         document: None,
///     },
/// };
/// let ctx = ValidationContext::new(d(2026, 11, 28));
/// assert!(fees.validate(&ctx).is_clean());
/// // Broadcast for 2 days only: true data about a breach of Điều 13 k3, not an error.
/// fees.disclosure.broadcast_days = Some(2);
/// let report = fees.validate(&ctx);
/// assert!(report.is_valid());
/// assert_eq!(report.breach_codes(), [Code::BroadcastTooShort]);
/// assert_eq!(report.breaches()[0].path, "/disclosure/broadcast_days");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Công khai thông tin")]
pub struct CommuneDisclosure {
    /// **Xã, phường** — the commune that discloses.
    #[schemars(title = "Xã, phường")]
    pub commune: AdminUnit,
    /// **Có trang thông tin điện tử** — whether the commune has a web portal (Điều 13 k1).
    #[serde(default)]
    #[schemars(title = "Xã có trang thông tin điện tử")]
    pub has_web_portal: bool,
    /// **Có hệ thống loa** — whether the commune has loudspeakers (Điều 13 k3 applies "where
    /// there are any"). Defaults to `true`.
    #[serde(default = "yes")]
    #[schemars(title = "Xã có hệ thống loa truyền thanh")]
    pub has_loudspeakers: bool,
    /// **Nội dung công khai** — the disclosure.
    #[schemars(title = "Nội dung công khai")]
    pub disclosure: Disclosure,
}

/// The default of "has loudspeakers": most communes have them.
pub(crate) fn yes() -> bool {
    true
}

/// Checks the forms of a disclosure of `item` (Điều 12 k1, Điều 13): at least one form and none
/// twice (errors: the record cannot be right otherwise), posting for contents 1–13, the web
/// portal where there is one, the loudspeakers for contents 7–12 where there are any (breaches:
/// the commune left out a form the law requires). Findings go at `path` (the forms list).
///
/// # Example
/// ```
/// use qcdc::rules::{CommuneMeans, DisclosureForm, DisclosureItem, check_disclosure_forms};
/// use qcdc::validate::{Code, Pointer, ValidationReport};
///
/// let mut report = ValidationReport::new();
/// let path = Pointer::root().key("forms");
/// let means = CommuneMeans { web_portal: false, loudspeakers: true };
/// check_disclosure_forms(DisclosureItem::Budget, &[DisclosureForm::WebPortal], means, &path, &mut report);
/// assert_eq!(report.breach_codes(), [Code::FormMissing]);
/// ```
pub fn check_disclosure_forms(
    item: DisclosureItem,
    forms: &[DisclosureForm],
    means: CommuneMeans,
    path: &Pointer,
    report: &mut ValidationReport,
) {
    check_disclosure_forms_at(item, forms, means, path, report);
}

/// [`check_disclosure_forms`] at a place whose pointer is built only for a finding.
pub(crate) fn check_disclosure_forms_at(
    item: DisclosureItem,
    forms: &[DisclosureForm],
    means: CommuneMeans,
    path: &impl At,
    report: &mut ValidationReport,
) {
    if forms.is_empty() {
        report.error(
            RuleId::DisclosureForms
                .violation(&path.pointer(), Code::TooFew)
                .param("min", 1)
                .param("actual", 0),
        );
    }
    check_distinct(forms, path, report);
    let missing = |form: DisclosureForm, rule: RuleId, report: &mut ValidationReport| {
        if !forms.contains(&form) {
            report.breach(
                rule.violation(&path.pointer(), Code::FormMissing)
                    .param("form", form.name_vi()),
            );
        }
    };
    if item.must_be_posted() {
        let rule = if item.posted_permanently() {
            RuleId::DisclosurePostingPermanent
        } else {
            RuleId::DisclosurePosting
        };
        missing(DisclosureForm::Posting, rule, report);
    }
    if means.web_portal {
        missing(
            DisclosureForm::WebPortal,
            RuleId::DisclosureWebPortal,
            report,
        );
    }
    if means.loudspeakers && item.broadcast() {
        missing(
            DisclosureForm::Loudspeaker,
            RuleId::DisclosureLoudspeaker,
            report,
        );
    }
}

impl Disclosure {
    /// Records the problems of this disclosure, made by a commune with `means`, at `path` (see
    /// the type's docs for the rules). The commune itself is checked by whoever names it (a
    /// [`CommuneDisclosure`], a commune report's header).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::rules::{CommuneMeans, Disclosure, DisclosureDuration, DisclosureForm, DisclosureItem};
    /// use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut plan = Disclosure {
    ///     item: DisclosureItem::SocioEconomicPlan,
    ///     summary: "Kế hoạch phát triển kinh tế - xã hội năm 2024".into(),
    ///     duration: DisclosureDuration::AtLeast30Days,
    ///     decided_on: Some(d(2024, 3, 1)),
    ///     disclosed_on: d(2024, 3, 8), // the 5th working day after 01/03/2024
    ///     posted_until: Some(d(2024, 4, 6)),
    ///     forms: vec![DisclosureForm::Posting],
    ///     other_form: None,
    ///     broadcast_days: None,
    ///     other_law: None,
    ///     plan: None,
    ///     document: None,
    /// };
    /// let means = CommuneMeans { web_portal: false, loudspeakers: false };
    /// let ctx = ValidationContext::new(d(2026, 11, 28));
    /// let mut report = ValidationReport::new();
    /// plan.check(means, &ctx, &Pointer::root().key("disclosures").index(0), &mut report);
    /// assert!(report.is_clean());
    /// plan.disclosed_on = d(2024, 3, 11); // one working day late: a breach of Điều 12 k3
    /// plan.posted_until = Some(d(2024, 4, 9));
    /// plan.check(means, &ctx, &Pointer::root().key("disclosures").index(0), &mut report);
    /// assert_eq!(report.breach_codes(), [Code::TooLate]);
    /// assert_eq!(report.breaches()[0].path, "/disclosures/0/disclosed_on");
    /// ```
    pub fn check(
        &self,
        means: CommuneMeans,
        ctx: &ValidationContext,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        self.check_at(means, ctx, path, report);
    }

    /// [`check`](Self::check) at a place whose pointer is built only for a finding (a commune
    /// report checks every disclosure of its list).
    pub(crate) fn check_at(
        &self,
        means: CommuneMeans,
        ctx: &ValidationContext,
        path: &impl At,
        report: &mut ValidationReport,
    ) {
        // Members' pointers are built only when a finding is recorded at them.
        report.check_text_at(&Member::new(path, "summary"), &self.summary, MAX_SUMMARY);
        let start_path = Member::new(path, "disclosed_on");
        report.check_record_date_at(&start_path, self.disclosed_on, ctx);
        if let Some(decided) = self.decided_on {
            report.check_record_date_at(&Member::new(path, "decided_on"), decided, ctx);
            report.check_date_order_at(&start_path, decided, self.disclosed_on);
        }
        let until_path = Member::new(path, "posted_until");
        // Whether `posted_until` already has a finding: then its declared duration is not also
        // reported against it.
        let mut until_flagged = false;
        if let Some(until) = self.posted_until
            && until < self.disclosed_on
        {
            report.check_date_order_at(&until_path, self.disclosed_on, until);
            until_flagged = true;
        }
        self.check_documents(ctx, path, report);
        if self.disclosed_on < LAW_10_2022_FROM {
            // Some form is always needed; only the Law's rules are not applied.
            if self.forms.is_empty() {
                report.error(
                    Violation::new(&path.pointer().key("forms"), Code::TooFew)
                        .param("min", 1)
                        .param("actual", 0),
                );
            }
            warn_not_modelled(&start_path, self.disclosed_on, LAW_10_2022_FROM, report);
            self.check_duration(&until_path, until_flagged, report);
            return;
        }
        check_disclosure_forms_at(
            self.item,
            &self.forms,
            means,
            &Member::new(path, "forms"),
            report,
        );
        let timed_by_this_law = self.other_law.is_none();
        if let (Some(decided), true) = (self.decided_on, timed_by_this_law) {
            let deadline = add_working_days(decided, DISCLOSURE_WORKING_DAYS);
            if self.disclosed_on > deadline {
                report.breach(
                    RuleId::DisclosureDeadline
                        .violation(&start_path.pointer(), Code::TooLate)
                        .date_param("deadline", deadline)
                        .date_param("date", self.disclosed_on),
                );
            }
        }
        let posted = self.forms.contains(&DisclosureForm::Posting);
        if posted && self.item.posted_permanently() {
            if self.posted_until.is_some() {
                report.breach(
                    RuleId::DisclosurePostingPermanent
                        .violation(&until_path.pointer(), Code::PostingNotPermanent)
                        .param("item", self.item.name_vi()),
                );
                until_flagged = true;
            }
        } else if posted
            && self.item.must_be_posted()
            && timed_by_this_law
            && let Some(until) = self.posted_until
            && until >= self.disclosed_on
        {
            let days = (until - self.disclosed_on).num_days().saturating_add(1);
            if days < MIN_POSTING_DAYS {
                report.breach(
                    RuleId::DisclosurePosting
                        .violation(&until_path.pointer(), Code::PostingTooShort)
                        .param("min_days", MIN_POSTING_DAYS)
                        .param("actual", days),
                );
                until_flagged = true;
            }
        }
        self.check_duration(&until_path, until_flagged, report);
        let days_path = Member::new(path, "broadcast_days");
        if self.forms.contains(&DisclosureForm::Loudspeaker) && self.item.broadcast() {
            match self.broadcast_days {
                None => report.error(
                    RuleId::DisclosureLoudspeaker.violation(&days_path.pointer(), Code::Required),
                ),
                Some(days) if days < MIN_BROADCAST_DAYS => report.breach(
                    RuleId::DisclosureLoudspeaker
                        .violation(&days_path.pointer(), Code::BroadcastTooShort)
                        .param("min_days", MIN_BROADCAST_DAYS)
                        .param("actual", days),
                ),
                Some(_) => {}
            }
        }
        if let Some(days) = self.broadcast_days
            && days > 366
        {
            report.error(
                Violation::new(&days_path.pointer(), Code::OutOfRange)
                    .param("min", 0)
                    .param("max", 366)
                    .param("actual", days),
            );
        }
    }

    /// The dates cover the declared duration, unless `posted_until` already has a finding (a
    /// posting the rules call too short, or dates out of order).
    fn check_duration(
        &self,
        until_path: &impl At,
        until_flagged: bool,
        report: &mut ValidationReport,
    ) {
        if let (Some(min), Some(until), false) =
            (self.duration.min_days(), self.posted_until, until_flagged)
        {
            let days = (until - self.disclosed_on).num_days().saturating_add(1);
            if days < min {
                report.error(
                    Violation::new(&until_path.pointer(), Code::DurationShorterThanDeclared)
                        .param("days", days)
                        .param("declared", min),
                );
            }
        }
    }

    /// The description of an `other` form, the plan and the document disclosed.
    fn check_documents(
        &self,
        ctx: &ValidationContext,
        path: &impl At,
        report: &mut ValidationReport,
    ) {
        match &self.other_form {
            None if self.forms.contains(&DisclosureForm::Other) => report.error(Violation::new(
                &path.pointer().key("other_form"),
                Code::Required,
            )),
            Some(text) => {
                report.check_text_at(&Member::new(path, "other_form"), text, MAX_REFERENCE)
            }
            None => {}
        }
        for (key, attachment) in [("plan", &self.plan), ("document", &self.document)] {
            if let Some(a) = attachment {
                a.check_at(ctx, &Member::new(path, key), report);
            }
        }
    }
}

impl CommuneDisclosure {
    /// What the commune has to disclose with.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::reference::phuong;
    /// use qcdc::rules::{CommuneDisclosure, Disclosure, DisclosureDuration, DisclosureForm, DisclosureItem};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let fees = CommuneDisclosure {
    ///     commune: phuong("Việt Hưng"),
    ///     has_web_portal: true,
    ///     has_loudspeakers: false,
    ///     disclosure: Disclosure {
    ///         item: DisclosureItem::FeesAndCharges,
    ///         summary: "Mức thu phí vệ sinh năm 2024".into(),
    ///         duration: DisclosureDuration::Permanent,
    ///         decided_on: None,
    ///         disclosed_on: d(2024, 3, 1),
    ///         posted_until: None,
    ///         forms: vec![DisclosureForm::Posting, DisclosureForm::WebPortal],
    ///         other_form: None,
    ///         broadcast_days: None,
    ///         other_law: None,
    ///         plan: None,
    ///         document: None,
    ///     },
    /// };
    /// let means = fees.means();
    /// assert!(means.web_portal && !means.loudspeakers);
    /// ```
    pub fn means(&self) -> CommuneMeans {
        CommuneMeans {
            web_portal: self.has_web_portal,
            loudspeakers: self.has_loudspeakers,
        }
    }

    /// Records the problems of this disclosure at `path`: the commune (a commune-level unit that
    /// exists on the day of disclosure), then the [`Disclosure`]'s checks at `/disclosure`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::rules::{CommuneDisclosure, Disclosure, DisclosureDuration, DisclosureForm, DisclosureItem};
    /// use qcdc::validate::{Pointer, ValidationContext, ValidationReport};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let by_a_district = CommuneDisclosure {
    ///     commune: quan_long_bien(), // a quận: not a commune
    ///     has_web_portal: false,
    ///     has_loudspeakers: false,
    ///     disclosure: Disclosure {
    ///         item: DisclosureItem::FeesAndCharges,
    ///         summary: "Mức thu phí vệ sinh năm 2024".into(),
    ///         duration: DisclosureDuration::AtLeast30Days,
    ///         decided_on: None,
    ///         disclosed_on: d(2024, 3, 1),
    ///         posted_until: Some(d(2024, 3, 30)),
    ///         forms: vec![DisclosureForm::Posting],
    ///         other_form: None,
    ///         broadcast_days: None,
    ///         other_law: None,
    ///         plan: None,
    ///         document: None,
    ///     },
    /// };
    /// let mut report = ValidationReport::new();
    /// by_a_district.check(&ValidationContext::new(d(2026, 11, 28)), &Pointer::root(), &mut report);
    /// assert!(!report.is_valid());
    /// assert!(report.errors().iter().all(|v| v.path.starts_with("/commune")));
    /// ```
    pub fn check(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        let commune_path = path.key("commune");
        self.commune
            .check(Some(self.disclosure.disclosed_on), &commune_path, report);
        super::check_unit_level(&self.commune, AdminLevel::Commune, &commune_path, report);
        self.disclosure
            .check(self.means(), ctx, &path.key("disclosure"), report);
    }
}

impl Validate for CommuneDisclosure {
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check(ctx, path, report);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_are_well_formed() {
        crate::vocabulary::assert_well_formed::<DisclosureDuration>();
        crate::vocabulary::assert_well_formed::<DisclosureItem>();
        crate::vocabulary::assert_well_formed::<DisclosureForm>();
        assert_eq!(DisclosureItem::ALL.len(), 14);
        let points: Vec<&str> = DisclosureForm::ALL.iter().map(|f| f.point()).collect();
        assert_eq!(points, ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"]);
        // Điều 12 k1 h: the political and socio-political organisations; k: other forms.
        assert_eq!(DisclosureForm::NoticeToOrganisations.point(), "h");
        assert!(
            DisclosureForm::NoticeToOrganisations
                .name_vi()
                .contains("tổ chức chính trị - xã hội")
        );
        assert_eq!(
            DisclosureForm::Other.citation().to_string(),
            "điểm k khoản 1 Điều 12 Luật số 10/2022/QH15"
        );
    }

    #[test]
    fn item_numbers_follow_the_clauses() {
        let numbers: Vec<u8> = DisclosureItem::ALL.iter().map(|i| i.number()).collect();
        assert_eq!(numbers, (1..=14).collect::<Vec<u8>>());
        let broadcast: Vec<u8> = DisclosureItem::ALL
            .iter()
            .filter(|i| i.broadcast())
            .map(|i| i.number())
            .collect();
        assert_eq!(broadcast, [7, 8, 9, 10, 11, 12]);
    }

    #[test]
    fn working_days_skip_weekends() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(add_working_days(d(2024, 3, 4), 5), d(2024, 3, 11));
        assert_eq!(add_working_days(d(2024, 3, 9), 1), d(2024, 3, 11));
        assert_eq!(add_working_days(NaiveDate::MAX, 5), NaiveDate::MAX);
    }
}
