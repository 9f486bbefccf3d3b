//! The Vietnamese text rendering of a roll-up: one table per section, a row per commune and a
//! "Cộng" row.

use std::fmt::{self, Write as _};

use super::rollup::Rollup;
use super::totals::RollupTotals;
// User text (unit names, file names, paths, messages) is escaped where it is written, so a name
// holding an escape sequence or a bidi override cannot drive the terminal or forge a line.
use crate::text::safe_display as shown;

/// A number with Vietnamese thousands separators: `1.234.567`.
pub(crate) fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A column: its heading and how to read its cell from a row's figures.
type Column = (&'static str, fn(&RollupTotals) -> String);

/// The tables: section title and columns.
fn sections() -> Vec<(&'static str, Vec<Column>)> {
    vec![
        (
            "I. KẾT QUẢ THỰC HIỆN CÔNG KHAI",
            vec![
                ("Số nội dung", |t| grouped(t.disclosures.count)),
                ("Niêm yết", |t| grouped(t.disclosures.posted)),
                ("Trang TTĐT", |t| grouped(t.disclosures.web_portal)),
                ("Loa", |t| grouped(t.disclosures.loudspeaker)),
                ("Qua Trưởng thôn/TDP", |t| {
                    grouped(t.disclosures.via_residential_heads)
                }),
                ("Hình thức khác", |t| grouped(t.disclosures.other_forms)),
            ],
        ),
        (
            "II. NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH TRỰC TIẾP",
            vec![
                ("Số nội dung", |t| grouped(t.decisions.count)),
                ("Thông qua", |t| grouped(t.decisions.adopted)),
                ("Họp", |t| grouped(t.decisions.meetings)),
                ("Phát phiếu", |t| grouped(t.decisions.household_ballots)),
                ("Trực tuyến", |t| grouped(t.decisions.online_votes)),
                ("Hộ tán thành", |t| {
                    grouped(t.decisions.households_approving)
                }),
                ("Tổng số hộ", |t| {
                    grouped(t.decisions.households_total)
                }),
                ("Tỷ lệ", |t| t.decisions.approval_rate.to_string()),
                ("Tổng giá trị (đ)", |t| {
                    grouped(t.decisions.value_total)
                }),
                ("NSNN (đ)", |t| grouped(t.decisions.value_state_budget)),
                ("Dân góp tiền (đ)", |t| {
                    grouped(t.decisions.value_people_cash)
                }),
                ("Ngày công", |t| grouped(t.decisions.value_labour_days)),
                ("Khác (đ)", |t| grouped(t.decisions.value_other)),
            ],
        ),
        (
            "III. NHÂN DÂN THAM GIA Ý KIẾN",
            vec![
                ("Số nội dung", |t| grouped(t.consultations.count)),
                ("Ý kiến nhận được", |t| {
                    grouped(t.consultations.opinions_received)
                }),
                ("Ý kiến tiếp thu", |t| {
                    grouped(t.consultations.opinions_accepted)
                }),
                ("Tỷ lệ tiếp thu", |t| {
                    t.consultations.acceptance_rate.to_string()
                }),
            ],
        ),
        (
            "IV. NHÂN DÂN KIỂM TRA, GIÁM SÁT",
            vec![
                ("Số cuộc", |t| grouped(t.supervisions.count)),
                ("Ban TTND", |t| grouped(t.supervisions.by_ban_ttnd)),
                ("Ban GSĐTCĐ", |t| grouped(t.supervisions.by_ban_gsdtcd)),
                ("Chủ thể khác", |t| grouped(t.supervisions.by_other)),
                ("KN cấp ủy", |t| {
                    grouped(t.supervisions.recommendations_to_party)
                }),
                ("KN chính quyền", |t| {
                    grouped(t.supervisions.recommendations_to_government)
                }),
                ("KN khác", |t| {
                    grouped(t.supervisions.recommendations_to_others)
                }),
            ],
        ),
        (
            "V. BAN THANH TRA NHÂN DÂN",
            vec![
                ("Số cuộc", |t| grouped(t.people_inspection.sessions)),
                ("Phát hiện VP", |t| {
                    grouped(t.people_inspection.violations_found)
                }),
                ("KN xử lý", |t| {
                    grouped(t.people_inspection.cases_recommended)
                }),
                ("Thu hồi tiền (đ)", |t| {
                    grouped(t.people_inspection.money_recovered)
                }),
                ("Xử lý khác tiền (đ)", |t| {
                    grouped(t.people_inspection.money_other_handling)
                }),
                ("Thu hồi đất (m²)", |t| {
                    grouped(t.people_inspection.land_recovered_m2)
                }),
                ("Xử lý khác đất (m²)", |t| {
                    grouped(t.people_inspection.land_other_handling_m2)
                }),
                ("KN chính sách", |t| {
                    grouped(t.people_inspection.law_recommendations)
                }),
            ],
        ),
        (
            "VI. BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG",
            vec![
                ("Công trình", |t| {
                    grouped(t.investment_supervision.projects_in_area)
                }),
                ("Số cuộc", |t| {
                    grouped(t.investment_supervision.sessions)
                }),
                ("Phát hiện VP", |t| {
                    grouped(t.investment_supervision.violations_found)
                }),
                ("KN xử lý", |t| {
                    grouped(t.investment_supervision.cases_recommended)
                }),
                ("Thu hồi (đ)", |t| {
                    grouped(t.investment_supervision.money_recovered)
                }),
                ("Giảm trừ QT (đ)", |t| {
                    grouped(t.investment_supervision.settlement_reductions)
                }),
                ("Xử lý khác (đ)", |t| {
                    grouped(t.investment_supervision.money_other_handling)
                }),
            ],
        ),
        (
            "VII. ĐƠN THƯ KHIẾU NẠI, TỐ CÁO",
            vec![
                ("Nhận trong kỳ", |t| {
                    grouped(t.complaints.received_in_period)
                }),
                ("Nhận lũy kế", |t| {
                    grouped(t.complaints.received_year_to_date)
                }),
                ("GQ trong kỳ", |t| {
                    grouped(t.complaints.resolved_in_period)
                }),
                ("GQ lũy kế", |t| {
                    grouped(t.complaints.resolved_year_to_date)
                }),
                ("Chưa GQ", |t| grouped(t.complaints.unresolved)),
                ("Tỷ lệ GQ", |t| t.complaints.resolution_rate.to_string()),
            ],
        ),
        (
            "VIII. HỌP THÔN, TỔ DÂN PHỐ (NĂM)",
            vec![
                ("(1) Thôn, TDP", |t| {
                    grouped(t.residential_meetings.residential_units)
                }),
                ("(2) 1 lần/năm", |t| {
                    grouped(t.residential_meetings.meeting_once)
                }),
                ("(3) 2 lần/năm", |t| {
                    grouped(t.residential_meetings.meeting_twice)
                }),
                ("(4) Khác", |t| {
                    grouped(t.residential_meetings.meeting_other)
                }),
                ("Tỷ lệ có họp", |t| {
                    t.residential_meetings.meeting_rate.to_string()
                }),
            ],
        ),
    ]
}

/// Writes a table with the first column left-aligned and the others right-aligned.
fn table(out: &mut String, rows: &[Vec<String>]) {
    let columns = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            let pad = widths[c] - cell.chars().count();
            if c == 0 {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str(" | ");
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

impl Rollup {
    /// **Bản tổng hợp dạng văn bản** — the roll-up as Vietnamese text: the coverage of the unit
    /// list, one table per section with a row per commune and a "Cộng" row, then the reports
    /// reported twice, the invalid reports with their errors, and the warnings.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, rollup};
    /// use qcdc::org::{AdminUnit, UnitKind};
    /// use qcdc::validate::ValidationContext;
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
    /// let unit = AdminUnit::new(UnitKind::Xa, "Tân Mỹ");
    /// let mut report = CommuneQcdcReport::empty(unit.clone(), "2023-Q3".parse()?);
    /// report.people_inspection.money_recovered = 12_500_000;
    /// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![unit]);
    /// let text = rollup(&[Submission::new("a.json", report)], &list, &ctx).expect("a valid unit list").to_text();
    /// assert!(text.contains("Cộng"));
    /// assert!(text.contains("12.500.000"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = self.write_text(&mut out);
        out
    }

    fn write_text(&self, out: &mut String) -> fmt::Result {
        writeln!(
            out,
            "BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ CỦA CÁC XÃ, PHƯỜNG"
        )?;
        match &self.area {
            Some(area) => writeln!(
                out,
                "Địa bàn: {} — Kỳ: {}",
                shown(&area.to_string()),
                self.period
            )?,
            None => writeln!(out, "Kỳ: {}", self.period)?,
        }
        writeln!(
            out,
            "Đơn vị đã báo cáo: {}/{}",
            self.units_reported.len(),
            self.units_expected
        )?;
        if !self.units_missing.is_empty() {
            let names: Vec<String> = self
                .units_missing
                .iter()
                .map(|u| shown(&u.to_string()).into_owned())
                .collect();
            writeln!(out, "Đơn vị chưa báo cáo: {}", names.join(", "))?;
        }
        for (title, columns) in sections() {
            writeln!(out)?;
            writeln!(out, "{title}")?;
            // The yearly section has rows only for the communes whose reports carry it.
            let yearly = title.starts_with("VIII.");
            if yearly && self.totals.residential_meetings.units_reporting == 0 {
                writeln!(
                    out,
                    "Không có số liệu: phần này chỉ có trong báo cáo quý IV hoặc báo cáo năm."
                )?;
                continue;
            }
            let mut rows: Vec<Vec<String>> = Vec::with_capacity(self.units_reported.len() + 2);
            rows.push(
                std::iter::once("Đơn vị".to_owned())
                    .chain(columns.iter().map(|(h, _)| (*h).to_owned()))
                    .collect(),
            );
            for row in self
                .units_reported
                .iter()
                .filter(|r| !yearly || r.totals.residential_meetings.units_reporting > 0)
            {
                rows.push(
                    std::iter::once(shown(&row.unit.to_string()).into_owned())
                        .chain(columns.iter().map(|(_, cell)| cell(&row.totals)))
                        .collect(),
                );
            }
            rows.push(
                std::iter::once("Cộng".to_owned())
                    .chain(columns.iter().map(|(_, cell)| cell(&self.totals)))
                    .collect(),
            );
            table(out, &rows);
        }
        if !self.reported_twice.is_empty() {
            writeln!(out)?;
            writeln!(out, "BÁO CÁO TRÙNG KỲ (chỉ tổng hợp báo cáo đầu tiên)")?;
            for twice in &self.reported_twice {
                writeln!(
                    out,
                    "- {} {}: {}",
                    shown(&twice.unit.to_string()),
                    twice.period,
                    shown(&twice.sources.join(", "))
                )?;
            }
        }
        if !self.invalid.is_empty() {
            writeln!(out)?;
            writeln!(out, "BÁO CÁO KHÔNG HỢP LỆ (không tổng hợp)")?;
            for bad in &self.invalid {
                match &bad.unit {
                    Some(unit) => writeln!(
                        out,
                        "- {} ({}):",
                        shown(&bad.source),
                        shown(&unit.to_string())
                    )?,
                    None => writeln!(out, "- {}:", shown(&bad.source))?,
                }
                for v in &bad.errors {
                    let path = if v.path.is_empty() { "/" } else { &v.path };
                    writeln!(out, "    lỗi {}: {}", shown(path), v.message_vi())?;
                }
            }
        }
        if !self.warnings.is_empty() {
            writeln!(out)?;
            writeln!(out, "CẢNH BÁO")?;
            for w in &self.warnings {
                writeln!(out, "- {}:", shown(&w.source))?;
                for v in &w.warnings {
                    writeln!(out, "    cảnh báo {}: {}", shown(&v.path), v.message_vi())?;
                }
            }
        }
        Ok(())
    }
}

impl fmt::Display for Rollup {
    /// The same text as [`Rollup::to_text`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_thousands_with_dots() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1.000");
        assert_eq!(grouped(12_500_000), "12.500.000");
        assert_eq!(grouped(u64::MAX), "18.446.744.073.709.551.615");
    }
}
