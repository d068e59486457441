import { createContext, useContext } from "react";
import type { TabConfig, TabMode } from "../../app/config/config-schema";
import type { Sp } from "./session-sp";
import type { ActivePolicy } from "../../../sharepoint/read-active-policy";

/** The person using the tab. */
export interface CurrentUser {
  email: string;
  title: string;
}

/** The person as SharePoint knows them: their site user id is what person columns hold. */
export interface SessionUser extends CurrentUser {
  id: number;
  isSiteAdmin: boolean;
}

/** What every page gets: the SharePoint client, who is using it, the mode and the configuration. */
export interface Session {
  sp: Sp;
  user: SessionUser;
  mode: TabMode;
  config: TabConfig;
  /** The council's policy, already being read while the session starts (one round trip saved). */
  policy: Promise<ActivePolicy>;
  /** Local development only: act as someone else (the person switcher). Absent otherwise. */
  actAs?: (user: CurrentUser) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() was called outside the session provider");
  return session;
}
