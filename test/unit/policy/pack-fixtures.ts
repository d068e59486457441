import gravesham from "../../../src/policy/packs/gravesham.json";
import dartford from "../../../src/policy/packs/dartford.json";
import protocolJ from "../../../src/policy/packs/protocol-j.json";
import wiltshire from "../../../src/policy/packs/wiltshire.json";
import type { PolicyPackInput } from "../../../src/domain/policy-pack/pack-schema";

/** The packs exactly as written on disk, before the schema fills in defaults. */
export const rawPacks: Record<string, unknown> = { gravesham, dartford, "protocol-j": protocolJ, wiltshire };

/** A fresh copy of a shipped pack, for a test to break one thing in. */
export function cloneRaw(id: string): PolicyPackInput {
  const raw = rawPacks[id];
  if (raw === undefined) throw new Error(`no pack file ${id}`);
  return structuredClone(raw) as PolicyPackInput;
}

export function indexOf<T extends { id: string }>(list: readonly T[] | undefined, id: string): number {
  const index = (list ?? []).findIndex((item) => item.id === id);
  if (index < 0) throw new Error(`fixture has no "${id}"`);
  return index;
}

export function at<T>(list: readonly T[] | undefined, index: number): T {
  const item = list?.[index];
  if (item === undefined) throw new Error(`fixture has nothing at index ${index}`);
  return item;
}
