import type { RagRating } from "./rag-rating";

export interface RagInput {
  target: number;
  /** Most measures (visits, satisfaction) are better higher; some (complaints, days to respond) lower. */
  higherIsBetter: boolean;
  actual: number;
}

/**
 * Red / amber / green for one reported value against its target (default framework 4.8; partnership protocol 2.6):
 * green when the target is met, amber when it is missed by no more than `tolerancePercent` of the
 * target, red when missed by more. A target of 0 leaves no room: any miss is red.
 */
export function measureRag({ target, higherIsBetter, actual }: RagInput, tolerancePercent: number): RagRating {
  const shortfall = higherIsBetter ? target - actual : actual - target;
  if (shortfall <= 0) return "green";
  const allowed = (Math.abs(target) * tolerancePercent) / 100;
  // Rounded to a millionth so 5% of 120 is 6, not 6.000000000000001.
  return Math.round(shortfall * 1e6) <= Math.round(allowed * 1e6) ? "amber" : "red";
}
