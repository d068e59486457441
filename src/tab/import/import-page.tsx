import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { useRef, useState, type ChangeEvent } from "react";
import { mappingProblems, suggestMapping, type ColumnMapping } from "../../register-files/column-mapping";
import type { SourceTable } from "../../register-files/source-table";
import { describeError } from "../../sharepoint/describe-error";
import { commitImport, dryRunImport, type ImportOutcome } from "../../sharepoint/register-import/commit-import";
import type { ImportPlan } from "../../sharepoint/register-import/plan-import";
import { useSession } from "../lib/session/session-context";
import { PageHeading } from "../ui/page-heading";
import { DryRunReport } from "./dry-run-report";
import { ImportResult } from "./import-result";
import { MappingTable } from "./mapping-table";
import { readChosenFile } from "./read-chosen-file";

const useStyles = makeStyles({
  step: { display: "grid", gap: "12px", padding: "20px", marginBottom: "20px", backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4 },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: "80ch" },
  fileName: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  problems: { margin: 0, paddingLeft: "20px" },
});

const accept = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type Work = { kind: "idle" } | { kind: "busy"; what: string } | { kind: "failed"; message: string };

/** For the Change Manager: bring an existing spreadsheet register in — map, check, then import, all or nothing. */
export default function ImportPage() {
  const styles = useStyles();
  const { sp } = useSession();
  const [file, setFile] = useState<{ name: string; table: SourceTable }>();
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [plan, setPlan] = useState<ImportPlan>();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const [work, setWork] = useState<Work>({ kind: "idle" });
  const input = useRef<HTMLInputElement>(null);
  const problems = file ? mappingProblems(file.table.headers, mapping) : [];

  const run = async (what: string, job: () => Promise<void>) => {
    setWork({ kind: "busy", what });
    try {
      await job();
      setWork({ kind: "idle" });
    } catch (error) {
      console.error(`[tab] ${what} failed:`, error);
      setWork({ kind: "failed", message: describeError(error) });
    }
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    // Cleared so choosing the same (now corrected) file again is noticed.
    event.target.value = "";
    setFile(undefined);
    setPlan(undefined);
    setOutcome(undefined);
    if (!chosen) return;
    void run("Reading the file", async () => {
      const table = await readChosenFile(chosen);
      setFile({ name: chosen.name, table });
      setMapping(suggestMapping(table.headers));
    });
  };

  const remap = (next: ColumnMapping) => {
    setMapping(next);
    setPlan(undefined);
    setOutcome(undefined);
  };

  const check = () =>
    void run("Checking the file", async () => {
      setOutcome(undefined);
      const result = await dryRunImport(sp, file!.table, mapping);
      setPlan(result.plan);
    });

  const commit = () =>
    void run("Importing", async () => {
      const result = await commitImport(sp, file!.table, mapping, { fileName: file!.name });
      setOutcome(result);
      setPlan(result.outcome === "refused" ? result.plan : undefined);
    });

  const busy = work.kind === "busy";
  const canImport = plan !== undefined && plan.problems.length === 0 && plan.toAdd.length > 0 && !busy;
  return (
    <>
      <PageHeading
        title="Import a spreadsheet register"
        lead="Bring an existing register in from a CSV or Excel file. Match its columns, check it, and import only when the check finds no problems: nothing is imported half-way, and rows already on the register are skipped, so importing the same file twice adds nothing."
      />
      <section className={styles.step} aria-labelledby="step-file">
        <h2 id="step-file" className={styles.heading}>1. Choose the file</h2>
        <p id="import-file-hint" className={styles.hint}>
          A CSV file or an Excel workbook (.xlsx) whose first row names the columns. It is read here, in your browser; nothing is written until you import.
        </p>
        <div className={styles.actions}>
          {/* The native input does the choosing; the button is its visible, labelled face. */}
          <input ref={input} type="file" hidden accept={accept} onChange={choose} aria-label="Spreadsheet (CSV or Excel .xlsx)" />
          <Button icon={<DocumentArrowUp20Regular />} aria-describedby="import-file-hint" onClick={() => input.current?.click()} disabled={busy}>
            {file ? "Choose another file" : "Choose a spreadsheet"}
          </Button>
          <span className={styles.fileName}>{file ? file.name : "No file chosen yet"}</span>
        </div>
        {!file && work.kind === "failed" && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{work.message}</MessageBarBody>
          </MessageBar>
        )}
      </section>
      {file && (
        <section className={styles.step} aria-labelledby="step-columns">
          <h2 id="step-columns" className={styles.heading}>2. Match the columns of {file.name}</h2>
          <p>{file.table.rows.length} rows. We have matched the columns we recognised; change any that are wrong.</p>
          <MappingTable table={file.table} mapping={mapping} onChange={remap} />
          {problems.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <ul className={styles.problems}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
      {file && (
        <section className={styles.step} aria-labelledby="step-check">
          <h2 id="step-check" className={styles.heading}>3. Check, then import</h2>
          <div className={styles.actions}>
            <Button appearance={plan || outcome ? "secondary" : "primary"} disabled={busy || problems.length > 0} onClick={check}>Check the file</Button>
            <Button appearance="primary" disabled={!canImport} onClick={commit}>
              {plan && plan.problems.length === 0 && plan.toAdd.length > 0 ? `Import ${plan.toAdd.length} ${plan.toAdd.length === 1 ? "arrangement" : "arrangements"}` : "Import"}
            </Button>
            <span role="status">{busy && `${work.what}…`}</span>
          </div>
          {work.kind === "failed" && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{work.message}</MessageBarBody>
            </MessageBar>
          )}
          {outcome && <ImportResult outcome={outcome} />}
          {plan && <DryRunReport plan={plan} />}
        </section>
      )}
    </>
  );
}
