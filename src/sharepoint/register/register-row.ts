import type { LifecycleState } from "../../domain/lifecycle/states";
import type { Arrangement } from "../../domain/records/arrangement";
import type { GovernanceLevel } from "../../domain/records/common";
import type { PersonRef } from "../../domain/records/person-ref";
import type { ListRow } from "../read-row";

/** A directorate or portfolio as a filter offers it. */
export interface NamedItem {
  id: number;
  title: string;
}

/**
 * One arrangement as the register grid shows it. Every column may be missing: a Change Manager
 * can type anything in SharePoint, so a column that could not be read is left empty and named in
 * `problems` (the row is never hidden).
 */
export interface RegisterRow {
  id: number;
  name?: string;
  kind?: string;
  subtype?: string;
  category?: string;
  status?: LifecycleState;
  directorate?: NamedItem;
  portfolio?: NamedItem;
  leadOfficer?: PersonRef;
  sponsoringOfficer?: PersonRef;
  /** ISO date. */
  nextReviewDue?: string;
  /** The level the latest governance assurance or self-assessment gave. */
  governanceRating?: GovernanceLevel;
  councilContribution?: number;
  partners: string[];
  purpose?: string;
  /** What is wrong with the row as stored, in plain English ("Partners is not valid JSON"). */
  problems: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * A lookup's title as SharePoint expanded it; else the title from the list itself (the lookup may
 * have been read before the directorate was renamed, or SharePoint may not have expanded it).
 */
function lookup(raw: unknown, id: number | undefined, all: readonly NamedItem[]): NamedItem | undefined {
  if (id === undefined) return undefined;
  if (isObject(raw) && typeof raw.Title === "string" && raw.Title) return { id, title: raw.Title };
  return all.find((item) => item.id === id) ?? { id, title: `Item ${id}` };
}

export function toRegisterRow(row: ListRow<Arrangement>, directorates: readonly NamedItem[], portfolios: readonly NamedItem[]): RegisterRow {
  const r = row.record;
  return {
    id: row.id,
    name: r.name,
    kind: r.kind,
    subtype: r.subtype,
    category: r.category,
    status: r.status,
    directorate: lookup(row.raw.Directorate, r.directorateId, directorates),
    portfolio: lookup(row.raw.Portfolio, r.portfolioId, portfolios),
    leadOfficer: r.leadOfficer,
    sponsoringOfficer: r.sponsoringOfficer,
    nextReviewDue: r.nextReviewDue,
    governanceRating: r.governanceRating,
    councilContribution: r.councilContribution,
    partners: (r.partners ?? []).map((p) => p.name),
    purpose: r.purpose,
    problems: row.problems.map((p) => p.message),
  };
}
