import { defineConfig } from "vitest/config";

/**
 * Until vitest.config.ts has an "e2e" project: `npx vitest run --config test/e2e/support/vitest.e2e.config.ts`.
 * The project to add there: { name: "e2e", include: ["test/e2e/**\/*.test.ts"], testTimeout: 120000, fileParallelism: false }.
 */
export default defineConfig({
  test: {
    root: new URL("../../..", import.meta.url).pathname,
    include: ["test/e2e/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
