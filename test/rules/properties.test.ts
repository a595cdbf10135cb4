import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculatorIds, calculators, run } from "../../src/rules/index";

/** Every number anywhere in a value, to check that none is NaN or infinite. */
function numbers(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbers);
  return [];
}

describe("every calculator, on arbitrary input (rules-api.md: run never throws, never NaN)", () => {
  it.each(calculatorIds)("%s: run on arbitrary JSON returns an outcome", (id) => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.object(), fc.anything()), (input) => {
        const out = run(id, input);
        if (out.ok) {
          expect(numbers(out.value).every(Number.isFinite)).toBe(true);
        } else {
          expect(out.errors.length).toBeGreaterThan(0);
          for (const e of out.errors) {
            expect(typeof e.path).toBe("string");
            expect(e.message["zh-TW"].length).toBeGreaterThan(0);
            expect(e.message.en.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("rejects an unknown calculator id with a bilingual error", () => {
    const out = run("no-such-calculator" as never, {});
    expect(out.ok).toBe(false);
  });

  it.each(calculatorIds)("%s: declares its program, edition and a bilingual title", (id) => {
    const calc = calculators[id];
    expect(["tops", "spp", "tcloud"]).toContain(calc.program);
    expect(calc.edition).toMatch(/^\d{4}$/);
    expect(calc.title["zh-TW"]).toMatch(/\S/);
    expect(calc.title.en).toMatch(/\S/);
  });
});

describe("bilingual messages name the options of a choice", () => {
  it("lists the purchase kinds when purchaseKind is unknown, and asks for it when missing", () => {
    const unknown = run("spp-mature-subsidy", { financialTier: 2, purchaseKind: "lease", contractAmount: 1 });
    expect(unknown.ok).toBe(false);
    if (unknown.ok) return;
    expect(unknown.errors[0]?.path).toBe("purchaseKind");
    expect(unknown.errors[0]?.message.en).toBe("Choose one of: one-off, continuous");
    expect(unknown.errors[0]?.message["zh-TW"]).toBe("請從下列選項中選擇：one-off, continuous");
    const missing = run("spp-mature-subsidy", { financialTier: 2, contractAmount: 1 });
    expect(!missing.ok && missing.errors[0]?.message.en).toBe("This field is required");
  });
});
