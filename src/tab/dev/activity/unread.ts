import type { InboxActivity } from "./inbox-types";

/**
 * What the badge counts: cards sent or changed since the person last opened the pane. Kept per
 * person in localStorage, like Teams keeps "read" per user.
 */
const key = (email: string) => `partnership-register.activity-seen.${email.toLowerCase()}`;
const changedAt = (a: InboxActivity) => a.lastUpdated ?? a.timestamp;

export function countUnread(email: string, activities: readonly InboxActivity[]): number {
  const seen = window.localStorage.getItem(key(email)) ?? "";
  return activities.filter((a) => changedAt(a) > seen).length;
}

export function markSeen(email: string, activities: readonly InboxActivity[]): void {
  const newest = activities.map(changedAt).sort().at(-1);
  if (newest) window.localStorage.setItem(key(email), newest);
}
