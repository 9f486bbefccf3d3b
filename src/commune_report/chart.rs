//! **Biểu đồ của kỳ** — SVG charts of a roll-up: for each section, its key figures by unit, as
//! horizontal bars a browser or an office suite shows without any plugin.

use std::fmt::Write as _;

use super::columns::{Section, count_of, sections};
use super::render::grouped;
use super::rollup::Rollup;
use crate::text::fold;

/// The most units one chart shows; the workbook and the text carry every unit.
pub const MAX_CHART_UNITS: usize = 150;

const WIDTH: usize = 960;
const LABEL_WIDTH: usize = 250;
const VALUE_MARGIN: usize = 110;
const BAR_HEIGHT: usize = 11;
const GROUP_GAP: usize = 9;
const TOP: usize = 96;
/// Bar colours, one per key figure, distinguishable in print and for colour-blind readers.
const COLOURS: [&str; 4] = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd"];

/// **Biểu đồ** — one SVG chart of a roll-up section.
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
/// report.complaints.received_in_period = 4;
/// report.complaints.received_year_to_date = 4;
/// report.complaints.unresolved = 4;
/// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![unit]);
/// let r = rollup(&[Submission::new("a.json", report)], &list, &ctx).expect("a valid unit list");
/// let charts = r.to_svg_charts();
/// assert_eq!(charts.len(), 8);
/// assert_eq!(charts[6].file_name, "07_vii_don_thu.svg");
/// assert!(charts[6].svg.contains("Xã Tân Mỹ"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Chart {
    /// **Tên tệp** — an ASCII file name: the section's number and short name (`01_i_cong_khai.svg`).
    pub file_name: String,
    /// **Tiêu đề** — the section's title.
    pub title: String,
    /// **Nội dung** — the SVG document.
    pub svg: String,
}

impl Rollup {
    /// **Biểu đồ của kỳ** — one chart per section I–VIII: the section's key figures (for
    /// example, complaints received, resolved and unresolved) as bars per unit that reported, in
    /// the order of the unit list, at most [`MAX_CHART_UNITS`] units (the chart says so when it
    /// shows fewer than reported).
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
    /// let charts = rollup(&[Submission::new("a", report)], &list, &ctx).expect("a valid unit list").to_svg_charts();
    /// assert_eq!(charts[0].file_name, "01_i_cong_khai.svg");
    /// assert!(charts.iter().all(|c| c.svg.starts_with("<svg") || c.svg.starts_with("<?xml")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_svg_charts(&self) -> Vec<Chart> {
        sections()
            .iter()
            .enumerate()
            .map(|(i, section)| Chart {
                file_name: format!("{:02}_{}.svg", i + 1, slug(section.short)),
                title: section.title.to_owned(),
                svg: self.section_chart(section),
            })
            .collect()
    }

    fn section_chart(&self, section: &Section) -> String {
        let rows: Vec<_> = self
            .units_reported
            .iter()
            .filter(|r| section.has_row(&r.totals))
            .collect();
        let shown = &rows[..rows.len().min(MAX_CHART_UNITS)];
        let keys = section.key;
        let values = |t| -> Vec<u64> {
            keys.iter()
                .map(|&k| count_of(&section.columns[k], t).unwrap_or(0))
                .collect()
        };
        let max = shown
            .iter()
            .flat_map(|r| values(&r.totals))
            .max()
            .unwrap_or(0);
        let group = keys.len() * BAR_HEIGHT + GROUP_GAP;
        let height = TOP + shown.len().max(1) * group + 40;
        let bar_space = WIDTH - LABEL_WIDTH - VALUE_MARGIN;

        let mut svg = String::with_capacity(2048 + shown.len() * 400);
        // Writing to a String cannot fail.
        let _ = write!(
            svg,
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="'Times New Roman', 'DejaVu Serif', serif" font-size="13"><rect width="100%" height="100%" fill="#ffffff"/><text x="16" y="28" font-size="17" font-weight="bold">{}</text><text x="16" y="50">{}</text>"##,
            escape(section.title),
            escape(&self.chart_subtitle(rows.len(), shown.len()))
        );
        for (n, &k) in keys.iter().enumerate() {
            let x = 16 + n * 200;
            let _ = write!(
                svg,
                r#"<rect x="{x}" y="64" width="12" height="12" fill="{}"/><text x="{}" y="75">{}</text>"#,
                COLOURS[n % COLOURS.len()],
                x + 18,
                escape(section.columns[k].heading)
            );
        }
        if shown.is_empty() || max == 0 {
            let _ = write!(
                svg,
                r#"<text x="16" y="{}">Không có số liệu để vẽ.</text>"#,
                TOP + 16
            );
        }
        for (i, row) in shown.iter().enumerate() {
            let y0 = TOP + i * group;
            let name = row.unit.to_string();
            let _ = write!(
                svg,
                r#"<text x="{}" y="{}" text-anchor="end">{}</text>"#,
                LABEL_WIDTH - 8,
                y0 + keys.len() * BAR_HEIGHT / 2 + 5,
                escape(&name)
            );
            for (n, value) in values(&row.totals).into_iter().enumerate() {
                let y = y0 + n * BAR_HEIGHT;
                let length = if max == 0 {
                    0
                } else {
                    (u128::from(value) * bar_space as u128 / u128::from(max)) as usize
                };
                let _ = write!(
                    svg,
                    r#"<rect x="{LABEL_WIDTH}" y="{y}" width="{length}" height="{}" fill="{}"/><text x="{}" y="{}" font-size="10">{}</text>"#,
                    BAR_HEIGHT - 1,
                    COLOURS[n % COLOURS.len()],
                    LABEL_WIDTH + length + 4,
                    y + BAR_HEIGHT - 2,
                    grouped(value)
                );
            }
        }
        svg.push_str("</svg>\n");
        svg
    }

    fn chart_subtitle(&self, reported: usize, shown: usize) -> String {
        let mut s = match &self.area {
            Some(area) => format!("{area} — {}", self.period),
            None => self.period.to_string(),
        };
        if shown < reported {
            let _ = write!(
                s,
                " — {shown}/{reported} đơn vị đầu danh sách; số liệu đầy đủ trong sổ tổng hợp"
            );
        }
        s
    }
}

/// An ASCII file-name part: "VII. Đơn thư" → "vii_don_thu".
fn slug(name: &str) -> String {
    let folded = fold(name);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_owned()
}

/// Text made safe inside SVG markup: XML's special characters escaped, control, hidden and
/// bidirectional characters dropped (`text::is_unsafe_in_rendering`).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if crate::text::is_unsafe_in_rendering(c) => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_drops_what_could_hide_or_reorder_text() {
        assert_eq!(escape("Xã <A> & \"B\""), "Xã &lt;A&gt; &amp; &quot;B&quot;");
        assert_eq!(escape("Lê\u{200B} Văn\u{202E} Hà\u{1b}[2J"), "Lê Văn Hà[2J");
    }

    #[test]
    fn slugs_are_ascii_file_names() {
        assert_eq!(slug("VII. Đơn thư"), "vii_don_thu");
        assert_eq!(slug("II. Bàn và quyết định"), "ii_ban_va_quyet_dinh");
    }

    #[test]
    fn user_text_cannot_break_the_markup() {
        assert_eq!(
            escape("Xã <A> & \"B\"\u{1b}[2J\u{202E}"),
            "Xã &lt;A&gt; &amp; &quot;B&quot;[2J"
        );
    }
}
