import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { describeError } from "../../sharepoint/describe-error";
import { exportRiskRegister } from "../../sharepoint/monitoring/risk-register-export";
import { siteTitle } from "../../sharepoint/published-register/site-title";
import { CliError } from "../cli-error";
import type { Output } from "../output";
import { siteConnection } from "../site-connection";

export const exportRisksUsage = `Usage: export risks --site <url> [--arrangement <id>] [--out <file.xlsx>] [--council <name>] [--today <yyyy-mm-dd>] [--token <bearer> | SP_TOKEN] [--as <email>]

  The risk register as an Excel workbook: every arrangement's risks, or one arrangement's with
  --arrangement. Open risks past their review date say "Review overdue"; risks the policy pack
  marks for the corporate risk register say so.`;

/** `export risks --site <url> [--arrangement <id>]`: writes the risk register to an .xlsx file. */
export async function exportRisks(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { site: { type: "string" }, token: { type: "string" }, as: { type: "string" }, arrangement: { type: "string" }, out: { type: "string" }, council: { type: "string" }, today: { type: "string" } },
    strict: true,
  });
  if (!values.site) throw new CliError(exportRisksUsage, 2);
  const arrangementId = values.arrangement === undefined ? undefined : Number(values.arrangement);
  if (arrangementId !== undefined && !(Number.isInteger(arrangementId) && arrangementId > 0)) throw new CliError(`--arrangement must be an arrangement's number, like 12, not "${values.arrangement}".`, 2);
  const asOf = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new CliError(`--today must be a date like 2026-04-01, not "${asOf}".`, 2);
  const sp = siteConnection(values.site, values.token, values.as);
  try {
    const council = values.council ?? process.env.COUNCIL_NAME ?? process.env.VITE_COUNCIL_NAME ?? (await siteTitle(sp));
    const file = await exportRiskRegister(sp, { ...(arrangementId ? { arrangementId } : {}), council, asOf });
    const path = values.out ?? file.fileName;
    await writeFile(path, file.content);
    out.log(`Wrote ${path}: ${file.rows} ${file.rows === 1 ? "risk" : "risks"} of ${arrangementId ? `arrangement ${arrangementId}` : "every arrangement"}.`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeError(error));
  }
}
