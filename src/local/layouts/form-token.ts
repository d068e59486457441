import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Per-form anti-forgery tokens. The stand-in only listens on loopback, but a page on any other
 * site the developer visits could still POST a form at it (the `local-user` cookie rides along),
 * so each form carries an HMAC of what it edits plus when it was issued, under a secret that
 * lives only in this process. A restart invalidates open forms; the editor then re-shows the
 * person's values with a fresh token rather than losing them.
 */
const maxAgeMs = 12 * 60 * 60 * 1000;

export class FormTokens {
  private readonly secret = randomBytes(32);

  /** `scope` names the form's target, e.g. `<listId>/7` or `<listId>/7/delete`. */
  issue(scope: string, now = Date.now()): string {
    const issued = now.toString(36);
    return `${issued}.${this.sign(scope, issued)}`;
  }

  verify(token: string | null, scope: string, now = Date.now()): boolean {
    if (!token) return false;
    const [issued, mac] = token.split(".", 2);
    if (!issued || !mac) return false;
    const age = now - parseInt(issued, 36);
    if (!Number.isFinite(age) || age < 0 || age > maxAgeMs) return false;
    const expected = Buffer.from(this.sign(scope, issued));
    const given = Buffer.from(mac);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private sign(scope: string, issued: string): string {
    return createHmac("sha256", this.secret).update(`${scope}\n${issued}`).digest("base64url");
  }
}
