import type { SPFI } from "@pnp/sp";
import type { Actor } from "../../../src/sharepoint/audit-trail";

/** The person PnPjs is acting as, as the audit trail records them. */
export async function actorOf(sp: SPFI): Promise<Actor> {
  const me = await sp.web.currentUser();
  return { id: me.Id, title: me.Title, email: me.Email };
}

/** The least an arrangement needs to be on the register. */
export const arrangement = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  kind: "partnership",
  status: "proposed" as const,
  ...extra,
});
