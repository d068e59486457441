import { Badge, Button, Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { lastEndedHalfYear, parseHalfYear, previousHalfYear, type HalfYear } from "../../domain/performance/half-year";
import type { KeyPartnershipReport } from "../../domain/performance/performance-report";
import { measureValueText } from "../../domain/performance/measure-value";
import { ragLabels } from "../../domain/performance/rag-rating";
import { ukToday } from "../../sharepoint/authorise/editor-rule";
import { describeError } from "../../sharepoint/describe-error";
import { readPerformanceReport } from "../../sharepoint/monitoring/performance-report-export";
import type { PageProps } from "../app/routes";
import { useAsync } from "../lib/data/use-async";
import { Link } from "../lib/router/link";
import { navigate } from "../lib/router/history-location";
import { useSession } from "../lib/session/session-context";
import { NothingRecorded } from "../record/parts/nothing-recorded";
import { SectionCard } from "../record/parts/section-card";
import { SimpleTable } from "../record/parts/simple-table";
import { pounds } from "../record/view/format";
import { varianceWords } from "../record/view/variance-words";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { usePageTitle } from "../ui/page-title";

const useStyles = makeStyles({
  controls: { display: "flex", flexWrap: "wrap", gap: "12px", alignItems: "flex-end", marginBottom: "16px" },
  list: { margin: 0, paddingLeft: "18px" },
  badges: { display: "flex", gap: "4px", flexWrap: "wrap" },
  bar: { marginBottom: "12px" },
  notes: { margin: "0 0 12px", paddingLeft: "20px", color: tokens.colorNeutralForeground2 },
});

const ragColour = { green: "success", amber: "warning", red: "danger" } as const;

/** The last six half years that have ended, newest first, for the picker. */
function recentHalves(today: string): HalfYear[] {
  const halves = [lastEndedHalfYear(today)];
  while (halves.length < 6) halves.push(previousHalfYear(halves.at(-1)!));
  return halves;
}

/**
 * The executive's bi-annual performance report of key partnerships (which are key is the policy
 * pack's rule): measures' ratings, the half year's budget variance and top risks, for any past
 * half year, on screen, as a printable page and as a workbook. Also the whole risk register.
 */
export default function PerformanceReportPage({ params }: PageProps) {
  const styles = useStyles();
  const { sp, config } = useSession();
  const today = ukToday();
  const asked = params.half ? parseHalfYear(params.half) : lastEndedHalfYear(today);
  const half = asked ?? lastEndedHalfYear(today);
  const council = config.councilName ?? "The council";
  usePageTitle(`Performance report, ${half.id}`);
  const report = useAsync(() => readPerformanceReport(sp, half), [sp, half.id]);
  const [file, setFile] = useState<{ busy?: string; message?: string; failed?: boolean }>({});
  const halves = recentHalves(today);
  if (!halves.some((h) => h.id === half.id)) halves.unshift(half);

  const download = async (what: "xlsx" | "html" | "risks") => {
    setFile({ busy: what });
    try {
      const m = await import("./download-report");
      const name = what === "risks" ? await m.downloadAllRisks(sp, { council, asOf: today }) : await m.downloadPerformanceReport(sp, { half, council, asOf: today, format: what });
      setFile({ message: `Downloaded ${name}.` });
    } catch (error) {
      setFile({ failed: true, message: describeError(error) });
    }
  };

  return (
    <>
      <PageHeading
        title="Performance of key partnerships"
        lead="The bi-annual report for the executive: each key partnership's measures rated red, amber or green, its budget against actual for the half year, and its top risks. Any past half year can be produced again from the figures dated within it."
      />
      <div className={styles.controls}>
        <Field label="Half year">
          <Select id="report-half" value={half.id} onChange={(_, d) => navigate(`/reports/performance/${d.value}`)}>
            {halves.map((h) => (
              <option key={h.id} value={h.id}>{h.label}</option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" onClick={() => void download("xlsx")} disabled={!!file.busy}>{file.busy === "xlsx" ? "Preparing…" : "Download the report (Excel)"}</Button>
        <Button onClick={() => void download("html")} disabled={!!file.busy}>{file.busy === "html" ? "Preparing…" : "Download the printable page"}</Button>
        <Button onClick={() => void download("risks")} disabled={!!file.busy}>{file.busy === "risks" ? "Preparing…" : "Download the risk register, all arrangements (Excel)"}</Button>
      </div>
      {params.half && !asked && (
        <MessageBar intent="warning" className={styles.bar}>
          <MessageBarBody>“{params.half}” is not a half year, so the last half year to have ended is shown. Half years are written like 2026H1.</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite">{file.message && !file.failed && <p>{file.message}</p>}</div>
      {file.failed && <div className={styles.bar}><ErrorMessage title="The file could not be made" message={file.message ?? ""} /></div>}
      {report.status === "loading" && <LoadingRows label="Reading the half year's figures" rows={4} />}
      {report.status === "error" && <ErrorMessage title="The report could not be produced" message={report.message} onRetry={report.reload} />}
      {report.status === "ready" && (
        <SectionCard
          title={half.label}
          lead={`${report.data.partnerships.length} key ${report.data.partnerships.length === 1 ? "partnership" : "partnerships"}${report.data.keyRule ? ` under the council's policy (${report.data.keyRule})` : ""}. Amber is up to ${report.data.tolerancePercent}% short of target.`}
        >
          {report.data.partnerships.length === 0 ? (
            <NothingRecorded>No key partnership was running in this half year.</NothingRecorded>
          ) : (
            <SimpleTable<KeyPartnershipReport>
              label={`Performance of key partnerships, ${half.label}`}
              rowKey={(p) => p.id}
              rows={report.data.partnerships}
              columns={[
                { header: "Partnership", rowHeader: true, cell: (p) => <Link to={`/partnerships/${p.id}`}>{p.name}</Link> },
                {
                  header: "Measures",
                  cell: (p) =>
                    p.measures.length === 0 ? (
                      "No measures"
                    ) : (
                      <ul className={styles.list}>
                        {p.measures.map((m) => (
                          <li key={m.name}>
                            {m.name}:{" "}
                            {m.rating ? <Badge appearance="filled" shape="rounded" color={ragColour[m.rating]}>{ragLabels[m.rating]}</Badge> : m.target === undefined ? "no target" : "not reported"}
                            {m.latest ? ` ${measureValueText(m.latest.value, m.unit)} (${m.latest.period})` : ""}
                          </li>
                        ))}
                      </ul>
                    ),
                },
                {
                  header: "Budget against actual",
                  cell: (p) => (p.budget.quartersReported ? `${varianceWords(p.budget.variance)}: ${pounds(p.budget.actual)} against ${pounds(p.budget.budget)}, ${p.budget.quartersReported} ${p.budget.quartersReported === 1 ? "quarter" : "quarters"}` : "No figures for the half year"),
                },
                {
                  header: "Top risks",
                  cell: (p) =>
                    p.topRisks.length === 0 ? (
                      "No open risks"
                    ) : (
                      <ol className={styles.list}>
                        {p.topRisks.map((r) => (
                          <li key={r.title}>{r.title} (score {r.score})</li>
                        ))}
                      </ol>
                    ),
                },
              ]}
            />
          )}
        </SectionCard>
      )}
      <p>
        See also the <Link to="/reports/representation">annual review of representation</Link>.
      </p>
    </>
  );
}
