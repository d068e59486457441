import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Explanation } from "../../../domain/engine/explanation";

const useStyles = makeStyles({
  box: {
    display: "grid",
    gap: "8px",
    padding: "16px 18px",
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground2,
    border: `1px solid ${tokens.colorBrandStroke2}`,
  },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap" },
  reason: { margin: 0 },
  cite: { color: tokens.colorNeutralForeground2 },
  route: { margin: 0, paddingLeft: "20px", display: "grid", gap: "2px" },
  small: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const pct = (p: number) => `${p.toFixed(1).replace(/\.0$/, "")}%`;

/**
 * The category as the policy reaches it, updating as the officer answers, with the rule behind it
 * in plain words, the scorecard's working when there is one, and the route it leads to. Announced
 * politely, so a screen reader hears the new category without losing its place.
 */
export function CategoryPanel({ explanation, problem }: { explanation: Explanation | null; problem?: string | undefined }) {
  const styles = useStyles();
  const reason = explanation?.reasons.find((r) => r.topic === "category");
  const score = explanation?.score;
  return (
    <section className={styles.box} aria-labelledby="category-heading">
      <div role="status" aria-live="polite" aria-atomic="true">
        <h3 id="category-heading" className={styles.h3}>
          {explanation?.category ? (
            <>
              Category: <Badge appearance="filled" color="brand" shape="rounded" size="large">{explanation.category.name}</Badge>
            </>
          ) : explanation ? (
            "Not categorised"
          ) : (
            "Category not known yet"
          )}
        </h3>
        <p className={styles.reason}>
          {problem ??
            (reason ? (
              <>
                {reason.text}. <span className={styles.cite}>({reason.cite})</span>
              </>
            ) : (
              "Choose the kind of arrangement and answer the questions; the category follows from the council's policy."
            ))}
        </p>
        {score && (
          <p className={styles.small}>
            Score {pct(score.percent)}: {score.metWeight} of {score.totalWeight} points met; {pct(score.threshold.minPercent)} or more is{" "}
            {explanation?.category?.name.toLowerCase() ?? score.threshold.category} ({score.threshold.cite}).
          </p>
        )}
      </div>
      {explanation && explanation.route.length > 0 && (
        <>
          <p className={styles.small}>On submit, it goes to:</p>
          <ol className={styles.route} aria-label="Approval route on submit">
            {explanation.route.map((s, i) => (
              <li key={i}>
                {s.label} <span className={styles.cite}>({s.cite})</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {explanation && explanation.route.length === 0 && explanation.routeInfo && <p className={styles.small}>No approval is needed: it goes on the register when submitted ({explanation.routeInfo.cite}).</p>}
    </section>
  );
}
