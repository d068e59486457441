import { drawShapes, type Shape } from "./draw-shapes";
import type { RgbaImage } from "./png-encode";

/** The manifest's accentColor; the colour icon's background uses it so the two match in Teams. */
export const accentColour = "#235F6E";
const spineColour = "#9CCBD3";
const page = "#FFFFFF";

/**
 * The colour icon, 192×192: an open register (a ruled ledger with a spine) in white on the
 * accent colour. The glyph stays inside the central ~96 px Teams recommends, so it survives
 * the rounded crops Teams applies in different places.
 */
export function colourIcon(): RgbaImage {
  // Each ruled line is an entry: a short label and a longer amount, as in a ledger.
  const rows = [66, 84, 102, 120].flatMap((y): Shape[] => [
    { x0: 80, y0: y, x1: 96, y1: y + 6, radius: 1, colour: accentColour },
    { x0: 102, y0: y, x1: 130, y1: y + 6, radius: 1, colour: accentColour },
  ]);
  return drawShapes(192, 192, [
    { x0: 0, y0: 0, x1: 192, y1: 192, colour: accentColour },
    { x0: 50, y0: 44, x1: 142, y1: 148, radius: 8, colour: page },
    { x0: 50, y0: 44, x1: 68, y1: 148, radius: 8, colour: spineColour },
    { x0: 60, y0: 44, x1: 68, y1: 148, colour: spineColour },
    ...rows,
  ]);
}

/**
 * The outline icon, 32×32: the same ledger drawn as white lines on transparency, as Teams
 * requires for the app bar. Edges sit on whole pixels so the 2 px strokes stay crisp.
 */
export function outlineIcon(): RgbaImage {
  const rows = [10, 15, 20].map((y): Shape => ({ x0: 15, y0: y, x1: 22, y1: y + 2, colour: page }));
  return drawShapes(
    32,
    32,
    [
      { x0: 6, y0: 3, x1: 26, y1: 29, radius: 2.5, colour: page },
      { x0: 8, y0: 5, x1: 24, y1: 27, radius: 0.5, colour: null },
      { x0: 11, y0: 5, x1: 13, y1: 27, colour: page },
      ...rows,
    ],
    8,
  );
}
