import { useCallback, useEffect, useState, type DependencyList } from "react";
import { describeError } from "../../../sharepoint/describe-error";

export type AsyncState<T> =
  | { status: "loading"; reload: () => void }
  | { status: "error"; message: string; reload: () => void }
  | { status: "ready"; data: T; reload: () => void };

/**
 * Runs `load` when its dependencies change (the session's `sp` among them) and on `reload()`.
 * A failure becomes describeError's sentence for the screen and the error itself in the console
 * for support; an answer that arrives after the page moved on is dropped, not shown.
 */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ status: "loading" } | { status: "error"; message: string } | { status: "ready"; data: T }>({
    status: "loading",
  });
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    load().then(
      (data) => {
        if (current) setState({ status: "ready", data });
      },
      (error: unknown) => {
        console.error("[tab] a read failed:", error);
        if (current) setState({ status: "error", message: describeError(error) });
      },
    );
    return () => {
      current = false;
    };
    // `load` is recreated every render; its inputs are what `deps` lists.
  }, [...deps, attempt]);

  return { ...state, reload };
}
