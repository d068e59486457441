import { DefaultParse } from "@pnp/queryable";
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/fields";
import "@pnp/sp/batching";
import "@pnp/sp/site-users/web";
import { BearerTokenFrom } from "./behaviors/bearer-token-from";
import { LocalIdentity } from "./behaviors/local-identity";
import { RetryWhenThrottled, type RetryOptions } from "./behaviors/retry-when-throttled";

/** Who the requests act as: a tenant token, or a person of the local stand-in. */
export type SiteIdentity =
  | { kind: "token"; getToken: () => Promise<string> }
  | { kind: "local"; user: string };

export interface CreateSpOptions {
  siteUrl: string;
  identity: SiteIdentity;
  /** Tests shorten the waits; production keeps the defaults. */
  retry?: Partial<RetryOptions>;
}

/**
 * The one SPFI the product uses, composed from PnPjs behaviors the way SPBrowser is, with our
 * retry in place of BrowserFetchWithRetry (it reads Retry-After dates, caps and jitters).
 * Tenant mode sends a Bearer token, so PnPjs makes no digest calls; local mode names the acting
 * person in a header and, like tenant mode, asks for no form digest (the stand-in accepts a
 * write without one), so both modes make the same round trips.
 */
export function createSp(options: CreateSpOptions): SPFI {
  const sp = spfi(options.siteUrl).using(DefaultHeaders(), DefaultInit(), RetryWhenThrottled(options.retry), DefaultParse());
  if (options.identity.kind === "token") return sp.using(BearerTokenFrom(options.identity.getToken));
  return sp.using(LocalIdentity(options.identity.user));
}
