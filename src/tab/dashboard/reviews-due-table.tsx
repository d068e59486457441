import { Badge, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { Link } from "../lib/router/link";
import { EmptyState } from "../ui/empty-state";
import { formatDay } from "../ui/format-day";
import type { ReviewDue } from "./reviews-due";

const useStyles = makeStyles({
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, overflowX: "auto" },
  link: { color: tokens.colorBrandForegroundLink, fontWeight: tokens.fontWeightSemibold },
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Reviews past their due date, then those falling due soon, each linked to its record. */
export function ReviewsDueTable({ reviews, withinDays }: { reviews: readonly ReviewDue[]; withinDays: number }) {
  const styles = useStyles();
  if (reviews.length === 0) return <EmptyState title="No reviews are overdue or due soon">{`Nothing falls due in the next ${withinDays} days.`}</EmptyState>;
  return (
    <div className={styles.surface}>
      <Table aria-label="Reviews overdue and due soon" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Arrangement</TableHeaderCell>
            <TableHeaderCell scope="col">Review due</TableHeaderCell>
            <TableHeaderCell scope="col">Where it stands</TableHeaderCell>
            <TableHeaderCell scope="col">Lead officer</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {reviews.map((r) => (
            <TableRow key={r.arrangementId}>
              <TableCell>
                <Link to={`/partnerships/${r.arrangementId}`} className={styles.link}>
                  {r.name}
                </Link>
              </TableCell>
              <TableCell>{formatDay(r.dueDate)}</TableCell>
              <TableCell>
                {r.overdue ? (
                  <Badge appearance="tint" color="danger" shape="rounded">{`Overdue by ${plural(-r.daysUntilDue, "day")}`}</Badge>
                ) : (
                  <Badge appearance="tint" color="warning" shape="rounded">{r.daysUntilDue === 0 ? "Due today" : `Due in ${plural(r.daysUntilDue, "day")}`}</Badge>
                )}
              </TableCell>
              <TableCell>{r.leadOfficer ?? "Not assigned"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
