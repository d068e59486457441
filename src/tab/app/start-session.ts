import type { SessionStart } from "../lib/session/session-provider";
import type { TabConfig } from "./config/config-schema";
import type { HostInfo } from "./host/start-host";

export type SessionOutcome = { ready: SessionStart } | { signIn: () => Promise<SessionStart> };

/**
 * Who is using the tab. Tenant: Microsoft sign-in (tenant-session.ts, its own chunk). Local: the
 * person chosen in the switcher, in development builds only — a production build acts as the
 * configured local person and cannot change it.
 */
export async function startSession(config: TabConfig, host: HostInfo): Promise<SessionOutcome> {
  if (config.mode === "tenant") {
    const { startTenantSession } = await import("./tenant-session");
    return startTenantSession(config, host);
  }
  if (import.meta.env.DEV) {
    const { localStartUser } = await import("../dev/local-start-user");
    return { ready: { config, user: await localStartUser(config.localUser) } };
  }
  return { ready: { config, user: { email: config.localUser, title: config.localUser } } };
}
