import { inflateSync } from "node:zlib";
import { crc32 } from "./crc32";
import { pngSignature, type RgbaImage } from "./png-encode";

/** What the IHDR chunk says about a PNG. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlace: number;
}

/** Bytes a pixel for the 8-bit colour types we decode: grey, RGB, grey+alpha, RGBA. */
const channels: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

interface Chunk {
  type: string;
  data: Buffer;
}

function chunks(png: Buffer, name: string): Chunk[] {
  if (png.length < 8 || !png.subarray(0, 8).equals(pngSignature)) throw new Error(`${name} is not a PNG file`);
  const found: Chunk[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > png.length) throw new Error(`${name} is truncated`);
    const type = png.toString("latin1", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (crc32(png.subarray(at + 4, at + 8 + length)) !== png.readUInt32BE(at + 8 + length)) {
      throw new Error(`${name} is damaged (bad CRC in its ${type} chunk)`);
    }
    found.push({ type, data });
    if (type === "IEND") return found;
    at = end;
  }
  throw new Error(`${name} is truncated (no IEND chunk)`);
}

/** Reads a PNG's header: enough to check an icon's size whatever its colour type. */
export function readPngHeader(png: Buffer, name: string): PngHeader {
  const first = chunks(png, name)[0];
  if (first?.type !== "IHDR" || first.data.length !== 13) throw new Error(`${name} has no valid IHDR chunk`);
  return {
    width: first.data.readUInt32BE(0),
    height: first.data.readUInt32BE(4),
    bitDepth: first.data[8] ?? 0,
    colourType: first.data[9] ?? 0,
    interlace: first.data[12] ?? 0,
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Decodes an 8-bit, non-interlaced grey/RGB/grey+alpha/RGBA PNG to RGBA, so a check can look at
 * every pixel (the outline icon must be white on transparent). Palette and 16-bit images are
 * refused with a sentence saying so, rather than guessed at.
 */
export function decodePng(png: Buffer, name: string): RgbaImage {
  const header = readPngHeader(png, name);
  const bpp = channels[header.colourType];
  if (header.bitDepth !== 8 || bpp === undefined || header.interlace !== 0) {
    throw new Error(
      `${name} must be saved as an 8-bit, non-interlaced RGBA PNG (it has colour type ${header.colourType}, bit depth ${header.bitDepth}${header.interlace ? ", interlaced" : ""})`,
    );
  }
  const { width, height } = header;
  const data = inflateSync(Buffer.concat(chunks(png, name).filter((c) => c.type === "IDAT").map((c) => c.data)));
  const stride = width * bpp;
  if (data.length < (stride + 1) * height) throw new Error(`${name} has less image data than its size needs`);
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const raw = data[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= bpp ? (pixels[row + x - bpp] ?? 0) : 0;
      const up = y > 0 ? (pixels[row - stride + x] ?? 0) : 0;
      const upLeft = x >= bpp && y > 0 ? (pixels[row - stride + x - bpp] ?? 0) : 0;
      const predictor =
        filter === 0 ? 0 : filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : -1;
      if (predictor < 0) throw new Error(`${name} uses unknown PNG row filter ${filter}`);
      pixels[row + x] = (raw + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * bpp, i * bpp + bpp);
    const [a = 0, b = 0, c = 0, d = 0] = p;
    const grey = bpp <= 2;
    rgba.set([a, grey ? a : b, grey ? a : c, bpp === 4 ? d : bpp === 2 ? b : 255], i * 4);
  }
  return { width, height, rgba };
}
