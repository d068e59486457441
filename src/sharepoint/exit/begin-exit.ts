import type { SPFI } from "@pnp/sp";
import { transition } from "../../domain/lifecycle/transition";
import type { LifecycleContext } from "../../domain/lifecycle/lifecycle-context";
import { stateLabels } from "../../domain/lifecycle/states";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { Arrangement } from "../../domain/records/arrangement";
import type { PersonRef } from "../../domain/records/person-ref";
import { holdsRoleOn } from "../../domain/records/role-holder";
import { changeManagerRole } from "../approvals/people-to-tell";
import { ConcurrencyError } from "../errors/concurrency-error";
import { PermissionError } from "../errors/permission-error";
import { latestChangeOf } from "../latest-change";
import { siteDateOf } from "../lists/site-dates";
import { readActivePolicy } from "../read-active-policy";
import { readTogether } from "../read-together";
import { repositoryFor } from "../repositories";
import { ExitInputError, ExitRefusedError, exitProblems, type ExitInputs } from "./exit-inputs";
import { resolveExitRoute } from "./resolve-exit-route";

export interface BeginExitRequest extends ExitInputs {
  arrangementId: number;
  /** The arrangement's ETag when the officer opened the exit: a record changed since is stale. */
  etag: string;
  actor: PersonRef;
  now?: Date;
}

export interface BeginExitResult {
  exitId: number;
  /** The exit route's stages in order; the first is open and waits for its people. */
  stageIds: number[];
  /** "exiting", or "ended" for a pack that names nobody to decide an exit. */
  state: "exiting" | "ended";
}

const roleName = (pack: PolicyPack, id: string) => pack.roles.find((r) => r.id === id)?.name ?? id;

/**
 * Begins an exit (default framework 5.3, 2.12; joint-working code 6(x)–(xiii); DOMAIN.md "Exit and termination"):
 * records the reason, notice, succession, liabilities and assets in the Exits list, moves the
 * arrangement to exiting (lifecycle `begin-exit`), and opens the exit's decision as approval
 * stages for the roles the pack names — resolved to the people holding them for this arrangement's
 * portfolio and directorate — so they decide by card through the same bot. Only the arrangement's
 * lead officer or the Corporate Change Manager (or their recorded delegate) may begin one. Every
 * write is audited. The arrangement's ETag is checked first: if someone saved it since the officer
 * opened the exit, nothing is written and the ConcurrencyError names them.
 */
export async function beginExit(sp: SPFI, request: BeginExitRequest): Promise<BeginExitResult> {
  const now = request.now ?? new Date();
  const day = siteDateOf(now.toISOString()) ?? now.toISOString().slice(0, 10);
  const partnerships = repositoryFor(sp, "Partnerships");
  const [arrangement, holderRows, policy] = await readTogether(sp, [
    (b) => partnerships.within(b).getById(request.arrangementId, [...partnerships.definition.fields.map((f) => f.internalName), "Editor", "Modified"]),
    (b) => repositoryFor(sp, "RoleHolders").within(b).query({ select: ["Title", "Person", "Delegate", "Portfolio", "Directorate", "ActiveFrom", "ActiveTo"] }),
    (b) => readActivePolicy(b),
  ] as const);
  const pack = policy.pack as PolicyPack;
  const a = arrangement.record;
  const name = a.name ?? `Arrangement #${arrangement.id}`;
  const holders = holderRows.filter((h) => h.problems.length === 0 && h.record.roleId && h.record.person).map((h) => ({ ...h.record, roleId: h.record.roleId!, person: h.record.person! }));

  const isChangeManager = holders.some((h) => h.roleId === changeManagerRole && holdsRoleOn(h, day) && (h.person.id === request.actor.id || h.delegate?.id === request.actor.id));
  if (a.leadOfficer?.id !== request.actor.id && !isChangeManager) {
    throw PermissionError.refused(`Only the lead officer of ${name} (${a.leadOfficer?.title ?? "none recorded"}) or the Corporate Change Manager can begin its exit; nothing was saved.`);
  }
  const problems = exitProblems(request, pack);
  if (Object.keys(problems).length > 0) throw new ExitInputError(problems);
  if (request.etag !== arrangement.etag) throw ConcurrencyError.fromLatest("arrangement", latestChangeOf(arrangement.raw));

  const reason = pack.exit.reasons.find((r) => r.id === request.reasonId)!;
  const lifecycle: LifecycleContext = {
    state: a.status ?? "proposed",
    screening: { result: "in" },
    stages: [],
    exitStrategy: { required: false },
    exit: { decisionRoles: pack.exit.decisionRoles, informRoles: pack.exit.informRoles, approvedBy: [], cite: pack.exit.cite },
    roleNames: Object.fromEntries(pack.roles.map((r) => [r.id, r.name])),
  };
  const begun = transition(lifecycle, { type: "begin-exit", reason: reason.text });
  if (!begun.ok) throw new ExitRefusedError(`${name} is ${stateLabels[lifecycle.state].toLowerCase()}, so an exit cannot begin: ${begun.error.message}`);
  const ended = pack.exit.decisionRoles.length === 0 ? transition(begun.context, { type: "end" }) : undefined;

  // Each role resolves to whoever holds it for this arrangement today; a deciding role nobody holds stops it here.
  const scope = { ...(a.portfolioId !== undefined ? { portfolioId: a.portfolioId } : {}), ...(a.directorateId !== undefined ? { directorateId: a.directorateId } : {}) };
  const { stages: route, unheld } = resolveExitRoute(pack, holders, scope, day);
  if (unheld.length > 0) {
    throw new ExitRefusedError(
      `Nobody holds the role of ${unheld.map((r) => roleName(pack, r)).join(" or ")} for ${name}, and the council's policy needs them to decide an exit (${pack.exit.cite}). Ask the Change Manager to record who holds it in Role holders, then begin the exit again; nothing was saved.`,
    );
  }

  const nowIso = now.toISOString();
  const who = request.actor.title ?? `Person #${request.actor.id}`;
  const auditReason = `Exit begun: ${reason.text}`.slice(0, 255);
  const state = ended?.ok ? "ended" : "exiting";
  // The arrangement first and with its ETag: a stale record stops everything before anything else is written.
  const moved = await partnerships.update(arrangement.id, { status: state, statusReason: `Exit begun by ${who}: ${reason.text} (${reason.cite}).` }, arrangement.etag, request.actor, { reason: auditReason });
  let exitId: number | undefined;
  const stageIds: number[] = [];
  try {
    exitId = (
      await repositoryFor(sp, "Exits").add(
        {
          title: `Exit: ${name}`.slice(0, 255),
          arrangementId: arrangement.id,
          reasonId: reason.id,
          notice: request.notice.trim(),
          succession: request.succession.trim(),
          liabilities: request.liabilities.trim(),
          assets: request.assets.trim(),
          // Who took part in the decision (DOMAIN.md): whoever began it, then each person who decides.
          decidedBy: [request.actor],
          ...(state === "ended" ? { decisionDate: day } : {}),
          status: state === "ended" ? "completed" : "proposed",
        },
        request.actor,
        { reason: auditReason },
      )
    ).id;
    for (const [index, stage] of route.entries()) {
      const added = await repositoryFor(sp, "ApprovalStages").add(
        {
          label: stage.label.slice(0, 255),
          arrangementId: arrangement.id,
          exitId,
          routePurpose: "exit",
          order: index + 1,
          type: stage.type,
          roles: stage.roles,
          assignees: stage.people,
          status: state === "ended" && stage.type === "inform" ? "noted" : "pending",
          ...(index === 0 || state === "ended" ? { requestedAt: nowIso } : {}),
        },
        request.actor,
        { reason: auditReason },
      );
      stageIds.push(added.id);
    }
  } catch (error) {
    // Nothing half-begun is left behind: the arrangement goes back as it was, and what was added goes.
    await undo(sp, { arrangementId: arrangement.id, etag: moved.etag, status: a.status, statusReason: a.statusReason, exitId, stageIds, actor: request.actor });
    throw error;
  }
  return { exitId, stageIds, state };
}

/** Best effort: puts the arrangement back and removes the exit's rows when beginning it failed half-way. */
async function undo(sp: SPFI, what: { arrangementId: number; etag: string; status: Arrangement["status"] | undefined; statusReason: string | undefined; exitId: number | undefined; stageIds: number[]; actor: PersonRef }): Promise<void> {
  const reason = "Beginning the exit failed part-way; undone";
  await Promise.allSettled([
    repositoryFor(sp, "Partnerships").update(what.arrangementId, { ...(what.status ? { status: what.status } : {}), statusReason: what.statusReason ?? "" }, what.etag, what.actor, { reason }),
    ...what.stageIds.map(async (id) => {
      const row = await repositoryFor(sp, "ApprovalStages").getById(id, ["Title"]);
      await repositoryFor(sp, "ApprovalStages").delete(id, row.etag, what.actor, { reason });
    }),
    ...(what.exitId !== undefined
      ? [
          (async (id: number) => {
            const row = await repositoryFor(sp, "Exits").getById(id, ["Title"]);
            await repositoryFor(sp, "Exits").delete(id, row.etag, what.actor, { reason });
          })(what.exitId),
        ]
      : []),
  ]);
}
