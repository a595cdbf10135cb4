/**
 * Privacy and security gates of issue 6:
 * - every page carries a Content-Security-Policy whose script-src has no 'unsafe-inline' (nor
 *   'unsafe-eval'), and every inline script or style it ships is allowed by a listed hash;
 * - no page has inline event handlers or javascript: URLs, which that policy would block;
 * - no user text is ever rendered as HTML: XSS probes typed into every text field of every
 *   calculator and form, brought back from the URL and from storage by a reload, pasted and
 *   uploaded as CSV, and imported as a profile JSON file, never run and never become markup;
 *   meanwhile no request leaves the origin, nothing is logged as an error and the browser
 *   reports no CSP violation. Each calculator and form is probed in one of its languages,
 *   alternating: the fields and the code that renders them are the same in both.
 */
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { specs } from "../../src/calculators/catalog";
import type { FieldSpec } from "../../src/calculators/types";
import { profileFile, profileKeys } from "../../src/forms/profile";
import {
  answerEverything,
  inputPages,
  onePerLanguage,
  pageType,
  reachReview,
  ready,
  sitemapPages,
  submit,
  useSite,
  waitForOutcome,
  watch,
  XSS_PROBES,
  xssFired,
} from "../support/crawl";
import { builtHtml } from "../support/html";

const site = useSite();

beforeAll(async () => {
  // Runs before the page's own scripts in every document, so no violation goes unseen.
  await site.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`));
  });
});

const allPages = () => [...sitemapPages(), "/404/"];
const html = (path: string) => (path === "/404/" ? builtHtml("/404.html") : builtHtml(path));

function policyOf(page: string): Map<string, string[]> | null {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/i.exec(page);
  if (!meta) return null;
  return new Map(
    meta[1]!
      .replace(/&#39;/g, "'")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("Content-Security-Policy on every page", () => {
  it("is set in <head> before any script or style, and script-src allows no inline script", () => {
    const wrong: string[] = [];
    for (const path of allPages()) {
      const page = html(path);
      const policy = policyOf(page);
      if (!policy) {
        wrong.push(`${path}: no CSP meta`);
        continue;
      }
      const at = page.search(/<meta http-equiv="content-security-policy"/i);
      const firstActive = page.search(/<script|<style|<link rel="stylesheet"/);
      if (firstActive >= 0 && firstActive < at) wrong.push(`${path}: a script or style comes before the CSP`);
      const script = policy.get("script-src");
      if (!script) wrong.push(`${path}: no script-src`);
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:", "'strict-dynamic'"]) {
        if (script?.includes(bad)) wrong.push(`${path}: script-src allows ${bad}`);
      }
      if (policy.get("default-src")?.join(" ") !== "'self'") wrong.push(`${path}: default-src ${policy.get("default-src")}`);
      if (policy.get("object-src")?.join(" ") !== "'none'") wrong.push(`${path}: object-src ${policy.get("object-src")}`);
      if (policy.get("base-uri")?.join(" ") !== "'self'") wrong.push(`${path}: base-uri ${policy.get("base-uri")}`);
    }
    expect(wrong).toEqual([]);
  });

  it("lists the hash of every inline script and style the page ships", () => {
    const missing: string[] = [];
    for (const path of allPages()) {
      const page = html(path);
      const policy = policyOf(page);
      for (const [kind, re] of [
        ["script-src", /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g],
        ["style-src", /<style[^>]*>([\s\S]*?)<\/style>/g],
      ] as const) {
        for (const m of page.matchAll(re)) {
          if (!policy?.get(kind)?.includes(sha256(m[1]!))) missing.push(`${path}: ${kind} lacks the hash of ${m[1]!.slice(0, 40)}…`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("has no inline event handler attributes or javascript: URLs", () => {
    const found: string[] = [];
    for (const path of allPages()) {
      const page = html(path).replace(/<script[\s\S]*?<\/script>/g, "");
      for (const m of page.matchAll(/<[a-z][^>]*\s(on[a-z]+)=|(?:href|src|action)="\s*javascript:/gi)) found.push(`${path}: ${m[0].slice(0, 80)}`);
    }
    expect(found).toEqual([]);
  });
});

/** Column headers of the first CSV-importable list of a calculator, as its spec names them. */
function csvHeaders(fields: readonly FieldSpec[]): string[] | null {
  for (const f of fields) {
    if (f.kind === "list" && f.csv) return Object.values(f.csv.columns).map((names) => names[0]!);
    if (f.kind === "group") {
      const inner = csvHeaders(f.fields);
      if (inner) return inner;
    }
  }
  return null;
}

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

/** Both probes in one text, so each field is tried with both in one pass: the machine is slow. */
const PROBE = XSS_PROBES.join("");

describe("user text is never rendered as HTML", () => {
  it.each(onePerLanguage(inputPages()))("%s: probes in every field, back from the URL and storage, in CSV and profile files", async (path) => {
    const tab = site.tab;
    const fired: string[] = [];
    const csp: string[] = [];
    const look = async (step: string) => {
      fired.push(...(await xssFired(tab)).map((f) => `${step}: ${f}`));
      csp.push(...(await tab.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).map((v) => `${step}: ${v}`));
    };
    await tab.goto(site.url + path);
    await tab.evaluate(() => localStorage.clear());
    const w = watch(tab, site.url);
    await tab.goto(site.url + path);
    await ready(tab, path);
    // The second option: a select's first is the empty "Choose", which leaves the question unanswered.
    await answerEverything(tab, () => PROBE, (n) => Math.min(1, n - 1));
    await submit(tab);
    await waitForOutcome(tab);
    await look("typed");
    if (pageType(path) === "form") {
      expect(await reachReview(tab), `${path} reaches its review step`).toBe(true);
      await look("review");
    }
    // Calculators keep answers in the URL, forms in localStorage: a reload renders them from there.
    await tab.reload();
    await ready(tab, path);
    await submit(tab);
    await waitForOutcome(tab);
    await look("reloaded");

    const spec = Object.values(specs).find((s) => path.endsWith(`/calculators/${s.id}/`));
    const headers = spec && csvHeaders(spec.fields);
    if (headers) {
      const csv = [
        headers.join(","),
        headers.map((_, i) => quote(XSS_PROBES[i % 2]!)).join(","),
        XSS_PROBES.join(","),
        XSS_PROBES.map(quote).join("\t"),
      ].join("\n");
      await tab.goto(site.url + path);
      await ready(tab, path);
      await tab.locator(".calc-csv > summary").click();
      await tab.locator(".calc-csv textarea").fill(csv);
      await tab.locator(".calc-csv button").click();
      await tab.locator(".calc-csv__report p").first().waitFor();
      await look("CSV pasted");
      await tab.locator(".calc-csv input[type=file]").setInputFiles({ name: "probe.csv", mimeType: "text/csv", buffer: Buffer.from(`${XSS_PROBES.join(",")}\n${csv}`) });
      await tab.locator(".calc-csv__report p").first().waitFor();
      await look("CSV uploaded");
    }

    if (pageType(path) === "form") {
      const profile = Object.fromEntries(profileKeys.map((k, i) => [k, XSS_PROBES[i % 2]!]));
      for (const [name, content] of [
        ["profile.json", profileFile(profile as never, "2026-11-22T00:00:00.000Z")],
        ["broken.json", `${PROBE}{`],
        ["wrong.json", JSON.stringify({ format: XSS_PROBES[1], version: XSS_PROBES[0], profile })],
      ] as const) {
        await tab.goto(site.url + path);
        await ready(tab, path);
        await tab.locator("#profile-import").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
        // The profile panel may be closed (a profile is stored), so wait for the report to exist, not to show.
        await tab.locator(".form-profile__status > *").waitFor({ state: "attached" });
        await look(`profile file ${name}`);
      }
      await submit(tab);
      await waitForOutcome(tab);
      await look("profile imported, submitted");
    }

    await w.stop();
    await tab.evaluate(() => localStorage.clear());
    expect(fired).toEqual([]);
    expect(w.foreign).toEqual([]);
    expect(w.problems).toEqual([]);
    expect(csp).toEqual([]);
  });
});
