import { describe, expect, it } from "vitest";
import { parseFacts } from "../../../src/domain/facts/facts";
import { pack } from "../../support/explain-with";

describe("facts an officer states about a proposal", () => {
  it("names every unknown key and every value of the wrong type at once", () => {
    const result = parseFacts({ kind: "partnership", councilResource: "lots", colour: "blue", statutory: "yes" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const keys = result.problems.map((p) => p.key).sort();
    expect(keys).toEqual(["colour", "councilResource", "statutory"]);
    expect(result.problems.find((p) => p.key === "councilResource")?.message).toMatch(/amount in pounds/);
    expect(result.problems.find((p) => p.key === "colour")?.message).toMatch(/not a fact/);
  });

  it("requires the kind of arrangement", () => {
    const result = parseFacts({ councilResource: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ key: "kind", message: '"kind" is required' }]);
  });

  it("rejects a kind, sub-type, exclusion or scorecard criterion the pack does not know", () => {
    const result = parseFacts(
      { kind: "shared-service", subtype: "franchise", exclusions: ["not-a-thing"], scorecard: { nope: true } },
      pack("gravesham"),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.key).sort()).toEqual(["exclusions", "scorecard.nope", "subtype"]);
  });

  it("refuses facts that are not an object", () => {
    expect(parseFacts([1, 2]).ok).toBe(false);
    expect(parseFacts("partnership").ok).toBe(false);
  });
});
