import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { normaliseHeader, suggestMapping, type ColumnMapping } from "../../register-files/column-mapping";
import { importFields } from "../../register-files/import-fields";
import { readSpreadsheet } from "../../register-files/read-spreadsheet";
import { UnreadableFileError, type SourceTable } from "../../register-files/source-table";
import { describeError } from "../../sharepoint/describe-error";
import { commitImport, dryRunImport } from "../../sharepoint/register-import/commit-import";
import { describeOutcome, describePlan } from "../../sharepoint/register-import/describe-import";
import { CliError } from "../cli-error";
import type { Output } from "../output";
import { siteConnection } from "../site-connection";

export const importUsage = `Usage: import --site <url> <file.csv|file.xlsx> [--map "<column>=<field>"]… [--sheet <name>] [--dry-run] [--token <bearer> | SP_TOKEN] [--as <email>]

  Checks every row first and writes nothing unless there is no problem at all; if a write
  fails part-way, what was added is removed again. Rows already on the register are skipped,
  so importing the same file twice adds nothing the second time.
  --map       map a column to a register field, e.g. --map "Officer=leadOfficer"; "<column>=-" ignores it
  --dry-run   report what would be imported, and every problem, without writing
  Fields: ${importFields.map((f) => f.id).join(", ")}`;

/** Applies `--map "Header=field"` to the suggested mapping; a header or field that does not exist is an error. */
function applyOverrides(table: SourceTable, mapping: ColumnMapping, overrides: readonly string[]): ColumnMapping {
  const result = [...mapping];
  for (const override of overrides) {
    const at = override.lastIndexOf("=");
    const header = override.slice(0, at).trim();
    const fieldText = override.slice(at + 1).trim();
    const column = table.headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(header));
    if (at < 0 || column < 0) throw new CliError(`--map "${override}": the file has no column "${header}" (it has ${table.headers.map((h) => `"${h}"`).join(", ")}).`, 2);
    const field = importFields.find((f) => f.id === fieldText || normaliseHeader(f.label) === normaliseHeader(fieldText));
    if (fieldText !== "-" && !field) throw new CliError(`--map "${override}": "${fieldText}" is not a register field. Use one of: ${importFields.map((f) => f.id).join(", ")}, or - to ignore the column.`, 2);
    result[column] = field ? field.id : null;
  }
  return result;
}

/** `import --site <url> <file>`: brings an existing spreadsheet register in, all or nothing. */
export async function importRegister(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      site: { type: "string" }, token: { type: "string" }, as: { type: "string" }, map: { type: "string", multiple: true },
      sheet: { type: "string" }, "dry-run": { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  const path = positionals[0];
  if (!values.site || !path || positionals.length > 1) throw new CliError(importUsage, 2);
  let table: SourceTable;
  try {
    table = await readSpreadsheet(path, await readFile(path), values.sheet);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`The file ${path} does not exist.`);
    if (error instanceof UnreadableFileError) throw new CliError(error.message);
    throw error;
  }
  const mapping = applyOverrides(table, suggestMapping(table.headers), values.map ?? []);
  out.log(`Columns of ${basename(path)}:`);
  table.headers.forEach((header, i) => {
    const field = importFields.find((f) => f.id === mapping[i]);
    out.log(`  "${header}" → ${field ? field.label : "(ignored)"}`);
  });
  const sp = siteConnection(values.site, values.token, values.as);
  try {
    if (values["dry-run"]) {
      const dryRun = await dryRunImport(sp, table, mapping);
      if (!dryRun.plan) return report(out, describeOutcome({ outcome: "refused", mappingProblems: dryRun.mappingProblems }), 1);
      return report(out, ["Dry run: nothing was written.", ...describePlan(dryRun.plan)], dryRun.plan.problems.length ? 1 : 0);
    }
    const result = await commitImport(sp, table, mapping, { fileName: basename(path) });
    return report(out, describeOutcome(result), result.outcome === "imported" ? 0 : 1);
  } catch (error) {
    throw new CliError(describeError(error));
  }
}

function report(out: Output, lines: readonly string[], code: number): number {
  for (const line of lines) {
    if (code === 0) out.log(line);
    else out.error(line);
  }
  return code;
}
