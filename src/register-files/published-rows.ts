import { entryCells, type Related } from "./entry-cells";
import { confidentialFieldSet, publicationDecision } from "./publication-rules";
import { columnsFor } from "./register-columns";
import type { RegisterSource } from "./register-source";
import type { LeftOut, RegisterTable } from "./register-table";

function groupBy<T extends { arrangementId?: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    if (item.arrangementId === undefined) continue;
    groups.set(item.arrangementId, [...(groups.get(item.arrangementId) ?? []), item]);
  }
  return groups;
}

function relatedOf(source: RegisterSource): Related {
  return {
    directorateNames: new Map(source.directorates.filter((d) => d.id !== undefined && d.name).map((d) => [d.id!, d.name!])),
    representatives: groupBy(source.representatives),
    risks: groupBy(source.risks),
    reviews: groupBy(source.reviews),
  };
}

const sentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function notesFor(source: RegisterSource, published: boolean): string[] {
  const { pack } = source;
  if (!published) {
    return [
      "Internal register for council officers: every arrangement, including confidential ones and their confidential notes. Do not publish it; use the published register for the council's website.",
    ];
  }
  const reasons = [...new Map(pack.publication.exclude.map((rule) => [rule.reason, rule.cite])).entries()];
  return [
    `Published under the council's partnership framework, "${pack.framework.title}" (${pack.publication.cite}).`,
    "It lists the partnerships, shared services and working groups the council has agreed to take part in, including ones that have ended. Proposals still being decided and confidential arrangements are not listed, and confidential details are never shown.",
    ...reasons.map(([reason, cite]) => `${sentence(reason)} (${cite}).`),
  ];
}

/**
 * The register as a table. `published: true` is the public register: the pack's exclusions
 * applied, arrangements flagged confidential (or not yet agreed) left out and counted, and no
 * column drawn from a confidential field. `published: false` is the full internal register:
 * every arrangement, confidential fields included, for officers only.
 */
export function buildRegisterTable(source: RegisterSource, options: { published: boolean }): RegisterTable {
  const { published } = options;
  const columns = columnsFor(published, confidentialFieldSet(source.pack, source.listConfidentialFields));
  const related = relatedOf(source);
  const leftOut = new Map<string, LeftOut>();
  const rows = [];
  const sorted = [...source.entries].sort((a, b) => (a.arrangement.name ?? "").localeCompare(b.arrangement.name ?? "", "en-GB"));
  for (const entry of sorted) {
    if (published) {
      const decision = publicationDecision(entry.arrangement, source.pack, entry.unreadable);
      if (!decision.published) {
        const known = leftOut.get(decision.reason);
        if (known) known.count += 1;
        else leftOut.set(decision.reason, { reason: decision.reason, ...(decision.cite ? { cite: decision.cite } : {}), count: 1 });
        continue;
      }
    }
    const cells = entryCells(entry.arrangement, related, source.pack, source.asOf);
    rows.push(columns.map((c) => cells[c.id]));
  }
  return { council: source.council, asOf: source.asOf, published, columns, rows, leftOut: [...leftOut.values()], notes: notesFor(source, published) };
}

/** "3 arrangements left out: 2 because …; 1 because …" for the CLI and the screen. */
export function describeLeftOut(leftOut: readonly LeftOut[]): string[] {
  return leftOut.map((l) => `${l.count} ${l.count === 1 ? "arrangement" : "arrangements"} left out because ${l.reason}${l.cite ? ` (${l.cite})` : ""}.`);
}
