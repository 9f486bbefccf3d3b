//! **Nhân dân tham gia ý kiến** — what the people of a commune are consulted on (Luật 10/2022
//! Điều 25) and how (Điều 26).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::attachment::Attachment;
use super::{RuleId, check_distinct, warn_not_modelled};
use crate::legal::LAW_10_2022_FROM;
use crate::validate::{
    At, Code, Member, Pointer, Validate, ValidationContext, ValidationReport, Violation,
};
use crate::vocabulary::{Vocabulary, vocabulary};

vocabulary! {
    /// **Nội dung Nhân dân tham gia ý kiến** — the nine contents the commune consults the
    /// people on (Luật 10/2022 Điều 25, khoản 1 to 9).
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::ConsultationItem;
    ///
    /// let item: ConsultationItem = "quy hoach su dung dat".parse()?;
    /// assert_eq!(item.number(), 2);
    /// assert!("giá vàng".parse::<ConsultationItem>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum ConsultationItem ("consultation content", "Nội dung Nhân dân tham gia ý kiến") {
        /// 1. **Dự thảo kế hoạch phát triển kinh tế - xã hội** of the commune.
        SocioEconomicPlanDraft = "socio_economic_plan_draft", "Dự thảo kế hoạch phát triển kinh tế - xã hội";
        /// 2. **Quy hoạch, kế hoạch sử dụng đất** — land-use planning.
        LandUsePlanning = "land_use_planning", "Quy hoạch sử dụng đất", ["quy hoạch, kế hoạch sử dụng đất"];
        /// 3. **Đầu tư, đất đai, môi trường, bồi thường, tái định cư** of major projects.
        MajorProjects = "major_projects", "Chủ trương đầu tư, đất đai, môi trường, bồi thường, tái định cư của dự án";
        /// 4. **Thành lập, sáp nhập, đổi tên đơn vị hành chính, thôn, tổ dân phố**.
        UnitReorganisation = "unit_reorganisation", "Thành lập, nhập, chia, điều chỉnh địa giới, đổi tên đơn vị hành chính, thôn, tổ dân phố";
        /// 5. **Quyết định của UBND ảnh hưởng đến cộng đồng**.
        CommitteeDecisions = "committee_decisions", "Quyết định của UBND cấp xã liên quan đến cộng đồng dân cư";
        /// 6. **Quy hoạch xây dựng** — construction (since 2025: urban and rural) planning.
        ConstructionPlanning = "construction_planning", "Quy hoạch xây dựng, quy hoạch đô thị và nông thôn";
        /// 7. **Dự thảo quy chế thực hiện dân chủ** — drafts of democracy regulations.
        DemocracyRegulationDraft = "democracy_regulation_draft", "Dự thảo quy chế thực hiện dân chủ";
        /// 8. **Quyết định làm phát sinh nghĩa vụ, hạn chế quyền của công dân**.
        RestrictiveDecisions = "restrictive_decisions", "Dự thảo quyết định làm phát sinh nghĩa vụ hoặc hạn chế quyền của công dân";
        /// 9. **Nội dung khác**.
        Other = "other", "Nội dung khác";
    }
}

impl ConsultationItem {
    /// The clause of Điều 25 that lists the content (1 to 9).
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::ConsultationItem;
    ///
    /// assert_eq!(ConsultationItem::LandUsePlanning.number(), 2);
    /// ```
    pub fn number(self) -> u8 {
        let i = Self::ALL.iter().position(|v| *v == self).unwrap_or(8);
        u8::try_from(i + 1).unwrap_or(9)
    }
}

vocabulary! {
    /// **Hình thức Nhân dân tham gia ý kiến** — the eight forms of consultation (Luật 10/2022
    /// Điều 26, points a to h); the UBND chooses one or more.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::ConsultationForm;
    ///
    /// assert_eq!("hom thu gop y".parse::<ConsultationForm>()?, ConsultationForm::SuggestionBox);
    /// assert_eq!(ConsultationForm::CitizenDialogue.point(), "h");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum ConsultationForm ("consultation form", "Hình thức lấy ý kiến") {
        /// a) **Hội nghị tiếp xúc, đối thoại** between the UBND and the people.
        DialogueConference = "dialogue_conference", "Hội nghị tiếp xúc, đối thoại";
        /// b) **Họp cộng đồng dân cư** — a community meeting.
        CommunityMeeting = "community_meeting", "Họp cộng đồng dân cư";
        /// c) **Phát phiếu lấy ý kiến** to households.
        HouseholdBallot = "household_ballot", "Phát phiếu lấy ý kiến";
        /// d) **Hòm thư góp ý, đường dây nóng** — suggestion box, hotline.
        SuggestionBox = "suggestion_box", "Hòm thư, đường dây nóng", ["hòm thư góp ý", "đường dây nóng"];
        /// đ) **Qua Ban công tác Mặt trận và các tổ chức chính trị - xã hội**.
        ThroughFront = "through_front", "Qua Ban công tác Mặt trận và các tổ chức chính trị - xã hội";
        /// e) **Trang thông tin điện tử cấp xã** — the commune web portal.
        WebPortal = "web_portal", "Trang thông tin điện tử cấp xã";
        /// g) **Mạng viễn thông, mạng xã hội**.
        SocialNetwork = "social_network", "Mạng viễn thông, mạng xã hội";
        /// h) **Đối thoại, lấy ý kiến công dân** concerned (content 8).
        CitizenDialogue = "citizen_dialogue", "Tổ chức đối thoại, lấy ý kiến công dân";
    }
}

impl ConsultationForm {
    /// The point of Điều 26 naming the form.
    ///
    /// # Example
    /// ```
    /// use qcdc::rules::ConsultationForm;
    ///
    /// assert_eq!(ConsultationForm::DialogueConference.point(), "a");
    /// assert_eq!(ConsultationForm::CommunityMeeting.point(), "b");
    /// ```
    pub fn point(self) -> &'static str {
        const POINTS: [&str; 8] = ["a", "b", "c", "d", "đ", "e", "g", "h"];
        let i = Self::ALL.iter().position(|v| *v == self).unwrap_or(7);
        POINTS.get(i).copied().unwrap_or("h")
    }
}

/// Checks the forms of a consultation on `item` ([`RuleId::ConsultationForms`], Điều 26): at
/// least one and none twice (errors), and the dialogue with the citizens concerned (point h)
/// only for content 8 (a breach). Findings go at `path` (the forms list) or its elements.
///
/// # Example
/// ```
/// use qcdc::rules::{ConsultationForm, ConsultationItem, check_consultation_forms};
/// use qcdc::validate::{Code, Pointer, ValidationReport};
///
/// let mut report = ValidationReport::new();
/// let forms = [ConsultationForm::CitizenDialogue];
/// check_consultation_forms(ConsultationItem::LandUsePlanning, &forms, &Pointer::root().key("forms"), &mut report);
/// assert_eq!(report.breach_codes(), [Code::FormNotAllowed]);
/// assert_eq!(report.breaches()[0].path, "/forms/0");
/// ```
pub fn check_consultation_forms(
    item: ConsultationItem,
    forms: &[ConsultationForm],
    path: &Pointer,
    report: &mut ValidationReport,
) {
    check_consultation_forms_at(item, forms, path, report);
}

/// [`check_consultation_forms`] at a place whose pointer is built only for a finding.
pub(crate) fn check_consultation_forms_at(
    item: ConsultationItem,
    forms: &[ConsultationForm],
    path: &impl At,
    report: &mut ValidationReport,
) {
    if forms.is_empty() {
        report.error(
            RuleId::ConsultationForms
                .violation(&path.pointer(), Code::TooFew)
                .param("min", 1)
                .param("actual", 0),
        );
    }
    check_distinct(forms, path, report);
    for (i, form) in forms.iter().enumerate() {
        if *form == ConsultationForm::CitizenDialogue
            && item != ConsultationItem::RestrictiveDecisions
        {
            report.breach(
                RuleId::ConsultationForms
                    .violation(&path.pointer().index(i), Code::FormNotAllowed)
                    .param("form", form.name_vi())
                    .param("item", item.name_vi()),
            );
        }
    }
}

/// **Lấy ý kiến Nhân dân** — one consultation of the people by a commune: content, forms,
/// dates, opinions received and accepted, and the draft, plan and explanatory report (the
/// record section III of a commune report lists). Checked by [`check_consultation_forms`] (from
/// 01/07/2023), dates in order, accepted ≤ received, the attached documents well formed.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::rules::{Consultation, ConsultationForm, ConsultationItem};
/// use qcdc::validate::{Code, Validate, ValidationContext};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let mut c = Consultation {
///     item: ConsultationItem::DemocracyRegulationDraft,
///     summary: "Dự thảo quy chế dân chủ phường".into(),
///     forms: vec![ConsultationForm::CommunityMeeting],
///     start: d(2024, 4, 1),
///     end: d(2024, 4, 20),
///     opinions_received: 40,
///     opinions_accepted: 12,
///     draft: None,
///     plan: None,
///     explanatory_report: None,
/// };
/// let ctx = ValidationContext::new(d(2026, 1, 1));
/// assert!(c.validate(&ctx).is_valid());
/// c.opinions_accepted = 41;
/// assert_eq!(c.validate(&ctx).error_codes(), [Code::OutOfRange]);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Nội dung Nhân dân tham gia ý kiến")]
pub struct Consultation {
    /// **Nội dung** — the content (Điều 25).
    #[schemars(title = "Nội dung lấy ý kiến (Điều 25)")]
    pub item: ConsultationItem,
    /// **Tóm tắt** — what the people were consulted on.
    #[schemars(title = "Tóm tắt", length(min = 1, max = 2000))]
    pub summary: String,
    /// **Hình thức** — the forms used (Điều 26).
    #[serde(default)]
    #[schemars(title = "Hình thức lấy ý kiến", length(min = 1, max = 8))]
    pub forms: Vec<ConsultationForm>,
    /// **Từ ngày** — the first day.
    #[schemars(title = "Từ ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub start: NaiveDate,
    /// **Đến ngày** — the last day.
    #[schemars(title = "Đến ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub end: NaiveDate,
    /// **Số ý kiến nhận được** — opinions received.
    #[schemars(title = "Số ý kiến nhận được")]
    pub opinions_received: u32,
    /// **Số ý kiến được tiếp thu** — opinions accepted.
    #[schemars(title = "Số ý kiến được tiếp thu")]
    pub opinions_accepted: u32,
    /// **Dự thảo** — the draft consulted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Dự thảo lấy ý kiến")]
    pub draft: Option<Attachment>,
    /// **Kế hoạch** — the consultation plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Kế hoạch lấy ý kiến")]
    pub plan: Option<Attachment>,
    /// **Báo cáo giải trình, tiếp thu** — the report explaining what was accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Báo cáo tiếp thu, giải trình")]
    pub explanatory_report: Option<Attachment>,
}

impl Consultation {
    /// Records the problems of this consultation at `path`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::validate::{Pointer, ValidationContext, ValidationReport};
    ///
    /// let consultation: qcdc::rules::Consultation = serde_json::from_value(serde_json::json!({
    ///     "item": "land_use_planning",
    ///     "summary": "Lấy ý kiến về kế hoạch sử dụng đất năm 2024",
    ///     "forms": ["community_meeting"],
    ///     "start": "2023-11-01",
    ///     "end": "2023-10-15",
    ///     "opinions_received": 12,
    ///     "opinions_accepted": 9,
    /// }))?;
    /// let mut report = ValidationReport::new();
    /// consultation.check(&ValidationContext::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()), &Pointer::root().key("consultations").index(0), &mut report);
    /// assert!(report.errors().iter().any(|v| v.path == "/consultations/0/end")); // ends before it starts
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn check(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check_at(ctx, path, report);
    }

    /// [`check`](Self::check) at a place whose pointer is built only for a finding (a commune
    /// report checks every consultation of its list).
    pub(crate) fn check_at(
        &self,
        ctx: &ValidationContext,
        path: &impl At,
        report: &mut ValidationReport,
    ) {
        // Members' pointers are built only when a finding is recorded at them.
        let (start, end) = (Member::new(path, "start"), Member::new(path, "end"));
        report.check_text_at(
            &Member::new(path, "summary"),
            &self.summary,
            super::disclosure::MAX_SUMMARY,
        );
        report.check_record_date_at(&start, self.start, ctx);
        report.check_record_date_at(&end, self.end, ctx);
        report.check_date_order_at(&end, self.start, self.end);
        if self.opinions_accepted > self.opinions_received {
            report.error(
                Violation::new(&path.pointer().key("opinions_accepted"), Code::OutOfRange)
                    .param("min", 0)
                    .param("max", self.opinions_received)
                    .param("actual", self.opinions_accepted),
            );
        }
        for (key, attachment) in [
            ("draft", &self.draft),
            ("plan", &self.plan),
            ("explanatory_report", &self.explanatory_report),
        ] {
            if let Some(a) = attachment {
                a.check_at(ctx, &Member::new(path, key), report);
            }
        }
        if self.start < LAW_10_2022_FROM {
            if self.forms.is_empty() {
                report.error(
                    Violation::new(&path.pointer().key("forms"), Code::TooFew)
                        .param("min", 1)
                        .param("actual", 0),
                );
            }
            warn_not_modelled(&start, self.start, LAW_10_2022_FROM, report);
        } else {
            check_consultation_forms_at(
                self.item,
                &self.forms,
                &Member::new(path, "forms"),
                report,
            );
        }
    }
}

impl Validate for Consultation {
    fn validate_at(&self, ctx: &ValidationContext, path: &Pointer, report: &mut ValidationReport) {
        self.check(ctx, path, report);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_are_well_formed() {
        crate::vocabulary::assert_well_formed::<ConsultationItem>();
        crate::vocabulary::assert_well_formed::<ConsultationForm>();
        assert_eq!(ConsultationItem::ALL.len(), 9);
        assert_eq!(ConsultationForm::ALL.len(), 8);
        assert_eq!(ConsultationItem::RestrictiveDecisions.number(), 8);
    }
}
