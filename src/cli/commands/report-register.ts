import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { describeError } from "../../sharepoint/describe-error";
import { readRegisterReport, registerReportFile, reportFileName } from "../../sharepoint/register-review/register-report";
import { siteTitle } from "../../sharepoint/published-register/site-title";
import { CliError } from "../cli-error";
import type { Output } from "../output";
import { siteConnection } from "../site-connection";

export const reportRegisterUsage = `Usage: report register --site <url> --year <yyyy> [--out <file.xlsx|file.html>] [--council <name>] [--token <bearer> | SP_TOKEN] [--as <email>]

  The annual register report for the Leader and Cabinet Committees: the arrangements on the
  register at the end of that year's review window, as they stood then (rebuilt from the audit
  trail, so any past year can be produced again), with each entry's review confirmation.
  --year   the year of the review round, e.g. 2025 for the 2025/26 review
  --out    .xlsx (default) or .html; default register-report-<year>.xlsx`;

/** `report register --site <url> --year 2025 --out report.xlsx`: writes the annual register report. */
export async function reportRegister(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { site: { type: "string" }, token: { type: "string" }, as: { type: "string" }, year: { type: "string" }, out: { type: "string" }, council: { type: "string" }, today: { type: "string" } },
    strict: true,
  });
  if (!values.site || !values.year) throw new CliError(reportRegisterUsage, 2);
  if (!/^\d{4}$/.test(values.year)) throw new CliError(`--year must be a year like 2025, not "${values.year}".`, 2);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new CliError(`--today must be a date like 2026-04-01, not "${values.today}".`, 2);
  const year = Number(values.year);
  const path = values.out ?? reportFileName(year, "xlsx");
  const format = /\.html?$/i.test(path) ? "html" : /\.xlsx$/i.test(path) ? "xlsx" : undefined;
  if (!format) throw new CliError(`--out must end in .xlsx or .html, not "${path}".`, 2);
  const sp = siteConnection(values.site, values.token, values.as);
  try {
    const council = values.council ?? process.env.COUNCIL_NAME ?? process.env.VITE_COUNCIL_NAME ?? (await siteTitle(sp));
    const table = await readRegisterReport(sp, { year, council, ...(values.today ? { today: values.today } : {}) });
    await writeFile(path, await registerReportFile(table, format));
    out.log(`Wrote ${path}: ${table.title ?? "the register report"}, ${table.rows.length} arrangements of ${council} as at ${table.asOf}.`);
    for (const note of table.notes.slice(1)) out.log(`  ${note}`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeError(error));
  }
}
