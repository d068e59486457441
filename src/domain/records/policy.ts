import { z } from "zod";
import { policyPackSchema } from "../policy-pack/pack-schema";
import { listItemMeta, packRef } from "./common";

/**
 * A policy pack stored in the tenant so the Change Manager can change it. Id and version are
 * columns too, so the grid shows which pack is which and the app can filter on them; they must
 * agree with the pack's own JSON, or an evaluation could record a version it was not judged by.
 */
export const policySchema = z
  .object({
    ...listItemMeta,
    packId: packRef,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "use a version like 1.0.0"),
    pack: policyPackSchema,
    active: z.boolean(),
  })
  .superRefine((p, ctx) => {
    if (p.pack.id !== p.packId) {
      ctx.addIssue({ code: "custom", path: ["packId"], message: `the pack's JSON says its id is "${p.pack.id}"` });
    }
    if (p.pack.version !== p.version) {
      ctx.addIssue({ code: "custom", path: ["version"], message: `the pack's JSON says its version is ${p.pack.version}` });
    }
  });

export type Policy = z.infer<typeof policySchema>;
