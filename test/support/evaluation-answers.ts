import type { EvaluationAnswers } from "../../src/domain/evaluation/evaluation-answers";
import type { PersonRef } from "../../src/domain/records/person-ref";

/**
 * A gravesham partnership answered in full: £65,000 a year of council resource makes it
 * significant (framework 1.11b), so every section, a risk assessment and an exit strategy are needed.
 */
export function significantPartnershipAnswers(people: { lead: PersonRef; directorate: number; portfolio: number }): EvaluationAnswers {
  return {
    screening: { exclusions: [], confirmedNone: true },
    kind: { kind: "partnership" },
    basics: {
      name: "North Kent Food Waste Partnership",
      partners: ["Dartford Borough Council", "Kent County Council"],
      purpose: "Collect and treat food waste jointly across North Kent",
      outcomes: "Higher recycling rates and lower disposal costs",
      measuresOfSuccess: "Recycling rate above 50% by 2028",
      corporateObjectives: ["A cleaner, greener borough"],
      leadOfficer: people.lead,
      sponsoringOfficer: people.lead,
      directorate: people.directorate,
      portfolio: people.portfolio,
      startDate: "2027-04-01",
      plannedEndDate: "2032-03-31",
      legalForm: "contractual",
      legalPower: "Local Government Act 2000, s.2",
      leadPartner: "Kent County Council",
      accountableBody: "Kent County Council",
      memberInvolvement: false,
    },
    significance: {
      facts: { urgentWithinOneMonth: false, externalCause: false, fundamentalToCorporateObjective: false, statutory: false, publicFacing: false },
      scorecard: {},
    },
    money: { councilMoney: 50000, staffTime: 10000, assets: 5000, externalFunding: 120000, exitCosts: 15000, notes: "Vehicles leased" },
    risks: [
      { id: "r1", title: "Partner withdraws funding", likelihood: 2, impact: 4, mitigation: "Twelve months' notice in the agreement", owner: people.lead },
    ],
    sections: {
      "benefits-and-costs": { text: "Saves £40,000 a year in disposal costs against £65,000 of council resource" },
      safeguarding: { text: "Crews receive safeguarding training" },
      "data-protection": { text: "Only address data is shared, under a data sharing agreement" },
      equalities: { text: "Assisted collections continue" },
      climate: { text: "Reduces landfill methane" },
      governance: { text: "A joint board of officers meets quarterly" },
    },
    checklist: {},
    exit: { how: "Twelve months' notice by any partner", notice: "12 months", liabilities: "Share of vehicle lease", instigator: people.lead },
    alternatives: { text: "Going alone costs 30% more" },
  };
}
