import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvalRequestCard } from "../../../src/cards/approval-request-card";
import { cardVerbs, type AdaptiveCard } from "../../../src/cards/card-types";
import { opinionRequestCard } from "../../../src/cards/opinion-request-card";
import { approvalContext, opinionContext } from "./card-fixtures";
import { AC } from "./validate-card";

/** The renderer reaches for browser globals; jsdom lends them for this file only. */
const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
const lent = [
  "window",
  "document",
  "navigator",
  "Node",
  "Element",
  "getComputedStyle",
  ...Object.getOwnPropertyNames(dom.window).filter((name) => /^HTML\w*Element$/.test(name)),
];
// jsdom has no layout, so no innerText; the renderer writes plain TextBlocks through it.
Object.defineProperty(dom.window.HTMLElement.prototype, "innerText", {
  get(this: HTMLElement) {
    return this.textContent;
  },
  set(this: HTMLElement, value: string) {
    this.textContent = value;
  },
});
const saved = new Map<string, PropertyDescriptor | undefined>();

beforeAll(() => {
  for (const name of lent) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    const value: unknown = name === "window" ? dom.window : Reflect.get(dom.window, name);
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
});

afterAll(() => {
  for (const name of lent) {
    const descriptor = saved.get(name);
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else Reflect.deleteProperty(globalThis, name);
  }
  dom.window.close();
});

type Executed = { verb: string | undefined; data: unknown };

/** Renders a card as Teams' web client would, and records what each button press would send. */
function render(json: AdaptiveCard) {
  const card = new AC.AdaptiveCard();
  card.parse(json, new AC.SerializationContext());
  const executed: Executed[] = [];
  card.onExecuteAction = (action) => {
    if (action instanceof AC.ExecuteAction) executed.push({ verb: action.verb, data: action.data });
  };
  const element = card.render();
  if (!element) throw new Error("the card did not render");
  dom.window.document.body.replaceChildren(element);
  const press = (title: string) => {
    for (let i = 0; i < card.getActionCount(); i++) {
      const action = card.getActionAt(i);
      if (action?.title === title) return action.execute();
    }
    throw new Error(`no button called ${title}`);
  };
  return { element, executed, press };
}

describe("an approval card rendered by the Adaptive Cards renderer", () => {
  it("shows the arrangement's name and the three buttons with the record link", () => {
    const { element } = render(approvalRequestCard(approvalContext()));
    const text = element.textContent ?? "";
    expect(text).toContain("North Kent Community Safety Partnership");
    const buttonTitles = [...element.querySelectorAll("button")].map((button) => button.textContent?.trim());
    expect(buttonTitles).toEqual(["Approve", "Reject", "Request changes", "Open the record"]);
  });

  it("approves without a comment, but will not reject or ask for changes until one is written", () => {
    const { element, executed, press } = render(approvalRequestCard(approvalContext()));
    press("Approve");
    press("Reject");
    press("Request changes");
    expect(executed).toEqual([{ verb: cardVerbs.approve, data: { stageId: 503, arrangementId: 42 } }]);

    const comment = element.querySelector("textarea");
    if (!comment) throw new Error("no comment box");
    comment.value = "The exit strategy needs a named officer.";
    press("Reject");
    expect(executed.at(-1)).toEqual({
      verb: cardVerbs.reject,
      data: { stageId: 503, arrangementId: 42, comment: "The exit strategy needs a named officer." },
    });
  });
});

describe("a statutory officer's card rendered by the Adaptive Cards renderer", () => {
  it("sends the view and the opinion only once both are given", () => {
    const { element, executed, press } = render(opinionRequestCard(opinionContext()));
    press("Give opinion");
    expect(executed).toEqual([]);

    const concerns = [...element.querySelectorAll<HTMLInputElement>("input[type=radio]")].find((radio) => radio.value === "concerns");
    const opinion = element.querySelector("textarea");
    if (!concerns || !opinion) throw new Error("the opinion form did not render");
    concerns.checked = true;
    opinion.value = "A data sharing agreement must be signed first.";
    press("Give opinion");
    expect(executed).toEqual([
      { verb: cardVerbs.giveOpinion, data: { stageId: 501, arrangementId: 42, view: "concerns", opinion: "A data sharing agreement must be signed first." } },
    ]);
  });
});
