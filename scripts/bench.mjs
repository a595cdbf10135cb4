#!/usr/bin/env node
/**
 * Site figures for README (issue 6), in one table: builds into a temporary folder (so it never
 * disturbs dist/), then measures
 *   - pages built, and the time of `astro build` and of `pagefind`;
 *   - HTML and JavaScript bytes per page type, from test/e2e/budgets.test.ts (JavaScript as
 *     the browser loads it, gzip);
 *   - the Pagefind index size;
 *   - zh-TW and English search recall and precision, from test/e2e/search.test.ts;
 *   - bytes and time of a first and of further search queries, from test/e2e/search-cost.test.ts;
 *   - the time from a keystroke to the updated result on each calculator, from
 *     test/e2e/keystrokes.bench.ts, and the same with 10, 100 and 1,000 TOPS purchases imported by CSV,
 *     and from a keystroke to the redrawn A4 preview of a form with 10,000 characters in one box;
 *   - Lighthouse scores of one page of each type in both languages (performance as the
 *     median of --runs runs, 3 by default), from scripts/lighthouse.mjs.
 * A measurement, not a test: a failing budget or search test is reported in the table, and
 * the script exits 0 unless it cannot build.
 *
 *   node scripts/bench.mjs [--runs=3] [--keep]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { auditPages } from "./lighthouse.mjs";

const root = resolve(import.meta.dirname, "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const runs = Number(arg("runs", "3"));
const keep = process.argv.includes("--keep");
const out = mkdtempSync(join(tmpdir(), "handbook-bench-"));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function timed(command, args, env = {}) {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  // Colours stripped: the figures are read from the output.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, "");
  return { ms: performance.now() - start, ok: result.status === 0, output };
}

function folderBytes(dir) {
  let total = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) {
      const inner = folderBytes(full);
      total += inner.total;
      files += inner.files;
    } else {
      total += st.size;
      files += 1;
    }
  }
  return { total, files };
}

const rows = [];
const row = (measure, value) => rows.push(`| ${measure} | ${value} |`);

try {
  console.error(`bench: building into ${out}`);
  const astro = timed(bin("astro"), ["build", "--outDir", out]);
  if (!astro.ok) throw new Error(`astro build failed:\n${astro.output}`);
  const pagefind = timed(bin("pagefind"), ["--site", out]);
  if (!pagefind.ok) throw new Error(`pagefind failed:\n${pagefind.output}`);
  const built = Number(/(\d+) page\(s\) built/.exec(astro.output)?.[1] ?? Number.NaN);
  const listed = [...readFileSync(join(out, "sitemap.xml"), "utf8").matchAll(/<loc>[^<]*?\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]);
  const per = (lang) => listed.filter((p) => p.startsWith(`/${lang}/`)).length;
  const indexed = /Indexed (\d+) pages/.exec(pagefind.output)?.[1] ?? "?";
  row("pages built", `${built}: zh-TW ${per("zh-tw")}, English ${per("en")}, the bilingual landing page and the 404 page`);
  row("build time", `${seconds(astro.ms + pagefind.ms)} (astro build ${seconds(astro.ms)}, pagefind ${seconds(pagefind.ms)})`);

  const index = folderBytes(join(out, "pagefind"));
  const languages = readdirSync(join(out, "pagefind")).filter((n) => n.endsWith(".pf_meta")).length;
  row("Pagefind index", `${kb(index.total)} in ${index.files} files (${indexed} pages indexed, ${languages} language indexes)`);

  console.error("bench: budgets and search tests over the build");
  const tests = timed(bin("vitest"), ["run", "--project", "e2e", "test/e2e/budgets.test.ts", "test/e2e/search.test.ts", "test/e2e/search-cost.test.ts"], { SITE_DIST: out, NO_COLOR: "1" });
  const figures = JSON.parse(/^BENCH (.+)$/m.exec(tests.output)?.[1] ?? "[]");
  const label = {
    landing: "landing page",
    home: "language home pages",
    handbook: "handbook pages",
    calculators: "calculator index pages",
    calculator: "calculator pages",
    forms: "form index pages",
    form: "form pages",
    finder: "program finder steps",
    search: "search pages (with a query)",
  };
  for (const f of figures) {
    if (!f.pages) continue;
    row(
      `${label[f.type] ?? f.type} (${f.pages})`,
      `HTML ${kb(f.html)} (gzip ${kb(f.htmlGzip)}, max ${kb(f.htmlGzipMax)}); JS gzip ${f.jsMax === 0 ? "none" : `${kb(f.js)} (max ${kb(f.jsMax)})`}`,
    );
  }
  const docx = readdirSync(join(out, "_astro")).find((n) => /^docx\..*\.js$/.test(n));
  if (docx) row("form .docx writer (loaded on download only)", `${kb(gzipSync(readFileSync(join(out, "_astro", docx)), { level: 9 }).length)} gzip`);
  for (const m of tests.output.matchAll(/^search (zh-tw|en): (\d+) terms; with the site index recall ([\d.]+)% precision ([\d.]+)%; Pagefind alone recall ([\d.]+)% precision ([\d.]+)%/gm)) {
    row(`search ${m[1] === "en" ? "English" : "zh-TW"} (${m[2]} terms)`, `recall ${m[3]}%, precision ${m[4]}% (Pagefind alone: recall ${m[5]}%, precision ${m[6]}%)`);
  }
  for (const m of tests.output.matchAll(/^SEARCHCOST (.+)$/gm)) {
    const c = JSON.parse(m[1]);
    row(
      `search query cost ${c.lang === "en" ? "English" : "zh-TW"}`,
      `first query ${kb(c.firstMedian)} median (max ${kb(c.firstMax)}); further queries ${kb(c.laterMedian)} median (max ${kb(c.laterMax)}); submit to results ${c.msMedian} ms median (max ${c.msMax} ms)`,
    );
  }
  if (!tests.ok) row("budget and search tests", `FAILED: ${(tests.output.match(/^ *(?:×|FAIL) .+$/gm) ?? ["see vitest output"]).slice(0, 5).join("; ")}`);

  console.error("bench: keystroke → result in Chromium, per calculator");
  const keys = timed(bin("vitest"), ["run", "--config", "vitest.bench.config.ts", "test/e2e/keystrokes.bench.ts"], { SITE_DIST: out, NO_COLOR: "1" });
  const keystrokes = JSON.parse(/^KEYSTROKES (.+)$/m.exec(keys.output)?.[1] ?? "[]");
  if (keystrokes.length) {
    const slowest = keystrokes.reduce((a, b) => (b.median > a.median ? b : a));
    row(
      `recompute after a keystroke (${keystrokes.length} calculators with a text box)`,
      `median per calculator at most ${slowest.median.toFixed(1)} ms (${slowest.id}); ${keystrokes.map((k) => `${k.id} ${k.median.toFixed(1)}`).join(", ")}`,
    );
  } else row("recompute after a keystroke", `not measured: ${keys.output.slice(-300)}`);
  const lists = JSON.parse(/^LISTROWS (.+)$/m.exec(keys.output)?.[1] ?? "[]");
  if (lists.length)
    row(
      "long purchase lists (tops-award, by CSV import): import to rows shown; median keystroke → result",
      lists.map((l) => `${l.purchases} rows: ${seconds(l.load)}; ${l.median.toFixed(1)} ms`).join(" · "),
    );
  const formKeys = JSON.parse(/^FORMKEYS (.+)$/m.exec(keys.output)?.[1] ?? "[]");
  if (formKeys.length)
    row(
      "form A4 preview, 10,000 characters in the termination form's reasons box: median keystroke → preview redrawn (input handler)",
      formKeys.map((f) => `${f.text}: ${f.median.toFixed(1)} ms (${f.handler.toFixed(1)} ms)`).join(" · "),
    );

  console.error(`bench: Lighthouse, ${runs} run(s) per page`);
  const audits = await auditPages({ dist: out, runs, log: (line) => console.error(`  ${line}`) });
  for (const a of audits) {
    const perf = a.scores.length > 1 ? `${a.median.performance} (runs ${a.scores.map((s) => s.performance).join(", ")})` : `${a.median.performance}`;
    row(`Lighthouse ${a.type} ${decodeURI(a.path)}`, `performance ${perf}; accessibility ${a.median.accessibility}; best practices ${a.median["best-practices"]}; SEO ${a.median.seo}`);
  }

  const cpu = cpus();
  console.log(
    `\nSite figures, ${new Date().toISOString().slice(0, 10)}, ${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}, Node ${process.version}\n`,
  );
  console.log(["| measure | value |", "|---|---|", ...rows].join("\n"));
  const slow = audits.filter((a) => a.median.performance < 95);
  if (slow.length) console.log(`\nPerformance below 95 (last run's audits that cost points):\n${slow.map((a) => `- ${decodeURI(a.path)}: ${a.lost.join("; ")}`).join("\n")}`);
} finally {
  if (keep) console.error(`bench: build kept in ${out}`);
  else rmSync(out, { recursive: true, force: true });
}
