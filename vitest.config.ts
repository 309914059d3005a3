import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    setupFiles: ["tests/support/matchers.ts"],
    environment: "node",
    pool: "forks",
    // Reusing each worker's module cache across files halves the run (imports were a third of it);
    // setupTestApp resets the environment, database and cached settings each file depends on.
    isolate: false,
    testTimeout: 20_000,
    // The LibSQL run keeps its own report, so the summary counts both runs.
    reporters: [
      "default",
      ["json", { outputFile: `reports/vitest${process.env.DATABASE_DRIVER === "libsql" ? "-libsql" : ""}.json` }],
    ],
  },
});
