import type { SPFI } from "@pnp/sp";
import type { StepId } from "../../domain/evaluation/wizard-steps";
import type { PersonRef } from "../../domain/records/person-ref";
import { eq } from "../odata";
import { readTogether } from "../read-together";
import { repositoryFor } from "../repositories";
import { fromStoredAnswers } from "./stored-answers";

export interface MyDraft {
  arrangementId: number;
  evaluationId: number;
  name: string;
  /** When the draft was last saved (ISO moment). */
  modified?: string;
  /** The furthest step the officer reached, to resume there. */
  stepReached?: StepId;
}

const stillDrafting = new Set(["proposed", "screening", "evaluation"]);

/**
 * The draft evaluations of the arrangements `me` leads, newest first, for "My drafts". Both reads
 * filter on indexed columns (Evaluations.Status, Partnerships.LeadOfficer) and go in one `$batch`.
 */
export async function listMyDrafts(sp: SPFI, me: PersonRef): Promise<MyDraft[]> {
  const [drafts, mine] = await readTogether(sp, [
    (b) => repositoryFor(sp, "Evaluations").within(b).query({ filter: eq("Status", "draft"), select: ["Title", "Arrangement", "Answers", "Modified"] }),
    (b) => repositoryFor(sp, "Partnerships").within(b).query({ filter: eq("LeadOfficerId", me.id), select: ["Title", "Status"] }),
  ] as const);
  const arrangements = new Map(mine.filter((r) => stillDrafting.has(r.record.status ?? "")).map((r) => [r.id, r.record]));
  // An arrangement's newest draft is its live one.
  const newest = new Map<number, (typeof drafts)[number]>();
  for (const row of drafts) {
    const id = row.record.arrangementId;
    if (id === undefined || !arrangements.has(id)) continue;
    if ((newest.get(id)?.id ?? 0) < row.id) newest.set(id, row);
  }
  return [...newest.values()]
    .map((row): MyDraft => {
      const arrangementId = row.record.arrangementId!;
      const { answers } = fromStoredAnswers(row.record.answers);
      const modified = typeof row.raw.Modified === "string" ? row.raw.Modified : undefined;
      return {
        arrangementId,
        evaluationId: row.id,
        name: arrangements.get(arrangementId)?.name ?? answers.basics?.name ?? row.record.title ?? `Draft #${row.id}`,
        ...(modified ? { modified } : {}),
        ...(answers.stepReached ? { stepReached: answers.stepReached } : {}),
      };
    })
    // SharePoint keeps Modified to the second: the later draft (higher id) goes first on a tie.
    .sort((a, b) => (b.modified ?? "").localeCompare(a.modified ?? "") || b.evaluationId - a.evaluationId);
}
