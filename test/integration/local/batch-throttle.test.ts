import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HttpRequestError } from "@pnp/queryable";
import { call, createPartnerships, startTestSite, type TestSite } from "./helpers";

describe("$batch", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite();
    await createPartnerships(site.sp);
    await site.sp.web.lists.getByTitle("Partnerships").items.add({ Title: "Existing", Status: "Active" });
  });
  afterAll(async () => site.close());

  it("runs mixed reads and writes through PnPjs in one request, in order", async () => {
    const [batched, execute] = site.sp.batched();
    // A fresh chain per operation: PnPjs refuses to reuse one instance inside a batch.
    const items = () => batched.web.lists.getByTitle("Partnerships").items;
    const read1 = items().select("Id", "Title").top(10)();
    const add = items().add({ Title: "Batch A", Status: "Pending" });
    const update = items().getById(1).update({ Title: "Existing (batched)" });
    const bad = items().add({ Title: "Bad", Status: "Nonsense" }).catch((e: HttpRequestError) => e);
    const read2 = items().getById(1)();
    await execute();
    expect((await read1).map((r) => r.Title)).toEqual(["Existing"]);
    expect((await add).Title).toBe("Batch A");
    await update;
    expect(((await bad) as HttpRequestError).status).toBe(400);
    expect((await read2).Title).toBe("Existing (batched)");
  });

  it("answers one flat part per operation", async () => {
    const b = "batch_test";
    const cs = "changeset_test";
    const base = `${site.local.url}/_api/web/lists/getByTitle('Partnerships')/items`;
    const body = [
      `--${b}`, "Content-Type: application/http", "Content-Transfer-Encoding: binary", "", `GET ${base}?%24top=1 HTTP/1.1`, "accept: application/json", "",
      `--${b}`, `Content-Type: multipart/mixed; boundary="${cs}"`, "",
      `--${cs}`, "Content-Type: application/http", "Content-Transfer-Encoding: binary", "", `POST ${base} HTTP/1.1`, "accept: application/json", "content-type: application/json", "", `{"Title":"Raw"}`, "",
      `--${cs}`, "Content-Type: application/http", "Content-Transfer-Encoding: binary", "", `DELETE ${base}(2) HTTP/1.1`, "if-match: *", "", "",
      `--${cs}--`, "", `--${b}--`, "",
    ].join("\n");
    const res = await call(`${site.local.url}/_api/$batch`, { method: "POST", headers: { "content-type": `multipart/mixed; boundary=${b}` }, body });
    expect(res.status).toBe(200);
    const statuses = [...res.text.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual([200, 201, 200]);
    expect(res.text).not.toContain("changeset");
  });
});

describe("throttling and latency", () => {
  it("answers 429 with Retry-After: 1 for the configured fraction, deterministically", async () => {
    const site = await startTestSite({ throttleRate: 0.5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) {
        const res = await call(`${site.local.url}/_api/web`);
        statuses.push(res.status);
        if (res.status === 429) expect(res.headers.get("retry-after")).toBe("1");
      }
      const throttled = statuses.filter((s) => s === 429).length;
      expect(throttled).toBeGreaterThan(8);
      expect(throttled).toBeLessThan(32);
      expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
      const again = await startTestSite({ throttleRate: 0.5 });
      try {
        const replay: number[] = [];
        for (let i = 0; i < 40; i++) replay.push((await call(`${again.local.url}/_api/web`)).status);
        expect(replay).toEqual(statuses);
      } finally {
        await again.close();
      }
    } finally {
      await site.close();
    }
  });

  it("PnPjs retries through the 429s and succeeds", async () => {
    const site = await startTestSite({ throttleRate: 0.3 });
    try {
      const web = await site.sp.web.select("Title", "Url")();
      expect(web.Url).toBe(site.local.url);
    } finally {
      await site.close();
    }
  });

  it("adds the configured latency to every request", async () => {
    const site = await startTestSite({ latencyMs: 120 });
    try {
      const started = performance.now();
      await call(`${site.local.url}/_api/web`);
      expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    } finally {
      await site.close();
    }
  });
});
