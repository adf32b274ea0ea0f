import { writeSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints one closing line a script can parse, after the default reporter's summary:
 * `webresources: N passed, N failed, N skipped`. Failed modules (e.g. an import error) count
 * as one failure each, so a broken file never reads as a clean run. Written when the process
 * exits, so it is the last line even after the other reporters' closing output.
 */
export default class TotalsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      if (module.state() === "failed" && !module.ok()) {
        const errors = module.errors().length;
        failed += errors;
      }
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed += 1;
        else if (state === "failed") failed += 1;
        else skipped += 1;
      }
    }

    const line = `webresources: ${passed} passed, ${failed} failed, ${skipped} skipped\n`;
    process.once("exit", () => writeSync(1, line));
  }
}
