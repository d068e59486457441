import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft16Regular, ArrowRight16Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { PersonRef } from "../../domain/records/person-ref";
import type { EvaluationAnswers } from "../../domain/evaluation/evaluation-answers";
import { fieldProblems } from "../../domain/evaluation/field-problems";
import { findMissing } from "../../domain/evaluation/find-missing";
import { planWizard, stepIds, type StepId } from "../../domain/evaluation/wizard-steps";
import { describeError } from "../../sharepoint/describe-error";
import { ConcurrencyError } from "../../sharepoint/errors/concurrency-error";
import { siteToday } from "../../sharepoint/roles/site-today";
import { usePolicy } from "../lib/policy/policy-context";
import { navigate } from "../lib/router/history-location";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";
import { summariseAnswers, unsavedRows } from "./answer-summary";
import { ConflictMessage, UnsavedChanges } from "./conflict-message";
import { checkedSteps, fieldMessages } from "./field-messages";
import { readKeptDraft, browserStorage } from "./kept-drafts";
import type { WizardChoices } from "./read-wizard-choices";
import { resumeDraft } from "./resume-draft";
import { SaveStatusLine } from "./save-status";
import { StepBody } from "./step-body";
import { StepList, type StepMark } from "./step-list";
import { stepHref, useStepLocation } from "./step-location";
import { stepIntros } from "./step-intros";
import { StepPanel } from "./step-panel";
import { ScreenedOutNotice } from "./screened-out-notice";
import { SubmitOutcome, type SubmitState } from "./submit-outcome";
import { UnsavedChangesError, useAutosave } from "./use-autosave";
import { useStepFocus } from "./use-step-focus";
import { readEvaluation, saveEvaluationDraft, screenOutProposal, submitEvaluation } from "./wizard-api";
import { notifyBot } from "../lib/bot/notify-bot";

const useStyles = makeStyles({
  layout: { display: "grid", gridTemplateColumns: "250px minmax(0, 1fr)", gap: "24px", alignItems: "start", "@media (max-width: 820px)": { gridTemplateColumns: "1fr" } },
  nav: { display: "flex", justifyContent: "space-between", gap: "12px", flexWrap: "wrap", paddingTop: "16px", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  // The save status stays in sight while the officer scrolls a long step.
  statusRow: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: "12px",
    flexWrap: "wrap",
    marginBottom: "8px",
    padding: "4px 0",
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export interface LoadedDraft {
  arrangementId: number;
  evaluationId: number;
  etag: string;
  answers: EvaluationAnswers;
  /** Who saved the draft last and when, to name them if this device's kept changes are older. */
  modifiedBy?: PersonRef;
  modified?: string;
}

/**
 * The wizard on one saved draft: the steps the pack plans for the answers in hand, the step in the
 * address, autosave with its status, conflicts, screening out and submitting.
 */
export function WizardEditor({
  draft,
  choices,
  onNameChange,
}: {
  draft: LoadedDraft;
  choices: WizardChoices | null;
  onNameChange?: (name: string | undefined) => void;
}) {
  const styles = useStyles();
  const { sp, user } = useSession();
  const { pack } = usePolicy();
  const me = useMemo(() => ({ id: user.id, title: user.title, email: user.email }), [user]);
  const today = useMemo(() => siteToday(), []);
  const base = `/partnerships/${draft.arrangementId}/evaluation`;

  const resume = useMemo(() => resumeDraft({ answers: draft.answers, etag: draft.etag }, readKeptDraft<EvaluationAnswers>(browserStorage(), draft.evaluationId)), [draft]);
  const save = useCallback(
    (answers: EvaluationAnswers, etag: string) => saveEvaluationDraft(sp, { evaluationId: draft.evaluationId, etag, answers }, pack, me),
    [sp, draft.evaluationId, pack, me],
  );
  const autosave = useAutosave({
    evaluationId: draft.evaluationId,
    etag: draft.etag,
    resume,
    save,
    conflictOnOpen: ConcurrencyError.fromLatest("evaluation", { ...(draft.modifiedBy ? { changedBy: draft.modifiedBy } : {}), ...(draft.modified ? { changedAt: draft.modified } : {}) }),
  });
  const { answers, update, status } = autosave;

  const plan = useMemo(() => planWizard(pack, answers, today), [pack, answers, today]);
  const name = answers.basics?.name;
  useEffect(() => onNameChange?.(name), [name, onNameChange]);
  const missing = useMemo(() => findMissing(pack, answers, today), [pack, answers, today]);
  const problems = useMemo(() => fieldProblems(pack, answers), [pack, answers]);
  const shown = plan.steps.filter((s) => s.shown);

  const [submit, setSubmit] = useState<SubmitState>({ kind: "idle" });
  const location = useStepLocation();
  const done = submit.kind === "done";
  // Once submitted, the evaluation is frozen: the review, with its outcome, is all that is left.
  const asked = done ? "review" : (stepIds.find((s) => s === location.step) ?? answers.stepReached ?? "screening");
  // A step the plan no longer shows (the kind changed) gives way to the nearest one before it.
  const current = shown.find((s) => s.id === asked) ?? [...shown].reverse().find((s) => stepIds.indexOf(s.id) < stepIds.indexOf(asked)) ?? shown[0]!;
  const index = shown.indexOf(current);
  const heading = useRef<HTMLHeadingElement>(null);
  useStepFocus(current.id, location.field, base, heading);

  // Remember the furthest step reached, for "My drafts" and for when messages show at fields.
  const reached = answers.stepReached;
  const needsReach = !reached || stepIds.indexOf(current.id) > stepIds.indexOf(reached);
  useEffect(() => {
    if (needsReach) update((a) => (a.stepReached && stepIds.indexOf(a.stepReached) >= stepIds.indexOf(current.id) ? a : { ...a, stepReached: current.id }));
  }, [needsReach, current.id, update]);
  const checked = checkedSteps(plan.steps, reached);
  const messages = fieldMessages(pack, problems, missing, checked);
  const marks: Record<string, StepMark> = Object.fromEntries(
    shown.map((s) => [s.id, { missing: missing.filter((m) => m.stepId === s.id).length, visited: checked.has(s.id) }]),
  );

  const go = (step: StepId) => {
    // Moving on saves now; anything that cannot be saved yet is kept here and the status says so.
    autosave.flush().catch(() => undefined);
    navigate(stepHref(base, step));
  };

  // A conflict: load the other version, then list what this device had so it can be typed again.
  const [loadingTheirs, setLoadingTheirs] = useState(false);
  const [version, setVersion] = useState(0);
  const [unsaved, setUnsaved] = useState<ReturnType<typeof unsavedRows> | null>(null);
  const [actionError, setActionError] = useState<string>();
  const loadTheirs = async () => {
    setLoadingTheirs(true);
    try {
      const theirs = await readEvaluation(sp, draft.evaluationId);
      const theirAnswers = theirs.evaluation.answers;
      const mine = autosave.adopt(theirAnswers, theirs.etag);
      setUnsaved(unsavedRows(summariseAnswers(pack, mine, planWizard(pack, mine, today), choices), summariseAnswers(pack, theirAnswers, planWizard(pack, theirAnswers, today), choices)));
      setVersion((v) => v + 1);
    } catch (error) {
      setActionError(describeError(error));
    } finally {
      setLoadingTheirs(false);
    }
  };

  const [screeningOut, setScreeningOut] = useState(false);
  const [screenedOut, setScreenedOut] = useState<{ reason: string } | null>(null);
  const screenOut = async () => {
    setScreeningOut(true);
    setActionError(undefined);
    try {
      const etag = await autosave.flush();
      const result = await screenOutProposal(sp, { evaluationId: draft.evaluationId, etag }, pack, me);
      autosave.stop();
      setScreenedOut({ reason: result.statusReason });
    } catch (error) {
      if (ConcurrencyError.is(error)) autosave.markConflict(error);
      else setActionError(error instanceof UnsavedChangesError ? error.message : describeError(error));
    } finally {
      setScreeningOut(false);
    }
  };

  const onSubmit = async () => {
    if (missing.length > 0) {
      document.getElementById("missing-heading")?.focus();
      document.getElementById("missing-heading")?.scrollIntoView({ block: "center" });
      return;
    }
    setSubmit({ kind: "submitting" });
    try {
      const etag = await autosave.flush();
      const result = await submitEvaluation(sp, { evaluationId: draft.evaluationId, etag }, pack, me, today);
      autosave.stop();
      setSubmit({ kind: "done", stages: result.stages, arrangementId: result.arrangementId });
      // The first cards go out now rather than at the bot's next scheduled run.
      void notifyBot("approvals");
    } catch (error) {
      if (ConcurrencyError.is(error)) {
        autosave.markConflict(error);
        setSubmit({ kind: "idle" });
      } else setSubmit({ kind: "failed", error });
    }
  };

  if (screenedOut) return <ScreenedOutNotice arrangementId={draft.arrangementId} name={answers.basics?.name} reason={screenedOut.reason} />;
  const outcome: ReactNode = <SubmitOutcome state={submit} pack={pack} />;

  return (
    <>
      <div className={styles.statusRow}>
        <SaveStatusLine status={status} onRetry={autosave.retry} />
      </div>
      {status.kind === "conflict" && <ConflictMessage error={status.kind === "conflict" ? status.error : undefined} loading={loadingTheirs} onLoadTheirs={() => void loadTheirs()} />}
      {unsaved && <UnsavedChanges rows={unsaved} hrefFor={(step, field) => stepHref(base, step, field)} onDone={() => setUnsaved(null)} />}
      {actionError && <ErrorMessage title="That did not work" message={actionError} />}
      <div className={styles.layout}>
        <StepList base={base} steps={shown} current={current.id} marks={marks} linkable={!done} />
        <StepPanel
          ref={heading}
          number={index + 1}
          of={shown.length}
          title={current.title}
          lead={`${stepIntros[current.id]} ${current.why ?? (current.cite ? `(${pack.name}, ${current.cite}.)` : "")}`.trim()}
          footer={
            !done && (
              <div className={styles.nav}>
                {index > 0 ? (
                  <Button icon={<ArrowLeft16Regular />} onClick={() => go(shown[index - 1]!.id)}>
                    Back
                  </Button>
                ) : (
                  <span />
                )}
                {index < shown.length - 1 && !plan.screenedOut && (
                  <Button appearance="primary" icon={<ArrowRight16Regular />} iconPosition="after" onClick={() => go(shown[index + 1]!.id)}>
                    Next: {shown[index + 1]!.title}
                  </Button>
                )}
              </div>
            )
          }
        >
          <StepBody
            key={`${current.id}-${version}`}
            answers={answers}
            update={update}
            pack={pack}
            plan={plan}
            step={current}
            choices={choices}
            messages={messages}
            base={base}
            arrangementId={draft.arrangementId}
            missing={missing}
            onScreenOut={() => void screenOut()}
            screeningOut={screeningOut}
            onSubmit={() => void onSubmit()}
            submitting={submit.kind === "submitting"}
            submitted={done}
            outcome={outcome}
            outcomeShown={submit.kind === "done" || submit.kind === "failed"}
          />
        </StepPanel>
      </div>
    </>
  );
}
