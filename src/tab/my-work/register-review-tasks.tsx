import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatLongDate } from "../../domain/review-calendar/long-date";
import { kindLabel } from "../../register-files/labels";
import { confirmRegisterReview } from "../../sharepoint/register-review/confirm-review";
import { readMyRoundTasks, type MyRoundTask } from "../../sharepoint/register-review/read-my-round-tasks";
import { useAsync } from "../lib/data/use-async";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { ConfirmReviewDialog } from "./confirm-review-dialog";

const useStyles = makeStyles({
  section: { marginBottom: "24px" },
  heading: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: "0 0 4px" },
  lead: { margin: "0 0 12px", color: tokens.colorNeutralForeground2 },
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, padding: "4px 8px", marginBottom: "12px" },
  rowHeader: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, padding: "8px" },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
});

/**
 * My work's part of the annual register review (default framework 6.6): each of my records in an open
 * round, with "Confirm as correct" and "Correct it" (the record opens for editing; come back and
 * confirm once it is right). Shows nothing when no round asks anything of me.
 */
export function RegisterReviewTasks() {
  const styles = useStyles();
  const { sp, user } = useSession();
  const read = useAsync(() => readMyRoundTasks(sp, user.email), [sp, user.email]);
  const [confirming, setConfirming] = useState<{ task: MyRoundTask; year: number }>();
  const [notice, setNotice] = useState<string>();

  if (read.status === "loading") return <LoadingRows label="Loading your register review" rows={2} />;
  if (read.status === "error") return <ErrorMessage title="Your register review could not be loaded" message={read.message} onRetry={read.reload} />;
  const { pack, rounds } = read.data;
  if (rounds.length === 0) return notice ? <MessageBar intent="success" role="status"><MessageBarBody>{notice}</MessageBarBody></MessageBar> : null;
  const current = confirming ? rounds.find((r) => r.round.year === confirming.year) : undefined;

  return (
    <>
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar intent="success" style={{ marginBottom: 12 }}>
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {rounds.map(({ round, tasks }) => {
        const left = tasks.filter((t) => !t.confirmed).length;
        return (
          <section key={round.year} className={styles.section} aria-labelledby={`round-${round.year}`}>
            <h2 id={`round-${round.year}`} className={styles.heading}>
              {round.review.name} {round.period}
            </h2>
            <p className={styles.lead}>
              Confirm or correct each arrangement you lead by {formatLongDate(round.window.end)}: {left} of {tasks.length} still to confirm ({round.review.cite}).
            </p>
            <div className={styles.surface}>
              <Table aria-label={`My records in the ${round.period} register review`} size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Arrangement</TableHeaderCell>
                    <TableHeaderCell scope="col">Kind</TableHeaderCell>
                    <TableHeaderCell scope="col">State</TableHeaderCell>
                    <TableHeaderCell scope="col">What to do</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {tasks.map((task) => {
                    const name = task.arrangement.name ?? `Arrangement #${task.arrangement.id}`;
                    return (
                      <TableRow key={task.review.id}>
                        <th scope="row" className={styles.rowHeader}>
                          <Link to={`/partnerships/${task.arrangement.id}`}>{name}</Link>
                        </th>
                        <TableCell>{task.arrangement.kind ? kindLabel(pack, task.arrangement.kind, task.arrangement.subtype) : ""}</TableCell>
                        <TableCell>
                          {task.confirmed ? (
                            <Badge appearance="tint" color="success" shape="rounded">Confirmed</Badge>
                          ) : (
                            <Badge appearance="tint" color="warning" shape="rounded">To confirm</Badge>
                          )}
                        </TableCell>
                        <TableCell>
                          {!task.confirmed && (
                            <div className={styles.actions}>
                              <Button size="small" appearance="primary" aria-label={`Confirm ${name} as correct`} onClick={() => setConfirming({ task, year: round.year })}>
                                Confirm as correct
                              </Button>
                              <Link to={`/partnerships/${task.arrangement.id}?edit=1`} aria-label={`Correct ${name}: open it for editing`}>
                                Correct it
                              </Link>
                            </div>
                          )}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </div>
          </section>
        );
      })}
      {confirming && current && (
        <ConfirmReviewDialog
          arrangementName={confirming.task.arrangement.name ?? `Arrangement #${confirming.task.arrangement.id}`}
          review={current.round.review}
          onClose={() => setConfirming(undefined)}
          onConfirm={async (answers) => {
            await confirmRegisterReview(sp, { reviewId: confirming.task.review.id, etag: confirming.task.review.etag ?? "", answers, actor: { id: user.id, title: user.title, email: user.email } });
            setNotice(`Confirmed ${confirming.task.arrangement.name ?? "the arrangement"} for the ${current.round.period} register review.`);
            setConfirming(undefined);
            read.reload();
          }}
        />
      )}
    </>
  );
}
