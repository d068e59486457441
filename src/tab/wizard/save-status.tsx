import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Regular, CloudOff16Regular, ErrorCircle16Regular } from "@fluentui/react-icons";
import type { SaveStatus } from "./autosaver";
import { describeSaveStatus } from "./describe-save-status";

const useStyles = makeStyles({
  line: { display: "flex", alignItems: "center", gap: "8px", minHeight: "32px", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  offline: { color: tokens.colorPaletteMarigoldForeground2 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  icon: { flexShrink: 0 },
});

/**
 * Where the draft stands, said politely (it changes as the officer types, so it must never
 * interrupt them). Offline and failed saves offer Retry; the changes are safe on the device anyway.
 */
export function SaveStatusLine({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const styles = useStyles();
  const text = describeSaveStatus(status);
  const tone = status.kind === "offline" ? styles.offline : status.kind === "failed" || status.kind === "conflict" ? styles.failed : undefined;
  return (
    <div className={`${styles.line} ${tone ?? ""}`}>
      {status.kind === "saving" ? (
        <Spinner size="extra-tiny" aria-hidden="true" />
      ) : status.kind === "offline" ? (
        <CloudOff16Regular className={styles.icon} aria-hidden="true" />
      ) : status.kind === "failed" || status.kind === "conflict" ? (
        <ErrorCircle16Regular className={styles.icon} aria-hidden="true" />
      ) : (
        <CheckmarkCircle16Regular className={styles.icon} aria-hidden="true" />
      )}
      <span role="status" aria-live="polite" data-testid="save-status">
        {text}
      </span>
      {(status.kind === "offline" || status.kind === "failed") && (
        <Button size="small" appearance="subtle" onClick={onRetry}>
          Retry now
        </Button>
      )}
    </div>
  );
}
