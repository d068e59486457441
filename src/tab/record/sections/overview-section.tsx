import { riskScore } from "../../../domain/records/risk";
import { usePackLabels } from "../../lib/policy/policy-context";
import { AnswerList } from "../parts/answer-list";
import { SectionCard } from "../parts/section-card";
import type { SectionProps } from "../section-props";
import { annexOneGroups } from "../view/annex-one";

/** The record answering every question of the partnership working framework Annex 1 partnership audit template. */
export function OverviewSection({ data }: SectionProps) {
  const labels = usePackLabels();
  const a = data.arrangement.record;
  const objectiveNames = data.objectives.filter((o) => a.objectiveIds?.includes(o.id)).map((o) => o.record.title ?? `Objective ${o.id}`);
  const openRisks = data.risks.flatMap((r) =>
    r.record.status === "open" && r.record.likelihood && r.record.impact
      ? [{ title: r.record.title ?? "Untitled risk", score: riskScore({ likelihood: r.record.likelihood, impact: r.record.impact }) }]
      : [],
  );
  const groups = annexOneGroups({
    arrangement: a,
    kindName: labels.kind(a.kind),
    subtypeName: labels.subtype(a.kind, a.subtype),
    categoryName: labels.category(a.category),
    objectiveNames,
    openRisks,
  });
  return (
    <>
      {groups.map((group, index) => (
        <SectionCard
          key={group.title}
          title={group.title}
          lead={index === 0 ? "The questions of the periodic partnership audit (Annex 1 template), answered from this record." : undefined}
        >
          <AnswerList items={group.questions.map((q) => ({ id: q.id, label: q.question, answer: q.answer }))} />
        </SectionCard>
      ))}
      {(a.purpose || a.expectedOutcomes || data.directorateName || data.portfolioName) && (
        <SectionCard title="Purpose and ownership">
          <AnswerList
            items={[
              { id: "purpose", label: "Purpose", answer: a.purpose ? { kind: "text", text: a.purpose } : { kind: "missing" } },
              { id: "outcomes", label: "Expected outcomes", answer: a.expectedOutcomes ? { kind: "text", text: a.expectedOutcomes } : { kind: "missing" } },
              { id: "directorate", label: "Directorate", answer: data.directorateName ? { kind: "text", text: data.directorateName } : { kind: "missing" } },
              { id: "portfolio", label: "Portfolio", answer: data.portfolioName ? { kind: "text", text: data.portfolioName } : { kind: "missing" } },
            ]}
          />
        </SectionCard>
      )}
    </>
  );
}
