import { useCallback, useEffect, useState } from "react";
import { describeError } from "../../sharepoint/describe-error";
import type { RegisterData } from "../../sharepoint/register/read-register";
import { registerFeed } from "./register-feed";
import type { Sp } from "../lib/session/session-sp";

export type RegisterState =
  | { status: "loading" }
  | { status: "error"; message: string; partial?: RegisterData }
  | { status: "ready"; data: RegisterData };

/**
 * The register's rows, shown from the first page on: a 5,000-row register is on screen after
 * one round trip while the later pages arrive. A later page that fails keeps the rows already
 * shown and says so, with a way to try again.
 */
export function useRegisterData(sp: Sp): { state: RegisterState; reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<RegisterState>({ status: "loading" });
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    const feed = registerFeed(sp, { fresh: attempt > 0 });
    feed.taken = true;
    const show = () => {
      if (feed.error !== undefined) setState({ status: "error", message: describeError(feed.error), ...(feed.latest ? { partial: feed.latest } : {}) });
      else if (feed.latest) setState({ status: "ready", data: feed.latest });
      else setState({ status: "loading" });
    };
    show();
    feed.listeners.add(show);
    return () => {
      feed.listeners.delete(show);
    };
  }, [sp, attempt]);

  return { state, reload };
}
