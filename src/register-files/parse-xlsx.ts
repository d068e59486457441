import ExcelJS from "exceljs";
import { tableFromRows, UnreadableFileError, type SourceTable } from "./source-table";

/** A cell as the text the person sees: dates as `2026-04-01`, formulas by their result. */
function cellToText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" && value.text ? value.text : value.hyperlink;
  if ("formula" in value || "sharedFormula" in value) return "result" in value && value.result !== undefined ? cellToText(value.result as ExcelJS.CellValue) : "";
  if ("error" in value) return String(value.error);
  return "";
}

/**
 * The first worksheet (or the one named) of an .xlsx file as a table. A file that is not an
 * Excel workbook, or an old .xls, is refused with a sentence saying what to do.
 */
export async function parseXlsx(bytes: ArrayBuffer | Uint8Array, sheetName?: string): Promise<SourceTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for a Node Buffer; in the browser it takes an ArrayBuffer as well.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnreadableFileError(`This is not an Excel workbook we can read (${detail}). Save it from Excel as "Excel Workbook (.xlsx)" or as CSV, and try again.`);
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(", ");
    throw new UnreadableFileError(sheetName ? `The workbook has no sheet called "${sheetName}" (it has ${names}).` : "The workbook has no worksheets.");
  }
  const rows: { rowNumber: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellToText(cell.value).trim();
    });
    rows.push({ rowNumber, cells: Array.from(cells, (c) => c ?? "") });
  });
  return tableFromRows(rows, `worksheet "${sheet.name}"`);
}
