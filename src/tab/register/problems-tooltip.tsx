import { Tooltip, makeStyles } from "@fluentui/react-components";
import type { ReactElement } from "react";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: "16px" } });

/**
 * The list of a row's problems, shown on hover and on keyboard focus. Its own chunk (Fluent's
 * popover code), so the register's first load does not carry it; until it arrives the badge's
 * accessible description already says the same.
 */
export default function ProblemsTooltip({ problems, children }: { problems: readonly string[]; children: ReactElement }) {
  const styles = useStyles();
  return (
    <Tooltip
      relationship="inaccessible"
      withArrow
      content={
        <ul className={styles.list}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      }
    >
      {children}
    </Tooltip>
  );
}
