import { describe, expect, it } from "vitest";
import { allAnchorHrefs } from "../../src/rules/anchors";
import { calculatorIds, run } from "../../src/rules/index";
import { docIds } from "../../src/rules/sources";
import { examples } from "./examples";

const anchors = new Set(allAnchorHrefs());
const seeds = new Set<string>(docIds);

describe("every explanation is cited (a rule without a citation is unfinished)", () => {
  it.each(calculatorIds)("%s: its example computes, and each step and warning cites a seed clause and a handbook anchor", (id) => {
    const out = run(id, examples[id]);
    expect(out.ok, JSON.stringify(!out.ok && out.errors)).toBe(true);
    if (!out.ok) return;
    expect(out.steps.length).toBeGreaterThan(0);
    for (const cite of [...out.steps.map((s) => s.cite), ...out.warnings.flatMap((w) => w.cites)]) {
      expect(seeds.has(cite.doc), cite.doc).toBe(true);
      expect(cite.clause).toMatch(/\S/);
      expect(anchors.has(cite.href), cite.href).toBe(true);
    }
    for (const s of out.steps) {
      expect(s.label["zh-TW"]).toMatch(/\S/);
      expect(s.label.en).toMatch(/\S/);
    }
  });
});
