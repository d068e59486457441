import { stateLabels, type LifecycleState } from "../domain/lifecycle/states";
import type { PolicyPack } from "../domain/policy-pack/pack-schema";

/** "joint-management" → "Joint management": a readable fallback for an id the pack does not name. */
export const humanise = (id: string): string => {
  const words = id.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const legalFormWords: Record<string, string> = {
  "unincorporated-association": "Unincorporated association",
  company: "Company",
  "charitable-trust": "Charitable trust",
  "joint-committee": "Joint committee",
  latco: "Local authority trading company",
  "community-interest-company": "Community interest company",
  "joint-venture": "Joint venture",
  "delegation-of-functions": "Delegation of functions",
  contractual: "Contractual",
  other: "Other",
};

export const legalFormLabel = (id: string): string => legalFormWords[id] ?? humanise(id);

/** The pack's own words for a kind and sub-type, e.g. "Shared service: ad hoc resilience". */
export function kindLabel(pack: PolicyPack, kind: string, subtype?: string): string {
  const found = pack.kinds.find((k) => k.id === kind);
  const name = found?.name ?? humanise(kind);
  if (!subtype) return name;
  const sub = found?.subtypes?.find((s) => s.id === subtype)?.name ?? humanise(subtype);
  return `${name}: ${sub.charAt(0).toLowerCase()}${sub.slice(1)}`;
}

export const categoryLabel = (pack: PolicyPack, id: string): string => pack.categories.find((c) => c.id === id)?.name ?? humanise(id);

export const statusLabel = (status: string): string => stateLabels[status as LifecycleState] ?? humanise(status);

export const ratingLabel = (rating: string): string => humanise(rating);
