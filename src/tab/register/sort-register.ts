import { lifecycleStates } from "../../domain/lifecycle/states";
import type { RegisterRow } from "../../sharepoint/register/register-row";
import type { SortKey } from "./register-query";

/** Pack ids shown the council's way: sorting by category sorts by what the officer reads. */
export interface SortLabels {
  kind: (id: string | undefined) => string;
  category: (id: string | undefined) => string;
}

type SortValue = string | number | undefined;

function valueOf(row: RegisterRow, key: SortKey, labels: SortLabels): SortValue {
  switch (key) {
    case "name":
      return row.name;
    case "kind":
      return row.kind && labels.kind(row.kind);
    case "category":
      return row.category && labels.category(row.category);
    // The lifecycle's own order (proposed … active … ended), not the alphabet.
    case "status":
      return row.status && lifecycleStates.indexOf(row.status);
    case "directorate":
      return row.directorate?.title;
    case "lead":
      return row.leadOfficer?.title;
    case "review":
      return row.nextReviewDue;
    case "contribution":
      return row.councilContribution;
  }
}

const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

/**
 * Sorted by one column; rows with nothing in that column always go last, whichever way, so
 * "sort by review date" starts with real dates. Ties keep name order.
 */
export function sortRegister(rows: readonly RegisterRow[], key: SortKey, descending: boolean, labels: SortLabels): RegisterRow[] {
  const keyed = rows.map((row) => ({ row, value: valueOf(row, key, labels) }));
  const direction = descending ? -1 : 1;
  keyed.sort((a, b) => {
    const aEmpty = a.value === undefined || a.value === "";
    const bEmpty = b.value === undefined || b.value === "";
    if (aEmpty || bEmpty) return aEmpty === bEmpty ? collator.compare(a.row.name ?? "", b.row.name ?? "") : aEmpty ? 1 : -1;
    const order =
      typeof a.value === "number" && typeof b.value === "number" ? a.value - b.value : collator.compare(String(a.value), String(b.value));
    return order !== 0 ? order * direction : collator.compare(a.row.name ?? "", b.row.name ?? "");
  });
  return keyed.map((k) => k.row);
}
