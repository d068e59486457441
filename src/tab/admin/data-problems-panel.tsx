import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { readDataProblems } from "../../sharepoint/data-problems/read-data-problems";
import { useAsync } from "../lib/data/use-async";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { EmptyState } from "../ui/empty-state";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { listItemAddress } from "./list-item-address";

const useStyles = makeStyles({
  h2: { margin: "0 0 8px", fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  lead: { margin: "0 0 12px", color: tokens.colorNeutralForeground2 },
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, overflowX: "auto" },
  link: { color: tokens.colorBrandForegroundLink },
});

/** Every row in every list that could not be read cleanly, with where to correct it. */
export function DataProblemsPanel() {
  const styles = useStyles();
  const { sp, mode, config } = useSession();
  const problems = useAsync(() => readDataProblems(sp), [sp]);
  return (
    <>
      <h2 className={styles.h2}>Data problems</h2>
      <p className={styles.lead}>
        Values typed into the SharePoint lists that the register cannot understand. The rows are still shown everywhere, flagged; correct them in the list.
      </p>
      {problems.status === "loading" && <LoadingRows label="Checking every list" />}
      {problems.status === "error" && <ErrorMessage title="The lists could not be checked" message={problems.message} onRetry={problems.reload} />}
      {problems.status === "ready" && problems.data.length === 0 && <EmptyState title="No data problems">Every row of every list can be read.</EmptyState>}
      {problems.status === "ready" && problems.data.length > 0 && (
        <div className={styles.surface}>
          <Table aria-label="Data problems" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">List</TableHeaderCell>
                <TableHeaderCell scope="col">Item</TableHeaderCell>
                <TableHeaderCell scope="col">Column</TableHeaderCell>
                <TableHeaderCell scope="col">What is wrong</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {problems.data.map((p, i) => (
                <TableRow key={`${p.listTitle}-${p.itemId}-${i}`}>
                  <TableCell>{p.listTitle}</TableCell>
                  <TableCell>
                    {p.listTitle === "Partnerships" ? (
                      <Link to={`/partnerships/${p.itemId}`} className={styles.link}>
                        {p.itemTitle}
                      </Link>
                    ) : (
                      <a href={listItemAddress(mode, config.siteUrl, p.listTitle, p.itemId)} className={styles.link} target="_blank" rel="noreferrer">
                        {p.itemTitle}
                        <span className="visually-hidden"> (opens the list item in a new window)</span>
                      </a>
                    )}
                  </TableCell>
                  <TableCell>{p.column}</TableCell>
                  <TableCell>{p.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
