/**
 * "14:32 on 24 November 2026", in UK time whatever the server's zone: council officers read
 * times as they saw them on the office clock, in winter and in summer time.
 */
const time = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const day = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "numeric", month: "long", year: "numeric" });

export function formatLondonMoment(iso: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return `${time.format(moment)} on ${day.format(moment)}`;
}
