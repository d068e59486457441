import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/run-cli";
import { bufferOutput } from "../../support/buffer-output";
import { tempJson } from "../../support/temp-files";
import { pack } from "../../support/explain-with";

describe("policy explain", () => {
  it("prints the engine's answer as JSON: screening, kind, category, route, sections and reasons", async () => {
    const out = bufferOutput();
    const facts = tempJson("facts.json", { kind: "partnership", councilResource: 65000 });
    const code = await runCli(["policy", "explain", "--policy", "gravesham", "--facts", facts], out);
    expect(code).toBe(0);
    const answer = JSON.parse(out.stdout.join("\n"));
    expect(answer.screening).toEqual({ result: "in" });
    expect(answer.kind.id).toBe("partnership");
    expect(answer.category.id).toBe("significant");
    expect(answer.route.map((s: { type: string }) => s.type)).toEqual(["opinion", "meeting", "approval"]);
    expect(answer.route[0].roles).toEqual(expect.arrayContaining(["deputy-monitoring-officer", "section-151-officer"]));
    expect(answer.sections.required.length).toBeGreaterThan(0);
    expect(answer.reasons.map((r: { text: string }) => r.text)).toContain("Significant: council resource £65,000 is at least £50,000");
  });

  it("includes the scorecard's score under dartford", async () => {
    const out = bufferOutput();
    const criteria = pack("dartford").categorisation.flatMap((c) => c.scorecard?.criteria ?? []);
    const facts = tempJson("facts.json", { kind: "partnership", scorecard: Object.fromEntries(criteria.map((c, i) => [c.id, i < 7])) });
    expect(await runCli(["policy", "explain", "--policy", "dartford", "--facts", facts], out)).toBe(0);
    const answer = JSON.parse(out.stdout.join("\n"));
    expect(answer.score.percent).toBe(53.8);
    expect(answer.category.id).toBe("major");
  });

  it("names each bad fact in one clear message and exits non-zero", async () => {
    const out = bufferOutput();
    const facts = tempJson("facts.json", { kind: "partnership", councilResource: "sixty thousand", urgent: true });
    const code = await runCli(["policy", "explain", "--policy", "gravesham", "--facts", facts], out);
    expect(code).toBe(1);
    const message = out.stderr.join("\n");
    expect(message).toMatch(/councilResource: .*amount in pounds/);
    expect(message).toMatch(/urgent: .*not a fact/);
    expect(message).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("says so when the facts file is missing or not JSON", async () => {
    const out = bufferOutput();
    expect(await runCli(["policy", "explain", "--facts", "/nowhere/facts.json"], out)).toBe(1);
    expect(out.stderr.join("")).toMatch(/does not exist/);
    const broken = tempJson("facts.json", "{ kind: partnership");
    expect(await runCli(["policy", "explain", "--facts", broken], out)).toBe(1);
    expect(out.stderr.join("")).toMatch(/not valid JSON/);
  });

  it("refuses an unknown policy name, listing the built-in ones", async () => {
    const out = bufferOutput();
    const facts = tempJson("facts.json", { kind: "partnership" });
    expect(await runCli(["policy", "explain", "--policy", "kent", "--facts", facts], out)).toBe(1);
    expect(out.stderr.join("")).toMatch(/gravesham/);
  });

  it("explains under a council's own pack file", async () => {
    const out = bufferOutput();
    const own = structuredClone(pack("wiltshire"));
    own.id = "somerset";
    own.name = "Somerset";
    const file = tempJson("somerset.json", own);
    const facts = tempJson("facts.json", { kind: "partnership" });
    expect(await runCli(["policy", "explain", "--policy", file, "--facts", facts], out)).toBe(0);
    expect(JSON.parse(out.stdout.join("\n")).pack.name).toBe("Somerset");
  });
});

describe("policy validate", () => {
  it("exits 0 for a valid pack", async () => {
    const out = bufferOutput();
    expect(await runCli(["policy", "validate", tempJson("g.json", pack("gravesham"))], out)).toBe(0);
    expect(out.stdout.join("")).toMatch(/valid/);
  });

  it("exits non-zero listing each problem with its JSON path", async () => {
    const broken = structuredClone(pack("gravesham")) as unknown as { routes: { stages: { roles: string[] }[] }[] };
    broken.routes[0]!.stages[0]!.roles[0] = "chief-wizard";
    const out = bufferOutput();
    expect(await runCli(["policy", "validate", tempJson("g.json", broken)], out)).toBe(1);
    expect(out.stderr.join("\n")).toMatch(/\$\.routes\[0\]\.stages\[0\]\.roles\[0\]: .*chief-wizard/);
  });

  it("prints usage for an unknown command", async () => {
    const out = bufferOutput();
    expect(await runCli(["frobnicate"], out)).toBe(2);
    expect(out.stderr.join("")).toMatch(/Usage/);
  });
});
