import { useSyncExternalStore } from "react";
import { currentPath, subscribeToLocation } from "./history-location";

/** The current in-tab path (e.g. `/partnerships/12`); re-renders on every navigation. */
export function usePath(): string {
  return useSyncExternalStore(subscribeToLocation, currentPath, () => "/");
}
