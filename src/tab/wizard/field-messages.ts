import type { Missing } from "../../domain/evaluation/find-missing";
import { stepIds, stepOfSection, type StepId, type WizardStep } from "../../domain/evaluation/wizard-steps";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";

/**
 * Steps whose structured fields answer the pack's sections placed on them (the domain's
 * `findMissing` counts them so), and the field that stands for such a section on the page.
 */
const sectionAnchors: Partial<Record<StepId, string>> = {
  basics: "basics.outcomes",
  risks: "risks",
  exit: "exit.how",
  alternatives: "alternatives.text",
};

/**
 * Where the page shows a message or puts the keyboard for a `Missing.field`: itself, or for a
 * section answered by a step's own fields, that step's main field.
 */
export function fieldOnPage(pack: PolicyPack, field: string): string {
  if (!field.startsWith("sections.")) return field;
  const anchor = sectionAnchors[stepOfSection(pack, field.slice("sections.".length))];
  return anchor ?? field;
}

/**
 * The message each field shows: a value that cannot stand (a date that does not exist) always;
 * what is still missing only on steps the officer has already been through, so a step first
 * opened is not a wall of red.
 */
export function fieldMessages(pack: PolicyPack, problems: readonly Missing[], missing: readonly Missing[], checked: ReadonlySet<StepId>): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const m of missing) {
    if (!checked.has(m.stepId)) continue;
    const at = fieldOnPage(pack, m.field);
    messages[at] ??= m.message;
  }
  for (const p of problems) messages[fieldOnPage(pack, p.field)] = p.message;
  return messages;
}

/** Steps the officer has been through: every shown step before the furthest one reached. */
export function checkedSteps(steps: readonly WizardStep[], reached: StepId | undefined): Set<StepId> {
  if (!reached) return new Set();
  const upTo = stepIds.indexOf(reached);
  return new Set(steps.filter((s) => s.shown && (reached === "review" || stepIds.indexOf(s.id) < upTo)).map((s) => s.id));
}
