import { describe, expect, it } from "vitest";
import { policySchema } from "../../../../src/domain/records/policy";

/** The smallest pack the schema accepts: enough to test the stored record, not a real framework. */
const pack = {
  id: "demo",
  name: "Demo",
  council: "Demo Borough Council",
  version: "1.2.0",
  framework: { title: "Working in Partnership", date: "2024" },
  roles: [{ id: "director", name: "Director", type: "person" }],
  kinds: [{ id: "partnership", name: "Partnership", description: "A partnership", cite: "1.9" }],
  screening: { question: "Is it a partnership?", exclusions: [{ id: "contract", label: "A contract", description: "A contract for services", alternative: "Use procurement", cite: "2.2" }], cite: "2.2" },
  sections: [{ id: "purpose", name: "Purpose", description: "Why", cite: "2.6" }],
  sectionRules: [{ id: "all", when: {}, required: ["purpose"], cite: "2.6" }],
  routes: [{ id: "default", name: "Director", when: {}, stages: [{ type: "approval", roles: ["director"], cite: "2.14" }], cite: "2.14" }],
  reviews: {},
  exit: { reasons: [{ id: "objectives-achieved", text: "Objectives achieved", cite: "5.1" }], decisionRoles: ["director"], cite: "5.3" },
  publication: { cite: "5.9" },
};

describe("a stored policy pack", () => {
  it("is stored under its own id and version", () => {
    expect(policySchema.safeParse({ packId: "demo", version: "1.2.0", pack, active: true }).success).toBe(true);
  });

  it("cannot claim an id or version its JSON does not have", () => {
    const issues = policySchema.safeParse({ packId: "gravesham", version: "1.3.0", pack, active: true }).error?.issues ?? [];
    expect(issues.map((i) => i.path.join("."))).toEqual(["packId", "version"]);
  });
});
