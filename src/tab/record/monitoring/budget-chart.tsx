import { makeStyles, tokens } from "@fluentui/react-components";
import type { QuarterLine } from "../../../domain/performance/budget-monitoring";
import { pounds } from "../view/format";

const useStyles = makeStyles({
  figure: { margin: "0 0 12px", maxWidth: "420px" },
  svg: { display: "block", width: "100%", height: "120px", overflow: "visible" },
  budget: { fill: tokens.colorNeutralBackground5, stroke: tokens.colorNeutralStroke1, "@media (forced-colors: active)": { fill: "Canvas", stroke: "CanvasText" } },
  actual: { fill: tokens.colorBrandBackground, "@media (forced-colors: active)": { fill: "CanvasText" } },
  over: { fill: tokens.colorPaletteRedBackground3, "@media (forced-colors: active)": { fill: "Highlight" } },
  label: { fontSize: "7px", fill: tokens.colorNeutralForeground2 },
  axis: { stroke: tokens.colorNeutralStroke1 },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  key: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px", verticalAlign: "middle", borderRadius: "2px" },
  keyBudget: { backgroundColor: tokens.colorNeutralBackground5, border: `1px solid ${tokens.colorNeutralStroke1}` },
  keyActual: { backgroundColor: tokens.colorBrandBackground },
  keyOver: { backgroundColor: tokens.colorPaletteRedBackground3 },
});

/**
 * Budget against actual, quarter by quarter, as paired bars (an overspend in red as well as
 * taller). The image's name says each quarter's figures in words; the table under it has them too.
 */
export default function BudgetChart({ financialYear, quarters }: { financialYear: string; quarters: readonly QuarterLine[] }) {
  const styles = useStyles();
  const max = Math.max(1, ...quarters.flatMap((q) => [q.budget ?? 0, q.actual ?? 0])) * 1.1;
  const h = (value: number) => (value / max) * 90;
  const said = `Budget against actual, ${financialYear}: ${quarters
    .map((q) => `${q.quarter} budget ${pounds(q.budget)}, actual ${q.actual === undefined ? "not yet reported" : pounds(q.actual)}`)
    .join("; ")}.`;
  return (
    <figure className={styles.figure}>
      <svg className={styles.svg} viewBox="0 0 200 104" role="img" aria-label={said} focusable="false">
        <line className={styles.axis} x1="0" x2="200" y1="92.5" y2="92.5" />
        {quarters.map((q, i) => {
          const x = i * 50 + 8;
          return (
            <g key={q.quarter}>
              {q.budget !== undefined && <rect className={styles.budget} x={x} width="16" y={92 - h(q.budget)} height={h(q.budget)} rx="1" />}
              {q.actual !== undefined && <rect className={q.variance?.flag === "overspend" ? styles.over : styles.actual} x={x + 18} width="16" y={92 - h(q.actual)} height={h(q.actual)} rx="1" />}
              <text className={styles.label} x={x + 17} y="102" textAnchor="middle" aria-hidden="true">{q.quarter}</text>
            </g>
          );
        })}
      </svg>
      <figcaption className={styles.caption}>
        <span className={`${styles.key} ${styles.keyBudget}`} aria-hidden="true" />Budget{"  "}
        <span className={`${styles.key} ${styles.keyActual}`} aria-hidden="true" />Actual{"  "}
        <span className={`${styles.key} ${styles.keyOver}`} aria-hidden="true" />Actual over budget
      </figcaption>
    </figure>
  );
}
