import type { RegisterColumn } from "./register-columns";

/** A cell: text, pounds (money columns) or a calendar date `2026-04-01` (date columns). */
export type CellValue = string | number | undefined;

/** Arrangements a published register leaves out, counted by reason (never named). */
export interface LeftOut {
  reason: string;
  cite?: string;
  count: number;
}

/**
 * The register as a table, ready for any format. `published` says which register it is: the
 * public one (pack exclusions applied, confidential fields and arrangements removed) or the full
 * internal one for officers.
 */
export interface RegisterTable {
  council: string;
  /** The day the register was produced, `2026-04-01`. */
  asOf: string;
  published: boolean;
  columns: RegisterColumn[];
  rows: CellValue[][];
  leftOut: LeftOut[];
  /** Sentences printed with the register: which rules shaped it. */
  notes: string[];
  /** A title of its own (a report drawn from the register), instead of "Internal register …". */
  title?: string;
}

export const registerTitle = (table: Pick<RegisterTable, "council" | "published" | "title">): string =>
  table.title ? `${table.title} — ${table.council}` : `${table.published ? "Published register" : "Internal register"} of partnerships — ${table.council}`;
