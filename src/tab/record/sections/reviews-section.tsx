import { Badge } from "@fluentui/react-components";
import { isReviewOverdue } from "../../../domain/records/review";
import type { ReviewStatus } from "../../../domain/review-calendar/calendar-types";
import { usePolicy } from "../../lib/policy/policy-context";
import { NothingRecorded } from "../parts/nothing-recorded";
import { ErrorMessage } from "../../ui/error-message";
import { SectionCard } from "../parts/section-card";
import { SimpleTable } from "../parts/simple-table";
import type { SectionProps } from "../section-props";
import { personName, ukDate, words } from "../view/format";
import { ReviewLink } from "./review-link";
import { ScheduleDueReviewsOnView } from "./schedule-due-reviews-on-view";

const calendarColour: Record<ReviewStatus, "informative" | "warning" | "danger" | "success"> = { upcoming: "informative", due: "warning", overdue: "danger", done: "success" };
const calendarWords: Record<ReviewStatus, string> = { upcoming: "Upcoming", due: "Due now", overdue: "Overdue", done: "Done" };

/** Reviews recorded against the arrangement, and the calendar the council's pack sets for it. */
export function ReviewsSection({ data, explained, today, reload, mayEdit }: SectionProps) {
  const { pack } = usePolicy();
  const reviewName = (id: string | undefined) =>
    pack.reviews.cycles.find((c) => c.id === id)?.name ??
    (id === "register-review" ? pack.reviews.registerReview?.name : id === "governance-assurance" ? pack.reviews.governanceAssurance?.name : undefined) ??
    words(id);
  return (
    <>
      {mayEdit && <ScheduleDueReviewsOnView arrangementId={data.arrangement.id} today={today} {...(reload ? { reload } : {})} />}
      <SectionCard title="Review calendar" lead={`The reviews ${explained.ok ? explained.explanation.pack.name : "the council's policy"} asks of this arrangement, as of ${ukDate(today)}.`}>
        {!explained.ok && <ErrorMessage title="The review calendar could not be drawn" message={explained.problem} />}
        {explained.ok && explained.explanation.reviews.length === 0 && <NothingRecorded>The council's policy sets no reviews for this arrangement.</NothingRecorded>}
        {explained.ok && explained.explanation.reviews.length > 0 && (
          <SimpleTable
            label="Review calendar"
            rowKey={(e) => `${e.reviewId}-${e.periodKey}`}
            rows={explained.explanation.reviews}
            columns={[
              { header: "Review", rowHeader: true, cell: (e) => `${e.name}${e.templateName ? ` (${e.templateName})` : ""}` },
              { header: "Due", cell: (e) => ukDate(e.dueDate) },
              {
                header: "Status",
                cell: (e) => (
                  <Badge appearance="tint" shape="rounded" color={calendarColour[e.status]}>
                    {calendarWords[e.status]}
                    {e.status === "overdue" && e.daysOverdue ? ` by ${e.daysOverdue} ${e.daysOverdue === 1 ? "day" : "days"}` : ""}
                  </Badge>
                ),
              },
              { header: "Why", cell: (e) => (e.reason.includes(e.cite) ? e.reason : `${e.reason} (${e.cite})`) },
            ]}
          />
        )}
      </SectionCard>
      <SectionCard title="Reviews recorded" lead="Reviews done, in progress and due, as recorded in the Reviews list.">
        {data.reviews.length === 0 ? (
          <NothingRecorded>No reviews recorded yet.</NothingRecorded>
        ) : (
          <SimpleTable
            label="Reviews recorded"
            rowKey={(r) => r.id}
            rows={data.reviews}
            columns={[
              { header: "Review", rowHeader: true, cell: (r) => r.record.title ?? reviewName(r.record.reviewTypeId) },
              { header: "Period", cell: (r) => r.record.period ?? "" },
              { header: "Due", cell: (r) => ukDate(r.record.dueDate, "short") },
              {
                header: "Status",
                cell: (r) =>
                  r.record.status && r.record.dueDate && isReviewOverdue({ status: r.record.status, dueDate: r.record.dueDate }, today) ? (
                    <Badge appearance="filled" color="danger" shape="rounded">Overdue</Badge>
                  ) : (
                    words(r.record.status)
                  ),
              },
              { header: "Outcome", cell: (r) => words([words(r.record.outcome), r.record.rating && `rated ${r.record.rating}`].filter(Boolean).join(", ")) || "Not yet" },
              { header: "Completed", cell: (r) => (r.record.completedAt ? `${ukDate(r.record.completedAt, "short")} by ${personName(r.record.completedBy)}` : "Not yet") },
              { header: "Form", cell: (r) => <ReviewLink arrangementId={data.arrangement.id} review={r} /> },
            ]}
          />
        )}
      </SectionCard>
    </>
  );
}
