//! Totals of sections I–III and each report's contribution to them.

use serde::{Deserialize, Serialize};

use super::document::CommuneQcdcReport;
use super::totals::{Additive, Rate, additive};
use crate::rules::{CommuneWideDecision, CommunityDecision, DecisionForm, DisclosureForm, Outcome};
use crate::validate::{Code, Pointer, Violation};

/// **I. Tổng hợp công khai** — disclosures, and how many used each main form.
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
/// let section_i = rollup(&[Submission::new("a", report)], &list, &ctx).expect("a valid unit list").totals.disclosures;
/// assert_eq!((section_i.count, section_i.posted, section_i.web_portal), (0, 0, 0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DisclosureTotals {
    /// **Số nội dung công khai** — disclosures.
    pub count: u64,
    /// **Niêm yết** — posted.
    pub posted: u64,
    /// **Trang thông tin điện tử** — on the web portal.
    pub web_portal: u64,
    /// **Loa truyền thanh** — on the loudspeakers.
    pub loudspeaker: u64,
    /// **Qua Trưởng thôn, Tổ trưởng TDP** — via the residential heads.
    pub via_residential_heads: u64,
    /// **Hình thức khác** — with any other form of Điều 12 k1.
    pub other_forms: u64,
}

additive!(DisclosureTotals {
    count,
    posted,
    web_portal,
    loudspeaker,
    via_residential_heads,
    other_forms,
});

/// **II. Tổng hợp Nhân dân bàn và quyết định** — matters, their forms and verdicts, the
/// households and the value involved.
///
/// The provincial form counts matters decided, and a matter of contents 1–2 decided
/// commune-wide (Luật 10/2022 Điều 21 k1 ¶2, a report's `commune_wide_decisions`) is one
/// matter, however many thôn/TDP voted on it: it adds 1 to `count` and to `commune_wide`, 1 to
/// `adopted` when at least two thirds of all the thôn/TDP approved, and 1 to the form most of
/// its votes used (ties go to the first form of Điều 17: meeting, ballot, online), so the form
/// columns still add up to the matters. Its households and values are those of its votes (each
/// thôn/TDP's households and its own part of the value), summed.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, rollup};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::rules::{CommunityDecision, DecisionForm, DecisionItem, Votes};
/// use qcdc::validate::ValidationContext;
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
/// let tan_my = AdminUnit::new(UnitKind::Xa, "Tân Mỹ");
/// let mut report = CommuneQcdcReport::empty(tan_my.clone(), "2023-Q3".parse()?);
/// let mut decision = CommunityDecision::new(
///     AdminUnit::new(UnitKind::Thon, "Mỹ Cầu"), NaiveDate::from_ymd_opt(2023, 8, 6).unwrap(),
///     DecisionItem::InfrastructureContribution, "Mức đóng góp làm đường thôn", DecisionForm::Meeting,
///     Votes::new(90, 80, 70)?,
/// );
/// decision.presiding_body = Some("Trưởng thôn Mỹ Cầu".into()); // a commune report requires it
/// report.decisions.push(decision);
/// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![tan_my]);
/// let section_ii = rollup(&[Submission::new("a", report)], &list, &ctx).expect("a valid unit list").totals.decisions;
/// assert_eq!((section_ii.count, section_ii.adopted, section_ii.meetings), (1, 1, 1));
/// assert_eq!((section_ii.households_approving, section_ii.households_total), (70, 90));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DecisionTotals {
    /// **Số nội dung** — matters decided, within a thôn/TDP or commune-wide.
    pub count: u64,
    /// **Trong đó: trên phạm vi cấp xã** — of which matters decided commune-wide (Điều 21 k1
    /// ¶2).
    pub commune_wide: u64,
    /// **Được thông qua** — adopted under the rule in force on their date (the verdict of the
    /// rules — `CommunityDecision::verdict`, `CommuneWideDecision::verdict` — not the result
    /// typed in).
    pub adopted: u64,
    /// **Họp** — decided at a meeting.
    pub meetings: u64,
    /// **Phát phiếu** — decided by household ballot.
    pub household_ballots: u64,
    /// **Trực tuyến** — decided online.
    pub online_votes: u64,
    /// **Số hộ tán thành** — households approving, over every vote.
    pub households_approving: u64,
    /// **Tổng số hộ** — households, over every vote.
    pub households_total: u64,
    /// **Tỷ lệ tán thành** — households approving out of all households.
    pub approval_rate: Rate,
    /// **Tổng giá trị** — in đồng.
    pub value_total: u64,
    /// **Ngân sách nhà nước** — in đồng.
    pub value_state_budget: u64,
    /// **Nhân dân đóng góp bằng tiền** — in đồng.
    pub value_people_cash: u64,
    /// **Ngày công** — workdays.
    pub value_labour_days: u64,
    /// **Khác** — in đồng.
    pub value_other: u64,
}

additive!(DecisionTotals {
    count,
    commune_wide,
    adopted,
    meetings,
    household_ballots,
    online_votes,
    households_approving,
    households_total,
    value_total,
    value_state_budget,
    value_people_cash,
    value_labour_days,
    value_other,
});

/// **III. Tổng hợp Nhân dân tham gia ý kiến** — consultations and their opinions.
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
/// let section_iii = rollup(&[Submission::new("a", report)], &list, &ctx).expect("a valid unit list").totals.consultations;
/// assert_eq!(section_iii.count, 0);
/// assert_eq!(section_iii.acceptance_rate.percent(), None); // no opinion received: no rate
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ConsultationTotals {
    /// **Số nội dung** — consultations.
    pub count: u64,
    /// **Ý kiến nhận được** — opinions received.
    pub opinions_received: u64,
    /// **Ý kiến được tiếp thu** — opinions accepted.
    pub opinions_accepted: u64,
    /// **Tỷ lệ tiếp thu** — accepted out of received.
    pub acceptance_rate: Rate,
}

additive!(ConsultationTotals {
    count,
    opinions_received,
    opinions_accepted,
});

/// Adds `one` into `total`, blaming the record at `path` when a figure would overflow.
fn add_at<T: Additive>(total: &mut T, one: &T, path: &Pointer) -> Result<(), Box<Violation>> {
    *total = total.checked_add(one).map_err(|figure| {
        Box::new(Violation::new(path, Code::TotalOverflow).param("figure", figure))
    })?;
    Ok(())
}

/// The section I–III totals of one report.
pub(crate) fn record_contribution(
    report: &CommuneQcdcReport,
) -> Result<(DisclosureTotals, DecisionTotals, ConsultationTotals), Box<Violation>> {
    let mut disclosures = DisclosureTotals::default();
    let root = Pointer::root();
    for (i, d) in report.disclosures.iter().enumerate() {
        let has = |f: DisclosureForm| u64::from(d.forms.contains(&f));
        let main = [
            DisclosureForm::Posting,
            DisclosureForm::WebPortal,
            DisclosureForm::Loudspeaker,
            DisclosureForm::ResidentialHead,
        ];
        let one = DisclosureTotals {
            count: 1,
            posted: has(DisclosureForm::Posting),
            web_portal: has(DisclosureForm::WebPortal),
            loudspeaker: has(DisclosureForm::Loudspeaker),
            via_residential_heads: has(DisclosureForm::ResidentialHead),
            other_forms: u64::from(d.forms.iter().any(|f| !main.contains(f))),
        };
        add_at(&mut disclosures, &one, &root.key("disclosures").index(i))?;
    }
    let mut decisions = DecisionTotals::default();
    for (i, d) in report.decisions.iter().enumerate() {
        add_at(
            &mut decisions,
            &vote_figures(d),
            &root.key("decisions").index(i),
        )?;
    }
    // Built only when there are such decisions: this runs for every report of a roll-up.
    let commune_wide = if report.commune_wide_decisions.is_empty() {
        Pointer::root()
    } else {
        root.key("commune_wide_decisions")
    };
    for (i, c) in report.commune_wide_decisions.iter().enumerate() {
        let path = commune_wide.index(i);
        add_at(&mut decisions, &commune_wide_figures(c, &path)?, &path)?;
    }
    let mut consultations = ConsultationTotals::default();
    for (i, c) in report.consultations.iter().enumerate() {
        let one = ConsultationTotals {
            count: 1,
            opinions_received: u64::from(c.opinions_received),
            opinions_accepted: u64::from(c.opinions_accepted),
            acceptance_rate: Rate::default(),
        };
        add_at(
            &mut consultations,
            &one,
            &root.key("consultations").index(i),
        )?;
    }
    Ok((disclosures, decisions, consultations))
}

/// The section II figures of one vote of the households of a thôn/TDP: one matter, adopted when
/// the rule in force on its date adopts it, its form, households and value.
fn vote_figures(d: &CommunityDecision) -> DecisionTotals {
    let value = d.value.clone().unwrap_or_default();
    DecisionTotals {
        count: 1,
        commune_wide: 0,
        adopted: u64::from(d.verdict().is_ok_and(|v| v.outcome == Outcome::Adopted)),
        meetings: u64::from(d.form == DecisionForm::Meeting),
        household_ballots: u64::from(d.form == DecisionForm::HouseholdBallot),
        online_votes: u64::from(d.form == DecisionForm::Online),
        households_approving: u64::from(d.households_approving),
        households_total: u64::from(d.households_total),
        approval_rate: Rate::default(),
        value_total: value.total,
        value_state_budget: value.state_budget,
        value_people_cash: value.people_cash,
        value_labour_days: value.labour_days,
        value_other: value.other,
    }
}

/// The section II figures of one matter decided commune-wide (see [`DecisionTotals`]): one
/// matter, adopted by the verdict of Điều 21 k1 ¶2, under the form most of its votes used, with
/// the households and values of its votes summed (an overflow is blamed on the vote at `path`).
fn commune_wide_figures(
    c: &CommuneWideDecision,
    path: &Pointer,
) -> Result<DecisionTotals, Box<Violation>> {
    let mut votes = DecisionTotals::default();
    let votes_path = path.key("votes");
    for (j, vote) in c.votes.iter().enumerate() {
        add_at(&mut votes, &vote_figures(vote), &votes_path.index(j))?;
    }
    let by_form = [votes.meetings, votes.household_ballots, votes.online_votes];
    // The first form with the most votes; none when nobody voted yet.
    let most = by_form.iter().copied().max().filter(|&n| n > 0);
    let main = most.and_then(|most| by_form.iter().position(|&n| n == most));
    Ok(DecisionTotals {
        count: 1,
        commune_wide: 1,
        adopted: u64::from(c.verdict().is_ok_and(|v| v.outcome == Outcome::Adopted)),
        meetings: u64::from(main == Some(0)),
        household_ballots: u64::from(main == Some(1)),
        online_votes: u64::from(main == Some(2)),
        approval_rate: Rate::default(),
        ..votes
    })
}
