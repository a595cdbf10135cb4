/** Assertions shared by calculators whose steps cite more than one source (a seed and the Civil Code). */
import { expect } from "vitest";
import { allAnchorHrefs, run, type CalculatorId, type Cite, type Text } from "../../src/rules/index.js";

const CJK = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]/;

function expectBilingual(t: Text | undefined): void {
  expect(t?.["zh-TW"]).toMatch(CJK);
  expect(t?.en).toMatch(LATIN);
}

/** Runs a calculator that must succeed; every step and warning must be bilingual and cite one of `docs`. */
export function runCited<V>(id: CalculatorId, input: unknown, docs: readonly Cite["doc"][]) {
  const out = run(id, input);
  if (!out.ok) throw new Error(`${id} failed: ${JSON.stringify(out.errors)}`);
  const check = (cite: Cite) => {
    expect(docs).toContain(cite.doc);
    expect(cite.clause).toMatch(/\S/);
    expect(allAnchorHrefs()).toContain(cite.href);
  };
  for (const s of out.steps) {
    expectBilingual(s.label);
    if (s.detail) expectBilingual(s.detail);
    check(s.cite);
  }
  for (const w of out.warnings) {
    expectBilingual(w.message);
    expect(w.cites.length).toBeGreaterThan(0);
    w.cites.forEach(check);
  }
  return { ...out, value: out.value as V, warningIds: out.warnings.map((w) => w.id), stepIds: out.steps.map((s) => s.id) };
}

/** Runs a calculator that must reject its input, naming `path` in both languages; returns that error. */
export function rejected(id: CalculatorId, input: unknown, path: string) {
  const out = run(id, input);
  expect(out.ok).toBe(false);
  if (out.ok) throw new Error("accepted");
  const error = out.errors.find((e) => e.path === path);
  expect(error, `an error on ${path}, got ${JSON.stringify(out.errors.map((e) => e.path))}`).toBeDefined();
  expectBilingual(error?.message);
  return error;
}
