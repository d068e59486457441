import { useCallback, useEffect, useState } from "react";
import { describeError } from "../../sharepoint/describe-error";
import { readRegister, type RegisterData } from "../../sharepoint/register/read-register";
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
    let current = true;
    let latest: RegisterData | undefined;
    setState({ status: "loading" });
    readRegister(sp, {
      onProgress: (data) => {
        latest = data;
        if (current) setState({ status: "ready", data });
      },
    }).catch((error: unknown) => {
      console.error("[register] reading the register failed:", error);
      if (current) setState({ status: "error", message: describeError(error), ...(latest ? { partial: latest } : {}) });
    });
    return () => {
      current = false;
    };
  }, [sp, attempt]);

  return { state, reload };
}
