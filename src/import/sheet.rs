//! The tables `swivi import` is given: CSV files as the open data writes them, or the sheets
//! of an XLSX or ODS workbook (read by calamine), as cells of text that know where they are.
//!
//! Invariant: every cell is text as the open data's CSV would hold it (a number without a
//! needless `.0`, a date as `YYYY-MM-DD`, a flag as `true` or `false`), and every problem
//! found in a cell points at it: a CSV's line and column, a workbook's sheet and cell.

use std::io::Cursor;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use calamine::{Data, Reader};

use crate::data::{self, Table};
use crate::diag::{Diagnostic, Diagnostics, SourceFile, display_path};

/// The tables `swivi import` reads, by their open data names.
pub(crate) const IMPORTED: [&str; 2] = ["commitments", "updates"];

/// One table: its header's cells, then its rows'.
pub(crate) struct Sheet {
    pub(crate) table: &'static Table,
    pub(crate) header: Vec<Cell>,
    pub(crate) rows: Vec<Vec<Cell>>,
    /// What names it in messages: the file, and the sheet of a workbook.
    pub(crate) name: String,
}

pub(crate) struct Cell {
    pub(crate) text: String,
    /// A workbook's date on the first day of a month, which a spreadsheet makes of a month
    /// typed as `2022-10`.
    pub(crate) first_of_month: bool,
    place: Place,
}

enum Place {
    /// Bytes of a CSV file.
    Text {
        file: Arc<SourceFile>,
        span: Range<usize>,
    },
    /// A cell of a workbook's sheet, `C4`.
    Book {
        path: PathBuf,
        sheet: String,
        cell: String,
    },
}

impl Cell {
    /// An error about this cell, which the message names as the column `column` (unless it
    /// is empty: about the cell's row).
    pub(crate) fn error(&self, column: &str, message: impl Into<String>) -> Diagnostic {
        let message = message.into();
        let named = match column {
            "" => String::new(),
            column => format!(" (`{column}`)"),
        };
        match &self.place {
            Place::Text { file, span } if column.is_empty() => {
                Diagnostic::error(message).at(file, span.clone())
            }
            Place::Text { file, span } => Diagnostic::error(format!("`{column}`: {message}"))
                .at(file, span.clone())
                .label(format!("in column `{column}`")),
            Place::Book { path, sheet, cell } => Diagnostic::error(format!(
                "{}, sheet `{sheet}`, cell {cell}{named}: {message}",
                display_path(path)
            ))
            .about(path),
        }
    }

    /// Its text, with a spreadsheet's spaces around it and the open data's guard against
    /// formulas taken off.
    pub(crate) fn value(&self) -> &str {
        data::uncell(self.text.trim())
    }
}

/// The tables of the file at `path` (as given on the command line, holding `bytes`): a CSV
/// file, whose name or header says which table it holds, or a workbook with a sheet named
/// after each.
pub(crate) fn read(path: &Path, bytes: Vec<u8>, diags: &mut Diagnostics) -> Vec<Sheet> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "csv" => csv(path, bytes, diags).into_iter().collect(),
        "xlsx" | "xlsm" | "xls" | "ods" => workbook(path, bytes, diags),
        _ => {
            diags.push(
                Diagnostic::error(format!(
                    "{} is not a CSV, XLSX or ODS file",
                    display_path(path)
                ))
                .help("swivi import reads commitments.csv and updates.csv as the open data writes them, or a workbook (.xlsx, .ods) with sheets of those names")
                .about(path),
            );
            Vec::new()
        }
    }
}

/// The table a CSV file named `stem` holds, with the header `header`: its name says, or else
/// its key column does.
fn csv_table(stem: &str, header: &[Cell]) -> Option<&'static Table> {
    let has = |name: &str| header.iter().any(|c| c.value() == name);
    let name = match stem {
        name if IMPORTED.contains(&name) => name,
        // Another table of the open data: meetings, countries…
        name if data::table(name).is_some() => return None,
        _ if has("commitment") => "updates",
        _ if has("id") => "commitments",
        _ => return None,
    };
    data::table(name)
}

fn csv(path: &Path, bytes: Vec<u8>, diags: &mut Diagnostics) -> Option<Sheet> {
    let Ok(text) = String::from_utf8(bytes) else {
        diags.push(
            Diagnostic::error(format!("{} is not UTF-8 text", display_path(path)))
                .help("save the file as \"CSV UTF-8\"; the open data's files are")
                .about(path),
        );
        return None;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
    let file = SourceFile::new(path, text);
    let delimiter = delimiter_of(&file.text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(file.text.as_bytes());
    let mut lines = Vec::new();
    for record in reader.records() {
        match record {
            Ok(record) => {
                let start = record.position().map_or(0, |p| p.byte() as usize);
                let spans = field_spans(&file.text, start, record.len(), delimiter);
                let cells = record
                    .iter()
                    .zip(spans)
                    .map(|(text, span)| Cell {
                        text: text.to_owned(),
                        first_of_month: false,
                        place: Place::Text {
                            file: Arc::clone(&file),
                            span,
                        },
                    })
                    .collect();
                lines.push(cells);
            }
            Err(error) => {
                let at = error.position().map_or(0, |p| p.byte() as usize);
                diags.push(
                    Diagnostic::error(format!("this CSV does not read: {error}"))
                        .at(&file, at..at)
                        .help("save it again from the spreadsheet as \"CSV UTF-8\""),
                );
                return None;
            }
        }
    }
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let table = |header: &[Cell]| csv_table(&stem, header).ok_or_else(|| not_imported(&file));
    sheet(lines, display_path(path), table, diags)
}

/// The problem of a CSV file that holds neither of the tables `swivi import` reads.
fn not_imported(file: &Arc<SourceFile>) -> Diagnostic {
    let shown = display_path(&file.path);
    Diagnostic::error(format!("{shown} holds neither commitments nor updates"))
        .in_file(file)
        .help("swivi import reads the open data's commitments.csv and updates.csv, with their columns in the first line")
}

/// What separates the cells of a CSV file: a comma, as the open data writes it, or the
/// semicolon that spreadsheets save with where the comma is the decimal mark (Excel in
/// French, Spanish or Portuguese), whichever the header line has more of.
fn delimiter_of(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    match header.matches(';').count() > header.matches(',').count() {
        true => b';',
        false => b',',
    }
}

/// The byte ranges of the `count` fields of the CSV record that starts at `start`: the text
/// between the delimiters, quotes and all.
fn field_spans(text: &str, start: usize, count: usize, delimiter: u8) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans = Vec::with_capacity(count);
    // The reader may place a record after the `\r` of the line before it.
    let mut at = start + text[start..].len() - text[start..].trim_start_matches(['\r', '\n']).len();
    let mut field_start = at;
    let mut quoted = false;
    while at < bytes.len() && spans.len() < count {
        match bytes[at] {
            b'"' => quoted = !quoted,
            byte if byte == delimiter && !quoted => {
                spans.push(field_start..at);
                field_start = at + 1;
            }
            b'\n' | b'\r' if !quoted => break,
            _ => {}
        }
        at += 1;
    }
    if spans.len() < count {
        spans.push(field_start..at);
    }
    // A field past the end of a short line points at the line's end.
    spans.resize(count, at..at);
    spans
}

fn workbook(path: &Path, bytes: Vec<u8>, diags: &mut Diagnostics) -> Vec<Sheet> {
    let mut book = match calamine::open_workbook_auto_from_rs(Cursor::new(bytes)) {
        Ok(book) => book,
        Err(error) => {
            diags.push(
                Diagnostic::error(format!("{} does not open: {error}", display_path(path)))
                    .help("save it again from the spreadsheet as .xlsx or .ods")
                    .about(path),
            );
            return Vec::new();
        }
    };
    let names = book.sheet_names();
    let wanted: Vec<(&str, &String)> = IMPORTED
        .iter()
        .filter_map(|table| {
            let name = names
                .iter()
                .find(|n| n.trim().eq_ignore_ascii_case(table))?;
            Some((*table, name))
        })
        .collect();
    if wanted.is_empty() {
        diags.push(
            Diagnostic::error(format!(
                "{} has no sheet named `commitments` or `updates`",
                display_path(path)
            ))
            .help(format!(
                "its sheets are {}: name the sheets after the open data's tables",
                names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .about(path),
        );
        return Vec::new();
    }
    let mut sheets = Vec::new();
    for (table, name) in wanted {
        let range = match book.worksheet_range(name) {
            Ok(range) => range,
            Err(error) => {
                diags.push(
                    Diagnostic::error(format!(
                        "{}, sheet `{name}`, does not read: {error}",
                        display_path(path)
                    ))
                    .about(path),
                );
                continue;
            }
        };
        let (first_row, first_column) = range.start().unwrap_or((0, 0));
        let lines: Vec<Vec<Cell>> = range
            .rows()
            .enumerate()
            .map(|(r, row)| {
                row.iter()
                    .enumerate()
                    .map(|(c, value)| {
                        let reference =
                            cell_reference(first_row + r as u32, first_column + c as u32);
                        let (text, first_of_month) = text_of(value);
                        let cell = Cell {
                            text,
                            first_of_month,
                            place: Place::Book {
                                path: path.to_owned(),
                                sheet: name.clone(),
                                cell: reference,
                            },
                        };
                        if let Data::Error(error) = value {
                            diags.push(cell.error(
                                "",
                                format!("the cell holds the spreadsheet error {error}"),
                            ));
                        }
                        cell
                    })
                    .collect()
            })
            .collect();
        let shown = format!("{}, sheet `{name}`", display_path(path));
        let table = data::table(table).expect("the imported tables are open data tables");
        sheets.extend(sheet(lines, shown, |_| Ok(table), diags));
    }
    sheets
}

/// The rows of a table, the first its header, the blank ones left out; which table it is,
/// from its header.
fn sheet(
    lines: Vec<Vec<Cell>>,
    name: String,
    table: impl FnOnce(&[Cell]) -> Result<&'static Table, Diagnostic>,
    diags: &mut Diagnostics,
) -> Option<Sheet> {
    let mut lines = lines
        .into_iter()
        .filter(|cells| cells.iter().any(|c| !c.value().is_empty()));
    let header = lines.next()?;
    match table(&header) {
        Ok(table) => Some(Sheet {
            table,
            header,
            rows: lines.collect(),
            name,
        }),
        Err(problem) => {
            diags.push(problem);
            None
        }
    }
}

/// `C4` for the cell of row 3 and column 2 (from 0).
fn cell_reference(row: u32, column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(row + 1).to_string()
}

/// A workbook's cell as the open data's CSV writes its value, and whether it is a date on
/// the first day of a month.
fn text_of(value: &Data) -> (String, bool) {
    match value {
        Data::Empty | Data::Error(_) => (String::new(), false),
        Data::String(text) => (text.clone(), false),
        Data::Int(n) => (n.to_string(), false),
        // Below 9e15 an f64 holds every whole number exactly, so the cast loses nothing.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 9e15 => ((*f as i64).to_string(), false),
        Data::Float(f) => (f.to_string(), false),
        Data::Bool(b) => (b.to_string(), false),
        Data::DateTime(date) if date.is_datetime() => {
            let (year, month, day, ..) = date.to_ymd_hms_milli();
            (format!("{year:04}-{month:02}-{day:02}"), day == 1)
        }
        Data::DateTime(duration) => (duration.as_f64().to_string(), false),
        Data::DateTimeIso(date) => {
            let day = date.split('T').next().unwrap_or(date).to_owned();
            let first = day.len() == 10 && day.ends_with("-01");
            (day, first)
        }
        Data::DurationIso(duration) => (duration.clone(), false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_found_between_commas_outside_quotes() {
        let text = "id,title\ncl-a,\"A, quoted \"\"title\"\"\"\r\nx";
        let spans = field_spans(text, 9, 2, b',');
        assert_eq!(&text[spans[0].clone()], "cl-a");
        assert_eq!(&text[spans[1].clone()], "\"A, quoted \"\"title\"\"\"");
        // A short record: the missing field points at the end of its line.
        assert_eq!(field_spans("a\nb", 0, 2, b','), vec![0..1, 1..1]);
        // A record placed at the end of the line before.
        assert_eq!(field_spans("a\r\nb,c", 2, 2, b','), vec![3..4, 5..6]);
        // As a spreadsheet saves it where the comma is the decimal mark.
        let text = "id;pillars\ncl-a;\"x;y\"";
        assert_eq!(delimiter_of(text), b';');
        assert_eq!(field_spans(text, 11, 2, b';'), vec![11..15, 16..21]);
        assert_eq!(delimiter_of("id,title\na;b,c"), b',');
    }

    #[test]
    fn a_csv_file_s_table_is_its_name_s_or_else_its_header_s() {
        let file = SourceFile::new("t.csv", "");
        let header = |names: &[&str]| -> Vec<Cell> {
            let place = || Place::Text {
                file: Arc::clone(&file),
                span: 0..0,
            };
            let cell = |n: &&str| Cell {
                text: (*n).to_owned(),
                first_of_month: false,
                place: place(),
            };
            names.iter().map(cell).collect()
        };
        let name = |stem, names: &[&str]| csv_table(stem, &header(names)).map(|t| t.name);
        assert_eq!(name("updates", &["id"]), Some("updates"));
        assert_eq!(name("export (2)", &["commitment", "date"]), Some("updates"));
        assert_eq!(name("export", &["id", "title"]), Some("commitments"));
        // The open data's other tables are not read as commitments.
        assert_eq!(name("meetings", &["id", "title"]), None);
        assert_eq!(name("notes", &["a"]), None);
    }

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(cell_reference(0, 0), "A1");
        assert_eq!(cell_reference(3, 2), "C4");
        assert_eq!(cell_reference(9, 26), "AA10");
    }

    #[test]
    fn workbook_values_read_as_the_csv_writes_them() {
        use calamine::{ExcelDateTime, ExcelDateTimeType};
        assert_eq!(text_of(&Data::Float(2022.0)).0, "2022");
        assert_eq!(text_of(&Data::Float(19.6)).0, "19.6");
        assert_eq!(text_of(&Data::Bool(false)).0, "false");
        // 45047 is 2023-05-01 in the 1900 system.
        let date = ExcelDateTime::new(45047.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(
            text_of(&Data::DateTime(date)),
            ("2023-05-01".to_owned(), true)
        );
        assert_eq!(
            text_of(&Data::DateTimeIso("2023-05-09T00:00:00".to_owned())),
            ("2023-05-09".to_owned(), false)
        );
    }
}
