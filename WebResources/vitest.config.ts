import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "jsdom",
    include: ["__tests__/**/*.test.ts"],
    // The default reporter for people, a JSON file for tools, and one closing line
    // "webresources: N passed, N failed, N skipped" for scripts that read totals.
    reporters: ["default", "json", "./scripts/totals-reporter.ts"],
    outputFile: { json: "test-results.json" },
    restoreMocks: true,
  },
});
