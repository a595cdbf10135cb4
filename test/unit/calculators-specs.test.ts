import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "../../src/calculators/catalog";
import { evaluate } from "../../src/calculators/evaluate";
import { controlLabels } from "../../src/calculators/form-state";
import { machineValue } from "../../src/calculators/format";
import { wordsIn } from "../../src/calculators/strings";
import { calculatorIds, calculators, handbookAnchors } from "../../src/rules/index";

describe("calculator UI specs", () => {
  it("exist for every calculator of the registry", () => {
    expect(catalog.map((e) => e.spec.id)).toEqual(calculatorIds);
  });

  it("are each declared once, in a file named after the calculator, whose rules the spec carries", () => {
    const files = readdirSync(join(import.meta.dirname, "../../src/calculators/specs")).map((f) => f.replace(/\.ts$/, ""));
    expect(files.sort()).toEqual([...calculatorIds].sort());
    for (const { id, spec, calc } of catalog) {
      expect(spec.calculator).toBe(calculators[id]);
      expect(calc).toBe(spec.calculator);
    }
  });

  it.each(catalog.map((e) => [e.id, e] as const))("%s: every example computes, and the outputs name every value key in both languages", (_, { calc, spec }) => {
    expect(spec.examples.length).toBeGreaterThan(0);
    for (const example of spec.examples) {
      const result = evaluate(calc, spec.fields, example.state);
      expect(result.status, `${example.label.en}: ${JSON.stringify(result)}`).toBe("ok");
      if (result.status !== "ok") continue;
      expect(Object.keys(spec.outputs).sort()).toEqual(Object.keys(result.outcome.value).sort());
      for (const lang of ["zh-TW", "en"] as const) {
        expect(spec.headline(result.outcome.value, lang)).not.toMatch(/NaN|undefined|\{/);
        for (const [key, out] of Object.entries(spec.outputs)) {
          const text = out.format(result.outcome.value[key] as never, lang);
          expect(text, `${key} in ${lang}`).not.toMatch(/^$|NaN|undefined/);
        }
      }
    }
  });

  it.each(catalog.map((e) => [e.id, e] as const))("%s: explains itself on a handbook page, and every control has a label in both languages", (_, { spec }) => {
    expect(Object.keys(handbookAnchors)).toContain(spec.handbook);
    for (const example of spec.examples) {
      for (const [name, label] of controlLabels(spec.fields, example.state, true)) {
        expect(label["zh-TW"].trim(), name).not.toBe("");
        expect(label.en.trim(), name).not.toBe("");
      }
    }
  });

  it("hands the island its words in one language, every word present in both", () => {
    const zh = wordsIn("zh-TW");
    const en = wordsIn("en");
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const words of [zh, en]) {
      for (const [key, word] of Object.entries(words)) {
        if (key === "docs") for (const name of Object.values(word as Record<string, string>)) expect(name.trim()).not.toBe("");
        else expect((word as string).trim(), key).not.toBe("");
      }
    }
    expect(zh.calculate).toBe("計算");
    expect(en.calculate).toBe("Calculate");
    expect(Object.keys(en.docs).sort()).toEqual(Object.keys(zh.docs).sort());
  });

  it("writes machine values as the contract's data-value: strings raw, the rest as JSON", () => {
    expect(machineValue("silver")).toBe("silver");
    expect(machineValue(null)).toBe("null");
    expect(machineValue(1200000)).toBe("1200000");
    expect(machineValue(false)).toBe("false");
    expect(machineValue(["not-sme"])).toBe('["not-sme"]');
  });
});
