import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { Print20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { governanceLevelWords } from "../../domain/governance-rating/rate-governance";
import type { AssuranceSummaryRow } from "../../domain/governance-rating/assurance-summary";
import { readAssuranceSummary } from "../../sharepoint/reviews/read-assurance-summary";
import type { PageProps } from "../app/routes";
import { useAsync } from "../lib/data/use-async";
import { Link } from "../lib/router/link";
import { navigate } from "../lib/router/history-location";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { usePageTitle } from "../ui/page-title";
import { SectionCard } from "../record/parts/section-card";
import { SimpleTable } from "../record/parts/simple-table";
import { personName, ukDate } from "../record/view/format";
import { GovernanceLevelBadge } from "./governance-level-badge";

const useStyles = makeStyles({
  tools: { display: "flex", gap: "12px", alignItems: "flex-end", flexWrap: "wrap", marginBottom: "16px", "@media print": { display: "none" } },
  counts: { display: "flex", gap: "16px", flexWrap: "wrap", margin: 0, padding: 0, listStyleType: "none" },
  none: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  gaps: { margin: 0, paddingLeft: "18px" },
});

/** The year asked for in the address (`?year=2026`), else the year whose assurance feeds this spring's AGS. */
function yearFromAddress(): number {
  const asked = Number(new URLSearchParams(window.location.search).get("year"));
  return Number.isInteger(asked) && asked > 2000 && asked < 2200 ? asked : new Date().getFullYear();
}

const levelCell = (row: AssuranceSummaryRow) => (row.level ? <GovernanceLevelBadge level={row.level} /> : "No assurance given");

/**
 * The governance-assurance summary for the Annual Governance Statement (default framework 6.11): every
 * arrangement's assurance for the year, weak or no assurance at the top, then limited, reasonable
 * and substantial, with where each fell short. Printable as it stands (the browser's Print).
 */
export default function AssuranceSummaryPage(_props: PageProps) {
  const styles = useStyles();
  const { sp } = useSession();
  const [year, setYear] = useState(yearFromAddress);
  const read = useAsync(() => readAssuranceSummary(sp, year), [sp, year]);
  usePageTitle(`Governance assurance ${year}`);
  const years = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() + 1 - i);
  return (
    <>
      <PageHeading
        title={`Governance assurance for the Annual Governance Statement, ${year}`}
        lead="Each arrangement's assurance that its governance is in place and it still meets its objectives. Arrangements that gave weak or no assurance come first."
      />
      <div className={styles.tools}>
        <Field label="Year">
          <Select
            value={String(year)}
            onChange={(_, d) => {
              // The address keeps the year, so a printed or shared link reproduces the same summary.
              navigate(`/reports/assurance?year=${d.value}`, { replace: true });
              setYear(Number(d.value));
            }}
          >
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </Select>
        </Field>
        <Button icon={<Print20Regular />} onClick={() => window.print()}>Print</Button>
      </div>
      {read.status === "error" && <ErrorMessage title="The summary could not be produced" message={read.message} onRetry={read.reload} />}
      {read.status === "loading" && <LoadingRows label="Gathering the assurance" rows={5} />}
      {read.status === "ready" && (
        <>
          <SectionCard
            title="At a glance"
            lead={`${read.data.reviewName}${read.data.window ? `, sought ${ukDate(read.data.window.start)} to ${ukDate(read.data.window.end)}` : ""} (${read.data.cite}).`}
          >
            <ul className={styles.counts} aria-label="Arrangements by assurance level">
              <li>No assurance given: {read.data.counts.none}</li>
              {(["weak", "limited", "reasonable", "substantial"] as const).map((l) => (
                <li key={l}>{governanceLevelWords[l]}: {read.data.counts[l]}</li>
              ))}
            </ul>
          </SectionCard>
          <SectionCard title="Arrangements" lead={`${read.data.rows.length} arrangement${read.data.rows.length === 1 ? "" : "s"} owed assurance for ${year}.`}>
            <SimpleTable
              label={`Governance assurance ${year}`}
              rowKey={(r) => r.arrangement.id}
              rows={read.data.rows}
              columns={[
                { header: "Arrangement", rowHeader: true, cell: (r) => <Link to={`/partnerships/${r.arrangement.id}`}>{r.arrangement.name}</Link> },
                { header: "Assurance", cell: (r) => (r.level ? levelCell(r) : <span className={styles.none}>No assurance given</span>) },
                { header: "Directorate", cell: (r) => r.arrangement.directorate ?? "" },
                { header: "Given by", cell: (r) => (r.completedAt ? `${personName(r.completedBy)}, ${ukDate(r.completedAt, "short")}` : `Owed by ${personName(r.arrangement.leadOfficer)}`) },
                {
                  header: "Where assurance fell short",
                  cell: (r) =>
                    r.gaps.length === 0 ? (r.level ? "Nothing" : "") : (
                      <ul className={styles.gaps}>
                        {r.gaps.map((g) => (
                          <li key={g.question}>{`${g.question} ${g.answer}${g.comment ? `: ${g.comment}` : ""}`}</li>
                        ))}
                      </ul>
                    ),
                },
              ]}
            />
          </SectionCard>
        </>
      )}
    </>
  );
}
