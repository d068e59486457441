import type { PersonRef } from "../../domain/records/person-ref";
import type { SPFI } from "@pnp/sp";
import { arrangementEditors } from "../authorise/arrangement-editors";

/**
 * The register's editor rule for a proposal's evaluation and route: only the person signed in,
 * acting in their own name, as the arrangement's lead or sponsoring officer or the Change Manager
 * (the same rule, from the same code, as every other write to an arrangement's record). Checked
 * once, before the first write, with everything it needs read in one `$batch`.
 */
export function requireProposalEditor(sp: SPFI, arrangementId: number, me: PersonRef): Promise<void> {
  return Promise.resolve(arrangementEditors(sp)({ action: "update", listTitle: "Partnerships", actor: me, itemId: arrangementId, changes: {} }));
}
