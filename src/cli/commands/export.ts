import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { describeLeftOut } from "../../register-files/published-rows";
import { describeError } from "../../sharepoint/describe-error";
import { exportFormats, exportRegisterFile, type ExportFormat } from "../../sharepoint/published-register/register-export";
import { siteTitle } from "../../sharepoint/published-register/site-title";
import { CliError } from "../cli-error";
import type { Output } from "../output";
import { siteConnection } from "../site-connection";

export const exportUsage = `Usage: export --site <url> --format csv|xlsx|html [--published] [--out <file>] [--council <name>] [--token <bearer> | SP_TOKEN] [--as <email>]

  --published   the public register for the council's website: the policy pack's exclusions
                applied (the default pack leaves out ad hoc arrangements), confidential arrangements
                and proposals left out, and no confidential field in any column.
                Without it: the full INTERNAL register, for officers only — every arrangement,
                confidential fields included. Do not publish it.
  --out         where to write (default: published-register-<date>.<format> or internal-register-…)
  --council     the council's name on the page (default: COUNCIL_NAME, else the site's title)`;

const isFormat = (value: string): value is ExportFormat => (exportFormats as readonly string[]).includes(value);

/** `export --site <url> --format csv|xlsx|html [--published]`: writes the register to a file. */
export async function exportRegister(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      site: { type: "string" }, token: { type: "string" }, as: { type: "string" }, format: { type: "string" },
      published: { type: "boolean", default: false }, out: { type: "string" }, council: { type: "string" }, today: { type: "string" },
    },
    strict: true,
  });
  if (!values.site || !values.format) throw new CliError(exportUsage, 2);
  if (!isFormat(values.format)) throw new CliError(`--format must be csv, xlsx or html, not "${values.format}".\n\n${exportUsage}`, 2);
  const asOf = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new CliError(`--today must be a date like 2026-04-01, not "${asOf}".`, 2);
  const sp = siteConnection(values.site, values.token, values.as);
  try {
    const council = values.council ?? process.env.COUNCIL_NAME ?? process.env.VITE_COUNCIL_NAME ?? (await siteTitle(sp));
    const file = await exportRegisterFile(sp, { format: values.format, published: values.published, council, asOf });
    const path = values.out ?? file.fileName;
    await writeFile(path, file.content);
    const which = values.published
      ? "the published register (policy pack rules applied, nothing confidential)"
      : "the INTERNAL register (everything, confidential fields included; for officers, do not publish)";
    out.log(`Wrote ${path}: ${file.table.rows.length} arrangements of ${council}, ${which}.`);
    for (const line of describeLeftOut(file.table.leftOut)) out.log(`  ${line}`);
    for (const problem of file.policy.problems) out.log(`  Policy: ${problem}`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeError(error));
  }
}
