import { useMemo, useState, type ReactNode } from "react";
import type { TabConfig } from "../../app/config/config-schema";
import { SessionContext, type CurrentUser, type Session } from "./session-context";
import { createSessionSp, type TabIdentity } from "./session-sp";

export interface SessionStart {
  config: TabConfig;
  user: CurrentUser;
  /** Tenant mode: the token getter; local mode derives the identity from the user's e-mail. */
  getToken?: () => Promise<string>;
}

/**
 * Holds the session for the tree. Switching person (local development only) makes a new SPFI,
 * so every page's data is read again as the new person: nothing cached from the last one leaks.
 */
export function SessionProvider({ start, children }: { start: SessionStart; children: ReactNode }) {
  const [user, setUser] = useState(start.user);
  const { config, getToken } = start;
  const session = useMemo<Session>(() => {
    const identity: TabIdentity =
      config.mode === "tenant" && getToken ? { kind: "token", getToken } : { kind: "local", user: user.email };
    const base: Session = { sp: createSessionSp(config, identity), user, mode: config.mode, config };
    // Compile-time gate: in a production build this branch, and actAs with it, does not exist.
    if (import.meta.env.DEV && config.mode === "local") return { ...base, actAs: setUser };
    return base;
  }, [config, getToken, user]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
