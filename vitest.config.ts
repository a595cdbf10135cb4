import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    coverage: {
      provider: "v8",
      include: ["src/rules/**/*.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 95 },
    },
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/rules/**/*.test.ts", "test/unit/**/*.test.ts", "src/ui/**/*.test.tsx"],
        },
      },
      {
        // Over the built site (npm run build first): Chromium, one file at a time.
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
