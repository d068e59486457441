import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { halfYearHint, lastEndedHalfYear, parseHalfYear } from "../../domain/performance/half-year";
import { describeError } from "../../sharepoint/describe-error";
import { exportPerformanceReport } from "../../sharepoint/monitoring/performance-report-export";
import { siteTitle } from "../../sharepoint/published-register/site-title";
import { CliError } from "../cli-error";
import type { Output } from "../output";
import { siteConnection } from "../site-connection";

export const reportPerformanceUsage = `Usage: report performance --site <url> [--half 2026H1] [--format xlsx|html] [--out <file>] [--council <name>] [--token <bearer> | SP_TOKEN] [--as <email>]

  The bi-annual performance report of key partnerships for the executive (which are key is the
  policy pack's rule): each one's measures rated red / amber / green, the half year's budget
  variance and its top risks. --half is April–September (H1) or October–March (H2) of a financial
  year; by default the last half year to have ended. Only figures dated within or before the
  half year are used, so a past report comes out the same.`;

/** `report performance --site <url> --half 2026H1`: writes the executive's bi-annual report. */
export async function reportPerformance(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { site: { type: "string" }, token: { type: "string" }, as: { type: "string" }, half: { type: "string" }, format: { type: "string", default: "xlsx" }, out: { type: "string" }, council: { type: "string" }, today: { type: "string" } },
    strict: true,
  });
  if (!values.site) throw new CliError(reportPerformanceUsage, 2);
  const asOf = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new CliError(`--today must be a date like 2026-04-01, not "${asOf}".`, 2);
  const half = values.half === undefined ? lastEndedHalfYear(asOf) : parseHalfYear(values.half);
  if (!half) throw new CliError(`"${values.half}" is not a half year. ${halfYearHint}`, 2);
  if (values.format !== "xlsx" && values.format !== "html") throw new CliError(`--format must be xlsx or html, not "${values.format}".`, 2);
  const sp = siteConnection(values.site, values.token, values.as);
  try {
    const council = values.council ?? process.env.COUNCIL_NAME ?? process.env.VITE_COUNCIL_NAME ?? (await siteTitle(sp));
    const file = await exportPerformanceReport(sp, { half, council, asOf, format: values.format });
    const path = values.out ?? file.fileName;
    await writeFile(path, file.content);
    out.log(`Wrote ${path}: ${file.report.partnerships.length} key partnerships, ${half.label}.`);
    if (half.end >= asOf) out.log(`  The half year has not ended yet (it ends ${half.end}); figures still to come are not in it.`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeError(error));
  }
}
