import type { RegisterRow } from "../../../../src/sharepoint/register/register-row";

/** A register row with only what a test cares about. */
export const row = (id: number, name: string, extra: Partial<RegisterRow> = {}): RegisterRow => ({ id, name, partners: [], problems: [], status: "active", kind: "partnership", ...extra });

export const today = "2026-06-01";
export const me = 7;
