import { ConcurrencyError } from "../../../sharepoint/errors/concurrency-error";
import { formatLondonMoment } from "../../../sharepoint/format-london-moment";

/** "Sam Patel changed this risk at 10:04 on 3 March 2027. Reload…" — who beat the officer to it. */
export function conflictText(error: ConcurrencyError, noun: string): string {
  if (!error.changedBy && !error.changedAt) return error.message;
  const who = error.changedBy?.title ?? "Someone else";
  const when = error.changedAt ? ` at ${formatLondonMoment(error.changedAt)}` : "";
  return `${who} changed this ${noun}${when}. Reload to see their change; what you typed stays in the form.`;
}
