import type { Arrangement } from "../../../src/domain/records/arrangement";
import { getBuiltInPack } from "../../../src/policy/built-in-packs";
import type { RegisterEntry, RegisterSource } from "../../../src/register-files/register-source";

export const gravesham = getBuiltInPack("gravesham")!;

const entry = (id: number, fields: Partial<Arrangement>): RegisterEntry => ({
  arrangement: { id, name: `Arrangement ${id}`, kind: "partnership", category: "other", status: "active", ...fields },
});

/** A small register covering every publication rule: one of each thing the public must not see. */
export function sampleSource(overrides: Partial<RegisterSource> = {}): RegisterSource {
  return {
    council: "Northbrook Borough Council",
    asOf: "2026-04-01",
    pack: gravesham,
    entries: [
      entry(1, {
        name: "Wessex County Waste Partnership",
        category: "significant",
        partners: [{ name: "Wessex County Council" }, { name: "Eastleigh District Council" }],
        purpose: "Joint waste strategy",
        directorateId: 7,
        leadOfficer: { id: 3, title: "Michael Dunmore" },
        leadMember: { id: 4, title: "Cllr Ann Price" },
        councilContribution: 125000,
        totalBudget: 2400000,
        governanceDocumentUrl: "https://northbrook.example/waste-agreement",
        governanceRating: "substantial",
        governanceRatingDate: "2025-11-03",
        exitStrategy: "Twelve months' notice",
        nextReviewDue: "2026-09-30",
        legalForm: "joint-committee",
        confidentialNotes: "Board minutes are exempt until March",
      }),
      entry(2, { name: "Flood Response Cell", category: "ad-hoc" }),
      entry(3, { name: "Winter Resilience Officers", kind: "shared-service", subtype: "ad-hoc-resilience", category: undefined }),
      entry(4, { name: "Harbour Quay Regeneration", category: "significant", confidential: true, confidentialNotes: "Land valuation is exempt" }),
      entry(5, { name: "Proposed Youth Hub", status: "evaluation" }),
      entry(6, { name: "=HYPERLINK(\"http://evil.example\",\"Click\")", category: "other" }),
    ],
    directorates: [{ id: 7, name: "Place" }],
    representatives: [
      { arrangementId: 1, name: "Cllr Ann Price", role: "Board member" },
      { arrangementId: 1, name: "Former Officer", role: "Observer", termEnd: "2025-01-01" },
    ],
    risks: [
      { arrangementId: 1, title: "Landfill tax rises", likelihood: 4, impact: 4, status: "open" },
      { arrangementId: 1, title: "Contractor fails", likelihood: 2, impact: 5, status: "open" },
      { arrangementId: 1, title: "Old risk", likelihood: 5, impact: 5, status: "closed" },
    ],
    reviews: [
      { arrangementId: 1, status: "completed", completedAt: "2025-06-12T10:00:00Z", dueDate: "2025-06-30" },
      { arrangementId: 1, status: "due", dueDate: "2026-06-30" },
    ],
    listConfidentialFields: ["ConfidentialNotes"],
    ...overrides,
  };
}
