import type { Sp } from "../lib/session/session-sp";
import { exportRegisterFile, type ExportRequest } from "../../sharepoint/published-register/register-export";
import { saveFile } from "./save-file";

/**
 * Loaded only when a person asks for a download (see published-page.tsx), so the register's
 * first load never carries the file builders; exceljs loads later still, for .xlsx only.
 */
export async function downloadRegister(sp: Sp, request: ExportRequest): Promise<{ fileName: string; rows: number }> {
  const file = await exportRegisterFile(sp, request);
  saveFile(file.fileName, file.mimeType, file.content);
  return { fileName: file.fileName, rows: file.table.rows.length };
}
