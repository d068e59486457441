import type { PolicyPack } from "../policy-pack/pack-schema";
import type { GovernanceLevel } from "../records/common";
import type { PersonRef } from "../records/person-ref";
import type { Review } from "../records/review";
import { governanceAssuranceId } from "../review-calendar/review-calendar";
import { windowEndingIn } from "../review-calendar/window-for-year";
import { reviewFormFor } from "../review-forms/review-form";
import { assuranceAnswerWords, commentKey, isAssuranceAnswer } from "./assurance-answer";

export interface SummaryArrangement {
  id: number;
  name: string;
  startDate?: string;
  directorate?: string;
  leadOfficer?: PersonRef;
}

/** A question where full assurance was not given: what the Annual Governance Statement should hear about. */
export interface AssuranceGap {
  question: string;
  answer: string;
  comment?: string;
}

export interface AssuranceSummaryRow {
  arrangement: SummaryArrangement;
  /** Undefined: no assurance was given for the year. */
  level?: GovernanceLevel;
  reviewId?: number;
  completedAt?: string;
  completedBy?: PersonRef;
  gaps: AssuranceGap[];
}

export interface AssuranceSummary {
  year: number;
  reviewName: string;
  /** The window the year's assurance was sought in. */
  window?: { start: string; end: string };
  rows: AssuranceSummaryRow[];
  counts: Record<GovernanceLevel | "none", number>;
  cite: string;
}

/** Weak and no assurance first, for the Annual Governance Statement (default framework 6.11); then limited, reasonable, substantial. */
const order: Record<GovernanceLevel | "none", number> = { none: 0, weak: 0, limited: 1, reasonable: 2, substantial: 3 };

/**
 * The governance-assurance summary for one year's Annual Governance Statement: every arrangement
 * that owed that year's assurance, with the level its completed assurance gave (the latest, if
 * there were two) and the questions where it fell short; those that gave weak or no assurance at
 * the top. An arrangement owes the year unless it started after the window closed. Pure: the
 * caller reads the arrangements (those monitored) and their reviews.
 */
export function assuranceSummary(
  pack: PolicyPack,
  year: number,
  arrangements: readonly SummaryArrangement[],
  reviews: readonly (Partial<Review> & { id: number })[],
): AssuranceSummary {
  const assurance = pack.reviews.governanceAssurance;
  const window = assurance ? windowEndingIn(assurance.window, year) : undefined;
  const form = reviewFormFor(pack, governanceAssuranceId);
  const ofYear = reviews.filter((r) => r.reviewTypeId === governanceAssuranceId && r.status === "completed" && (r.period === String(year) || r.dueDate?.slice(0, 4) === String(year)));
  const rows = arrangements
    .filter((a) => !window || !a.startDate || a.startDate <= window.end)
    .map((arrangement): AssuranceSummaryRow => {
      const latest = ofYear.filter((r) => r.arrangementId === arrangement.id).sort((a, b) => (b.completedAt ?? "").localeCompare(a.completedAt ?? ""))[0];
      if (!latest) return { arrangement, gaps: [] };
      const answers = latest.answers ?? {};
      const gaps = (form?.questions ?? []).flatMap((q): AssuranceGap[] => {
        if (q.answer !== "yes-no") return [];
        const answer = answers[q.id];
        if (isAssuranceAnswer(answer) && answer === (q.assuring ?? "yes")) return [];
        const comment = answers[commentKey(q.id)];
        return [{ question: q.text, answer: isAssuranceAnswer(answer) ? assuranceAnswerWords[answer] : "Not answered", ...(typeof comment === "string" && comment ? { comment } : {}) }];
      });
      return {
        arrangement,
        ...(latest.rating ? { level: latest.rating } : {}),
        reviewId: latest.id,
        ...(latest.completedAt ? { completedAt: latest.completedAt } : {}),
        ...(latest.completedBy ? { completedBy: latest.completedBy } : {}),
        gaps,
      };
    })
    .sort((a, b) => order[a.level ?? "none"] - order[b.level ?? "none"] || a.arrangement.name.localeCompare(b.arrangement.name));
  const counts: AssuranceSummary["counts"] = { none: 0, weak: 0, limited: 0, reasonable: 0, substantial: 0 };
  for (const row of rows) counts[row.level ?? "none"] += 1;
  return {
    year,
    reviewName: assurance?.name ?? "Governance assurance",
    ...(window ? { window: { start: window.start, end: window.end } } : {}),
    rows,
    counts,
    cite: assurance?.cite ?? "the council's policy sets no governance assurance window",
  };
}
