import { z } from "zod";
import { listItemMeta, nonEmpty } from "./common";

/**
 * The council's own structure, which arrangements point at. Holders of portfolios and
 * directorates are RoleHolders rows, so a reshuffle changes one list.
 */
export const portfolioSchema = z.object({
  ...listItemMeta,
  name: nonEmpty,
  description: z.string().optional(),
  active: z.boolean(),
});

export const directorateSchema = z.object({
  ...listItemMeta,
  name: nonEmpty,
  description: z.string().optional(),
  active: z.boolean(),
});

/** A Corporate Plan objective; a partnership exists to help achieve these (default framework 1.9). */
export const corporateObjectiveSchema = z.object({
  ...listItemMeta,
  title: nonEmpty,
  /** The plan's own numbering, e.g. "CP2". */
  code: z.string().optional(),
  description: z.string().optional(),
  active: z.boolean(),
});

export type Portfolio = z.infer<typeof portfolioSchema>;
export type Directorate = z.infer<typeof directorateSchema>;
export type CorporateObjective = z.infer<typeof corporateObjectiveSchema>;
