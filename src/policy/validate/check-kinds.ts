import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { packSelectors } from "./pack-selectors";
import { listOf, problemAt, type PackProblem, type PathSegment } from "./problem";

/**
 * Kinds and sub-types in selectors and categorisation entries must be declared; a sub-type must
 * belong to one of the kinds listed beside it (or to any kind when none is listed).
 */
export function checkKinds(pack: PolicyPack): PackProblem[] {
  const places: { path: PathSegment[]; kinds?: string[]; subtypes?: string[] }[] = [
    ...packSelectors(pack).map(({ path, value }) => ({ path, kinds: value.kinds, subtypes: value.subtypes })),
    ...pack.categorisation.map((entry, e) => ({ path: ["categorisation", e] as PathSegment[], kinds: entry.kinds, subtypes: entry.subtypes })),
  ];
  return places.flatMap((place) => [...unknownKinds(pack, place), ...unknownSubtypes(pack, place)]);
}

function unknownKinds(pack: PolicyPack, place: { path: PathSegment[]; kinds?: string[] }): PackProblem[] {
  const declared = pack.kinds.map((k) => k.id);
  return (place.kinds ?? []).flatMap((kind, i) =>
    declared.includes(kind)
      ? []
      : [problemAt([...place.path, "kinds", i], `names the kind "${kind}", which the pack does not declare under "kinds" (declared: ${listOf(declared)})`)],
  );
}

function unknownSubtypes(pack: PolicyPack, place: { path: PathSegment[]; kinds?: string[]; subtypes?: string[] }): PackProblem[] {
  const kinds = place.kinds ? pack.kinds.filter((k) => place.kinds?.includes(k.id)) : pack.kinds;
  const valid = kinds.flatMap((k) => (k.subtypes ?? []).map((s) => s.id));
  const of = place.kinds ? `of ${listOf(place.kinds)}` : "in the pack";
  return (place.subtypes ?? []).flatMap((subtype, i) =>
    valid.includes(subtype)
      ? []
      : [problemAt([...place.path, "subtypes", i], `names the sub-type "${subtype}", which is not a sub-type ${of} (valid: ${listOf(valid)})`)],
  );
}
