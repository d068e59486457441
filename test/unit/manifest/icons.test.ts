import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { iconProblems, iconSizes } from "../../../src/cli/package/icon-rules";
import { colourIcon, outlineIcon } from "../../../src/cli/package/ledger-icons";
import { manifestDir } from "../../../src/cli/package/manifest-files";
import { decodePng, readPngHeader } from "../../../src/cli/package/png-decode";
import { encodePng } from "../../../src/cli/package/png-encode";

const committed = (name: string) => readFileSync(join(manifestDir, name));

describe("the app icons in manifest/", () => {
  it("are PNGs of the sizes Teams requires", () => {
    expect(readPngHeader(committed("color.png"), "color.png")).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(committed("outline.png"), "outline.png")).toMatchObject({ width: 32, height: 32 });
    expect(iconSizes).toEqual({ color: 192, outline: 32 });
  });

  it("keep the outline white on transparent, and break no other icon rule", () => {
    expect(iconProblems({ color: committed("color.png"), outline: committed("outline.png") })).toEqual([]);
  });

  it("are what manifest/make-icons.ts draws (pixel for pixel)", () => {
    expect(decodePng(committed("color.png"), "color.png")).toEqual(colourIcon());
    expect(decodePng(committed("outline.png"), "outline.png")).toEqual(outlineIcon());
  });

  it("the colour icon is opaque and the outline has a transparent background", () => {
    const colour = decodePng(committed("color.png"), "color.png").rgba;
    expect(colour.filter((_, i) => i % 4 === 3).every((alpha) => alpha === 255)).toBe(true);
    const outline = decodePng(committed("outline.png"), "outline.png").rgba;
    expect(outline[3]).toBe(0); // the top-left corner
  });
});

describe("the icon rules catch a replacement that Teams would reject", () => {
  it("swapped icons are the wrong sizes", () => {
    const problems = iconProblems({ color: committed("outline.png"), outline: committed("color.png") });
    expect(problems).toContain("color.png must be 192×192 pixels; it is 32×32.");
    expect(problems).toContain("outline.png must be 32×32 pixels; it is 192×192.");
  });

  it("a coloured outline is named with the first offending pixel", () => {
    const image = outlineIcon();
    // Green and blue drop to 0x40 wherever the glyph is visible: a red glyph, alpha unchanged.
    const rgba = image.rgba.map((byte, i) => ((i % 4 === 1 || i % 4 === 2) && image.rgba[i - (i % 4) + 3] !== 0 ? 0x40 : byte));
    const problems = iconProblems({ color: committed("color.png"), outline: encodePng({ ...image, rgba }) });
    expect(problems).toEqual([expect.stringMatching(/^outline\.png must be white on a transparent background; pixel \(\d+, \d+\) is not white\.$/)]);
  });

  it("an outline without transparency is refused", () => {
    const opaque = { width: 32, height: 32, rgba: new Uint8Array(32 * 32 * 4).fill(255) };
    expect(iconProblems({ color: committed("color.png"), outline: encodePng(opaque) })).toEqual([
      "outline.png must have a transparent background; no pixel is transparent.",
    ]);
  });

  it("a file that is not a PNG says so", () => {
    expect(iconProblems({ color: Buffer.from("GIF89a"), outline: committed("outline.png") })).toEqual(["color.png is not a PNG file"]);
  });
});
