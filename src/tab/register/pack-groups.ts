import type { PolicyPack } from "../../domain/policy-pack/pack-schema";

/**
 * The groups of arrangements the saved views name, read from the council's policy pack so a
 * council with other categories gets views in its own words — and no view for a group its
 * framework does not have (a scorecard framework of major and minor partnerships gets no "Ad hoc" view).
 */
export interface PackGroups {
  /** The category that asks the most of an arrangement ("Significant", "Major"). */
  topCategory?: { id: string; name: string };
  adHoc: { categories: string[]; subtypes: string[] };
  sharedKinds: string[];
}

const saysAdHoc = (text: string) => /\bad[\s-]?hoc\b/i.test(text);
const saysShared = (text: string) => /\bshared\b/i.test(text);

/**
 * The highest-ranked category: where a scorecard grades arrangements, the category its highest
 * threshold gives (e.g. 50%+ is major); otherwise the category whose approval route has the most
 * stages (e.g. significant partnerships go to Management Team, then to members).
 */
export function topCategoryOf(pack: PolicyPack): { id: string; name: string } | undefined {
  const named = (id: string | undefined) => {
    const category = pack.categories.find((c) => c.id === id);
    return category ? { id: category.id, name: category.name } : undefined;
  };
  const thresholds = pack.categorisation.flatMap((c) => c.scorecard?.thresholds ?? []);
  if (thresholds.length > 0) return named([...thresholds].sort((a, b) => b.minPercent - a.minPercent)[0]?.category);
  let best: { id: string; stages: number } | undefined;
  for (const category of pack.categories) {
    const stages = Math.max(0, ...pack.routes.filter((r) => r.when.categories?.includes(category.id)).map((r) => r.stages.length));
    if (!best || stages > best.stages) best = { id: category.id, stages };
  }
  return named(best?.id);
}

export function packGroupsOf(pack: PolicyPack): PackGroups {
  return {
    topCategory: topCategoryOf(pack),
    adHoc: {
      categories: pack.categories.filter((c) => saysAdHoc(c.id) || saysAdHoc(c.name)).map((c) => c.id),
      subtypes: pack.kinds.flatMap((k) => k.subtypes ?? []).filter((s) => saysAdHoc(s.id) || saysAdHoc(s.name)).map((s) => s.id),
    },
    sharedKinds: pack.kinds.filter((k) => saysShared(k.id) || saysShared(k.name)).map((k) => k.id),
  };
}
