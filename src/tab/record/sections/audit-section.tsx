import { makeStyles, tokens } from "@fluentui/react-components";
import { readRecordAuditTrail } from "../../../sharepoint/record/read-record-audit-trail";
import { useAsync } from "../../lib/data/use-async";
import { useSession } from "../../lib/session/session-context";
import { NothingRecorded } from "../parts/nothing-recorded";
import { ErrorMessage } from "../../ui/error-message";
import { LoadingRows } from "../../ui/loading-rows";
import { SectionCard } from "../parts/section-card";
import { SimpleTable } from "../parts/simple-table";
import { auditHeadline, auditValue } from "../view/audit-value";
import { personName, ukMoment } from "../view/format";

const useStyles = makeStyles({
  entries: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: "16px" },
  entry: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "12px" },
  head: { margin: "0 0 4px", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  when: { margin: "0 0 6px", color: tokens.colorNeutralForeground2 },
  value: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", maxWidth: "420px", display: "block" },
  problem: { color: tokens.colorStatusWarningForeground3 },
});

/** Who changed what and when, before → after, newest first; read only when this tab is opened. */
export function AuditSection({ arrangementId }: { arrangementId: number }) {
  const styles = useStyles();
  const { sp } = useSession();
  const trail = useAsync(() => readRecordAuditTrail(sp, arrangementId), [sp, arrangementId]);
  if (trail.status === "loading") return <LoadingRows label="Loading the audit trail" rows={4} />;
  if (trail.status === "error") return <ErrorMessage title="The audit trail could not be loaded" message={trail.message} onRetry={trail.reload} />;
  if (trail.data.length === 0) return <SectionCard title="Audit trail"><NothingRecorded>No changes recorded yet.</NothingRecorded></SectionCard>;
  return (
    <SectionCard title="Audit trail" lead={`${trail.data.length} recorded ${trail.data.length === 1 ? "change" : "changes"} to this arrangement and the records kept under it, newest first. The trail is never edited.`}>
      <ol className={styles.entries}>
        {trail.data.map((t) => (
          <li key={t.id} className={styles.entry}>
            <h3 className={styles.head}>{auditHeadline(personName(t.entry.by), t.entry.action, t.noun)}</h3>
            <p className={styles.when}>
              {ukMoment(t.entry.at)}
              {t.entry.reason ? ` · Reason: ${t.entry.reason}` : ""}
              {t.noun !== "arrangement" && t.entry.summary ? ` · ${t.entry.summary}` : ""}
            </p>
            {t.problems.length > 0 && <p className={styles.problem}>Part of this entry could not be read: {t.problems.join("; ")}</p>}
            {t.changes.length > 0 && (
              <SimpleTable
                label={`What changed at ${ukMoment(t.entry.at)}`}
                rowKey={(c) => c.property}
                rows={t.changes}
                columns={[
                  { header: "Field", rowHeader: true, cell: (c) => c.column },
                  { header: "Before", cell: (c) => <span className={styles.value}>{auditValue(c.before, c.type)}</span> },
                  { header: "After", cell: (c) => <span className={styles.value}>{auditValue(c.after, c.type)}</span> },
                ]}
              />
            )}
          </li>
        ))}
      </ol>
    </SectionCard>
  );
}
