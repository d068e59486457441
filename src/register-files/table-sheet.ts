import type ExcelJS from "exceljs";
import type { RegisterColumn } from "./register-columns";
import type { CellValue } from "./register-table";

const moneyFormat = '"£"#,##0.00;-"£"#,##0.00';
const dateFormat = "d mmmm yyyy";

/** A table to write as one sheet: columns typed as the register's are, and rows of cells. */
export interface TableSheet {
  name: string;
  columns: readonly Pick<RegisterColumn, "id" | "header" | "type" | "width">[];
  rows: readonly CellValue[][];
}

/** Dates go in as real dates (so Excel sorts and filters them), at UTC midnight as Excel expects; links as hyperlinks. */
function excelValue(type: RegisterColumn["type"], value: CellValue): ExcelJS.CellValue {
  if (value === undefined || value === "") return null;
  if (type === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  if (type === "link" && typeof value === "string" && /^https?:\/\//i.test(value)) return { text: value, hyperlink: value };
  return value;
}

/**
 * Writes a table as a sheet the way every workbook the product makes does (the register, the
 * monitoring reports): header row and first column kept in view, column widths, money in pounds,
 * dates as dates, and a filter on the header when there are rows.
 */
export function addTableSheet(workbook: ExcelJS.Workbook, table: TableSheet): void {
  const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    key: c.id,
    width: c.width,
    style: c.type === "money" ? { numFmt: moneyFormat } : c.type === "date" ? { numFmt: dateFormat } : { alignment: { vertical: "top", wrapText: true } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7ECF2" } };
  for (const row of table.rows) sheet.addRow(table.columns.map((c, i) => excelValue(c.type, row[i])));
  if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
}
