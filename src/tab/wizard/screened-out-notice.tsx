import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { Link } from "../lib/router/link";

const useStyles = makeStyles({
  links: { display: "flex", gap: "16px", marginTop: "12px", flexWrap: "wrap" },
  link: { color: tokens.colorBrandForegroundLink },
});

/** The proposal is on the register as screened out, with the reason; the wizard is over for it. */
export function ScreenedOutNotice({ arrangementId, name, reason }: { arrangementId: number; name: string | undefined; reason: string }) {
  const styles = useStyles();
  return (
    <MessageBar intent="success" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{name ? `“${name}” is recorded as screened out` : "Recorded as screened out"}</MessageBarTitle>
        {reason}
        <div className={styles.links}>
          <Link to={`/partnerships/${arrangementId}`} className={styles.link}>
            Open its record
          </Link>
          <Link to="/new" className={styles.link}>
            Propose another arrangement
          </Link>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
