import { makeStyles, tokens } from "@fluentui/react-components";
import type { MeasureActual } from "../../../domain/records/performance-measure";
import { withUnit } from "../view/measure-view";

const useStyles = makeStyles({
  figure: { margin: "4px 0 0", maxWidth: "260px" },
  svg: { display: "block", width: "100%", height: "56px", overflow: "visible" },
  bar: { fill: tokens.colorBrandBackground, "@media (forced-colors: active)": { fill: "CanvasText" } },
  latest: { fill: tokens.colorBrandBackgroundPressed, "@media (forced-colors: active)": { fill: "Highlight" } },
  target: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5, strokeDasharray: "4 3", "@media (forced-colors: active)": { stroke: "CanvasText" } },
  axis: { stroke: tokens.colorNeutralStroke1 },
  caption: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
});

/**
 * A measure's reported values as small bars with its target as a dashed line, drawn in SVG with
 * the same tokens as the dashboard's charts. The picture is an image whose name says every
 * value and the target in words, and the visible caption says how to read it.
 */
export default function MeasureChart({ name, actuals, target, unit }: { name: string; actuals: readonly MeasureActual[]; target?: number; unit?: string }) {
  const styles = useStyles();
  const shown = actuals.slice(-8);
  if (shown.length === 0) return null;
  const max = Math.max(1, target ?? 0, ...shown.map((a) => a.value)) * 1.1;
  const width = 100;
  const slot = width / shown.length;
  const y = (value: number) => 50 - (Math.max(0, value) / max) * 50;
  const said = `${name}: ${shown.map((a) => `${a.period} ${withUnit(a.value, unit)}`).join(", ")}${target !== undefined ? `; target ${withUnit(target, unit)}` : ""}.`;
  return (
    <figure className={styles.figure}>
      <svg className={styles.svg} viewBox="0 0 100 52" preserveAspectRatio="none" role="img" aria-label={said} focusable="false">
        <line className={styles.axis} x1="0" x2="100" y1="50.5" y2="50.5" />
        {shown.map((a, i) => (
          <rect key={`${a.period}-${i}`} className={i === shown.length - 1 ? styles.latest : styles.bar} x={i * slot + slot * 0.15} width={slot * 0.7} y={y(a.value)} height={50 - y(a.value)} rx="1" />
        ))}
        {target !== undefined && <line className={styles.target} x1="0" x2="100" y1={y(target)} y2={y(target)} vectorEffect="non-scaling-stroke" />}
      </svg>
      <figcaption className={styles.caption}>
        {shown.length} latest {shown.length === 1 ? "value" : "values"}, oldest first{target !== undefined ? "; dashed line: target" : ""}
      </figcaption>
    </figure>
  );
}
