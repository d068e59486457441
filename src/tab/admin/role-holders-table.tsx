import { Badge, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import type { RoleGroup } from "./group-role-holders";

const useStyles = makeStyles({
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, overflowX: "auto" },
  role: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  problem: { color: tokens.colorStatusWarningForeground3, fontSize: tokens.fontSizeBase200 },
  gapRow: { backgroundColor: tokens.colorStatusWarningBackground1 },
});

/** One table of roles and who holds them: a gap, a past holder and a badly typed row each say so. */
export function RoleHoldersTable({ groups, label, showGaps = true }: { groups: readonly RoleGroup[]; label: string; showGaps?: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.surface}>
      <Table aria-label={label} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Role</TableHeaderCell>
            <TableHeaderCell scope="col">Held by</TableHeaderCell>
            <TableHeaderCell scope="col">Scope</TableHeaderCell>
            <TableHeaderCell scope="col">Delegate</TableHeaderCell>
            <TableHeaderCell scope="col">Active</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {groups.flatMap((g) => [
            ...(g.gap && showGaps
              ? [
                  <TableRow key={`${g.roleId}-gap`} className={styles.gapRow}>
                    <TableCell className={styles.role}>{g.name}</TableCell>
                    <TableCell>
                      <Badge appearance="filled" color="warning" shape="rounded">No holder today</Badge>
                    </TableCell>
                    <TableCell colSpan={3}>Stages that need this role cannot be sent. Add a holder in the RoleHolders list.</TableCell>
                  </TableRow>,
                ]
              : []),
            ...g.lines.map((l) => (
              <TableRow key={l.id}>
                <TableCell className={styles.role}>{g.name}</TableCell>
                <TableCell>
                  {l.holder ?? <span className={styles.muted}>Nobody</span>}
                  {l.problems.length > 0 && <div className={styles.problem}>Needs checking: {l.problems.join("; ")}</div>}
                </TableCell>
                <TableCell>{l.scope}</TableCell>
                <TableCell>{l.delegate ?? <span className={styles.muted}>None</span>}</TableCell>
                <TableCell>
                  {l.period}
                  {!l.current && l.problems.length === 0 && <span className={styles.muted}> (not holding it today)</span>}
                </TableCell>
              </TableRow>
            )),
          ])}
        </TableBody>
      </Table>
    </div>
  );
}
