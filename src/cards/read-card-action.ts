import { opinionViews } from "../domain/records/statutory-opinion";
import { cardInputIds, cardVerbs, type CardActionData, type CardOpinionView, type CardVerb } from "./card-types";

/**
 * Reads the `value` of an `adaptiveCard/action` invoke back into the card's own contract: the
 * verb, the two ids and the inputs these cards define. It checks shapes only; whether the stage
 * exists and the sender may act is the bot's to check against SharePoint.
 */
export interface CardActionSubmission extends CardActionData {
  verb: CardVerb;
  /** Teams sends "automatic" for a refresh it started itself, "manual" for a button press. */
  trigger: "automatic" | "manual";
  view?: CardOpinionView;
  opinion?: string;
  comment?: string;
}

export type ReadCardAction = { ok: true; action: CardActionSubmission } | { ok: false; problem: string };

const knownVerbs: readonly string[] = Object.values(cardVerbs);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Ids go out as numbers; a host that turned them into strings is forgiven. */
function itemId(value: unknown): number | undefined {
  const id = typeof value === "string" && /^\d{1,15}$/.test(value) ? Number(value) : value;
  return typeof id === "number" && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

const filledText = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

export function readCardAction(value: unknown): ReadCardAction {
  const action = isRecord(value) ? value.action : undefined;
  if (!isRecord(action) || action.type !== "Action.Execute") return { ok: false, problem: "the invoke carries no Action.Execute" };
  const verb = action.verb;
  if (typeof verb !== "string" || !knownVerbs.includes(verb)) return { ok: false, problem: `unknown card verb ${JSON.stringify(verb)}` };
  const data = isRecord(action.data) ? action.data : {};
  const stageId = itemId(data.stageId);
  const arrangementId = itemId(data.arrangementId);
  if (stageId === undefined || arrangementId === undefined) return { ok: false, problem: "the card action names no stage or arrangement" };
  const view = opinionViews.find((candidate) => candidate === data[cardInputIds.view]);
  const submission: CardActionSubmission = {
    verb: verb as CardVerb,
    stageId,
    arrangementId,
    trigger: isRecord(value) && value.trigger === "automatic" ? "automatic" : "manual",
  };
  if (view) submission.view = view;
  const opinion = filledText(data[cardInputIds.opinion]);
  if (opinion) submission.opinion = opinion;
  const comment = filledText(data[cardInputIds.comment]);
  if (comment) submission.comment = comment;
  return { ok: true, action: submission };
}
