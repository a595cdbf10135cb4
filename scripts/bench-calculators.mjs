#!/usr/bin/env node
/**
 * Benchmark of the calculator pages over the built site (npm run build first):
 *   1. total JavaScript per calculator page, gzip-compressed (level 9), counting every
 *      script file the page loads once the island has computed a result, plus the
 *      inline island loader;
 *   2. time to recompute after an input change: from dispatching an `input` event on a
 *      control to the island's DOM update (MutationObserver), median and 90th percentile of 60.
 * A measurement, not a test: it prints a table and exits 0.
 *
 *   node scripts/bench-calculators.mjs [--lang=en]
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { loadavg } from "node:os";
import { basename, extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const DIST = resolve(process.env.SITE_DIST ?? resolve(import.meta.dirname, "../dist"));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BUDGET_KB = 80;
const RECOMPUTE_MS = 16;
const lang = process.argv.find((a) => a.startsWith("--lang="))?.slice(7) ?? "en";
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };

if (!existsSync(join(DIST, lang, "calculators"))) {
  console.error("dist/ has no calculator pages: run `npx astro build` first");
  process.exit(1);
}

const server = createServer((req, res) => {
  let file = normalize(join(DIST, decodeURIComponent(new URL(req.url, "http://x").pathname)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!file.startsWith(DIST) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
const index = readFileSync(join(DIST, lang, "calculators", "index.html"), "utf8");
const ids = [...new Set([...index.matchAll(new RegExp(`href="/${lang}/calculators/([a-z-]+)/"`, "g"))].map((m) => m[1]))];

const rows = [];
for (const id of ids) {
  const page = await browser.newPage();
  const files = new Set();
  page.on("request", (r) => r.resourceType() === "script" && files.add(new URL(r.url()).pathname));
  // The first example link fills every control the result needs.
  await page.goto(`${origin}/${lang}/calculators/${id}/`);
  await page.waitForSelector("astro-island:not([ssr])");
  await page.click(".calc-examples a");
  await page.waitForSelector("output[data-field]");
  const inline = await page.$$eval("script:not([src])", (els) => els.map((e) => e.textContent ?? "").join("\n"));
  const sizes = [...files].map((f) => [basename(f), gz(readFileSync(join(DIST, f)))]);
  sizes.push(["(inline island loader)", gz(Buffer.from(inline))]);
  const bytes = sizes.reduce((sum, [, n]) => sum + n, 0);

  // Controls the example filled (text boxes first, then dates and selects): change one back and
  // forth. A control whose two test values give the same page (two invalid codes) is skipped.
  const names = await page.$$eval("form[data-calculator] :is(input[type='text'], input[type='date'], select)[name]", (els) =>
    [...els.filter((e) => e.type === "text" && e.value), ...els.filter((e) => e.type !== "text" && e.value)].map((e) => e.getAttribute("name")),
  );
  let times;
  let name;
  for (name of names) {
    times = await page.evaluate(async (control) => {
      const el = document.querySelector(`form[data-calculator] [name="${control}"]`);
      const select = el instanceof HTMLSelectElement;
      const proto = select ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      const setValue = Object.getOwnPropertyDescriptor(proto, "value").set;
      // Alternate the example's own value with a neighbour, so both stay valid answers.
      const plain = el.value.replace(/,/g, "");
      const values = select
        ? [...el.options].slice(1, 3).map((o) => o.value)
        : el.type === "date"
          ? ["2016-05-01", "2016-06-02"]
          : [el.value, /^\d+$/.test(plain) ? String(Number(plain) + 1) : `${el.value}0`];
      // Start with the value the control does not hold, so every change is a real change.
      const start = values[0] === el.value ? 1 : 0;
      const out = [];
      for (let i = 0; i < 60; i += 1) {
        const changed = new Promise((done) => {
          const timer = setTimeout(() => done(false), 1000);
          const mo = new MutationObserver(() => {
            mo.disconnect();
            clearTimeout(timer);
            done(true);
          });
          mo.observe(el.form, { subtree: true, childList: true, characterData: true, attributes: true });
        });
        const t0 = performance.now();
        setValue.call(el, values[(i + start) % 2]);
        el.dispatchEvent(new Event(select ? "change" : "input", { bubbles: true }));
        if (!(await changed)) return null;
        out.push(performance.now() - t0);
      }
      return out.sort((a, b) => a - b);
    }, name);
    if (times) break;
  }
  if (!times) throw new Error(`${id}: no control the example fills changes the page`);
  rows.push({
    id,
    files: files.size,
    kb: kb(bytes),
    sizes,
    min: times[0].toFixed(2),
    median: times[times.length >> 1].toFixed(2),
    p90: times[Math.floor(times.length * 0.9)].toFixed(2),
    control: name,
  });
  await page.close();
}

await browser.close();
server.close();

console.log(`Calculator pages (/${lang}/calculators/{id}/), Chromium ${CHROMIUM}`);
console.log(`JS = every script file loaded once a result shows + inline loader, gzip -9; recompute = input event → DOM update, 60 changes`);
console.log(`load average during the run: ${loadavg().map((n) => n.toFixed(1)).join(" ")}\n`);
console.log("| calculator | scripts | JS gzip (KB) | recompute fastest (ms) | median (ms) | p90 (ms) | control changed |");
console.log("|---|---:|---:|---:|---:|---:|---|");
for (const r of rows) console.log(`| ${r.id} | ${r.files} | ${r.kb} | ${r.min} | ${r.median} | ${r.p90} | ${r.control} |`);
const heaviest = rows.reduce((a, b) => (Number(b.kb) > Number(a.kb) ? b : a));
console.log(`\nWhat the heaviest page (${heaviest.id}) loads, KB gzip:`);
for (const [file, n] of heaviest.sizes.sort((a, b) => b[1] - a[1])) console.log(`  ${kb(n).padStart(6)}  ${file}`);
const maxKb = Math.max(...rows.map((r) => Number(r.kb)));
const slowest = Math.max(...rows.map((r) => Number(r.min)));
console.log(`\nLargest page: ${maxKb} KB (budget ${BUDGET_KB} KB); slowest recompute (fastest of 60, per page): ${slowest} ms (budget ${RECOMPUTE_MS} ms)`);
