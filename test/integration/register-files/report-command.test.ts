import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportRegister } from "../../../src/cli/commands/report-register";
import { buildDemoCouncil } from "../../../src/demo-council/index";
import { bufferOutput } from "../../support/buffer-output";
import { changeManager, startDemoSite, today, type DemoSite } from "./demo-site";

let site: DemoSite;
beforeAll(async () => {
  site = await startDemoSite();
});
afterAll(async () => site?.close());

const demo = buildDemoCouncil(today);
const liveStates = ["active", "under-review", "exiting"];

/**
 * Told forwards from the demo's own audit trail, independently of the report's backwards replay:
 * the arrangements that had been created and whose latest status change by `cutoff` left them live.
 */
function liveAt(cutoff: string): string[] {
  const names: string[] = [];
  for (const row of demo.arrangements) {
    const entries = demo.auditEntries
      .map((e) => e.record)
      .filter((e) => (e.itemId as unknown as { $item: string; key: string }).$item === "Partnerships" && (e.itemId as unknown as { key: string }).key === row.key && e.at <= cutoff)
      .sort((a, b) => a.at.localeCompare(b.at));
    if (!entries.some((e) => e.action === "create")) continue;
    const status = entries.flatMap((e) => (e.changes.status?.after ? [String(e.changes.status.after)] : [])).at(-1);
    if (status && liveStates.includes(status)) names.push(row.record.name);
  }
  return names.sort();
}

async function run(args: string[]) {
  const out = bufferOutput();
  const code = await reportRegister(["--site", site.url, "--as", changeManager.email, "--council", "Northbrook Borough Council", "--today", today, ...args], out);
  return { code, out };
}

async function sheetNames(path: string): Promise<{ names: string[]; title: string }> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(path);
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const names: string[] = [];
  workbook.getWorksheet("Register")!.eachRow((row, n) => {
    if (n > 1) names.push(row.getCell(1).text);
  });
  return { names: names.sort(), title: workbook.getWorksheet("About")!.getRow(1).getCell(1).text };
}

describe("npm run cli -- report register", () => {
  it("writes a past year's report as the register stood at the end of that year's review window", async () => {
    const path = join(site.workDir, "report-2025.xlsx");
    const { code, out } = await run(["--year", "2025", "--out", path]);
    expect(code, out.stderr.join("\n")).toBe(0);
    expect(out.stdout[0]).toMatch(/^Wrote .*report-2025\.xlsx: Annual register report 2025\/26, \d+ arrangements of Northbrook Borough Council as at 2025-08-31\.$/);
    const { names, title } = await sheetNames(path);
    expect(title).toBe("Annual register report 2025/26 — Northbrook Borough Council");
    const expected = liveAt("2025-08-31T22:59:59.999Z");
    expect(expected.length).toBeGreaterThan(10);
    expect(names).toEqual(expected);
  });

  it("writes the printable web page when asked for .html", async () => {
    const path = join(site.workDir, "report-2025.html");
    expect((await run(["--year", "2025", "--out", path])).code).toBe(0);
    const page = await readFile(path, "utf8");
    expect(page).toContain("<h1>Annual register report 2025/26</h1>");
    expect(page).toContain('<html lang="en-GB">');
  });

  it("says plainly what is wrong with a bad year or file name", async () => {
    await expect(run(["--year", "25", "--out", "x.xlsx"])).rejects.toThrow(/--year must be a year like 2025/);
    await expect(run(["--year", "2025", "--out", "report.pdf"])).rejects.toThrow(/--out must end in \.xlsx or \.html/);
  });
});
