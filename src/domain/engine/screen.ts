import type { Facts } from "../facts/facts";
import type { PolicyPack } from "../policy-pack/pack-schema";

/**
 * Screening comes first in every framework: a proposal that is not a partnership (a contract for
 * services, a consultative group…) leaves the partnership process and is recorded with the reason.
 */
export function screen(pack: PolicyPack, facts: Facts) {
  const stated = new Set(facts.exclusions ?? []);
  const exclusion = pack.screening.exclusions.find((e) => stated.has(e.id));
  if (!exclusion) {
    return {
      screening: { result: "in" as const },
      reason: { topic: "screening" as const, text: `Screened in: none of the ${pack.name} exclusions applies`, cite: pack.screening.cite },
    };
  }
  return {
    screening: {
      result: "out" as const,
      exclusion: { id: exclusion.id, label: exclusion.label, alternative: exclusion.alternative },
      cite: exclusion.cite,
    },
    reason: {
      topic: "screening" as const,
      text: `Screened out: ${exclusion.label} — this is not a partnership; ${exclusion.alternative}`,
      cite: exclusion.cite,
    },
  };
}
