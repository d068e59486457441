import JSZip from "jszip";
import type { Json } from "./fill-template";

// A fixed timestamp makes the zip depend only on its contents: the same settings and icons give
// the same bytes, so a rebuilt package can be compared with the one already uploaded.
const fixedDate = new Date(Date.UTC(2024, 0, 1));

/** The Teams app package: manifest.json and the two icons at the zip's root, as Teams requires. */
export async function appPackageZip(manifest: Json, icons: { color: Buffer; outline: Buffer }): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`, { date: fixedDate });
  zip.file("color.png", icons.color, { date: fixedDate });
  zip.file("outline.png", icons.outline, { date: fixedDate });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "DOS" });
}
