/** Today's date where the council works: a review due "today" must not flip at midnight UTC. */
export function todayInLondon(now: Date = new Date()): string {
  return now.toLocaleDateString("en-CA", { timeZone: "Europe/London" });
}
