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

/**
 * Issue 13: a form's live A4 preview with 10,000 characters in one box (what the fuzz test
 * pastes). The termination form's reasons box is given them, repeated Latin letters (the worst
 * case for line breaking) and then Chinese text, and a character is added and taken away in turn.
 * Each sample runs from the input event until the preview has been drawn again (the page draws
 * it in a task after the next frame; this waits for a task after that one and reads its layout);
 * `handler` is the input event's own task, the part that delays the next keystroke's echo.
 * Printed as FORMKEYS for scripts/bench.mjs.
 */
it("median time from a keystroke to the redrawn A4 preview, with 10,000 characters in a box of the termination form", async () => {
  const path = "/zh-tw/forms/spp-termination-application/";
  const rows: { text: string; median: number; max: number; handler: number; pages: number }[] = [];
  for (const [text, unit] of [
    ["10,000 × x", "x"],
    ["10,000 Chinese characters", "計畫終止原因"],
  ] as const) {
    await site.tab.goto(site.url + path, { waitUntil: "load" });
    await ready(site.tab, path);
    await site.tab.evaluate(() => localStorage.clear());
    const result = await site.tab.evaluate(
      async ({ unit, keystrokes }) => {
        const box = document.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!;
        const sheets = document.querySelector<HTMLElement>(".sheets")!;
        const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
        const drawn = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => setTimeout(done))));
        const type = (value: string) => {
          setValue.call(box, value);
          box.dispatchEvent(new Event("input", { bubbles: true }));
        };
        box.focus();
        type(unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000));
        await drawn();
        const total: number[] = [];
        const handler: number[] = [];
        for (let i = 0; i < keystrokes; i += 1) {
          const start = performance.now();
          type(i % 2 ? box.value.slice(0, -1) : `${box.value}字`);
          handler.push(performance.now() - start);
          await drawn();
          sheets.getBoundingClientRect();
          total.push(performance.now() - start);
        }
        return { total, handler, pages: sheets.querySelectorAll(".sheet").length };
      },
      { unit, keystrokes: 20 },
    );
    rows.push({ text, median: median(result.total), max: Math.max(...result.total), handler: median(result.handler), pages: result.pages });
  }
  console.log(
    ["| text in the box | median keystroke → preview redrawn | slowest | median input handler | sheets |", "|---|---|---|---|---|", ...rows.map((r) => `| ${r.text} | ${r.median.toFixed(1)} ms | ${r.max.toFixed(1)} ms | ${r.handler.toFixed(1)} ms | ${r.pages} |`)].join("\n"),
  );
  console.log(`FORMKEYS ${JSON.stringify(rows)}`);
});
