import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/register-files/parse-csv";
import { parseXlsx } from "../../../src/register-files/parse-xlsx";
import { buildRegisterTable } from "../../../src/register-files/published-rows";
import { registerToCsv } from "../../../src/register-files/to-csv";
import { registerToHtml } from "../../../src/register-files/to-html";
import { registerToXlsx } from "../../../src/register-files/to-xlsx";
import { sampleSource } from "./sample-register";

const published = buildRegisterTable(sampleSource(), { published: true });
const internal = buildRegisterTable(sampleSource(), { published: false });

describe("the register as CSV", () => {
  const csv = registerToCsv(published);

  it("starts with a byte order mark and ends lines with CRLF, as Excel expects", () => {
    expect(csv.startsWith("\uFEFFName,Kind,")).toBe(true);
    expect(csv.split("\r\n").length).toBe(published.rows.length + 2);
  });

  it("neutralises a formula typed into a name", () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("a confidential column never appears in the published CSV", () => {
    expect(csv).not.toContain("Confidential");
    expect(csv).not.toContain("Land valuation");
    expect(registerToCsv(internal)).toContain("Land valuation is exempt");
  });

  it("reads back to the same table, quotes, semicolons and the guarded formula included", () => {
    const back = parseCsv(csv);
    expect(back.headers).toEqual(published.columns.map((c) => c.header));
    expect(back.rows.map((r) => r.cells[0])).toEqual(published.rows.map((r) => r[0]));
    expect(back.rows[0]?.rowNumber).toBe(2);
    const waste = back.rows.find((r) => r.cells[0] === "Wessex County Waste Partnership")!;
    expect(waste.cells[3]).toBe("Wessex County Council; Eastleigh District Council");
    expect(waste.cells[9]).toBe("125000");
  });

  it("reads a semicolon-separated file with a line break inside a quoted cell", () => {
    const table = parseCsv('Name;Purpose\r\n"Board";"Line one\nline two"\r\n\r\nOther;x\r\n');
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ["Board", "Line one\nline two"] },
      { rowNumber: 4, cells: ["Other", "x"] },
    ]);
  });
});

describe("the register as an Excel workbook", () => {
  it("has a bold header row, widths, money and dates as real values, and reads back", async () => {
    const bytes = await registerToXlsx(published);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Register")!;
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBe(38);
    const money = published.columns.findIndex((c) => c.id === "councilContribution") + 1;
    const wasteRow = published.rows.findIndex((r) => r[0] === "Wessex County Waste Partnership") + 2;
    expect(sheet.getRow(wasteRow).getCell(money).value).toBe(125000);
    expect(sheet.getColumn(money).numFmt).toContain("£");
    const back = await parseXlsx(bytes);
    expect(back.headers).not.toContain("Confidential notes");
    expect(back.rows.find((r) => r.cells[0] === "Wessex County Waste Partnership")?.cells[14]).toBe("2025-11-03");
    expect(back.rows.map((r) => r.cells[0])).toContain('=HYPERLINK("http://evil.example","Click")');
    expect(sheet.getCell(`A${published.rows.findIndex((r) => String(r[0]).startsWith("=")) + 2}`).type).toBe(ExcelJS.ValueType.String);
  });

  it("refuses a file that is not a workbook, saying what to do", async () => {
    await expect(parseXlsx(new TextEncoder().encode("Name,Kind\n"))).rejects.toThrow(/Save it from Excel as "Excel Workbook \(.xlsx\)" or as CSV/);
  });
});

describe("the register as a web page", () => {
  const html = registerToHtml(published);

  it("is a standalone, accessible page: lang en-GB, the council, the date, a caption and scoped headers", () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain("Northbrook Borough Council · as at 1 April 2026");
    expect(html).toContain('<caption id="register-caption">Register of partnerships, Northbrook Borough Council, as at 1 April 2026</caption>');
    expect(html).toContain('<th scope="col">Name</th>');
    expect(html).toContain('<th scope="row">Wessex County Waste Partnership</th>');
    expect(html).not.toContain("<script");
  });

  it("shows money in pounds and dates in words, and escapes what people typed", () => {
    expect(html).toContain('<td class="money">£125,000</td>');
    expect(html).toContain("3 November 2025");
    expect(html).toContain("=HYPERLINK(&quot;http://evil.example&quot;,&quot;Click&quot;)");
    expect(html).not.toContain("Flood Response Cell");
    expect(html).not.toContain("Confidential notes");
  });
});
