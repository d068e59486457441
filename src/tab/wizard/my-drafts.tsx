import { makeStyles, tokens } from "@fluentui/react-components";
import { DocumentEdit20Regular } from "@fluentui/react-icons";
import { stepTitles } from "../../domain/evaluation/wizard-steps";
import { formatLondonMoment } from "../../sharepoint/format-london-moment";
import { useAsync } from "../lib/data/use-async";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { listMyDrafts } from "./wizard-api";

const useStyles = makeStyles({
  section: { marginBottom: "24px" },
  h2: { margin: "0 0 8px", fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: "8px" },
  item: {
    display: "grid",
    gridTemplateColumns: "20px 1fr auto",
    gap: "12px",
    alignItems: "center",
    padding: "12px 16px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    "@media (forced-colors: active)": { border: "1px solid CanvasText" },
  },
  icon: { color: tokens.colorBrandForeground1 },
  name: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForegroundLink },
  meta: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  resume: { color: tokens.colorBrandForegroundLink, whiteSpace: "nowrap" },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * "My drafts" on My work: every evaluation the person has started and not submitted, newest
 * first, each resuming at the step they had reached. Nothing is lost by closing the tab.
 */
export function MyDrafts() {
  const styles = useStyles();
  const { sp, user } = useSession();
  const drafts = useAsync(() => listMyDrafts(sp, { id: user.id, title: user.title, email: user.email }), [sp, user.id]);
  return (
    <section className={styles.section} aria-labelledby="my-drafts-heading">
      <h2 id="my-drafts-heading" className={styles.h2}>
        My drafts
      </h2>
      {drafts.status === "loading" && <LoadingRows label="Loading your draft evaluations" rows={2} />}
      {drafts.status === "error" && <ErrorMessage title="Your draft evaluations could not be loaded" message={drafts.message} onRetry={drafts.reload} />}
      {drafts.status === "ready" &&
        (drafts.data.length === 0 ? (
          <p className={styles.empty}>No evaluations in progress. A proposal you start is saved here as a draft until you submit it.</p>
        ) : (
          <ul className={styles.list} aria-label="Draft evaluations">
            {drafts.data.map((d) => {
              const to = `/partnerships/${d.arrangementId}/evaluation${d.stepReached ? `?step=${d.stepReached}` : ""}`;
              return (
                <li key={d.evaluationId} className={styles.item}>
                  <DocumentEdit20Regular className={styles.icon} aria-hidden="true" />
                  <span>
                    <Link to={to} className={styles.name}>
                      {d.name}
                    </Link>
                    <span className={styles.meta}>
                      {d.stepReached ? `Got as far as: ${stepTitles[d.stepReached]}` : "Just started"}
                      {d.modified ? ` · last saved ${formatLondonMoment(d.modified)}` : ""}
                    </span>
                  </span>
                  <span className={styles.resume} aria-hidden="true">
                    Resume →
                  </span>
                </li>
              );
            })}
          </ul>
        ))}
    </section>
  );
}
