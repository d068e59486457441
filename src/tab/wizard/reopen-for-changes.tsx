import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { describeError } from "../../sharepoint/describe-error";
import { readChangesAsked } from "../../sharepoint/evaluations/read-changes-asked";
import { reopenEvaluation } from "../../sharepoint/evaluations/reopen-evaluation";
import { useAsync } from "../lib/data/use-async";
import { usePolicy } from "../lib/policy/policy-context";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { EmptyState } from "../ui/empty-state";
import { ErrorMessage } from "../ui/error-message";

const useStyles = makeStyles({ asked: { marginBottom: "16px" }, actions: { marginTop: "12px" } });

/**
 * The wizard's page when the arrangement has no open draft. If an approver asked for changes, the
 * officer sees their comments and reopens the evaluation from the answers last submitted (a new draft;
 * the submitted one stays as the record of what was decided). Otherwise it says plainly there is
 * nothing to carry on with.
 */
export function ReopenForChanges({ arrangementId, onReopened }: { arrangementId: number; onReopened: () => void }) {
  const styles = useStyles();
  const { sp, user } = useSession();
  const { pack } = usePolicy();
  const me = useMemo(() => ({ id: user.id, title: user.title, email: user.email }), [user]);
  const asked = useAsync(() => readChangesAsked(sp, arrangementId), [sp, arrangementId]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  if (asked.status === "loading") return null;
  if (asked.status === "error") return <ErrorMessage title="Where this arrangement stands could not be read" message={asked.message} onRetry={asked.reload} />;
  if (!asked.data.waiting) {
    return (
      <EmptyState title="No evaluation is in progress for this arrangement">
        It may have been submitted already, or screened out. <Link to={`/partnerships/${arrangementId}`}>Open the record</Link> to see where it stands.
      </EmptyState>
    );
  }
  const reopen = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await reopenEvaluation(sp, arrangementId, pack, me);
      onReopened();
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };
  return (
    <>
      <MessageBar intent="warning" layout="multiline" className={styles.asked}>
        <MessageBarBody>
          <MessageBarTitle>Changes were asked for</MessageBarTitle>
          {asked.data.reason ?? "An approver sent this evaluation back for changes."} Reopen the evaluation to make them: your last answers are
          kept, and submitting again starts a fresh approval route.
        </MessageBarBody>
      </MessageBar>
      {failure && (
        <MessageBar intent="error" className={styles.asked}>
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void reopen()}>
          {busy ? "Reopening…" : "Reopen the evaluation to make the changes"}
        </Button>
      </div>
    </>
  );
}
