import { listDefinitionSchema, type ListDefinition } from "./list-definition";
import approvalStages from "../../../sharepoint-lists/ApprovalStages.json";
import auditLog from "../../../sharepoint-lists/AuditLog.json";
import budgetFigures from "../../../sharepoint-lists/BudgetFigures.json";
import cardMessages from "../../../sharepoint-lists/CardMessages.json";
import conversations from "../../../sharepoint-lists/Conversations.json";
import directorates from "../../../sharepoint-lists/Directorates.json";
import evaluations from "../../../sharepoint-lists/Evaluations.json";
import exits from "../../../sharepoint-lists/Exits.json";
import interests from "../../../sharepoint-lists/Interests.json";
import measures from "../../../sharepoint-lists/Measures.json";
import objectives from "../../../sharepoint-lists/Objectives.json";
import opinions from "../../../sharepoint-lists/Opinions.json";
import partnerships from "../../../sharepoint-lists/Partnerships.json";
import policies from "../../../sharepoint-lists/Policies.json";
import portfolios from "../../../sharepoint-lists/Portfolios.json";
import representatives from "../../../sharepoint-lists/Representatives.json";
import reviews from "../../../sharepoint-lists/Reviews.json";
import risks from "../../../sharepoint-lists/Risks.json";
import roleHolders from "../../../sharepoint-lists/RoleHolders.json";

/**
 * Every list definition, imported statically so the same code runs in the browser tab, the bot
 * and the CLI (no file system). Order matters for provisioning: a list comes after the lists its
 * Lookup columns point at.
 */
const files: Record<string, unknown> = {
  Portfolios: portfolios,
  Directorates: directorates,
  Objectives: objectives,
  Policies: policies,
  Partnerships: partnerships,
  Evaluations: evaluations,
  ApprovalStages: approvalStages,
  Opinions: opinions,
  Risks: risks,
  Measures: measures,
  BudgetFigures: budgetFigures,
  Reviews: reviews,
  Representatives: representatives,
  Interests: interests,
  Exits: exits,
  RoleHolders: roleHolders,
  AuditLog: auditLog,
  Conversations: conversations,
  CardMessages: cardMessages,
};

/** Parses one file; a broken definition is a build defect, so it fails loudly with the file named. */
function parseDefinition(file: string, json: unknown): ListDefinition {
  const parsed = listDefinitionSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new Error(`sharepoint-lists/${file}.json is not a valid list definition: ${detail}`);
  }
  if (parsed.data.title !== file) {
    throw new Error(`sharepoint-lists/${file}.json declares title "${parsed.data.title}"; the file name and title must match`);
  }
  return parsed.data;
}

export const listDefinitions: readonly ListDefinition[] = Object.entries(files).map(([file, json]) => parseDefinition(file, json));

export function getListDefinition(title: string): ListDefinition {
  const definition = listDefinitions.find((d) => d.title === title);
  if (!definition) {
    throw new Error(`there is no list called "${title}" (known: ${listDefinitions.map((d) => d.title).join(", ")})`);
  }
  return definition;
}
