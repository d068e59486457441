import { makeStyles, tokens } from "@fluentui/react-components";
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

const useStyles = makeStyles({
  h2: { margin: "24px 0 8px", fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
});

/** What the signed-in person owes: register reviews to confirm, evaluations in draft, and the arrangements they lead. */
export default function MyWorkPage() {
  const styles = useStyles();
  const { sp, user } = useSession();
  const mine = useAsync(() => readMyArrangements(sp, user.email), [sp, user.email]);
  return (
    <>
      <PageHeading title="My work" lead={`${user.title}'s records to confirm, evaluations in draft, and the arrangements they lead.`} after={<NewArrangementLink />} />
      <RegisterReviewTasks />
      <MyDrafts />
      <h2 id="my-arrangements-heading" className={styles.h2}>
        Arrangements I lead
      </h2>
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
