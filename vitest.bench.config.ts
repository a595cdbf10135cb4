import { defineConfig } from "vitest/config";

// Benchmarks are measurements, not tests: `npm run bench` prints their tables.
export default defineConfig({
  test: { include: ["test/**/*.bench.ts"], testTimeout: 600_000 },
});
