import type { SPFI } from "@pnp/sp";
import type { Review } from "../../domain/records/review";
import { isReviewOverdue } from "../../domain/records/review";
import { eq, or } from "../odata";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";

export interface OverdueReview {
  row: ListRow<Review>;
  arrangementName?: string;
}

/**
 * Reviews past their due date and not done, most overdue first, with their arrangement's name
 * (the Arrangement lookup's title). Status is indexed, so the filter holds past 5,000 items;
 * the date is compared here, on the UK day given.
 */
export async function readOverdueReviews(sp: SPFI, today: string): Promise<OverdueReview[]> {
  const rows = await repositoryFor(sp, "Reviews").query({ filter: or(eq("Status", "due"), eq("Status", "in-progress")), orderBy: [{ field: "DueDate" }] });
  return rows
    .filter((r) => r.record.status && r.record.dueDate && isReviewOverdue({ status: r.record.status, dueDate: r.record.dueDate }, today))
    .map((row) => {
      const lookup = row.raw.Arrangement;
      const title = typeof lookup === "object" && lookup !== null && typeof (lookup as { Title?: unknown }).Title === "string" ? (lookup as { Title: string }).Title : undefined;
      return { row, ...(title ? { arrangementName: title } : {}) };
    });
}
