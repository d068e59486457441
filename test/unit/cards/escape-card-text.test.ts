import { describe, expect, it } from "vitest";
import { cardLine, cardText, moreInTheRecord } from "../../../src/cards/card-text";
import { escapeCardText } from "../../../src/cards/escape-card-text";

/** Undo the backslash escapes, as a CommonMark renderer does when it shows the text. */
const asShown = (escaped: string): string => escaped.replace(/\\([\\`*_[\]()#>~<.+-])/g, "$1");

describe("user text on a card shows exactly what was typed, never as Markdown", () => {
  it("turns a link typed into a name into plain text", () => {
    expect(escapeCardText("[click](https://evil)")).toBe("\\[click\\]\\(https://evil\\)");
    expect(escapeCardText("<https://evil.example>")).toBe("\\<https://evil.example\\>");
  });

  it("keeps bold, italics and code as the characters typed", () => {
    expect(escapeCardText("**bold** _it_ `code`")).toBe("\\*\\*bold\\*\\* \\_it\\_ \\`code\\`");
  });

  it("does not let a line become a list, heading or quote", () => {
    expect(escapeCardText("- one\n+ two\n1. three\n  12. four\n# Title\n> quote")).toBe(
      "\\- one\n\\+ two\n1\\. three\n  12\\. four\n\\# Title\n\\> quote",
    );
  });

  it("leaves ordinary council text alone", () => {
    for (const text of ["North Kent Community Safety Partnership", "£45,000 a year", "Health and well-being board", "Year 2. Then 2.5% growth", "Kent & Medway"]) {
      expect(escapeCardText(text)).toBe(text);
    }
  });

  it("does not expand templating or the TextBlock date functions", () => {
    const escaped = escapeCardText("${x} and ${$root.secret} on {{DATE(2025-01-01T00:00:00Z, SHORT)}} {{{TIME(2025-01-01T00:00:00Z)}}}");
    expect(escaped).not.toContain("${");
    expect(escaped).not.toContain("{{");
    expect(escaped).not.toContain("}}");
    expect(escaped).toContain("$ {x}");
  });

  it("removes control characters and direction overrides, and evens out line breaks and tabs", () => {
    expect(escapeCardText("a\u0000b\u0007c\u001bd\u007fe\u0085f")).toBe("abcdef");
    expect(escapeCardText("admin\u202Egnp.exe\u2066x\u2069")).toBe("admingnp.exex");
    expect(escapeCardText("line one\r\nline two\rline three\tend")).toBe("line one\nline two\nline three end");
    expect(escapeCardText("broken \uD800 pair, whole 😀")).toBe("broken  pair, whole 😀");
  });

  it("escapes the backslash itself, so an escape cannot be forged", () => {
    expect(escapeCardText("C:\\temp\\*")).toBe("C:\\\\temp\\\\\\*");
  });

  it("loses nothing: the text shown is the text typed", () => {
    const hostile = "[click](https://evil) **bold** _x_ `y` # h > q \\ <a> ~~s~~\n- item\n1. one";
    expect(asShown(escapeCardText(hostile))).toBe(hostile);
  });
});

describe("long user text", () => {
  it("is cut at a generous limit with a pointer to the record", () => {
    const text = cardText("word ".repeat(2000), 100);
    expect(text.endsWith(moreInTheRecord)).toBe(true);
    expect(text.length).toBeLessThan(100 + moreInTheRecord.length + 2);
  });

  it("is never cut through an emoji, and short text is left whole", () => {
    expect(cardText("😀".repeat(10), 3)).toBe(`😀😀😀 ${moreInTheRecord}`);
    expect(cardText("Short purpose", 100)).toBe("Short purpose");
  });

  it("keeps names and labels on one line, and paragraphs in theirs", () => {
    expect(cardLine("North Kent\n- Community\r\n\tSafety ", 100)).toBe("North Kent - Community Safety");
    expect(cardText("First point.\n\nSecond point.", 100)).toBe("First point.\n\nSecond point.");
  });

  it("is escaped before the pointer is added, so the pointer stays plain", () => {
    expect(cardText("[a](b) ".repeat(100), 10)).toBe(`\\[a\\]\\(b\\) \\[a\\] ${moreInTheRecord}`);
  });
});
