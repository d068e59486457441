import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { holdsRoleOn } from "../../domain/records/role-holder";
import type { RoleHoldersData } from "../../sharepoint/roles/read-role-holders";
import { formatDay } from "../ui/format-day";
import { wordsForId } from "../ui/format-id";

export interface HolderLine {
  id: number;
  holder?: string;
  scope: string;
  delegate?: string;
  period: string;
  /** Holds the role today (and the row can be read). */
  current: boolean;
  problems: string[];
}

export interface RoleGroup {
  roleId: string;
  name: string;
  /** Nobody holds the role today: stages that need it cannot be sent. */
  gap: boolean;
  lines: HolderLine[];
}

function period(from: string | undefined, to: string | undefined): string {
  if (from && to) return `${formatDay(from)} to ${formatDay(to)}`;
  if (from) return `Since ${formatDay(from)}`;
  if (to) return `Until ${formatDay(to)}`;
  return "Ongoing";
}

/**
 * The role holders by the active pack's roles, in the pack's order and words, each role flagged
 * when nobody holds it today; then holders of roles this pack does not name (kept for other packs).
 */
export function groupRoleHolders(data: RoleHoldersData, pack: Pick<PolicyPack, "roles">, today: string): { groups: RoleGroup[]; others: RoleGroup[] } {
  const portfolio = new Map(data.portfolios.map((p) => [p.id, p.record.name]));
  const directorate = new Map(data.directorates.map((d) => [d.id, d.record.name]));
  const lines = new Map<string, HolderLine[]>();
  for (const { id, record, problems } of data.holders) {
    const roleId = record.roleId ?? "(no role)";
    const scope = record.portfolioId
      ? `Portfolio: ${portfolio.get(record.portfolioId) ?? record.portfolioId}`
      : record.directorateId
        ? `Directorate: ${directorate.get(record.directorateId) ?? record.directorateId}`
        : "Whole council";
    const line: HolderLine = {
      id,
      ...(record.person ? { holder: record.person.title ?? `Person ${record.person.id}` } : {}),
      scope,
      ...(record.delegate ? { delegate: record.delegate.title ?? `Person ${record.delegate.id}` } : {}),
      period: period(record.activeFrom, record.activeTo),
      current: problems.length === 0 && record.person !== undefined && holdsRoleOn(record, today),
      problems: problems.map((p) => p.message),
    };
    lines.set(roleId, [...(lines.get(roleId) ?? []), line]);
  }
  const group = (roleId: string, name: string): RoleGroup => {
    const mine = lines.get(roleId) ?? [];
    return { roleId, name, gap: !mine.some((l) => l.current), lines: [...mine].sort((a, b) => Number(b.current) - Number(a.current)) };
  };
  const inPack = new Set(pack.roles.map((r) => r.id));
  return {
    groups: pack.roles.map((r) => group(r.id, r.name)),
    others: [...lines.keys()].filter((id) => !inPack.has(id)).sort().map((id) => group(id, wordsForId(id))),
  };
}
