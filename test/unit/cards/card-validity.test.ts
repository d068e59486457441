import { describe, expect, it } from "vitest";
import { cardBytes } from "../../../src/cards/card-limits";
import { moreInTheRecord } from "../../../src/cards/card-text";
import { everyCard, everyContext, hostile, hostileContext, hugeContext } from "./card-builders";
import { refreshOf, visibleText } from "./card-inspect";
import { cardProblems } from "./validate-card";

/** Teams refuses bot messages near 100 KB; we keep every card under 80 KB (TOOLCHAIN.md). */
const eightyKB = 80_000;

describe.each(everyContext())("every card for %s", (_name, ctx) => {
  it.each(everyCard(ctx))("the %s card is a valid Adaptive Card 1.5 under 80 KB", (_card, card) => {
    expect(cardProblems(card)).toEqual([]);
    expect(card.version).toBe("1.5");
    expect(cardBytes(card)).toBeLessThan(eightyKB);
  });
});

describe("the validator the tests rely on", () => {
  it("does find a broken card, so a clean result means something", () => {
    const broken = {
      type: "AdaptiveCard",
      version: "1.5",
      body: [
        { type: "TextBlock", text: "x", size: "enormous" },
        { type: "Input.Text", id: "same", isRequired: true },
        { type: "Input.Text", id: "same" },
        { type: "Carousel.Page" },
      ],
      actions: [{ type: "Action.Execute", verb: "x", associatedInputs: "sometimes" }],
    };
    expect(cardProblems(broken).length).toBeGreaterThanOrEqual(3);
  });
});

describe("hostile text", () => {
  it("never reaches a card as Markdown, a template or a control character", () => {
    for (const [name, card] of everyCard(hostileContext())) {
      const json = JSON.stringify(card.body);
      expect(json, name).not.toContain("[click]");
      expect(json, name).not.toContain("**bold**");
      expect(json, name).not.toContain("${");
      expect(json, name).not.toContain("{{");
      expect(json, name).not.toMatch(/\\u0000|\\u202e/i);
      expect(visibleText(card), name).not.toMatch(/^(#|- |1\. )/m);
      expect(visibleText(card), name).toContain(hostile.slice(0, 5).replace(/[[\]()]/g, "\\$&"));
    }
  });
});

describe("an enormous record", () => {
  it("is cut down with pointers to the record, keeping its buttons and 60 personal views", () => {
    for (const [name, card] of everyCard(hugeContext())) {
      expect(visibleText(card), name).toContain(moreInTheRecord);
      const refresh = refreshOf(card);
      if (refresh) expect(refresh.userIds, name).toHaveLength(60);
    }
  });
});
