import type { SPFI } from "@pnp/sp";
import { registerReviewTypeId } from "../../domain/register-review/round-period";
import type { RoundArrangement, RoundReview } from "../../domain/register-review/plan-round";
import { eq } from "../odata";
import { readTogether } from "../read-together";
import { repositoryFor } from "../repositories";

/** Partnerships columns a round needs: what the pack's selector tests, the owner and the state. */
export const roundArrangementColumns = [
  "Title", "Kind", "Subtype", "Category", "Status", "LeadOfficer", "StartDate", "CouncilContribution", "Statutory", "MemberInvolvement", "PublicFacing",
] as const;

export const roundReviewColumns = ["Title", "Arrangement", "ReviewTypeId", "Period", "DueDate", "Status", "Answers", "CompletedBy", "CompletedAt", "LastRemindedAt"] as const;

export interface RoundData {
  arrangements: RoundArrangement[];
  /** Every register review on the site (all years): a year is told by its Period, however typed. */
  reviews: RoundReview[];
}

/** The register and its register reviews, in one `$batch` (ReviewTypeId is an indexed column). */
export async function readRoundData(sp: SPFI): Promise<RoundData> {
  const [arrangements, reviews] = await readTogether(sp, [
    (b) => repositoryFor(sp, "Partnerships").within(b).query({ select: roundArrangementColumns, orderBy: [{ field: "Title" }] }),
    (b) => repositoryFor(sp, "Reviews").within(b).query({ select: roundReviewColumns, filter: eq("ReviewTypeId", registerReviewTypeId) }),
  ] as const);
  return {
    arrangements: arrangements.map((row) => ({ ...row.record, id: row.id })),
    reviews: reviews.map((row) => ({ ...row.record, id: row.id, etag: row.etag })),
  };
}
