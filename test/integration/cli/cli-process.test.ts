import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { tempJson } from "../../support/temp-files";

const cli = (...args: string[]) =>
  spawnSync("npx", ["tsx", "src/cli/main.ts", ...args], { encoding: "utf8", cwd: process.cwd() });

describe("the admin command line as a person runs it", () => {
  it("explains a proposal and exits 0", () => {
    const facts = tempJson("facts.json", { kind: "shared-service", subtype: "full" });
    const run = cli("policy", "explain", "--policy", "gravesham", "--facts", facts);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).route.at(-1)).toMatchObject({ type: "meeting", roles: ["cabinet"] });
  });

  it("rejects bad facts with a message and no stack trace", () => {
    const facts = tempJson("facts.json", { kind: 3, councilResource: -5 });
    const run = cli("policy", "explain", "--facts", facts);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/kind/);
    expect(run.stderr).toMatch(/councilResource/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
