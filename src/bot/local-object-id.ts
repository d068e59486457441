import { createHash } from "node:crypto";

/**
 * The Entra object id a demo person has in local mode. There is no Entra locally, so the local
 * Teams stand-in and the bot derive the same id from the person's e-mail: a version-8 ("custom")
 * UUID made from the SHA-256 of the lower-cased address. Stable across runs and machines.
 */
export function localObjectId(email: string): string {
  const hex = createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The Teams user id ("29:…") the local stand-in gives a demo person: derived the same way. */
export const localUserId = (email: string): string => `29:local-${localObjectId(email)}`;
