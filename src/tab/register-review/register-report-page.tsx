import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, Print20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { formatLongDate } from "../../domain/review-calendar/long-date";
import { describeError } from "../../sharepoint/describe-error";
import { readRegisterReport, registerReportFile, reportFileName } from "../../sharepoint/register-review/register-report";
import { siteToday } from "../../sharepoint/roles/site-today";
import type { PageProps } from "../app/routes";
import { useAsync } from "../lib/data/use-async";
import { usePolicy } from "../lib/policy/policy-context";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { saveFile } from "../publication/save-file";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { usePageTitle } from "../ui/page-title";
import { reportPrintStyles } from "./print-styles";
import { ReportTable } from "./report-table";
import { roundPath, roundYearFrom } from "./round-year";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: "8px", marginBottom: "16px" },
  notes: { margin: "0 0 16px", paddingLeft: "20px", color: tokens.colorNeutralForeground2 },
  back: { display: "inline-block", marginBottom: "12px" },
});

const mimeTypes = { xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", html: "text/html;charset=utf-8" } as const;

/**
 * The annual register report for the Leader and Cabinet Committees (default framework 6.6): the register
 * as it stood at the end of the year's review, with each entry's confirmation. Printable from
 * the page, and downloadable as a workbook or a standalone web page.
 */
export default function RegisterReportPage({ params }: PageProps) {
  const styles = useStyles();
  const { sp, config } = useSession();
  const { pack } = usePolicy();
  const council = config.councilName ?? "The council";
  const year = roundYearFrom(params.year, pack, siteToday());
  const report = useAsync(
    () => (year === undefined ? Promise.reject(new Error(`"${params.year ?? ""}" is not a year; use an address like /reviews/register/2026/report.`)) : readRegisterReport(sp, { year, council })),
    [sp, year, council, pack],
  );
  const [busy, setBusy] = useState<"xlsx" | "html">();
  const [problem, setProblem] = useState<string>();
  usePageTitle(report.status === "ready" ? report.data.title : "Register report");

  const download = async (format: "xlsx" | "html") => {
    if (report.status !== "ready" || year === undefined) return;
    setBusy(format);
    setProblem(undefined);
    try {
      saveFile(reportFileName(year, format), mimeTypes[format], await registerReportFile(report.data, format));
    } catch (error) {
      console.error("[tab] the report file could not be made:", error);
      setProblem(describeError(error));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div id="register-report">
      <style>{reportPrintStyles}</style>
      {year !== undefined && (
        <Link to={roundPath(year)} className={`${styles.back} no-print`}>
          Back to the register review
        </Link>
      )}
      {report.status === "loading" && <LoadingRows label="Producing the register report" rows={5} />}
      {report.status === "error" && <ErrorMessage title="The register report could not be produced" message={report.message} onRetry={report.reload} />}
      {report.status === "ready" && (
        <>
          <PageHeading title={report.data.title ?? "Register report"} lead={`${council} · the register as at ${formatLongDate(report.data.asOf)} · ${report.data.rows.length} arrangements`} />
          <div className={`${styles.actions} no-print`} role="group" aria-label="Print or download the report">
            <Button appearance="primary" icon={<Print20Regular />} onClick={() => window.print()}>
              Print
            </Button>
            <Button icon={<ArrowDownload20Regular />} disabled={busy !== undefined} onClick={() => void download("xlsx")}>
              {busy === "xlsx" ? "Preparing…" : "Download XLSX"}
            </Button>
            <Button icon={<ArrowDownload20Regular />} disabled={busy !== undefined} onClick={() => void download("html")}>
              {busy === "html" ? "Preparing…" : "Download web page (.html)"}
            </Button>
          </div>
          {problem && <ErrorMessage title="The file could not be made" message={problem} />}
          <ul className={styles.notes}>
            {report.data.notes.map((n) => (
              <li key={n}>
                <Text>{n}</Text>
              </li>
            ))}
          </ul>
          <ReportTable table={report.data} caption={`${report.data.title ?? "Register report"}, ${council}, as at ${formatLongDate(report.data.asOf)}`} />
        </>
      )}
    </div>
  );
}
