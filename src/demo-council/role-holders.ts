import type { RoleHolder } from "../domain/records/role-holder";
import { builtInPackIds, getBuiltInPack } from "../policy/built-in-packs";
import type { DemoCalendar } from "./demo-calendar";
import { itemLink, personLink, type DemoRow } from "./links";
import type { PersonKey } from "./people";
import type { DirectorateKey, PortfolioKey } from "./structure";

/** Who holds a role at Northbrook, in keys; dates are months before today. */
export interface HolderSpec {
  person: PersonKey;
  portfolio?: PortfolioKey;
  directorate?: DirectorateKey;
  delegate?: PersonKey;
  fromMonthsAgo?: number;
  toMonthsAgo?: number;
}

const byPortfolio: [PortfolioKey, PersonKey][] = [
  ["community-safety-environment", "ph-community-safety"],
  ["finance-corporate", "ph-finance"],
  ["housing-health", "ph-housing"],
  ["regeneration-economy", "ph-regeneration"],
  ["leisure-culture", "ph-leisure"],
];
// Cabinet took office at the annual council meeting after the elections, about three years ago.
const cabinetMembers: HolderSpec[] = byPortfolio.map(([portfolio, person]) => ({ person, portfolio, fromMonthsAgo: 36 }));

const directors: HolderSpec[] = [
  { person: "dir-place", directorate: "place", fromMonthsAgo: 70 },
  { person: "dir-communities", directorate: "communities", fromMonthsAgo: 44 },
  { person: "dir-corporate", directorate: "corporate-services", fromMonthsAgo: 90 },
];

const headsOfService: HolderSpec[] = [
  { person: "hos-environment", directorate: "place" },
  { person: "hos-planning", directorate: "place" },
  { person: "hos-economy", directorate: "place" },
  { person: "hos-community-safety", directorate: "communities" },
  { person: "hos-housing", directorate: "communities" },
  { person: "hos-leisure", directorate: "communities" },
  { person: "hos-revenues", directorate: "corporate-services" },
  { person: "hos-ict", directorate: "corporate-services" },
];

/**
 * A holder for every role any built-in pack declares. Bodies (Management Team, Cabinet, the
 * committees) are held by the officer who records their meetings — the Executive Support Manager
 * for Management Team, the Democratic Services Manager for Cabinet and the committees, the Audit
 * Manager for Internal Audit — because a meeting stage needs a person to record its outcome.
 */
export const roleHolderSpecs: Readonly<Record<string, readonly HolderSpec[]>> = {
  leader: [{ person: "leader", delegate: "ph-finance", fromMonthsAgo: 36 }],
  "portfolio-holder": [
    ...cabinetMembers,
    // The previous Housing & Health holder, kept so approvals given in their time still resolve.
    { person: "cllr-ward", portfolio: "housing-health", fromMonthsAgo: 60, toMonthsAgo: 37 },
  ],
  // Default framework 5.4: the Lead Member for an arrangement is the Cabinet member for its portfolio.
  "lead-member": cabinetMembers,
  director: directors,
  "head-of-service": headsOfService,
  // partnership protocol 2.16: the sponsoring officer is usually the Head of Service.
  "sponsoring-officer": headsOfService,
  "lead-officer": [
    { person: "emergency-planning-manager", directorate: "communities" },
    { person: "licensing-manager", directorate: "communities" },
    { person: "wellbeing-manager", directorate: "communities" },
    { person: "hos-economy", directorate: "place" },
    { person: "hos-revenues", directorate: "corporate-services" },
  ],
  // joint-working code and partnership protocol leave the decision-maker to the scheme of delegation; Northbrook's
  // delegates it to the Chief Executive, who refers significant matters to Cabinet.
  "decision-maker": [{ person: "chief-executive" }],
  "chief-executive": [{ person: "chief-executive" }],
  "monitoring-officer": [{ person: "monitoring-officer" }],
  "deputy-monitoring-officer": [{ person: "deputy-monitoring-officer" }],
  "section-151-officer": [{ person: "dir-corporate" }],
  "change-manager": [{ person: "change-manager" }],
  "data-protection-officer": [{ person: "data-protection-officer" }],
  "management-team": [{ person: "ceo-office" }],
  cabinet: [{ person: "democratic-services" }],
  "cabinet-committee": [{ person: "democratic-services" }],
  "general-assembly": [{ person: "democratic-services" }],
  "overview-scrutiny": [{ person: "democratic-services" }],
  "overview-scrutiny-committee": [{ person: "democratic-services" }],
  "audit-committee": [{ person: "democratic-services" }],
  "internal-audit": [{ person: "audit-manager" }],
  "audit-board": [{ person: "audit-manager" }],
};

/** Every role id of every built-in pack, read from the packs so a new role is never missed. */
export function builtInRoles(): { id: string; type: "person" | "body" }[] {
  const roles = new Map<string, "person" | "body">();
  for (const id of builtInPackIds) for (const role of getBuiltInPack(id)?.roles ?? []) roles.set(role.id, role.type);
  return [...roles].map(([id, type]) => ({ id, type }));
}

/**
 * The holder specs for every built-in role. A role a pack adds later that is not named above
 * still gets a holder — the Change Manager for a person role, Democratic Services for a body —
 * so routes keep resolving; the tests insist each role is named above all the same.
 */
export function allHolderSpecs(): { roleId: string; spec: HolderSpec }[] {
  return builtInRoles().flatMap(({ id, type }) => {
    const specs = roleHolderSpecs[id] ?? [{ person: type === "body" ? "democratic-services" : "change-manager" }];
    return specs.map((spec) => ({ roleId: id, spec }));
  });
}

export const roleHolderKey = (roleId: string, spec: HolderSpec): string =>
  [roleId, spec.person, spec.portfolio ?? spec.directorate ?? "council"].join(":");

export function buildRoleHolders(calendar: DemoCalendar): DemoRow<RoleHolder>[] {
  return allHolderSpecs().map(({ roleId, spec }) => ({
    key: roleHolderKey(roleId, spec),
    record: {
      roleId,
      person: personLink(spec.person),
      ...(spec.portfolio ? { portfolioId: itemLink("Portfolios", spec.portfolio) } : {}),
      ...(spec.directorate ? { directorateId: itemLink("Directorates", spec.directorate) } : {}),
      ...(spec.delegate ? { delegate: personLink(spec.delegate) } : {}),
      ...(spec.fromMonthsAgo !== undefined ? { activeFrom: calendar.monthsAgo(spec.fromMonthsAgo) } : {}),
      ...(spec.toMonthsAgo !== undefined ? { activeTo: calendar.monthsAgo(spec.toMonthsAgo) } : {}),
    },
  }));
}
