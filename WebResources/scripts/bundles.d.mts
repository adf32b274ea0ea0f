// Types for bundles.mjs, so the TypeScript tests can import what the build produces.
import type { BuildOptions } from "esbuild";

export declare const OutDir: string;
export declare const Entries: ReadonlyArray<{ source: string; output: string }>;
export declare const StaticFiles: ReadonlyArray<string>;
export declare const BundleBudgetBytes: number;
export declare function bundleOptions(root: string): BuildOptions;
