import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Edit16Regular, Info16Regular, Warning16Filled } from "@fluentui/react-icons";
import type { ArrangementRecord } from "../../sharepoint/record/read-record";
import { usePackLabels } from "../lib/policy/policy-context";
import { PageHeading } from "../ui/page-heading";
import { ContinueEvaluationLink } from "../wizard/continue-evaluation-link";
import { StatusBadge } from "../ui/status-badge";
import type { ExplainedRecord } from "./view/explain-record";
import { personName, ukMoment } from "./view/format";

const useStyles = makeStyles({
  badges: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  why: { display: "block", marginTop: "4px", color: tokens.colorNeutralForeground2 },
  bar: { display: "flex", gap: "16px", alignItems: "center", flexWrap: "wrap", marginBottom: "16px" },
  note: { display: "flex", gap: "6px", alignItems: "center", color: tokens.colorNeutralForeground2 },
  problems: { display: "flex", gap: "6px", alignItems: "flex-start", color: tokens.colorStatusWarningForeground3, marginBottom: "12px" },
});

interface Props {
  data: ArrangementRecord;
  explained: ExplainedRecord;
  mayEdit: boolean;
  editing: boolean;
  onEdit: () => void;
}

/** Name, state, kind and category in the council's own words, why that category, and who may change it. */
export function RecordHeading({ data, explained, mayEdit, editing, onEdit }: Props) {
  const styles = useStyles();
  const labels = usePackLabels();
  const a = data.arrangement.record;
  const categoryReason = explained.ok ? explained.explanation.reasons.find((r) => r.topic === "category") : undefined;
  const worked = explained.ok ? explained.explanation.category : null;
  const differs = worked && a.category && worked.id !== a.category;
  return (
    <>
      <PageHeading
        title={a.name ?? `Arrangement ${data.arrangement.id}`}
        after={
          <div className={styles.badges}>
            <StatusBadge status={a.status} />
            {a.kind && <Badge appearance="outline" shape="rounded" color="brand">{[labels.kind(a.kind), labels.subtype(a.kind, a.subtype)].filter(Boolean).join(" – ")}</Badge>}
            <Badge appearance="outline" shape="rounded" color="informative">{a.category ? labels.category(a.category) : "Not yet categorised"}</Badge>
          </div>
        }
        lead={
          <>
            {a.purpose}
            {categoryReason && (
              <Text className={styles.why}>
                <strong>Why this category:</strong> {categoryReason.text} ({categoryReason.cite}).
                {differs ? ` The record says ${labels.category(a.category)}; the policy now gives ${worked.name}.` : ""}
              </Text>
            )}
          </>
        }
      />
      {data.arrangement.problems.length > 0 && (
        <p className={styles.problems}>
          <Warning16Filled aria-hidden="true" />
          <span>Needs checking in SharePoint: {data.arrangement.problems.map((p) => p.message).join("; ")}</span>
        </p>
      )}
      <div className={styles.bar}>
        <ContinueEvaluationLink arrangementId={data.arrangement.id} status={a.status} mayEdit={mayEdit} />
        {mayEdit && !editing && (
          <Button appearance="primary" icon={<Edit16Regular />} onClick={onEdit}>
            Edit
          </Button>
        )}
        {!mayEdit && (
          <span className={styles.note}>
            <Info16Regular aria-hidden="true" />
            You can view this record. Only the lead officer ({personName(a.leadOfficer)}), the sponsoring officer ({personName(a.sponsoringOfficer)}) or the Change Manager can change it.
          </span>
        )}
        {data.lastChange.changedAt && (
          <Text className={styles.note}>
            Last changed by {data.lastChange.changedBy?.title ?? "someone"} at {ukMoment(data.lastChange.changedAt)}
          </Text>
        )}
      </div>
    </>
  );
}
