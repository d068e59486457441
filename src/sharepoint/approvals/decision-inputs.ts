import type { StageType } from "../../domain/policy-pack/pack-schema";
import { opinionViews } from "../../domain/records/statutory-opinion";

/** What a person can do on a stage from a card or the tab. */
export const decisionVerbs = ["opinion", "approve", "reject", "request-changes", "noted"] as const;
export type DecisionVerb = (typeof decisionVerbs)[number];

export type OpinionView = (typeof opinionViews)[number];

/** What came with the action; cards send strings, so nothing here is trusted until checked. */
export interface DecisionInputs {
  view?: unknown;
  opinion?: unknown;
  comment?: unknown;
}

export type CheckedInputs =
  | { ok: true; view?: OpinionView; opinion?: string; comment?: string }
  | { ok: false; problems: string[] };

/** Which verbs each stage type accepts: an opinion stage takes opinions, an approval decisions. */
const allowed: Record<StageType, readonly DecisionVerb[]> = {
  opinion: ["opinion", "request-changes"],
  approval: ["approve", "reject", "request-changes"],
  // A meeting's outcome is recorded with its date and minute (recordMeeting), not from a card.
  meeting: [],
  inform: ["noted"],
};

export const verbFitsStage = (verb: DecisionVerb, type: StageType): boolean => allowed[type].includes(verb);

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

const viewWords: Record<OpinionView, string> = { supports: "supports the proposal", concerns: "has concerns", objects: "objects" };

/**
 * The card's inputs for this verb, or every problem with them at once, each a plain sentence:
 * an opinion needs its text and a view (default framework 2.14: "sought and recorded"); a rejection or a
 * request for changes needs a comment saying why, so the lead officer knows what to do next.
 */
export function checkInputs(verb: DecisionVerb, inputs: DecisionInputs): CheckedInputs {
  const problems: string[] = [];
  const comment = text(inputs.comment);
  if (verb === "opinion") {
    const opinion = text(inputs.opinion);
    const rawView = text(inputs.view);
    const view = opinionViews.find((v) => v === rawView);
    if (!opinion) problems.push("Write your opinion before giving it: the framework requires it to be recorded in your words.");
    if (!view) {
      problems.push(
        rawView
          ? `"${rawView}" is not a view the register knows; choose whether your opinion ${Object.values(viewWords).join(", ").replace(/, ([^,]*)$/, " or $1")}.`
          : "Choose your view: whether you support the proposal, have concerns or object.",
      );
    }
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, ...(view ? { view } : {}), ...(opinion ? { opinion } : {}), ...(comment ? { comment } : {}) };
  }
  if ((verb === "reject" || verb === "request-changes") && !comment) {
    const what = verb === "reject" ? "reject the proposal" : "ask for changes";
    problems.push(`Add a comment saying why before you ${what}: the lead officer needs it to know what happens next.`);
    return { ok: false, problems };
  }
  return { ok: true, ...(comment ? { comment } : {}) };
}
