import { createHash, createSign, randomUUID, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";

const base64url = (data: Buffer | string): string => Buffer.from(data).toString("base64url");

/**
 * App-only tokens for SharePoint Online, signed with the app's certificate (client assertion,
 * RFC 7523): SharePoint refuses app-only tokens obtained with a client secret. Cached until five
 * minutes before they expire, so a burst of card actions costs one token request.
 */
export function sharePointAppToken(options: { tenantId: string; clientId: string; certificatePath: string; privateKeyPath: string; siteUrl: string }): () => Promise<string> {
  const certificate = new X509Certificate(readFileSync(options.certificatePath));
  const privateKey = readFileSync(options.privateKeyPath, "utf8");
  const thumbprint = base64url(createHash("sha1").update(certificate.raw).digest());
  const endpoint = `https://login.microsoftonline.com/${encodeURIComponent(options.tenantId)}/oauth2/v2.0/token`;
  const scope = `${new URL(options.siteUrl).origin}/.default`;
  let cached: { token: string; until: number } | undefined;

  const assertion = (): string => {
    const now = Math.floor(Date.now() / 1000);
    const header = base64url(JSON.stringify({ alg: "RS256", typ: "JWT", x5t: thumbprint }));
    const payload = base64url(JSON.stringify({ aud: endpoint, iss: options.clientId, sub: options.clientId, jti: randomUUID(), nbf: now, exp: now + 600 }));
    const signature = createSign("RSA-SHA256").update(`${header}.${payload}`).sign(privateKey);
    return `${header}.${payload}.${base64url(signature)}`;
  };

  return async () => {
    if (cached && cached.until > Date.now()) return cached.token;
    const body = new URLSearchParams({
      client_id: options.clientId,
      scope,
      grant_type: "client_credentials",
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: assertion(),
    });
    const response = await fetch(endpoint, { method: "POST", body });
    const json = (await response.json()) as { access_token?: string; expires_in?: number; error_description?: string };
    if (!response.ok || !json.access_token) {
      throw new Error(`Entra refused the bot's SharePoint token (HTTP ${response.status}): ${json.error_description ?? "no reason given"}`);
    }
    cached = { token: json.access_token, until: Date.now() + ((json.expires_in ?? 3600) - 300) * 1000 };
    return json.access_token;
  };
}
