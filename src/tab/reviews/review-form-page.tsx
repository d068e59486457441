import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Field, tokens } from "@fluentui/react-components";
import { ArrowLeft16Regular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import { governanceLevelWords } from "../../domain/governance-rating/rate-governance";
import { readReviewForm, type ReviewFormData } from "../../sharepoint/reviews/read-review-form";
import type { PageProps } from "../app/routes";
import { useAsync } from "../lib/data/use-async";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";
import { FactList } from "../ui/fact-list";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { usePageTitle } from "../ui/page-title";
import { SectionCard } from "../record/parts/section-card";
import { personName, ukDate, ukMoment } from "../record/view/format";
import { GovernanceLevelBadge } from "./governance-level-badge";
import { ReviewProblems } from "./review-problems";
import { questionFieldId, ReviewQuestionField } from "./review-question-field";
import { useReviewForm } from "./use-review-form";

const useStyles = makeStyles({
  back: { display: "inline-flex", alignItems: "center", gap: "4px", marginBottom: "12px", color: tokens.colorBrandForegroundLink },
  facts: { marginBottom: "16px" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", padding: "12px 0" },
  bar: { marginBottom: "16px" },
  preview: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
});

/**
 * One review, drawn from the council's policy pack: governance assurance, a shared service's
 * comprehensive or focused review, a self-assessment or light-touch review ending in an outcome,
 * a periodic audit, an objectives evaluation — whatever the pack's questions, templates and
 * outcomes say. The lead officer, sponsoring officer or Change Manager saves a draft or completes it.
 */
export default function ReviewFormPage({ params }: PageProps) {
  const styles = useStyles();
  const { sp } = useSession();
  const arrangementId = Number(params.id);
  const reviewId = Number(params.reviewId);
  const valid = Number.isInteger(arrangementId) && arrangementId > 0 && Number.isInteger(reviewId) && reviewId > 0;
  const read = useAsync(() => (valid ? readReviewForm(sp, arrangementId, reviewId) : Promise.reject(new Error("This is not the address of a review"))), [sp, arrangementId, reviewId]);
  usePageTitle(read.status === "ready" ? `${read.data.form?.name ?? "Review"}: ${read.data.arrangement.record.name ?? ""}` : undefined);
  return (
    <>
      <Link to={`/partnerships/${params.id ?? ""}`} className={styles.back}>
        <ArrowLeft16Regular aria-hidden="true" />
        Back to the arrangement
      </Link>
      {read.status === "error" && <ErrorMessage title="This review could not be loaded" message={read.message} onRetry={read.reload} />}
      {read.status === "loading" && <LoadingRows label="Loading the review" rows={4} />}
      {read.status === "ready" && <ReviewForm key={`${read.data.review.id}-${read.data.review.etag}`} data={read.data} reload={read.reload} />}
    </>
  );
}

function ReviewForm({ data, reload }: { data: ReviewFormData; reload: () => void }) {
  const styles = useStyles();
  const { state, change, chooseOutcome, saveDraft, complete } = useReviewForm(data, reload);
  const summary = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.attempt > 0) summary.current?.focus();
  }, [state.attempt]);
  useEffect(() => {
    if (state.saved) result.current?.focus();
  }, [state.saved]);
  const { review, arrangement, form } = data;
  const r = review.record;
  const name = arrangement.record.name ?? `Arrangement ${arrangement.id}`;
  const completed = r.status === "completed" || state.saved === "complete";
  const busy = state.busy !== undefined;
  const problemOf = (field: string) => state.problems.find((p) => p.field === field)?.message;

  if (!form) {
    return (
      <ErrorMessage
        title="The council's policy no longer has this kind of review"
        message={`This review is recorded as "${r.reviewTypeId ?? "unknown"}", which the policy in use does not define. Its answers are kept in the Reviews list; ask the Change Manager.`}
      />
    );
  }
  return (
    <>
      <PageHeading
        title={`${form.name}: ${name}`}
        lead={form.templateName ? `${form.templateName}. The template is the one the council's policy sets for this year of operation (${form.cite}).` : `The questions the council's policy asks (${form.cite}).`}
      />
      <div className={styles.facts}>
        <FactList
          facts={[
            { label: "Arrangement", value: <Link to={`/partnerships/${arrangement.id}`}>{name}</Link> },
            { label: "Period", value: r.period ?? "Not recorded" },
            { label: "Due", value: ukDate(r.dueDate) },
            ...(data.yearOfOperation ? [{ label: "Year of operation", value: `Year ${data.yearOfOperation}` }] : []),
            ...(form.templateName ? [{ label: "Template", value: form.templateName }] : []),
            ...(form.reportTo ? [{ label: "Reported to", value: form.reportTo }] : []),
            { label: "Status", value: completed ? "Completed" : r.status === "in-progress" ? "In progress" : "Due" },
          ]}
        />
      </div>
      {state.saved && (
        <MessageBar ref={result} tabIndex={-1} intent="success" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>{state.saved === "draft" ? "Draft saved" : "Review completed"}</MessageBarTitle>
            {state.saved === "draft"
              ? "Your answers are kept; come back to finish and complete the review."
              : state.rating
                ? `The arrangement's governance rating is now ${governanceLevelWords[state.rating.level]}. ${state.rating.reason}`
                : "Your answers are recorded against the arrangement."}
          </MessageBarBody>
          <MessageBarActions>
            <Link to={`/partnerships/${arrangement.id}`}>Back to the arrangement</Link>
          </MessageBarActions>
        </MessageBar>
      )}
      {r.status === "completed" && !state.saved && (
        <MessageBar intent="info" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>Completed</MessageBarTitle>
            Completed {ukMoment(r.completedAt)} by {personName(r.completedBy)}
            {r.rating ? `; governance rated ${governanceLevelWords[r.rating]}` : ""}. The answers are shown as given.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.conflict && (
        <MessageBar intent="warning" layout="multiline" role="alert" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>Someone else saved this review first; nothing of yours was saved over theirs</MessageBarTitle>
            {state.conflict} Your answers are still on this page: copy anything you need, then reload.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={reload}>Reload</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.failure && <div className={styles.bar}><ErrorMessage title="The review was not saved" message={state.failure} /></div>}
      {state.problems.length > 0 && <ReviewProblems ref={summary} problems={state.problems} fieldId={(field) => (field === "outcome" ? "review-outcome" : questionFieldId(field))} />}
      <form
        noValidate
        aria-label={form.name}
        onSubmit={(event) => {
          event.preventDefault();
          void complete();
        }}
      >
        <SectionCard title="Questions" lead={`${form.questions.length} question${form.questions.length === 1 ? "" : "s"}. ${completed ? "The answers as they were given." : "Every question needs an answer before the review can be completed; a draft can be saved at any time."}`}>
          {form.questions.map((q, i) => (
            <ReviewQuestionField key={q.id} number={i + 1} question={q} answers={state.answers} error={problemOf(q.id)} disabled={busy} readOnly={completed} onChange={change} />
          ))}
        </SectionCard>
        {form.outcomes.length > 0 && (
          <SectionCard title="Outcome" lead="The review ends in one of the outcomes the council's policy lists.">
            <Field label="What did the review decide?" required validationMessage={problemOf("outcome")} validationState={problemOf("outcome") ? "error" : "none"}>
              <RadioGroup id="review-outcome" value={state.outcome} disabled={busy || completed} onChange={(_, d) => chooseOutcome(d.value)}>
                {form.outcomes.map((o) => (
                  <Radio key={o.id} value={o.id} label={`${o.text} (${o.cite})`} />
                ))}
              </RadioGroup>
            </Field>
          </SectionCard>
        )}
        {form.ratesGovernance && state.preview && (
          <SectionCard title="Assurance level" lead="Worked out from the yes / in part / no answers; completing the review records it as the arrangement's governance rating.">
            <p className={styles.preview} aria-live="polite">
              <GovernanceLevelBadge level={state.preview.level} />
              <span>{state.preview.reason}</span>
            </p>
          </SectionCard>
        )}
        {!completed && (
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={state.busy !== undefined}>
              {state.busy === "complete" ? "Completing…" : "Complete the review"}
            </Button>
            <Button type="button" disabled={state.busy !== undefined} onClick={() => void saveDraft()}>
              {state.busy === "draft" ? "Saving…" : "Save a draft"}
            </Button>
          </div>
        )}
      </form>
    </>
  );
}
