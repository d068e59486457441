import { parseFacts } from "../../src/domain/facts/facts";
import { explain } from "../../src/domain/engine/explain";
import { getBuiltInPack } from "../../src/policy/built-in-packs";
import type { PolicyPack } from "../../src/domain/policy-pack/pack-schema";

export function pack(id: string): PolicyPack {
  const found = getBuiltInPack(id);
  if (!found) throw new Error(`no built-in pack ${id}`);
  return found;
}

/** Explains facts under a built-in pack, failing the test loudly if the facts are rejected. */
export function explainWith(packOrId: string | PolicyPack, raw: Record<string, unknown>) {
  const p = typeof packOrId === "string" ? pack(packOrId) : packOrId;
  const parsed = parseFacts(raw, p);
  if (!parsed.ok) throw new Error(`facts rejected: ${parsed.problems.map((x) => x.message).join("; ")}`);
  return explain(p, parsed.facts);
}

export const routeOf = (e: ReturnType<typeof explain>) => e.route.map((s) => ({ type: s.type, roles: [...s.roles].sort() }));
export const stage = (type: string, ...roles: string[]) => ({ type, roles: [...roles].sort() });
