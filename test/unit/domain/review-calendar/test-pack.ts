import { policyPackSchema, type PolicyPack, type PolicyPackInput } from "../../../../src/domain/policy-pack/pack-schema";
import type { CalendarArrangement } from "../../../../src/domain/review-calendar/calendar-types";

type Reviews = PolicyPackInput["reviews"];

/**
 * The least a pack needs to be valid, with the reviews under test: parsed with the real schema
 * so a test pack can never drift from what a council could actually load.
 */
export function testPack(reviews: Reviews): PolicyPack {
  return policyPackSchema.parse({
    id: "test-council",
    name: "Test Council partnership framework",
    council: "Test Council",
    version: "1.0.0",
    framework: { title: "Partnership framework", date: "2026" },
    roles: [{ id: "change-manager", name: "Corporate Change Manager", type: "person" }],
    kinds: [
      {
        id: "shared-service",
        name: "Shared service",
        description: "Services shared with another council",
        cite: "framework 2.1",
        subtypes: [{ id: "shared-management", name: "Shared management", description: "A shared manager", cite: "framework 2.1" }],
      },
      { id: "partnership", name: "Partnership", description: "A partnership", cite: "framework 2.2" },
    ],
    screening: {
      question: "Is it a partnership?",
      exclusions: [{ id: "contract", label: "A contract", description: "Buying a service", alternative: "Procurement", cite: "framework 2.3" }],
      cite: "framework 2.3",
    },
    sections: [{ id: "purpose", name: "Purpose", description: "Why", cite: "framework 4.1" }],
    sectionRules: [{ id: "all", when: {}, required: ["purpose"], cite: "framework 4.1" }],
    routes: [{ id: "standard", name: "Standard", when: {}, stages: [], cite: "framework 5.1" }],
    reviews,
    exit: { reasons: [{ id: "done", text: "Objectives achieved", cite: "framework 5.3" }], decisionRoles: ["change-manager"], cite: "framework 5.3" },
    publication: { cite: "framework 5.9" },
  });
}

export const governanceAssurance = {
  name: "Governance assurance",
  window: { fromMonth: 2, toMonth: 3 },
  cite: "framework 6.11",
};

export const registerReview = {
  name: "Annual review of the register",
  window: { fromMonth: 4, toMonth: 9 },
  cite: "framework 6.6",
};

export const sharedServiceReview = {
  id: "shared-service-review",
  name: "Shared service annual review",
  when: { kinds: ["shared-service"] },
  everyMonths: 12,
  templates: [
    { id: "comprehensive", name: "comprehensive shared-service review", fromYear: 1, toYear: 2, cite: "framework 6.8a" },
    { id: "focused", name: "focused shared-service review", fromYear: 3, cite: "framework 6.8b" },
  ],
  cite: "framework 6.8",
};

export const arrangement = (startDate: string, kind = "partnership", category: string | null = null): CalendarArrangement => ({
  facts: { kind },
  category,
  startDate,
});
