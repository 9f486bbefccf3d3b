//! The figures of a roll-up: what adds up across communes (with checked arithmetic), the rates
//! recomputed from sums, and what one report contributes.

use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::document::CommuneQcdcReport;
use super::record_totals::{
    ConsultationTotals, DecisionTotals, DisclosureTotals, record_contribution,
};
use super::sections::{InvestmentSupervisionResults, PeopleInspectionResults, SupervisingBody};
use crate::validate::{Code, Pointer, Violation};

/// **Chỉ tiêu cộng dồn** — a group of figures that add up across communes, added with checked
/// arithmetic.
///
/// # Example
/// ```
/// use qcdc::commune_report::{Additive, PeopleInspectionResults};
///
/// let a = PeopleInspectionResults { sessions: 2, ..Default::default() };
/// let b = PeopleInspectionResults { sessions: 3, money_recovered: u64::MAX, ..Default::default() };
/// assert_eq!(a.checked_add(&a).unwrap().sessions, 4);
/// assert_eq!(b.checked_add(&b), Err("money_recovered"));
/// ```
pub trait Additive: Sized {
    /// Every additive figure with its name (the JSON key), in a fixed order.
    fn figures(&self) -> Vec<(&'static str, u64)>;

    /// The figure-by-figure sum.
    ///
    /// # Errors
    /// The name of the first figure whose sum would not fit in a `u64`.
    fn checked_add(&self, other: &Self) -> Result<Self, &'static str>;
}

/// Implements [`Additive`] for a struct by listing its additive `u64` fields.
macro_rules! additive {
    ($ty:ty { $($field:ident),+ $(,)? }) => {
        impl Additive for $ty {
            fn figures(&self) -> Vec<(&'static str, u64)> {
                vec![$((stringify!($field), self.$field)),+]
            }
            fn checked_add(&self, other: &Self) -> Result<Self, &'static str> {
                let mut out = self.clone();
                $(
                    out.$field = self.$field
                        .checked_add(other.$field)
                        .ok_or(stringify!($field))?;
                )+
                Ok(out)
            }
        }
    };
}

pub(super) use additive;

additive!(PeopleInspectionResults {
    sessions,
    violations_found,
    cases_recommended,
    money_recovered,
    money_other_handling,
    land_recovered_m2,
    land_other_handling_m2,
    law_recommendations,
});

additive!(InvestmentSupervisionResults {
    projects_in_area,
    sessions,
    violations_found,
    cases_recommended,
    money_recovered,
    settlement_reductions,
    money_other_handling,
});

/// **Tỷ lệ** — a rate recomputed from summed counts (never an average of rates): `numerator`
/// out of `denominator`, with the percentage rounded to two decimals (none when the
/// denominator is zero). Serialises as `{"numerator", "denominator", "percent"}` and
/// deserialises from it (`percent` is recomputed). A plain value with public fields.
///
/// # Example
/// ```
/// use qcdc::commune_report::Rate;
///
/// let r = Rate::new(2, 3);
/// assert_eq!(r.percent(), Some(66.67));
/// assert_eq!(r.to_string(), "66,67%");
/// assert_eq!(Rate::new(0, 0).percent(), None);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rate {
    /// **Tử số** — the counted part.
    pub numerator: u64,
    /// **Mẫu số** — the whole.
    pub denominator: u64,
}

impl Rate {
    /// `numerator` out of `denominator`.
    ///
    /// # Example
    /// ```
    /// use qcdc::commune_report::Rate;
    ///
    /// let r = Rate::new(110, 150);
    /// assert_eq!((r.numerator, r.denominator), (110, 150));
    /// ```
    pub fn new(numerator: u64, denominator: u64) -> Self {
        Rate {
            numerator,
            denominator,
        }
    }

    /// The rate in hundredths of a percent (basis points), rounded half up; exact integer
    /// arithmetic.
    ///
    /// # Example
    /// ```
    /// use qcdc::commune_report::Rate;
    ///
    /// assert_eq!(Rate::new(110, 150).basis_points(), Some(7333)); // 73.33%
    /// assert_eq!(Rate::new(1, 0).basis_points(), None);
    /// ```
    pub fn basis_points(&self) -> Option<u64> {
        if self.denominator == 0 {
            return None;
        }
        let n = u128::from(self.numerator) * 10_000;
        let d = u128::from(self.denominator);
        u64::try_from((n + d / 2) / d).ok()
    }

    /// The percentage, two decimals.
    ///
    /// # Example
    /// ```
    /// use qcdc::commune_report::Rate;
    ///
    /// assert_eq!(Rate::new(110, 150).percent(), Some(73.33));
    /// ```
    pub fn percent(&self) -> Option<f64> {
        self.basis_points().map(|bp| bp as f64 / 100.0)
    }
}

impl std::fmt::Display for Rate {
    /// Vietnamese style: "66,67%", "—" when undefined (no denominator). A rate too large for
    /// [`basis_points`](Self::basis_points) is still shown (computed in u128, which cannot
    /// overflow here).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.denominator == 0 {
            return f.write_str("—");
        }
        let n = u128::from(self.numerator) * 10_000;
        let d = u128::from(self.denominator);
        let bp = (n + d / 2) / d;
        write!(f, "{},{:02}%", bp / 100, bp % 100)
    }
}

impl<'de> Deserialize<'de> for Rate {
    /// Reads `numerator` and `denominator`; `percent` is derived from them, so not read.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            numerator: u64,
            denominator: u64,
        }
        let wire = Wire::deserialize(d)?;
        Ok(Rate::new(wire.numerator, wire.denominator))
    }
}

impl Serialize for Rate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Rate", 3)?;
        st.serialize_field("numerator", &self.numerator)?;
        st.serialize_field("denominator", &self.denominator)?;
        st.serialize_field("percent", &self.percent())?;
        st.end()
    }
}

/// **IV. Tổng hợp kiểm tra, giám sát** — supervisions counted by body, and their
/// recommendations.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{CommuneQcdcReport, Submission, Supervision, SupervisingBody, UnitList, rollup};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::ValidationContext;
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
/// let tan_my = AdminUnit::new(UnitKind::Xa, "Tân Mỹ");
/// let mut report = CommuneQcdcReport::empty(tan_my.clone(), "2023-Q3".parse()?);
/// report.supervisions.push(Supervision {
///     subject: "Thi công đường liên thôn Mỹ Cầu – Mỹ Hà".into(),
///     body: SupervisingBody::BanGsdtcd, body_other: None, start: None, end: None,
///     recommendations_to_party: 0, recommendations_to_government: 2, recommendations_to_others: 0,
/// });
/// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![tan_my]);
/// let section_iv = rollup(&[Submission::new("a", report)], &list, &ctx).expect("a valid unit list").totals.supervisions;
/// assert_eq!((section_iv.count, section_iv.by_ban_gsdtcd, section_iv.recommendations_to_government), (1, 1, 2));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SupervisionTotals {
    /// **Số cuộc** — supervisions.
    pub count: u64,
    /// **Do Ban TTND** — by the Ban Thanh tra nhân dân.
    pub by_ban_ttnd: u64,
    /// **Do Ban GSĐTCĐ** — by the Ban Giám sát đầu tư của cộng đồng.
    pub by_ban_gsdtcd: u64,
    /// **Do chủ thể khác** — by other bodies.
    pub by_other: u64,
    /// **Kiến nghị cấp ủy** — recommendations to the Party committee.
    pub recommendations_to_party: u64,
    /// **Kiến nghị chính quyền** — recommendations to the government.
    pub recommendations_to_government: u64,
    /// **Kiến nghị khác** — recommendations to others.
    pub recommendations_to_others: u64,
}

additive!(SupervisionTotals {
    count,
    by_ban_ttnd,
    by_ban_gsdtcd,
    by_other,
    recommendations_to_party,
    recommendations_to_government,
    recommendations_to_others,
});

/// **VII. Tổng hợp đơn thư** — complaints: the period figures summed over every period
/// rolled up; the year-to-date figures and the unresolved complaints taken from each
/// commune's latest report, then summed over communes.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, rollup};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::ValidationContext;
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
/// let xa = |name| AdminUnit::new(UnitKind::Xa, name);
/// let report = |name, received: u64, resolved: u64| {
///     let mut r = CommuneQcdcReport::empty(xa(name), "2023-Q3".parse().unwrap());
///     r.complaints.received_in_period = received;
///     r.complaints.received_year_to_date = received;
///     r.complaints.resolved_in_period = resolved;
///     r.complaints.resolved_year_to_date = resolved;
///     r.complaints.unresolved = received - resolved;
///     r
/// };
/// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![xa("Tân Mỹ"), xa("Song Mai")]);
/// let subs = [Submission::new("a", report("Tân Mỹ", 3, 2)), Submission::new("b", report("Song Mai", 1, 1))];
/// let complaints = rollup(&subs, &list, &ctx).expect("a valid unit list").totals.complaints;
/// assert_eq!((complaints.received_in_period, complaints.resolved_in_period, complaints.unresolved), (4, 3, 1));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ComplaintTotals {
    /// **Tiếp nhận trong kỳ** — received in the periods rolled up.
    pub received_in_period: u64,
    /// **Đã giải quyết trong kỳ** — resolved in the periods rolled up.
    pub resolved_in_period: u64,
    /// **Tiếp nhận lũy kế** — received since 1 January (latest report of each commune).
    pub received_year_to_date: u64,
    /// **Giải quyết lũy kế** — resolved since 1 January (latest report of each commune).
    pub resolved_year_to_date: u64,
    /// **Chưa giải quyết** — unresolved at the end (latest report of each commune).
    pub unresolved: u64,
    /// **Tỷ lệ giải quyết** — resolved year to date out of resolved + unresolved.
    pub resolution_rate: Rate,
}

additive!(ComplaintTotals {
    received_in_period,
    resolved_in_period,
    received_year_to_date,
    resolved_year_to_date,
    unresolved,
});

/// **VIII. Tổng hợp họp thôn, tổ dân phố** — the yearly section, from each commune's latest
/// report that has it.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{CommuneQcdcReport, ResidentialMeetings, Submission, UnitList, rollup};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::ValidationContext;
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2024, 1, 20).unwrap());
/// let tan_my = AdminUnit::new(UnitKind::Xa, "Tân Mỹ");
/// let mut report = CommuneQcdcReport::empty(tan_my.clone(), "2023".parse()?);
/// report.residential_meetings = Some(ResidentialMeetings { residential_units: 8, meeting_once: 5, meeting_twice: 2, meeting_other: 0, other_way_note: None });
/// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023".parse()?, vec![tan_my]);
/// let meetings = rollup(&[Submission::new("a", report)], &list, &ctx).expect("a valid unit list").totals.residential_meetings;
/// assert_eq!((meetings.units_reporting, meetings.residential_units), (1, 8));
/// assert_eq!(meetings.meeting_rate.to_string(), "87,50%"); // 7 of 8
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MeetingTotals {
    /// **Số xã báo cáo** — communes whose reports carry the section.
    pub units_reporting: u64,
    /// **(1)** — thôn/TDP.
    pub residential_units: u64,
    /// **(2)** — meeting once a year.
    pub meeting_once: u64,
    /// **(3)** — meeting twice a year.
    pub meeting_twice: u64,
    /// **(4)** — meeting in another way.
    pub meeting_other: u64,
    /// **Tỷ lệ thôn, TDP có họp** — (2)+(3)+(4) out of (1).
    pub meeting_rate: Rate,
}

additive!(MeetingTotals {
    units_reporting,
    residential_units,
    meeting_once,
    meeting_twice,
    meeting_other,
});

/// **Tràn số khi cộng** — a sum of the roll-up that would not fit in a `u64`: the figure that
/// overflowed, by its section and JSON key (as in [`RollupTotals::figures`]). The roll-up
/// reports it as `total_overflow` on the unit and leaves that unit's reports out, so that the
/// totals stay exact.
///
/// # Example
/// ```
/// use qcdc::commune_report::TotalOverflow;
///
/// let e = TotalOverflow::new("complaints", "received_in_period");
/// assert_eq!(e.to_string(), "the sum of complaints/received_in_period does not fit in 64 bits");
/// let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(e);
/// assert!(boxed.to_string().contains("received_in_period"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
#[error("the sum of {} does not fit in 64 bits", self.qualified())]
pub struct TotalOverflow {
    /// The section's JSON key (`""` for `reports` and `breaches`, which belong to none).
    pub section: &'static str,
    /// The figure's JSON key.
    pub figure: &'static str,
}

impl TotalOverflow {
    /// The overflow of `figure` in `section` (see the fields).
    ///
    /// # Example
    /// ```
    /// use qcdc::commune_report::TotalOverflow;
    ///
    /// assert_eq!(TotalOverflow::new("", "reports").qualified(), "reports");
    /// ```
    pub fn new(section: &'static str, figure: &'static str) -> Self {
        TotalOverflow { section, figure }
    }

    /// The figure as `section/figure` (the figure alone outside any section), the name the
    /// roll-up's `total_overflow` finding shows.
    ///
    /// # Example
    /// ```
    /// use qcdc::commune_report::TotalOverflow;
    ///
    /// assert_eq!(TotalOverflow::new("decisions", "adopted").qualified(), "decisions/adopted");
    /// ```
    pub fn qualified(&self) -> String {
        if self.section.is_empty() {
            self.figure.to_owned()
        } else {
            format!("{}/{}", self.section, self.figure)
        }
    }
}

/// **Số liệu tổng hợp** — the figures of one commune (a row) or of the whole area (the
/// "Cộng" row), section by section.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, rollup};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::ValidationContext;
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
/// let tan_my = AdminUnit::new(UnitKind::Xa, "Tân Mỹ");
/// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![tan_my.clone()]);
/// let report = CommuneQcdcReport::empty(tan_my, "2023-Q3".parse()?);
/// let totals = rollup(&[Submission::new("a", report)], &list, &ctx).expect("a valid unit list").totals;
/// assert_eq!((totals.reports, totals.breaches), (1, 0));
/// assert_eq!(totals.disclosures.count, 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RollupTotals {
    /// **Số báo cáo** — reports counted.
    pub reports: u64,
    /// **Số vi phạm** — breaches of law the reports counted record (findings of severity
    /// "vi phạm" of their validation: a late disclosure, an unlawful ballot…). The reports stay
    /// valid and are counted; this says how many unlawful acts they describe.
    #[serde(default)]
    pub breaches: u64,
    /// **I. Công khai**.
    pub disclosures: DisclosureTotals,
    /// **II. Nhân dân bàn và quyết định**.
    pub decisions: DecisionTotals,
    /// **III. Nhân dân tham gia ý kiến**.
    pub consultations: ConsultationTotals,
    /// **IV. Kiểm tra, giám sát**.
    pub supervisions: SupervisionTotals,
    /// **V. Ban Thanh tra nhân dân**.
    pub people_inspection: PeopleInspectionResults,
    /// **VI. Ban Giám sát đầu tư của cộng đồng**.
    pub investment_supervision: InvestmentSupervisionResults,
    /// **VII. Đơn thư khiếu nại, tố cáo**.
    pub complaints: ComplaintTotals,
    /// **VIII. Họp thôn, tổ dân phố**.
    pub residential_meetings: MeetingTotals,
}

impl RollupTotals {
    /// Every additive figure as `(section, figure, value)`, in a fixed order — the figures the
    /// "Cộng" row sums (rates are not among them: they are recomputed).
    ///
    /// # Example
    /// ```
    /// use qcdc::commune_report::RollupTotals;
    ///
    /// let totals = RollupTotals::default();
    /// let figures = totals.figures();
    /// assert_eq!(figures[0], ("", "reports", 0));
    /// assert!(figures.iter().any(|&(section, figure, _)| (section, figure) == ("complaints", "unresolved")));
    /// ```
    pub fn figures(&self) -> Vec<(&'static str, &'static str, u64)> {
        let mut out = vec![
            ("", "reports", self.reports),
            ("", "breaches", self.breaches),
        ];
        let sections: [(&'static str, Vec<(&'static str, u64)>); 8] = [
            ("disclosures", self.disclosures.figures()),
            ("decisions", self.decisions.figures()),
            ("consultations", self.consultations.figures()),
            ("supervisions", self.supervisions.figures()),
            ("people_inspection", self.people_inspection.figures()),
            (
                "investment_supervision",
                self.investment_supervision.figures(),
            ),
            ("complaints", self.complaints.figures()),
            ("residential_meetings", self.residential_meetings.figures()),
        ];
        for (section, figures) in sections {
            out.extend(figures.into_iter().map(|(name, v)| (section, name, v)));
        }
        out
    }

    /// The figure-by-figure sum, with the rates recomputed from the sums.
    ///
    /// # Errors
    /// [`TotalOverflow`] naming the first figure whose sum would overflow.
    ///
    /// # Example
    /// ```
    /// use qcdc::commune_report::RollupTotals;
    ///
    /// let mut one = RollupTotals::default();
    /// one.reports = 1;
    /// assert_eq!(one.checked_add(&one)?.reports, 2);
    /// let mut huge = RollupTotals::default();
    /// huge.complaints.received_in_period = u64::MAX;
    /// let overflow = huge.checked_add(&huge).unwrap_err();
    /// assert_eq!((overflow.section, overflow.figure), ("complaints", "received_in_period"));
    /// # Ok::<(), qcdc::commune_report::TotalOverflow>(())
    /// ```
    pub fn checked_add(&self, other: &Self) -> Result<Self, TotalOverflow> {
        let mut out = RollupTotals {
            reports: self
                .reports
                .checked_add(other.reports)
                .ok_or(TotalOverflow::new("", "reports"))?,
            breaches: self
                .breaches
                .checked_add(other.breaches)
                .ok_or(TotalOverflow::new("", "breaches"))?,
            disclosures: self
                .disclosures
                .checked_add(&other.disclosures)
                .map_err(|f| TotalOverflow::new("disclosures", f))?,
            decisions: self
                .decisions
                .checked_add(&other.decisions)
                .map_err(|f| TotalOverflow::new("decisions", f))?,
            consultations: self
                .consultations
                .checked_add(&other.consultations)
                .map_err(|f| TotalOverflow::new("consultations", f))?,
            supervisions: self
                .supervisions
                .checked_add(&other.supervisions)
                .map_err(|f| TotalOverflow::new("supervisions", f))?,
            people_inspection: self
                .people_inspection
                .checked_add(&other.people_inspection)
                .map_err(|f| TotalOverflow::new("people_inspection", f))?,
            investment_supervision: self
                .investment_supervision
                .checked_add(&other.investment_supervision)
                .map_err(|f| TotalOverflow::new("investment_supervision", f))?,
            complaints: self
                .complaints
                .checked_add(&other.complaints)
                .map_err(|f| TotalOverflow::new("complaints", f))?,
            residential_meetings: self
                .residential_meetings
                .checked_add(&other.residential_meetings)
                .map_err(|f| TotalOverflow::new("residential_meetings", f))?,
        };
        out.recompute_rates();
        Ok(out)
    }

    /// Recomputes every rate from the counts (after they changed).
    pub(super) fn recompute_rates(&mut self) {
        let d = &mut self.decisions;
        d.approval_rate = Rate::new(d.households_approving, d.households_total);
        let c = &mut self.consultations;
        c.acceptance_rate = Rate::new(c.opinions_accepted, c.opinions_received);
        let c = &mut self.complaints;
        // Resolved + unresolved can only overflow if the figures are absurd; then no rate.
        c.resolution_rate = match c.resolved_year_to_date.checked_add(c.unresolved) {
            Some(whole) => Rate::new(c.resolved_year_to_date, whole),
            None => Rate::default(),
        };
        let m = &mut self.residential_meetings;
        m.meeting_rate = match m
            .meeting_once
            .checked_add(m.meeting_twice)
            .and_then(|s| s.checked_add(m.meeting_other))
        {
            Some(meeting) => Rate::new(meeting, m.residential_units),
            None => Rate::default(),
        };
    }
}

/// The JSON Pointer, inside a report, of the figure a roll-up total is made from.
pub(super) fn figure_path(section: &str, figure: &str) -> Pointer {
    match section {
        "" => Pointer::root(),
        "disclosures" | "decisions" | "consultations" | "supervisions" => {
            Pointer::root().key(section)
        }
        "residential_meetings" if figure == "units_reporting" => Pointer::root().key(section),
        _ => Pointer::root().key(section).key(figure),
    }
}

/// The flows of one report: its period figures, its records counted. Year-to-date and yearly
/// figures are added per commune from its latest report, not here.
pub(super) fn period_contribution(
    report: &CommuneQcdcReport,
) -> Result<RollupTotals, Box<Violation>> {
    let (disclosures, decisions, consultations) = record_contribution(report)?;
    let mut totals = RollupTotals {
        reports: 1,
        disclosures,
        decisions,
        consultations,
        people_inspection: report.people_inspection.clone(),
        investment_supervision: report.investment_supervision.clone(),
        ..RollupTotals::default()
    };
    for (i, s) in report.supervisions.iter().enumerate() {
        let one = SupervisionTotals {
            count: 1,
            by_ban_ttnd: u64::from(s.body == SupervisingBody::BanTtnd),
            by_ban_gsdtcd: u64::from(s.body == SupervisingBody::BanGsdtcd),
            by_other: u64::from(s.body == SupervisingBody::Other),
            recommendations_to_party: s.recommendations_to_party,
            recommendations_to_government: s.recommendations_to_government,
            recommendations_to_others: s.recommendations_to_others,
        };
        totals.supervisions = totals.supervisions.checked_add(&one).map_err(|figure| {
            // The path is built only for the finding: this runs for every report counted.
            let at = Pointer::root().key("supervisions").index(i).key(figure);
            Box::new(
                Violation::new(&at, Code::TotalOverflow)
                    .param("figure", format!("supervisions/{figure}")),
            )
        })?;
    }
    totals.complaints.received_in_period = report.complaints.received_in_period;
    totals.complaints.resolved_in_period = report.complaints.resolved_in_period;
    Ok(totals)
}

/// Sets the stocks of `row` (year-to-date complaints, the yearly section) from the latest
/// report, and the yearly section from the latest report that has it.
pub(super) fn set_stocks(row: &mut RollupTotals, reports: &[&CommuneQcdcReport]) {
    if let Some(latest) = reports.iter().max_by_key(|r| r.period) {
        let c = &latest.complaints;
        row.complaints.received_year_to_date = c.received_year_to_date;
        row.complaints.resolved_year_to_date = c.resolved_year_to_date;
        row.complaints.unresolved = c.unresolved;
    }
    if let Some(m) = reports
        .iter()
        .filter_map(|r| r.residential_meetings.as_ref().map(|m| (r.period, m)))
        .max_by_key(|(period, _)| *period)
        .map(|(_, m)| m)
    {
        row.residential_meetings = MeetingTotals {
            units_reporting: 1,
            residential_units: m.residential_units,
            meeting_once: m.meeting_once,
            meeting_twice: m.meeting_twice,
            meeting_other: m.meeting_other,
            meeting_rate: Rate::default(),
        };
    }
    row.recompute_rates();
}
