//! Reads a spreadsheet into plain text cells, whatever it was saved as: CSV through the `csv`
//! crate, Excel and OpenDocument through `calamine`. The only code in wedid that knows either
//! crate. Cells that Excel stores as dates come out as `YYYY-MM-DD`, so the rest of the
//! importer sees one kind of value.

use crate::content::Date;
use crate::diagnostics::{Diagnostic, Location};
use calamine::{Data, Reader};
use std::path::Path;

/// A sheet: its heading row and its data rows, each with the row number a spreadsheet shows.
#[derive(Debug, Default)]
pub struct Table {
    pub headings: Vec<String>,
    pub rows: Vec<Row>,
}

/// One data row. `number` is the spreadsheet's own row number (the heading row is 1 in a
/// sheet that starts at the top), so a problem can be found by eye.
#[derive(Debug)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<String>,
}

/// Reads `path` by its extension. `sheet` picks a worksheet by name (default: the first).
/// A file that cannot be read at all is one diagnostic; a row that is not UTF-8 is reported
/// and skipped.
pub fn read(path: &Path, sheet: Option<&str>, problems: &mut Vec<Diagnostic>) -> Result<Table, Diagnostic> {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    match ext.as_str() {
        "csv" => read_csv(path, problems),
        "xlsx" | "xlsm" | "xls" | "ods" => read_workbook(path, sheet),
        _ => Err(Diagnostic::error("import-format", path, "wedid cannot read this kind of file")
            .hint("save the spreadsheet as .xlsx, or as CSV UTF-8 (comma delimited)")),
    }
}

fn read_csv(path: &Path, problems: &mut Vec<Diagnostic>) -> Result<Table, Diagnostic> {
    let unreadable = |e: csv::Error| Diagnostic::error("import-unreadable", path, format!("the file cannot be read: {e}"));
    let bytes = std::fs::read(path).map_err(|e| Diagnostic::error("import-unreadable", path, format!("the file cannot be read: {e}")))?;
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes.as_slice());
    let mut rows = RowNumbers { bytes: &bytes, at: 0, row: 1, quoted: false };
    let mut table = Table::default();
    for record in reader.byte_records() {
        let record = record.map_err(unreadable)?;
        let number = rows.at_offset(record.position().map_or(0, |p| p.byte() as usize));
        let cells: Result<Vec<String>, _> = record.iter().map(|c| std::str::from_utf8(c).map(|s| s.trim().to_string())).collect();
        match cells {
            Ok(mut cells) if table.headings.is_empty() => {
                if let Some(first) = cells.first_mut() {
                    *first = first.trim_start_matches('\u{feff}').to_string();
                }
                table.headings = cells;
            }
            Ok(cells) => table.rows.push(Row { number, cells }),
            Err(_) => problems.push(
                Diagnostic::error("import-encoding", path, "this row is not UTF-8 text, so it was not imported")
                    .at(Location::new(number, 1))
                    .hint("save the spreadsheet as \"CSV UTF-8 (comma delimited)\" and import it again"),
            ),
        }
    }
    Ok(table)
}

/// The row a spreadsheet shows for a byte offset of a CSV file: line ends outside quotes
/// counted as Excel counts them, so CRLF, LF and lone CR files, blank lines and cells with
/// line breaks inside all give the numbers the editor sees. (The csv crate's own line count
/// counts a CRLF record end as no line at all.)
struct RowNumbers<'a> {
    bytes: &'a [u8],
    at: usize,
    row: usize,
    quoted: bool,
}

impl RowNumbers<'_> {
    /// Offsets must be asked for in increasing order, as records come. The csv crate may
    /// place a record just before the line end that precedes it, so line ends at `offset`
    /// are passed over first: a record never starts with one.
    fn at_offset(&mut self, offset: usize) -> usize {
        let start = offset + self.bytes.get(offset..).map_or(0, |rest| rest.iter().take_while(|b| matches!(b, b'\r' | b'\n')).count());
        while self.at < start.min(self.bytes.len()) {
            match self.bytes[self.at] {
                b'"' => self.quoted = !self.quoted,
                b'\n' if !self.quoted => self.row += 1,
                b'\r' if !self.quoted && self.bytes.get(self.at + 1) != Some(&b'\n') => self.row += 1,
                _ => {}
            }
            self.at += 1;
        }
        self.row
    }
}

fn read_workbook(path: &Path, sheet: Option<&str>) -> Result<Table, Diagnostic> {
    let unreadable = |e: calamine::Error| Diagnostic::error("import-unreadable", path, format!("the workbook cannot be read: {e}"));
    let mut workbook = calamine::open_workbook_auto(path).map_err(unreadable)?;
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => names.iter().find(|n| n.as_str() == wanted).cloned().ok_or_else(|| {
            Diagnostic::error("import-sheet", path, format!("the workbook has no sheet called \"{wanted}\""))
                .hint(format!("its sheets are: {}", names.join(", ")))
        })?,
        None => names.first().cloned().ok_or_else(|| Diagnostic::error("import-sheet", path, "the workbook has no sheets"))?,
    };
    let range = workbook.worksheet_range(&name).map_err(unreadable)?;
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    let first_column = range.start().map_or(0, |(_, column)| column as usize);
    let mut table = Table::default();
    for (i, row) in range.rows().enumerate() {
        // Cells left of the used range are empty; keep columns where the sheet has them.
        let cells: Vec<String> = std::iter::repeat_n(String::new(), first_column).chain(row.iter().map(cell_text)).collect();
        if table.headings.is_empty() {
            if cells.iter().any(|c| !c.is_empty()) {
                table.headings = cells;
            }
            continue;
        }
        table.rows.push(Row { number: first_row + i + 1, cells });
    }
    Ok(table)
}

/// A cell as the text an editor sees. Whole numbers lose Excel's `.0`; date cells become
/// `YYYY-MM-DD`.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::DateTimeIso(s) => s.chars().take(10).collect(),
        other => other.to_string(),
    }
}

/// Excel's serial day number (days since 1899-12-30, in the 1900 date system) as a date.
fn excel_date(serial: f64) -> String {
    const DAYS_FROM_1899_12_30_TO_1970_01_01: i64 = 25_569;
    Date::from_days_since_epoch(serial.floor() as i64 - DAYS_FROM_1899_12_30_TO_1970_01_01).iso()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_serials_are_days_from_1899_12_30() {
        assert_eq!(excel_date(45_306.0), "2024-01-15");
        assert_eq!(excel_date(45_306.75), "2024-01-15");
        assert_eq!(cell_text(&Data::Float(12.0)), "12");
        assert_eq!(cell_text(&Data::Float(2.5)), "2.5");
    }

    #[test]
    fn csv_rows_keep_their_spreadsheet_numbers() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("log.csv");
        std::fs::write(&path, b"\xef\xbb\xbfProject,You said\nA,\"two\nlines\"\nB,\xff\nC,x\n").expect("write");
        let mut problems = Vec::new();
        let table = read(&path, None, &mut problems).expect("read");
        assert_eq!(table.headings, ["Project", "You said"]);
        let numbers: Vec<usize> = table.rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, [2, 4], "a cell with a line break inside is one row");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].location.line, 3);
    }

    /// Excel on Windows saves CRLF; a blank line is a row of its own.
    #[test]
    fn crlf_and_lf_give_the_same_row_numbers() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("log.csv");
        for text in [
            "P,Y\r\nA,\"two\r\nlines\"\r\n\r\nB,x\r\nC,\"say \"\"hi\"\"\"\r\nD,y\r\n",
            "P,Y\nA,\"two\nlines\"\n\nB,x\nC,\"say \"\"hi\"\"\"\nD,y\n",
        ] {
            std::fs::write(&path, text).expect("write");
            let table = read(&path, None, &mut Vec::new()).expect("read");
            let numbers: Vec<usize> = table.rows.iter().map(|r| r.number).collect();
            assert_eq!(numbers, [2, 4, 5, 6], "{text:?}");
        }
    }
}
