import type { IncomingHttpHeaders } from "node:http";

/** The part of the Teams SDK's Entra token validator the notify endpoint uses (App.entraTokenValidator). */
export interface AccessTokenValidator {
  validateAccessToken(rawToken: string): Promise<Record<string, unknown> | null | undefined | string>;
}

/**
 * Who may tell the bot to sweep. Locally (`npm start`) the tab and the bot share a laptop and the
 * bot accepts unsigned calls, as it accepts unsigned activities. In a tenant the tab must send an
 * Entra access token issued for the bot's own app (audience the bot's client id or
 * `api://<bot client id>`), checked with the Teams SDK's validator: signature, issuer, audience,
 * expiry — and, when BOT_TENANT_ID is set, that it came from the council's own tenant.
 */
export type NotifyAuth = { kind: "local" } | { kind: "entra"; validator: AccessTokenValidator | undefined; tenantId?: string };

export type NotifyAuthResult = { ok: true } | { ok: false; status: 401 | 403; message: string };

export async function checkNotifyAuth(auth: NotifyAuth, headers: IncomingHttpHeaders): Promise<NotifyAuthResult> {
  if (auth.kind === "local") return { ok: true };
  const header = headers.authorization ?? "";
  const [scheme, token] = header.split(" ");
  if (scheme?.toLowerCase() !== "bearer" || !token) {
    return { ok: false, status: 401, message: "Sign-in is needed: send the tab's Entra access token for the approvals bot as 'Authorization: Bearer <token>'." };
  }
  if (!auth.validator) return { ok: false, status: 401, message: "The bot has no Entra app id configured (BOT_ID), so it cannot check who is calling." };
  const payload = await auth.validator.validateAccessToken(token).catch(() => null);
  if (!payload || typeof payload !== "object") return { ok: false, status: 401, message: "The access token was not accepted: it must be issued by Microsoft Entra for the approvals bot's app and still be valid." };
  if (auth.tenantId && payload.tid !== auth.tenantId) return { ok: false, status: 403, message: "The access token comes from another organisation's tenant." };
  return { ok: true };
}
