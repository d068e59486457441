/**
 * HTML built only through this tagged template, so every interpolated value is escaped unless it
 * is itself already-built HTML. The layouts pages render list data typed by anyone (including
 * `<script>` in a Title), so escaping is the default rather than something to remember.
 */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** `false`, `null` and `undefined` render as nothing so `${cond && html`…`}` reads naturally. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

function renderValue(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map((v: HtmlValue) => renderValue(v)).join("");
  if (value === null || value === undefined || value === false || value === true) return "";
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += renderValue(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** Trusted markup that is not from user data (the style sheet). */
export function trusted(text: string): SafeHtml {
  return new SafeHtml(text);
}

/** Only http(s) and mailto links are made clickable: a URL column can hold `javascript:`. */
export function safeExternalHref(url: string): string | undefined {
  return /^(https?:|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}
