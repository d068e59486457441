type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null;

/** The verbs of the card's buttons (Action.Execute in body and actions; the refresh action is not a button). */
export function buttonVerbs(card: unknown): string[] {
  const verbs: string[] = [];
  const walk = (node: unknown, key?: string) => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n));
    if (!isObject(node) || key === "refresh") return;
    if (node.type === "Action.Execute" && typeof node.verb === "string") verbs.push(node.verb);
    for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(card);
  return verbs;
}

/** All the text a card shows, for "does it say…" checks. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObject(node)) return;
    for (const [k, v] of Object.entries(node)) {
      if ((k === "text" || k === "title" || k === "value") && typeof v === "string") parts.push(v);
      else walk(v);
    }
  };
  walk(card);
  return parts.join("\n");
}

/** Problems the Adaptive Cards library finds parsing and validating a card (TOOLCHAIN.md). */
export { cardProblems } from "../../unit/cards/validate-card";
