import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatLongDate } from "../../domain/review-calendar/long-date";
import { registerReviewRound, roundPeriodLabel } from "../../domain/register-review/round-period";
import { mayOpenRound } from "../../sharepoint/register-review/may-open-round";
import { readRoundProgress } from "../../sharepoint/register-review/read-round-progress";
import { siteToday } from "../../sharepoint/roles/site-today";
import type { PageProps } from "../app/routes";
import { BotWarning } from "../lib/bot/bot-warning";
import { notifyBot } from "../lib/bot/notify-bot";
import { useAsync } from "../lib/data/use-async";
import { usePolicy } from "../lib/policy/policy-context";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { EmptyState } from "../ui/empty-state";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { usePageTitle } from "../ui/page-title";
import { OpenRoundButton } from "./open-round-button";
import { RoundProgressTable } from "./round-progress-table";
import { reportPath, roundPath, roundYearFrom } from "./round-year";

const useStyles = makeStyles({
  years: { display: "flex", gap: "16px", flexWrap: "wrap", marginBottom: "16px" },
  summary: { display: "flex", gap: "24px", flexWrap: "wrap", marginBottom: "16px" },
  figure: { display: "flex", flexDirection: "column-reverse", margin: 0, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, padding: "12px 16px", minWidth: "140px" },
  number: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The annual register review (default framework 6.6): the Change Manager opens a year's round, and sees
 * who has and has not confirmed their records; the report for the Leader and Cabinet Committees
 * is one link away.
 */
export default function RegisterReviewPage({ params }: PageProps) {
  const styles = useStyles();
  const { sp } = useSession();
  const { pack } = usePolicy();
  const year = roundYearFrom(params.year, pack, siteToday());
  const review = pack.reviews.registerReview;
  const data = useAsync(() => (year === undefined ? Promise.reject(new Error("no year")) : readRoundProgress(sp, year)), [sp, year, pack]);
  // Read apart from the progress, so reloading the progress after opening keeps the button's answer on screen.
  const mayOpen = useAsync(() => mayOpenRound(sp), [sp]);
  usePageTitle(year === undefined ? "Register review" : `Register review ${roundPeriodLabel(year)}`);

  if (!review) {
    return (
      <>
        <PageHeading title="Annual register review" />
        <EmptyState title="The council's policy sets no annual register review">{pack.name} has no "reviews.registerReview"; add one to the policy pack to hold a yearly review of the register.</EmptyState>
      </>
    );
  }
  if (year === undefined) {
    return (
      <>
        <PageHeading title="Annual register review" />
        <ErrorMessage title="There is no such review year" message={`"${params.year ?? ""}" is not a year; use an address like /reviews/register/2026.`} />
      </>
    );
  }
  const round = registerReviewRound(pack, year);
  return (
    <>
      <PageHeading
        title={`Annual register review ${round.period}`}
        lead={`${review.name}: each lead officer confirms or corrects their entries between ${formatLongDate(round.window.start)} and ${formatLongDate(round.window.end)}${review.reportTo ? `; the result is reported to ${review.reportTo}` : ""} (${review.cite}).`}
      />
      <nav aria-label="Review years" className={styles.years}>
        <Link to={roundPath(year - 1)}>Previous year ({roundPeriodLabel(year - 1)})</Link>
        <Link to={roundPath(year + 1)}>Next year ({roundPeriodLabel(year + 1)})</Link>
        <Link to={reportPath(year)}>Register report {round.period}</Link>
      </nav>
      {mayOpen.status === "ready" &&
        (mayOpen.data ? (
          <OpenRoundButton
            year={year}
            period={round.period}
            onOpened={() => {
              data.reload();
              // The cards go out at once; if the bot cannot be told, BotWarning says so and `remind` sends them later.
              void notifyBot("reviews");
            }}
          />
        ) : (
          <Text as="p">Only the Change Manager can open this review; here you can follow its progress.</Text>
        ))}
      <BotWarning />
      <h2>Progress</h2>
      {data.status === "loading" && <LoadingRows label="Loading the review's progress" rows={4} />}
      {data.status === "error" && <ErrorMessage title="The review's progress could not be loaded" message={data.message} onRetry={data.reload} />}
      {data.status === "ready" &&
        (data.data.progress.total === 0 ? (
          <EmptyState title={`The ${round.period} review has not been opened`}>Once the Change Manager opens it, each lead officer's records appear here.</EmptyState>
        ) : (
          <>
            <dl className={styles.summary} aria-label="The review in figures">
              {(
                [
                  ["Records confirmed", data.data.progress.confirmed],
                  ["Records outstanding", data.data.progress.outstanding],
                  ["Lead officers", data.data.progress.officers.length],
                  ["Not answered at all", data.data.progress.notAnswered],
                ] as const
              ).map(([label, value]) => (
                <div key={label} className={styles.figure}>
                  <dt>{label}</dt>
                  <dd className={styles.number}>{value}</dd>
                </div>
              ))}
            </dl>
            <RoundProgressTable progress={data.data.progress} />
          </>
        ))}
    </>
  );
}
