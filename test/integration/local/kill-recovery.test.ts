import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SiteStore } from "../../../src/local/site-store";
import { createList, createItem } from "../../../src/local/site-mutations";

const repoRoot = resolve(import.meta.dirname, "../../..");
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/**
 * `node --import tsx` rather than `npx tsx`: both npx and the tsx CLI run the server in a child
 * process, so SIGKILL to them would not reach it. One process means kill -9 hits the server itself.
 */
function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/local/main.ts"], {
    cwd: repoRoot,
    env: { ...process.env, SP_PORT: "0", SP_DATA_DIR: dataDir, SP_SITE_PATH: "/sites/partnerships", SP_LATENCY_MS: "0", SP_THROTTLE_RATE: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return new Promise((resolvePromise, reject) => {
    let out = "";
    let err = "";
    child.stdout?.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /LOCAL_SHAREPOINT_URL=(\S+)/.exec(out);
      if (m) resolvePromise({ child, url: m[1] as string });
    });
    child.stderr?.on("data", (c: Buffer) => (err += c.toString()));
    child.on("exit", (code) => reject(new Error(`stand-in exited (${String(code)}) before listening: ${err}`)));
  });
}

const json = { accept: "application/json", "content-type": "application/json;charset=utf-8" };

describe("kill -9 in the middle of a burst of writes", () => {
  it("keeps every acknowledged write and loads again", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "local-sp-kill-"));
    dirs.push(dataDir);
    const first = await startChild(dataDir);
    const created = await fetch(`${first.url}/_api/web/lists`, { method: "POST", headers: json, body: JSON.stringify({ Title: "Burst", BaseTemplate: 100 }) });
    expect(created.status).toBe(201);

    const acked = new Map<number, string>();
    let sent = 0;
    let inFlight = 0;
    let killed = false;
    const worker = async (): Promise<void> => {
      while (!killed) {
        const title = `write ${sent++}`;
        inFlight++;
        try {
          const res = await fetch(`${first.url}/_api/web/lists/getByTitle('Burst')/items`, { method: "POST", headers: json, body: JSON.stringify({ Title: title }) });
          if (res.status === 201) acked.set(((await res.json()) as { Id: number }).Id, title);
        } catch {
          return; // the connection died with the server: that write was never acknowledged
        } finally {
          inFlight--;
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    // Kill at a moment when writes are outstanding, so some die unacknowledged mid-request.
    while (acked.size < 200 || inFlight === 0) await new Promise((r) => setTimeout(r, 2));
    const outstandingAtKill = inFlight;
    const exited = new Promise((r) => first.child.once("exit", r));
    first.child.kill("SIGKILL");
    killed = true;
    await Promise.all(workers);
    await exited;
    expect(outstandingAtKill).toBeGreaterThan(0);
    expect(sent).toBeGreaterThanOrEqual(acked.size);

    const second = await startChild(dataDir);
    const found = new Map<number, string>();
    let next: string | undefined = `${second.url}/_api/web/lists/getByTitle('Burst')/items?$select=Id,Title&$top=5000`;
    while (next) {
      const page = (await (await fetch(next, { headers: json })).json()) as { value: { Id: number; Title: string }[]; "odata.nextLink"?: string };
      for (const row of page.value) found.set(row.Id, row.Title);
      next = page["odata.nextLink"];
    }
    for (const [id, title] of acked) expect(found.get(id), `acknowledged item ${id}`).toBe(title);
    // Ids are never reused after a restart.
    const after = await fetch(`${second.url}/_api/web/lists/getByTitle('Burst')/items`, { method: "POST", headers: json, body: JSON.stringify({ Title: "after" }) });
    expect(((await after.json()) as { Id: number }).Id).toBeGreaterThan(Math.max(...found.keys()));
    const stopped = new Promise((r) => second.child.once("exit", r));
    second.child.kill("SIGTERM");
    await stopped;
  });
});

describe("write-ahead log replay", () => {
  it("ignores a torn last line, cuts it off, and keeps appending cleanly", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "local-sp-wal-"));
    dirs.push(dataDir);
    const store = SiteStore.open(dataDir);
    store.commit({ t: "user.put", user: { Id: 7, Title: "A", Email: "a@x.example", LoginName: "i:0#.f|membership|a@x.example", UserPrincipalName: "a@x.example", IsSiteAdmin: false } });
    const list = createList(store, "Torn", {});
    const user = store.userById(7);
    if (!user) throw new Error("user missing");
    createItem(store, list, { Title: "kept" }, user);
    store.durable();
    // Simulate dying mid-append: half a record, no newline. (The store above is abandoned, not closed.)
    appendFileSync(join(dataDir, "wal.jsonl"), '{"seq":99,"change":{"t":"item.put","listId":"');
    const reopened = SiteStore.open(dataDir);
    expect(reopened.listByTitle("Torn")?.all().map((i) => i.values.Title)).toEqual(["kept"]);
    const again = reopened.listByTitle("Torn");
    if (!again) throw new Error("list missing");
    createItem(reopened, again, { Title: "after restart" }, user);
    reopened.durable();
    const third = SiteStore.open(dataDir);
    expect(third.listByTitle("Torn")?.all().map((i) => i.values.Title)).toEqual(["kept", "after restart"]);
    // Every line on disk parses.
    for (const line of readFileSync(join(dataDir, "wal.jsonl"), "utf8").split("\n").filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
    third.close();
  });
});
