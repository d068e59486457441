import type { Facts } from "../domain/facts/facts";
import type { Explanation } from "../domain/engine/explanation";
import { explain } from "../domain/engine/explain";
import type { PolicyPack } from "../domain/policy-pack/pack-schema";
import { defaultPackId, getBuiltInPack } from "../policy/built-in-packs";
import type { ArrangementSpec } from "./arrangement-spec";

/** Northbrook runs under the default pack, so the demo shows the engine's own routes. */
export function demoPack(): PolicyPack {
  const pack = getBuiltInPack(defaultPackId);
  if (!pack) throw new Error(`the built-in pack "${defaultPackId}" is missing`);
  return pack;
}

/** The facts an officer would state in the wizard for this arrangement. */
export function factsOf(spec: ArrangementSpec): Facts {
  return { kind: spec.kind, ...(spec.subtype ? { subtype: spec.subtype } : {}), ...spec.facts };
}

/** What the engine says about the arrangement: category, sections, route, requirements. */
export function explainSpec(spec: ArrangementSpec): Explanation {
  return explain(demoPack(), factsOf(spec));
}
