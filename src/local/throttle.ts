/**
 * Deterministic throttling: a seeded PRNG (mulberry32) decides which requests get a 429, so a
 * test that sets `throttleRate` sees the same requests throttled on every run.
 */
export class Throttle {
  private state: number;

  constructor(
    private readonly rate: number,
    seed = 0x5eed,
  ) {
    if (!(rate >= 0 && rate <= 1)) throw new RangeError(`throttleRate must be between 0 and 1, got ${rate}`);
    this.state = seed >>> 0;
  }

  /** True when this request should be answered 429. */
  next(): boolean {
    if (this.rate === 0) return false;
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return r < this.rate;
  }
}
