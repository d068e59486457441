/**
 * The Markdown subset Teams renders in Adaptive Card text: **bold**, _italic_ / *italic*,
 * [links](https://…), "- " and "1. " lists, line breaks, and backslash escapes (which is how our
 * cards keep user text literal). HTML in the text is always shown as text, never run.
 */
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// Escaped characters are parked as private-use code points so no rule below can see them.
const park = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
const unpark = (s: string) => s.replace(/[\ue000-\ue0ff]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));

function inline(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, (_, label: string, url: string) => `<a href="${url}" target="_blank" rel="noopener noreferrer">${label}</a>`)
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^\w])_([^_]+)_(?!\w)/g, "$1<em>$2</em>")
    .replace(/\*([^*]+)\*/g, "<em>$1</em>");
}

export function renderCardMarkdown(source: string): string {
  const lines = escapeHtml(park(source)).split(/\r?\n/);
  const out: string[] = [];
  let list: "ul" | "ol" | undefined;
  for (const line of lines) {
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
    const kind = bullet ? "ul" : numbered ? "ol" : undefined;
    if (list && kind !== list) {
      out.push(`</${list}>`);
      list = undefined;
    }
    if (kind) {
      if (!list) out.push(`<${kind}>`);
      list = kind;
      out.push(`<li>${inline((bullet ?? numbered)![1]!)}</li>`);
    } else {
      out.push(`${inline(line)}<br>`);
    }
  }
  if (list) out.push(`</${list}>`);
  return unpark(out.join("").replace(/<br>$/, ""));
}
