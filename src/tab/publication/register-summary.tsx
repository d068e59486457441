import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { RegisterTable } from "../../register-files/register-table";

const useStyles = makeStyles({
  box: { display: "grid", gap: "6px", marginBottom: "16px", maxWidth: "90ch" },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: "20px", display: "grid", gap: "2px" },
  muted: { color: tokens.colorNeutralForeground2 },
});

const arrangements = (n: number) => `${n} ${n === 1 ? "arrangement" : "arrangements"}`;

/**
 * Which rules shaped the register on screen: the framework it follows and, for the published
 * register, how many arrangements each rule left out (counts only: the names are not public).
 */
export function RegisterSummary({ table, policyProblems }: { table: RegisterTable; policyProblems: readonly string[] }) {
  const styles = useStyles();
  // The first note names the framework; the others repeat, for the file's readers, what the page already says.
  const [first] = table.notes;
  return (
    <div className={styles.box}>
      {table.published ? (
        <>
          <p className={styles.text}>{first}</p>
          {table.leftOut.length > 0 && (
            <>
              <p className={styles.text}>Left out of the published register:</p>
              <ul className={styles.list}>
                {table.leftOut.map((l) => (
                  <li key={l.reason}>
                    {arrangements(l.count)}: {l.reason}
                    {l.cite ? <span className={styles.muted}> ({l.cite})</span> : null}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p className={styles.text}>Every arrangement on the register, whatever its state, with confidential fields.</p>
      )}
      {policyProblems.map((p) => (
        <p key={p} className={mergeClasses(styles.text, styles.muted)}>Policy: {p}</p>
      ))}
    </div>
  );
}
