/** Small readers over card JSON, so the tests can say what a member would see and press. */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every object anywhere in the card, depth first (the refresh block included). */
export function allNodes(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(allNodes);
  if (!isObject(value)) return [];
  return [value, ...Object.values(value).flatMap(allNodes)];
}

/** The Action.Execute buttons a person can press: the refresh action is not one. */
export function buttons(card: Json): Json[] {
  const withoutRefresh = { ...card, refresh: undefined };
  return allNodes(withoutRefresh).filter((node) => node.type === "Action.Execute");
}

export const buttonVerbs = (card: Json): unknown[] => buttons(card).map((button) => button.verb);

export const inputs = (card: Json): Json[] => allNodes(card).filter((node) => typeof node.type === "string" && node.type.startsWith("Input."));

/** Everything a reader sees as text: TextBlocks and facts, in order. */
export function visibleText(card: Json): string {
  return allNodes(card.body)
    .flatMap((node) => {
      if (node.type === "TextBlock" && typeof node.text === "string") return [node.text];
      if (node.type === "FactSet" && Array.isArray(node.facts)) return (node.facts as Json[]).map((fact) => `${String(fact.title)}: ${String(fact.value)}`);
      return [];
    })
    .join("\n");
}

export function refreshOf(card: Json): { action: Json; userIds: string[] } | undefined {
  return card.refresh as { action: Json; userIds: string[] } | undefined;
}

export const headerStyle = (card: Json): unknown => (card.body as Json[])[0]?.style;

export const openRecordUrl = (card: Json): unknown =>
  allNodes(card.actions).find((node) => node.type === "Action.OpenUrl" && node.title === "Open the record")?.url;
