import type { RgbaImage } from "./png-encode";

/** A rounded rectangle in pixel coordinates; `colour` null punches a transparent hole. */
export interface Shape {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  radius?: number;
  colour: string | null;
}

function inside(s: Shape, x: number, y: number): boolean {
  if (x < s.x0 || x >= s.x1 || y < s.y0 || y >= s.y1) return false;
  const r = s.radius ?? 0;
  const cx = Math.min(Math.max(x, s.x0 + r), s.x1 - r);
  const cy = Math.min(Math.max(y, s.y0 + r), s.y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`draw-shapes: "${hex}" is not a #rrggbb colour`);
  return [parseInt(m[1] ?? "0", 16), parseInt(m[2] ?? "0", 16), parseInt(m[3] ?? "0", 16)];
}

/**
 * Paints shapes in order (later on top) with `samples`×`samples` supersampling, so edges and
 * rounded corners are anti-aliased. Each sample takes the colour of the topmost shape covering
 * it; a pixel averages its samples with alpha weighting, so a white glyph on transparency
 * stays pure white with partial alpha at the edges (what Teams asks of the outline icon).
 */
export function drawShapes(width: number, height: number, shapes: Shape[], samples = 4): RgbaImage {
  const colours = shapes.map((s) => (s.colour === null ? null : rgb(s.colour)));
  const rgba = new Uint8Array(width * height * 4);
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          let top: [number, number, number] | null = null;
          for (let i = 0; i < shapes.length; i++) {
            const shape = shapes[i];
            if (shape && inside(shape, x, y)) top = colours[i] ?? null;
          }
          if (top) {
            const [tr, tg, tb] = top;
            r += tr;
            g += tg;
            b += tb;
            covered++;
          }
        }
      }
      const at = (py * width + px) * 4;
      if (covered > 0) rgba.set([Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), Math.round((covered * 255) / samples ** 2)], at);
    }
  }
  return { width, height, rgba };
}
