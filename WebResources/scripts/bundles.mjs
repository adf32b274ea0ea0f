// What the build produces, shared by the build script and the bundle tests.

/** Where the web resources land: the path is their name in Dataverse under the cen_ prefix. */
export const OutDir = "dist/cen_/opportunity";

/** The two bundles: the panel page's script and the form library. */
export const Entries = [
  { source: "src/suggestions/main.ts", output: "suggestions.js" },
  { source: "src/form/main.ts", output: "form.js" },
];

/** Copied as they are. */
export const StaticFiles = ["suggestions.html", "suggestions.css"];

/** ARCHITECTURE.md §4: the panel's bundle stays at or under 30 KB minified. */
export const BundleBudgetBytes = 30 * 1024;

/** esbuild options for one IIFE bundle: browser, ES2020 (Unified Interface browsers), minified, ASCII only (non-ASCII text is escaped, so no charset can garble it). */
export function bundleOptions(root) {
  return {
    absWorkingDir: root,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["es2020"],
    minify: true,
    legalComments: "none",
    logLevel: "warning",
  };
}
