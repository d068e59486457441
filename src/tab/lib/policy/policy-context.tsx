import { createContext, useContext, useRef, type ReactNode } from "react";
import type { ActivePolicy } from "../../../sharepoint/read-active-policy";
import { readActivePolicy } from "../../../sharepoint/read-active-policy";
import { useAsync } from "../data/use-async";
import { useSession } from "../session/session-context";
import { ErrorMessage } from "../../ui/error-message";
import { LoadingRows } from "../../ui/loading-rows";

const PolicyContext = createContext<(ActivePolicy & { reload: () => void }) | null>(null);

/** The council's policy pack, read once per session: labels, checklists and rules come from it. */
export function PolicyProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const { sp } = session;
  // The first read is the one the session started; a retry reads again.
  const started = useRef<Promise<ActivePolicy> | undefined>(undefined);
  const policy = useAsync(() => {
    if (started.current !== session.policy) {
      started.current = session.policy;
      return session.policy;
    }
    return readActivePolicy(sp);
  }, [sp, session.policy]);
  if (policy.status === "loading") return <LoadingRows label="Loading the council's policy" />;
  if (policy.status === "error") return <ErrorMessage title="The council's policy could not be read" message={policy.message} onRetry={policy.reload} />;
  return <PolicyContext.Provider value={{ ...policy.data, reload: policy.reload }}>{children}</PolicyContext.Provider>;
}

export function usePolicy(): ActivePolicy & { reload: () => void } {
  const policy = useContext(PolicyContext);
  if (!policy) throw new Error("usePolicy() was called outside the policy provider");
  return policy;
}

/** A pack id shown the way the pack names it ("ad-hoc" → "Ad hoc"), falling back to the id. */
export function usePackLabels() {
  const { pack } = usePolicy();
  return {
    kind: (id: string | undefined) => (id ? (pack.kinds.find((k) => k.id === id)?.name ?? id) : ""),
    subtype: (kind: string | undefined, id: string | undefined) =>
      id ? (pack.kinds.find((k) => k.id === kind)?.subtypes?.find((s) => s.id === id)?.name ?? id) : "",
    category: (id: string | null | undefined) => (id ? (pack.categories.find((c) => c.id === id)?.name ?? id) : ""),
    role: (id: string) => pack.roles.find((r) => r.id === id)?.name ?? id,
  };
}
