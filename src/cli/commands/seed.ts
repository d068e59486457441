import { parseArgs } from "node:util";
import { buildDemoCouncil } from "../../demo-council/index";
import { describeError } from "../../sharepoint/describe-error";
import { CliError } from "../cli-error";
import type { Output } from "../output";
import { seedDemoCouncil } from "../seed/seed-demo-council";
import { siteConnection } from "../site-connection";

/** `seed --site <url>`: loads the demo council (Northbrook Borough Council) into a provisioned site. */
export async function seed(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { site: { type: "string" }, token: { type: "string" }, as: { type: "string" }, today: { type: "string" } },
    strict: true,
  });
  if (!values.site) throw new CliError("Usage: seed --site <url> [--token <bearer> | SP_TOKEN] [--as <email>]", 2);
  const sp = siteConnection(values.site, values.token, values.as);
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new CliError(`--today must be a date like 2026-04-01, got "${today}".`);
  out.log(`Seeding the demo council into ${values.site}`);
  try {
    const report = await seedDemoCouncil(sp, buildDemoCouncil(today), (line) => out.log(line));
    if (report.standIns.length) out.log(`${report.standIns.length} demo people are not users of this site; you stand in for them.`);
    out.log(`Done: ${report.counts.reduce((n, c) => n + c.items, 0)} items.`);
    return 0;
  } catch (error) {
    throw new CliError(describeError(error));
  }
}
