import { z } from "zod";
import { representativeSchema, representativeTypes, type Representative } from "../../../domain/records/representative";
import { saveRecordItem } from "../../../sharepoint/monitoring/save-record-item";
import type { ListRow } from "../../../sharepoint/read-row";
import { useSession } from "../../lib/session/session-context";
import { ukDate, words } from "../view/format";
import { draftFrom, type ItemField } from "./item-draft";
import { ItemForm } from "./item-form";

/** An appointment to the partnership (joint-working code 11; partnership working framework 4): who, in what role, for what term, and their substitute. */
export const representativeFields: readonly ItemField[] = [
  { property: "name", label: "Name", input: "text", required: true, hint: "As the appointment was made, for example “Cllr Priya Shah”." },
  { property: "type", label: "Councillor or officer", input: "choice", required: true, options: representativeTypes.map((t) => ({ value: t, label: words(t) })) },
  { property: "person", label: "Person on the site", input: "person", hint: "Optional: links the appointment to their account." },
  { property: "role", label: "Role on the partnership", input: "text", hint: "For example “Board member” or “Observer”." },
  { property: "termStart", label: "Term starts", input: "date" },
  { property: "termEnd", label: "Term ends", input: "date" },
  { property: "substitute", label: "Substitute", input: "person", hint: "Who attends when they cannot." },
];

const endSchema = (termStart: string | undefined) =>
  z.object({ termEnd: z.iso.date(), reason: z.string().optional() }).refine((v) => !termStart || v.termEnd >= termStart, {
    path: ["termEnd"],
    message: `the appointment cannot end before its term started on ${termStart ? ukDate(termStart) : ""}`,
  });

export type RepresentativeFormMode = { mode: "add" } | { mode: "edit"; representative: ListRow<Representative> } | { mode: "end"; representative: ListRow<Representative> };

/** Adding, changing or ending an appointment; every save is audited, with the reason when one is given. */
export default function RepresentativeForm({ arrangementId, form, today, onDone, onCancel, onReload }: {
  arrangementId: number;
  form: RepresentativeFormMode;
  today: string;
  onDone: (notice: string) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { sp, user } = useSession();
  const actor = { id: user.id, title: user.title, email: user.email };
  if (form.mode === "end") {
    const r = form.representative;
    const name = r.record.name ?? "this representative";
    const fields: ItemField[] = [
      { property: "termEnd", label: "Appointment ends on", input: "date", required: true },
      { property: "reason", label: "Why it ends", input: "textarea", hint: "Kept in the audit trail." },
    ];
    return (
      <ItemForm
        id={`representative-end-${r.id}`}
        title={`End ${name}'s appointment`}
        lead="The appointment stays on the record with its end date."
        noun="appointment"
        fields={fields}
        initial={{ termEnd: today, reason: "" }}
        schema={endSchema(r.record.termStart)}
        base={{}}
        submitLabel="End the appointment"
        onCancel={onCancel}
        onReload={onReload}
        onSave={async (values) => {
          const termEnd = String(values.termEnd);
          await saveRecordItem(sp, "Representatives", { id: r.id, etag: r.etag }, { termEnd }, actor, values.reason ? String(values.reason) : "Appointment ended");
          onDone(`${name}'s appointment ends on ${ukDate(termEnd)}.`);
        }}
      />
    );
  }
  const existing = form.mode === "edit" ? form.representative : undefined;
  return (
    <ItemForm
      id={existing ? `representative-edit-${existing.id}` : "representative-add"}
      title={existing ? `Change ${existing.record.name ?? "the appointment"}` : "Add a representative"}
      noun="appointment"
      fields={representativeFields}
      initial={draftFrom(representativeFields, existing ? existing.record : {})}
      schema={representativeSchema}
      base={existing ? { ...existing.record } : { arrangementId }}
      submitLabel={existing ? "Save the appointment" : "Add the representative"}
      onCancel={onCancel}
      onReload={onReload}
      onSave={async (values) => {
        const r = values as Partial<Representative>;
        const saved = await saveRecordItem(sp, "Representatives", existing ? { id: existing.id, etag: existing.etag } : undefined, existing ? r : { ...r, arrangementId }, actor);
        onDone(saved.changed ? `${existing ? "Saved" : "Added"} ${r.name}.` : "Nothing had changed, so nothing was saved.");
      }}
    />
  );
}
