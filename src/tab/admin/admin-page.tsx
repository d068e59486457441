import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { useAsync } from "../lib/data/use-async";
import { useSession } from "../lib/session/session-context";
import { EmptyState } from "../ui/empty-state";
import { ErrorMessage } from "../ui/error-message";
import { wordsForId } from "../ui/format-id";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { readRoleHolders } from "./read-role-holders";

const useStyles = makeStyles({
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, overflowX: "auto" },
  muted: { color: tokens.colorNeutralForeground3 },
  problem: { color: tokens.colorStatusWarningForeground3, fontSize: tokens.fontSizeBase200 },
});

const ukDate = (iso: string | undefined) =>
  iso ? new Date(`${iso}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" }) : undefined;

/** A holder with no dates holds the role until someone records otherwise. */
function period(from: string | undefined, to: string | undefined): string {
  if (from && to) return `${from} to ${to}`;
  if (from) return `Since ${from}`;
  if (to) return `Until ${to}`;
  return "Ongoing";
}

/** For the Change Manager: who holds the roles that approval routes are resolved to. */
export default function AdminPage() {
  const styles = useStyles();
  const { sp } = useSession();
  const holders = useAsync(() => readRoleHolders(sp), [sp]);
  return (
    <>
      <PageHeading title="Admin" lead="Role holders: the people approval routes send opinions and approvals to." />
      {holders.status === "loading" && <LoadingRows label="Loading role holders" />}
      {holders.status === "error" && <ErrorMessage title="Role holders could not be loaded" message={holders.message} onRetry={holders.reload} />}
      {holders.status === "ready" && holders.data.length === 0 && (
        <EmptyState title="No role holders yet">Add people to the RoleHolders list so approval routes can find them.</EmptyState>
      )}
      {holders.status === "ready" && holders.data.length > 0 && (
        <div className={styles.surface}>
          <Table aria-label="Role holders">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Role</TableHeaderCell>
                <TableHeaderCell scope="col">Held by</TableHeaderCell>
                <TableHeaderCell scope="col">Delegate</TableHeaderCell>
                <TableHeaderCell scope="col">Period</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {holders.data.map(({ id, record, problems }) => {
                const from = ukDate(record.activeFrom);
                const to = ukDate(record.activeTo);
                return (
                  <TableRow key={id}>
                    <TableCell>
                      {wordsForId(record.roleId) || <span className={styles.muted}>No role</span>}
                      {problems.length > 0 && <div className={styles.problem}>Needs checking: {problems.join("; ")}</div>}
                    </TableCell>
                    <TableCell>{record.person?.title ?? <span className={styles.muted}>Nobody</span>}</TableCell>
                    <TableCell>{record.delegate?.title ?? <span className={styles.muted}>None</span>}</TableCell>
                    <TableCell>{period(from, to)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
