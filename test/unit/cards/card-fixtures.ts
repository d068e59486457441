import type { CardContext, CardPerson, CardStage } from "../../../src/cards/card-types";

export const s151: CardPerson = { id: 11, title: "Priya Shah", email: "priya.shah@gravesham.gov.uk", userId: "29:1s151-priya-mri" };
export const monitoringOfficer: CardPerson = { id: 12, title: "Tom Okafor", email: "tom.okafor@gravesham.gov.uk", userId: "29:1mo-tom-mri" };
export const leader: CardPerson = { id: 21, title: "Cllr Jane Rowe", userId: "29:1leader-jane-mri" };
export const portfolioHolder: CardPerson = { id: 22, title: "Cllr Amir Patel", userId: "29:1ph-amir-mri" };
export const leadOfficer: CardPerson = { id: 31, title: "Sam Green", userId: "29:1lead-sam-mri" };
export const bystander: CardPerson = { id: 99, title: "Kim Lee", userId: "29:1bystander-kim-mri" };

export const recordUrl = "https://teams.microsoft.com/l/entity/app-id/register?context=%7B%22subEntityId%22%3A%22arrangement-42%22%7D";

const opinionStage: CardStage = {
  id: 501,
  type: "opinion",
  label: "Statutory opinions",
  roleNames: ["Section 151 Officer", "Deputy Monitoring Officer"],
  assignees: [s151, monitoringOfficer],
  status: "pending",
  decisions: [],
  requestedAt: "2025-02-10T09:30:00Z",
};

/** A significant partnership at the statutory-opinion stage, as the bot would describe it. */
export function opinionContext(): CardContext {
  return {
    arrangement: {
      id: 42,
      name: "North Kent Community Safety Partnership",
      kindLabel: "Partnership",
      categoryLabel: "Significant",
      categoryReason: "Scored 64% on the significance scorecard; 50% or more is significant.",
      councilMoney: 45000,
      partners: ["Kent Police", "Dartford Borough Council", "Kent Fire and Rescue Service"],
      purpose: "Reduce anti-social behaviour in town centres through joint patrols and shared CCTV.",
      topRisks: [
        { title: "Partner funding withdrawn", likelihood: 3, impact: 4, mitigation: "Annual funding letter by January." },
        { title: "Data sharing breach", likelihood: 2, impact: 5 },
        { title: "Low attendance at board", likelihood: 4, impact: 1 },
        { title: "CCTV contract overspend", likelihood: 4, impact: 4, mitigation: "Fixed-price contract." },
      ],
      exitStrategy: "Six months' notice to partners; CCTV assets revert to the council.",
      exitInstigator: "Director of Communities",
      recordUrl,
    },
    stage: opinionStage,
    opinions: [],
    leadOfficer,
  };
}

/** The same arrangement at member approval, with both statutory opinions given. */
export function approvalContext(): CardContext {
  const ctx = opinionContext();
  return {
    ...ctx,
    stage: {
      id: 503,
      type: "approval",
      label: "Approval by the Portfolio Holder and the Leader",
      roleNames: ["Portfolio Holder", "Leader"],
      assignees: [portfolioHolder, leader],
      status: "pending",
      decisions: [],
      requestedAt: "2025-02-20T10:00:00Z",
    },
    opinions: [
      { officer: s151.title, roleName: "Section 151 Officer", view: "supports", text: "Budget is available within the community safety reserve.", givenAt: "2025-02-12T14:05:00Z" },
      { officer: monitoringOfficer.title, roleName: "Deputy Monitoring Officer", view: "concerns", text: "A data sharing agreement must be signed first.", givenAt: "2025-02-13T11:00:00Z" },
    ],
  };
}

export function informContext(): CardContext {
  const ctx = approvalContext();
  return {
    ...ctx,
    stage: { id: 505, type: "inform", label: "Cabinet Committee kept informed", roleNames: ["Cabinet Committee chair"], assignees: [leader], status: "noted", decisions: [] },
  };
}
