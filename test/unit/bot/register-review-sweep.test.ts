import { describe, expect, it } from "vitest";
import { recordLinkFor } from "../../../src/bot/record-link";
import { myWorkLinkFrom } from "../../../src/bot/register-review-sweep";
import { pathForSubEntityId } from "../../../src/tab/lib/router/teams-deep-link";

describe("the register review card's link to My work", () => {
  it("is the tab's own /my-work locally", () => {
    expect(myWorkLinkFrom(recordLinkFor({ tabUrl: "http://localhost:5173/" }))).toBe("http://localhost:5173/my-work");
  });

  it("is a Teams deep link into the register tab that the tab turns into My work", () => {
    const link = myWorkLinkFrom(recordLinkFor({ teamsAppId: "11111111-2222-3333-4444-555555555555" }));
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe("https://teams.microsoft.com/l/entity/11111111-2222-3333-4444-555555555555/register");
    const subEntityId = (JSON.parse(url.searchParams.get("context") ?? "{}") as { subEntityId?: string }).subEntityId;
    expect(pathForSubEntityId(subEntityId)).toBe("/my-work");
  });
});
