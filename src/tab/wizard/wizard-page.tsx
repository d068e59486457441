import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { ArrowLeft16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { PageProps } from "../app/routes";
import { useAsync } from "../lib/data/use-async";
import { usePolicy } from "../lib/policy/policy-context";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { usePageTitle } from "../ui/page-title";
import { readWizardChoices } from "./read-wizard-choices";
import { ReopenForChanges } from "./reopen-for-changes";
import { readEvaluationDraft } from "./wizard-api";
import { WizardEditor } from "./wizard-editor";

const useStyles = makeStyles({
  back: { display: "inline-flex", alignItems: "center", gap: "4px", marginBottom: "12px", color: tokens.colorBrandForegroundLink },
  problems: { marginBottom: "12px" },
});

/** The evaluation wizard on an arrangement's draft: `/partnerships/:id/evaluation?step=…`. */
export default function WizardPage({ params }: PageProps) {
  const styles = useStyles();
  const { sp } = useSession();
  const { pack } = usePolicy();
  const arrangementId = Number(params.id);
  const draft = useAsync(() => readEvaluationDraft(sp, arrangementId), [sp, arrangementId]);
  const choices = useAsync(() => readWizardChoices(sp), [sp]);
  // The heading follows the name as it is retyped on the basics step.
  const [typedName, setTypedName] = useState<string>();
  const name = typedName?.trim() || (draft.status === "ready" ? (draft.data?.evaluation.answers.basics?.name ?? draft.data?.evaluation.title.replace(/^Evaluation: /, "")) : undefined);
  usePageTitle(name ? `Evaluation: ${name}` : "Evaluation");

  return (
    <>
      <Link to={Number.isInteger(arrangementId) ? `/partnerships/${arrangementId}` : "/"} className={styles.back}>
        <ArrowLeft16Regular aria-hidden="true" />
        Back to the record
      </Link>
      <PageHeading
        title={name ? `Evaluation: ${name}` : "Evaluation"}
        lead={`Judged by ${pack.name}, version ${pack.version}. Every change is saved as you go; you can leave and come back from My work.`}
      />
      {draft.status === "loading" && <LoadingRows label="Loading the evaluation" rows={4} />}
      {draft.status === "error" && <ErrorMessage title="The evaluation could not be loaded" message={draft.message} onRetry={draft.reload} />}
      {draft.status === "ready" && !draft.data && (
        <ReopenForChanges arrangementId={arrangementId} onReopened={draft.reload} />
      )}
      {choices.status === "error" && (
        <MessageBar intent="warning" className={styles.problems}>
          <MessageBarBody>The council&apos;s directorates, portfolios and people could not be read, so those choices are empty: {choices.message}</MessageBarBody>
        </MessageBar>
      )}
      {draft.status === "ready" && draft.data && (
        <>
          {draft.data.evaluation.problems.length > 0 && (
            <MessageBar intent="warning" layout="multiline" className={styles.problems}>
              <MessageBarBody>{draft.data.evaluation.problems.join(" ")}</MessageBarBody>
            </MessageBar>
          )}
          <WizardEditor
            key={draft.data.evaluation.id}
            draft={{
              arrangementId,
              evaluationId: draft.data.evaluation.id,
              etag: draft.data.etag,
              answers: draft.data.evaluation.answers,
              ...(draft.data.evaluation.modifiedBy ? { modifiedBy: draft.data.evaluation.modifiedBy } : {}),
              ...(draft.data.evaluation.modified ? { modified: draft.data.evaluation.modified } : {}),
            }}
            choices={choices.status === "ready" ? choices.data : null}
            onNameChange={setTypedName}
          />
        </>
      )}
    </>
  );
}
