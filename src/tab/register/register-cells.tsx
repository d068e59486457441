import { makeStyles, tokens } from "@fluentui/react-components";
import { parseIsoDate } from "../../domain/review-calendar/iso-date";
import { monthName } from "../../domain/review-calendar/long-date";
import type { RegisterRow } from "../../sharepoint/register/register-row";
import { Link } from "../lib/router/link";
import { describeReviewState, reviewStateOf } from "./review-state";

export const useCellStyles = makeStyles({
  name: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "none",
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    ":hover": { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: "underline" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  twoLines: { display: "flex", flexDirection: "column", minWidth: 0, lineHeight: tokens.lineHeightBase300 },
  clip: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  minor: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  overdue: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  dueSoon: { color: tokens.colorPaletteMarigoldForeground2, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  // A narrow column wraps "Awaiting statutory opinions" onto two lines rather than cutting it off.
  status: { height: "auto", minHeight: "20px", whiteSpace: "normal", textAlign: "start", paddingTop: "1px", paddingBottom: "1px" },
});

type Styles = ReturnType<typeof useCellStyles>;

export function NameCell({ row, tabIndex, styles }: { row: RegisterRow; tabIndex: number; styles: Styles }) {
  return (
    <Link to={`/partnerships/${row.id}`} className={styles.name} tabIndex={tabIndex} title={row.name}>
      {row.name ?? `Arrangement ${row.id} (no name)`}
    </Link>
  );
}

/** A main line and, when there is one, a smaller second line (a kind's sub-type, a review's urgency). */
export function TwoLines({ main, minor, minorClass, styles }: { main: string; minor?: string; minorClass?: string; styles: Styles }) {
  return (
    <span className={styles.twoLines}>
      <span className={styles.clip} title={main}>
        {main || <span className={styles.muted}>Not set</span>}
      </span>
      {minor && <span className={minorClass ?? styles.minor}>{minor}</span>}
    </span>
  );
}

export function ReviewCell({ row, today, styles }: { row: RegisterRow; today: string; styles: Styles }) {
  if (!row.nextReviewDue) return <span className={styles.muted}>None set</span>;
  const review = reviewStateOf(row, today);
  const minorClass = review.state === "overdue" ? styles.overdue : review.state === "due-soon" ? styles.dueSoon : undefined;
  return <TwoLines main={shortDate(row.nextReviewDue)} minor={describeReviewState(review)} minorClass={minorClass} styles={styles} />;
}

/** "31 Aug 2027": the long month does not fit a register column. */
function shortDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${day} ${monthName(month).slice(0, 3)} ${year}`;
}

const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

export function MoneyCell({ amount, styles }: { amount: number | undefined; styles: Styles }) {
  return amount === undefined ? <span className={styles.muted}>–</span> : <>{pounds.format(amount)}</>;
}
