import ExcelJS from "exceljs";
import { registerTitle, type RegisterTable } from "./register-table";
import { addTableSheet } from "./table-sheet";

function addRegisterSheet(workbook: ExcelJS.Workbook, table: RegisterTable): void {
  addTableSheet(workbook, { name: "Register", columns: table.columns, rows: table.rows });
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
