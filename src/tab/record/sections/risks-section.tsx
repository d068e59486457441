import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { riskScore } from "../../../domain/records/risk";
import { NothingRecorded } from "../parts/nothing-recorded";
import { RiskHeatMap } from "../parts/risk-heat-map";
import { SectionCard } from "../parts/section-card";
import { SimpleTable } from "../parts/simple-table";
import type { SectionProps } from "../section-props";
import { personName, ukDate, words, yesNo } from "../view/format";
import { bandLabels, riskBand, riskReviewOverdue } from "../view/heat-map";

const useStyles = makeStyles({
  overdue: { display: "block", marginTop: "4px" },
  problem: { color: tokens.colorStatusWarningForeground3, fontSize: tokens.fontSizeBase200, display: "block" },
  layout: { display: "flex", flexWrap: "wrap", gap: "24px", alignItems: "flex-start" },
});

/** The arrangement's risk register (gravesham 2.11, 4.13; dartford 9) and its heat map. */
export function RisksSection({ data, today }: SectionProps) {
  const styles = useStyles();
  const overdue = data.risks.filter((r) => riskReviewOverdue(r.record, today)).length;
  if (data.risks.length === 0) {
    return (
      <SectionCard title="Risk register">
        <NothingRecorded>No risks are recorded for this arrangement. A risk assessment is mandatory before approval for most arrangements.</NothingRecorded>
      </SectionCard>
    );
  }
  return (
    <>
      <SectionCard title="Heat map" lead="Likelihood and impact are each scored from 1 (lowest) to 5 (highest); the score is likelihood × impact.">
        <RiskHeatMap risks={data.risks.map((r) => r.record)} />
      </SectionCard>
      <SectionCard title="Risk register" lead={overdue ? `${overdue} open ${overdue === 1 ? "risk is" : "risks are"} past ${overdue === 1 ? "its" : "their"} review date.` : "Every open risk is within its review date."}>
        <SimpleTable
          label="Risk register"
          rowKey={(r) => r.id}
          rows={data.risks}
          columns={[
            {
              header: "Risk",
              rowHeader: true,
              cell: (r) => (
                <>
                  {r.record.title ?? "Untitled risk"}
                  {r.problems.length > 0 && <span className={styles.problem}>Needs checking: {r.problems.map((p) => p.message).join("; ")}</span>}
                </>
              ),
            },
            {
              header: "Score",
              cell: (r) =>
                r.record.likelihood && r.record.impact
                  ? `${riskScore({ likelihood: r.record.likelihood, impact: r.record.impact })} – ${bandLabels[riskBand(r.record.likelihood * r.record.impact)]} (L${r.record.likelihood} × I${r.record.impact})`
                  : "Not scored",
            },
            { header: "Mitigation", cell: (r) => r.record.mitigation ?? "Not recorded" },
            { header: "Owner", cell: (r) => personName(r.record.owner) },
            {
              header: "Review date",
              cell: (r) => (
                <>
                  {ukDate(r.record.reviewDate, "short")}
                  {riskReviewOverdue(r.record, today) && (
                    <Badge className={styles.overdue} appearance="filled" color="danger" shape="rounded">
                      Review overdue
                    </Badge>
                  )}
                </>
              ),
            },
            { header: "Status", cell: (r) => words(r.record.status) },
            { header: "On corporate register", cell: (r) => yesNo(r.record.onCorporateRegister) },
          ]}
        />
      </SectionCard>
    </>
  );
}
