import type { SPFI } from "@pnp/sp";
import { buildRegisterTable } from "../../register-files/published-rows";
import type { RegisterTable } from "../../register-files/register-table";
import { registerToCsv } from "../../register-files/to-csv";
import { registerToHtml } from "../../register-files/to-html";
import { readActivePolicy, type ActivePolicy } from "../read-active-policy";
import { readRegisterSource } from "./read-register-source";

export const exportFormats = ["csv", "xlsx", "html"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportRequest {
  format: ExportFormat;
  /** The public register (pack rules applied, nothing confidential) or the full internal one. */
  published: boolean;
  council: string;
  /** Today, `2026-04-01`. */
  asOf: string;
}

export interface RegisterFile {
  fileName: string;
  mimeType: string;
  content: string | Uint8Array;
  table: RegisterTable;
  /** Where the publication rules came from, and any problem with the stored pack. */
  policy: Pick<ActivePolicy, "source" | "problems">;
}

const mimeTypes: Record<ExportFormat, string> = {
  csv: "text/csv;charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  html: "text/html;charset=utf-8",
};

/** The register as a table, for the screen, without producing a file. */
export async function readRegisterTable(sp: SPFI, request: Omit<ExportRequest, "format">): Promise<{ table: RegisterTable; policy: Pick<ActivePolicy, "source" | "problems"> }> {
  const active = await readActivePolicy(sp);
  const source = await readRegisterSource(sp, active, request.published);
  const table = buildRegisterTable({ ...source, council: request.council, asOf: request.asOf }, { published: request.published });
  return { table, policy: { source: active.source, problems: active.problems } };
}

/**
 * Reads the register from the site and writes it in one format. exceljs is loaded only when an
 * .xlsx is asked for: it is large, and a CSV or web page does not need it.
 */
export async function exportRegisterFile(sp: SPFI, request: ExportRequest): Promise<RegisterFile> {
  const { table, policy } = await readRegisterTable(sp, request);
  const fileName = `${request.published ? "published" : "internal"}-register-${request.asOf}.${request.format}`;
  let content: string | Uint8Array;
  if (request.format === "xlsx") content = await (await import("../../register-files/to-xlsx")).registerToXlsx(table);
  else content = request.format === "csv" ? registerToCsv(table) : registerToHtml(table);
  return { fileName, mimeType: mimeTypes[request.format], content, table, policy };
}
