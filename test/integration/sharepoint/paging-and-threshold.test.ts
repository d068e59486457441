import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedItems } from "../../../src/local/seed";
import { ThresholdError } from "../../../src/sharepoint/errors/threshold-error";
import { eq } from "../../../src/sharepoint/odata";
import { repositoryFor } from "../../../src/sharepoint/repositories";
import { startLocalSite, type LocalSite } from "./local-site";

describe("a register past SharePoint's 5,000-item view threshold", () => {
  let site: LocalSite;
  beforeAll(async () => {
    site = await startLocalSite();
    // Seeded straight into the stand-in's store: 12,000 HTTP adds would test nothing more.
    const rows = Array.from({ length: 12_000 }, (_, i) => ({
      Title: `Arrangement ${i + 1}`,
      Kind: i % 3 === 0 ? "shared-service" : "partnership",
      Status: "active",
      AreaOfWork: i % 2 === 0 ? "Housing" : "Leisure",
    }));
    seedItems(site.server.handler.store, "Partnerships", rows);
  }, 120_000);
  afterAll(() => site.close());

  it("reads all 12,000 arrangements by following next links, page by page", async () => {
    const fetches = vi.spyOn(globalThis, "fetch");
    try {
      const rows = await repositoryFor(site.as(), "Partnerships").query({ select: ["Title"], top: 5000 });
      expect(rows).toHaveLength(12_000);
      expect(new Set(rows.map((r) => r.id)).size).toBe(12_000);
      expect(rows.every((r) => r.problems.length === 0 && r.etag !== "")).toBe(true);
      expect(fetches).toHaveBeenCalledTimes(3);
    } finally {
      fetches.mockRestore();
    }
  });

  it("stops early when asked for only the first rows", async () => {
    const rows = await repositoryFor(site.as(), "Partnerships").query({ select: ["Title"], limit: 25 });
    expect(rows).toHaveLength(25);
  });

  it("is refused by SharePoint when filtered on a column that is not indexed", async () => {
    const search = repositoryFor(site.as(), "Partnerships").query({ select: ["Title"], filter: eq("AreaOfWork", "Housing") });
    const error = await search.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(ThresholdError.is(error)).toBe(true);
    expect((error as ThresholdError).message).toMatch(/more than 5,000 items in the Partnerships list/);
  });

  it("works when filtered on an indexed column", async () => {
    const rows = await repositoryFor(site.as(), "Partnerships").query({ select: ["Title", "Kind"], filter: eq("Kind", "shared-service") });
    expect(rows).toHaveLength(4000);
  });
});
