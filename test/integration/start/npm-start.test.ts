import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type RunningStack } from "../../support/start-stack";

describe("npm start on a fresh clone", () => {
  let stack: RunningStack;
  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it("the local site answers the register's REST call with the demo arrangements", async () => {
    const response = await fetch(`${stack.siteUrl}/_api/web/lists/getByTitle('Partnerships')/items?$select=Title,Kind,Status&$top=100`, {
      headers: { Accept: "application/json;odata=nometadata" },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { value: { Title: string; Kind: string; Status: string }[] };
    expect(body.value.length).toBeGreaterThanOrEqual(35);
    expect(body.value.map((v) => v.Title)).toContain("Northbrook Community Safety Partnership");
    expect(new Set(body.value.map((v) => v.Kind))).toEqual(new Set(["partnership", "shared-service", "working-group"]));
  });

  it("prints the addresses and who you can act as", () => {
    expect(stack.output()).toMatch(/Tab\s+http:\/\/127\.0\.0\.1:\d+\//);
    expect(stack.output()).toMatch(/People you can act as/);
    expect(stack.output()).toMatch(/Corporate Change Manager/);
  });

  it("serves the tab at / on the same origin", async () => {
    const response = await fetch(`${stack.origin}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<div id="root"/);
  });

  it("keeps what was saved across a restart, and --reset starts again from fresh demo data", async () => {
    const list = `${stack.siteUrl}/_api/web/lists/getByTitle('Portfolios')/items`;
    const add = await fetch(list, { method: "POST", headers: { Accept: "application/json", "Content-Type": "application/json" }, body: JSON.stringify({ Title: "Portfolio added before restart", Active: true }) });
    expect(add.status).toBe(201);
    await stack.stop();
    await expect(fetch(`${stack.origin}/`)).rejects.toThrow();

    const again = await startStack({ dataDir: stack.dataDir });
    const titles = async (s: RunningStack) =>
      ((await (await fetch(`${s.siteUrl}/_api/web/lists/getByTitle('Portfolios')/items?$select=Title`, { headers: { Accept: "application/json;odata=nometadata" } })).json()) as { value: { Title: string }[] }).value.map((v) => v.Title);
    expect(await titles(again)).toContain("Portfolio added before restart");
    await again.stop();

    const reset = await startStack({ dataDir: stack.dataDir, reset: true });
    expect(await titles(reset)).not.toContain("Portfolio added before restart");
    stack = reset;
  }, 240_000);
});
