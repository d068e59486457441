import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { ArrowLeft16Regular, ArrowRight16Regular } from "@fluentui/react-icons";
import { useMemo, useRef, useState } from "react";
import type { EvaluationAnswers } from "../../domain/evaluation/evaluation-answers";
import { planWizard } from "../../domain/evaluation/wizard-steps";
import { findSimilar } from "../../domain/similarity/find-similar";
import { describeError } from "../../sharepoint/describe-error";
import { siteToday } from "../../sharepoint/roles/site-today";
import { useAsync } from "../lib/data/use-async";
import { usePolicy } from "../lib/policy/policy-context";
import { navigate } from "../lib/router/history-location";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { readMatchCandidates } from "../proposal/read-match-candidates";
import { SimilarArrangements } from "../proposal/similar-arrangements";
import { useDebouncedValue } from "../proposal/use-debounced-value";
import { ErrorMessage } from "../ui/error-message";
import { PageHeading } from "../ui/page-heading";
import { focusField } from "./field-dom-id";
import { TextField } from "./inputs";
import { ScreenedOutNotice } from "./screened-out-notice";
import { stepIntros } from "./step-intros";
import { StepList } from "./step-list";
import { StepPanel } from "./step-panel";
import { ScreeningStep } from "./steps/screening-step";
import { screenOutProposal, saveEvaluationDraft, startEvaluation } from "./wizard-api";

const useStyles = makeStyles({
  back: { display: "inline-flex", alignItems: "center", gap: "4px", marginBottom: "12px", color: tokens.colorBrandForegroundLink },
  layout: { display: "grid", gridTemplateColumns: "250px minmax(0, 1fr)", gap: "24px", alignItems: "start", "@media (max-width: 820px)": { gridTemplateColumns: "1fr" } },
  top: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 320px), 1fr))", gap: "20px", alignItems: "start" },
  nav: { display: "flex", justifyContent: "flex-end", gap: "12px", paddingTop: "16px", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  error: { marginBottom: "16px" },
});

/** The problems of the first page, in plain words at their fields. */
function startProblems(answers: EvaluationAnswers): Record<string, string> {
  const problems: Record<string, string> = {};
  const name = answers.basics?.name?.trim() ?? "";
  if (!name) problems["basics.name"] = "Enter a working name for the arrangement; you can change it later.";
  else if (name.length > 255) problems["basics.name"] = "Keep the name to 255 characters or fewer.";
  if (!(answers.screening?.exclusions ?? []).length && answers.screening?.confirmedNone !== true) {
    problems["screening.exclusions"] = "Tick what describes the proposal, or confirm that none of these does.";
  }
  return problems;
}

/**
 * `/new`: the wizard's first page. A working name and the screening questions; the first save puts
 * the proposal on the register (state per the lifecycle, the officer as lead officer, the pack and
 * version stamped) with its evaluation draft, and the wizard carries on at the arrangement's own
 * address, where every later change autosaves.
 */
export default function StartPage() {
  const styles = useStyles();
  const { sp, user } = useSession();
  const { pack } = usePolicy();
  const me = useMemo(() => ({ id: user.id, title: user.title, email: user.email }), [user]);
  const today = useMemo(() => siteToday(), []);
  const [answers, setAnswers] = useState<EvaluationAnswers>({ screening: { exclusions: [] }, basics: { name: "" } });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState<"next" | "screen-out" | null>(null);
  const [failure, setFailure] = useState<string>();
  const [screenedOut, setScreenedOut] = useState<{ arrangementId: number; reason: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const plan = useMemo(() => planWizard(pack, answers, today), [pack, answers, today]);
  const problems = startProblems(answers);
  const messages = tried ? problems : {};

  const candidates = useAsync(() => readMatchCandidates(sp), [sp]);
  const typedName = useDebouncedValue(answers.basics?.name ?? "", 300);
  const matches = useMemo(() => (candidates.status === "ready" ? findSimilar({ name: typedName }, candidates.data) : []), [candidates, typedName]);

  /** The first save: the arrangement and its draft, then the answers of this page on it. */
  const create = async (then: "next" | "screen-out") => {
    setTried(true);
    const first = Object.keys(startProblems(answers))[0];
    if (first && !(then === "screen-out" && first !== "basics.name")) {
      focusField(first);
      return;
    }
    setBusy(then);
    setFailure(undefined);
    try {
      const name = answers.basics?.name?.trim() ?? "";
      const started = await startEvaluation(sp, { name }, pack, me);
      const next: EvaluationAnswers = { ...answers, basics: { ...answers.basics, name, leadOfficer: me }, stepReached: then === "next" ? "kind" : "screening" };
      const saved = await saveEvaluationDraft(sp, { evaluationId: started.evaluationId, etag: started.etag, answers: next }, pack, me);
      if (then === "screen-out") {
        const result = await screenOutProposal(sp, { evaluationId: started.evaluationId, etag: saved.etag }, pack, me);
        setScreenedOut({ arrangementId: started.arrangementId, reason: result.statusReason });
        setBusy(null);
        return;
      }
      navigate(`/partnerships/${started.arrangementId}/evaluation?step=kind`, { replace: true });
    } catch (error) {
      // What was typed stays on the page, so nothing is lost; the officer can simply try again.
      console.error("[wizard] starting the evaluation failed:", error);
      setFailure(describeError(error));
      setBusy(null);
    }
  };

  const steps = plan.steps.filter((s) => s.shown);
  return (
    <>
      <Link to="/" className={styles.back}>
        <ArrowLeft16Regular aria-hidden="true" />
        Back to the register
      </Link>
      <PageHeading
        title="Propose a new arrangement"
        lead={`Give it a working name and check that it is a partnership. Your first step saves it on the register as proposed, with you as the lead officer, judged by ${pack.name} version ${pack.version}; the evaluation then saves as you go.`}
      />
      {failure && (
        <div className={styles.error}>
          <ErrorMessage title="The proposal was not saved" message={`${failure} What you typed is still here.`} />
        </div>
      )}
      {screenedOut ? (
        <ScreenedOutNotice arrangementId={screenedOut.arrangementId} name={answers.basics?.name} reason={screenedOut.reason} />
      ) : (
        <div className={styles.layout}>
          <StepList base="/new" linkable={false} steps={steps} current="screening" marks={{ screening: { missing: Object.keys(problems).length, visited: tried } }} />
          <StepPanel
            ref={heading}
            number={1}
            of={steps.length}
            title={steps[0]?.title ?? "Is it a partnership?"}
            lead={`${stepIntros.screening} (${pack.name}, ${pack.screening.cite}.)`}
            footer={
              !plan.screenedOut && (
                <div className={styles.nav}>
                  <Button
                    appearance="primary"
                    icon={busy === "next" ? <Spinner size="tiny" /> : <ArrowRight16Regular />}
                    iconPosition="after"
                    disabled={busy !== null}
                    onClick={() => void create("next")}
                  >
                    {busy === "next" ? "Saving the proposal…" : `Next: ${steps[1]?.title ?? "Kind of arrangement"}`}
                  </Button>
                </div>
              )
            }
          >
            <ScreeningStep
              answers={answers}
              update={(change) => setAnswers((a) => change(a))}
              pack={pack}
              plan={plan}
              step={steps[0]!}
              choices={null}
              messages={messages}
              onScreenOut={() => void create("screen-out")}
              screeningOut={busy === "screen-out"}
              before={
                <div className={styles.top}>
                  <TextField
                    field="basics.name"
                    label="Working name"
                    required
                    hint="The name partners and councillors will know it by. You can change it later."
                    value={answers.basics?.name}
                    message={messages["basics.name"]}
                    onChange={(v) => setAnswers((a) => ({ ...a, basics: { ...a.basics, name: v } }))}
                  />
                  <SimilarArrangements matches={matches} typed={Boolean(typedName.trim())} state={candidates.status} />
                </div>
              }
            />
          </StepPanel>
        </div>
      )}
    </>
  );
}

