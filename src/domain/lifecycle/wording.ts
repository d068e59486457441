import type { StageType } from "../policy-pack/pack-schema";
import type { LifecycleContext } from "./lifecycle-context";

/** Small helpers so every refusal reads as one plain-English sentence. */
export const roleName = (context: Pick<LifecycleContext, "roleNames">, role: string): string =>
  context.roleNames?.[role] ?? role;

export const roleNames = (context: Pick<LifecycleContext, "roleNames">, roles: readonly string[]): string[] =>
  roles.map((role) => roleName(context, role));

/** "A", "A and B", "A, B and C". */
export const listOf = (items: readonly string[]): string =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** "A", "A or B", "A, B or C". */
export const oneOf = (items: readonly string[]): string =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;

/** "an approval", "a meeting". */
export const withArticle = (phrase: string): string => (/^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`);

/** Pack cites are either bare section numbers ("2.14") or name their document ("framework 2.14"). */
export const citing = (cite: string | undefined): string => {
  if (!cite) return "";
  return /^\d/.test(cite) ? ` (framework ${cite})` : ` (${cite})`;
};

export const stageTypeWords: Record<StageType, string> = {
  opinion: "statutory opinion",
  approval: "approval",
  meeting: "meeting",
  inform: "information",
};

/** "Management Team (stage 2)" or "approval of the Director (stage 3)". */
export const stageName = (context: LifecycleContext, index: number): string => {
  const stage = context.stages[index];
  if (!stage) return `stage ${index + 1}`;
  const what = stage.label ?? `${stageTypeWords[stage.type]} of the ${listOf(roleNames(context, stage.roles))}`;
  return `${what} (stage ${index + 1})`;
};

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
