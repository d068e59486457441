import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useMemo } from "react";
import { currentSearch } from "../lib/router/history-location";
import { editorStanding, ukToday } from "../../sharepoint/authorise/editor-rule";
import type { ArrangementRecord } from "../../sharepoint/record/read-record";
import { usePolicy } from "../lib/policy/policy-context";
import { useSession } from "../lib/session/session-context";
import { EditForm } from "./edit/edit-form";
import { KeptDraft } from "./edit/kept-draft";
import { useRecordEdit } from "./edit/use-record-edit";
import { RecordHeading } from "./record-heading";
import { RecordSections } from "./record-sections";
import { explainRecord } from "./view/explain-record";
import { RoleGapsWarning } from "../ui/role-gaps-warning";
import { BeginExitLink } from "../exit/begin-exit-link";

/** One arrangement's record: heading, then either its sections or the edit form. */
/** States in which the approval route is still to be worked. */
const routePending = ["evaluation", "awaiting-opinions", "awaiting-approval"];

export function RecordView({ data, reload, refreshing }: { data: ArrangementRecord; reload: () => void; refreshing: boolean }) {
  const { user } = useSession();
  const { pack } = usePolicy();
  const today = ukToday();
  const a = data.arrangement.record;
  const explained = useMemo(
    () => explainRecord(pack, a, data.evaluations.map((e) => e.record), data.reviews.map((r) => r.record), today),
    [pack, a, data.evaluations, data.reviews, today],
  );
  // The same rule the repository enforces on save; here it only decides whether to offer Edit.
  const holders = data.roleHolders.flatMap((h) => (h.record.roleId && h.record.person ? [{ ...h.record, roleId: h.record.roleId, person: h.record.person }] : []));
  const mayEdit = editorStanding({ leadOfficerId: a.leadOfficer?.id, sponsoringOfficerId: a.sponsoringOfficer?.id }, user.id, holders, today) !== undefined;
  const edit = useRecordEdit(data, reload);
  const { state } = edit;
  // `?edit=1` (My work's "Correct it" in the annual register review) opens the record for editing once.
  useEffect(() => {
    if (mayEdit && new URLSearchParams(currentSearch()).get("edit") === "1") edit.start();
    // Only on arrival: after a save or cancel the record stays in view.
  }, []);
  return (
    <>
      <RecordHeading data={data} explained={explained} mayEdit={mayEdit} editing={state.mode === "edit"} onEdit={() => edit.start()} />
      {state.mode === "view" && <BeginExitLink data={data} personId={user.id} today={today} />}
      {/* A route can only move if each of its roles has a holder: say so before anyone is stuck. */}
      {explained.ok && routePending.includes(a.status ?? "") && <RoleGapsWarning roles={explained.explanation.route.flatMap((s) => s.roles)} />}
      {refreshing && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>Reloading the record…</MessageBarBody>
        </MessageBar>
      )}
      {state.mode === "view" && state.notice && !refreshing && (
        <MessageBar intent="success" role="status" style={{ marginBottom: 16 }}>
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.mode === "view" && state.kept && !refreshing && (
        <div style={{ marginBottom: 16 }}>
          <KeptDraft kept={state.kept} onUse={() => edit.start(state.kept)} onDiscard={edit.discardKept} />
        </div>
      )}
      {state.mode === "edit" ? (
        <EditForm state={state} onChange={edit.change} onSave={() => void edit.save()} onCancel={edit.cancel} onReload={edit.reloadKeepingTyped} />
      ) : (
        <RecordSections data={data} explained={explained} today={today} mayEdit={mayEdit} reload={reload} />
      )}
    </>
  );
}
