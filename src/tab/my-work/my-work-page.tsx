import { useAsync } from "../lib/data/use-async";
import { useSession } from "../lib/session/session-context";
import { ArrangementsTable } from "../ui/arrangements-table";
import { EmptyState } from "../ui/empty-state";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { NewArrangementLink } from "../proposal/new-arrangement-link";
import { readMyArrangements } from "./read-my-arrangements";
import { RegisterReviewTasks } from "./register-review-tasks";
import { MyDrafts } from "../wizard/my-drafts";

/** What the signed-in person is responsible for: for now, the arrangements they lead. */
export default function MyWorkPage() {
  const { sp, user } = useSession();
  const mine = useAsync(() => readMyArrangements(sp, user.email), [sp, user.email]);
  return (
    <>
      <PageHeading title="My work" lead={`Arrangements where ${user.title} is the lead officer.`} after={<NewArrangementLink />} />
      <RegisterReviewTasks />
      <MyDrafts />
      {mine.status === "loading" && <LoadingRows label="Loading your arrangements" rows={3} />}
      {mine.status === "error" && <ErrorMessage title="Your arrangements could not be loaded" message={mine.message} onRetry={mine.reload} />}
      {mine.status === "ready" &&
        (mine.data.length === 0 ? (
          <EmptyState title="You do not lead any arrangements">When you are named as the lead officer of an arrangement, it appears here.</EmptyState>
        ) : (
          <ArrangementsTable rows={mine.data} label="Arrangements I lead" />
        ))}
    </>
  );
}
