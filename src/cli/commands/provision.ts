import { parseArgs } from "node:util";
import { describeError } from "../../sharepoint/describe-error";
import { SharePointError } from "../../sharepoint/errors/sharepoint-error";
import { listDefinitions } from "../../sharepoint/lists/load-list-definitions";
import { provisionSite } from "../../sharepoint/provision";
import { CliError } from "../cli-error";
import { siteConnection, siteUrlFrom } from "../site-connection";
import type { Output } from "../output";

/** `npm run cli -- provision --site <url>`: creates or updates the site's lists and columns, printing each change. */
export async function provision(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { site: { type: "string" }, token: { type: "string" }, as: { type: "string" } },
    strict: true,
    allowPositionals: false,
  });
  const siteUrl = siteUrlFrom(values.site);
  const sp = siteConnection(values.site, values.token, values.as);
  let report;
  try {
    report = await provisionSite(sp, listDefinitions, siteUrl);
  } catch (error) {
    if (SharePointError.is(error)) throw new CliError(describeError(error));
    throw error;
  }
  for (const { list, change } of report.changes) out.log(`${list}: ${change}`);
  for (const problem of report.problems) out.error(`needs a person: ${problem}`);
  if (report.upToDate) out.log(`${siteUrl}: up to date`);
  return report.problems.length > 0 ? 1 : 0;
}
