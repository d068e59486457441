import type { PolicyPack } from "../domain/policy-pack/pack-schema";
import type { Arrangement } from "../domain/records/arrangement";
import type { Representative } from "../domain/records/representative";
import type { Review } from "../domain/records/review";
import type { Risk } from "../domain/records/risk";
import { categoryLabel, kindLabel, legalFormLabel, ratingLabel, statusLabel } from "./labels";
import type { CellValue } from "./register-table";

/** An arrangement's children, grouped once for the whole register. */
export interface Related {
  directorateNames: ReadonlyMap<number, string>;
  representatives: ReadonlyMap<number, Partial<Representative>[]>;
  risks: ReadonlyMap<number, Partial<Risk>[]>;
  reviews: ReadonlyMap<number, Partial<Review>[]>;
}

const topRiskCount = 3;

/** The highest-scoring open risks, "Title (risk score 16 of 25)": what a reader needs at a glance. */
function topRisks(risks: readonly Partial<Risk>[]): string | undefined {
  const open = risks
    .filter((r) => r.status === "open" && r.title && r.likelihood && r.impact)
    .map((r) => ({ title: r.title!, score: r.likelihood! * r.impact! }))
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title))
    .slice(0, topRiskCount);
  return open.length ? open.map((r) => `${r.title} (risk score ${r.score} of 25)`).join("; ") : undefined;
}

/** Representatives whose term has not ended, "Name, role". */
function representativesOf(people: readonly Partial<Representative>[], asOf: string): string | undefined {
  const current = people.filter((p) => p.name && (p.termEnd === undefined || p.termEnd >= asOf));
  return current.length ? current.map((p) => (p.role ? `${p.name}, ${p.role}` : p.name)).join("; ") : undefined;
}

function lastReview(reviews: readonly Partial<Review>[]): string | undefined {
  const done = reviews.filter((r) => r.status === "completed" && r.completedAt).map((r) => r.completedAt!.slice(0, 10));
  return done.sort().at(-1);
}

/** The date on the register row, or else the earliest review still owed. */
function nextReview(arrangement: Partial<Arrangement>, reviews: readonly Partial<Review>[]): string | undefined {
  if (arrangement.nextReviewDue) return arrangement.nextReviewDue;
  const owed = reviews.filter((r) => (r.status === "due" || r.status === "in-progress") && r.dueDate).map((r) => r.dueDate!);
  return owed.sort()[0];
}

const yesNo = (value: boolean | undefined): string | undefined => (value === undefined ? undefined : value ? "Yes" : "No");

/** Every column's value for one arrangement, by column id; a format later picks the columns it shows. */
export function entryCells(arrangement: Partial<Arrangement> & { id: number }, related: Related, pack: PolicyPack, asOf: string): Record<string, CellValue> {
  const reviews = related.reviews.get(arrangement.id) ?? [];
  return {
    name: arrangement.name,
    kind: arrangement.kind ? kindLabel(pack, arrangement.kind, arrangement.subtype) : undefined,
    legalForm: arrangement.legalForm ? legalFormLabel(arrangement.legalForm) : undefined,
    partners: arrangement.partners?.map((p) => p.name).join("; ") || undefined,
    purpose: arrangement.purpose,
    directorate: arrangement.directorateId === undefined ? undefined : related.directorateNames.get(arrangement.directorateId),
    leadMember: arrangement.leadMember?.title,
    leadOfficer: arrangement.leadOfficer?.title,
    representatives: representativesOf(related.representatives.get(arrangement.id) ?? [], asOf),
    councilContribution: arrangement.councilContribution,
    totalBudget: arrangement.totalBudget,
    governanceDocument: arrangement.governanceDocumentUrl,
    category: arrangement.category ? categoryLabel(pack, arrangement.category) : undefined,
    governanceRating: arrangement.governanceRating ? ratingLabel(arrangement.governanceRating) : undefined,
    governanceRatingDate: arrangement.governanceRatingDate,
    topRisks: topRisks(related.risks.get(arrangement.id) ?? []),
    exitStrategy: arrangement.exitStrategy?.trim() ? "Yes" : "No",
    lastReview: lastReview(reviews),
    nextReview: nextReview(arrangement, reviews),
    status: arrangement.status ? statusLabel(arrangement.status) : undefined,
    registerId: String(arrangement.id),
    confidential: yesNo(arrangement.confidential) ?? "No",
    confidentialNotes: arrangement.confidentialNotes,
  };
}
