import { pathForSubEntityId } from "../../lib/router/teams-deep-link";

/**
 * Where an Action.OpenUrl goes. A Teams deep link to this app (`teams.microsoft.com/l/entity/…`)
 * opens the record in this tab, as Teams would; a link on the tab's own origin stays in the tab;
 * anything else opens in a new window.
 */
export function tabPathForUrl(url: string, origin: string = window.location.origin): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, origin);
  } catch {
    // Not an address at all: there is no page in the tab for it; the caller says so.
    return undefined;
  }
  if (parsed.hostname === "teams.microsoft.com" && parsed.pathname.startsWith("/l/entity/")) {
    const context = parsed.searchParams.get("context");
    if (!context) return undefined;
    const { subEntityId } = JSON.parse(context) as { subEntityId?: string };
    return pathForSubEntityId(subEntityId);
  }
  return parsed.origin === origin ? `${parsed.pathname}${parsed.search}` : undefined;
}
