/**
 * The element id of a wizard field, from the answer path the domain's `Missing.field` names
 * ("basics.purpose", "sections.safeguarding", "checklist.scope"), so the review's list of what is
 * missing can put the keyboard straight on it.
 */
export const fieldDomId = (field: string): string => `wizard-${field.replace(/[^A-Za-z0-9_-]+/g, "-")}`;

/** Puts the keyboard on a field (or the first control inside a group) and brings it into view. */
export function focusField(field: string): boolean {
  const element = document.getElementById(fieldDomId(field));
  if (!element) return false;
  const target =
    element.matches("input, textarea, select, button, [tabindex]") ? element : element.querySelector<HTMLElement>("input, textarea, select, button, [tabindex]");
  (target ?? element).focus();
  (target ?? element).scrollIntoView({ block: "center" });
  return true;
}
