import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { describeError } from "../../../sharepoint/describe-error";
import { scheduleDueReviews } from "../../../sharepoint/reviews/schedule-due-reviews";
import { useSession } from "../../lib/session/session-context";

/**
 * When someone who may answer a record's reviews (its lead or sponsoring officer, the Change
 * Manager) looks at them, the reviews its council's calendar says are now due are created if they
 * are not there yet (the same idempotent scheduling `remind` runs), so "Start review" is there the
 * day a review falls due. Runs once per visit; shows nothing unless it fails.
 */
export function ScheduleDueReviewsOnView({ arrangementId, today, reload }: { arrangementId: number; today: string; reload?: () => void }) {
  const { sp, user } = useSession();
  const done = useRef<number | undefined>(undefined);
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    if (done.current === arrangementId) return;
    done.current = arrangementId;
    scheduleDueReviews(sp, { asOf: today, actor: { id: user.id, title: user.title, email: user.email }, arrangementId }).then(
      (result) => {
        if (result.problems.length > 0) setProblem(result.problems.join(" "));
        if (result.created.length > 0) reload?.();
      },
      (error: unknown) => setProblem(describeError(error)),
    );
  }, [sp, user, arrangementId, today, reload]);
  if (!problem) return null;
  return (
    <MessageBar intent="warning" layout="multiline" style={{ marginBottom: 16 }}>
      <MessageBarBody>The reviews now due could not all be set up: {problem}</MessageBarBody>
    </MessageBar>
  );
}
