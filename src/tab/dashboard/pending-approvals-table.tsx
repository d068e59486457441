import { Badge, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { Link } from "../lib/router/link";
import { EmptyState } from "../ui/empty-state";
import { formatDay } from "../ui/format-day";
import type { PendingApproval } from "./pending-approvals";

const useStyles = makeStyles({
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, overflowX: "auto" },
  link: { color: tokens.colorBrandForegroundLink, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  days: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

const typeWords = { opinion: "Opinion", approval: "Approval", meeting: "Meeting", inform: "Inform" } as const;

/** Stages still waiting for someone, longest wait first, marked once past the pack's reminder period. */
export function PendingApprovalsTable({ approvals, chaseAfterDays }: { approvals: readonly PendingApproval[]; chaseAfterDays?: number }) {
  const styles = useStyles();
  if (approvals.length === 0) return <EmptyState title="No approvals are waiting">Every approval stage has been decided.</EmptyState>;
  return (
    <div className={styles.surface}>
      <Table aria-label="Approvals pending" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Arrangement</TableHeaderCell>
            <TableHeaderCell scope="col">Stage</TableHeaderCell>
            <TableHeaderCell scope="col">Waiting for</TableHeaderCell>
            <TableHeaderCell scope="col">Requested</TableHeaderCell>
            <TableHeaderCell scope="col">Waiting</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {approvals.map((a) => (
            <TableRow key={a.stageId}>
              <TableCell>
                {a.arrangementId ? (
                  <Link to={`/partnerships/${a.arrangementId}`} className={styles.link}>
                    {a.arrangementName}
                  </Link>
                ) : (
                  <span className={styles.muted}>{a.arrangementName}</span>
                )}
              </TableCell>
              <TableCell>
                {a.stage}
                {a.type && <span className={styles.muted}> ({typeWords[a.type]})</span>}
              </TableCell>
              <TableCell>{a.waitingFor}</TableCell>
              <TableCell>{a.requestedAt ? formatDay(a.requestedAt) : <span className={styles.muted}>Not recorded</span>}</TableCell>
              <TableCell className={styles.days}>
                {a.daysWaiting === undefined ? (
                  <span className={styles.muted}>Unknown</span>
                ) : chaseAfterDays !== undefined && a.daysWaiting > chaseAfterDays ? (
                  <Badge appearance="tint" color="danger" shape="rounded">{`${a.daysWaiting} days – chase`}</Badge>
                ) : (
                  `${a.daysWaiting} ${a.daysWaiting === 1 ? "day" : "days"}`
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
