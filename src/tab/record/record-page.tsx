import { makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft16Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { readArrangementRecord, type ArrangementRecord } from "../../sharepoint/record/read-record";
import type { PageProps } from "../app/routes";
import { useAsync } from "../lib/data/use-async";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { usePageTitle } from "../ui/page-title";
import { RecordView } from "./record-view";

const useStyles = makeStyles({
  back: { display: "inline-flex", alignItems: "center", gap: "4px", marginBottom: "12px", color: tokens.colorBrandForegroundLink },
});

/** One arrangement's full record, reached from the register or straight from a Teams deep link. */
export default function RecordPage({ params }: PageProps) {
  const styles = useStyles();
  const { sp } = useSession();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const read = useAsync(
    () => (valid ? readArrangementRecord(sp, id) : Promise.reject(new Error(`"${params.id ?? ""}" is not an arrangement number`))),
    [sp, id],
  );
  // While a reload runs the last copy stays on screen, so an open conflict or kept text is not lost.
  const [last, setLast] = useState<{ id: number; data: ArrangementRecord }>();
  const ready = read.status === "ready" ? read.data : undefined;
  useEffect(() => {
    if (ready) setLast({ id, data: ready });
  }, [ready, id]);
  const data = read.status === "ready" ? read.data : last?.id === id ? last.data : undefined;
  usePageTitle(data?.arrangement.record.name);
  return (
    <>
      <Link to="/" className={styles.back}>
        <ArrowLeft16Regular aria-hidden="true" />
        Back to the register
      </Link>
      {read.status === "error" && <ErrorMessage title="This arrangement could not be loaded" message={read.message} onRetry={read.reload} />}
      {read.status === "loading" && !data && <LoadingRows label="Loading the arrangement" rows={4} />}
      {data && read.status !== "error" && <RecordView key={id} data={data} reload={read.reload} refreshing={read.status === "loading"} />}
    </>
  );
}
