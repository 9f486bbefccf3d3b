//! **Sổ tổng hợp Excel** — the roll-up as the workbook officials file (cargo feature `xlsx`).
//!
//! The workbook follows the provincial form the [commune report](crate::commune_report)
//! follows (the eight sections of Bắc Giang province's grassroots-democracy portal, in use
//! 2023–2025; a province's form, not one the law sets): a cover sheet, one sheet per section I–VIII with a row per commune and the "Cộng" row, then the
//! units that did not report, the invalid reports with their errors, the units that reported
//! twice and the warnings. Totals and rates are spreadsheet formulas (with the crate's values
//! cached in them), so an official who corrects a figure sees the totals follow; every sheet has
//! its header rows frozen and repeated on each printed page, A4 landscape, one page wide.
//!
//! Written with [`rust_xlsxwriter`], the maintained pure-Rust XLSX writer.

use std::path::Path;

use chrono::NaiveDate;
use rust_xlsxwriter::utility::row_col_to_cell;
use rust_xlsxwriter::{
    ColNum, Format, FormatAlign, FormatBorder, Formula, RowNum, Url, Workbook, Worksheet, XlsxError,
};

use super::columns::{Column, Figure, Section, sections};
use super::rollup::Rollup;
use super::totals::{Rate, RollupTotals};
use crate::org::AdminUnit;
use crate::validate::Violation;

/// The longest text a cell holds (Excel's limit is 32,767 characters).
const MAX_CELL_CHARS: usize = 32_000;

/// A4 in the paper sizes of the XLSX format.
const PAPER_A4: u8 = 9;

/// Rows above a section's table: title, area and period, then the header row.
const HEADER_ROWS: RowNum = 3;

/// Columns before a section's figures: STT, Đơn vị, Mã ĐVHC (the official code, when known).
const LEAD_COLUMNS: ColNum = 3;

/// **Tùy chọn sổ tổng hợp** — what the workbook says besides the roll-up itself.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::WorkbookOptions;
///
/// let options = WorkbookOptions::new(NaiveDate::from_ymd_opt(2023, 10, 25).unwrap())
///     .issued_by("UBND tỉnh Bắc Giang", "Mẫu báo cáo thực hiện QCDC ở cơ sở");
/// assert_eq!(options.issuing_body.as_deref(), Some("UBND tỉnh Bắc Giang"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WorkbookOptions {
    /// **Ngày lập** — the day the workbook is made, shown on the cover sheet.
    pub generated_on: NaiveDate,
    /// **Cơ quan ban hành mẫu** — the body whose form the report follows, when known.
    pub issuing_body: Option<String>,
    /// **Văn bản ban hành mẫu** — the document that set the form, when known.
    pub issuing_document: Option<String>,
    /// **Biểu đồ** — where the charts of the quarter were written (a path relative to the
    /// workbook, an absolute path, or a URL), shown on the cover sheet as a link.
    pub charts_link: Option<String>,
}

impl WorkbookOptions {
    /// Options for a workbook made on `generated_on`, with nothing else said.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::commune_report::WorkbookOptions;
    ///
    /// let options = WorkbookOptions::new(NaiveDate::from_ymd_opt(2023, 10, 25).unwrap());
    /// assert_eq!(options.generated_on.to_string(), "2023-10-25");
    /// assert!(options.issuing_body.is_none() && options.charts_link.is_none());
    /// ```
    pub fn new(generated_on: NaiveDate) -> Self {
        WorkbookOptions {
            generated_on,
            issuing_body: None,
            issuing_document: None,
            charts_link: None,
        }
    }

    /// The same options naming the body and the document that set the report's form.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::commune_report::WorkbookOptions;
    ///
    /// let options = WorkbookOptions::new(NaiveDate::from_ymd_opt(2023, 10, 25).unwrap())
    ///     .issued_by("UBND tỉnh Bắc Giang", "Mẫu báo cáo thực hiện QCDC ở cơ sở");
    /// assert_eq!(options.issuing_document.as_deref(), Some("Mẫu báo cáo thực hiện QCDC ở cơ sở"));
    /// ```
    pub fn issued_by(mut self, body: impl Into<String>, document: impl Into<String>) -> Self {
        self.issuing_body = Some(body.into());
        self.issuing_document = Some(document.into());
        self
    }

    /// The same options with a link to the charts of the quarter.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::commune_report::WorkbookOptions;
    ///
    /// let options = WorkbookOptions::new(NaiveDate::from_ymd_opt(2023, 10, 25).unwrap()).with_charts_link("bieu-do/2023-Q3.html");
    /// assert_eq!(options.charts_link.as_deref(), Some("bieu-do/2023-Q3.html"));
    /// ```
    pub fn with_charts_link(mut self, link: impl Into<String>) -> Self {
        self.charts_link = Some(link.into());
        self
    }
}

/// **Lỗi ghi sổ tổng hợp** — the workbook could not be written: a limit of the XLSX format was
/// reached (more than 1,048,576 rows) or the file could not be saved.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, WorkbookOptions, rollup};
/// use qcdc::org::{AdminUnit, UnitKind};
/// use qcdc::validate::ValidationContext;
///
/// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
/// let unit = AdminUnit::new(UnitKind::Xa, "Tân Mỹ");
/// let report = CommuneQcdcReport::empty(unit.clone(), "2023-Q3".parse()?);
/// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![unit]);
/// let r = rollup(&[Submission::new("a.json", report)], &list, &ctx).expect("a valid unit list");
/// let err = r.write_xlsx("/no/such/dir/tong_hop.xlsx", &WorkbookOptions::new(ctx.as_of())).unwrap_err();
/// assert!(err.to_string().starts_with("cannot write the roll-up workbook: "));
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[error("cannot write the roll-up workbook: {0}")]
pub struct WorkbookError(#[from] XlsxError);

impl Rollup {
    /// **Sổ tổng hợp** — the roll-up as an XLSX workbook, in memory.
    ///
    /// Sheets, in order: "Bìa" (area, period, issuing body, units expected, reported, missing
    /// and invalid, the date, links to every sheet), one per section I–VIII (a row per commune,
    /// "Cộng" and rates as formulas), "Chưa báo cáo", "Không hợp lệ" (one row per error, in
    /// Vietnamese), "Trùng kỳ", "Vi phạm" (the breaches of law the counted reports record, one
    /// row each with its article) and "Cảnh báo".
    ///
    /// # Errors
    /// [`WorkbookError`] when a limit of the format is reached.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, WorkbookOptions, rollup};
    /// use qcdc::org::{AdminUnit, UnitKind};
    /// use qcdc::validate::ValidationContext;
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
    /// let unit = AdminUnit::new(UnitKind::Xa, "Tân Mỹ");
    /// let report = CommuneQcdcReport::empty(unit.clone(), "2023-Q3".parse()?);
    /// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![unit]);
    /// let r = rollup(&[Submission::new("a.json", report)], &list, &ctx).expect("a valid unit list");
    /// let bytes = r.to_xlsx(&WorkbookOptions::new(ctx.as_of()))?;
    /// assert_eq!(&bytes[..2], b"PK"); // a zip archive, as every XLSX file
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_xlsx(&self, options: &WorkbookOptions) -> Result<Vec<u8>, WorkbookError> {
        let mut workbook = self.workbook(options)?;
        Ok(workbook.save_to_buffer()?)
    }

    /// Writes [`Rollup::to_xlsx`] to `path`.
    ///
    /// # Errors
    /// [`WorkbookError`] when a limit of the format is reached or the file cannot be written.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::commune_report::{CommuneQcdcReport, Submission, UnitList, WorkbookOptions, rollup};
    /// use qcdc::org::{AdminUnit, UnitKind};
    /// use qcdc::validate::ValidationContext;
    ///
    /// let ctx = ValidationContext::new(NaiveDate::from_ymd_opt(2023, 10, 20).unwrap());
    /// let unit = AdminUnit::new(UnitKind::Xa, "Tân Mỹ");
    /// let report = CommuneQcdcReport::empty(unit.clone(), "2023-Q3".parse()?);
    /// let list = UnitList::new(AdminUnit::new(UnitKind::Tinh, "Bắc Giang"), "2023-Q3".parse()?, vec![unit]);
    /// let r = rollup(&[Submission::new("a.json", report)], &list, &ctx).expect("a valid unit list");
    /// let options = WorkbookOptions::new(ctx.as_of());
    /// let path = std::env::temp_dir().join(format!("qcdc-doc-{}.xlsx", std::process::id()));
    /// r.write_xlsx(&path, &options)?;
    /// assert!(std::fs::metadata(&path)?.len() > 0);
    /// std::fs::remove_file(&path)?;
    /// assert!(r.write_xlsx("/no/such/dir/tong_hop.xlsx", &options).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_xlsx(
        &self,
        path: impl AsRef<Path>,
        options: &WorkbookOptions,
    ) -> Result<(), WorkbookError> {
        let mut workbook = self.workbook(options)?;
        Ok(workbook.save(path.as_ref())?)
    }

    fn workbook(&self, options: &WorkbookOptions) -> Result<Workbook, XlsxError> {
        let styles = Styles::new();
        let sections = sections();
        let mut workbook = Workbook::new();
        let mut cover = Worksheet::new();
        self.write_cover(&mut cover, options, &sections, &styles)?;
        workbook.push_worksheet(cover);
        for section in &sections {
            let mut sheet = Worksheet::new();
            self.write_section(&mut sheet, section, &styles)?;
            workbook.push_worksheet(sheet);
        }
        for sheet in [
            self.missing_sheet(&styles)?,
            self.invalid_sheet(&styles)?,
            self.twice_sheet(&styles)?,
            self.breaches_sheet(&styles)?,
            self.warnings_sheet(&styles)?,
        ] {
            workbook.push_worksheet(sheet);
        }
        Ok(workbook)
    }

    fn subtitle(&self) -> String {
        match &self.area {
            Some(area) => format!(
                "Địa bàn: {} — Kỳ: {}",
                clean(&area.to_string()),
                self.period
            ),
            None => format!("Kỳ: {}", self.period),
        }
    }

    fn write_cover(
        &self,
        sheet: &mut Worksheet,
        options: &WorkbookOptions,
        sections: &[Section],
        styles: &Styles,
    ) -> Result<(), XlsxError> {
        sheet.set_name(COVER)?;
        portrait_page(sheet);
        sheet.set_column_width(0, 34)?;
        sheet.set_column_width(1, 60)?;
        sheet.merge_range(0, 0, 0, 1, TITLE, &styles.title)?;
        let mut facts: Vec<(&str, String)> = vec![
            (
                "Địa bàn",
                self.area
                    .as_ref()
                    .map_or_else(|| "—".to_owned(), |a| clean(&a.to_string())),
            ),
            ("Kỳ báo cáo", self.period.to_string()),
        ];
        if let Some(body) = &options.issuing_body {
            facts.push(("Cơ quan ban hành mẫu báo cáo", clean(body)));
        }
        if let Some(document) = &options.issuing_document {
            facts.push(("Văn bản ban hành mẫu", clean(document)));
        }
        facts.extend([
            ("Số đơn vị phải báo cáo", self.units_expected.to_string()),
            (
                "Số đơn vị đã báo cáo",
                self.units_reported.len().to_string(),
            ),
            (
                "Số đơn vị chưa báo cáo",
                self.units_missing.len().to_string(),
            ),
            ("Số báo cáo không hợp lệ", self.invalid.len().to_string()),
            (
                "Số đơn vị báo cáo trùng kỳ",
                self.reported_twice.len().to_string(),
            ),
            (
                "Ngày lập",
                options.generated_on.format("%d/%m/%Y").to_string(),
            ),
        ]);
        let mut row: RowNum = 2;
        for (label, value) in facts {
            sheet.write_string_with_format(row, 0, label, &styles.label)?;
            sheet.write_string_with_format(row, 1, value, &styles.text)?;
            row += 1;
        }
        row += 1;
        sheet.write_string_with_format(row, 0, "Các trang", &styles.label)?;
        row += 1;
        let names = sections
            .iter()
            .map(|s| (s.short, s.title))
            .chain(LIST_SHEETS.iter().copied());
        for (name, description) in names {
            let link = Url::new(format!("internal:'{name}'!A1")).set_text(name);
            sheet.write_url_with_format(row, 0, link, &styles.link)?;
            sheet.write_string_with_format(row, 1, description, &styles.text)?;
            row += 1;
        }
        if let Some(charts) = &options.charts_link {
            row += 1;
            sheet.write_string_with_format(row, 0, "Biểu đồ của kỳ", &styles.label)?;
            let link = Url::new(file_link(charts)).set_text(clean(charts));
            sheet.write_url_with_format(row, 1, link, &styles.link)?;
        }
        Ok(())
    }

    fn write_section(
        &self,
        sheet: &mut Worksheet,
        section: &Section,
        styles: &Styles,
    ) -> Result<(), XlsxError> {
        sheet.set_name(section.short)?;
        let columns = &section.columns;
        let last_col = LEAD_COLUMNS + columns.len() as ColNum - 1;
        table_page(sheet)?;
        sheet.merge_range(0, 0, 0, last_col, section.title, &styles.title)?;
        sheet.merge_range(1, 0, 1, last_col, &self.subtitle(), &styles.text)?;
        let header = HEADER_ROWS - 1;
        sheet.write_string_with_format(header, 0, "STT", &styles.header)?;
        sheet.write_string_with_format(header, 1, "Đơn vị", &styles.header)?;
        sheet.write_string_with_format(header, 2, "Mã ĐVHC", &styles.header)?;
        for (i, column) in columns.iter().enumerate() {
            let col = LEAD_COLUMNS + i as ColNum;
            sheet.write_string_with_format(header, col, column.heading, &styles.header)?;
            sheet.set_column_width(col, figure_width(column))?;
        }
        sheet.set_row_height(header, 32)?;

        let rows: Vec<_> = self
            .units_reported
            .iter()
            .filter(|r| section.has_row(&r.totals))
            .collect();
        let mut widest_name = "Đơn vị".chars().count();
        let first = HEADER_ROWS;
        for (n, unit_row) in rows.iter().enumerate() {
            let row = first + n as RowNum;
            let name = clean(&unit_row.unit.to_string());
            widest_name = widest_name.max(name.chars().count());
            sheet.write_number_with_format(row, 0, (n + 1) as f64, &styles.count)?;
            sheet.write_string_with_format(row, 1, name, &styles.text)?;
            sheet.write_string_with_format(row, 2, code_of(&unit_row.unit), &styles.text)?;
            write_figures(sheet, row, columns, &unit_row.totals, None, styles, false)?;
        }
        let total_row = first + rows.len() as RowNum;
        if rows.is_empty() && section.yearly {
            sheet.merge_range(
                total_row,
                0,
                total_row,
                last_col,
                "Không có số liệu: phần này chỉ có trong báo cáo quý IV hoặc báo cáo năm.",
                &styles.text,
            )?;
        } else {
            sheet.write_string_with_format(total_row, 0, "", &styles.total_text)?;
            sheet.write_string_with_format(total_row, 1, "Cộng", &styles.total_text)?;
            sheet.write_string_with_format(total_row, 2, "", &styles.total_text)?;
            let sum_of = (!rows.is_empty()).then(|| (first, total_row - 1));
            write_figures(
                sheet,
                total_row,
                columns,
                &self.totals,
                sum_of,
                styles,
                true,
            )?;
        }
        sheet.set_column_width(0, 6)?;
        sheet.set_column_width(1, (widest_name + 2).clamp(14, 40) as f64)?;
        sheet.set_column_width(2, 9)?;
        Ok(())
    }

    fn missing_sheet(&self, styles: &Styles) -> Result<Worksheet, XlsxError> {
        let rows = self
            .units_missing
            .iter()
            .map(|u| vec![clean(&u.to_string()), code_of(u)])
            .collect::<Vec<_>>();
        list_sheet(
            MISSING,
            "ĐƠN VỊ CHƯA BÁO CÁO",
            &self.subtitle(),
            &[("Đơn vị", 40.0), ("Mã ĐVHC", 10.0)],
            &rows,
            styles,
        )
    }

    fn invalid_sheet(&self, styles: &Styles) -> Result<Worksheet, XlsxError> {
        let mut rows = Vec::new();
        for bad in &self.invalid {
            let unit = bad
                .unit
                .as_ref()
                .map_or_else(String::new, |u| clean(&u.to_string()));
            let period = bad.period.map_or_else(String::new, |p| p.to_string());
            for v in &bad.errors {
                rows.push(finding_row(&bad.source, &unit, &period, v));
            }
        }
        list_sheet(
            INVALID,
            "BÁO CÁO KHÔNG HỢP LỆ (KHÔNG TỔNG HỢP)",
            &self.subtitle(),
            FINDING_COLUMNS,
            &rows,
            styles,
        )
    }

    fn twice_sheet(&self, styles: &Styles) -> Result<Worksheet, XlsxError> {
        let rows = self
            .reported_twice
            .iter()
            .map(|t| {
                vec![
                    clean(&t.unit.to_string()),
                    t.period.to_string(),
                    clean(&t.sources.join(", ")),
                ]
            })
            .collect::<Vec<_>>();
        list_sheet(
            TWICE,
            "ĐƠN VỊ BÁO CÁO TRÙNG KỲ (CHỈ TỔNG HỢP BÁO CÁO ĐẦU TIÊN)",
            &self.subtitle(),
            &[
                ("Đơn vị", 30.0),
                ("Kỳ", 14.0),
                ("Các báo cáo (báo cáo được tổng hợp đứng đầu)", 60.0),
            ],
            &rows,
            styles,
        )
    }

    fn breaches_sheet(&self, styles: &Styles) -> Result<Worksheet, XlsxError> {
        let mut rows = Vec::new();
        for w in &self.warnings {
            for v in &w.breaches {
                rows.push(finding_row(&w.source, "", "", v));
            }
        }
        list_sheet(
            BREACHES,
            "VI PHẠM PHÁP LUẬT ĐƯỢC GHI NHẬN TRONG CÁC BÁO CÁO ĐƯỢC TỔNG HỢP",
            &self.subtitle(),
            FINDING_COLUMNS,
            &rows,
            styles,
        )
    }

    fn warnings_sheet(&self, styles: &Styles) -> Result<Worksheet, XlsxError> {
        let mut rows = Vec::new();
        for w in &self.warnings {
            for v in &w.warnings {
                rows.push(finding_row(&w.source, "", "", v));
            }
        }
        list_sheet(
            WARNINGS,
            "CẢNH BÁO CỦA CÁC BÁO CÁO ĐƯỢC TỔNG HỢP",
            &self.subtitle(),
            FINDING_COLUMNS,
            &rows,
            styles,
        )
    }
}

const TITLE: &str = "BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ CỦA CÁC XÃ, PHƯỜNG";
const COVER: &str = "Bìa";
const MISSING: &str = "Chưa báo cáo";
const INVALID: &str = "Không hợp lệ";
const TWICE: &str = "Trùng kỳ";
const BREACHES: &str = "Vi phạm";
const WARNINGS: &str = "Cảnh báo";

/// The sheets after the sections, with what the cover says of them.
const LIST_SHEETS: &[(&str, &str)] = &[
    (
        MISSING,
        "Các đơn vị trong danh sách chưa có báo cáo được tổng hợp",
    ),
    (
        INVALID,
        "Các báo cáo không được tổng hợp và lỗi của từng báo cáo",
    ),
    (TWICE, "Các đơn vị gửi nhiều báo cáo cho cùng một kỳ"),
    (
        BREACHES,
        "Vi phạm pháp luật được ghi nhận trong các báo cáo đã tổng hợp",
    ),
    (WARNINGS, "Cảnh báo của các báo cáo đã tổng hợp"),
];

/// Columns of a sheet listing findings.
const FINDING_COLUMNS: &[(&str, f64)] = &[
    ("Báo cáo (nguồn)", 24.0),
    ("Đơn vị", 22.0),
    ("Kỳ", 12.0),
    ("Vị trí trong báo cáo", 26.0),
    ("Mã lỗi", 22.0),
    ("Nội dung", 70.0),
    ("Căn cứ", 30.0),
];

/// The unit's official code (Quyết định 19/2025/QĐ-TTg), or nothing when the unit has none.
fn code_of(unit: &AdminUnit) -> String {
    unit.code
        .as_ref()
        .map_or_else(String::new, ToString::to_string)
}

fn finding_row(source: &str, unit: &str, period: &str, v: &Violation) -> Vec<String> {
    vec![
        clean(source),
        unit.to_owned(),
        period.to_owned(),
        if v.path.is_empty() {
            "/".to_owned()
        } else {
            clean(&v.path)
        },
        v.code.as_str().to_owned(),
        clean(&v.message_vi()),
        v.citation
            .as_ref()
            .map_or_else(String::new, |c| c.to_string()),
    ]
}

/// The cells of one row's figures: numbers for counts, or `SUM` formulas over the unit rows
/// when `sum_of` is given (the "Cộng" row); rates as formulas over the row's own cells.
fn write_figures(
    sheet: &mut Worksheet,
    row: RowNum,
    columns: &[Column],
    totals: &RollupTotals,
    sum_of: Option<(RowNum, RowNum)>,
    styles: &Styles,
    bold: bool,
) -> Result<(), XlsxError> {
    let (count_style, rate_style) = if bold {
        (&styles.total_count, &styles.total_rate)
    } else {
        (&styles.count, &styles.rate)
    };
    for (i, column) in columns.iter().enumerate() {
        let col = LEAD_COLUMNS + i as ColNum;
        match column.figure {
            Figure::Count(read) => {
                let value = read(totals);
                match sum_of {
                    Some((top, bottom)) => {
                        let formula = Formula::new(format!(
                            "=SUM({}:{})",
                            row_col_to_cell(top, col),
                            row_col_to_cell(bottom, col)
                        ))
                        .set_result(value.to_string());
                        sheet.write_formula_with_format(row, col, formula, count_style)?;
                    }
                    // Counts beyond 2^53 lose precision in a spreadsheet cell: figures that
                    // large are absurd in this form and are shown as they are stored.
                    None => {
                        sheet.write_number_with_format(row, col, value as f64, count_style)?;
                    }
                }
            }
            Figure::Rate {
                of,
                numerator,
                denominator,
            } => {
                let cells = |ids: &[usize]| -> String {
                    let refs: Vec<String> = ids
                        .iter()
                        .map(|&j| row_col_to_cell(row, LEAD_COLUMNS + j as ColNum))
                        .collect();
                    refs.join("+")
                };
                let (num, den) = (cells(numerator), cells(denominator));
                let formula = Formula::new(format!("=IF(({den})=0,\"{NO_RATE}\",({num})/({den}))"))
                    .set_result(rate_result(of(totals)));
                sheet.write_formula_with_format(row, col, formula, rate_style)?;
            }
        }
    }
    Ok(())
}

/// What a rate cell shows when its denominator is zero, as the text rendering does.
const NO_RATE: &str = "—";

/// The cached value of a rate formula: the fraction, or [`NO_RATE`] when undefined.
fn rate_result(rate: Rate) -> String {
    if rate.denominator == 0 {
        NO_RATE.to_owned()
    } else {
        (rate.numerator as f64 / rate.denominator as f64).to_string()
    }
}

/// A figure column's width from its heading (headings wrap on two lines).
fn figure_width(column: &Column) -> f64 {
    let heading = column.heading.chars().count();
    (heading.div_ceil(2) + 4).clamp(10, 18) as f64
}

/// A sheet listing rows of text under a title: STT then `columns`.
fn list_sheet(
    name: &str,
    title: &str,
    subtitle: &str,
    columns: &[(&str, f64)],
    rows: &[Vec<String>],
    styles: &Styles,
) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name(name)?;
    let last_col = columns.len() as ColNum;
    table_page(&mut sheet)?;
    sheet.merge_range(0, 0, 0, last_col, title, &styles.title)?;
    sheet.merge_range(1, 0, 1, last_col, subtitle, &styles.text)?;
    let header = HEADER_ROWS - 1;
    sheet.write_string_with_format(header, 0, "STT", &styles.header)?;
    sheet.set_column_width(0, 6)?;
    for (i, (heading, width)) in columns.iter().enumerate() {
        let col = 1 + i as ColNum;
        sheet.write_string_with_format(header, col, *heading, &styles.header)?;
        sheet.set_column_width(col, *width)?;
    }
    if rows.is_empty() {
        sheet.merge_range(
            HEADER_ROWS,
            0,
            HEADER_ROWS,
            last_col,
            "Không có.",
            &styles.text,
        )?;
    }
    for (n, cells) in rows.iter().enumerate() {
        let row = HEADER_ROWS + n as RowNum;
        sheet.write_number_with_format(row, 0, (n + 1) as f64, &styles.count)?;
        for (i, cell) in cells.iter().enumerate() {
            sheet.write_string_with_format(row, 1 + i as ColNum, cell, &styles.wrapped)?;
        }
    }
    Ok(sheet)
}

/// A link the workbook can hold: URLs as they are, file paths (relative to the workbook, or
/// absolute) as `file:` links.
fn file_link(link: &str) -> String {
    if link.contains("://") || link.starts_with("mailto:") {
        link.to_owned()
    } else {
        format!("file:///{link}")
    }
}

/// A4 landscape, one page wide, the title and header rows repeated, frozen under the header
/// and beside the unit names and codes.
fn table_page(sheet: &mut Worksheet) -> Result<(), XlsxError> {
    sheet.set_paper_size(PAPER_A4);
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, HEADER_ROWS - 1)?;
    sheet.set_freeze_panes(HEADER_ROWS, LEAD_COLUMNS)?;
    sheet.set_footer("&CTrang &P/&N");
    Ok(())
}

fn portrait_page(sheet: &mut Worksheet) {
    sheet.set_paper_size(PAPER_A4);
    sheet.set_print_fit_to_pages(1, 1);
}

/// User text made fit for a cell: control, hidden and bidirectional characters dropped
/// (`text::is_unsafe_in_rendering`: they would garble the sheet or reorder what an official
/// reads), shortened to a cell's limit.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(MAX_CELL_CHARS));
    for (n, c) in text.chars().enumerate() {
        if n == MAX_CELL_CHARS {
            out.push('…');
            break;
        }
        if !crate::text::is_unsafe_in_rendering(c) {
            out.push(c);
        }
    }
    out
}

/// The cell styles of the workbook.
struct Styles {
    title: Format,
    header: Format,
    label: Format,
    text: Format,
    wrapped: Format,
    link: Format,
    count: Format,
    rate: Format,
    total_text: Format,
    total_count: Format,
    total_rate: Format,
}

impl Styles {
    fn new() -> Self {
        let font = || {
            Format::new()
                .set_font_name("Times New Roman")
                .set_font_size(12)
        };
        let cell = || font().set_border(FormatBorder::Thin);
        let count_format = "#,##0";
        let rate_format = "0.00%";
        Styles {
            title: font()
                .set_bold()
                .set_font_size(13)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_text_wrap(),
            header: cell()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color("#DDEBF7"),
            label: font().set_bold(),
            text: font(),
            wrapped: cell().set_text_wrap().set_align(FormatAlign::Top),
            link: font()
                .set_font_color("#0563C1")
                .set_underline(rust_xlsxwriter::FormatUnderline::Single),
            count: cell().set_num_format(count_format),
            rate: cell()
                .set_num_format(rate_format)
                .set_align(FormatAlign::Right),
            total_text: cell().set_bold(),
            total_count: cell().set_bold().set_num_format(count_format),
            total_rate: cell()
                .set_bold()
                .set_num_format(rate_format)
                .set_align(FormatAlign::Right),
        }
    }
}
