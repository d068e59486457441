import { useCallback, useMemo, useSyncExternalStore } from "react";
import { currentPath, currentSearch, navigate, subscribeToLocation } from "../lib/router/history-location";
import { parseRegisterQuery, registerQueryString, type RegisterQuery } from "./register-query";

/**
 * The register's view, filters, search and sort, held in the address bar (so they survive a
 * reload and can be shared). Typing replaces the history entry; choosing a view adds one, so
 * Back returns to the previous view.
 */
export function useRegisterQuery(): [RegisterQuery, (change: Partial<RegisterQuery>, options?: { replace?: boolean }) => void] {
  const search = useSyncExternalStore(subscribeToLocation, currentSearch, () => "");
  const query = useMemo(() => parseRegisterQuery(search), [search]);
  const update = useCallback((change: Partial<RegisterQuery>, options: { replace?: boolean } = {}) => {
    const next = { ...parseRegisterQuery(currentSearch()), ...change };
    navigate(`${currentPath()}${registerQueryString(next)}`, options);
  }, []);
  return [query, update];
}
