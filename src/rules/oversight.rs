//! **Nhân dân kiểm tra, giám sát** — the people's inspection boards (Ban Thanh tra nhân dân,
//! Luật 10/2022 Điều 36, 60, 77) and the community investment supervision boards (Ban Giám sát
//! đầu tư của cộng đồng, Điều 41; Nghị định 59/2023 Điều 17): their size and term.

use chrono::{Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{RuleId, check_date, warn_not_modelled};
use crate::legal::{LAW_10_2022_FROM, LUAT_10_2022, LegalReference, NGHI_DINH_59_2023};
use crate::org::{AdminLevel, AdminUnit, MAX_PERSON_NAME};
use crate::text::identity_key;
use crate::validate::{
    Code, FirstSeenByHash, Pointer, Validate, ValidationContext, ValidationReport, Violation,
};
use crate::vocabulary::{Vocabulary, vocabulary};

vocabulary! {
    /// **Loại ban** — the kind of oversight board.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::BoardKind;
    ///
    /// assert_eq!("Ban GSĐTCĐ".parse::<BoardKind>()?, BoardKind::CommunityInvestment);
    /// assert!("Ban kiểm soát".parse::<BoardKind>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum BoardKind ("board kind", "Loại ban") {
        /// **Ban Thanh tra nhân dân ở xã, phường, thị trấn** (Điều 36).
        CommuneInspection = "commune_inspection", "Ban Thanh tra nhân dân ở xã, phường, thị trấn", ["Ban TTND cấp xã", "Ban TTND phường"];
        /// **Ban Thanh tra nhân dân ở cơ quan, đơn vị** — state agencies and public service
        /// units (Điều 60).
        AgencyInspection = "agency_inspection", "Ban Thanh tra nhân dân ở cơ quan, đơn vị", ["Ban TTND cơ quan"];
        /// **Ban Thanh tra nhân dân ở doanh nghiệp nhà nước** (Điều 77).
        EnterpriseInspection = "enterprise_inspection", "Ban Thanh tra nhân dân ở doanh nghiệp nhà nước", ["Ban TTND doanh nghiệp"];
        /// **Ban Giám sát đầu tư của cộng đồng** (Điều 41; Nghị định 59/2023 Điều 17).
        CommunityInvestment = "community_investment", "Ban Giám sát đầu tư của cộng đồng", ["Ban GSĐTCĐ", "GSĐTCĐ"];
    }
}

vocabulary! {
    /// **Chức danh trong ban** — a member's role in the board.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::BoardRole;
    ///
    /// assert_eq!("pho truong ban".parse::<BoardRole>()?, BoardRole::Deputy);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum BoardRole ("board role", "Chức danh trong ban") {
        /// **Trưởng ban** — the head.
        Head = "head", "Trưởng ban";
        /// **Phó Trưởng ban** — a deputy head.
        Deputy = "deputy", "Phó Trưởng ban";
        /// **Thành viên** — a member.
        Member = "member", "Thành viên", ["ủy viên"];
    }
}

vocabulary! {
    /// **Thành phần** — whom a member of a Ban GSĐTCĐ represents (Điều 41: the Ủy ban MTTQ, the
    /// Ban TTND and the residents of the thôn/TDP concerned).
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::MemberSource;
    ///
    /// assert_eq!("dai dien nguoi dan".parse::<MemberSource>()?, MemberSource::Resident);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum MemberSource ("member source", "Thành phần") {
        /// **Đại diện Ủy ban MTTQ cấp xã**.
        Mttq = "mttq", "Đại diện Ủy ban Mặt trận Tổ quốc cấp xã", ["MTTQ"];
        /// **Đại diện Ban Thanh tra nhân dân**.
        BanTtnd = "ban_ttnd", "Đại diện Ban Thanh tra nhân dân", ["Ban TTND"];
        /// **Đại diện người dân** of the thôn/TDP where the programme or project is.
        Resident = "resident", "Đại diện người dân", ["người dân"];
    }
}

/// **Thành viên ban** — one member of a board.
///
/// # Example
/// ```
/// use qcdc::rules::{BoardMember, BoardRole, MemberSource};
///
/// let m = BoardMember { name: "Trần Thị Bình".into(), role: BoardRole::Deputy, source: Some(MemberSource::Resident) };
/// assert_eq!(m.role, BoardRole::Deputy);
/// assert_eq!(serde_json::to_value(&m).unwrap()["source"], "resident");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Thành viên ban")]
pub struct BoardMember {
    /// **Họ và tên**.
    #[schemars(title = "Họ và tên", length(min = 1, max = 100))]
    pub name: String,
    /// **Chức danh** — head, deputy or member.
    #[schemars(title = "Chức danh trong ban")]
    pub role: BoardRole,
    /// **Thành phần** — whom the member represents (Ban GSĐTCĐ).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Thành phần")]
    pub source: Option<MemberSource>,
}

/// At least this many members in a commune Ban TTND (Điều 36 k1); exactly this many where the
/// commune has fewer thôn/TDP (Nghị định 59/2023 Điều 13 k2).
pub const COMMUNE_BOARD_MIN: usize = 5;
/// At most this many deputy heads in a Ban TTND (Nghị định 59/2023 Điều 13 k3 for communes,
/// Điều 21 k3 and Điều 25 k2 for workplaces).
pub const BOARD_MAX_DEPUTIES: usize = 2;
/// Members of a workplace Ban TTND (Điều 60, 77).
pub const WORKPLACE_BOARD_RANGE: (usize, usize) = (3, 9);
/// No Ban TTND in an agency or public service unit with this many staff or fewer (Điều 60 k1
/// only: Điều 77 has no such rule for state enterprises).
pub const WORKPLACE_BOARD_MIN_STAFF: u32 = 7;
/// The term of a workplace Ban TTND, in months (Điều 60, 77).
pub const WORKPLACE_BOARD_TERM_MONTHS: u32 = 24;
/// At least this many members in a Ban GSĐTCĐ (Điều 41).
pub const INVESTMENT_BOARD_MIN: usize = 5;
/// At most this many resident representatives in a Ban GSĐTCĐ (Nghị định 59/2023 Điều 17 k2).
pub const INVESTMENT_BOARD_MAX_RESIDENTS: usize = 5;
/// At most this many deputy heads in a Ban GSĐTCĐ (Nghị định 59/2023 Điều 17 k3).
pub const INVESTMENT_BOARD_MAX_DEPUTIES: usize = 2;
/// The most members the crate accepts in one board.
pub const MAX_BOARD_MEMBERS: usize = 200;

/// **Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng** — one oversight board: its
/// kind, where it works, its members and term, checked against the rules in force on the day it
/// was set up (from 01/07/2023; earlier boards only get the basic checks and a warning).
///
/// A board whose composition goes against the law is valid data about a breach: the findings of
/// the rules below are *breaches* (severity "vi phạm"), except the data a rule needs and does
/// not get (`residential_units`, `staff`, a Ban GSĐTCĐ member's `source`), which are errors.
///
/// Checks:
/// - commune Ban TTND ([`RuleId::OversightCommuneBoardSize`], Điều 36 k1, Nghị định 59/2023
///   Điều 13 k2): exactly one member per thôn/TDP (`residential_units`, required), exactly 05
///   where there are fewer than 05 thôn/TDP; [`RuleId::OversightCommuneBoardDeputies`] (Nghị
///   định 59/2023 Điều 13 k3): at most 02 deputy heads; [`RuleId::OversightCommuneBoardTerm`]:
///   `term_end` equals `residential_head_term_end`;
/// - workplace Ban TTND ([`RuleId::OversightWorkplaceBoardSize`], Điều 60 k1 / 77 k1): 03–09
///   members, more allowed when `special_or_dispersed`;
///   [`RuleId::OversightWorkplaceNoBoardSmallUnit`] (Điều 60 k1, agencies and units only): no
///   board with 07 staff or fewer; [`RuleId::OversightWorkplaceBoardDeputies`] (Nghị định
///   59/2023 Điều 21 k3, Điều 25 k2): at most 02 deputy heads;
///   [`RuleId::OversightWorkplaceBoardTerm`]: a 2-year term;
/// - Ban GSĐTCĐ ([`RuleId::OversightInvestmentBoardSize`], Điều 41 k1): at least 05 members;
///   [`RuleId::OversightInvestmentBoardComposition`] (Điều 41 k1): representatives of the Ủy ban
///   MTTQ xã, the Ban TTND and the residents, every member's `source` given;
///   [`RuleId::OversightInvestmentBoardResidents`] and
///   [`RuleId::OversightInvestmentBoardDeputies`] (Nghị định 59/2023 Điều 17 k2, k3, from
///   15/08/2023): at most 05 resident representatives (counted even when another member's
///   source is missing), at most 02 deputy heads;
/// - every board: one head at most, member names not blank and not repeated (errors).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::reference::phuong;
/// use qcdc::rules::{BoardKind, BoardMember, BoardRole, OversightBoard};
/// use qcdc::validate::{Code, Validate, ValidationContext};
///
/// let member = |name: &str, role| BoardMember { name: name.into(), role, source: None };
/// let mut board = OversightBoard {
///     kind: BoardKind::CommuneInspection,
///     unit: phuong("Việt Hưng"),
///     established_on: NaiveDate::from_ymd_opt(2024, 1, 10).unwrap(),
///     members: vec![
///         member("Nguyễn Văn An", BoardRole::Head),
///         member("Trần Thị Bình", BoardRole::Deputy),
///         member("Lê Văn Cường", BoardRole::Member),
///         member("Phạm Thị Dung", BoardRole::Member),
///         member("Hoàng Văn Em", BoardRole::Member),
///     ],
///     residential_units: Some(5),
///     staff: None,
///     term_start: None,
///     term_end: None,
///     residential_head_term_end: None,
///     project: None,
///     special_or_dispersed: false,
/// };
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
/// assert!(board.validate(&ctx).is_clean());
/// board.residential_units = Some(6); // one member per tổ dân phố: six needed
/// let report = board.validate(&ctx);
/// assert!(report.is_valid(), "a board against the law is a breach, not bad data");
/// assert_eq!(report.breach_codes(), [Code::BoardTooSmall]);
/// assert_eq!(report.breaches()[0].citation.as_ref().unwrap().to_string(), "khoản 1 Điều 36 Luật số 10/2022/QH15");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng")]
pub struct OversightBoard {
    /// **Loại ban**.
    #[schemars(title = "Loại ban")]
    pub kind: BoardKind,
    /// **Địa bàn** — the commune (or, for a workplace board, where the agency is).
    #[schemars(title = "Xã, phường")]
    pub unit: AdminUnit,
    /// **Ngày thành lập** — the day the board was elected or set up.
    #[schemars(title = "Ngày thành lập")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub established_on: NaiveDate,
    /// **Thành viên** — the members.
    #[serde(default)]
    #[schemars(title = "Thành viên", length(max = 200))]
    pub members: Vec<BoardMember>,
    /// **Số thôn, tổ dân phố** — of the commune (commune Ban TTND).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Số thôn, tổ dân phố trên địa bàn")]
    pub residential_units: Option<u32>,
    /// **Số cán bộ, người lao động** — staff of the agency or enterprise (workplace Ban TTND).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Số cán bộ, công chức, viên chức, người lao động")]
    pub staff: Option<u32>,
    /// **Nhiệm kỳ từ ngày**.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nhiệm kỳ từ ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub term_start: Option<NaiveDate>,
    /// **Nhiệm kỳ đến ngày**.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nhiệm kỳ đến ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub term_end: Option<NaiveDate>,
    /// **Nhiệm kỳ Trưởng thôn, Tổ trưởng TDP đến ngày** — the end of the term the commune Ban
    /// TTND follows (Điều 36).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nhiệm kỳ của Trưởng thôn, Tổ trưởng tổ dân phố đến ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::option")]
    pub residential_head_term_end: Option<NaiveDate>,
    /// **Chương trình, dự án** — what a Ban GSĐTCĐ supervises.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Chương trình, dự án được giám sát", length(max = 500))]
    pub project: Option<String>,
    /// **Đơn vị có tính chất đặc thù hoặc phân tán** — a workplace that is special (đặc thù) or
    /// works dispersed, which may elect more than 09 members (Điều 60 k1, Điều 77 k1).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[schemars(
        title = "Cơ quan, đơn vị, doanh nghiệp có tính chất đặc thù hoặc hoạt động phân tán"
    )]
    pub special_or_dispersed: bool,
}

impl OversightBoard {
    /// Records the problems of this board at `path` (see the type's docs).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::reference::phuong;
    /// use qcdc::rules::{BoardKind, BoardMember, BoardRole, OversightBoard};
    /// use qcdc::validate::{Code, Pointer, ValidationContext, ValidationReport};
    ///
    /// let member = |name: &str, role| BoardMember { name: name.into(), role, source: None };
    /// let board = OversightBoard {
    ///     kind: BoardKind::CommuneInspection,
    ///     unit: phuong("Việt Hưng"),
    ///     established_on: NaiveDate::from_ymd_opt(2024, 1, 10).unwrap(),
    ///     members: vec![member("Nguyễn Văn An", BoardRole::Head), member("Trần Thị Bình", BoardRole::Head)],
    ///     residential_units: Some(2),
    ///     staff: None, term_start: None, term_end: None, residential_head_term_end: None,
    ///     project: None, special_or_dispersed: false,
    /// };
    /// let mut report = ValidationReport::new();
    /// board.check(&ValidationContext::new(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()), &Pointer::root(), &mut report);
    /// assert!(!report.is_valid()); // two heads
    /// assert!(!report.breaches().is_empty()); // and fewer than 05 members
    /// ```
    pub fn check(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        let date_path = path.key("established_on");
        check_date(&date_path, self.established_on, ctx, report);
        let unit_path = path.key("unit");
        self.unit
            .check(Some(self.established_on), &unit_path, report);
        if matches!(
            self.kind,
            BoardKind::CommuneInspection | BoardKind::CommunityInvestment
        ) {
            super::check_unit_level(&self.unit, AdminLevel::Commune, &unit_path, report);
        }
        self.check_members(path, report);
        for (key, date) in [("term_start", self.term_start), ("term_end", self.term_end)] {
            if let Some(date) = date {
                check_date(&path.key(key), date, &far_future(ctx), report);
            }
        }
        if let (Some(start), Some(end)) = (self.term_start, self.term_end) {
            report.check_date_order(&path.key("term_end"), start, end);
        }
        if let Some(project) = &self.project {
            report.check_optional_text(&path.key("project"), project, 500);
        }
        if self.established_on < LAW_10_2022_FROM {
            warn_not_modelled(&date_path, self.established_on, LAW_10_2022_FROM, report);
            return;
        }
        match self.kind {
            BoardKind::CommuneInspection => self.check_commune(path, report),
            BoardKind::AgencyInspection | BoardKind::EnterpriseInspection => {
                self.check_workplace(path, report)
            }
            BoardKind::CommunityInvestment => self.check_investment(path, report),
        }
    }

    fn count_role(&self, role: BoardRole) -> usize {
        self.members.iter().filter(|m| m.role == role).count()
    }

    fn check_members(&self, path: &Pointer, report: &mut ValidationReport) {
        let list = path.key("members");
        if self.members.len() > MAX_BOARD_MEMBERS {
            report.error(
                Violation::new(&list, Code::TooMany)
                    .param("max", MAX_BOARD_MEMBERS)
                    .param("actual", self.members.len()),
            );
        }
        // One hash lookup per member, so a list far over the maximum still costs linear time;
        // the map keeps each name's hash, not its key (made, hashed and dropped).
        let mut seen = FirstSeenByHash::with_capacity(self.members.len());
        for (i, m) in self.members.iter().enumerate() {
            let name_path = list.index(i).key("name");
            report.check_text(&name_path, &m.name, MAX_PERSON_NAME);
            // Tone marks count: "Lê Văn Hà" and "Lê Văn Hạ" are two people.
            let key = identity_key(&m.name);
            if key.is_empty() {
                continue;
            }
            // A hash match is the same person when the names are equal as written, or else
            // when their identity keys are.
            let same = |at: usize| {
                let earlier: &str = &self.members[at].name;
                earlier == m.name || identity_key(earlier) == key
            };
            if let Some(first) = seen.repeat_of(seen.hash(&key), i, same) {
                report.error(
                    Violation::new(&name_path, Code::Duplicate)
                        .param("value", m.name.trim())
                        .param("first", list.index(first).as_str()),
                );
            }
        }
        let heads = self.count_role(BoardRole::Head);
        if heads > 1 {
            report.error(
                Violation::new(&list, Code::RoleTooMany)
                    .param("role", BoardRole::Head.name_vi())
                    .param("max", 1)
                    .param("actual", heads),
            );
        }
    }

    fn check_commune(&self, path: &Pointer, report: &mut ValidationReport) {
        let rule = RuleId::OversightCommuneBoardSize;
        match self.residential_units {
            None => report.error(rule.violation(&path.key("residential_units"), Code::Required)),
            Some(units) => {
                // One member per thôn/TDP, no more and no fewer; exactly 05 under 05 thôn/TDP.
                let expected = usize::try_from(units)
                    .unwrap_or(usize::MAX)
                    .max(COMMUNE_BOARD_MIN);
                let n = self.members.len();
                let members = path.key("members");
                if n < expected {
                    report.breach(
                        rule.violation(&members, Code::BoardTooSmall)
                            .param("min", expected)
                            .param("actual", n),
                    );
                } else if n > expected {
                    let v = rule
                        .violation(&members, Code::BoardTooLarge)
                        .param("max", expected)
                        .param("actual", n);
                    // Under 05 thôn/TDP the cap comes from the decree, not the Law.
                    let v = if units < 5 {
                        v.cite(NGHI_DINH_59_2023.article(13).clause(2))
                    } else {
                        v
                    };
                    report.breach(v);
                }
            }
        }
        if super::decree_59_from() <= self.established_on {
            self.check_deputies(RuleId::OversightCommuneBoardDeputies, None, path, report);
        }
        if let (Some(end), Some(expected)) = (self.term_end, self.residential_head_term_end)
            && end != expected
        {
            report.breach(
                RuleId::OversightCommuneBoardTerm
                    .violation(&path.key("term_end"), Code::TermMismatch)
                    .date_param("expected", expected)
                    .date_param("actual", end),
            );
        }
    }

    /// At most 02 deputy heads (Nghị định 59/2023 Điều 13 k3, Điều 21 k3, Điều 25 k2): a breach
    /// citing `citation` (the rule's own when `None`).
    fn check_deputies(
        &self,
        rule: RuleId,
        citation: Option<LegalReference>,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        let deputies = self.count_role(BoardRole::Deputy);
        if deputies > BOARD_MAX_DEPUTIES {
            let v = rule
                .violation(&path.key("members"), Code::RoleTooMany)
                .param("role", BoardRole::Deputy.name_vi())
                .param("max", BOARD_MAX_DEPUTIES)
                .param("actual", deputies);
            report.breach(match citation {
                Some(c) => v.cite(c),
                None => v,
            });
        }
    }

    fn check_workplace(&self, path: &Pointer, report: &mut ValidationReport) {
        let enterprise = self.kind == BoardKind::EnterpriseInspection;
        // Điều 77 k1 states the size rule for state enterprises; Điều 60 k1 for agencies.
        let cite = |rule: RuleId, v: Violation| {
            if enterprise {
                v.cite(LUAT_10_2022.article(77).clause(1))
            } else {
                v.cite(rule.citation())
            }
        };
        let size = RuleId::OversightWorkplaceBoardSize;
        match self.staff {
            None => report.error(cite(
                size,
                Violation::new(&path.key("staff"), Code::Required),
            )),
            // Điều 60 k1 only: Điều 77 sets no such rule for state enterprises.
            Some(staff) if !enterprise && staff <= WORKPLACE_BOARD_MIN_STAFF => report.breach(
                RuleId::OversightWorkplaceNoBoardSmallUnit
                    .violation(&path.key("staff"), Code::BoardNotAllowed)
                    .param("staff", staff)
                    .param("max", WORKPLACE_BOARD_MIN_STAFF),
            ),
            Some(_) => {
                let (min, max) = WORKPLACE_BOARD_RANGE;
                let n = self.members.len();
                let members = path.key("members");
                if n < min {
                    report.breach(cite(
                        size,
                        Violation::new(&members, Code::BoardTooSmall)
                            .param("min", min)
                            .param("actual", n),
                    ));
                } else if n > max && !self.special_or_dispersed {
                    report.breach(cite(
                        size,
                        Violation::new(&members, Code::BoardTooLarge)
                            .param("max", max)
                            .param("actual", n),
                    ));
                }
            }
        }
        if super::decree_59_from() <= self.established_on {
            let citation = enterprise.then(|| NGHI_DINH_59_2023.article(25).clause(2));
            self.check_deputies(
                RuleId::OversightWorkplaceBoardDeputies,
                citation,
                path,
                report,
            );
        }
        if let (Some(start), Some(end)) = (self.term_start, self.term_end)
            && let Some(expected) =
                start.checked_add_months(Months::new(WORKPLACE_BOARD_TERM_MONTHS))
            && start <= end
            && end != expected
            && end.succ_opt() != Some(expected)
        {
            report.breach(cite(
                RuleId::OversightWorkplaceBoardTerm,
                Violation::new(&path.key("term_end"), Code::TermMismatch)
                    .date_param("expected", expected)
                    .date_param("actual", end),
            ));
        }
    }

    fn check_investment(&self, path: &Pointer, report: &mut ValidationReport) {
        let members = path.key("members");
        let n = self.members.len();
        if n < INVESTMENT_BOARD_MIN {
            report.breach(
                RuleId::OversightInvestmentBoardSize
                    .violation(&members, Code::BoardTooSmall)
                    .param("min", INVESTMENT_BOARD_MIN)
                    .param("actual", n),
            );
        }
        // Every member says whom it represents; a missing source is an error (the composition
        // cannot be judged), and the known sources are still checked below.
        let composition = RuleId::OversightInvestmentBoardComposition;
        for (i, m) in self.members.iter().enumerate() {
            if m.source.is_none() {
                report
                    .error(composition.violation(&members.index(i).key("source"), Code::Required));
            }
        }
        let all_sources_known = self.members.iter().all(|m| m.source.is_some());
        if all_sources_known {
            for source in MemberSource::ALL {
                if !self.members.iter().any(|m| m.source == Some(*source)) {
                    report.breach(
                        composition
                            .violation(&members, Code::MemberSourceMissing)
                            .param("source", source.name_vi()),
                    );
                }
            }
        }
        let residents = self
            .members
            .iter()
            .filter(|m| m.source == Some(MemberSource::Resident))
            .count();
        let rule = RuleId::OversightInvestmentBoardResidents;
        if rule.applies_on(self.established_on) && residents > INVESTMENT_BOARD_MAX_RESIDENTS {
            report.breach(
                rule.violation(&members, Code::RoleTooMany)
                    .param("role", MemberSource::Resident.name_vi().to_lowercase())
                    .param("max", INVESTMENT_BOARD_MAX_RESIDENTS)
                    .param("actual", residents),
            );
        }
        let deputies = self.count_role(BoardRole::Deputy);
        let rule = RuleId::OversightInvestmentBoardDeputies;
        if rule.applies_on(self.established_on) && deputies > INVESTMENT_BOARD_MAX_DEPUTIES {
            report.breach(
                rule.violation(&members, Code::RoleTooMany)
                    .param("role", BoardRole::Deputy.name_vi())
                    .param("max", INVESTMENT_BOARD_MAX_DEPUTIES)
                    .param("actual", deputies),
            );
        }
    }
}

/// Term dates may lie in the future: only the lower bound of [`check_date`] applies to them.
fn far_future(_ctx: &ValidationContext) -> ValidationContext {
    ValidationContext::new(NaiveDate::MAX)
}

impl Validate for OversightBoard {
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check(ctx, path, report);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_are_well_formed() {
        crate::vocabulary::assert_well_formed::<BoardKind>();
        crate::vocabulary::assert_well_formed::<BoardRole>();
        crate::vocabulary::assert_well_formed::<MemberSource>();
    }
}
