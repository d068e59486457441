import { decodePng, readPngHeader } from "./png-decode";

/** How far from pure white an outline pixel's colour may be (export tools round a little). */
const whiteTolerance = 8;

/** Teams' icon rules that its upload checks: sizes, and an outline icon white on transparent. */
export const iconSizes = { color: 192, outline: 32 } as const;

function sizeProblem(png: Buffer, name: string, size: number): string | undefined {
  const { width, height } = readPngHeader(png, name);
  return width === size && height === size ? undefined : `${name} must be ${size}×${size} pixels; it is ${width}×${height}.`;
}

/** Returns a sentence for each rule an icon breaks (empty when both are fine). */
export function iconProblems(icons: { color: Buffer; outline: Buffer }): string[] {
  const problems: string[] = [];
  const attempt = (check: () => string | undefined) => {
    try {
      const problem = check();
      if (problem) problems.push(problem);
    } catch (error) {
      // A file that is not a readable PNG is itself the problem to report, in the same list.
      problems.push((error as Error).message);
    }
  };
  attempt(() => sizeProblem(icons.color, "color.png", iconSizes.color));
  attempt(() => sizeProblem(icons.outline, "outline.png", iconSizes.outline));
  attempt(() => {
    const { rgba } = decodePng(icons.outline, "outline.png");
    let transparent = 0;
    let visible = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i + 3] === 0) {
        transparent++;
        continue;
      }
      visible++;
      if ([0, 1, 2].some((c) => (rgba[i + c] ?? 0) < 255 - whiteTolerance)) {
        const pixel = i / 4;
        return `outline.png must be white on a transparent background; pixel (${pixel % iconSizes.outline}, ${Math.floor(pixel / iconSizes.outline)}) is not white.`;
      }
    }
    if (!transparent) return "outline.png must have a transparent background; no pixel is transparent.";
    if (!visible) return "outline.png is entirely transparent.";
    return undefined;
  });
  return problems;
}
