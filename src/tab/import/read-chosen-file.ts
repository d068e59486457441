import { readSpreadsheet } from "../../register-files/read-spreadsheet";
import type { SourceTable } from "../../register-files/source-table";

/** The file a person chose, read in the browser: nothing is sent anywhere until they import. */
export async function readChosenFile(file: File): Promise<SourceTable> {
  return readSpreadsheet(file.name, new Uint8Array(await file.arrayBuffer()));
}
