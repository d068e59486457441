import type { HalfYear } from "../../domain/performance/half-year";
import { exportPerformanceReport, type PerformanceReportFormat } from "../../sharepoint/monitoring/performance-report-export";
import { exportRiskRegister } from "../../sharepoint/monitoring/risk-register-export";
import type { Sp } from "../lib/session/session-sp";
import { saveFile } from "../publication/save-file";

/** Loaded when someone asks for a file: exceljs and the file builders stay out of every first load. */
export async function downloadPerformanceReport(sp: Sp, request: { half: HalfYear; council: string; asOf: string; format: PerformanceReportFormat }): Promise<string> {
  const file = await exportPerformanceReport(sp, request);
  saveFile(file.fileName, file.mimeType, file.content);
  return file.fileName;
}

export async function downloadAllRisks(sp: Sp, request: { council: string; asOf: string }): Promise<string> {
  const file = await exportRiskRegister(sp, request);
  saveFile(file.fileName, file.mimeType, file.content);
  return `${file.fileName} (${file.rows} risks)`;
}
