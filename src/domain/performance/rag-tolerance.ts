/**
 * How far short of its target a measure may fall and still be amber rather than red, as a
 * percentage of the target. None of the four frameworks sets a figure (default framework 4.8 and
 * partnership protocol 2.6 ask only for targets and regular reporting), so this is the product's default;
 * a pack may set its own (`monitoring.ragTolerancePercent`).
 */
export const defaultRagTolerancePercent = 10;

/** The tolerance a pack asks for, else the product's default. */
export const ragTolerance = (pack: { monitoring?: { ragTolerancePercent?: number } | undefined }): number =>
  pack.monitoring?.ragTolerancePercent ?? defaultRagTolerancePercent;
