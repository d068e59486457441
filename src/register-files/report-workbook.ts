import ExcelJS from "exceljs";
import { addTableSheet, type TableSheet } from "./table-sheet";

/** One sheet of a monitoring report: columns typed as the register's are, and rows of cells. */
export type ReportSheet = TableSheet;

export interface ReportWorkbook {
  title: string;
  /** The day it was produced, `2026-11-24`. */
  asOf: string;
  sheets: readonly ReportSheet[];
  /** Printed on an "About" sheet: what the report covers and which rules shaped it. */
  notes: readonly string[];
}

/**
 * A monitoring report (the risk register, the executive's performance report) as an Excel
 * workbook: a sheet per table with its header row kept in view, money in pounds, dates as dates,
 * and an About sheet. exceljs writes text as text, so nothing typed can become a formula.
 */
export async function reportToXlsx(report: ReportWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Partnership Register";
  workbook.title = report.title;
  workbook.created = new Date(`${report.asOf}T00:00:00Z`);
  for (const table of report.sheets) addTableSheet(workbook, table);
  const about = workbook.addWorksheet("About");
  about.getColumn(1).width = 120;
  about.addRow([report.title]).font = { bold: true, size: 14 };
  about.addRow([`Produced on ${report.asOf}.`]);
  for (const note of report.notes) about.addRow([note]).alignment = { wrapText: true };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
