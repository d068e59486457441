import type { Queryable } from "@pnp/queryable";

/**
 * Tenant mode: a fresh `Authorization: Bearer` on every request from `getToken` (MSAL's silent
 * acquisition caches and renews, so asking each time is cheap and never sends an expired token).
 * PnPjs's own BearerToken takes a fixed string. With this header SharePoint needs no form digest.
 */
export function BearerTokenFrom(getToken: () => Promise<string>) {
  return (instance: Queryable) => {
    instance.on.auth(async (url: URL, init: RequestInit): Promise<[URL, RequestInit]> => {
      const token = await getToken();
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}
