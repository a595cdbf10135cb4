/**
 * Recompute after a keystroke (issue 11: at most 16 ms median on every calculator), in
 * Chromium over the built site (SITE_DIST): each calculator's page with its first worked
 * example, then keystrokes into its first filled-in text box, one digit added and taken away
 * in turn. Each sample runs from the input event to the next task, by when React has
 * re-evaluated the rules, rendered and committed (an input event's update is flushed before
 * the next task). A measurement, printed and read by scripts/bench.mjs, never asserted.
 */
import { it } from "vitest";
import { catalog } from "../../src/calculators/catalog";
import { RESULT, ready, useSite, withExample } from "../support/crawl";

const KEYSTROKES = 40;
const site = useSite();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Times `keystrokes` edits of the first filled-in text box, in the page (see the header). */
function keystrokeTimes(keystrokes: number): Promise<number[]> {
  return site.tab.evaluate(async (keystrokes) => {
    const boxes = [...document.querySelectorAll<HTMLInputElement>("form[data-calculator] input:not([type]), form[data-calculator] input[type=text]")];
    const box = boxes.find((b) => /\d$/.test(b.value)) ?? boxes[0];
    if (!box) return [];
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    const nextTask = () =>
      new Promise<void>((done) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done();
        channel.port2.postMessage(null);
      });
    const out: number[] = [];
    box.focus();
    for (let i = 0; i < keystrokes; i += 1) {
      const start = performance.now();
      setValue.call(box, i % 2 ? box.value.slice(0, -1) : `${box.value}0`);
      box.dispatchEvent(new Event("input", { bubbles: true }));
      await nextTask();
      out.push(performance.now() - start);
    }
    return out;
  }, keystrokes);
}

it("median time from a keystroke to the updated result, per calculator", async () => {
  const rows: { id: string; median: number; max: number }[] = [];
  for (const { id } of catalog) {
    const path = `/zh-tw/calculators/${id}/`;
    const url = withExample(path) ?? path;
    await site.tab.goto(site.url + url, { waitUntil: "load" });
    await ready(site.tab, url);
    // The example's result shows once React has hydrated the form (after its spec loaded).
    await site.tab.waitForSelector(RESULT);
    const samples = await keystrokeTimes(KEYSTROKES);
    if (samples.length) rows.push({ id, median: median(samples), max: Math.max(...samples) });
  }
  console.log(["| calculator | median keystroke → result | slowest |", "|---|---|---|", ...rows.map((r) => `| ${r.id} | ${r.median.toFixed(1)} ms | ${r.max.toFixed(1)} ms |`)].join("\n"));
  console.log(`KEYSTROKES ${JSON.stringify(rows)}`);
});

/**
 * Issue 13: a long purchase list must not slow each keystroke with the square of its length.
 * The TOPS award calculator given 10, 100 and 1,000 purchases by its CSV import (a list that
 * long no longer fits in an address: a typical host refuses the URL); keystrokes into the first
 * row's amount. Printed as LISTROWS for scripts/bench.mjs.
 */
it("median time from a keystroke to the updated result, with long purchase lists", async () => {
  const rows: { purchases: number; load: number; median: number; max: number }[] = [];
  for (const purchases of [10, 100, 1000]) {
    // Inside the 113 round's counting period (September to December 2024).
    const csv = Array.from({ length: purchases }, (_, i) => `2024-${String(9 + (i % 4)).padStart(2, "0")}-15,${10_000 + i},yes,${i % 2 ? "yes" : "no"}`).join("\n");
    await site.tab.goto(`${site.url}/zh-tw/calculators/tops-award/`, { waitUntil: "load" });
    await ready(site.tab, "/zh-tw/calculators/tops-award/");
    await site.tab.click(".calc-csv summary");
    await site.tab.fill(".calc-csv textarea", csv);
    const started = Date.now();
    await site.tab.click(".calc-csv button");
    await site.tab.waitForSelector(`[name="purchases.${purchases - 1}.amount"]`, { timeout: 300_000 });
    const load = Date.now() - started;
    const samples = await keystrokeTimes(purchases >= 1000 ? 10 : KEYSTROKES);
    rows.push({ purchases, load, median: median(samples), max: Math.max(...samples) });
  }
  console.log(["| purchases | CSV import to rows shown | median keystroke → result | slowest |", "|---|---|---|---|", ...rows.map((r) => `| ${r.purchases} | ${r.load} ms | ${r.median.toFixed(1)} ms | ${r.max.toFixed(1)} ms |`)].join("\n"));
  console.log(`LISTROWS ${JSON.stringify(rows)}`);
});
