import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Risk } from "../../../domain/records/risk";
import { bandLabels, heatMapRows, heatMapSummary, type RiskBand } from "../view/heat-map";

const useStyles = makeStyles({
  table: { borderCollapse: "separate", borderSpacing: "4px", marginTop: "4px" },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: "4px" },
  axis: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, padding: "4px 8px", textAlign: "center" },
  rowAxis: { textAlign: "end", whiteSpace: "nowrap" },
  cell: {
    width: "84px",
    height: "56px",
    textAlign: "center",
    verticalAlign: "middle",
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  count: { display: "block", fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightBold, lineHeight: tokens.lineHeightBase500 },
  empty: { display: "block", fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  band: { display: "block", fontSize: tokens.fontSizeBase100 },
  occupied: { outline: `2px solid ${tokens.colorNeutralForeground1}`, outlineOffset: "-3px" },
  low: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  medium: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  high: { backgroundColor: tokens.colorPaletteDarkOrangeBackground2 },
  "very-high": { backgroundColor: tokens.colorPaletteRedBackground2 },
  summary: { margin: "8px 0 0", color: tokens.colorNeutralForeground2 },
});

const impactWords = ["", "1 (lowest)", "2", "3", "4", "5 (highest)"];

/**
 * The 5×5 likelihood × impact matrix as a real table: each cell says how many open risks fall in
 * it and its rating band in words, so the map never relies on colour alone; the sentence below
 * says the same for anyone who cannot see the grid.
 */
export function RiskHeatMap({ risks }: { risks: readonly Partial<Risk>[] }) {
  const styles = useStyles();
  const rows = heatMapRows(risks);
  return (
    <div>
      <table className={styles.table}>
        <caption className={styles.caption}>Open risks by likelihood (across) and impact (down)</caption>
        <thead>
          <tr>
            <td />
            {[1, 2, 3, 4, 5].map((l) => (
              <th key={l} scope="col" className={styles.axis}>
                Likelihood {l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0]!.impact}>
              <th scope="row" className={mergeClasses(styles.axis, styles.rowAxis)}>
                Impact {impactWords[row[0]!.impact]}
              </th>
              {row.map((cell) => (
                <td key={cell.likelihood} className={mergeClasses(styles.cell, styles[cell.band as RiskBand], cell.risks.length > 0 && styles.occupied)}>
                  <span className={cell.risks.length ? styles.count : styles.empty}>{cell.risks.length || "–"}</span>
                  <span className="visually-hidden">{cell.risks.length === 1 ? " risk" : " risks"}{cell.risks.length ? `: ${cell.risks.join("; ")}.` : "."} Rating </span>
                  <span className={styles.band}>{bandLabels[cell.band]}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.summary}>{heatMapSummary(risks)}</p>
    </div>
  );
}
