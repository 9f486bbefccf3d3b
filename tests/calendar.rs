//! Working days in Vietnam, end to end: the lunar calendar, public holidays, official schedules,
//! and every "working days" rule of the crate that counts on them.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use qcdc::calendar::{
    CalendarRule, DayOffReason, Holiday, LunarDate, OFFICIAL_SCHEDULES, WorkingCalendar, tet,
};
use qcdc::org::reference::phuong;
use qcdc::period::{
    CutoffRule, DeadlineRule, ReportingPeriod, is_working_day, working_days_between,
};
use qcdc::rules::{
    self, CommuneDisclosure, Disclosure, DisclosureDuration, DisclosureForm, DisclosureItem,
};
use qcdc::validate::{Validate, ValidationContext};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A disclosure decided on `decided` and made on `disclosed` (Luật 10/2022 Điều 12 k3).
fn disclosure(decided: NaiveDate, disclosed: NaiveDate) -> CommuneDisclosure {
    CommuneDisclosure {
        commune: phuong("Việt Hưng"),
        has_web_portal: false,
        has_loudspeakers: false,
        disclosure: Disclosure {
            item: DisclosureItem::Other,
            summary: "Kế hoạch tổ chức Tết".into(),
            duration: DisclosureDuration::Other,
            decided_on: Some(decided),
            disclosed_on: disclosed,
            posted_until: None,
            forms: vec![DisclosureForm::WrittenNotice],
            other_form: None,
            broadcast_days: None,
            other_law: None,
            plan: None,
            document: None,
        },
    }
}

/// Whether the report of `doc` holds a `too_late` finding of any severity.
fn called_late(doc: &CommuneDisclosure) -> bool {
    let report = doc.validate(&ValidationContext::new(d(2026, 11, 28)));
    serde_json::to_string(&report)
        .unwrap()
        .contains("\"too_late\"")
}

#[test]
fn disclosure_on_time_right_after_tet_is_not_late() {
    // Luật 10/2022 Điều 12 k3: within 05 working days. Decided Wednesday 07/02/2024, the eve of
    // the official Tết break 08/02–14/02/2024: the 5th working day is Wednesday 21/02.
    let decided = d(2024, 2, 7);
    assert_eq!(rules::add_working_days(decided, 5), d(2024, 2, 21));
    assert!(!called_late(&disclosure(decided, d(2024, 2, 21))));
    // The 6th working day is late.
    assert_eq!(rules::add_working_days(decided, 6), d(2024, 2, 22));
    assert!(called_late(&disclosure(decided, d(2024, 2, 22))));
}

#[test]
fn fifth_and_sixth_working_day_across_a_swapped_working_day() {
    // Công văn 2450/VPCP-KGVX: 27/04–01/05/2024 off, Saturday 04/05 worked instead of 29/04.
    let decided = d(2024, 4, 26);
    assert_eq!(rules::add_working_days(decided, 5), d(2024, 5, 7));
    assert_eq!(rules::add_working_days(decided, 6), d(2024, 5, 8));
    assert!(!called_late(&disclosure(decided, d(2024, 5, 7))));
    assert!(called_late(&disclosure(decided, d(2024, 5, 8))));
    assert_eq!(working_days_between(decided, d(2024, 5, 7), &[]), 5);
    assert!(is_working_day(d(2024, 5, 4), &[]));
    assert!(!is_working_day(d(2024, 4, 29), &[]));
}

#[test]
fn user_holidays_of_a_deadline_rule_add_to_the_vietnamese_calendar() {
    // April 2024: the cut-off ends Sunday 14/04; Giỗ Tổ Hùng Vương is Thursday 18/04 (10/3 âm
    // lịch, Bộ luật Lao động 2019 Điều 112 k1 e), skipped without being listed.
    let april: ReportingPeriod = "2024-04".parse().unwrap();
    let cutoff = CutoffRule::default();
    let rule = DeadlineRule::working_days_after_cutoff(5, vec![]);
    assert_eq!(rule.deadline(april, &cutoff), d(2024, 4, 22));
    // A day the province gives off is added, not a replacement of the public holidays.
    let rule = DeadlineRule::working_days_after_cutoff(5, vec![d(2024, 4, 19)]);
    assert_eq!(rule.deadline(april, &cutoff), d(2024, 4, 23));
}

#[test]
fn compensatory_day_for_a_holiday_on_a_weekend() {
    // Bộ luật Lao động 2019 Điều 111 k3: 02/9/2029 is a Sunday. Statute rule: the adjacent day
    // is Monday 03/9 and the 02/9 itself is made up on Tuesday 04/9.
    let cal = WorkingCalendar::default();
    let off: Vec<_> = cal
        .days_off(2029)
        .into_iter()
        .filter(|o| o.holiday == Some(Holiday::NationalDay))
        .map(|o| (o.date, o.reason))
        .collect();
    assert_eq!(
        off,
        [
            (d(2029, 9, 3), DayOffReason::Holiday),
            (d(2029, 9, 4), DayOffReason::Compensatory)
        ]
    );
    assert!(cal.is_working_day(d(2029, 9, 5)));
    assert_eq!(
        CalendarRule::CompensatoryDay.citation().to_string(),
        "khoản 3 Điều 111 Bộ luật số 45/2019/QH14"
    );
}

#[test]
fn hung_kings_commemoration_dates() {
    // Điều 112 k1 e: 10/3 âm lịch.
    let cal = WorkingCalendar::default();
    for date in [
        d(2024, 4, 18),
        d(2025, 4, 7),
        d(2026, 4, 26),
        d(2027, 4, 16),
    ] {
        let lunar = LunarDate::from_solar(date).unwrap();
        assert_eq!(
            (lunar.month, lunar.day, lunar.leap),
            (3, 10, false),
            "{date}"
        );
        if date.weekday().number_from_monday() <= 5 {
            assert!(!cal.is_working_day(date), "{date}");
        }
    }
}

#[test]
fn vietnam_is_not_china_1985_and_2030() {
    // UTC+7 against UTC+8: 21/01/1985 (China 20/02/1985), 02/02/2030 (China 03/02/2030).
    assert_eq!(tet(1985).unwrap(), d(1985, 1, 21));
    assert_eq!(tet(2030).unwrap(), d(2030, 2, 2));
    // 1985: the Vietnamese calendar had month 1 a month earlier; 20/02/1985 was 01/02 âm lịch.
    let lunar = LunarDate::from_solar(d(1985, 2, 20)).unwrap();
    assert_eq!((lunar.year, lunar.month, lunar.day), (1985, 2, 1));
}

#[test]
fn every_official_schedule_is_off_and_sourced() {
    let cal = WorkingCalendar::default();
    for s in OFFICIAL_SCHEDULES {
        assert!(!s.source.is_empty());
        for day in s.first.iter_days().take_while(|d| *d <= s.last) {
            assert!(!cal.is_working_day(day), "{day}");
        }
        for day in s.worked.iter() {
            assert!(cal.is_working_day(*day), "{day}");
        }
    }
}

#[test]
fn tet_falls_between_21_january_and_20_february() {
    for year in 1900..=2199 {
        let t = tet(year).unwrap();
        assert!(t >= d(year, 1, 21) && t <= d(year, 2, 20), "{year}: {t}");
    }
}

#[test]
fn calendar_types_are_send_and_sync() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<WorkingCalendar>();
    send_sync::<LunarDate>();
    send_sync::<Holiday>();
}

proptest! {
    #[test]
    fn adding_then_counting_working_days_round_trips(
        offset in 0u32..(366 * 40),
        n in 0u32..40,
    ) {
        let from = d(2000, 1, 1) + chrono::Days::new(u64::from(offset));
        let cal = WorkingCalendar::default();
        let to = cal.add_working_days(from, n);
        prop_assert_eq!(cal.working_days_between(from, to), n);
        if n > 0 {
            prop_assert!(cal.is_working_day(to));
        }
    }

    #[test]
    fn lunar_round_trip(offset in 0u32..(366 * 299)) {
        let day = d(1900, 2, 1) + chrono::Days::new(u64::from(offset));
        let lunar = LunarDate::from_solar(day).unwrap();
        prop_assert_eq!(lunar.to_solar().unwrap(), day);
    }
}
