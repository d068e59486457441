import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, tokens } from "@fluentui/react-components";
import { ConcurrencyError } from "../../sharepoint/errors/concurrency-error";
import { formatLondonMoment } from "../../sharepoint/format-london-moment";
import { Link } from "../lib/router/link";
import type { SummaryRow } from "./answer-summary";
import { fieldOnPageFor } from "./field-link";

const useStyles = makeStyles({
  bar: { marginBottom: "16px" },
  list: { margin: "6px 0 0", paddingLeft: "20px", display: "grid", gap: "4px" },
  value: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  link: { color: tokens.colorBrandForegroundLink },
});

/** Who saved the other version and when, in the words of the conflict. */
function describeConflict(error: unknown): string {
  if (ConcurrencyError.is(error) && error.changedAt === undefined && error.changedBy === undefined) {
    return `${error.message.replace(/ Reload to see their changes;.*$/, "")} Your latest changes were not saved over theirs: they are kept on this device.`;
  }
  const who = ConcurrencyError.is(error) ? (error.changedBy?.title ?? "Someone else") : "Someone else";
  const when = ConcurrencyError.is(error) && error.changedAt ? ` at ${formatLondonMoment(error.changedAt)}` : "";
  return ConcurrencyError.is(error) || error === undefined
    ? `${who} changed this evaluation${when}${error === undefined ? " after the changes kept on this device were made" : ""}. Your latest changes were not saved over theirs: they are kept on this device.`
    : "This evaluation was changed somewhere else. Your latest changes were not saved over it: they are kept on this device.";
}

/**
 * The same draft was saved from somewhere else (another tab, another officer): say who and when,
 * save nothing more, and offer to load their version; what this device had is then listed so it
 * can be entered again. Never a silent overwrite either way.
 */
export function ConflictMessage({ error, loading, onLoadTheirs }: { error: unknown; loading: boolean; onLoadTheirs: () => void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert" className={styles.bar}>
      <MessageBarBody>
        <MessageBarTitle>Someone else changed this evaluation</MessageBarTitle>
        {describeConflict(error)} Load their version to carry on; your changes will be listed so you can enter them again.
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onLoadTheirs} disabled={loading} icon={loading ? <Spinner size="tiny" /> : undefined}>
          {loading ? "Loading…" : "Load their version"}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** What this device had typed that the loaded version does not have, each linked to its field. */
export function UnsavedChanges({ rows, hrefFor, onDone }: { rows: (SummaryRow & { stepTitle: string; stepId: string })[]; hrefFor: (stepId: string, field: string) => string; onDone: () => void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="info" layout="multiline" className={styles.bar}>
      <MessageBarBody>
        <MessageBarTitle>Their version is loaded. These were your changes, not saved</MessageBarTitle>
        {rows.length === 0 ? (
          "Their version already has everything you had typed."
        ) : (
          <ul className={styles.list} aria-label="Your changes that were not saved">
            {rows.map((r) => (
              <li key={r.field}>
                <Link to={hrefFor(r.stepId, fieldOnPageFor(r.field))} className={styles.link}>
                  {r.stepTitle} — {r.label}
                </Link>
                : <span className={styles.value}>{r.value}</span>
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDone}>Done</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
