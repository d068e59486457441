import { describe, expect, it } from "vitest";
import { collectLinks, demoListOrder, demoPeople, demoPersonKeys, isPersonLink, type ItemLink } from "../../../src/demo-council";
import { council } from "./resolve-with-fake-ids";

const rowsOf = (list: string) => council[demoListOrder.find((l) => l.list === list)?.property ?? "portfolios"];

describe("references between Northbrook's records", () => {
  it("every link points at a person in the directory or a row of the list it names", () => {
    const missing: string[] = [];
    for (const { list, property } of demoListOrder) {
      for (const row of council[property]) {
        for (const link of collectLinks(row.record)) {
          if (isPersonLink(link)) {
            if (!demoPersonKeys.includes(link.$person)) missing.push(`${list} ${row.key} → person ${link.$person}`);
          } else if (!rowsOf(link.$item).some((r) => r.key === link.key)) {
            missing.push(`${list} ${row.key} → ${link.$item} ${link.key}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("every link points at a list written before the row that holds it", () => {
    const position = new Map(demoListOrder.map((l, i) => [l.list, i]));
    for (const { list, property } of demoListOrder) {
      const links = council[property].flatMap((row) => collectLinks(row.record)).filter((l): l is ItemLink => !isPersonLink(l));
      for (const link of links) expect(position.get(link.$item), `${list} → ${link.$item}`).toBeLessThan(position.get(list) ?? 0);
    }
  });

  it("keys are unique within each list, so a seeder can map each to one id", () => {
    for (const { list, property } of demoListOrder) {
      const keys = council[property].map((r) => r.key);
      expect(new Set(keys).size, list).toBe(keys.length);
    }
  });

  it("the directory lists every person key once, with a Northbrook e-mail, a claims login and a job title", () => {
    expect(demoPeople.map((p) => p.key)).toEqual([...demoPersonKeys]);
    expect(new Set(demoPeople.map((p) => p.id)).size).toBe(demoPeople.length);
    for (const p of demoPeople) {
      expect(p.email).toMatch(/^[a-z]+\.[a-z]+@northbrook\.example$/);
      expect(p.login).toBe(`i:0#.f|membership|${p.email}`);
      expect(p.jobTitle).not.toBe("");
    }
    expect(demoPeople.length).toBeGreaterThanOrEqual(25);
  });

  it("councillors are titled Cllr and officers are not", () => {
    const councillors = demoPeople.filter((p) => p.department === "Members");
    expect(councillors.length).toBeGreaterThanOrEqual(8);
    for (const p of demoPeople) expect(p.title.startsWith("Cllr "), p.key).toBe(p.department === "Members");
  });
});
