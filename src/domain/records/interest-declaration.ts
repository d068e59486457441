import { z } from "zod";
import { isoDate, itemId, listItemMeta, nonEmpty } from "./common";

/** A representative's declared interest and how the conflict is managed (default framework 4.3 i–j; partnership protocol 2.13). */
export const interestDeclarationSchema = z.object({
  ...listItemMeta,
  nature: nonEmpty,
  arrangementId: itemId,
  representativeId: itemId,
  dateDeclared: isoDate,
  howManaged: z.string().optional(),
});

export type InterestDeclaration = z.infer<typeof interestDeclarationSchema>;
