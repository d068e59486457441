import type { PolicyPack } from "../domain/policy-pack/pack-schema";
import type { Directorate, Portfolio } from "../domain/records/reference-data";
import type { Review } from "../domain/records/review";
import type { HistoricArrangement } from "../domain/register-history/register-at";
import { isRoundReview, reviewedStates } from "../domain/register-review/plan-round";
import type { RegisterReviewRound } from "../domain/register-review/round-period";
import { formatLongDate } from "../domain/review-calendar/long-date";
import { categoryLabel, kindLabel, ratingLabel, statusLabel } from "./labels";
import type { RegisterColumn } from "./register-columns";
import type { CellValue, RegisterTable } from "./register-table";

/** The key facts the Leader and Cabinet Committees see for each arrangement (default framework 6.6). */
export const reportColumns: readonly RegisterColumn[] = [
  { id: "name", header: "Name", type: "text", sources: ["Title"], width: 38 },
  { id: "kind", header: "Kind", type: "text", sources: ["Kind", "Subtype"], width: 28 },
  { id: "category", header: "Category", type: "text", sources: ["Category"], width: 16 },
  { id: "leadOfficer", header: "Lead officer", type: "text", sources: ["LeadOfficer"], width: 22 },
  { id: "directorate", header: "Directorate", type: "text", sources: ["Directorate"], width: 24 },
  { id: "portfolio", header: "Portfolio", type: "text", sources: ["Portfolio"], width: 24 },
  { id: "councilContribution", header: "Council contribution (£ a year)", type: "money", sources: ["CouncilContribution"], width: 16 },
  { id: "status", header: "Status", type: "text", sources: ["Status"], width: 16 },
  { id: "governanceRating", header: "Governance rating", type: "text", sources: ["GovernanceRating"], width: 14 },
  { id: "governanceRatingDate", header: "Governance rating date", type: "date", sources: ["GovernanceRatingDate"], width: 16 },
  { id: "reviewState", header: "Register review", type: "text", sources: ["Reviews"], width: 30 },
  { id: "registerId", header: "Register id", type: "text", sources: ["Id"], width: 10 },
];

export interface RegisterReportInput {
  council: string;
  pack: PolicyPack;
  round: RegisterReviewRound;
  /** The register as it stood at the round's end (registerAt). */
  register: readonly HistoricArrangement[];
  reviews: readonly Partial<Review>[];
  directorates: readonly Partial<Directorate>[];
  portfolios: readonly Partial<Portfolio>[];
  /** The day the report is produced; the register is shown as at the round's end or today, whichever is earlier. */
  today: string;
}

const namesOf = (items: readonly { id?: number; name?: string }[]) => new Map(items.filter((i) => i.id !== undefined && i.name).map((i) => [i.id!, i.name!]));

/** "Confirmed on 12 July 2026 by Sam Patel", "Not yet confirmed", or "Not reviewed in this round". */
function reviewState(review: Partial<Review> | undefined): string {
  if (!review) return "Not reviewed in this round";
  if (review.status === "completed") {
    const on = review.completedAt ? ` on ${formatLongDate(review.completedAt.slice(0, 10))}` : "";
    const by = review.completedBy?.title ? ` by ${review.completedBy.title}` : "";
    return `Confirmed${on}${by}`;
  }
  return review.status === "in-progress" ? "In progress" : "Not yet confirmed";
}

/**
 * The annual register report (default framework 6.6, joint-working code 4(i)): the arrangements live on the
 * register at the end of the round's window, with their key facts as they stood then and
 * whether each lead officer confirmed the entry in that year's review.
 */
export function buildRegisterReport(input: RegisterReportInput): RegisterTable {
  const { pack, round } = input;
  const asOf = input.today < round.window.end ? input.today : round.window.end;
  const directorates = namesOf(input.directorates);
  const portfolios = namesOf(input.portfolios);
  const reviewOf = new Map(input.reviews.filter((r) => isRoundReview(r, round.year) && r.arrangementId !== undefined).map((r) => [r.arrangementId!, r]));
  const live = input.register.filter((a) => a.status !== undefined && reviewedStates.includes(a.status));
  const rows: CellValue[][] = live.map((a) => {
    const review = reviewOf.get(a.id);
    return [
      a.name ?? `Arrangement #${a.id}`,
      a.kind ? kindLabel(pack, a.kind, a.subtype) : undefined,
      a.category ? categoryLabel(pack, a.category) : undefined,
      a.leadOfficer?.title ?? a.leadOfficer?.email,
      a.directorateId === undefined ? undefined : directorates.get(a.directorateId),
      a.portfolioId === undefined ? undefined : portfolios.get(a.portfolioId),
      a.councilContribution,
      a.status ? statusLabel(a.status) : undefined,
      a.governanceRating ? ratingLabel(a.governanceRating) : undefined,
      a.governanceRatingDate,
      reviewState(review),
      String(a.id),
    ];
  });
  const confirmed = live.filter((a) => reviewOf.get(a.id)?.status === "completed").length;
  const review = round.review;
  return {
    council: input.council,
    asOf,
    published: false,
    title: `Annual register report ${round.period}`,
    columns: [...reportColumns],
    rows,
    leftOut: [],
    notes: [
      `${review.name} for ${round.period}${review.reportTo ? `, reported to ${review.reportTo}` : ""} (${review.cite}).`,
      `The register as it stood on ${formatLongDate(asOf)}, rebuilt from the audit trail: later changes are not shown. ${live.length} arrangements were active, under review or being exited.`,
      `${confirmed} of ${live.length} entries were confirmed as correct by their lead officers in this year's review.`,
    ],
  };
}
