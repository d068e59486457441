import type { Review } from "../../../domain/records/review";
import type { ListRow } from "../../../sharepoint/read-row";
import { Link } from "../../lib/router/link";

/** The way into a review's form from the record: start it, carry on with a draft, or read the answers. */
export function ReviewLink({ arrangementId, review }: { arrangementId: number; review: ListRow<Review> }) {
  const status = review.record.status;
  if (status === "cancelled" || !review.record.reviewTypeId) return null;
  const text = status === "completed" ? "View answers" : status === "in-progress" ? "Continue review" : "Start review";
  const what = review.record.title ?? review.record.period ?? "";
  return (
    <Link to={`/partnerships/${arrangementId}/reviews/${review.id}`} aria-label={`${text}: ${what}`}>
      {text}
    </Link>
  );
}
