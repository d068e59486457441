import ExcelJS from "exceljs";
import type { RegisterColumn } from "./register-columns";
import { registerTitle, type CellValue, type RegisterTable } from "./register-table";

const moneyFormat = '"£"#,##0.00;-"£"#,##0.00';
const dateFormat = "d mmmm yyyy";

/** Dates go in as real dates (so Excel sorts and filters them), at UTC midnight as Excel expects. */
function excelValue(column: RegisterColumn, value: CellValue): ExcelJS.CellValue {
  if (value === undefined || value === "") return null;
  if (column.type === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  if (column.type === "link" && typeof value === "string" && /^https?:\/\//i.test(value)) return { text: value, hyperlink: value };
  return value;
}

function addRegisterSheet(workbook: ExcelJS.Workbook, table: RegisterTable): void {
  const sheet = workbook.addWorksheet("Register", { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
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
  for (const row of table.rows) sheet.addRow(table.columns.map((c, i) => excelValue(c, row[i])));
  if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
}

/** A second sheet saying which register this is and which rules shaped it, so a copy is never mistaken. */
function addAboutSheet(workbook: ExcelJS.Workbook, table: RegisterTable): void {
  const sheet = workbook.addWorksheet("About");
  sheet.getColumn(1).width = 120;
  sheet.addRow([registerTitle(table)]).font = { bold: true, size: 14 };
  sheet.addRow([`Produced on ${table.asOf}. ${table.rows.length} arrangements.`]);
  for (const note of table.notes) sheet.addRow([note]).alignment = { wrapText: true };
}

/**
 * The register as an Excel workbook: a header row that stays in view, column widths, money in
 * pounds and dates as dates. exceljs writes every text as text, so nothing typed into the
 * register can become a formula.
 */
export async function registerToXlsx(table: RegisterTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Partnership Register";
  workbook.title = registerTitle(table);
  workbook.created = new Date(`${table.asOf}T00:00:00Z`);
  addRegisterSheet(workbook, table);
  addAboutSheet(workbook, table);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
