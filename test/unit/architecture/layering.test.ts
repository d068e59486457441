import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function importProblems(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("the layering in DESIGN.md fails the build when broken", () => {
  it.each([
    ["src/domain/engine/x.ts", 'import { a } from "../../sharepoint/client";'],
    ["src/domain/x.ts", 'import { a } from "../local/server";'],
    ["src/domain/x.ts", 'import { a } from "../policy/built-in-packs";'],
    ["src/domain/x.ts", 'import { spfi } from "@pnp/sp";'],
    ["src/domain/x.ts", 'import { readFile } from "node:fs";'],
    ["src/cards/x.ts", 'import { a } from "../sharepoint/client";'],
    ["src/sharepoint/x.ts", 'import { a } from "../local/server";'],
    ["src/bot/x.ts", 'import { spfi } from "@pnp/sp";'],
    ["src/tab/register/x.ts", 'import { a } from "../../local/server";'],
    ["src/cli/x.ts", 'import { a } from "../local/server";'],
  ])("%s may not say %s", async (file, source) => {
    expect(await importProblems(file, source)).not.toEqual([]);
  });

  it.each([
    ["src/domain/engine/x.ts", 'import { a } from "../facts/facts";'],
    ["src/cards/x.ts", 'import { a } from "../domain/engine/explain";'],
    ["src/sharepoint/x.ts", 'import { spfi } from "@pnp/sp";'],
    ["src/tab/x.ts", 'import { a } from "../sharepoint/client";'],
    ["src/policy/x.ts", 'import { a } from "../domain/policy-pack/pack-schema";'],
  ])("%s may say %s", async (file, source) => {
    expect(await importProblems(file, source)).toEqual([]);
  });
});
