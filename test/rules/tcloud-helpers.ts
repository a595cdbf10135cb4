/** Shared assertions for the Taiwan Cloud Marketplace calculator tests. */
import { expect } from "vitest";
import { allAnchorHrefs, run, type CalculatorId, type Cite, type Text } from "../../src/rules/index.js";

const CJK = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]/;

function expectBilingual(t: Text | undefined): void {
  expect(t?.["zh-TW"]).toMatch(CJK);
  expect(t?.en).toMatch(LATIN);
}

function expectTcloudCite(cite: Cite): void {
  expect(cite.doc).toBe("tcloud-vendor-guidelines");
  expect(cite.clause).toMatch(/\S/);
  expect(allAnchorHrefs()).toContain(cite.href);
}

/** Runs a calculator that must succeed and checks that everything it says is bilingual and cited. */
export function runOk<V = Record<string, unknown>>(id: CalculatorId, input: unknown) {
  const out = run(id, input);
  if (!out.ok) throw new Error(`${id} failed: ${JSON.stringify(out.errors)}`);
  for (const s of out.steps) {
    expectBilingual(s.label);
    if (s.detail) expectBilingual(s.detail);
    expectTcloudCite(s.cite);
  }
  for (const w of out.warnings) {
    expectBilingual(w.message);
    expect(w.cites.length).toBeGreaterThan(0);
    w.cites.forEach(expectTcloudCite);
  }
  return { ...out, value: out.value as V, warningIds: out.warnings.map((w) => w.id), stepIds: out.steps.map((s) => s.id) };
}

/** Runs a calculator that must reject its input, naming `path` in both languages. */
export function expectRejected(id: CalculatorId, input: unknown, path: string): void {
  const out = run(id, input);
  expect(out.ok).toBe(false);
  if (out.ok) return;
  const error = out.errors.find((e) => e.path === path);
  expect(error, `an error on ${path}, got ${JSON.stringify(out.errors.map((e) => e.path))}`).toBeDefined();
  expect(error?.message["zh-TW"]).toMatch(/\S/);
  expect(error?.message.en).toMatch(/\S/);
  expect(error?.message["zh-TW"]).not.toBe(error?.message.en);
}

/** The last day of the 2023 edition (八(一): 113年12月31日) and the day after it. */
export const IN_EDITION = "2024-12-31";
export const AFTER_EDITION = "2025-01-01";
