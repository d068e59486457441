import { afterEach, describe, expect, it, vi } from "vitest";
import { ThrottledError } from "../../../src/sharepoint/errors/throttled-error";
import { describeError } from "../../../src/sharepoint/describe-error";
import { repositoryFor } from "../../../src/sharepoint/repositories";
import { startLocalSite, type LocalSite } from "./local-site";
import { actorOf, arrangement } from "./records-helpers";

describe("when SharePoint throttles", () => {
  let site: LocalSite | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await site?.close();
  });

  it("retries each throttled request until it succeeds", async () => {
    // Three requests in ten are answered 429 + Retry-After, provisioning's hundreds included.
    site = await startLocalSite({ throttleRate: 0.3, retries: 12 });
    const sp = site.as();
    const fetches = vi.spyOn(globalThis, "fetch");
    const me = await actorOf(sp);
    const register = repositoryFor(sp, "Partnerships");
    const created = [];
    for (const name of ["Leisure Trust", "Joint Waste Partnership", "Building Control Shared Service"]) {
      created.push(await register.add(arrangement(name), me));
    }
    const first = created[0];
    if (!first) throw new Error("nothing was created");
    await register.update(first.id, { status: "screening" }, first.etag, me);
    const rows = await register.query({ select: ["Title", "Status"] });

    expect(rows.map((r) => r.record.name).sort()).toEqual(["Building Control Shared Service", "Joint Waste Partnership", "Leisure Trust"]);
    const statuses = await Promise.all(fetches.mock.results.map(async (r) => ((await r.value) as Response).status));
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  });

  it("gives up with a ThrottledError when SharePoint never stops throttling", async () => {
    site = await startLocalSite({ throttleRate: 1, provision: false });
    const fetches = vi.spyOn(globalThis, "fetch");
    const query = repositoryFor(site.as(undefined, { retries: 3 }), "Partnerships").query();

    const error = await query.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(ThrottledError.is(error)).toBe(true);
    expect(describeError(error)).toMatch(/SharePoint is busy/);
    expect(fetches).toHaveBeenCalledTimes(4);
  });
});
