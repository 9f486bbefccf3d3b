//! The Vietnamese text rendering of a roll-up: one table per section, a row per commune and a
//! "Cộng" row.

use std::fmt::{self, Write as _};

use super::columns::{Column, Figure, sections};
use super::rollup::Rollup;
use super::totals::RollupTotals;
// User text (unit names, file names, paths, messages) is escaped where it is written, so a name
// holding an escape sequence or a bidi override cannot drive the terminal or forge a line.
use crate::org::AdminUnit;
use crate::text::identity_key;
use crate::text::safe_display as shown;
use crate::text::wrap_words;

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

/// Writes a table with the first column left-aligned and the others right-aligned. A table
/// wider than [`TEXT_WIDTH`] is cut into blocks of whole columns, each repeating the first
/// column and separated by a blank line, so that it reads in a terminal and prints on A4.
fn table(out: &mut String, rows: &[Vec<String>]) {
    const SEPARATOR: &str = " | ";
    let columns = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let Some(&first_width) = widths.first() else {
        return;
    };
    // Columns after the first, in as few blocks as fit the width, balanced so that a block
    // does not hold one lonely column (a column wider than a line alone is a block of its own).
    let needed: Vec<usize> = widths.iter().skip(1).map(|w| SEPARATOR.len() + w).collect();
    let cut = |limit: usize| -> Vec<Vec<usize>> {
        let mut blocks: Vec<Vec<usize>> = Vec::new();
        let mut block: Vec<usize> = Vec::new();
        let mut used = first_width;
        for (i, &n) in needed.iter().enumerate() {
            if !block.is_empty() && used + n > limit {
                blocks.push(std::mem::take(&mut block));
                used = first_width;
            }
            block.push(i + 1);
            used += n;
        }
        blocks.push(block);
        blocks
    };
    let fewest = cut(TEXT_WIDTH).len();
    let even = first_width + needed.iter().sum::<usize>().div_ceil(fewest);
    let blocks = (even.min(TEXT_WIDTH)..=TEXT_WIDTH)
        .map(cut)
        .find(|blocks| blocks.len() <= fewest)
        .unwrap_or_else(|| cut(TEXT_WIDTH));
    for (b, block) in blocks.iter().enumerate() {
        if b > 0 {
            out.push('\n');
        }
        for row in rows {
            let mut line = String::new();
            line.push_str(&row[0]);
            line.push_str(&" ".repeat(first_width - row[0].chars().count()));
            for &c in block {
                line.push_str(SEPARATOR);
                line.push_str(&" ".repeat(widths[c] - row[c].chars().count()));
                line.push_str(&row[c]);
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
}

/// The widest line the text rendering writes, in characters (a terminal's 100 columns).
pub(crate) const TEXT_WIDTH: usize = 100;

/// Writes `label` then the `items` separated by commas, continuing on indented lines so that
/// no line is wider than [`TEXT_WIDTH`] (an item longer than a line stays whole).
fn wrapped(out: &mut String, label: &str, items: &[String]) -> fmt::Result {
    const INDENT: &str = "    ";
    let mut line = label.to_owned();
    let mut first = true;
    for (i, item) in items.iter().enumerate() {
        let piece = if i + 1 < items.len() {
            format!("{item},")
        } else {
            item.clone()
        };
        let gap = usize::from(!first);
        if !first && line.chars().count() + gap + piece.chars().count() > TEXT_WIDTH {
            writeln!(out, "{}", line.trim_end())?;
            line = INDENT.to_owned();
            first = true;
        }
        if !first {
            line.push(' ');
        }
        line.push_str(&piece);
        first = false;
    }
    writeln!(out, "{}", line.trim_end())
}

/// Writes `prefix` and `text` within [`TEXT_WIDTH`] columns (see [`wrap_words`]).
fn wrapped_text(out: &mut String, prefix: &str, indent: usize, text: &str) -> fmt::Result {
    out.push_str(&wrap_words(prefix, indent, text, TEXT_WIDTH));
    Ok(())
}

impl Rollup {
    /// **Đơn vị gửi báo cáo không hợp lệ** — the units of [`units_missing`](Self::units_missing)
    /// that did send reports, all of them left out as invalid (listed in
    /// [`invalid`](Self::invalid)); the other missing units sent nothing the roll-up could
    /// attribute to them. Units are matched by official code when both sides carry one, else by
    /// kind and name.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, rollup};
    /// use qcdc::org::{AdminUnit, UnitKind};
    /// use qcdc::validate::ValidationContext;
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
    /// let (tan_my, song_mai) = (AdminUnit::new(UnitKind::Xa, "Tân Mỹ"), AdminUnit::new(UnitKind::Xa, "Song Mai"));
    /// let mut bad = CommuneQcdcReport::empty(tan_my.clone(), "2023-Q3".parse()?);
    /// bad.complaints.resolved_in_period = 5; // more than resolved in the year: invalid
    /// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?,
    ///     vec![tan_my.clone(), song_mai.clone()]);
    /// let result = rollup(&[Submission::new("tan_my.json", bad)], &list, &ctx).expect("a valid unit list");
    /// assert_eq!(result.units_missing, [tan_my.clone(), song_mai]);
    /// assert_eq!(result.units_sent_invalid(), [&tan_my]);
    /// assert!(result.to_text().contains("Đơn vị gửi báo cáo không hợp lệ (chưa tổng hợp) (1): Xã Tân Mỹ"));
    /// assert!(result.to_text().contains("Đơn vị chưa gửi báo cáo (1): Xã Song Mai"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn units_sent_invalid(&self) -> Vec<&AdminUnit> {
        self.units_missing
            .iter()
            .filter(|u| self.sent_only_invalid(u))
            .collect()
    }

    /// Whether a report left out as invalid names `unit`.
    fn sent_only_invalid(&self, unit: &AdminUnit) -> bool {
        self.invalid
            .iter()
            .filter_map(|bad| bad.unit.as_ref())
            .any(|sent| match (sent.code, unit.code) {
                (Some(a), Some(b)) => a == b,
                _ => sent.kind == unit.kind && identity_key(&sent.name) == identity_key(&unit.name),
            })
    }

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
        // A unit whose every report was left out did send something: it is told apart from a
        // unit that sent nothing, so nobody chases a commune for a report it already sent.
        let (sent_invalid, silent): (Vec<&AdminUnit>, Vec<&AdminUnit>) = self
            .units_missing
            .iter()
            .partition(|u| self.sent_only_invalid(u));
        for (label, units) in [
            (
                "Đơn vị gửi báo cáo không hợp lệ (chưa tổng hợp)",
                sent_invalid,
            ),
            ("Đơn vị chưa gửi báo cáo", silent),
        ] {
            if !units.is_empty() {
                let names: Vec<String> = units
                    .iter()
                    .map(|u| shown(&u.to_string()).into_owned())
                    .collect();
                wrapped(out, &format!("{label} ({}): ", units.len()), &names)?;
            }
        }
        let unknown = self.invalid.iter().filter(|bad| bad.unit.is_none()).count();
        if unknown > 0 && !self.units_missing.is_empty() {
            writeln!(
                out,
                "({unknown} báo cáo không đọc được tên đơn vị: xem mục BÁO CÁO KHÔNG HỢP LỆ)"
            )?;
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
                    let prefix = format!("    lỗi {}:", shown(path));
                    wrapped_text(out, &prefix, 8, &v.message_vi())?;
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
                writeln!(out, "- {}:", shown(&w.source))?;
                for v in &w.breaches {
                    let text = match &v.citation {
                        Some(c) => format!("{} ({c})", v.message_vi()),
                        None => v.message_vi(),
                    };
                    let prefix = format!("    vi phạm {}:", shown(&v.path));
                    wrapped_text(out, &prefix, 8, &text)?;
                }
            }
        }
        if self.warnings.iter().any(|w| !w.warnings.is_empty()) {
            writeln!(out)?;
            writeln!(out, "CẢNH BÁO")?;
            for w in self.warnings.iter().filter(|w| !w.warnings.is_empty()) {
                writeln!(out, "- {}:", shown(&w.source))?;
                for v in &w.warnings {
                    let prefix = format!("    cảnh báo {}:", shown(&v.path));
                    wrapped_text(out, &prefix, 8, &v.message_vi())?;
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
    fn wide_tables_are_cut_into_blocks_that_fit_100_columns() {
        let heading: Vec<String> = std::iter::once("Đơn vị".to_owned())
            .chain((1..=12).map(|i| format!("Cột số liệu thứ {i}")))
            .collect();
        let row: Vec<String> = std::iter::once("Phường Bồ Đề".to_owned())
            .chain((1..=12).map(|i| grouped(i * 1_000_000)))
            .collect();
        let mut out = String::new();
        table(&mut out, &[heading, row]);
        let lines: Vec<&str> = out.lines().collect();
        assert!(
            lines.iter().all(|l| l.chars().count() <= TEXT_WIDTH),
            "{out}"
        );
        // Every column is shown once, each block starting with the unit column.
        for i in 1..=12 {
            assert_eq!(
                out.matches(&format!("thứ {i} ")).count()
                    + out.matches(&format!("thứ {i}\n")).count(),
                1,
                "{out}"
            );
        }
        let blocks: Vec<&str> = out.split("\n\n").collect();
        assert!(blocks.len() > 1);
        assert!(
            blocks
                .iter()
                .all(|b| b.starts_with("Đơn vị") && b.contains("Phường Bồ Đề"))
        );
        // A narrow table stays one block.
        let mut narrow = String::new();
        table(
            &mut narrow,
            &[vec!["a".into(), "b".into()], vec!["c".into(), "1".into()]],
        );
        assert_eq!(narrow, "a | b\nc | 1\n");
    }

    #[test]
    fn lists_of_units_wrap_at_100_columns() {
        let names: Vec<String> = (1..=30).map(|i| format!("Phường Số {i}")).collect();
        let mut out = String::new();
        wrapped(&mut out, "Đơn vị chưa gửi báo cáo (30): ", &names).unwrap();
        assert!(out.lines().count() > 1);
        assert!(
            out.lines().all(|l| l.chars().count() <= TEXT_WIDTH),
            "{out}"
        );
        for name in &names {
            assert_eq!(
                out.matches(&format!("{name},")).count()
                    + usize::from(out.trim_end().ends_with(name.as_str())),
                1,
                "{name}"
            );
        }
    }

    #[test]
    fn numbers_are_grouped_by_thousands_with_dots() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1.000");
        assert_eq!(grouped(12_500_000), "12.500.000");
        assert_eq!(grouped(u64::MAX), "18.446.744.073.709.551.615");
    }
}
