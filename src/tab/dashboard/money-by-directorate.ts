import { isInOperation, type DashboardArrangement } from "./register-rows";
import type { Tally } from "./tally";

export interface MoneyCommitted {
  total: number;
  byDirectorate: Tally[];
  /** Arrangements in operation with no council contribution recorded: the total leaves them out. */
  notRecorded: number;
}

/**
 * The council's money committed each year (default framework 1.11b: money, staff time and assets) to
 * arrangements in operation, by directorate, largest first.
 */
export function moneyByDirectorate(rows: readonly DashboardArrangement[], directorateName: (id: number) => string | undefined): MoneyCommitted {
  const running = rows.filter(isInOperation);
  const sums = new Map<string, number>();
  for (const a of running) {
    if (a.councilContribution === undefined) continue;
    const key = a.directorateId ? String(a.directorateId) : "none";
    sums.set(key, (sums.get(key) ?? 0) + a.councilContribution);
  }
  const byDirectorate = [...sums]
    .map(([key, value]) => ({ key, value, label: key === "none" ? "No directorate recorded" : (directorateName(Number(key)) ?? `Directorate ${key}`) }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  return {
    total: byDirectorate.reduce((sum, t) => sum + t.value, 0),
    byDirectorate,
    notRecorded: running.filter((a) => a.councilContribution === undefined).length,
  };
}
