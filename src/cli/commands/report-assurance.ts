import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { governanceLevelWords } from "../../domain/governance-rating/rate-governance";
import { assuranceSummaryToHtml } from "../../register-files/assurance-summary-html";
import { ukToday } from "../../sharepoint/authorise/editor-rule";
import { describeError } from "../../sharepoint/describe-error";
import { siteTitle } from "../../sharepoint/published-register/site-title";
import { readAssuranceSummary } from "../../sharepoint/reviews/read-assurance-summary";
import { CliError } from "../cli-error";
import type { Output } from "../output";
import { siteConnection } from "../site-connection";

export const reportAssuranceUsage = `Usage: report assurance --site <url> --year <yyyy> [--out <file.html>] [--council <name>] [--token <bearer> | SP_TOKEN] [--as <email>]

  The governance-assurance summary for the Annual Governance Statement: each arrangement's
  assurance for that year, weak or no assurance first, then limited, reasonable, substantial.
  --out    a printable .html page; default governance-assurance-<year>.html`;

/** `report assurance --site <url> --year 2026`: lists the summary and writes it as a printable page. */
export async function reportAssurance(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { site: { type: "string" }, token: { type: "string" }, as: { type: "string" }, year: { type: "string" }, out: { type: "string" }, council: { type: "string" } },
    strict: true,
  });
  if (!values.site || !values.year) throw new CliError(reportAssuranceUsage, 2);
  if (!/^\d{4}$/.test(values.year)) throw new CliError(`--year must be a year like 2026, not "${values.year}".`, 2);
  const path = values.out ?? `governance-assurance-${values.year}.html`;
  if (!/\.html?$/i.test(path)) throw new CliError(`--out must end in .html, not "${path}".`, 2);
  const sp = siteConnection(values.site, values.token, values.as);
  try {
    const council = values.council ?? process.env.COUNCIL_NAME ?? process.env.VITE_COUNCIL_NAME ?? (await siteTitle(sp));
    const summary = await readAssuranceSummary(sp, Number(values.year));
    await writeFile(path, assuranceSummaryToHtml(summary, council, ukToday()));
    out.log(`Wrote ${path}: governance assurance ${summary.year} for ${council}, ${summary.rows.length} arrangements.`);
    for (const row of summary.rows) {
      out.log(`  ${row.level ? governanceLevelWords[row.level] : "No assurance given"} — ${row.arrangement.name}${row.gaps.length ? ` (${row.gaps.length} question${row.gaps.length === 1 ? "" : "s"} short)` : ""}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeError(error));
  }
}
