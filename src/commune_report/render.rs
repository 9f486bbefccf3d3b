//! The Vietnamese text rendering of a roll-up: one table per section, a row per commune and a
//! "Cộng" row.

use std::fmt::{self, Write as _};

use super::columns::{Column, Figure, sections};
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

/// The text of a column's cell: counts grouped by thousands, rates as "66,67%".
fn cell(column: &Column, totals: &RollupTotals) -> String {
    match column.figure {
        Figure::Count(read) => grouped(read(totals)),
        Figure::Rate { of, .. } => of(totals).to_string(),
    }
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
        for section in sections() {
            writeln!(out)?;
            writeln!(out, "{}", section.title)?;
            if section.yearly && !section.has_row(&self.totals) {
                writeln!(
                    out,
                    "Không có số liệu: phần này chỉ có trong báo cáo quý IV hoặc báo cáo năm."
                )?;
                continue;
            }
            let columns = &section.columns;
            let mut rows: Vec<Vec<String>> = Vec::with_capacity(self.units_reported.len() + 2);
            rows.push(
                std::iter::once("Đơn vị".to_owned())
                    .chain(columns.iter().map(|c| c.heading.to_owned()))
                    .collect(),
            );
            for row in self
                .units_reported
                .iter()
                .filter(|r| section.has_row(&r.totals))
            {
                rows.push(
                    std::iter::once(shown(&row.unit.to_string()).into_owned())
                        .chain(columns.iter().map(|c| cell(c, &row.totals)))
                        .collect(),
                );
            }
            rows.push(
                std::iter::once("Cộng".to_owned())
                    .chain(columns.iter().map(|c| cell(c, &self.totals)))
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
        if self.totals.breaches > 0 {
            writeln!(out)?;
            writeln!(
                out,
                "VI PHẠM PHÁP LUẬT ĐƯỢC GHI NHẬN (báo cáo vẫn được tổng hợp): {}",
                grouped(self.totals.breaches)
            )?;
            for w in self.warnings.iter().filter(|w| !w.breaches.is_empty()) {
                writeln!(out, "- {}:", w.source)?;
                for v in &w.breaches {
                    write!(out, "    vi phạm {}: {}", v.path, v.message_vi())?;
                    match &v.citation {
                        Some(c) => writeln!(out, " ({c})")?,
                        None => writeln!(out)?,
                    }
                }
            }
        }
        if self.warnings.iter().any(|w| !w.warnings.is_empty()) {
            writeln!(out)?;
            writeln!(out, "CẢNH BÁO")?;
            for w in self.warnings.iter().filter(|w| !w.warnings.is_empty()) {
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
