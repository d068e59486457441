// Regenerates color.png and outline.png next to this file: `npx tsx manifest/make-icons.ts`.
// The drawing lives in src/cli/package so it is type-checked and linted with the rest; this
// script only writes the files. Replace the PNGs with the council's own if it prefers (same
// sizes; the outline white on transparent) — `npm run package` checks both.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { colourIcon, outlineIcon } from "../src/cli/package/ledger-icons";
import { encodePng } from "../src/cli/package/png-encode";

for (const [name, image] of [
  ["color.png", colourIcon()],
  ["outline.png", outlineIcon()],
] as const) {
  const path = fileURLToPath(new URL(name, import.meta.url));
  writeFileSync(path, encodePng(image));
  process.stdout.write(`wrote ${path} (${image.width}x${image.height})\n`);
}
