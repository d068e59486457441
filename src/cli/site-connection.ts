import { createSp, type SiteIdentity } from "../sharepoint/create-sp";
import { CliError } from "./cli-error";

const how = "--site <url> [--token <bearer> | env SP_TOKEN] [--as <email> for the local stand-in]";

function identityFrom(token: string | undefined, as: string | undefined): SiteIdentity {
  if (token && as) throw new CliError(`Give either a token (SharePoint Online) or --as (the local stand-in), not both.\nUsage: ${how}`, 2);
  if (token) return { kind: "token", getToken: async () => token };
  if (as) return { kind: "local", user: as };
  throw new CliError(`Say who is acting: --token <bearer> or SP_TOKEN for SharePoint Online, or --as <email> for the local stand-in.\nUsage: ${how}`, 2);
}

export function siteUrlFrom(site: string | undefined): string {
  if (!site) throw new CliError(`Usage: ${how}`, 2);
  let url: URL;
  try {
    url = new URL(site);
  } catch (error) {
    throw new CliError(`"${site}" is not a web address (${(error as Error).message}). Use the site's full address, e.g. https://council.sharepoint.com/sites/partnerships`, 2);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new CliError(`"${site}" is not a web address starting https://`, 2);
  return url.href.replace(/\/$/, "");
}

/**
 * The SharePoint site a command works on. `--as` names the local stand-in explicitly, so a token
 * left in the environment does not clash with it.
 */
export function siteConnection(site: string | undefined, token: string | undefined, as: string | undefined) {
  const siteUrl = siteUrlFrom(site);
  const bearer = token ?? (as ? undefined : process.env.SP_TOKEN);
  return createSp({ siteUrl, identity: identityFrom(bearer, as) });
}
