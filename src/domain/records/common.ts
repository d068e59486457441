import { z } from "zod";

/**
 * Small pieces every record shares. Dates that are calendar days (start dates, review dates) are
 * `2025-04-01`; moments (decided at, submitted at) are full ISO date-times with an offset, so a
 * record read from SharePoint in winter or summer time means the same instant.
 */
export const isoDate = z.iso.date({ error: "use a date like 2025-04-01" });
export const isoDateTime = z.iso.datetime({ offset: true, error: "use a date and time like 2025-04-01T09:30:00Z" });

/** Links officers paste (terms of reference, governance documents) must open in a browser. */
export const webUrl = z.httpUrl({ error: "use a web address starting https://" });

/** Ids a policy pack declares (kinds, categories, roles, review types, exit reasons). */
export const packRef = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "use a policy pack id: lower-case letters, digits and hyphens");

/** Money in pounds; the council never records a negative budget or contribution. */
export const pounds = z.number().min(0);

/** A SharePoint list item's own id (the Lookup target other lists point at). */
export const itemId = z.number().int().positive();

export const nonEmpty = z.string().min(1);

/** Red / amber / green, the rating councils use for performance measures and risks. */
export const ragRatings = ["green", "amber", "red"] as const;

/**
 * The assurance an arrangement's governance gives, best first: the four levels internal audit
 * opinions and Annual Governance Statements use (see src/domain/governance-rating/README.md).
 */
export const governanceLevels = ["substantial", "reasonable", "limited", "weak"] as const;
export type GovernanceLevel = (typeof governanceLevels)[number];

/**
 * Not data but where it came from: the list item id and its ETag, carried so a write can send
 * `IF-MATCH` and never overwrite a newer edit silently (DESIGN.md "Data"). New records have neither.
 */
export const listItemMeta = {
  id: itemId.optional(),
  etag: z.string().optional(),
};

/** Record properties that are item metadata rather than columns of a list. */
export const metadataProperties = Object.keys(listItemMeta);

/** True when `to` is not before `from`; either missing means there is nothing to compare. */
export const inOrder = (from: string | undefined, to: string | undefined): boolean =>
  from === undefined || to === undefined || from <= to;
