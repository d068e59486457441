import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { describeError } from "../../sharepoint/describe-error";
import type { ExportFormat } from "../../sharepoint/published-register/register-export";
import { readRegisterTable } from "../../sharepoint/published-register/register-export";
import { useAsync } from "../lib/data/use-async";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { DownloadButtons } from "./download-buttons";
import { RegisterChoice } from "./register-choice";
import { RegisterPreview } from "./register-preview";
import { RegisterSummary } from "./register-summary";

const useStyles = makeStyles({
  panel: { display: "grid", gap: "16px", padding: "20px", marginBottom: "20px", backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4 },
  aside: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "grid", gap: "12px" },
  subheading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: "0 0 8px" },
  link: { color: tokens.colorBrandForegroundLink },
});

const today = (): string => new Date().toLocaleDateString("en-CA", { timeZone: "Europe/London" });

/** The published register: what the council's website shows, and the files to put there. */
export default function PublishedPage() {
  const styles = useStyles();
  const { sp, config } = useSession();
  const council = config.councilName ?? "The council";
  const [published, setPublished] = useState(true);
  const [busy, setBusy] = useState<ExportFormat>();
  const [said, setSaid] = useState<{ ok: boolean; text: string }>();
  const register = useAsync(() => readRegisterTable(sp, { published, council, asOf: today() }), [sp, published, council]);

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setSaid(undefined);
    try {
      // The file builders load only now, so the register's first load stays small.
      const { downloadRegister } = await import("./download-register");
      const file = await downloadRegister(sp, { format, published, council, asOf: today() });
      setSaid({ ok: true, text: `Downloaded ${file.fileName}: ${file.rows} ${file.rows === 1 ? "arrangement" : "arrangements"}.` });
    } catch (error) {
      console.error("[tab] the register download failed:", error);
      setSaid({ ok: false, text: `The file could not be made. ${describeError(error)}` });
    } finally {
      setBusy(undefined);
    }
  };

  const label = published ? "Published register" : "Internal register";
  return (
    <>
      <PageHeading
        title="Published register"
        lead="What the council's website shows: the partnerships, shared services and working groups the council takes part in, under its policy's publication rules. Download it to publish, or see the internal register officers work from."
      />
      <section className={styles.panel} aria-labelledby="download-heading">
        <h2 id="download-heading" className={styles.subheading}>Download</h2>
        <RegisterChoice
          published={published}
          onChange={(next) => {
            setPublished(next);
            setSaid(undefined);
          }}
        />
        {!published && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Officers only</MessageBarTitle>
              The internal register includes confidential arrangements and confidential notes. Do not publish it or send it outside the council.
            </MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.actions}>
          <DownloadButtons busy={busy} onDownload={(format) => void download(format)} />
          <div role="status">
            {said && <MessageBar intent={said.ok ? "success" : "error"}><MessageBarBody>{said.text}</MessageBarBody></MessageBar>}
          </div>
        </div>
        <p className={styles.aside}>
          Bringing in an existing spreadsheet register? <Link to="/admin/import" className={styles.link}>Import a spreadsheet register</Link>
        </p>
      </section>
      {register.status === "loading" && <LoadingRows label={`Loading the ${label.toLowerCase()}`} />}
      {register.status === "error" && <ErrorMessage title="The register could not be loaded" message={register.message} onRetry={register.reload} />}
      {register.status === "ready" && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading" className={styles.subheading}>
            {label}: {register.data.table.rows.length} arrangements
          </h2>
          <RegisterSummary table={register.data.table} policyProblems={register.data.policy.problems} />
          <RegisterPreview table={register.data.table} label={label} />
        </section>
      )}
    </>
  );
}
