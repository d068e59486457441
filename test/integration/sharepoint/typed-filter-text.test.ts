import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, escapeODataString } from "../../../src/sharepoint/odata";
import { repositoryFor } from "../../../src/sharepoint/repositories";
import { startLocalSite, type LocalSite } from "./local-site";
import { actorOf, arrangement } from "./records-helpers";

describe("text an officer types into a search", () => {
  let site: LocalSite;
  beforeAll(async () => (site = await startLocalSite()));
  afterAll(() => site.close());

  it("is searched for literally, never read as more of the filter", async () => {
    const sp = site.as();
    const me = await actorOf(sp);
    const register = repositoryFor(sp, "Partnerships");
    const typed = "O'Brien' or Title ne 'x";
    for (const name of ["O'Brien", "x", "Other Partnership", typed]) await register.add(arrangement(name), me);

    expect(escapeODataString(typed)).toBe("O''Brien'' or Title ne ''x");
    const found = await register.query({ select: ["Title"], filter: eq("Title", typed) });
    expect(found.map((r) => r.record.name)).toEqual([typed]);
  });
});
