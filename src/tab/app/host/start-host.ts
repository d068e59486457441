import { mightBeInTeams } from "./teams-hints";
import { withTimeout } from "./with-timeout";

/** Where the tab runs and what the host told it on start. */
export interface HostInfo {
  inTeams: boolean;
  /** Teams' theme name ("default", "dark", "contrast"); undefined outside Teams. */
  teamsTheme?: string;
  /** The deep link's sub-entity (e.g. "partnerships/12"), if Teams opened the tab through one. */
  subEntityId?: string;
  /** Subscribes to Teams' live theme changes (no-op outside Teams). */
  onThemeChange(handler: (theme: string) => void): void;
  /** Why the tab thought it might be in Teams but is running as a web page (shown in a MessageBar). */
  notice?: string;
}

const plainWebPage = (notice?: string): HostInfo => ({ inTeams: false, onThemeChange: () => undefined, ...(notice ? { notice } : {}) });

/**
 * Initialises TeamsJS only when a host may be there, and never waits long: inside some other
 * iframe `app.initialize()` would wait for ever, so after a few seconds the tab runs as a web page.
 */
export async function startHost(win: Window = window, waitMs = 4000): Promise<HostInfo> {
  if (!mightBeInTeams(win)) return plainWebPage();
  try {
    // Loaded only when a host may be there: TeamsJS fetches its list of valid host domains from
    // a CDN as soon as it is imported, which a plain web page (or a closed network) does not need.
    const { app } = await import("@microsoft/teams-js");
    await withTimeout(app.initialize(), waitMs, "Teams did not answer");
    const context = await withTimeout(app.getContext(), waitMs, "Teams did not send the tab's context");
    return {
      inTeams: true,
      teamsTheme: context.app.theme,
      ...(context.page.subPageId ? { subEntityId: context.page.subPageId } : {}),
      onThemeChange: (handler) => app.registerOnThemeChangeHandler(handler),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn("[tab] running as a web page:", error);
    return plainWebPage(`The register is running as a web page because ${reason.toLowerCase()}. Teams features (theme, deep links) are off.`);
  }
}
