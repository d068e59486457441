import type { PersonRef } from "../../domain/records/person-ref";
import { repositoryFor } from "../../sharepoint/repositories";
import { siteUsers } from "../../sharepoint/site-users";
import type { Sp } from "../lib/session/session-sp";

export interface Choice {
  id: number;
  name: string;
}

/** The council's structure and people the basics step offers: directorates, portfolios, objectives. */
export interface WizardChoices {
  directorates: Choice[];
  portfolios: Choice[];
  objectives: (Choice & { code?: string })[];
  people: (PersonRef & { id: number; title: string })[];
}

/**
 * Read once when the wizard opens. Rows the Change Manager marked inactive are not offered, but one
 * a draft already points at stays (the step shows it with its name), so nothing chosen disappears.
 */
export async function readWizardChoices(sp: Sp): Promise<WizardChoices> {
  const [directorates, portfolios, objectives, people] = await Promise.all([
    repositoryFor(sp, "Directorates").query({ select: ["Title", "Active"] }),
    repositoryFor(sp, "Portfolios").query({ select: ["Title", "Active"] }),
    repositoryFor(sp, "Objectives").query({ select: ["Title", "Code", "Active"] }),
    siteUsers(sp),
  ]);
  const usable = <T extends { active?: boolean }>(rows: { id: number; record: Partial<T>; problems: unknown[] }[]) => rows.filter((r) => r.record.active !== false);
  return {
    directorates: usable(directorates).map((r) => ({ id: r.id, name: r.record.name ?? `Directorate ${r.id}` })),
    portfolios: usable(portfolios).map((r) => ({ id: r.id, name: r.record.name ?? `Portfolio ${r.id}` })),
    objectives: usable(objectives).map((r) => ({ id: r.id, name: r.record.title ?? `Objective ${r.id}`, ...(r.record.code ? { code: r.record.code } : {}) })),
    people: people.map((p) => ({ id: p.id, title: p.title, email: p.email })),
  };
}
