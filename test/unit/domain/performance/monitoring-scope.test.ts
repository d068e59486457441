import { describe, expect, it } from "vitest";
import { forCorporateRiskRegister, isKeyPartnership } from "../../../../src/domain/performance/monitoring-scope";
import { pack } from "../../../support/explain-with";

describe("which arrangements the pack marks for the corporate risk register and the executive's report", () => {
  it("a major dartford partnership's risks go on the corporate risk register (code 9(vi)); a minor one's do not", () => {
    expect(forCorporateRiskRegister(pack("dartford"), { kind: "partnership", category: "major" })).toBe(true);
    expect(forCorporateRiskRegister(pack("dartford"), { kind: "partnership", category: "minor" })).toBe(false);
    expect(isKeyPartnership(pack("dartford"), { kind: "partnership", category: "major" })).toBe(true);
  });

  it("a significant gravesham partnership and a full shared service are key; an 'other' partnership is not", () => {
    expect(isKeyPartnership(pack("gravesham"), { kind: "partnership", category: "significant" })).toBe(true);
    expect(isKeyPartnership(pack("gravesham"), { kind: "shared-service", subtype: "full" })).toBe(true);
    expect(isKeyPartnership(pack("gravesham"), { kind: "partnership", category: "other" })).toBe(false);
    expect(forCorporateRiskRegister(pack("gravesham"), { kind: "partnership", category: "ad-hoc" })).toBe(false);
  });

  it("packs without categories report every partnership and mark no risk by rule", () => {
    for (const id of ["protocol-j", "wiltshire"]) {
      expect(isKeyPartnership(pack(id), { kind: "partnership" })).toBe(true);
      expect(forCorporateRiskRegister(pack(id), { kind: "partnership" })).toBe(false);
    }
  });

  it("a record with no kind is in neither", () => {
    expect(isKeyPartnership(pack("gravesham"), { category: "significant" })).toBe(false);
  });
});
