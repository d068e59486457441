import { randomBytes } from "node:crypto";
import type { SiteUser } from "../model";
import { html, type HtmlValue } from "./html";
import { pageShell, type Crumb } from "./page-shell";
import type { LayoutPaths } from "./paths";

/** HTML responses for the layouts pages, each with a strict CSP so list data can never run script. */
export interface LayoutResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const baseHeaders = (nonce: string): Record<string, string> => ({
  "Content-Type": "text/html; charset=utf-8",
  // No script at all; the one inline style sheet is allowed by nonce; forms only post back here.
  "Content-Security-Policy": `default-src 'none'; style-src 'nonce-${nonce}'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  // Pages carry ETags and form tokens: a cached copy would be a stale form by construction.
  "Cache-Control": "no-store",
});

export interface PageContext {
  user: SiteUser;
  paths: LayoutPaths;
  siteTitle: string;
}

export function page(ctx: PageContext, status: number, title: string, crumbs: Crumb[], body: HtmlValue, hasError = false): LayoutResponse {
  const nonce = randomBytes(16).toString("base64");
  // Every page's trail starts at Site contents (the index page is that crumb alone).
  const all: Crumb[] = [{ label: "Site contents", href: ctx.paths.root }, ...crumbs];
  const text = pageShell({ title, crumbs: all, user: ctx.user, homeHref: ctx.paths.root, nonce, body, hasError }).text;
  return { status, headers: baseHeaders(nonce), body: text };
}

/** After a successful POST: 303 so a reload does not post again. */
export function seeOther(location: string): LayoutResponse {
  return { status: 303, headers: { Location: location, "Cache-Control": "no-store" }, body: "" };
}

export function problemPage(ctx: PageContext, status: number, heading: string, detail: string, back?: { href: string; label: string }): LayoutResponse {
  return page(
    ctx,
    status,
    heading,
    [{ label: heading }],
    html`<h1>${heading}</h1><p class="lead">${detail}</p>${back && html`<p><a href="${back.href}">${back.label}</a></p>`}`,
    true,
  );
}
