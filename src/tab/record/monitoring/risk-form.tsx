import { z } from "zod";
import { riskSchema, type Risk } from "../../../domain/records/risk";
import { saveRecordItem } from "../../../sharepoint/monitoring/save-record-item";
import type { ListRow } from "../../../sharepoint/read-row";
import { useSession } from "../../lib/session/session-context";
import { draftFrom, type ItemField } from "./item-draft";
import { ItemForm } from "./item-form";

const scoreHint = (low: string, high: string) => `1 (${low}) to 5 (${high})`;

/** A risk's fields as the officer keeps them (default framework 4.13: likelihood, impact, mitigation; joint-working code 9). */
export const riskFields: readonly ItemField[] = [
  { property: "title", label: "Risk", input: "text", required: true, hint: "What could go wrong, in a few words." },
  { property: "likelihood", label: "Likelihood (1–5)", input: "number", required: true, min: 1, max: 5, hint: scoreHint("rare", "almost certain") },
  { property: "impact", label: "Impact (1–5)", input: "number", required: true, min: 1, max: 5, hint: scoreHint("negligible", "severe") },
  { property: "owner", label: "Owner", input: "person", hint: "Who manages the risk." },
  { property: "reviewDate", label: "Review date", input: "date", hint: "When it is next looked at; after this date the risk is flagged “review overdue”." },
  { property: "onCorporateRegister", label: "On the corporate risk register", input: "yes-no", required: true, requiredMessage: "Say whether the risk is on the corporate risk register." },
  { property: "description", label: "Description", input: "textarea" },
  { property: "mitigation", label: "Mitigation", input: "textarea", hint: "What is done to make it less likely or less harmful." },
];

const closeSchema = z.object({ reason: z.string().min(1) });
const closeFields: readonly ItemField[] = [{ property: "reason", label: "Why it can be closed", input: "textarea", required: true, hint: "Kept in the audit trail, for example “the lease was signed on 3 March”." }];

export type RiskFormMode = { mode: "add" } | { mode: "edit"; risk: ListRow<Risk> } | { mode: "close"; risk: ListRow<Risk> };

/**
 * Adding, changing or closing a risk on the record. A new risk of an arrangement the pack marks
 * for the corporate risk register starts marked so (joint-working code 9(vi)); the officer can still say otherwise.
 */
export default function RiskForm({ arrangementId, forCorporate, form, onDone, onCancel, onReload }: {
  arrangementId: number;
  forCorporate: boolean;
  form: RiskFormMode;
  onDone: (notice: string) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { sp, user } = useSession();
  const actor = { id: user.id, title: user.title, email: user.email };
  if (form.mode === "close") {
    const title = form.risk.record.title ?? "this risk";
    return (
      <ItemForm
        id={`risk-close-${form.risk.id}`}
        title={`Close the risk “${title}”`}
        lead="A closed risk leaves the heat map but stays on the register's history."
        noun="risk"
        fields={closeFields}
        initial={{ reason: "" }}
        schema={closeSchema}
        base={{}}
        submitLabel="Close the risk"
        onCancel={onCancel}
        onReload={onReload}
        onSave={async (values) => {
          await saveRecordItem(sp, "Risks", { id: form.risk.id, etag: form.risk.etag }, { status: "closed" }, actor, String(values.reason));
          onDone(`The risk “${title}” was closed.`);
        }}
      />
    );
  }
  const existing = form.mode === "edit" ? form.risk : undefined;
  const base = existing ? { ...existing.record } : { arrangementId, status: "open", onCorporateRegister: forCorporate };
  const initial = draftFrom(riskFields, existing ? existing.record : { onCorporateRegister: forCorporate });
  return (
    <ItemForm
      id={existing ? `risk-edit-${existing.id}` : "risk-add"}
      title={existing ? `Change the risk “${existing.record.title ?? "Untitled risk"}”` : "Add a risk"}
      lead="Likelihood and impact are each scored 1 (lowest) to 5 (highest); the score is likelihood × impact."
      noun="risk"
      fields={riskFields}
      initial={initial}
      schema={riskSchema}
      base={base}
      submitLabel={existing ? "Save the risk" : "Add the risk"}
      onCancel={onCancel}
      onReload={onReload}
      onSave={async (values) => {
        const risk = values as Partial<Risk>;
        if (existing) {
          const saved = await saveRecordItem(sp, "Risks", { id: existing.id, etag: existing.etag }, risk, actor);
          onDone(saved.changed ? `The risk “${risk.title}” was saved.` : "Nothing had changed, so nothing was saved.");
        } else {
          await saveRecordItem(sp, "Risks", undefined, { ...risk, arrangementId, status: "open", onCorporateRegister: risk.onCorporateRegister ?? forCorporate }, actor);
          onDone(`The risk “${risk.title}” was added.`);
        }
      }}
    />
  );
}
