/**
 * Makes any user-supplied text safe to put in a TextBlock or Fact value. Teams reads those as
 * Markdown, so without this a partnership called "[Approve here](https://evil)" would become a
 * link, "**URGENT**" would shout and "1. Approve" would turn into a list. CommonMark's backslash
 * escape is what the Adaptive Card renderers honour, so every character that starts Markdown is
 * escaped rather than removed: the reader still sees exactly what was typed.
 */

/**
 * Control characters (Unicode Cc, bar the line break kept on purpose), and the bidirectional
 * overrides and isolates that make text read differently from what it is ("Trojan Source").
 */
const invisibleControls = /(?!\n)\p{Cc}|[\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/** A half of a surrogate pair on its own is not valid UTF-8 and would corrupt the bot's message. */
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters that open emphasis, links, code, headings, quotes or autolinks anywhere in a line. */
const inlineMarkdown = /[\\`*_[\]()#>~<]/g;

/** "- item", "+ item" and "1. item" make lists only at the start of a line. */
const listMarkerAtLineStart = /^([ \t]*)([-+]|\d+\.)(?=[ \t]|$)/gm;

/** Removes what can't be shown and evens out line breaks. */
export function cleanCardText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(invisibleControls, "")
    .replace(loneSurrogates, "");
}

export function escapeCardText(value: string): string {
  return (
    cleanCardText(value)
      .replace(inlineMarkdown, (c) => `\\${c}`)
      .replace(listMarkerAtLineStart, (_match, indent: string, marker: string) =>
        marker.endsWith(".") ? `${indent}${marker.slice(0, -1)}\\.` : `${indent}\\${marker}`,
      )
      // Adaptive Cards templating reads ${…}, and TextBlocks expand {{DATE(…)}} and {{TIME(…)}}:
      // a space between the characters keeps the text legible and turns neither on.
      .replace(/\$\{/g, "$ {")
      .replace(/\{(?=\{)/g, "{ ")
      .replace(/\}(?=\})/g, "} ")
  );
}
