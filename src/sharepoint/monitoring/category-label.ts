import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { Arrangement } from "../../domain/records/arrangement";

/** The pack's name for an arrangement's category, else for its kind (packs without categories). */
export function categoryLabel(pack: PolicyPack, arrangement: Partial<Arrangement>): string {
  const category = pack.categories.find((c) => c.id === arrangement.category);
  if (category) return category.name;
  const kind = pack.kinds.find((k) => k.id === arrangement.kind);
  const subtype = kind?.subtypes?.find((s) => s.id === arrangement.subtype);
  return subtype ? `${kind!.name} (${subtype.name})` : (kind?.name ?? arrangement.category ?? arrangement.kind ?? "Not categorised");
}
