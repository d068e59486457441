import { parseIsoDate, toIsoDate, type IsoDate } from "./iso-date";

const msPerDay = 86_400_000;

const dayNumber = (date: IsoDate): number => {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / msPerDay;
};

/** Whole days from `from` to `to`: positive when `to` is later. 31 March → 1 April is 1. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const shifted = new Date((dayNumber(date) + days) * msPerDay);
  return toIsoDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}
