import { Button, makeStyles } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import type { ExportFormat } from "../../sharepoint/published-register/register-export";

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", gap: "8px" } });

const formats: { format: ExportFormat; label: string }[] = [
  { format: "csv", label: "Download CSV" },
  { format: "xlsx", label: "Download Excel (.xlsx)" },
  { format: "html", label: "Download web page (.html)" },
];

/** One button per format; the one working says so, and all wait while a file is being made. */
export function DownloadButtons({ busy, onDownload }: { busy: ExportFormat | undefined; onDownload: (format: ExportFormat) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.row} role="group" aria-label="Download the register">
      {formats.map(({ format, label }) => (
        <Button key={format} icon={<ArrowDownload20Regular />} appearance={format === "html" ? "primary" : "secondary"} disabled={busy !== undefined} onClick={() => onDownload(format)}>
          {busy === format ? "Preparing…" : label}
        </Button>
      ))}
    </div>
  );
}
