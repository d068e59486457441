import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { ApprovalStage } from "../../domain/records/approval-stage";
import { describeError } from "../../sharepoint/describe-error";
import { MissingAnswersError, RoleGapError } from "../../sharepoint/evaluations/evaluation-errors";
import { BotWarning } from "../lib/bot/bot-warning";
import { Link } from "../lib/router/link";
import { UnsavedChangesError } from "./use-autosave";

export type SubmitState =
  | { kind: "idle" }
  | { kind: "submitting" }
  | { kind: "done"; arrangementId: number; stages: readonly Pick<ApprovalStage, "label" | "type" | "roles" | "assignees" | "order">[] }
  | { kind: "failed"; error: unknown };

const useStyles = makeStyles({
  list: { margin: "8px 0 0", paddingLeft: "20px", display: "grid", gap: "4px" },
  people: { color: tokens.colorNeutralForeground2 },
  link: { color: tokens.colorBrandForegroundLink },
  gap: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * What submitting did: the route created, stage by stage with the people each is assigned to; or,
 * when it was refused, why — a role with no holder names the role the Change Manager must fill.
 */
export function SubmitOutcome({ state, pack }: { state: SubmitState; pack: PolicyPack }) {
  const styles = useStyles();
  const roleName = (id: string) => pack.roles.find((r) => r.id === id)?.name ?? id;
  if (state.kind === "done") {
    const stages = [...state.stages].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    return (
      <>
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>Submitted. The evaluation is frozen and the approval route has started</MessageBarTitle>
            {stages.length === 0 ? (
              "No approval is needed for this arrangement: it is now on the register."
            ) : (
              <ol className={styles.list} aria-label="Approval route created">
                {stages.map((s, i) => (
                  <li key={i}>
                    {s.label}
                    <span className={styles.people}>
                      {" — "}
                      {s.assignees?.length ? s.assignees.map((p) => p.title ?? `Person ${p.id}`).join(", ") : `no holder for ${s.roles.map(roleName).join(", ")}`}
                    </span>
                  </li>
                ))}
              </ol>
            )}
            <p>
              <Link to={`/partnerships/${state.arrangementId}`} className={styles.link}>
                Open the record to follow its approvals
              </Link>
            </p>
          </MessageBarBody>
        </MessageBar>
        <BotWarning />
      </>
    );
  }
  if (state.kind !== "failed") return null;
  const { error } = state;
  if (RoleGapError.is(error)) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Not submitted: a role on the approval route has no holder</MessageBarTitle>
          <ul className={styles.list} aria-label="Roles with no holder">
            {error.roles.map((r) => (
              <li key={`${r.roleId}-${r.scopeId ?? ""}`}>
                <span className={styles.gap}>{r.label}</span>
                {r.stages.length > 0 && ` — needed for ${r.stages.join("; ")}`}
              </li>
            ))}
          </ul>
          <p>
            Nothing was submitted; your answers are saved. The Change Manager must record who holds{" "}
            {error.roles.length === 1 ? "this role" : "these roles"} on the <Link to="/admin" className={styles.link}>Admin page, under Role holders</Link>; then submit again.
          </p>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (MissingAnswersError.is(error)) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Not submitted: something is still missing</MessageBarTitle>
          <ul className={styles.list}>
            {error.missing.map((m, i) => (
              <li key={i}>{m.message}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Not submitted</MessageBarTitle>
        {error instanceof UnsavedChangesError ? error.message : `${describeError(error)} Your answers are saved; try again.`}
      </MessageBarBody>
    </MessageBar>
  );
}
