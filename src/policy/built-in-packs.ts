import { policyPackSchema, type PolicyPack } from "../domain/policy-pack/pack-schema";
import gravesham from "./packs/gravesham.json";
import dartford from "./packs/dartford.json";
import protocolJ from "./packs/protocol-j.json";
import wiltshire from "./packs/wiltshire.json";

/**
 * The four frameworks the product ships with. Gravesham comes first because it is the default
 * policy (DOMAIN.md); a council not among these writes its own pack and loads it as a file.
 */
const sources = { gravesham, dartford, "protocol-j": protocolJ, wiltshire } as const;

export type BuiltInPackId = keyof typeof sources;

export const builtInPackIds: readonly BuiltInPackId[] = ["gravesham", "dartford", "protocol-j", "wiltshire"];
export const defaultPackId: BuiltInPackId = "gravesham";

// Parsed once, at load: a shipped pack that no longer fits the schema is a build error, so it
// fails loudly here with every problem rather than when an officer first asks for a route.
const packs = new Map<string, PolicyPack>(builtInPackIds.map((id) => [id, parseBuiltIn(id)]));

function parseBuiltIn(id: BuiltInPackId): PolicyPack {
  const parsed = policyPackSchema.safeParse(sources[id]);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `$.${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`The built-in policy pack "${id}" does not match the pack schema: ${problems}`);
  }
  return parsed.data;
}

export function getBuiltInPack(id: string): PolicyPack | undefined {
  return packs.get(id);
}
