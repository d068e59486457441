import type { SPFI } from "@pnp/sp";
import type { Representative } from "../../domain/records/representative";
import { readTogether } from "../read-together";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";

/** States in which the council is still represented on an arrangement. */
const represented = new Set(["active", "under-review", "exiting"]);

export interface Appointment {
  row: ListRow<Representative>;
  arrangementId: number;
  arrangementName: string;
}

/** Every appointment on a running arrangement, with its arrangement's name, in one `$batch`. */
export async function readAppointments(sp: SPFI): Promise<Appointment[]> {
  const [representatives, arrangements] = await readTogether(sp, [
    (b) => repositoryFor(sp, "Representatives").within(b).query({ orderBy: [{ field: "Id" }] }),
    (b) => repositoryFor(sp, "Partnerships").within(b).query({ select: ["Title", "Status"] }),
  ] as const);
  const byId = new Map(arrangements.map((a) => [a.id, a.record]));
  return representatives.flatMap((row) => {
    const arrangementId = row.record.arrangementId;
    const arrangement = arrangementId ? byId.get(arrangementId) : undefined;
    if (!arrangementId || !arrangement || !represented.has(arrangement.status ?? "")) return [];
    return [{ row, arrangementId, arrangementName: arrangement.name ?? `Arrangement ${arrangementId}` }];
  });
}
