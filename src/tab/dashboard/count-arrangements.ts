import { lifecycleStates, stateLabels, type LifecycleState } from "../../domain/lifecycle/states";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { isCurrent, type DashboardArrangement } from "./register-rows";
import { tallyBy, type Tally } from "./tally";

export interface ArrangementCounts {
  total: number;
  current: number;
  byStatus: Tally[];
  /** Current arrangements by the pack's category; uncategorised kinds (shared services, groups) by kind. */
  byCategory: Tally[];
  /** Current arrangements by directorate. */
  byDirectorate: Tally[];
  /** Rows whose status is not a lifecycle state (typed in SharePoint): counted, not guessed. */
  unreadableStatus: number;
}

const unknownStatus = "unknown";

/** The register counted three ways, in the pack's own words and in lifecycle order. */
export function countArrangements(rows: readonly DashboardArrangement[], pack: Pick<PolicyPack, "categories" | "kinds">, directorateName: (id: number) => string | undefined): ArrangementCounts {
  const current = rows.filter(isCurrent);
  const categoryKey = (a: DashboardArrangement) => (a.category ? a.category : `kind:${a.kind ?? "unknown"}`);
  const categoryLabel = (key: string) => {
    if (!key.startsWith("kind:")) return pack.categories.find((c) => c.id === key)?.name ?? key;
    const kind = key.slice(5);
    const name = pack.kinds.find((k) => k.id === kind)?.name ?? (kind === "unknown" ? "Unknown kind" : kind);
    return `${name} (not categorised)`;
  };
  const categoryOrder = [...pack.categories.map((c) => c.id), ...pack.kinds.map((k) => `kind:${k.id}`)];
  const directorateKey = (a: DashboardArrangement) => (a.directorateId ? String(a.directorateId) : "none");
  const directorateLabel = (key: string) => (key === "none" ? "No directorate recorded" : (directorateName(Number(key)) ?? `Directorate ${key}`));
  const byDirectorate = tallyBy(current, directorateKey, directorateLabel).sort((a, b) => (a.key === "none" ? 1 : b.key === "none" ? -1 : a.label.localeCompare(b.label)));
  const byStatus = tallyBy(
    rows,
    (a) => a.status ?? unknownStatus,
    (key) => (key === unknownStatus ? "Status not readable" : stateLabels[key as LifecycleState]),
    lifecycleStates,
  );
  return {
    total: rows.length,
    current: current.length,
    byStatus,
    byCategory: tallyBy(current, categoryKey, categoryLabel, categoryOrder),
    byDirectorate,
    unreadableStatus: rows.filter((a) => !a.status).length,
  };
}
