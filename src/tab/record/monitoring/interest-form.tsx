import { interestDeclarationSchema, type InterestDeclaration } from "../../../domain/records/interest-declaration";
import type { Representative } from "../../../domain/records/representative";
import { saveRecordItem } from "../../../sharepoint/monitoring/save-record-item";
import type { ListRow } from "../../../sharepoint/read-row";
import { useSession } from "../../lib/session/session-context";
import type { ItemField } from "./item-draft";
import { ItemForm } from "./item-form";

/** A representative's declared interest in this arrangement and how the conflict is managed (default framework 4.3 i–j; partnership protocol 2.13). */
export default function InterestForm({ arrangementId, representatives, today, onDone, onCancel, onReload }: {
  arrangementId: number;
  representatives: readonly ListRow<Representative>[];
  today: string;
  onDone: (notice: string) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { sp, user } = useSession();
  const fields: ItemField[] = [
    {
      property: "representativeId",
      label: "Declared by",
      input: "choice",
      numeric: true,
      required: true,
      requiredMessage: "Choose the representative who declared the interest.",
      options: representatives.map((r) => ({ value: String(r.id), label: `${r.record.name ?? "Unnamed"}${r.record.role ? `, ${r.record.role}` : ""}` })),
    },
    { property: "nature", label: "Nature of the interest", input: "text", required: true, hint: "For example “Trustee of a partner charity”." },
    { property: "dateDeclared", label: "Date declared", input: "date", required: true },
    { property: "howManaged", label: "How it is managed", input: "textarea", hint: "For example “Leaves the meeting for items about funding the charity”." },
  ];
  return (
    <ItemForm
      id="interest-add"
      title="Record a declaration of interest"
      noun="declaration"
      fields={fields}
      initial={{ representativeId: representatives.length === 1 ? String(representatives[0]!.id) : "", nature: "", dateDeclared: today, howManaged: "" }}
      schema={interestDeclarationSchema}
      base={{ arrangementId }}
      submitLabel="Record the declaration"
      onCancel={onCancel}
      onReload={onReload}
      onSave={async (values) => {
        const declaration = { ...(values as Partial<InterestDeclaration>), arrangementId };
        await saveRecordItem(sp, "Interests", undefined, declaration, { id: user.id, title: user.title, email: user.email });
        const who = representatives.find((r) => r.id === declaration.representativeId)?.record.name ?? "The representative";
        onDone(`Recorded ${who}'s declaration: ${declaration.nature}.`);
      }}
    />
  );
}
