import type { SiteUser } from "../model";
import { html, trusted, type HtmlValue, type SafeHtml } from "./html";
import { styles } from "./styles";

/**
 * The frame every layouts page shares: a suite bar like SharePoint's, a notice that this is the
 * local stand-in (so nobody mistakes it for Microsoft's UI), breadcrumbs, one `<main>`.
 */
export interface Crumb {
  label: string;
  href?: string;
}

export interface ShellInput {
  title: string;
  crumbs: Crumb[];
  user: SiteUser;
  homeHref: string;
  /** CSP nonce for the inline style sheet. */
  nonce: string;
  body: HtmlValue;
  /** Prefixes the document title with "Error: " so screen readers hear it first. */
  hasError?: boolean;
}

export function pageShell(input: ShellInput): SafeHtml {
  const docTitle = `${input.hasError ? "Error: " : ""}${input.title} – SharePoint (local stand-in)`;
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${docTitle}</title>
<style nonce="${input.nonce}">${trusted(styles)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="suite">
<a class="brand" href="${input.homeHref}">SharePoint (local stand-in)</a>
<span class="who">Acting as <strong>${input.user.Title}</strong></span>
</header>
<p class="note">This is the local stand-in for SharePoint's own list views. Changes made here go through the same checks as the REST API, like typing into SharePoint's grid view.</p>
<nav class="crumbs" aria-label="Breadcrumb"><ol>${input.crumbs.map((c, i) =>
    i === input.crumbs.length - 1 || !c.href ? html`<li><span aria-current="page">${c.label}</span></li>` : html`<li><a href="${c.href}">${c.label}</a></li>`,
  )}</ol></nav>
<main id="main" tabindex="-1">
${input.body}
</main>
</body>
</html>
`;
}
