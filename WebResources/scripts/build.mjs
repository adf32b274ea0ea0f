// Bundles the two web resources with esbuild (one IIFE each, minified), copies the HTML shell and
// the stylesheet beside them, and fails when suggestions.js passes its 30 KB budget.
import { build } from "esbuild";
import { copyFile, mkdir, readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { bundleOptions, BundleBudgetBytes, Entries, OutDir, StaticFiles } from "./bundles.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, OutDir);

await rm(join(root, "dist"), { recursive: true, force: true });
await mkdir(outDir, { recursive: true });

for (const entry of Entries) {
  await build({ ...bundleOptions(root), entryPoints: [join(root, entry.source)], outfile: join(outDir, entry.output) });
}

for (const file of StaticFiles) {
  await copyFile(join(root, "src/static/cen_/opportunity", file), join(outDir, file));
}

let overBudget = false;
for (const file of [...Entries.map((e) => e.output), ...StaticFiles]) {
  const bytes = await readFile(join(outDir, file));
  const limit = file === "suggestions.js" ? BundleBudgetBytes : undefined;
  overBudget ||= limit !== undefined && bytes.length > limit;
  const kind = file.endsWith(".js") ? " minified" : "";
  console.log(`${OutDir}/${file}: ${bytes.length} bytes${kind}, ${gzipSync(bytes).length} bytes gzip${limit ? ` (budget ${limit})` : ""}`);
}

if (overBudget) {
  console.error(`suggestions.js is over its ${BundleBudgetBytes}-byte budget.`);
  process.exit(1);
}
