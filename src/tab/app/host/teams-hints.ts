/**
 * Cheap, synchronous hints that a Teams (or Outlook / Microsoft 365) host may be around us. Teams
 * on the web and desktop puts the tab in an iframe; mobile clients inject `nativeInterface`. A
 * plain browser tab has neither, so we never wait on a host that is not there.
 */
export interface WindowLike {
  parent: unknown;
  self: unknown;
  opener?: unknown;
  name?: string;
  nativeInterface?: unknown;
}

export function mightBeInTeams(win: WindowLike): boolean {
  if (win.parent !== win.self) return true;
  if (win.nativeInterface !== undefined) return true;
  // Teams' authentication pop-ups and some hosts open the tab as a named child window.
  return Boolean(win.opener) && typeof win.name === "string" && win.name.length > 0;
}
