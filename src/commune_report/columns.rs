//! The columns of the roll-up's tables, declared once for every rendering (the text tables,
//! the workbook, the charts): each section of the provincial form, its columns, and how a
//! column's figure is read from a row's totals.

use super::totals::{Rate, RollupTotals};

/// How a column's figure is read from a row's totals.
#[derive(Clone, Copy)]
pub(crate) enum Figure {
    /// A count or an amount; the "Cộng" row is the sum of the unit rows.
    Count(fn(&RollupTotals) -> u64),
    /// A rate recomputed from other columns of the same section (never averaged): the sum of
    /// the `numerator` columns out of the sum of the `denominator` columns, given as indices
    /// into the section's columns.
    // The column indices serve the workbook's formulas (feature `xlsx`) and the tests.
    #[cfg_attr(not(feature = "xlsx"), allow(dead_code))]
    Rate {
        of: fn(&RollupTotals) -> Rate,
        numerator: &'static [usize],
        denominator: &'static [usize],
    },
}

/// One column: its Vietnamese heading and its figure.
#[derive(Clone, Copy)]
pub(crate) struct Column {
    pub(crate) heading: &'static str,
    pub(crate) figure: Figure,
}

/// One section of the form (I–VIII).
pub(crate) struct Section {
    /// The section's title as in the form: "I. KẾT QUẢ THỰC HIỆN CÔNG KHAI".
    pub(crate) title: &'static str,
    /// A short name (at most 31 characters, as a worksheet name must be).
    pub(crate) short: &'static str,
    /// Only quarter IV and yearly reports carry it (section VIII).
    pub(crate) yearly: bool,
    pub(crate) columns: Vec<Column>,
    /// The count columns a chart of the section shows (indices into `columns`).
    pub(crate) key: &'static [usize],
}

impl Section {
    /// Whether a unit's totals have a row in this section: the yearly section only for the
    /// units whose reports carry it.
    pub(crate) fn has_row(&self, totals: &RollupTotals) -> bool {
        !self.yearly || totals.residential_meetings.units_reporting > 0
    }
}

const fn count(heading: &'static str, read: fn(&RollupTotals) -> u64) -> Column {
    Column {
        heading,
        figure: Figure::Count(read),
    }
}

const fn rate(
    heading: &'static str,
    of: fn(&RollupTotals) -> Rate,
    numerator: &'static [usize],
    denominator: &'static [usize],
) -> Column {
    Column {
        heading,
        figure: Figure::Rate {
            of,
            numerator,
            denominator,
        },
    }
}

/// The eight sections of the provincial form, in order.
pub(crate) fn sections() -> Vec<Section> {
    vec![
        Section {
            title: "I. KẾT QUẢ THỰC HIỆN CÔNG KHAI",
            short: "I. Công khai",
            key: &[0, 1, 2],
            yearly: false,
            columns: vec![
                count("Số nội dung", |t| t.disclosures.count),
                count("Niêm yết", |t| t.disclosures.posted),
                count("Trang TTĐT", |t| t.disclosures.web_portal),
                count("Loa", |t| t.disclosures.loudspeaker),
                count("Qua Trưởng thôn/TDP", |t| {
                    t.disclosures.via_residential_heads
                }),
                count("Hình thức khác", |t| t.disclosures.other_forms),
            ],
        },
        Section {
            title: "II. NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH TRỰC TIẾP",
            short: "II. Bàn và quyết định",
            key: &[0, 2],
            yearly: false,
            columns: vec![
                count("Số nội dung", |t| t.decisions.count),
                count("Phạm vi cấp xã", |t| t.decisions.commune_wide),
                count("Thông qua", |t| t.decisions.adopted),
                count("Họp", |t| t.decisions.meetings),
                count("Phát phiếu", |t| t.decisions.household_ballots),
                count("Trực tuyến", |t| t.decisions.online_votes),
                count("Hộ tán thành", |t| t.decisions.households_approving),
                count("Tổng số hộ", |t| t.decisions.households_total),
                rate("Tỷ lệ", |t| t.decisions.approval_rate, &[6], &[7]),
                count("Tổng giá trị (đ)", |t| t.decisions.value_total),
                count("NSNN (đ)", |t| t.decisions.value_state_budget),
                count("Dân góp tiền (đ)", |t| t.decisions.value_people_cash),
                count("Ngày công", |t| t.decisions.value_labour_days),
                count("Khác (đ)", |t| t.decisions.value_other),
            ],
        },
        Section {
            title: "III. NHÂN DÂN THAM GIA Ý KIẾN",
            short: "III. Tham gia ý kiến",
            key: &[1, 2],
            yearly: false,
            columns: vec![
                count("Số nội dung", |t| t.consultations.count),
                count("Ý kiến nhận được", |t| {
                    t.consultations.opinions_received
                }),
                count("Ý kiến tiếp thu", |t| {
                    t.consultations.opinions_accepted
                }),
                rate(
                    "Tỷ lệ tiếp thu",
                    |t| t.consultations.acceptance_rate,
                    &[2],
                    &[1],
                ),
            ],
        },
        Section {
            title: "IV. NHÂN DÂN KIỂM TRA, GIÁM SÁT",
            short: "IV. Kiểm tra, giám sát",
            key: &[1, 2, 3],
            yearly: false,
            columns: vec![
                count("Số cuộc", |t| t.supervisions.count),
                count("Ban TTND", |t| t.supervisions.by_ban_ttnd),
                count("Ban GSĐTCĐ", |t| t.supervisions.by_ban_gsdtcd),
                count("Chủ thể khác", |t| t.supervisions.by_other),
                count("KN cấp ủy", |t| t.supervisions.recommendations_to_party),
                count("KN chính quyền", |t| {
                    t.supervisions.recommendations_to_government
                }),
                count("KN khác", |t| t.supervisions.recommendations_to_others),
            ],
        },
        Section {
            title: "V. BAN THANH TRA NHÂN DÂN",
            short: "V. Ban TTND",
            key: &[0, 1, 2],
            yearly: false,
            columns: vec![
                count("Số cuộc", |t| t.people_inspection.sessions),
                count("Phát hiện VP", |t| t.people_inspection.violations_found),
                count("KN xử lý", |t| t.people_inspection.cases_recommended),
                count("Thu hồi tiền (đ)", |t| {
                    t.people_inspection.money_recovered
                }),
                count("Xử lý khác tiền (đ)", |t| {
                    t.people_inspection.money_other_handling
                }),
                count("Thu hồi đất (m²)", |t| {
                    t.people_inspection.land_recovered_m2
                }),
                count("Xử lý khác đất (m²)", |t| {
                    t.people_inspection.land_other_handling_m2
                }),
                count("KN chính sách", |t| {
                    t.people_inspection.law_recommendations
                }),
            ],
        },
        Section {
            title: "VI. BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG",
            short: "VI. Ban GSĐTCĐ",
            key: &[1, 2, 3],
            yearly: false,
            columns: vec![
                count("Công trình", |t| {
                    t.investment_supervision.projects_in_area
                }),
                count("Số cuộc", |t| t.investment_supervision.sessions),
                count("Phát hiện VP", |t| {
                    t.investment_supervision.violations_found
                }),
                count("KN xử lý", |t| {
                    t.investment_supervision.cases_recommended
                }),
                count("Thu hồi (đ)", |t| {
                    t.investment_supervision.money_recovered
                }),
                count("Giảm trừ QT (đ)", |t| {
                    t.investment_supervision.settlement_reductions
                }),
                count("Xử lý khác (đ)", |t| {
                    t.investment_supervision.money_other_handling
                }),
            ],
        },
        Section {
            title: "VII. ĐƠN THƯ KHIẾU NẠI, TỐ CÁO",
            short: "VII. Đơn thư",
            key: &[0, 2, 4],
            yearly: false,
            columns: vec![
                count("Nhận trong kỳ", |t| t.complaints.received_in_period),
                count("Nhận lũy kế", |t| t.complaints.received_year_to_date),
                count("GQ trong kỳ", |t| t.complaints.resolved_in_period),
                count("GQ lũy kế", |t| t.complaints.resolved_year_to_date),
                count("Chưa GQ", |t| t.complaints.unresolved),
                // Resolved out of resolved + unresolved, both year to date.
                rate("Tỷ lệ GQ", |t| t.complaints.resolution_rate, &[3], &[3, 4]),
            ],
        },
        Section {
            title: "VIII. HỌP THÔN, TỔ DÂN PHỐ (NĂM)",
            short: "VIII. Họp thôn, TDP",
            key: &[0, 1, 2, 3],
            yearly: true,
            columns: vec![
                count("(1) Thôn, TDP", |t| {
                    t.residential_meetings.residential_units
                }),
                count("(2) 1 lần/năm", |t| t.residential_meetings.meeting_once),
                count("(3) 2 lần/năm", |t| t.residential_meetings.meeting_twice),
                count("(4) Khác", |t| t.residential_meetings.meeting_other),
                rate(
                    "Tỷ lệ có họp",
                    |t| t.residential_meetings.meeting_rate,
                    &[1, 2, 3],
                    &[0],
                ),
            ],
        },
    ]
}

/// The value of a count column, or `None` for a rate column.
pub(crate) fn count_of(column: &Column, totals: &RollupTotals) -> Option<u64> {
    match column.figure {
        Figure::Count(read) => Some(read(totals)),
        Figure::Rate { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Totals whose every count differs, so a rate declared over the wrong columns shows.
    fn distinct_totals() -> RollupTotals {
        let mut t = RollupTotals::default();
        let mut n = 7;
        let mut next = || {
            n += 13;
            n
        };
        t.decisions.households_approving = next();
        t.decisions.households_total = next();
        t.consultations.opinions_received = next();
        t.consultations.opinions_accepted = next();
        t.complaints.resolved_year_to_date = next();
        t.complaints.unresolved = next();
        t.residential_meetings.residential_units = next();
        t.residential_meetings.meeting_once = next();
        t.residential_meetings.meeting_twice = next();
        t.residential_meetings.meeting_other = next();
        t.recompute_rates();
        t
    }

    #[test]
    fn rate_columns_name_the_columns_their_rate_is_computed_from() {
        let t = distinct_totals();
        let mut rates = 0;
        for section in sections() {
            for column in &section.columns {
                if let Figure::Rate {
                    of,
                    numerator,
                    denominator,
                } = column.figure
                {
                    let sum = |ids: &[usize]| -> u64 {
                        ids.iter()
                            .map(|&i| count_of(&section.columns[i], &t).expect("a count column"))
                            .sum()
                    };
                    assert_eq!(
                        of(&t),
                        Rate::new(sum(numerator), sum(denominator)),
                        "{} / {}",
                        section.title,
                        column.heading
                    );
                    rates += 1;
                }
            }
        }
        assert_eq!(rates, 4);
    }

    #[test]
    fn short_names_fit_a_worksheet_name() {
        for section in sections() {
            assert!(section.short.chars().count() <= 31, "{}", section.short);
            assert!(!section.short.contains([':', '\\', '/', '?', '*', '[', ']']));
        }
        assert_eq!(sections().len(), 8);
    }

    #[test]
    fn chart_keys_are_count_columns() {
        let t = RollupTotals::default();
        for section in sections() {
            assert!(!section.key.is_empty(), "{}", section.title);
            for &i in section.key {
                assert!(
                    count_of(&section.columns[i], &t).is_some(),
                    "{}",
                    section.title
                );
            }
        }
    }
}
