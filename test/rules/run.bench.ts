import { performance } from "node:perf_hooks";
import { it } from "vitest";
import { calculatorIds, run } from "../../src/rules/index";
import { examples } from "./examples";

// The UI recomputes on every keystroke, so each run() must stay well under 1 ms.
// Median of many timed batches per calculator; printed, not asserted.
const BATCHES = 200;
const PER_BATCH = 50;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

it("median run() time per calculator", () => {
  const rows: string[] = [];
  for (const id of calculatorIds) {
    for (let i = 0; i < 500; i++) run(id, examples[id]); // warm up the JIT
    const samples: number[] = [];
    for (let b = 0; b < BATCHES; b++) {
      const start = performance.now();
      for (let i = 0; i < PER_BATCH; i++) run(id, examples[id]);
      samples.push((performance.now() - start) / PER_BATCH);
    }
    rows.push(`| ${id} | ${(median(samples) * 1000).toFixed(1)} µs |`);
  }
  console.log(["| calculator | median run() |", "|---|---|", ...rows].join("\n"));
});
