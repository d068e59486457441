import type { Condition } from "../../domain/policy-pack/condition";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { Selector } from "../../domain/policy-pack/selector";

const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const opWords: Record<string, string> = { eq: "is", ne: "is not", gt: "is more than", gte: "is at least", lt: "is less than", lte: "is at most", in: "is one of", includes: "includes" };

type Pack = Pick<PolicyPack, "facts" | "kinds" | "categories" | "roles">;

/** A pack condition in words ("Council resource is at least £50,000"), so the Change Manager reads rules, not JSON. */
export function describeCondition(condition: Condition, pack: Pack): string {
  if ("all" in condition) return condition.all.map((c) => describeCondition(c, pack)).join(" and ");
  if ("any" in condition) return `either ${condition.any.map((c) => describeCondition(c, pack)).join(" or ")}`;
  if ("not" in condition) return `not (${describeCondition(condition.not, pack)})`;
  const fact = pack.facts.find((f) => f.id === condition.fact);
  const label = fact?.label ?? condition.fact;
  if (condition.op === "true") return `${label}: yes`;
  if (condition.op === "false") return `${label}: no`;
  const show = (v: unknown) => (fact?.type === "money" && typeof v === "number" ? pounds.format(v) : Array.isArray(v) ? v.join(", ") : String(v));
  return `${label} ${opWords[condition.op] ?? condition.op} ${show(condition.value)}`;
}

/** Which arrangements a selector picks out, in the pack's names ("Partnership, Significant"). */
export function describeSelector(selector: Selector, pack: Pack): string {
  const parts: string[] = [];
  if (selector.kinds) parts.push(selector.kinds.map((k) => pack.kinds.find((x) => x.id === k)?.name ?? k).join(" or "));
  if (selector.subtypes) parts.push(`sub-type ${selector.subtypes.join(" or ")}`);
  if (selector.categories) parts.push(selector.categories.map((c) => (c === null ? "not categorised" : (pack.categories.find((x) => x.id === c)?.name ?? c))).join(" or "));
  if (selector.condition) parts.push(`when ${describeCondition(selector.condition, pack)}`);
  return parts.length ? parts.join("; ") : "Every arrangement";
}

export const roleNames = (ids: readonly string[], pack: Pack): string => ids.map((id) => pack.roles.find((r) => r.id === id)?.name ?? id).join(", ");

/** 3 → "March": windows are kept as month numbers in the pack. */
export const monthName = (month: number): string => new Date(Date.UTC(2000, month - 1, 1)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
