import { makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft16Regular } from "@fluentui/react-icons";
import type { PageProps } from "../app/routes";
import { useAsync } from "../lib/data/use-async";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";
import { FactList } from "../ui/fact-list";
import { wordsForId } from "../ui/format-id";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { usePageTitle } from "../ui/page-title";
import { StatusBadge } from "../ui/status-badge";
import { readArrangement } from "./read-arrangement";

const useStyles = makeStyles({
  back: { display: "inline-flex", alignItems: "center", gap: "4px", marginBottom: "12px", color: tokens.colorBrandForegroundLink },
  problems: { color: tokens.colorStatusWarningForeground3 },
});

const ukDate = (iso: string | undefined) =>
  iso ? new Date(`${iso}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }) : "Not set";

/** One arrangement, reached from the register or straight from a Teams deep link. */
export default function RecordPage({ params }: PageProps) {
  const styles = useStyles();
  const { sp } = useSession();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const arrangement = useAsync(
    () => (valid ? readArrangement(sp, id) : Promise.reject(new Error(`"${params.id ?? ""}" is not an arrangement number`))),
    [sp, id],
  );
  const record = arrangement.status === "ready" ? arrangement.data.record : undefined;
  usePageTitle(record?.name);
  return (
    <>
      <Link to="/" className={styles.back}>
        <ArrowLeft16Regular aria-hidden="true" />
        Back to the register
      </Link>
      {arrangement.status === "loading" && <LoadingRows label="Loading the arrangement" rows={3} />}
      {arrangement.status === "error" && <ErrorMessage title="This arrangement could not be loaded" message={arrangement.message} onRetry={arrangement.reload} />}
      {arrangement.status === "ready" && record && (
        <>
          <PageHeading title={record.name ?? `Arrangement ${id}`} after={<StatusBadge status={record.status} />} lead={record.purpose} />
          <FactList
            facts={[
              { label: "Kind", value: [wordsForId(record.kind), wordsForId(record.subtype)].filter(Boolean).join(" – ") || "Not set" },
              { label: "Category", value: record.category ? wordsForId(record.category) : "Not yet categorised" },
              ...(record.statusReason ? [{ label: "Reason for status", value: record.statusReason }] : []),
              { label: "Lead officer", value: record.leadOfficer?.title ?? "Not assigned" },
              { label: "Next review due", value: ukDate(record.nextReviewDue) },
              ...(arrangement.data.problems.length ? [{ label: "Needs checking", value: <span className={styles.problems}>{arrangement.data.problems.join("; ")}</span> }] : []),
            ]}
          />
        </>
      )}
    </>
  );
}
