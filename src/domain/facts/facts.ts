import { z } from "zod";
import type { PolicyPack } from "../policy-pack/pack-schema";
import { coreFacts, type FactDefinition } from "./fact-vocabulary";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use a date like 2026-04-01");

/** Values of the core vocabulary; pack-declared facts travel alongside under their own ids. */
export const coreFactsSchema = z.object({
  kind: z.string().min(1),
  subtype: z.string().min(1).optional(),
  councilResource: z.number().min(0).optional(),
  statutory: z.boolean().optional(),
  fundamentalToCorporateObjective: z.boolean().optional(),
  urgentWithinOneMonth: z.boolean().optional(),
  externalCause: z.boolean().optional(),
  memberInvolvement: z.boolean().optional(),
  councilIsAccountableBody: z.boolean().optional(),
  unbudgetedCommitment: z.boolean().optional(),
  publicFacing: z.boolean().optional(),
  exclusions: z.array(z.string()).optional(),
  scorecard: z.record(z.string(), z.boolean()).optional(),
  startDate: isoDate.optional(),
  asOf: isoDate.optional(),
});

export type Facts = z.infer<typeof coreFactsSchema> & { [extra: string]: unknown };

export interface FactProblem {
  key: string;
  message: string;
}

export type FactsResult = { ok: true; facts: Facts } | { ok: false; problems: FactProblem[] };

/** All facts a pack's rules may use: the core vocabulary and the pack's own. */
export const factDefinitions = (pack?: PolicyPack): FactDefinition[] => [
  ...coreFacts,
  ...(pack?.facts ?? []).map((f) => ({ id: f.id, label: f.label, type: f.type, description: f.description })),
];

const packFactValue = (type: string) =>
  type === "boolean" ? z.boolean() : type === "string" ? z.string() : z.number().min(0);

/**
 * Reads facts an officer (or a file) supplied. Never throws: every unknown key and every value
 * of the wrong type is named, so the person can fix them all at once.
 */
export function parseFacts(raw: unknown, pack?: PolicyPack): FactsResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ key: "(facts)", message: "facts must be a JSON object, e.g. {\"kind\": \"partnership\"}" }] };
  }
  const problems: FactProblem[] = [];
  const known = new Map(factDefinitions(pack).map((f) => [f.id, f]));
  const input = raw as Record<string, unknown>;
  const core: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const definition = known.get(key);
    if (!definition) {
      problems.push({ key, message: `"${key}" is not a fact this policy knows (known: ${[...known.keys()].join(", ")})` });
    } else if (key in coreFactsSchema.shape) {
      core[key] = value;
    } else {
      const parsed = packFactValue(definition.type).safeParse(value);
      if (parsed.success) extra[key] = parsed.data;
      else problems.push({ key, message: `"${key}" must be ${describeType(definition.type)}` });
    }
  }
  const parsed = coreFactsSchema.safeParse(core);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join(".") || "(facts)";
      const definition = known.get(String(issue.path[0]));
      const message =
        issue.code === "invalid_type" && core[String(issue.path[0])] === undefined
          ? `"${key}" is required`
          : definition
            ? `"${key}" must be ${describeType(definition.type)}${issue.message && issue.code !== "invalid_type" ? ` (${issue.message})` : ""}`
            : issue.message;
      problems.push({ key, message });
    }
  }
  if (pack && parsed.success) problems.push(...checkAgainstPack(parsed.data, pack));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, facts: { ...(parsed.data as Facts), ...extra } };
}

function checkAgainstPack(facts: z.infer<typeof coreFactsSchema>, pack: PolicyPack): FactProblem[] {
  const problems: FactProblem[] = [];
  const kind = pack.kinds.find((k) => k.id === facts.kind);
  if (!kind) {
    problems.push({ key: "kind", message: `"${facts.kind}" is not a kind of arrangement in ${pack.name} (${pack.kinds.map((k) => k.id).join(", ")})` });
  } else if (facts.subtype !== undefined) {
    const subtypes = kind.subtypes ?? [];
    if (!subtypes.some((s) => s.id === facts.subtype)) {
      problems.push({
        key: "subtype",
        message: subtypes.length
          ? `"${facts.subtype}" is not a sub-type of ${kind.name} (${subtypes.map((s) => s.id).join(", ")})`
          : `${kind.name} has no sub-types in ${pack.name}`,
      });
    }
  }
  for (const exclusion of facts.exclusions ?? []) {
    if (!pack.screening.exclusions.some((e) => e.id === exclusion)) {
      problems.push({ key: "exclusions", message: `"${exclusion}" is not a screening exclusion in ${pack.name} (${pack.screening.exclusions.map((e) => e.id).join(", ")})` });
    }
  }
  const criteria = pack.categorisation.flatMap((c) => c.scorecard?.criteria.map((x) => x.id) ?? []);
  for (const criterion of Object.keys(facts.scorecard ?? {})) {
    if (!criteria.includes(criterion)) {
      problems.push({ key: `scorecard.${criterion}`, message: `"${criterion}" is not a scorecard criterion in ${pack.name}${criteria.length ? ` (${criteria.join(", ")})` : " (it has no scorecard)"}` });
    }
  }
  return problems;
}

function describeType(type: string): string {
  switch (type) {
    case "boolean": return "true or false";
    case "money": return "an amount in pounds, as a number (e.g. 65000)";
    case "number": return "a number";
    case "string": return "text";
    case "string-list": return "a list of ids, e.g. [\"contract-for-services\"]";
    case "answers": return "an object of criterion id → true/false";
    case "date": return "a date like 2026-04-01";
    default: return "text";
  }
}
