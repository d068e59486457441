import { createSp } from "../../../sharepoint/create-sp";
import type { TabConfig } from "../../app/config/config-schema";

/** The SharePoint client pages use; the type comes from src/sharepoint so the tab never names PnPjs. */
export type Sp = ReturnType<typeof createSp>;

/** Who the tab acts as: a token source in the tenant, an e-mail against the local stand-in. */
export type TabIdentity = { kind: "token"; getToken: () => Promise<string> } | { kind: "local"; user: string };

/** One SPFI per session (and per person in local mode): PnPjs behaviors are set up once, here. */
export function createSessionSp(config: TabConfig, identity: TabIdentity): Sp {
  return createSp({ siteUrl: config.siteUrl, identity });
}
