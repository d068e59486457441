import { useSyncExternalStore } from "react";
import { currentSearch, subscribeToLocation } from "../lib/router/history-location";

/**
 * The step lives in the query string (`?step=basics`), not the path: the shell remounts a page
 * when its path changes, and moving between steps must keep the wizard (and its unsaved words)
 * mounted. `field` asks the step to put the keyboard on one field (from the review's list).
 */
export function useStepLocation(): { step: string | null; field: string | null } {
  const search = useSyncExternalStore(subscribeToLocation, currentSearch, () => "");
  const params = new URLSearchParams(search);
  return { step: params.get("step"), field: params.get("field") };
}

/** The link to a step of the wizard at `base` (e.g. `/partnerships/12/evaluation`). */
export const stepHref = (base: string, step: string, field?: string): string =>
  `${base}?${new URLSearchParams({ step, ...(field ? { field } : {}) }).toString()}`;
