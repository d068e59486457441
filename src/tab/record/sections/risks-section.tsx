import { Badge, Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { forCorporateRiskRegister } from "../../../domain/performance/monitoring-scope";
import { riskScore } from "../../../domain/records/risk";
import { describeError } from "../../../sharepoint/describe-error";
import { usePolicy } from "../../lib/policy/policy-context";
import { useSession } from "../../lib/session/session-context";
import type { RiskFormMode } from "../monitoring/risk-form";
import { useSectionForm } from "../monitoring/use-section-form";
import { NothingRecorded } from "../parts/nothing-recorded";
import { RiskHeatMap } from "../parts/risk-heat-map";
import { SectionCard } from "../parts/section-card";
import { SimpleTable } from "../parts/simple-table";
import type { SectionProps } from "../section-props";
import { personName, ukDate, words } from "../view/format";
import { bandLabels, riskBand, riskReviewOverdue } from "../view/heat-map";

// The form is fetched when someone opens it, so the record's first load stays small.
const RiskForm = lazy(() => import("../monitoring/risk-form"));

const useStyles = makeStyles({
  overdue: { display: "block", marginTop: "4px" },
  // Fluent's badge is one line high; these say a few words, so they wrap inside the badge.
  wrap: { height: "auto", minHeight: "20px", whiteSpace: "normal", paddingTop: "2px", paddingBottom: "2px" },
  problem: { color: tokens.colorStatusWarningForeground3, fontSize: tokens.fontSizeBase200, display: "block" },
  toolbar: { display: "flex", flexWrap: "wrap", gap: "8px", margin: "0 0 12px" },
  actions: { display: "flex", gap: "4px", flexWrap: "wrap" },
  bar: { marginBottom: "12px" },
});

/** The arrangement's risk register (default framework 2.11, 4.13; joint-working code 9), its heat map, and adding, changing and closing risks. */
export function RisksSection({ data, today, mayEdit, reload }: SectionProps) {
  const styles = useStyles();
  const { pack } = usePolicy();
  const { sp, config } = useSession();
  const section = useSectionForm<RiskFormMode>(reload);
  const [download, setDownload] = useState<{ busy: boolean; message?: string; failed?: boolean }>({ busy: false });
  const a = data.arrangement.record;
  const packMarks = forCorporateRiskRegister(pack, a);
  const overdue = data.risks.filter((r) => riskReviewOverdue(r.record, today)).length;
  const onCorporate = (r: (typeof data.risks)[number]) => r.record.status !== "closed" && (packMarks || r.record.onCorporateRegister === true);

  const downloadFile = async () => {
    setDownload({ busy: true });
    try {
      const { downloadRiskRegister } = await import("../monitoring/download-risk-register");
      const file = await downloadRiskRegister(sp, { arrangementId: data.arrangement.id, council: config.councilName ?? "The council", asOf: today });
      setDownload({ busy: false, message: `Downloaded ${file.fileName} (${file.rows} ${file.rows === 1 ? "risk" : "risks"}).` });
    } catch (error) {
      setDownload({ busy: false, failed: true, message: describeError(error) });
    }
  };

  const form = section.form && (
    <Suspense fallback={<p role="status">Opening the form…</p>}>
      <RiskForm arrangementId={data.arrangement.id} forCorporate={packMarks} form={section.form} onDone={section.done} onCancel={section.cancel} onReload={section.reload} />
    </Suspense>
  );

  return (
    <>
      {data.risks.some((r) => r.record.status === "open") && (
        <SectionCard title="Heat map" lead="Likelihood and impact are each scored from 1 (lowest) to 5 (highest); the score is likelihood × impact.">
          <RiskHeatMap risks={data.risks.map((r) => r.record)} />
        </SectionCard>
      )}
      <SectionCard
        title="Risk register"
        lead={
          data.risks.length === 0
            ? undefined
            : overdue
              ? `${overdue} open ${overdue === 1 ? "risk is" : "risks are"} past ${overdue === 1 ? "its" : "their"} review date.`
              : "Every open risk is within its review date."
        }
      >
        {packMarks && (
          <MessageBar intent="info" className={styles.bar}>
            <MessageBarBody>
              The council's policy puts this arrangement's open risks on the corporate risk register ({pack.monitoring?.corporateRiskRegister?.cite}).
            </MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.toolbar}>
          {mayEdit && (
            <Button appearance="primary" onClick={() => section.open({ mode: "add" })}>
              Add a risk
            </Button>
          )}
          <Button onClick={() => void downloadFile()} disabled={download.busy}>
            {download.busy ? "Preparing the spreadsheet…" : "Download the risk register (Excel)"}
          </Button>
        </div>
        <div>
          {section.notice && (
            <MessageBar intent="success" role="status" className={styles.bar}>
              <MessageBarBody>{section.notice}</MessageBarBody>
            </MessageBar>
          )}
          {download.message && !download.failed && <p role="status">{download.message}</p>}
        </div>
        {download.failed && (
          <MessageBar intent="error" role="alert" className={styles.bar}>
            <MessageBarBody>The risk register could not be downloaded. {download.message}</MessageBarBody>
          </MessageBar>
        )}
        {form}
        {data.risks.length === 0 ? (
          <NothingRecorded>No risks are recorded for this arrangement. A risk assessment is mandatory before approval for most arrangements.</NothingRecorded>
        ) : (
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
              {
                header: "Corporate risk register",
                cell: (r) =>
                  onCorporate(r) ? (
                    <Badge className={styles.wrap} appearance="tint" color="important" shape="rounded">For the corporate risk register</Badge>
                  ) : (
                    "No"
                  ),
              },
              ...(mayEdit
                ? [
                    {
                      header: "Change",
                      cell: (r: (typeof data.risks)[number]) => (
                        <span className={styles.actions}>
                          <Button size="small" aria-label={`Change the risk ${r.record.title ?? ""}`} onClick={() => section.open({ mode: "edit", risk: r })}>
                            Change
                          </Button>
                          {r.record.status !== "closed" && (
                            <Button size="small" aria-label={`Close the risk ${r.record.title ?? ""}`} onClick={() => section.open({ mode: "close", risk: r })}>
                              Close
                            </Button>
                          )}
                        </span>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </SectionCard>
    </>
  );
}
