import { makeStyles, tokens } from "@fluentui/react-components";
import type { Tally } from "./tally";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: "8px" },
  caption: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: "6px" },
  row: { display: "grid", gridTemplateColumns: "minmax(120px, 38%) 1fr minmax(3.5em, max-content)", alignItems: "center", gap: "10px" },
  label: { fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  value: { fontWeight: tokens.fontWeightSemibold, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  svg: { display: "block", width: "100%", height: "16px", overflow: "visible" },
  track: { fill: tokens.colorNeutralBackground3 },
  bar: { fill: tokens.colorBrandBackground, "@media (forced-colors: active)": { fill: "CanvasText" } },
});

/**
 * A horizontal bar chart drawn in SVG, built as a list: each item says its label and value in
 * text (what screen readers read, and what shows in high contrast), and its bar is a decorative
 * SVG scaled to the largest value. The text is the chart's own alternative, visible to everyone.
 */
export function BarChart({ title, data, format = String, note, id }: { title: string; data: readonly Tally[]; format?: (n: number) => string; note?: string; id: string }) {
  const styles = useStyles();
  const max = Math.max(1, ...data.map((d) => d.value));
  return (
    <figure className={styles.figure} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.caption}>
        {title}
      </h3>
      {note && <span className={styles.note}>{note}</span>}
      <ul className={styles.list} aria-label={title}>
        {data.map((d) => (
          <li key={d.key} className={styles.row}>
            <span className={styles.label}>{d.label}</span>
            <svg className={styles.svg} viewBox="0 0 100 16" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect className={styles.track} x="0" y="3" width="100" height="10" rx="2" />
              <rect className={styles.bar} x="0" y="3" width={Math.max(d.value > 0 ? 1 : 0, (d.value / max) * 100)} height="10" rx="2" />
            </svg>
            <span className={styles.value}>{format(d.value)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
