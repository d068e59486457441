import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import type { ImportPlan } from "../../sharepoint/register-import/plan-import";

const useStyles = makeStyles({
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, overflowX: "auto", marginTop: "12px" },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: "20px 0 4px" },
  row: { whiteSpace: "nowrap", width: "72px" },
  column: { width: "28%" },
  list: { margin: "4px 0 0", paddingLeft: "20px" },
});

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The dry run: every problem with its row and column, what is already on the register, and what would be added. */
export function DryRunReport({ plan }: { plan: ImportPlan }) {
  const styles = useStyles();
  const clean = plan.problems.length === 0;
  const badRows = new Set(plan.problems.map((p) => p.rowNumber)).size;
  const nothingNew = plan.toAdd.length === 0;
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading" className={styles.heading}>What the check found</h2>
      <MessageBar intent={!clean ? "error" : nothingNew ? "info" : "success"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{!clean ? `${count(plan.problems.length, "problem", "problems")} to fix first` : nothingNew ? "Nothing new to import" : "Ready to import"}</MessageBarTitle>
          {clean
            ? `${count(plan.rowCount, "row", "rows")} read: ${plan.toAdd.length} to add, ${plan.alreadyOnRegister.length} already on the register. Nothing has been written yet.`
            : `${count(badRows, "row has", "rows have")} problems. Nothing will be imported until every one is fixed: correct the file, save it and choose it again.`}
        </MessageBarBody>
      </MessageBar>
      {!clean && (
        <div className={styles.surface}>
          <Table aria-label="Problems to fix in the file" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col" className={styles.row}>Row</TableHeaderCell>
                <TableHeaderCell scope="col" className={styles.column}>Column</TableHeaderCell>
                <TableHeaderCell scope="col">Problem</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {plan.problems.map((p, i) => (
                <TableRow key={i}>
                  <TableCell className={styles.row}>{p.rowNumber}</TableCell>
                  <TableCell className={styles.column}>{p.column}</TableCell>
                  <TableCell>{p.message.charAt(0).toUpperCase() + p.message.slice(1)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {plan.alreadyOnRegister.length > 0 && (
        <>
          <h3 className={styles.heading}>Already on the register (will be skipped)</h3>
          <ul className={styles.list}>
            {plan.alreadyOnRegister.map((a) => (
              <li key={a.rowNumber}>Row {a.rowNumber}: {a.name} — {a.why}</li>
            ))}
          </ul>
        </>
      )}
      {clean && plan.toAdd.length > 0 && (
        <>
          <h3 className={styles.heading}>To be added</h3>
          <ul className={styles.list}>
            {plan.toAdd.map((r) => (
              <li key={r.rowNumber}>Row {r.rowNumber}: {r.record.name}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
