import type { Facts } from "../facts/facts";
import type { PolicyPack } from "../policy-pack/pack-schema";
import { evaluateCondition } from "../policy-pack/evaluate-condition";
import type { Reason, ScoreWorking } from "./explanation";
import { scoreScorecard } from "./score-scorecard";

export interface Categorised {
  category: string | null;
  score: ScoreWorking | null;
  reason: Reason;
}

/** Fact rules first (lowest precedence number wins), then the scorecard, then the pack's "otherwise". */
export function categorise(pack: PolicyPack, facts: Facts): Categorised {
  const name = (id: string) => pack.categories.find((c) => c.id === id)?.name ?? id;
  const entry = pack.categorisation.find(
    (c) => c.kinds.includes(facts.kind) && (!c.subtypes || (facts.subtype !== undefined && c.subtypes.includes(facts.subtype))),
  );
  if (!entry) {
    const kindName = pack.kinds.find((k) => k.id === facts.kind)?.name ?? facts.kind;
    const kindCite = pack.kinds.find((k) => k.id === facts.kind)?.cite ?? pack.framework.title;
    return {
      category: null,
      score: null,
      reason: { topic: "category", text: `Not categorised: ${pack.name} does not categorise ${kindName.toLowerCase()} arrangements by significance`, cite: kindCite },
    };
  }
  const rules = [...entry.rules].sort((a, b) => (a.precedence ?? Number.MAX_SAFE_INTEGER) - (b.precedence ?? Number.MAX_SAFE_INTEGER));
  for (const rule of rules) {
    const result = evaluateCondition(rule.when, facts, pack);
    if (result.holds) {
      return {
        category: rule.category,
        score: null,
        reason: { topic: "category", text: `${name(rule.category)}: ${joinReasons(result.because)}`, cite: rule.cite },
      };
    }
  }
  if (entry.scorecard) {
    const score = scoreScorecard(entry.scorecard, facts);
    const met = score.criteria.filter((c) => c.met).length;
    return {
      category: score.threshold.category,
      score,
      reason: {
        topic: "category",
        text: `${name(score.threshold.category)}: scorecard ${formatPercent(score.percent)} (${met} of ${score.criteria.length} criteria met) is at least ${score.threshold.minPercent}%`,
        cite: score.threshold.cite,
      },
    };
  }
  if (entry.otherwise) {
    const missed = rules.length ? ` — none of the ${rules.map((r) => name(r.category).toLowerCase()).join(" or ")} tests holds` : "";
    return {
      category: entry.otherwise.category,
      score: null,
      reason: { topic: "category", text: `${name(entry.otherwise.category)}${missed}`, cite: entry.otherwise.cite },
    };
  }
  return {
    category: null,
    score: null,
    reason: { topic: "category", text: "Not categorised: no rule of the pack applies to these facts", cite: pack.framework.title },
  };
}

const joinReasons = (parts: string[]) =>
  parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;

const formatPercent = (p: number) => `${p.toFixed(1).replace(/\.0$/, "")}%`;
