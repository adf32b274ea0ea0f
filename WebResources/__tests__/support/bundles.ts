import { build } from "esbuild";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleOptions, Entries } from "../../scripts/bundles.mjs";

/** The WebResources folder. */
export const root = fileURLToPath(new URL("../..", import.meta.url));

const cache = new Map<string, Promise<string>>();

/** One bundle exactly as `npm run build` makes it, built in memory (no dist/ needed). */
export function bundle(output: "suggestions.js" | "form.js"): Promise<string> {
  const entry = Entries.find((e) => e.output === output);
  if (!entry) throw new Error(`no entry for ${output}`);
  let code = cache.get(output);
  if (!code) {
    code = build({ ...bundleOptions(root), entryPoints: [join(root, entry.source)], write: false, outfile: join(root, "dist", output) }).then((result) => {
      const file = result.outputFiles?.[0];
      if (!file) throw new Error(`esbuild wrote nothing for ${output}`);
      return file.text;
    });
    cache.set(output, code);
  }

  return code;
}

/** Every file under src/ with its text, path relative to WebResources. */
export function sourceFiles(): { path: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(join(root, "src")).map((path) => ({ path: relative(root, path), text: readFileSync(path, "utf8") }));
}

/** A static file of the page (suggestions.html / suggestions.css). */
export function staticFile(name: string): string {
  return readFileSync(join(root, "src/static/cen_/opportunity", name), "utf8");
}
