import { parsePartners } from "./parse-partners";

export interface ProposalInput {
  name: string;
  partners: string;
  purpose: string;
  kind: string;
}

export type ProposalErrors = Partial<Record<keyof ProposalInput, string>>;

/**
 * What is missing or wrong, one plain sentence per field. A partnership is between the council
 * and at least one independent body (gravesham 1.9), so a partner is required; a purpose is the
 * first thing every framework's evaluation asks for.
 */
export function validateProposal(input: ProposalInput, kinds: readonly string[]): ProposalErrors {
  const errors: ProposalErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = "Enter a name for the arrangement.";
  else if (name.length < 4) errors.name = "The name is too short: use the name partners will know it by.";
  else if (name.length > 255) errors.name = `The name is ${name.length} characters; SharePoint keeps at most 255.`;
  const partners = parsePartners(input.partners);
  if (partners.length === 0) errors.partners = "Name at least one partner organisation the council would work with.";
  else {
    const long = partners.find((p) => p.length > 255);
    if (long) errors.partners = `"${long.slice(0, 40)}…" is too long for a partner's name (255 characters at most).`;
  }
  const purpose = input.purpose.trim();
  if (!purpose) errors.purpose = "Say in a sentence or two what the arrangement is for.";
  else if (purpose.length < 20) errors.purpose = "Say a little more about the purpose: at least 20 characters.";
  if (!input.kind) errors.kind = "Choose what kind of arrangement this is.";
  else if (!kinds.includes(input.kind)) errors.kind = "Choose one of the kinds the council's policy lists.";
  return errors;
}
