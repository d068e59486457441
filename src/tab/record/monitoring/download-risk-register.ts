import { exportRiskRegister } from "../../../sharepoint/monitoring/risk-register-export";
import type { Sp } from "../../lib/session/session-sp";
import { saveFile } from "../../publication/save-file";

/** Loaded only when someone asks for the file, so exceljs never joins the record's first load. */
export async function downloadRiskRegister(sp: Sp, request: { arrangementId?: number; council: string; asOf: string }): Promise<{ fileName: string; rows: number }> {
  const file = await exportRiskRegister(sp, request);
  saveFile(file.fileName, file.mimeType, file.content);
  return { fileName: file.fileName, rows: file.rows };
}
