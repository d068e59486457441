import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { SimilarMatch } from "../../domain/similarity/find-similar";
import { usePackLabels } from "../lib/policy/policy-context";
import { Link } from "../lib/router/link";
import { StatusBadge } from "../ui/status-badge";
import type { MatchCandidate } from "./read-match-candidates";

const useStyles = makeStyles({
  box: { padding: "16px 20px", backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4 },
  h2: { margin: "0 0 4px", fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  status: { margin: "0 0 12px", color: tokens.colorNeutralForeground2 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: "12px" },
  item: { paddingTop: "12px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, display: "grid", gap: "4px" },
  top: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
  link: { color: tokens.colorBrandForegroundLink, fontWeight: tokens.fontWeightSemibold },
  kind: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  reasons: { margin: 0, paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
});

const strength = (score: number) => (score >= 0.6 ? { text: "Strong match", color: "danger" as const } : score >= 0.45 ? { text: "Likely match", color: "warning" as const } : { text: "Possible match", color: "informative" as const });

/**
 * The register's arrangements like the one being typed (joint-working code 4(ii): the register is the
 * reference point that avoids duplicates), each linked to its record with why it matches. The
 * count is announced politely as it changes; the list itself is not, so typing is not drowned out.
 */
export function SimilarArrangements({ matches, typed, state }: { matches: readonly SimilarMatch<MatchCandidate>[]; typed: boolean; state: "loading" | "error" | "ready" }) {
  const styles = useStyles();
  const labels = usePackLabels();
  const summary =
    state === "loading"
      ? "Reading the register…"
      : state === "error"
        ? "The register could not be read, so similar arrangements cannot be shown. You can still make the proposal."
        : !typed
          ? "Start typing a name, partners or purpose to see arrangements already on the register that look alike."
          : matches.length === 0
            ? "Nothing on the register looks like this proposal."
            : `${matches.length} similar ${matches.length === 1 ? "arrangement is" : "arrangements are"} already on the register. Check ${matches.length === 1 ? "it" : "them"} before proposing a new one.`;
  return (
    <section className={styles.box} aria-labelledby="similar-heading">
      <h2 id="similar-heading" className={styles.h2}>Similar arrangements</h2>
      <p className={styles.status} role="status" aria-live="polite">
        {summary}
      </p>
      {matches.length > 0 && (
        <ul className={styles.list} aria-label="Similar arrangements on the register">
          {matches.map(({ candidate, score, reasons }) => {
            const s = strength(score);
            return (
              <li key={candidate.id} className={styles.item}>
                <div className={styles.top}>
                  <Link to={`/partnerships/${candidate.id}`} className={styles.link}>
                    {candidate.name}
                  </Link>
                  <StatusBadge status={candidate.status} />
                  <Badge appearance="outline" color={s.color} shape="rounded">
                    {s.text}
                  </Badge>
                </div>
                {candidate.kind && <span className={styles.kind}>{labels.kind(candidate.kind)}</span>}
                <ul className={styles.reasons} aria-label={`Why ${candidate.name} matches`}>
                  {reasons.map((r, i) => (
                    <li key={i}>
                      {r.text}
                      {r.kind !== "partner" && r.words.length > 0 && `: both mention ${r.words.map((w) => `“${w}”`).join(", ")}`}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
