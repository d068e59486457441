import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { Actor } from "../../sharepoint/audit-trail";
import { arrangementEditors } from "../../sharepoint/authorise/arrangement-editors";
import { repositoryFor } from "../../sharepoint/repositories";
import type { Sp } from "../lib/session/session-sp";
import { parsePartners } from "./parse-partners";
import type { ProposalInput } from "./validate-proposal";

/**
 * Puts a new arrangement on the register in state `proposed`, led by the person proposing it and
 * stamped with the policy pack and version it will be judged by. The repository writes the audit
 * entry; the evaluation wizard continues from here.
 */
export async function createProposal(sp: Sp, input: ProposalInput, pack: Pick<PolicyPack, "id" | "version">, me: Actor): Promise<number> {
  // The same rule as every other edit of a record: the proposer becomes its lead officer, so may create it.
  const { id } = await repositoryFor(sp, "Partnerships", { authorise: arrangementEditors(sp) }).add(
    {
      name: input.name.trim(),
      kind: input.kind,
      status: "proposed",
      partners: parsePartners(input.partners).map((name) => ({ name })),
      purpose: input.purpose.trim(),
      leadOfficer: me,
      policyPackId: pack.id,
      policyVersion: pack.version,
    },
    me,
    { reason: "Proposed a new arrangement" },
  );
  return id;
}
