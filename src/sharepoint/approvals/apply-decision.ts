import type { SPFI } from "@pnp/sp";
import type { PersonRef } from "../../domain/records/person-ref";
import { SharePointError } from "../errors/sharepoint-error";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";
import type { DecisionWrites } from "./decision-plan";
import type { StageContext } from "./stage-context";

const merged = <T>(row: ListRow<T>, changes: Partial<T>, etag: string): ListRow<T> => ({ ...row, etag, record: { ...row.record, ...changes } });

/**
 * Writes one decision, every write with the ETag it was planned from. The decided stage goes
 * first and alone: if someone (or a second click) saved it in between, SharePoint answers 412,
 * the ConcurrencyError propagates and the caller re-reads — nothing else has been written. The
 * rest (the opinion, the stages opened or cancelled, the arrangement's state) follow together.
 * Answers the context as it now stands, without reading it again.
 */
export async function applyDecision(sp: SPFI, context: StageContext, writes: DecisionWrites, actor: PersonRef): Promise<StageContext> {
  const options = { reason: writes.reason };
  const stages = repositoryFor(sp, "ApprovalStages");
  const stage = await stages.update(writes.stage.id, writes.stage.changes, writes.stage.etag, actor, options);
  const settled = await Promise.allSettled([
    writes.opinion ? repositoryFor(sp, "Opinions").add(writes.opinion, actor, options) : Promise.resolve(undefined),
    writes.arrangement ? repositoryFor(sp, "Partnerships").update(writes.arrangement.id, writes.arrangement.changes, writes.arrangement.etag, actor, options) : Promise.resolve(undefined),
    ...writes.otherStages.map((w) => stages.update(w.id, w.changes, w.etag, actor, options)),
    writes.exit ? repositoryFor(sp, "Exits").update(writes.exit.id, writes.exit.changes, writes.exit.etag, actor, options) : Promise.resolve(undefined),
  ]);
  const failed = settled.filter((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed.length > 0) {
    const why = failed.map((f) => (f.reason instanceof Error ? f.reason.message : String(f.reason))).join(" ");
    throw SharePointError.failed(
      `The decision was recorded, but moving the arrangement on did not finish: ${why} Tell the Change Manager, who can complete it from the record's approval route.`,
      undefined,
      undefined,
      undefined,
      failed[0]?.reason,
    );
  }
  const [opinion, arrangement, ...rest] = settled.map((s) => (s as PromiseFulfilledResult<{ id: number; etag: string } | undefined>).value);
  const others = rest.slice(0, writes.otherStages.length);
  const exitSaved = writes.exit ? (rest[writes.otherStages.length] as { etag: string } | undefined) : undefined;
  const etagOf = new Map(writes.otherStages.map((w, i) => [w.id, { write: w, etag: others[i]?.etag ?? w.etag }]));
  const updateRow = (row: ListRow<(typeof context.route)[number]["record"]>) => {
    if (row.id === writes.stage.id) return merged(row, writes.stage.changes, stage.etag);
    const other = etagOf.get(row.id);
    return other ? merged(row, other.write.changes, other.etag) : row;
  };
  const route = context.route.map(updateRow);
  return {
    ...context,
    stage: route.find((r) => r.id === context.stage.id) ?? merged(context.stage, writes.stage.changes, stage.etag),
    route,
    arrangement: writes.arrangement && arrangement ? merged(context.arrangement, writes.arrangement.changes, arrangement.etag) : context.arrangement,
    ...(context.exit && writes.exit && exitSaved ? { exit: merged(context.exit, writes.exit.changes, exitSaved.etag) } : {}),
    opinions:
      writes.opinion && opinion
        ? [...context.opinions, { id: opinion.id, etag: opinion.etag, record: writes.opinion, problems: [], raw: {} }]
        : context.opinions,
  };
}
