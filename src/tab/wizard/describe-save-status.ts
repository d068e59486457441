import type { SaveStatus } from "./autosaver";

/** Hours and minutes in the council's time, as officers read a clock: "14:02". */
export const clockTime = (at: Date): string =>
  at.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/** The save status in a few plain words, for the status line that screen readers hear politely. */
export function describeSaveStatus(status: SaveStatus): string {
  switch (status.kind) {
    case "idle":
      return "All changes saved";
    case "saved":
      return `Saved ${clockTime(status.at)}`;
    case "pending":
      return "Changes not saved yet…";
    case "saving":
      return "Saving…";
    case "offline":
      return "Offline — your changes are kept on this device and will be saved when the connection returns";
    case "failed":
      return `Not saved — ${status.message} Your changes are kept on this device.`;
    case "conflict":
      return "Not saved — someone else changed this evaluation";
  }
}
