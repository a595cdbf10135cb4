#!/usr/bin/env node
/**
 * Lighthouse over the built site: one page of each type in both languages (the list is in
 * test/support/pages.ts), served on loopback, audited in Debian's Chromium. Lighthouse's
 * default mobile profile (or its desktop profile, --profile=desktop: a 1350 px screen, no CPU
 * slowdown) with simulated throttling, so the figures do not depend on how busy the machine's
 * network is; the CPU still is, hence the median of several runs.
 *
 *   node scripts/lighthouse.mjs [--dist=dist] [--runs=3] [--profile=mobile|desktop]
 *
 * Prints a table (scores 0-100, performance as the median of the runs, with the audits that
 * cost points); used by scripts/bench.mjs and test/e2e/lighthouse.test.ts. A measurement:
 * exits 0 whatever the scores.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { lighthousePages } from "../test/support/pages.ts";
import { serveDir } from "../test/support/static-server.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Starts Chromium with a DevTools port for Lighthouse to drive; resolves once the port answers. */
async function startChromium() {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), "lighthouse-chromium-"));
  const child = spawn(CHROMIUM, [...FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"], { stdio: "ignore" });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`Chromium at ${CHROMIUM} did not open its DevTools port`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    async stop() {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Audits each page `runs` times in the given categories. Returns per page: the scores of each run (0-100), the median
 * of each category, and the audits that lost points in the last run.
 */
export async function auditPages({ dist, pages = lighthousePages, runs = 1, categories = CATEGORIES, profile = "mobile", log = () => {} }) {
  const config = profile === "desktop" ? desktopConfig : undefined;
  const server = await serveDir(resolve(dist));
  const chromium = await startChromium();
  const results = [];
  try {
    for (const { type, path } of pages) {
      const scores = [];
      let lost = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(server.url + path, { port: chromium.port, output: "json", logLevel: "error", onlyCategories: categories }, config);
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        scores.push(Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])));
        lost = categories.flatMap((c) =>
          lhr.categories[c].auditRefs
            .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
            .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
        );
        log(`${path} run ${run + 1}/${runs}: ${categories.map((c) => `${c} ${scores.at(-1)[c]}`).join(", ")}`);
      }
      results.push({ type, path, scores, median: Object.fromEntries(categories.map((c) => [c, median(scores.map((s) => s[c]))])), lost });
    }
  } finally {
    await chromium.stop();
    await server.close();
  }
  return results;
}

export function table(results) {
  const head = "| page | path | performance (median) | accessibility | best practices | SEO |";
  const rows = results.map(
    (r) =>
      `| ${r.type} | ${decodeURI(r.path)} | ${r.median.performance}${r.scores.length > 1 ? ` (${r.scores.map((s) => s.performance).join(", ")})` : ""} | ${r.median.accessibility} | ${r.median["best-practices"]} | ${r.median.seo} |`,
  );
  return [head, "|---|---|---|---|---|---|", ...rows].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const results = await auditPages({ dist: arg("dist", "dist"), runs: Number(arg("runs", "3")), profile: arg("profile", "mobile"), log: (line) => console.error(line) });
  console.log(table(results));
  for (const r of results) if (r.lost.length) console.log(`${r.path}: ${r.lost.join("; ")}`);
}
