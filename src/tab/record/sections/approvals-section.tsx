import { Badge, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { routePurposeOf, type ApprovalStage, type StageStatus } from "../../../domain/records/approval-stage";
import { NothingRecorded } from "../parts/nothing-recorded";
import { SectionCard } from "../parts/section-card";
import type { SectionProps } from "../section-props";
import { personName, ukDate, ukMoment, words } from "../view/format";
import { BotWarning } from "../../lib/bot/bot-warning";
import { useSession } from "../../lib/session/session-context";
import { MeetingRecordForm } from "./meeting-record-form";
import { meetingRecorders } from "./meeting-recorders";

const useStyles = makeStyles({
  stages: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: "12px" },
  stage: { borderLeft: `4px solid ${tokens.colorBrandStroke1}`, padding: "8px 16px", backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  head: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap", margin: "0 0 4px", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { margin: "0 0 4px", color: tokens.colorNeutralForeground2 },
  items: { margin: "4px 0 0", paddingLeft: "20px" },
  quote: { margin: "4px 0 0", fontStyle: "italic" },
});

const statusColour: Record<StageStatus, "informative" | "success" | "danger" | "warning" | "subtle"> = {
  pending: "informative", approved: "success", rejected: "danger", "changes-requested": "warning", noted: "subtle", recorded: "success", cancelled: "subtle",
};
const viewWords = { supports: "Supports", concerns: "Has concerns", objects: "Objects" } as const;
const viewColour = { supports: "success", concerns: "warning", objects: "danger" } as const;
const outcomeWords = { approved: "approved", rejected: "rejected", "changes-requested": "asked for changes", noted: "noted it" } as const;

/** The entry route first, then each exit's decision in the order it was begun, each in stage order. */
const inRouteOrder = <T extends { id: number; record: Partial<ApprovalStage> }>(stages: readonly T[]): T[] =>
  [...stages].sort((a, b) => {
    const route = (s: T) => (routePurposeOf(s.record) === "exit" ? (s.record.exitId ?? Number.MAX_SAFE_INTEGER) : 0);
    return route(a) - route(b) || (a.record.order ?? 0) - (b.record.order ?? 0) || a.id - b.id;
  });

/** The approval route as it ran: each stage in route order, who it went to, what they decided and said. */
export function ApprovalsSection({ data, today, reload }: SectionProps) {
  const styles = useStyles();
  const { user } = useSession();
  const [notice, setNotice] = useState<string>();
  const recorders = meetingRecorders(data, today);
  if (data.stages.length === 0) {
    const early = ["proposed", "screening", "evaluation"].includes(data.arrangement.record.status ?? "");
    return (
      <SectionCard title="Approval timeline">
        <NothingRecorded>
          {early
            ? "No approval stages yet. The approval route starts once the evaluation is submitted."
            : "No approval stages are recorded for this arrangement. It was approved before its approvals were kept in this register, or needed none."}
        </NothingRecorded>
      </SectionCard>
    );
  }
  return (
    <SectionCard title="Approval timeline" lead="Each stage in route order, who it went to, what they decided and the opinions they gave.">
      {notice && (
        <MessageBar intent="success" role="status" style={{ marginBottom: 12 }}>
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <BotWarning />
      <ol className={styles.stages}>
        {inRouteOrder(data.stages).map(({ id, etag, record: s }) => {
          const opinions = data.opinions.filter((o) => o.record.stageId === id);
          return (
            <li key={id} className={styles.stage}>
              <h3 className={styles.head}>
                {routePurposeOf(s) === "exit" ? "Exit: " : ""}
                {s.order}. {s.label ?? "Stage"}
                {s.status && <Badge appearance="tint" shape="rounded" color={statusColour[s.status]}>{words(s.status)}</Badge>}
              </h3>
              <p className={styles.meta}>
                {words(s.type)} · {s.assignees?.length ? `Assigned to ${s.assignees.map(personName).join(", ")}` : "No one holds this role yet"}
                {s.requestedAt ? ` · requested ${ukMoment(s.requestedAt)}` : ""}
              </p>
              {(s.decisions?.length ?? 0) > 0 && (
                <ul className={styles.items}>
                  {s.decisions!.map((d) => (
                    <li key={`${d.by.id}-${d.at}`}>
                      {personName(d.by)} {outcomeWords[d.outcome]} at {ukMoment(d.at)}
                      {d.onBehalfOf ? ` on behalf of ${personName(d.onBehalfOf)}` : ""}
                      {d.comment && <p className={styles.quote}>“{d.comment}”</p>}
                    </li>
                  ))}
                </ul>
              )}
              {s.type === "meeting" && (s.meetingDate || s.minuteReference) && (
                <p className={styles.meta}>Meeting {ukDate(s.meetingDate)}{s.minuteReference ? `, minute ${s.minuteReference}` : ""}</p>
              )}
              {s.decision && <p>Decision: {s.decision}</p>}
              {recorders.stageIds.has(id) && recorders.may(user.id, s) && (
                <MeetingRecordForm
                  stageId={id}
                  etag={etag}
                  stage={s}
                  today={today}
                  onRecorded={(message) => {
                    setNotice(message || undefined);
                    reload?.();
                  }}
                />
              )}
              {s.comment && <p className={styles.quote}>“{s.comment}”</p>}
              {opinions.length > 0 && (
                <ul className={styles.items} aria-label={`Opinions given at stage ${s.order}`}>
                  {opinions.map(({ id: opinionId, record: o }) => (
                    <li key={opinionId}>
                      <strong>{personName(o.officer)}</strong>{" "}
                      {o.view && <Badge appearance="tint" shape="rounded" color={viewColour[o.view]}>{viewWords[o.view]}</Badge>}{" "}
                      <span className={styles.meta}>{ukMoment(o.givenAt)}</span>
                      {o.text && <p className={styles.quote}>“{o.text}”</p>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </SectionCard>
  );
}
