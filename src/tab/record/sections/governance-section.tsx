import { makeStyles, tokens } from "@fluentui/react-components";
import { usePolicy } from "../../lib/policy/policy-context";
import { ErrorMessage } from "../../ui/error-message";
import { AnswerList } from "../parts/answer-list";
import { SectionCard } from "../parts/section-card";
import { SimpleTable } from "../parts/simple-table";
import type { SectionProps } from "../section-props";
import { personName, ukDate, words } from "../view/format";

const useStyles = makeStyles({
  items: { margin: 0, paddingLeft: "32px", display: "grid", gap: "6px" },
  cite: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** What the council's policy expects of this arrangement's governance, and what the record says is in place. */
export function GovernanceSection({ data, explained }: SectionProps) {
  const styles = useStyles();
  const { pack } = usePolicy();
  const a = data.arrangement.record;
  const text = (value: string | undefined) => (value ? ({ kind: "text", text: value } as const) : ({ kind: "missing" } as const));
  const exitRequired = explained.ok && explained.explanation.requirements.exitStrategy.required;
  const reasonName = (id: string | undefined) => pack.exit.reasons.find((r) => r.id === id)?.text ?? words(id);
  return (
    <>
      {!explained.ok && <ErrorMessage title="The council's policy could not be applied to this record" message={explained.problem} />}
      {explained.ok && (
        <SectionCard
          title={explained.explanation.checklist ? explained.explanation.checklist.name : "Governance checklist"}
          lead={
            explained.explanation.checklist
              ? `What ${explained.explanation.pack.name} expects to be in place for this arrangement (${explained.explanation.checklist.cite}).`
              : "The council's policy sets no governance checklist for this kind of arrangement."
          }
        >
          {explained.explanation.checklist && (
            <ol className={styles.items}>
              {explained.explanation.checklist.items.map((item) => (
                <li key={item.id}>
                  {item.text} <span className={styles.cite}>({item.cite})</span>
                </li>
              ))}
            </ol>
          )}
        </SectionCard>
      )}
      <SectionCard title="Governance in place">
        <AnswerList
          items={[
            {
              id: "rating",
              label: "Governance rating",
              answer: a.governanceRating ? { kind: "text", text: `${words(a.governanceRating)}, given ${ukDate(a.governanceRatingDate)}` } : { kind: "missing" },
            },
            { id: "legal-form", label: "Legal form", answer: text(words(a.legalForm)) },
            { id: "legal-power", label: "Legal power", answer: text(a.legalPower) },
            { id: "lead-partner", label: "Lead partner", answer: text(a.leadPartner) },
            { id: "governance-document", label: "Governance document", answer: a.governanceDocumentUrl ? { kind: "links", links: [{ title: "Governance document", url: a.governanceDocumentUrl }] } : { kind: "missing" } },
            { id: "complaints", label: "Complaints procedure", answer: a.complaintsProcedureUrl ? { kind: "links", links: [{ title: "Complaints procedure", url: a.complaintsProcedureUrl }] } : { kind: "missing" } },
          ]}
        />
      </SectionCard>
      <SectionCard
        title="Exit strategy"
        lead={exitRequired ? `The council's policy requires an exit strategy, naming who instigates exit, before approval (${explained.ok ? explained.explanation.requirements.exitStrategy.cite : ""}).` : undefined}
      >
        <AnswerList
          items={[
            { id: "exit-strategy", label: "Exit strategy", answer: text(a.exitStrategy) },
            { id: "exit-instigator", label: "Who at the council instigates exit", answer: a.exitInstigator ? { kind: "text", text: personName(a.exitInstigator) } : { kind: "missing" } },
          ]}
        />
        {data.exits.length > 0 && (
          <SimpleTable
            label="Exits"
            rowKey={(r) => r.id}
            rows={data.exits}
            columns={[
              { header: "Exit", rowHeader: true, cell: (r) => r.record.title },
              { header: "Reason", cell: (r) => reasonName(r.record.reasonId) },
              { header: "Status", cell: (r) => words(r.record.status) },
              { header: "Decided", cell: (r) => (r.record.decisionDate ? ukDate(r.record.decisionDate) : "Not yet") },
              { header: "Notice and succession", cell: (r) => [r.record.notice, r.record.succession].filter(Boolean).join(" ") || "Not recorded" },
            ]}
          />
        )}
      </SectionCard>
    </>
  );
}
