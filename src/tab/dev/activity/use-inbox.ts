import { useCallback, useEffect, useRef, useState } from "react";
import type { Inbox } from "./inbox-types";
import { readInbox } from "./read-inbox";

export type InboxState = { status: "loading" } | { status: "ready"; inbox: Inbox } | { status: "error"; message: string; last?: Inbox };

/** How often the header's badge asks for new cards; Teams pushes, the pane polls. */
const pollMs = 4000;

/**
 * The person's cards, read now and every few seconds (and again on `reload()`, e.g. when the
 * pane opens). A switch of person starts again from nothing, so no one sees another's cards.
 */
export function useInbox(email: string): { state: InboxState; reload: () => void } {
  const [state, setState] = useState<InboxState>({ status: "loading" });
  const [tick, setTick] = useState(0);
  const last = useRef<Inbox | undefined>(undefined);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    last.current = undefined;
    setState({ status: "loading" });
  }, [email]);

  useEffect(() => {
    const controller = new AbortController();
    readInbox(email, controller.signal).then(
      (inbox) => {
        last.current = inbox;
        setState({ status: "ready", inbox });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: "error", message: error instanceof Error ? error.message : String(error), last: last.current });
      },
    );
    const timer = window.setTimeout(reload, pollMs);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [email, tick, reload]);

  return { state, reload };
}
