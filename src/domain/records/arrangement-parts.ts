import { z } from "zod";
import { nonEmpty, webUrl } from "./common";

/** Legal forms an arrangement may take (default framework 1.12–1.13, partnership protocol appendix 1.2). */
export const legalForms = [
  "unincorporated-association",
  "company",
  "charitable-trust",
  "joint-committee",
  "latco",
  "community-interest-company",
  "joint-venture",
  "delegation-of-functions",
  "contractual",
  "other",
] as const;

/** Executive partnerships take decisions; advisory ones only advise (partnership working framework Annex 1). */
export const decisionMakingModes = ["executive", "advisory"] as const;

export const partnerSchema = z.object({ name: nonEmpty, sector: z.string().optional() });

/** A key plan or strategy of the partnership (partnership working framework Annex 1: "insert hyperlink where possible"). */
export const linkSchema = z.object({ title: nonEmpty, url: webUrl.optional() });

/**
 * Council resources made available to the partnership, one free-text answer per heading of
 * partnership working framework Annex 1. Kept as one JSON note: the headings are answered together in the audit
 * template, and thirteen mostly-empty columns would crowd the Change Manager's grid.
 */
export const councilResourcesSchema = z
  .object({
    finance: z.string(),
    staff: z.string(),
    accommodation: z.string(),
    legal: z.string(),
    it: z.string(),
    administration: z.string(),
    training: z.string(),
    insurance: z.string(),
    recruitment: z.string(),
    payroll: z.string(),
    healthAndSafety: z.string(),
    advice: z.string(),
    communications: z.string(),
  })
  .partial()
  .strict();

export type Partner = z.infer<typeof partnerSchema>;
export type Link = z.infer<typeof linkSchema>;
export type CouncilResources = z.infer<typeof councilResourcesSchema>;
