import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32 } from "../../../src/cli/package/crc32";
import { decodePng, readPngHeader } from "../../../src/cli/package/png-decode";
import { encodePng, pngChunk, pngSignature } from "../../../src/cli/package/png-encode";

// 4×5 RGBA pixels with varied values, so every filter's predictor matters.
const width = 4;
const height = 5;
const pixels = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37 + (i >> 3) * 11) & 0xff);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Encodes `pixels` with row y using filter y (0 none, 1 sub, 2 up, 3 average, 4 Paeth), as image editors do. */
function filteredPng(): Buffer {
  const stride = width * 4;
  const at = (x: number, y: number) => (x < 0 || y < 0 ? 0 : (pixels[y * stride + x] ?? 0));
  const raw: number[] = [];
  for (let y = 0; y < height; y++) {
    raw.push(y);
    for (let x = 0; x < stride; x++) {
      const [left, up, upLeft] = [at(x - 4, y), at(x, y - 1), at(x - 4, y - 1)];
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][y] ?? 0;
      raw.push((at(x, y) - predictor) & 0xff);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([pngSignature, pngChunk("IHDR", header), pngChunk("IDAT", deflateSync(Buffer.from(raw))), pngChunk("IEND", new Uint8Array())]);
}

describe("PNG encoding and decoding", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32(Buffer.from("IEND"))).toBe(0xae426082);
  });

  it("round-trips RGBA pixels", () => {
    const png = encodePng({ width, height, rgba: pixels });
    expect(readPngHeader(png, "x.png")).toEqual({ width, height, bitDepth: 8, colourType: 6, interlace: 0 });
    expect(decodePng(png, "x.png")).toEqual({ width, height, rgba: pixels });
  });

  it("undoes all five row filters, as a PNG from an image editor would use them", () => {
    expect(decodePng(filteredPng(), "edited.png").rgba).toEqual(pixels);
  });

  it("notices damage and refuses what it cannot read faithfully", () => {
    const png = encodePng({ width, height, rgba: pixels });
    const damaged = Buffer.from(png);
    damaged[20] = (damaged[20] ?? 0) ^ 0xff;
    expect(() => readPngHeader(damaged, "d.png")).toThrow("d.png is damaged (bad CRC in its IHDR chunk)");
    expect(() => readPngHeader(png.subarray(0, 40), "t.png")).toThrow(/t\.png is truncated/);
    const palette = Buffer.from(png);
    palette[25] = 3;
    palette.writeUInt32BE(crc32(palette.subarray(12, 29)), 29);
    expect(() => decodePng(palette, "p.png")).toThrow(/p\.png must be saved as an 8-bit, non-interlaced RGBA PNG \(it has colour type 3/);
  });

  it("refuses pixel data of the wrong length", () => {
    expect(() => encodePng({ width: 2, height: 2, rgba: new Uint8Array(3) })).toThrow(/expected 16 bytes/);
  });
});
