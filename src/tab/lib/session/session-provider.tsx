import { useMemo, useState, type ReactNode } from "react";
import type { TabConfig } from "../../app/config/config-schema";
import { currentUser } from "../../../sharepoint/site-users";
import { readActivePolicy } from "../../../sharepoint/read-active-policy";
import { useAsync } from "../data/use-async";
import { ErrorMessage } from "../../ui/error-message";
import { LoadingRows } from "../../ui/loading-rows";
import { SessionContext, type CurrentUser, type Session } from "./session-context";
import { createSessionSp, type Sp, type TabIdentity } from "./session-sp";

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
export function SessionProvider({ start, prefetch, children }: { start: SessionStart; prefetch?: (sp: Sp) => void; children: ReactNode }) {
  const [user, setUser] = useState(start.user);
  const { config, getToken } = start;
  const sp = useMemo(() => {
    const identity: TabIdentity =
      config.mode === "tenant" && getToken ? { kind: "token", getToken } : { kind: "local", user: user.email };
    return createSessionSp(config, identity);
  }, [config, getToken, user.email]);
  // Person columns hold site user ids, so pages need the SharePoint user, not only the sign-in.
  // The policy is read at the same time rather than after: the first screen needs both.
  const policy = useMemo(() => {
    const read = readActivePolicy(sp);
    read.catch(() => undefined); // observed here; the policy provider reports the failure
    prefetch?.(sp);
    return read;
  }, [sp]);
  const me = useAsync(() => currentUser(sp), [sp]);
  const siteUser = me.status === "ready" ? me.data : undefined;
  const session = useMemo<Session | undefined>(() => {
    if (!siteUser) return undefined;
    const base: Session = { sp, user: { ...user, id: siteUser.id, title: siteUser.title, isSiteAdmin: siteUser.isSiteAdmin }, mode: config.mode, config, policy };
    // Compile-time gate: in a production build this branch, and actAs with it, does not exist.
    if (import.meta.env.DEV && config.mode === "local") return { ...base, actAs: setUser };
    return base;
  }, [config, sp, user, siteUser, policy]);
  if (me.status === "error") return <ErrorMessage title="SharePoint did not recognise you" message={me.message} onRetry={me.reload} />;
  if (!session) return <LoadingRows label="Signing you in" />;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
