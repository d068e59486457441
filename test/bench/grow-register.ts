import type { Arrangement } from "../../src/domain/records/arrangement";
import { bulkLoad } from "../../src/sharepoint/bulk-load";
import { createSp } from "../../src/sharepoint/create-sp";
import { getListDefinition } from "../../src/sharepoint/lists/load-list-definitions";
import { repositoryFor } from "../../src/sharepoint/repositories";
import { currentUser } from "../../src/sharepoint/site-users";

const themes = ["Waste", "Community Safety", "Health and Wellbeing", "Housing", "Economic Growth", "Leisure", "Transport", "Climate", "Licensing", "Skills"];
const kinds: Pick<Arrangement, "kind" | "subtype" | "category">[] = [
  { kind: "partnership", category: "significant" },
  { kind: "partnership", category: "other" },
  { kind: "partnership", category: "other" },
  { kind: "partnership", category: "ad-hoc" },
  { kind: "shared-service", subtype: "joint-officer" },
  { kind: "working-group" },
];
const statuses: Arrangement["status"][] = ["active", "active", "active", "proposed", "evaluation", "under-review", "exiting", "ended"];

function isoDaysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Adds made-up arrangements until the register holds `target`, through the same batched writes
 * the demo seeder uses (50 creates per `$batch`), so a 5,000-row register takes seconds.
 */
export async function growRegister(siteUrl: string, user: string, target: number): Promise<number> {
  const sp = createSp({ siteUrl, identity: { kind: "local", user } });
  const existing = await repositoryFor(sp, "Partnerships").query({ select: ["Title"] });
  const directorates = await repositoryFor(sp, "Directorates").query({ select: ["Title"] });
  const portfolios = await repositoryFor(sp, "Portfolios").query({ select: ["Title"] });
  const me = await currentUser(sp);
  const records: Partial<Arrangement>[] = [];
  for (let i = existing.length; i < target; i++) {
    const theme = themes[i % themes.length]!;
    records.push({
      name: `${theme} partnership ${String(i).padStart(4, "0")}`,
      ...kinds[i % kinds.length],
      status: statuses[i % statuses.length]!,
      directorateId: directorates[i % directorates.length]?.id,
      portfolioId: portfolios[i % portfolios.length]?.id,
      ...(i % 3 === 0 ? { leadOfficer: { id: me.id } } : {}),
      nextReviewDue: isoDaysFromToday((i % 400) - 60),
      councilContribution: (i % 20) * 5000,
      partners: [{ name: `${theme} Trust` }, { name: "County Council" }],
      purpose: `To improve ${theme.toLowerCase()} outcomes for residents through joint planning, shared resources and common performance measures.`,
    });
  }
  await bulkLoad(sp, getListDefinition("Partnerships"), records as Record<string, unknown>[]);
  return records.length;
}
