import { z } from "zod";
import { personRefSchema } from "./person-ref";
import { isoDateTime, itemId, listItemMeta, nonEmpty } from "./common";

export const auditActions = ["create", "update", "delete"] as const;

/** One changed column: what it held before and after (absent on create or delete). */
export const auditChangeSchema = z.object({ before: z.unknown().optional(), after: z.unknown().optional() });

/**
 * An append-only line of the audit trail (default framework 5.6). The arrangement is a plain number,
 * not a Lookup: the trail must outlive the item it describes.
 */
export const auditEntrySchema = z.object({
  ...listItemMeta,
  summary: nonEmpty,
  at: isoDateTime,
  by: personRefSchema,
  listTitle: nonEmpty,
  itemId,
  arrangementId: itemId.optional(),
  action: z.enum(auditActions),
  /** Column property → { before, after }. */
  changes: z.record(z.string(), auditChangeSchema),
  reason: z.string().optional(),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;
