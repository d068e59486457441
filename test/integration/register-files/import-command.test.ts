import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importRegister } from "../../../src/cli/commands/import";
import { suggestMapping } from "../../../src/register-files/column-mapping";
import { parseCsv } from "../../../src/register-files/parse-csv";
import { eq } from "../../../src/sharepoint/odata";
import { PermissionError } from "../../../src/sharepoint/errors/permission-error";
import { auditLogFor, repositoryFor } from "../../../src/sharepoint/repositories";
import { commitImport } from "../../../src/sharepoint/register-import/commit-import";
import { bufferOutput } from "../../support/buffer-output";
import { changeManager, startDemoSite, type DemoSite } from "./demo-site";

let site: DemoSite;
let before: number;
beforeAll(async () => {
  site = await startDemoSite();
  before = await registerSize();
});
afterAll(async () => site?.close());

async function registerSize(): Promise<number> {
  return (await repositoryFor(site.sp, "Partnerships").query({ select: ["Title"] })).length;
}

const header = "Ref,Partnership name,Type,Lead Officer,Directorate,Council contribution (£),Start date,Partners";
const good = [
  "NB-101,Northbrook Food Network,Partnership,Laura Pennington,,\"£12,500\",1/4/2024,Northbrook Foodbank; Wessex Community Trust",
  "NB-102,Riverside Play Forum,partnership,,,4000,2023-09-01,Riverside Residents Association",
  "NB-103,Southern Digital Skills Alliance,Partnership,,,,01/06/2025,Wessex College",
];
const bad = [good[0], "NB-102,Riverside Play Forum,Consortium,,,4000,2023-09-01,Riverside Residents Association", "NB-103,Southern Digital Skills Alliance,Partnership,,,lots,31/02/2025,Wessex College"];

async function importFile(rows: readonly (string | undefined)[], name: string, extra: string[] = []) {
  const path = join(site.workDir, name);
  await writeFile(path, `${[header, ...rows].join("\r\n")}\r\n`);
  const out = bufferOutput();
  const code = await importRegister(["--site", site.url, "--as", changeManager.email, path, ...extra], out);
  return { code, out, path };
}

describe("npm run cli -- import", () => {
  it("reports both bad rows, with row and column, and writes nothing", async () => {
    const { code, out } = await importFile(bad, "register.csv");
    expect(code).toBe(1);
    const said = out.stderr.join("\n");
    expect(said).toContain("Nothing was imported: fix the 3 problems below in the file, then import it again.");
    expect(said).toContain('Row 3, Type: "Consortium" is not a kind of arrangement the register knows');
    expect(said).toContain('Row 4, Council contribution (£): "lots" is not an amount of money');
    expect(said).toContain('Row 4, Start date: "31/02/2025" is not a date');
    expect(await registerSize()).toBe(before);
  });

  it("a dry run of the fixed file writes nothing and says what it would do", async () => {
    const { code, out } = await importFile(good, "register.csv", ["--dry-run"]);
    expect(code).toBe(0);
    expect(out.stdout).toContain("3 rows read: 3 to add, 0 already on the register, 0 problems.");
    expect(await registerSize()).toBe(before);
  });

  it("imports every row of the fixed file, each with an audit entry", async () => {
    const { code, out } = await importFile(good, "register.csv");
    expect(code, out.stderr.join("\n")).toBe(0);
    expect(out.stdout).toContain("Imported 3 rows; 0 already on the register were skipped.");
    expect(await registerSize()).toBe(before + 3);
    const food = (await repositoryFor(site.sp, "Partnerships").query({ select: ["Title", "LeadOfficer", "CouncilContribution", "ImportKey", "Status"] })).find((r) => r.record.name === "Northbrook Food Network");
    expect(food?.record).toMatchObject({ councilContribution: 12500, status: "active", leadOfficer: { title: "Laura Pennington" } });
    expect(food?.record.importKey).toMatch(/^v1-/);
    const audit = await auditLogFor(site.sp).query({ select: ["Title", "Reason"], filter: eq("ArrangementId", food!.id) });
    expect(audit.map((e) => e.record.reason)).toContain("Imported from register.csv, row 2");
  });

  it("importing the same file again adds nothing", async () => {
    const { code, out } = await importFile(good, "register-copy.csv");
    expect(code).toBe(0);
    expect(out.stdout).toContain("Imported 0 rows; 3 already on the register were skipped.");
    expect(await registerSize()).toBe(before + 3);
  });

  it("skips a row naming an arrangement already typed into the register", async () => {
    const { code, out } = await importFile(["NB-200,Wessex County Waste Partnership,Partnership,,,,,"], "seeded.csv", ["--dry-run"]);
    expect(code).toBe(0);
    expect(out.stdout.join("\n")).toMatch(/Row 2, "Wessex County Waste Partnership": already on the register as #\d+ \(the register already has an entry called "Wessex County Waste Partnership"\); skipped\./);
  });

  it("refuses, before writing anything, rows the importer may not add (only the Change Manager or the row's lead officer may)", async () => {
    const path = join(site.workDir, "officer.csv");
    await writeFile(path, `${header}\r\nNB-300,Officer Import Test,Partnership,,,,,\r\n`);
    const out = bufferOutput();
    const code = await importRegister(["--site", site.url, "--as", "michael.dunmore@northbrook.example", path], out);
    expect(code).toBe(1);
    expect(out.stderr.join("\n")).toContain('Nothing was imported: you may not add every row. Row 2, "Officer Import Test": Only the lead officer, the sponsoring officer or the Change Manager can change this arrangement.');
    expect(await registerSize()).toBe(before + 3);
  });

  it("removes what it added when a write fails part-way, so nothing is half-imported", async () => {
    const rows = ["X-1,Undo Test One,Partnership,,,,,", "X-2,Undo Test Two,Partnership,,,,,", "X-3,Undo Test Three,Partnership,,,,,"];
    const table = parseCsv(`${[header, ...rows].join("\r\n")}\r\n`);
    let creates = 0;
    const result = await commitImport(site.sp, table, suggestMapping(table.headers), {
      fileName: "undo.csv",
      authorise: (request) => {
        // Asked once per row before writing (3 times), then again by each write: the sixth is the third row's write.
        if (request.action === "create" && ++creates === 6) throw PermissionError.refused("The test refuses the third row.");
      },
    });
    expect(result.outcome).toBe("undone");
    if (result.outcome !== "undone") return;
    expect(result.failedRow).toBe(4);
    expect(result.undo).toEqual({ removed: 2, remaining: [] });
    expect(await registerSize()).toBe(before + 3);
    const entries = await auditLogFor(site.sp).query({ select: ["Title", "Action", "Reason"] });
    expect(entries.filter((e) => e.record.action === "delete" && e.record.reason?.startsWith("Undoing the import of undo.csv: row 4"))).toHaveLength(2);
  });
});
