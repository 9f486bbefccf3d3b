//! Validating and rolling up the quarterly QCDC reports of 3,321 commune-level units (the number
//! of xã, phường and đặc khu after 01/07/2025), 30 records each across sections I–IV.
//!
//! `cargo bench --bench rollup -- --warm-up-time 1 --measurement-time 5`

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use qcdc::commune_report::{
    CommuneQcdcReport, Submission, SupervisingBody, Supervision, UnitList, rollup,
};
use qcdc::org::{AdminUnit, UnitKind};
use qcdc::period::ReportingPeriod;
use qcdc::rules::{
    CommunityDecision, Consultation, ConsultationForm, ConsultationItem, DecisionForm,
    DecisionItem, Disclosure, DisclosureDuration, DisclosureForm, DisclosureItem, MatterValue,
    Votes,
};
use qcdc::validate::ValidationContext;

/// Commune-level units after the 2025 reform.
const UNITS: usize = 3321;
/// Records per report, by section: 8 disclosures, 6 decisions, 6 consultations and 10
/// supervisions — 30 in all.
const DISCLOSURES: usize = 8;
const DECISIONS: usize = 6;
const CONSULTATIONS: usize = 6;
const SUPERVISIONS: usize = 10;

fn period() -> ReportingPeriod {
    "2025-Q4".parse().expect("a quarter")
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, d).expect("a date")
}

fn unit(i: usize) -> AdminUnit {
    let kind = if i.is_multiple_of(3) {
        UnitKind::Phuong
    } else {
        UnitKind::Xa
    };
    AdminUnit::new(kind, format!("Đơn vị số {i}"))
}

fn report(i: usize) -> CommuneQcdcReport {
    let mut r = CommuneQcdcReport::empty(unit(i), period());
    for k in 0..DISCLOSURES {
        let day_of = 1 + (k % 28) as u32;
        r.disclosures.push(Disclosure {
            item: [
                DisclosureItem::Budget,
                DisclosureItem::SocialSupport,
                DisclosureItem::FeesAndCharges,
                DisclosureItem::PublicAssets,
            ][k % 4],
            summary: format!("Nội dung công khai số {k} của quý IV/2025"),
            duration: DisclosureDuration::AtLeast30Days,
            decided_on: None,
            disclosed_on: day(10, day_of),
            posted_until: Some(day(11, day_of)),
            forms: vec![DisclosureForm::Posting, DisclosureForm::Loudspeaker],
            other_form: None,
            broadcast_days: Some(3),
            other_law: None,
            plan: None,
            document: None,
        });
    }
    for k in 0..DECISIONS {
        let total = 80 + k as u32 * 20;
        let votes = Votes::new(total, total - 5, total * 3 / 4).expect("consistent counts");
        let mut decision = CommunityDecision::new(
            AdminUnit::new(UnitKind::Thon, format!("Thôn {k}")),
            day(11, 1 + k as u32),
            [
                DecisionItem::InfrastructureContribution,
                DecisionItem::OtherSelfManaged,
            ][k % 2],
            format!("Nội dung bàn và quyết định số {k}"),
            DecisionForm::Meeting,
            votes,
        );
        decision.presiding_body = Some(format!("Trưởng thôn {k}"));
        decision.options_prepared = Some(2);
        decision.value = Some(MatterValue {
            total: 500_000_000,
            state_budget: 300_000_000,
            people_cash: 150_000_000,
            labour_days: 120,
            other: 0,
        });
        r.decisions.push(decision);
    }
    for k in 0..CONSULTATIONS {
        r.consultations.push(Consultation {
            item: [
                ConsultationItem::LandUsePlanning,
                ConsultationItem::DemocracyRegulationDraft,
            ][k % 2],
            summary: format!("Nội dung lấy ý kiến số {k}"),
            forms: vec![
                ConsultationForm::CommunityMeeting,
                ConsultationForm::WebPortal,
            ],
            start: day(10, 5 + k as u32),
            end: day(11, 5 + k as u32),
            opinions_received: 40 + k as u32,
            opinions_accepted: 10 + k as u32,
            draft: None,
            plan: None,
            explanatory_report: None,
        });
    }
    for k in 0..SUPERVISIONS {
        let k64 = k as u64;
        r.supervisions.push(Supervision {
            subject: format!("Giám sát việc thực hiện nội dung số {k} tại thôn, tổ dân phố"),
            body: [SupervisingBody::BanTtnd, SupervisingBody::BanGsdtcd][k % 2],
            body_other: None,
            start: Some(day(10, 1 + (k % 28) as u32)),
            end: Some(day(11, 1 + (k % 28) as u32)),
            recommendations_to_party: k64 % 2,
            recommendations_to_government: k64 % 3,
            recommendations_to_others: k64 % 5,
        });
    }
    let i64_ = i as u64;
    r.people_inspection.sessions = 3;
    r.people_inspection.violations_found = i64_ % 4;
    r.people_inspection.cases_recommended = i64_ % 3 % (i64_ % 4 + 1);
    r.people_inspection.money_recovered = 1_000_000 * (i64_ % 17);
    r.investment_supervision.projects_in_area = 1 + i64_ % 6;
    r.investment_supervision.sessions = 2;
    let c = &mut r.complaints;
    c.received_in_period = i64_ % 7;
    c.received_year_to_date = 20 + i64_ % 7;
    c.resolved_in_period = i64_ % 5;
    c.resolved_year_to_date = 15 + i64_ % 5;
    c.backlog = Some(2);
    c.unresolved = 2 + c.received_year_to_date - c.resolved_year_to_date;
    r.residential_meetings = Some(qcdc::commune_report::ResidentialMeetings {
        residential_units: 12,
        meeting_once: 8,
        meeting_twice: 3,
        meeting_other: 0,
        other_way_note: None,
    });
    r
}

fn bench(c: &mut Criterion) {
    let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2026, 1, 20).expect("a date"));
    let province = AdminUnit::new(UnitKind::Tinh, "Tỉnh mẫu");
    let list = UnitList::new(province, period(), (0..UNITS).map(unit).collect());
    let submissions: Vec<Submission> = (0..UNITS)
        .map(|i| Submission::new(format!("{i}.json"), report(i)))
        .collect();
    let check = rollup(&submissions, &list, &ctx).expect("a valid list");
    assert!(check.invalid.is_empty(), "{:?}", check.invalid.first());
    assert_eq!(check.units_reported.len(), UNITS);

    report_cpu_time(|| {
        black_box(rollup(&submissions, &list, &ctx)).ok();
    });

    let mut group = c.benchmark_group("rollup");
    group.sample_size(10);
    group.bench_function("validate_and_roll_up_3321_reports", |b| {
        b.iter(|| rollup(black_box(&submissions), black_box(&list), &ctx))
    });
    let bytes: Vec<(String, Vec<u8>)> = (0..UNITS)
        .map(|i| {
            let json = serde_json::to_vec(&report(i)).expect("serialisable");
            (format!("{i}.json"), json)
        })
        .collect();
    group.bench_function("decode_validate_and_roll_up_3321_json_reports", |b| {
        b.iter(|| {
            let subs: Vec<Submission> = bytes
                .iter()
                .map(|(name, json)| Submission::from_json(name.clone(), json, &ctx))
                .collect();
            rollup(&subs, &list, &ctx)
        })
    });
    group.finish();
}

/// The CPU time this process spent, in clock ticks (Linux `/proc/self/stat`, fields 14 and 15),
/// when it can be read.
fn cpu_ticks() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name may contain spaces; the fields after it are space-separated.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let user: u64 = fields.get(11)?.parse().ok()?;
    let system: u64 = fields.get(12)?.parse().ok()?;
    Some(user + system)
}

/// Prints the CPU time of one run of `f`, averaged over 20 runs: on a machine shared with other
/// work, wall time (what criterion reports) overstates the cost on one core. Ticks are assumed
/// to be 1/100 s, the Linux default.
fn report_cpu_time(mut f: impl FnMut()) {
    const RUNS: u64 = 20;
    let Some(before) = cpu_ticks() else {
        return;
    };
    for _ in 0..RUNS {
        f();
    }
    if let Some(after) = cpu_ticks() {
        let ms = (after - before) as f64 * 10.0 / RUNS as f64;
        println!("rollup: CPU time per validation and roll-up of {UNITS} reports: {ms:.1} ms");
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
