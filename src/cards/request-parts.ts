import type { StageType } from "../domain/policy-pack/pack-schema";
import { executeAction } from "./card-actions";
import { textBlock, type CardElement } from "./card-elements";
import type { TextLimits } from "./card-limits";
import { cardInputIds, cardVerbs, type CardContext } from "./card-types";
import { namesText } from "./people-text";

/** What a request asks of its assignee: the words, the inputs and the buttons. Reminders reuse them. */
export interface RequestParts {
  headline: string;
  intro: CardElement[];
  inputs: CardElement[];
  actions: CardElement[];
}

/** Opinions run long; this keeps one within what a SharePoint note and a card can carry. */
const maxOpinionLength = 4000;
const maxCommentLength = 2000;

function opinionParts(ctx: CardContext, limits: TextLimits): RequestParts {
  const roles = namesText(ctx.stage.roleNames, limits.people, limits.label) || "statutory officer";
  return {
    headline: "Your statutory opinion is needed",
    intro: [textBlock(`As ${roles}, please give your view and a written opinion. Opinions are recorded on the register and must be given before the proposal can go for approval.`)],
    inputs: [
      {
        type: "Input.ChoiceSet",
        id: cardInputIds.view,
        label: "Your view",
        style: "expanded",
        isRequired: true,
        errorMessage: "Choose whether you support the proposal, have concerns or object.",
        choices: [
          { title: "Supports", value: "supports" },
          { title: "Has concerns", value: "concerns" },
          { title: "Objects", value: "objects" },
        ],
      },
      {
        type: "Input.Text",
        id: cardInputIds.opinion,
        label: "Your opinion",
        isMultiline: true,
        maxLength: maxOpinionLength,
        placeholder: "Your opinion as it should be recorded",
        isRequired: true,
        errorMessage: "Write your opinion: it is recorded on the register.",
      },
    ],
    actions: [executeAction(ctx, cardVerbs.giveOpinion, "Give opinion", { style: "positive", associatedInputs: "auto" })],
  };
}

/** A decision to exit: approve (the arrangement ends) or refuse with a reason (it carries on). */
function exitParts(ctx: CardContext, limits: TextLimits): RequestParts {
  const roles = namesText(ctx.stage.roleNames, limits.people, limits.label) || "decision maker";
  return {
    headline: "Your decision on ending this arrangement is needed",
    intro: [
      textBlock(`As ${roles}, please approve or refuse the exit. Once everyone on this stage approves, the arrangement is marked ended and stays in the register's history.`),
      textBlock("**A comment is needed to refuse the exit.** Approving needs none.", { spacing: "small" }),
    ],
    inputs: [
      {
        type: "Input.Text",
        id: cardInputIds.comment,
        label: "Comment (needed to refuse the exit)",
        isMultiline: true,
        maxLength: maxCommentLength,
        placeholder: "Why the arrangement should carry on",
        isRequired: true,
        errorMessage: "Write a comment saying why you refuse the exit.",
      },
    ],
    actions: [
      executeAction(ctx, cardVerbs.approve, "Approve the exit", { style: "positive", associatedInputs: "none" }),
      executeAction(ctx, cardVerbs.reject, "Refuse the exit", { style: "destructive", associatedInputs: "auto" }),
    ],
  };
}

function approvalParts(ctx: CardContext, limits: TextLimits): RequestParts {
  if (ctx.exitDecision) return exitParts(ctx, limits);
  const roles = namesText(ctx.stage.roleNames, limits.people, limits.label) || "approver";
  return {
    headline: "Your approval is needed",
    intro: [
      textBlock(`As ${roles}, please approve, reject, or ask for changes. Every approver on this stage must approve before the proposal goes ahead.`),
      textBlock("**A comment is needed to reject or to ask for changes.** Approving needs none.", { spacing: "small" }),
    ],
    inputs: [
      {
        type: "Input.Text",
        id: cardInputIds.comment,
        label: "Comment (needed to reject or to ask for changes)",
        isMultiline: true,
        maxLength: maxCommentLength,
        placeholder: "Why you are rejecting it, or what needs to change",
        // Required, but only the actions that gather inputs check it: Approve gathers none.
        isRequired: true,
        errorMessage: "Write a comment to reject the proposal or to ask for changes.",
      },
    ],
    actions: [
      executeAction(ctx, cardVerbs.approve, "Approve", { style: "positive", associatedInputs: "none" }),
      executeAction(ctx, cardVerbs.reject, "Reject", { style: "destructive", associatedInputs: "auto" }),
      executeAction(ctx, cardVerbs.requestChanges, "Request changes", { associatedInputs: "auto" }),
    ],
  };
}

function informParts(ctx: CardContext): RequestParts {
  return {
    headline: "For your information",
    intro: [textBlock("You are being kept informed. There is nothing you need to do; you can let the lead officer know you have seen it.")],
    inputs: [],
    actions: [executeAction(ctx, cardVerbs.noted, "Noted", { associatedInputs: "none" })],
  };
}

/** Meetings are recorded in the register by the officer who attends, not from a card. */
function meetingParts(): RequestParts {
  return {
    headline: "A meeting outcome is to be recorded",
    intro: [textBlock("Once the meeting has discussed it, record the date, the outcome and the minute reference in the register.")],
    inputs: [],
    actions: [],
  };
}

export function requestParts(type: StageType, ctx: CardContext, limits: TextLimits): RequestParts {
  switch (type) {
    case "opinion":
      return opinionParts(ctx, limits);
    case "approval":
      return approvalParts(ctx, limits);
    case "inform":
      return informParts(ctx);
    case "meeting":
      return meetingParts();
  }
}
