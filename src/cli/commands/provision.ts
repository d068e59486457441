import { parseArgs } from "node:util";
import { createSp, type SiteIdentity } from "../../sharepoint/create-sp";
import { describeError } from "../../sharepoint/describe-error";
import { SharePointError } from "../../sharepoint/errors/sharepoint-error";
import { listDefinitions } from "../../sharepoint/lists/load-list-definitions";
import { provisionSite } from "../../sharepoint/provision";
import { CliError } from "../cli-error";
import type { Output } from "../output";

const usage = "Usage: provision --site <url> [--token <bearer> | env SP_TOKEN] [--as <email> for the local stand-in]";

function identityFrom(token: string | undefined, as: string | undefined): SiteIdentity {
  if (token && as) throw new CliError(`Give either a token (SharePoint Online) or --as (the local stand-in), not both.\n${usage}`, 2);
  if (token) return { kind: "token", getToken: async () => token };
  if (as) return { kind: "local", user: as };
  throw new CliError(`Say who is provisioning: --token <bearer> or SP_TOKEN for SharePoint Online, or --as <email> for the local stand-in.\n${usage}`, 2);
}

function siteUrlFrom(site: string | undefined): string {
  if (!site) throw new CliError(usage, 2);
  let url: URL;
  try {
    url = new URL(site);
  } catch (error) {
    throw new CliError(`"${site}" is not a web address (${(error as Error).message}). Use the site's full address, e.g. https://council.sharepoint.com/sites/partnerships`, 2);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new CliError(`"${site}" is not a web address starting https://`, 2);
  return url.href.replace(/\/$/, "");
}

/** `npm run cli -- provision --site <url>`: creates or updates the site's lists and columns, printing each change. */
export async function provision(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { site: { type: "string" }, token: { type: "string" }, as: { type: "string" } },
    strict: true,
    allowPositionals: false,
  });
  const siteUrl = siteUrlFrom(values.site);
  // --as names the local stand-in explicitly, so a token left in the environment does not clash with it.
  const token = values.token ?? (values.as ? undefined : process.env.SP_TOKEN);
  const sp = createSp({ siteUrl, identity: identityFrom(token, values.as) });
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
