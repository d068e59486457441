import { Badge, Button, Field, makeStyles, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useState } from "react";
import { appointmentStanding, endingSoonDays, reviewYearStart, type AppointmentStanding } from "../../domain/performance/representation-review";
import { ukToday } from "../../sharepoint/authorise/editor-rule";
import { describeError } from "../../sharepoint/describe-error";
import { ConcurrencyError } from "../../sharepoint/errors/concurrency-error";
import { readAppointments, type Appointment } from "../../sharepoint/monitoring/read-representation";
import { saveRecordItem } from "../../sharepoint/monitoring/save-record-item";
import type { PageProps } from "../app/routes";
import { useAsync } from "../lib/data/use-async";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { NothingRecorded } from "../record/parts/nothing-recorded";
import { SectionCard } from "../record/parts/section-card";
import { SimpleTable } from "../record/parts/simple-table";
import { notRecorded, personName, ukDate, words } from "../record/view/format";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { usePageTitle } from "../ui/page-title";

const useStyles = makeStyles({
  controls: { display: "flex", gap: "12px", alignItems: "flex-end", marginBottom: "16px" },
  actions: { display: "flex", gap: "4px", flexWrap: "wrap" },
  bar: { marginBottom: "12px" },
  // Fluent's badge is one line high; these say a few words, so they wrap inside the badge.
  wrap: { height: "auto", minHeight: "20px", whiteSpace: "normal", paddingTop: "2px", paddingBottom: "2px" },
});

const standingBadge: Record<AppointmentStanding, { text: string; color: "danger" | "warning" | "success" | "informative" }> = {
  ended: { text: "Term ended", color: "danger" },
  "ending-soon": { text: `Term ends within ${endingSoonDays} days`, color: "warning" },
  confirmed: { text: "Confirmed this year", color: "success" },
  "to-confirm": { text: "To confirm this year", color: "informative" },
};

/**
 * The annual review of representation (joint-working code 11(iii); partnership protocol 2.16): every appointment to a
 * running partnership, those whose term has ended or is ending and those not yet confirmed this
 * year first. Each is confirmed as continuing, or ended; both are audited with the reason.
 */
export default function RepresentationReviewPage(_: PageProps) {
  const styles = useStyles();
  const { sp, user } = useSession();
  const today = ukToday();
  usePageTitle("Review of representation");
  const read = useAsync(() => readAppointments(sp), [sp]);
  const [show, setShow] = useState<"decide" | "all">("decide");
  const [message, setMessage] = useState<{ text: string; failed?: boolean }>();
  const [busy, setBusy] = useState<number>();
  const actor = { id: user.id, title: user.title, email: user.email };

  const act = async (a: Appointment, decision: "continues" | "end" | "ended") => {
    const name = a.row.record.name ?? "The representative";
    setBusy(a.row.id);
    setMessage(undefined);
    try {
      const changes =
        decision === "end"
          ? { termEnd: today, confirmedOn: today }
          : decision === "ended"
            ? { confirmedOn: today }
            : { confirmedOn: today, ...(a.row.record.termEnd && a.row.record.termEnd < today ? { termEnd: undefined } : {}) };
      const reason = `Annual review of representation: ${decision === "continues" ? "the appointment continues" : decision === "end" ? "the appointment ends" : "the appointment has ended"}`;
      await saveRecordItem(sp, "Representatives", { id: a.row.id, etag: a.row.etag }, changes, actor, reason);
      setMessage({ text: decision === "continues" ? `${name}'s appointment to ${a.arrangementName} continues.` : decision === "end" ? `${name}'s appointment to ${a.arrangementName} ends today.` : `${name}'s appointment to ${a.arrangementName} is confirmed as ended.` });
      read.reload();
    } catch (error) {
      setMessage({ failed: true, text: ConcurrencyError.is(error) ? `${error.message} The list has been reloaded; please decide again.` : describeError(error) });
      if (ConcurrencyError.is(error)) read.reload();
    } finally {
      setBusy(undefined);
    }
  };

  const rows = read.status === "ready" ? read.data.map((a) => ({ a, ...appointmentStanding(a.row.record, today) })) : [];
  const order: Record<AppointmentStanding, number> = { ended: 0, "ending-soon": 1, "to-confirm": 2, confirmed: 3 };
  const shown = rows.filter((r) => show === "all" || r.needsDecision).sort((x, y) => order[x.standing] - order[y.standing] || x.a.arrangementName.localeCompare(y.a.arrangementName));
  const outstanding = rows.filter((r) => r.needsDecision).length;

  return (
    <>
      <PageHeading
        title="Review of representation"
        lead={`Is the council represented on each partnership by the right person? Confirm each appointment continues, or end it. The review year began on ${ukDate(reviewYearStart(today))}; every decision is kept in the audit trail.`}
      />
      <div className={styles.controls}>
        <Field label="Show">
          <Select id="representation-show" value={show} onChange={(_, d) => setShow(d.value === "all" ? "all" : "decide")}>
            <option value="decide">Appointments needing a decision</option>
            <option value="all">Every appointment</option>
          </Select>
        </Field>
      </div>
      <div>
        {message && !message.failed && (
          <MessageBar intent="success" role="status" className={styles.bar}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {message?.failed && <div className={styles.bar}><ErrorMessage title="That decision was not saved" message={message.text} /></div>}
      {read.status === "loading" && rows.length === 0 && <LoadingRows label="Reading the appointments" rows={4} />}
      {read.status === "error" && <ErrorMessage title="The appointments could not be read" message={read.message} onRetry={read.reload} />}
      {read.status === "ready" && (
        <SectionCard title={show === "decide" ? "Needing a decision" : "Every appointment"} lead={`${outstanding} of ${rows.length} appointments need a decision this year.`}>
          {shown.length === 0 ? (
            <NothingRecorded>Every appointment has been decided this year.</NothingRecorded>
          ) : (
            <SimpleTable
              label="Appointments"
              rowKey={(r) => r.a.row.id}
              rows={shown}
              columns={[
                { header: "Representative", rowHeader: true, cell: (r) => r.a.row.record.name ?? "Unnamed" },
                { header: "Partnership", cell: (r) => <Link to={`/partnerships/${r.a.arrangementId}`}>{r.a.arrangementName}</Link> },
                { header: "Councillor or officer", cell: (r) => words(r.a.row.record.type) },
                { header: "Role", cell: (r) => r.a.row.record.role ?? notRecorded },
                { header: "Term", cell: (r) => `${r.a.row.record.termStart ? ukDate(r.a.row.record.termStart, "short") : "Not recorded"} to ${r.a.row.record.termEnd ? ukDate(r.a.row.record.termEnd, "short") : "no end date"}` },
                { header: "Substitute", cell: (r) => (r.a.row.record.substitute ? personName(r.a.row.record.substitute) : "None") },
                {
                  header: "Standing",
                  cell: (r) => (
                    <>
                      <Badge className={styles.wrap} appearance="tint" shape="rounded" color={standingBadge[r.standing].color}>{standingBadge[r.standing].text}</Badge>
                      {r.a.row.record.confirmedOn && <div>Last confirmed {ukDate(r.a.row.record.confirmedOn, "short")}</div>}
                    </>
                  ),
                },
                {
                  header: "Decision",
                  cell: (r) => {
                    const name = r.a.row.record.name ?? "";
                    const disabled = busy !== undefined;
                    return r.standing === "ended" ? (
                      <span className={styles.actions}>
                        <Button size="small" disabled={disabled} aria-label={`${name}: the appointment continues`} onClick={() => void act(r.a, "continues")}>It continues</Button>
                        <Button size="small" disabled={disabled} aria-label={`${name}: confirm the appointment has ended`} onClick={() => void act(r.a, "ended")}>Confirm it has ended</Button>
                      </span>
                    ) : (
                      <span className={styles.actions}>
                        <Button size="small" appearance="primary" disabled={disabled} aria-label={`Confirm ${name}'s appointment continues`} onClick={() => void act(r.a, "continues")}>Confirm it continues</Button>
                        <Button size="small" disabled={disabled} aria-label={`End ${name}'s appointment today`} onClick={() => void act(r.a, "end")}>End it</Button>
                      </span>
                    );
                  },
                },
              ]}
            />
          )}
        </SectionCard>
      )}
    </>
  );
}
