import { parseCsv } from "./parse-csv";
import { UnreadableFileError, type SourceTable } from "./source-table";

/**
 * A spreadsheet file's bytes as a table, by its extension: .csv (UTF-8, with or without a byte
 * order mark) or .xlsx. exceljs is loaded only for .xlsx, so reading a CSV stays light.
 */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array, sheetName?: string): Promise<SourceTable> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "csv" || extension === "txt") return parseCsv(new TextDecoder("utf-8").decode(bytes));
  if (extension === "xlsx") return (await import("./parse-xlsx")).parseXlsx(bytes, sheetName);
  if (extension === "xls") throw new UnreadableFileError(`${fileName} is an old-style Excel file (.xls). Open it in Excel and save it as "Excel Workbook (.xlsx)" or as CSV, then import that.`);
  throw new UnreadableFileError(`${fileName} is not a spreadsheet we can import. Use a CSV file (.csv) or an Excel workbook (.xlsx).`);
}
